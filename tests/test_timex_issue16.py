"""Classes of issue 16 (held-out long narrative history and news; sentences of our own)."""

from __future__ import annotations

from communique.timex.tagger import tag


def news(text: str, dct: str = "2024-03-14") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre="news")]


def narrative(text: str, dct: str | None = "2024-03-14") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre="narrative")]


def test_a_possessive_weekday_is_the_last_such_day_unless_the_clause_looks_ahead():
    # the span leaves out the "'s"; the thing named by its day is past ...
    assert news("Tuesday's vote went against the government.") == [("Tuesday", "2024-03-12")]
    assert news("Leaders gathered for Monday’s meeting in Brussels.") == [("Monday", "2024-03-11")]
    # ... unless the clause is in the future tense: the coming one
    assert news("The ministers will attend Friday's summit.") == [("Friday", "2024-03-15")]
    assert news("Wednesday's talks will be tense, aides say.") == [("Wednesday", "2024-03-20")]
    # a reported "would" is no such future: the ruling was already given
    assert news("The lawyers said they would appeal against Wednesday's ruling.") == [("Wednesday", "2024-03-13")]


def test_first_and_last_light_are_dawn_and_dusk_of_the_storys_day():
    story = "On 6 June 1944 the patrol left the village at first light and held the bridge until last light."
    assert narrative(story)[1:] == [("first light", "1944-06-06TMO"), ("last light", "1944-06-06TEV")]
    # a day named right after it is that day's first light
    assert narrative("The fleet anchored on 6 June 1944 and sailed at first light on 7 June.")[1] == \
        ("first light", "1944-06-07TMO")
    # the light of a thing, not of the day: no time
    assert narrative("On 6 June 1944 the first light of the beacon was seen.") == [("6 June 1944", "1944-06-06")]


def test_life_dates_in_parentheses_are_both_ends_with_their_own_circa():
    got = [(t.text, t.value, t.mod) for t in
           tag("Heraclitus (c. 535 – c. 475 BC) taught that all things flow.", "2024-03-14", genre="narrative")]
    assert got == [("c. 535", "BC0535", "APPROX"), ("c. 475 BC", "BC0475", "APPROX")]
    got = [(t.text, t.value, t.mod) for t in tag("Zeno (c.495–c.430 BC) wrote paradoxes.", "2024-03-14", genre="narrative")]
    assert got == [("c.495", "BC0495", "APPROX"), ("c.430 BC", "BC0430", "APPROX")]
    # a first-millennium life with a circa on its start only: the end is a year too
    assert narrative("Bede (c. 673 – 735) was a monk of Jarrow.") == [("c. 673", "0673"), ("735", "0735")]
    # (these already worked: a birth date, years in full, an era written once)
    assert narrative("The composer (born 12 March 1920) grew up in Leeds.") == [("12 March 1920", "1920-03-12")]
    assert narrative("Kant (1724–1804) lived in one city.") == [("1724", "1724"), ("1804", "1804")]
    assert narrative("Caesar (100 BC – 44 BC) crossed the river.") == [("100 BC", "BC0100"), ("44 BC", "BC0044")]


def test_hours_later_after_a_clock_time_are_that_time_moved():
    # a story: the clock time of this sentence or the one before, moved by the hours or minutes
    story = "On 3 May 1915 the ship left port at 05:30. Three hours later she struck a mine."
    assert narrative(story)[-1] == ("Three hours later", "1915-05-03T08:30")
    assert narrative("The vote was called on 9 May 1940 at 11 p.m.; two hours later the cabinet fell.")[-1] == \
        ("two hours later", "1940-05-10T01:00")
    # news takes the "later" too when a clock time anchors it ...
    got = [(t.text, t.type, t.value, t.mod) for t in
           tag("The storm made landfall at 4:10 p.m. on Monday. The river burst its banks about forty minutes later.",
               "2024-03-14", genre="news")]
    assert got[-1] == ("about forty minutes later", "TIME", "2024-03-11T16:50", "APPROX")
    # ... and without one stays the measure
    assert news("The ship left on Monday. Three hours later it sank.")[-1] == ("Three hours", "PT3H")
    # a clock time further back than the sentence before does not anchor it
    assert news("The vote was at 9 a.m. It was tense. Nobody spoke. Four hours later it was over.")[-1] == \
        ("Four hours", "PT4H")


def auto(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre="auto")]


def test_the_weekday_is_of_the_week_the_text_tells():
    # a text read as news that has told another week's day: "the Friday" is that week's, not the writing's
    assert auto("The talks opened on Tuesday 5 March. On the Friday the delegates went home.", "2024-03-28")[-1] == \
        ("Friday", "2024-03-08")
    assert auto("The talks opened on Tuesday 5 March. The delegates had met on the Sunday.", "2024-03-28")[-1] == \
        ("Sunday", "2024-03-03")
    # a bare weekday in news is still the writing's week; nothing told: the DCT's
    assert auto("The talks opened on Tuesday 5 March. On Friday the delegates went home.", "2024-03-28")[-1] == \
        ("Friday", "2024-03-22")
    assert auto("Parliament meets on the Friday before the election.", "2024-03-28") == [("Friday", "2024-03-29")]
    # a story: after "by", a pluperfect counts up to the day, no look back
    assert auto("The strike began on 2 January 1926. By the Wednesday it had spread to the docks.", "2024-03-14")[-1] == \
        ("Wednesday", "1926-01-06")
    assert auto("The strike began on 2 January 1926. The Wednesday before, talks had failed.", "2024-03-14")[-1] == \
        ("Wednesday", "1925-12-30")


def test_a_further_or_additional_measure_is_the_duration_with_its_determiner():
    # as "another two days" (TimeBank writes "another three years", "an additional year" whole)
    assert news("The talks will go on for another two days.") == [("another two days", "P2D")]
    assert news("The mandate was extended by a further three weeks.") == [("a further three weeks", "P3W")]
    assert news("The crew stayed an additional ten days at the base.") == [("an additional ten days", "P10D")]
    assert news("A further week passed without a reply.") == [("A further week", "P1W")]
