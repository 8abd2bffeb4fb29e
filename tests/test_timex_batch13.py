"""Classes found on the thirteenth unseen batch of benchmarks/timex_narrative_long and timex_news (issue 16),
tested on sentences of our own, not on the batch's text."""

from __future__ import annotations

from communique.timex.tagger import tag


def narrative(text: str, dct: str | None = "2024-03-01") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre="narrative")]


def news(text: str, dct: str | None = "2024-10-17") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre="news")]


def test_a_winter_told_in_january_or_february_is_the_one_that_began_the_december_before():
    story = "The envoys met again on 9 January 1721. They spent the winter drafting the articles."
    assert narrative(story)[-1] == ("the winter", "1720-WI")
    story = "The river froze in February 1780, and that winter the garrison ate its horses."
    assert narrative(story)[-1] == ("that winter", "1779-WI")
    # the next winter is still the next one, and a winter told in March is that year's December
    assert narrative("On 9 January 1721 the envoys met. The following winter they met again.")[-1] == \
        ("The following winter", "1721-WI")
    assert narrative("The truce was signed in March 1721. The winter was hard.")[-1] == ("The winter", "1721-WI")


def test_a_season_followed_by_before_or_after_is_the_previous_or_the_following_one():
    story = "The fleet sailed on 3 May 1588. Its ships had been fitted out the winter before, in Lisbon."
    assert narrative(story)[-1] == ("the winter before", "1587-WI")
    story = "The fort fell in August 1757. The summer after, the British came back."
    assert narrative(story)[-1] == ("The summer after", "1758-SU")
    assert narrative("The city fell in May 1453. The spring before was wet.")[-1] == ("The spring before", "1452-SP")
    # "before" with an object is no post-modifier
    assert narrative("The city fell in May 1453. In the spring before the siege, walls were mended.")[-1] == \
        ("the spring", "1453-SP")
