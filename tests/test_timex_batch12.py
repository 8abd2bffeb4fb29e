"""Classes found on the twelfth unseen batch of benchmarks/timex_narrative_long and timex_news (issue 16),
tested on sentences of our own, not on the batch's text."""

from __future__ import annotations

from communique.timex.tagger import tag


def narrative(text: str, dct: str | None = "2024-03-01") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre="narrative")]


def news(text: str, dct: str | None = "2024-10-17") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre="news")]


def test_a_range_of_first_millennium_years_has_both_ends():
    assert narrative("The civil war of 685–692 ended the second fitna.") == [("685", "0685"), ("692", "0692")]
    assert narrative("The caliphs ruled from 661 to 750. Damascus fell in 750.")[:2] == [("661", "0661"), ("750", "0750")]
    # one era written at the end serves both ends
    assert narrative("The monastery was rebuilt between 845 and 870 AD, after the raids.") == \
        [("845", "0845"), ("870 AD", "0870")]
    # a range of counts is no range of years
    assert narrative("In 410 the city held from 200 to 250 ships.") == [("410", "0410")]
    assert narrative("In 410 the city held 300–400 ships.") == [("410", "0410")]


def test_a_decade_of_the_first_millennium_takes_the_storys_era():
    assert narrative("The Vikings first raided Lindisfarne in 793 and wintered in England in the 850s and 860s.")[1:] == \
        [("the 850s", "085"), ("860s", "086")]
    story = "Athens lost its fleet in 405 BC. Its walls were rebuilt in the 390s."
    assert narrative(story)[-1] == ("the 390s", "BC039")
    # no story in the first millennium, or a century's name: no decade
    assert narrative("In 1940 the trucks ran at speeds in the 120s.") == [("1940", "1940")]
    assert narrative("Rome was sacked in 410. The 400s were hard years.")[1:] == []


def test_a_feast_that_names_a_place_on_a_journey_is_no_time():
    story = "In March 1846 the army marched from Corpus Christi to the Rio Grande. On April 25 the war began."
    assert narrative(story) == [("March 1846", "1846-03"), ("April 25", "1846-04-25")]
    assert narrative("In 1500 the fleet sailed from Lisbon to Easter Island.") == [("1500", "1500")]
    # a feast at either end of a span of time stays a time
    assert narrative("In 1846 the fair ran from Easter to Whitsun.")[1:] == [("Easter", "1846-04-12"), ("Whitsun", "1846-05-31")]
    assert narrative("In 1846 they stayed from Christmas to Candlemas.")[1:] == \
        [("Christmas", "1846-12-25"), ("Candlemas", "1847-02-02")]


def test_a_vague_count_later_or_earlier_is_the_storys_date_at_the_next_coarser_unit():
    assert narrative("On 3 May 1450 the duke died. A few days later his son was crowned.")[-1] == \
        ("A few days later", "1450-05")
    assert narrative("The duke died in May 1450. Several months later his son was crowned.")[-1] == \
        ("Several months later", "1450")
    assert narrative("The fleet was lost on 14 August 394 BC. A few days earlier the king had died.")[-1] == \
        ("A few days earlier", "BC0394-08")
    # years: no coarser date the text tells; and no story date at all
    assert narrative("In 1450 the duke died. A few years later his son was crowned.")[-1] == \
        ("A few years later", "FUTURE_REF")
    assert narrative("A few days later his son was crowned.", None)[-1] == ("A few days later", "FUTURE_REF")


def test_period_styles_table_examples():
    """Each row of timex/data/period_styles.tsv: a decade or year hyphened to the word is the thing's
    vintage, no timex; the decade alone, or a decade of a time told, still is one."""
    from communique.timex.lexicon import table

    rows = table("period_styles.tsv")
    assert rows
    for word, example, decade in rows:
        assert f"{decade}-{word}" in example, word
        assert decade not in [t for t, _ in news(example)], example
        assert decade not in [t for t, _ in narrative(example)], example
    assert news("Its tankers were built in the 1990s.") == [("the 1990s", "199")]
    assert news("A 1998-vintage ferry sank in 2001.") == [("2001", "2001")]


def test_a_range_whose_end_writes_the_year_moves_the_story_to_that_year():
    story = ("The congress met from 9 to 20 June 1815. It grew out of talks held from 3 March to 8 April 1814. "
             "By the autumn the envoys had agreed. They met again on 4 December.")
    got = narrative(story)
    assert got[2:] == [("3 March", "1814-03-03"), ("8 April 1814", "1814-04-08"), ("the autumn", "1814-FA"),
                       ("4 December", "1814-12-04")]


