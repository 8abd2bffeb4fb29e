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


def test_a_part_of_the_day_before_an_event_noun_takes_the_day_its_clause_names():
    story = "The town was taken on 3 June 1098. A night assault by the garrison on the gate, on 9 June, failed."
    assert ("night", "1098-06-09TNI") in narrative(story)
    # with no day in its clause, the story's day
    assert ("night", "1941-05-05TNI") in narrative("The raid came on 5 May 1941. A night raid on the docks followed.")


def test_from_dawn_until_a_later_part_of_the_day():
    assert narrative("On 7 July 1916 the guns fired from dawn until late in the evening.")[1:] == \
        [("dawn", "1916-07-07TMO"), ("the evening", "1916-07-07TEV")]


def test_a_clock_time_with_minutes_its_part_of_the_day_and_its_day_is_one_expression():
    story = "The fleet sailed in June 1666. The guns opened at 4:30 in the afternoon on 11 June."
    assert narrative(story)[-1] == ("4:30 in the afternoon on 11 June", "1666-06-11T16:30")
    assert narrative("The army crossed in May 1800. About 10.15 in the morning on 20 May it reached the pass.")[-1] \
        == ("About 10.15 in the morning on 20 May", "1800-05-20T10:15")
    # a score is no clock
    assert narrative("He scored 2.45 in the first round.") == []


def test_a_weekday_in_apposition_after_a_day_is_that_day():
    # the Julian 11 June 1666 fell on a Monday; the proleptic Gregorian calendar would move it
    story = "The fleet sailed in June 1666. The guns opened on 11 June, a Monday. By dusk it was over."
    assert narrative(story)[-2:] == [("Monday", "1666-06-11"), ("dusk", "1666-06-11TEV")]
    assert news("The vote was held on March 3, a Thursday.", "2024-03-07")[-1] == ("Thursday", "2024-03-03")
    # a weekday of its own after a comma is no apposition
    assert news("The vote was held on March 3, and results came on Tuesday.", "2024-03-07")[-1] == \
        ("Tuesday", "2024-03-05")


def test_a_season_or_month_heading_names_its_sections_year_only():
    story = ("The treaty was signed on 2 March 1721.\n\nThe summer of 1721\n"
             "Through the spring the envoys argued; on 29 April they agreed.")
    assert narrative(story)[-2:] == [("the spring", "1721-SP"), ("29 April", "1721-04-29")]
    # a day heading still gives its day
    story = "The crisis began in 1956.\n\n23 October\nIn the morning the students marched."
    assert narrative(story)[-1] == ("the morning", "1956-10-23TMO")


def test_the_first_sentence_under_a_heading_may_step_back_a_few_weeks():
    story = ("The fleet sailed on 29 September 1805.\n\nThe admiral's plan\n"
             "Nelson reached Cadiz on 28 September, and on 9 October he wrote his memorandum.")
    assert narrative(story)[1] == ("28 September", "1805-09-28")
    story = ("The fleet sailed on 29 September 1805.\n\nThe battle\n"
             "The enemy came out on 19 October, and on 21 October the fleets met.")
    assert narrative(story)[1:] == [("19 October", "1805-10-19"), ("21 October", "1805-10-21")]
    # within a section the story still moves forward
    story = "The fleet sailed on 29 September 1805. It was back in port on 2 September."
    assert narrative(story)[-1] == ("2 September", "1806-09-02")


def test_a_rate_after_a_measured_amount_of_something_is_no_time():
    assert news("The plant will supply 40 million cubic metres of gas a year to the grid.") == []
    assert news("Farmers get 300 litres of diesel a month under the scheme.") == []
    # a frequency is still a set
    assert news("The committee meets twice a year.") == [("twice a year", "P1Y")]


def test_earlier_or_later_before_a_deictic_unit_belongs_to_it():
    assert news("The peso fell to its lowest level in three decades earlier this month.", "2024-03-07") == \
        [("three decades", "P30Y"), ("earlier this month", "2024-03")]
    assert news("Exports hit a high not seen in five years later last year.", "2024-03-07")[0] == ("five years", "P5Y")
    # "N years earlier" alone still counts back from the story
    assert narrative("The fort was rebuilt in 1740. Two years earlier it had burned.")[-1] == ("Two years earlier", "1738")


def test_the_previous_year_after_a_year_told_in_its_sentence_is_the_year_before_that():
    assert news("Sales reached $3 billion last year, up 12 percent on the previous year.", "2024-03-07")[-1] == \
        ("the previous year", "2022")
    assert news("Exports fell in 2019 and rose in the previous year.", "2024-03-07")[-1] == ("the previous year", "2018")


def test_a_time_word_alone_in_single_quotes_after_a_word_is_a_mention():
    assert news("\"We keep hearing 'next year',\" she said.", "2024-03-07") == []
    assert news("Tenants were told 'tomorrow' every time they asked.", "2024-03-07") == []
    # British speech in single quotes is no mention
    assert news("'Next week,' he said, 'we sign.'", "2024-03-07") == [("Next week", "2024-W11")]
