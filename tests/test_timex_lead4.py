"""Narrative timex classes found with the lead's own history passages (none from a corpus), session 2026-12-03."""

from __future__ import annotations

import pytest

from communique.timex import tag


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, "2024-05-01", genre="narrative")}


@pytest.mark.parametrize("text, phrase, value", [
    # a flashback sentence in the pluperfect; the next sentence's "that <unit>" or "N units later" points back to it
    ("The envoys signed the treaty in October 1648. Earlier, in 1635, the emperor had made peace with "
     "Saxony. That May, France went to war with Spain.", "That May", "1635-05"),
    ("The envoys signed the treaty in October 1648. Earlier, in 1635, the emperor had made peace with "
     "Saxony. Two years later the French crossed the Rhine.", "Two years later", "1637"),
    # with a sentence of the story between, the story's time is back
    ("The envoys signed the treaty in October 1648. Earlier, in 1635, the emperor had made peace with "
     "Saxony. The envoys went home. That winter the armies left.", "That winter", "1648-WI"),
])
def test_an_anaphor_right_after_a_flashback_takes_its_time(text, phrase, value):
    assert values(text)[phrase] == value


@pytest.mark.parametrize("text, phrase, value", [
    ("The Balkan states attacked in 1912, and on 30 May the following year a treaty was signed.",
     "30 May the following year", "1913-05-30"),
    ("The league was formed in 1912; in March the next year it split.", "March the next year", "1913-03"),
    ("The league was formed in 1912, and in the summer that same year it split.", "the summer that same year", "1912-SU"),
])
def test_a_day_or_month_followed_by_an_anaphoric_year(text, phrase, value):
    assert values(text)[phrase] == value


@pytest.mark.parametrize("text, phrase, value", [
    # a fronted season whose main clause is in the pluperfect lies before the story's autumn
    ("Revolutions swept Europe in 1848; by the autumn most had failed. In the spring, the new parliament "
     "had opened in Frankfurt.", "the spring", "1848-SP"),
    # no pluperfect main clause: the next spring
    ("Revolutions swept Europe in 1848; by the autumn most had failed. In the spring, the new parliament "
     "opened in Frankfurt.", "the spring", "1849-SP"),
    # the pluperfect in a relative clause is no main clause
    ("Revolutions swept Europe in 1848; by the autumn most had failed. In the spring, the deputies who had "
     "fled returned to Frankfurt.", "the spring", "1849-SP"),
])
def test_a_fronted_date_with_a_pluperfect_main_clause_looks_back(text, phrase, value):
    assert values(text)[phrase] == value


@pytest.mark.parametrize("text, found", [
    ("The decision came a day before the summit of leaders.", ["a day"]),
    ("She resigned a day after the vote.", ["a day"]),
    # "a day" without a measure's context stays out
    ("It was a day to remember.", []),
    ("They called it a day after that meeting.", []),
])
def test_a_day_measured_from_an_event_is_a_duration(text, found):
    assert [t.text for t in tag(text, "2024-03-20")] == found


def test_a_fronted_anaphor_after_a_flashback_takes_its_time():
    text = ("The ships turned back on 24 October 1962. The crisis had its roots in the failed landing of "
            "April 1961. In the summer of that year the two leaders met in Vienna.")
    assert values(text)["the summer of that year"] == "1961-SU"


def test_weekdays_in_a_chronology_of_old_dates_tell_the_story_not_the_news():
    # all years long before the publication date, days written with their months: weekdays are the story's days
    text = ("On Sunday 14 October 1962 a spy plane flew over the island. Its photographs, read the next day, "
            "showed missile sites. The president was told on Tuesday 16 October. On the evening of 22 October "
            "he spoke on television, and on Wednesday the blockade began. On Saturday a plane was shot down.")
    got = {t.text: t.value for t in tag(text, "2024-05-01")}  # genre auto
    assert got["Wednesday"] == "1962-10-24"
    assert got["Saturday"] == "1962-10-27"
    # a news story with a weekday and a recent date stays news
    news = "The minister said on Wednesday that talks would resume. The last round ended in March 2024."
    assert {t.text: t.value for t in tag(news, "2024-05-01")}["Wednesday"] == "2024-05-01"