def test_the_week_in_a_story_with_a_day_is_the_storys_week():
    story = "The assembly opened on 18 April 1955. The committees met in closed session through the week."
    assert narrative(story, "2025-04-18")[-1] == ("the week", "1955-W16")
    # a span "for the week", or a story without a day, keeps the DCT's week as before
    assert narrative("The assembly opened in April 1955. They sat through the week.", "2025-04-18")[-1] == \
        ("the week", "2025-W16")


def test_a_clock_time_on_a_weekday_and_a_day_month_date_is_one_expression():
    story = "In April 1955 the session began at 9 a.m. on Monday, 18 April."
    assert narrative(story)[-1] == ("9 a.m. on Monday, 18 April", "1955-04-18T09:00")
    assert news("The vote came at 4 p.m. on Tuesday, 3 June.", "2025-06-18") == \
        [("4 p.m. on Tuesday, 3 June", "2025-06-03T16:00")]


def test_a_season_of_last_or_next_year_is_one_expression():
    assert news("The plan was first raised in the spring of last year.", "2025-11-06") == \
        [("the spring of last year", "2024-SP")]
    assert news("They will meet again in the autumn of next year.", "2025-11-06") == \
        [("the autumn of next year", "2026-FA")]


def test_an_edge_of_the_next_or_past_decade_is_a_date_in_it():
    got = [(t.text, t.value, t.mod) for t in tag("The last ship is due by the middle of the next decade.", "2025-11-06")]
    assert got == [("the middle of the next decade", "203", "MID")]
    assert news("Sales grew over the next decade.", "2025-11-06") == [("the next decade", "P10Y")]


def test_due_back_points_ahead():
    assert news("The envoy is due back in the capital in the spring.") == [("the spring", "2025-SP")]
    assert news("The envoy was back in the capital in the spring.") == [("the spring", "2024-SP")]


def test_a_futurate_verb_after_a_preposition_is_a_noun():
    # "votes" after "by 146" is the noun: the past "approved" decides
    assert news("The parliament approved it on Monday by 146 votes to 23.", "2025-11-06") == [("Monday", "2025-11-03")]
    assert news("The Senate votes on Wednesday on the treaty.", "2025-11-06") == [("Wednesday", "2025-11-12")]


def test_an_archon_year_written_in_full_is_one_expression_of_its_first_year():
    assert narrative("The league was sworn in 378/377 BC at Athens.") == [("378/377 BC", "BC0378")]
    assert narrative("In the winter of 378/377 BC the envoys met.") == [("the winter of 378/377 BC", "BC0378-WI")]


def test_the_second_of_two_ordinal_days_is_a_day_too():
    story = "In May 1846 the army won two battles, on the 8th and 9th."
    assert narrative(story)[1:] == [("the 8th", "1846-05-08"), ("9th", "1846-05-09")]
    assert ("9th", "1846-05-09") not in narrative("In May 1846 they lived on the 8th and 9th floors.")


def test_every_with_a_day_of_a_month_is_that_day_of_every_year():
    assert news("Veterans march every 11 November in the capital.") == [("every 11 November", "XXXX-11-11")]
    assert news("and every July 4 the town holds a parade") == [("every July 4", "XXXX-07-04")]
    assert news("They meet every March in Geneva.") == [("every March", "XXXX-03")]


def test_a_passive_pluperfect_looks_back_too():
    story = "In the summer of 1394 the allies were beaten. The king had been recalled from the coast in the spring."
    assert narrative(story)[-1] == ("the spring", "1394-SP")
    # another verb after the participle: the story's next spring, as before
    story = "In the summer of 1394 the allies were beaten. The walls had been built and were manned in the spring."
    assert narrative(story)[-1] == ("the spring", "1395-SP")


def test_both_ends_of_from_dawn_until_dusk_are_parts_of_the_storys_day():
    story = "On 12 December 627 the armies met. The battle lasted from dawn until dusk."
    assert narrative(story)[1:] == [("dawn", "0627-12-12TMO"), ("dusk", "0627-12-12TEV")]
    assert narrative("On 12 December 627 they fought from dawn to dusk.")[1:] == \
        [("dawn", "0627-12-12TMO"), ("dusk", "0627-12-12TEV")]
    assert narrative("On 12 December 627 they marched from dawn onwards.")[1:] == []


def test_a_bare_clock_time_in_a_habitual_clause_is_any_days():
    assert news("The old crossing is open from 6 a.m. to midnight.") == \
        [("6 a.m.", "XXXX-XX-XXT06:00"), ("midnight", "XXXX-XX-XXT24:00")]
    # the habit ends with its sentence; a day written with the hour keeps the day
    assert news("The museum usually closes at 5 p.m. The summit opened at 9 a.m.")[-1] == ("9 a.m.", "2024-10-17T09:00")
    assert news("The talks usually start at 9 a.m. on Monday.") == [("9 a.m. on Monday", "2024-10-21T09:00")]
