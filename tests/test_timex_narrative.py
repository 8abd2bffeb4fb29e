"""Narrative classes found on the eighth unseen batch of benchmarks/timex_narrative_long (sentences of our own)."""

from __future__ import annotations

from communique.timex.tagger import tag


def narrative(text: str, dct: str | None = "2024-03-01") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre="narrative")]


def test_that_season_points_back_to_the_nearer_season_told():
    story = ("The envoys met in September 1702 and again in November. A compromise came in early February. "
             "The host gave a ball that autumn; he died in December.")
    got = narrative(story)
    assert got[-2:] == [("that autumn", "1702-FA"), ("December", "1702-12")]
    # a season still ahead and nearer than the one told stays ahead
    story = "They reached the coast in February 1604. By the autumn they were in the city. That winter they rested."
    assert narrative(story)[-1] == ("That winter", "1604-WI")
    # nothing of the last such season told: the one of the story's year
    assert narrative("The duke won on 9 June 1375. That autumn he named a bishop.")[-1] == ("That autumn", "1375-FA")


def test_an_ordinal_day_after_a_season_takes_the_storys_last_month():
    story = "The siege began on 2 March 1450. The talks went on through the spring, and the treaty was signed on the 9th."
    assert narrative(story)[-1] == ("the 9th", "1450-03-09")


def test_on_the_nth_before_a_past_verb_is_a_day():
    story = "The column crossed on 11 May 1702 and on the 20th made camp below the hill."
    assert narrative(story)[-1] == ("the 20th", "1702-05-20")
    assert narrative("The lift stopped on 3 May 1930, on the 20th floor.")[-1] == ("3 May 1930", "1930-05-03")


def test_a_thing_named_by_its_day_is_told_out_of_turn():
    story = "The league was founded on 20 March 1420. A decree of 8 February banned the trade in salt."
    assert narrative(story)[1:] == [("8 February", "1420-02-08")]
    # a bare date after a later one still moves the story on to the next year
    assert narrative("The fleet sailed on 20 March 1420. On 8 February the king died.")[-1] == \
        ("8 February", "1421-02-08")


def test_noon_after_the_early_hours_of_a_day_is_that_days_noon():
    story = "The fleet sailed on 2 May 1702. In the early hours of 9 May the admiral rose. The enemy was sighted at noon."
    assert narrative(story)[-1] == ("noon", "1702-05-09T12:00")
    # a pluperfect aside in between ("had moved during the previous night") gives the story its hour back
    story = ("The fleet sailed on 2 May 1702. In the early hours of 9 May the admiral rose; he did not know that "
             "the enemy had moved during the previous night. They were sighted at about 2 p.m.")
    assert narrative(story)[-1] == ("about 2 p.m.", "1702-05-09T14:00")
    # after the night of a day, a morning hour is the next day's (as before)
    assert narrative("On the night of 9 May 1702 the fleet sailed. By 10 a.m. it was at sea.")[-1] == \
        ("10 a.m.", "1702-05-10T10:00")


def test_dawn_after_an_afternoon_hour_is_the_next_dawn():
    story = "The fort was attacked on 4 June 1760 at about 5 p.m., and the fighting went on all night. Before dawn the attackers withdrew."
    assert narrative(story)[-1] == ("dawn", "1760-06-05TMO")
    story = "The fort was attacked on 4 June 1760 at about 5 p.m. The guns had opened fire at dawn."
    assert narrative(story)[-1] == ("dawn", "1760-06-04TMO")


def test_prospective_table_examples():
    """Each row of timex/data/prospective.tsv: a later date after the word is a prospect, and the
    story goes on from where it was; without the word the same date moves the story on."""
    from communique.timex.lexicon import table

    rows = table("prospective.tsv")
    assert rows
    for word, example, expr, value in rows:
        assert word in example.lower(), word
        assert (expr, value) in narrative(example), (word, example)
    story = "The princes met in October 1076 and held a diet on 2 February 1077. In late December the king left."
    assert ("late December", "1077-12") in narrative(story)


def test_a_count_of_years_that_would_pass_the_writing_counts_from_the_storys_year():
    story = ("The treaty was signed on 9 June 1763 and ratified in August 1763; the last troops left in 1764. "
             "A historian praised it in a book of 1957. Two hundred years later, the city held a festival.")
    assert narrative(story, "2024-06-01")[-1] == ("Two hundred years later", "1963")
    # a count that stays before the writing still counts from the last date
    story = "The treaty was signed in 1763 and ratified in 1763. A book of 1957 praised it. Ten years later it was reprinted."
    assert narrative(story, "2024-06-01")[-1] == ("Ten years later", "1967")
    # in the future tense a date ahead of the writing stays ahead
    story = "The treaty was signed in 1763 and ratified in 1763. A book of 2010 praised it. Thirty years later it will be free."
    assert narrative(story, "2024-06-01")[-1] == ("Thirty years later", "2040")


def test_easter_before_the_gregorian_reform_is_the_julian_one():
    story = "The emperor entered the city on 21 March 1130 and was crowned the following Easter."
    assert narrative(story)[-1][1] == "1130-03-30"  # Julian computus; the Gregorian rule would give 6 April
    assert narrative("The synod met at Easter 1650.")[-1] == ("Easter 1650", "1650-04-17")


def test_the_feasts_counted_from_easter():
    assert narrative("He wrote in his diary on Whit Sunday 1961 that he was content.")[0] == \
        ("Whit Sunday 1961", "1961-05-21")
    assert narrative("The council opened on 2 March 1414; it closed at Pentecost.")[-1] == ("Pentecost", "1414-05-27")


def test_the_weekend_in_a_story_is_the_weekend_of_its_day():
    story = "On Thursday, 14 March 1850, the envoys met. By the weekend the majority favoured a truce."
    assert narrative(story)[-1] == ("the weekend", "1850-W11-WE")


def test_small_hours_after_an_afternoon_are_the_next_day_and_its_afternoon_follows():
    story = ("He left the capital on the afternoon of 17 May 1931. The train was last seen at 1:15 a.m. "
             "The wreck was found the following afternoon.")
    assert narrative(story)[1:] == [("1:15 a.m.", "1931-05-18T01:15"), ("the following afternoon", "1931-05-18TAF")]
    # an hour told as earlier stays on that day
    story = "He left the capital on the afternoon of 17 May 1931. He had risen at 5 a.m."
    assert narrative(story)[-1] == ("5 a.m.", "1931-05-17T05:00")


def test_a_clock_time_takes_the_day_written_after_it():
    story = "The blockade was announced on 22 October 1962. It came into force at 10 a.m. on the 24th."
    assert narrative(story)[-1] == ("10 a.m. on the 24th", "1962-10-24T10:00")
    # "the next day/morning" after a clock stays an expression of its own, as the set writes "11 a.m. ... the next day"
    story = "The council met at 8:30 p.m. on 13 July 1960 and, shortly after 3 a.m. the next morning, voted."
    assert narrative(story)[-2:] == [("3 a.m.", "1960-07-14T03:00"), ("the next morning", "1960-07-14TMO")]
    story = "The talks ended on 27 October 1962. At 9 a.m. Washington time on Sunday, October 28, the radio spoke."
    assert narrative(story)[-1] == ("9 a.m. Washington time on Sunday, October 28", "1962-10-28T09:00")
    # a word before "time" that names no place is no zone
    assert narrative("The talks ended on 27 October 1962 at 9 a.m. the time was right.")[-1][0] == "27 October 1962 at 9 a.m."


def test_a_unit_and_a_smaller_unit_is_one_duration():
    assert narrative("The barons gave the king a year and a day to make his peace.") == [("a year and a day", "P1Y1D")]
    assert narrative("The crossing took two hours and a minute.") == [("two hours and a minute", "PT2H1M")]
    # "and a" before a larger unit or a word that is no unit: nothing joined
    assert narrative("He waited for two days and a year passed.")[0] == ("two days", "P2D")
    assert narrative("He waited for a year and a friend came.") == [("a year", "P1Y")]


def test_years_and_a_half_from_a_year_land_in_a_year():
    assert narrative("War broke out again in 1702. A year and a half later the allies took the city.")[-1] == \
        ("A year and a half later", "1703")
    assert narrative("He left in 1702. Two and a half years earlier he had come.")[-1] == \
        ("Two and a half years earlier", "1699")
    # from a month, the months are counted
    assert narrative("The siege began in May 1702. Two months and a half later it ended.")[-1] == \
        ("Two months and a half later", "1702-07")


def test_a_part_of_the_day_followed_by_its_day():
    story = "The fleet sailed on 12 June 1588. At dawn the next day the enemy was sighted. Two days later it fought."
    assert narrative(story)[1:] == [("dawn", "1588-06-13TMO"), ("the next day", "1588-06-13"),
                                    ("Two days later", "1588-06-15")]


def test_a_speakers_deictic_words_in_a_story_count_from_the_day_the_story_is_at():
    story = 'On 4 March 1801 the envoy wrote: "The emperor arrives tomorrow and the treaty is signed next week."'
    got = narrative(story)
    assert got[1:] == [("tomorrow", "1801-03-05"), ("next week", "1801-W11")]
    # outside quotation marks a story's "next week" stays the writer's (no story day to count from here)
    assert narrative("The museum in Rome opens next week.", "2024-03-01") == [("next week", "2024-W10")]


def test_the_same_month_after_a_year_is_the_month_the_story_told():
    story = ("In 1815 the congress ended. On May 5 the envoys had signed a treaty; later that year the alliance "
             "was renewed, and in the same month a second treaty followed.")
    assert narrative(story)[-1] == ("the same month", "1815-05")


def test_ordinals_and_decades_that_share_their_head_noun():
    assert narrative("In the 13th and 14th centuries the city grew.") == [("the 13th", "12"), ("14th centuries", "13")]
    assert narrative("From the 12th to the 14th century the bishops ruled.") == \
        [("the 12th", "11"), ("the 14th century", "13")]
    assert narrative("Between the 5th and 3rd centuries BC it was a colony.") == \
        [("the 5th", "BC04"), ("3rd centuries BC", "BC02")]
    assert narrative("In the 1920s and 30s it grew.") == [("the 1920s", "192"), ("30s", "193")]


def test_a_part_of_the_day_of_an_ordinal_day():
    story = "The army landed on 3rd June 1944. On the morning of the 6th it attacked."
    assert narrative(story)[-1] == ("the morning of the 6th", "1944-06-06TMO")


def test_the_feasts_of_the_church_year_date_medieval_terms():
    assert narrative("The parliament met at Candlemas 1290 and again at Martinmas.") == \
        [("Candlemas 1290", "1290-02-02"), ("Martinmas", "1290-11-11")]
    # a truce "from Michaelmas to Easter" runs forward into the next year (Easter by the Julian computus)
    assert narrative("The treaty was sealed in 1360. The truce ran from Michaelmas to Easter.")[1:] == \
        [("Michaelmas", "1360-09-29"), ("Easter", "1361-03-28")]


def test_a_night_written_across_two_days_with_a_slash_starts_on_the_first():
    story = "The order came on 4 June 1944, and on the night of 5/6 June the first troops landed."
    assert narrative(story)[-1] == ("the night of 5/6 June", "1944-06-05TNI")
    assert narrative("The order came on 4 June 1944, and overnight on 5/6 June they landed.")[1] == \
        ("overnight", "1944-06-05TNI")


def test_dawn_on_an_ordinal_day_and_hours_counted_from_the_storys_hour():
    story = ("On the evening of 2 August 1914 the ultimatum was delivered. Twelve hours later the answer came, "
             "and at dawn on the 4th the troops crossed the border.")
    assert narrative(story)[1:] == [("Twelve hours later", "1914-08-03"), ("dawn", "1914-08-04TMO"),
                                    ("the 4th", "1914-08-04")]
    assert narrative("At 2 a.m. on 2 August 1914 the note came. Six hours earlier the king had gone to bed.")[-1] == \
        ("Six hours earlier", "1914-08-01")


# --- ninth unseen batch (benchmarks/timex_batches.tsv, batch 9): classes found there ------------------

def test_an_archon_year_written_with_a_slash_is_its_first_year():
    # "317/16 BC" spans two of our years (a year counted from midsummer); the set writes the first, as "1631-32"
    story = "They met at Gabiene in the winter of 317/16 BC. In the autumn of 317 the queen died. By 316 he ruled."
    assert narrative(story) == [("the winter of 317/16 BC", "BC0317-WI"), ("the autumn of 317", "BC0317-FA"),
                                ("316", "BC0316")]
    assert narrative("The fleet was lost in 406/5 BC.") == [("406/5 BC", "BC0406")]
    assert narrative("He lived until 1 March 1705.")[-1] == ("1 March 1705", "1705-03-01")  # no slash, no change


def test_a_thing_named_by_a_day_already_told_is_that_day():
    story = "The army crossed the canal on 6 October 1973. The minister resigned in April 1974. " \
            "In Egypt the crossing of 6 October became a legend."
    assert narrative(story)[-1] == ("6 October", "1973-10-06")
    # a day not told before still goes on with the story
    story = "The army crossed the canal on 6 October 1973. The minister resigned in April 1974. " \
            "The treaty of 9 October was signed."
    assert narrative(story)[-1] == ("9 October", "1974-10-09")


def test_an_hour_in_words_with_its_part_of_the_day_and_its_day():
    story = "They left on 6 September 1492. A lookout sighted land at about two o'clock in the morning on 12 October."
    assert narrative(story)[-1] == ("about two o'clock in the morning on 12 October", "1492-10-12T02:00")
    story = "They left on 6 September 1492. At two o'clock in the afternoon the ship sank. At six in the evening they ate."
    assert narrative(story)[1:] == [("two o'clock in the afternoon", "1492-09-06T14:00"),
                                    ("six in the evening", "1492-09-06T18:00")]


def test_a_bare_hundred_after_next_past_or_first_is_a_count():
    assert narrative("Portugal held the route for the next hundred years.") == [("the next hundred years", "P100Y")]
    assert narrative("In the first hundred days he ruled by decree.") == [("the first hundred days", "P100D")]
    assert narrative("The next hundred men crossed the river.") == []


def test_a_measure_before_long_leaves_its_article_out():
    # TimeML: "a [10-year] note", "a [week-long] trip"
    assert narrative("It was a week-long trip.") == [("week-long", "P1W")]
    assert narrative("They held an hour-long meeting, then rested for a week.") == \
        [("hour-long", "PT1H"), ("a week", "P1W")]


def test_almost_every_year_in_a_story_keeps_its_almost():
    # the narrative sets write "almost daily" whole; TimeBank news leaves it out ("almost [every day]")
    assert narrative("The envoys met almost every year.") == [("almost every year", "P1Y")]
    assert [(t.text, t.value) for t in tag("Protesters rallied almost every day.", "2024-03-01", genre="news")] == \
        [("every day", "P1D")]


def test_the_day_of_an_event_named_after_after_lies_before_the_story():
    story = "They won support in the spring of 1492, soon after the surrender of Granada on 2 January."
    assert narrative(story)[-1] == ("2 January", "1492-01-02")
    # a verb between: the day is the main clause's, and the story moves on
    story = "They won support in the spring of 1492. After a long march the army reached the coast on 2 January."
    assert narrative(story)[-1] == ("2 January", "1493-01-02")


# --- tenth unseen batch (benchmarks/timex_batches.tsv, batch 10): classes found there -----------------

def test_that_may_or_march_before_punctuation_or_opening_a_sentence_is_a_month():
    # "that" as a determiner, not the conjunction of "said that May would win"
    story = "The plan of January 1602 was rejected by the diet that May, and the war went on."
    assert narrative(story)[-1] == ("that May", "1602-05")
    assert narrative("He was elected in 1850. That March he married.")[-1] == ("That March", "1850-03")
    assert narrative("He was elected in 1850 and said that May would win.") == [("1850", "1850")]


def test_an_hour_without_am_or_pm_after_a_part_of_the_day_is_in_that_part():
    story = "On 20 June 1900 the envoy was shot, and that afternoon at 4 o'clock the siege began. The next day they fled."
    assert narrative(story)[2:] == [("4 o'clock", "1900-06-20T16:00"), ("The next day", "1900-06-21")]
    story = "On 20 June 1900 they dined that evening, and at eight o'clock the guests left."
    assert narrative(story)[-1] == ("eight o'clock", "1900-06-20T20:00")
    # an hour far from the part of the day: the small hours of the next day, as before
    story = "On 20 June 1900 they dined that evening; at two o'clock the guns opened."
    assert narrative(story)[-1] == ("two o'clock", "1900-06-21T02:00")
    # a 24-hour clock is not moved
    story = "The camp was attacked on the evening of 14 March 1954; a counter-attack at 05:30hrs on 15 March failed."
    assert narrative(story)[-1] == ("05:30hrs on 15 March", "1954-03-15T05:30")


def test_a_season_across_two_years_written_with_a_dash_is_one_expression_of_its_first_year():
    story = "In 73 BC they rose. They spent the winter of 73–72 in the south. During the winter of 72–71 BC they were shut in."
    assert narrative(story) == [("73 BC", "BC0073"), ("the winter of 73–72", "BC0073-WI"),
                                ("the winter of 72–71 BC", "BC0072-WI")]
    assert narrative("In AD 60 they rose. In the winter of 60–61 they rested.")[-1] == ("the winter of 60–61", "0060-WI")


def test_two_dates_joined_by_and_are_two_times_told_the_story_reaches_the_later():
    assert narrative("Reforms in 1906 and 1909 failed. In the same year the court ruled.")[-1] == \
        ("the same year", "1909")
    assert narrative("Caesar landed in 55 and 54 BC. The following year he fought in Gaul.")[-1] == \
        ("The following year", "BC0053")
    # "between ... and" is a range: the story goes on from its start, as before
    assert narrative("They fought between 1906 and 1909. In the same year the court ruled.")[-1] == \
        ("the same year", "1906")


def test_for_a_modified_measure_afterwards_is_a_duration():
    # "For about a century afterwards": how long, as "for a century afterwards" (no date a century on)
    assert narrative("The peace was signed in 1713. For about a century afterwards it was praised.")[-1] == \
        ("about a century", "P100Y")
    assert narrative("The peace was signed in 1713. About a century afterwards it was praised.")[-1] == \
        ("About a century afterwards", "1813")


def test_a_29_february_the_storys_year_lacks_takes_the_year_of_the_date_joined_to_it():
    story = "The war ended in 1995. A referendum was held on 29 February and 1 March 1992."
    assert narrative(story)[1:] == [("29 February", "1992-02-29"), ("1 March 1992", "1992-03-01")]
    assert narrative("The war ended in 1995. They met on 29 February.")[-1] == ("29 February", "XXXX-02-29")


def test_a_later_date_in_the_present_perfect_is_told_from_the_writers_time():
    story = "Barcelona fell on 11 September 1714, which Catalonia has commemorated since 1980. " \
            "Louis XIV died the following year."
    assert narrative(story)[-1] == ("the following year", "1715")
    # a later date in the story's own past tense moves it on
    story = "Barcelona fell on 11 September 1714. Catalonia was reorganised in 1716. Louis XIV had died the year before."
    assert narrative(story)[-1] == ("the year before", "1715")


def test_until_after_a_measure_closes_a_span_told_ahead():
    story = "The protocol was signed on 7 September 1901. China agreed to pay over 39 years, until 1940. " \
            "Li died two months later."
    assert narrative(story)[-1] == ("two months later", "1901-11")
    # no prospect: the span's end is the story's time, as before
    story = "The treaty was signed in 1901. The troops stayed for years, until 1904. Two months later the war began."
    assert narrative(story)[-1] == ("Two months later", "1904")


def test_through_the_night_opening_a_clause_and_the_morning_after_it():
    story = "On 20 November 1995 the talks seemed lost. Through the night the envoys put offers to each side, " \
            "and by the morning the parties had agreed."
    assert narrative(story)[1:] == [("the night", "1995-11-20TNI"), ("the morning", "1995-11-21TMO")]
    # a noun after it is no time ("the night train"); a morning with no night before it is the day's own
    assert narrative("They took the night train on 20 November 1995.") == [("20 November 1995", "1995-11-20")]
    assert narrative("On 20 November 1995 the talks resumed, and by the morning they had agreed.")[-1] == \
        ("the morning", "1995-11-20TMO")


def test_a_bare_plural_unit_after_the_participle_taken_is_a_vague_duration():
    # every form of "take" before "years"/"months" measures how long, as "took years" did
    assert narrative("The revolt had taken years to put down.") == [("years", "PXY")]
    assert narrative("It has taken months.") == [("months", "PXM")]
    assert narrative("He had taken years of notes.") == []


# --- probes of our own beyond the batch (the classes of the brief: decades, centuries) -----------------

def test_the_century_under_discussion_is_the_storys():
    story = "The treaty was signed in 1878. By the end of the century it had collapsed."
    assert narrative(story)[-1] == ("the end of the century", "18")
    assert narrative("Sparta won in 404 BC. By the end of the century its power had waned.")[-1] == \
        ("the end of the century", "BC04")
    # in news, the DCT's; an idiom ("the race of the century") or a span after it ("since") is none
    assert [(t.text, t.value) for t in tag("By the end of the century seas may rise.", "2024-03-01")] == \
        [("the end of the century", "20")]
    assert narrative("It was the race of the century.") == []
    assert narrative("In the century since the war the town grew.") == []


def test_a_hundreds_year_with_s_is_a_century_and_the_2000s_a_decade():
    assert narrative("In the 1800s the city grew, and in the 1500s it was small.") == [("the 1800s", "18"),
                                                                                      ("the 1500s", "15")]
    assert narrative("In the 1820s and the 2000s it shrank.") == [("the 1820s", "182"), ("the 2000s", "200")]


def test_the_next_month_name_in_a_story_is_the_storys_next_such_month():
    story = "Hannibal crossed the Alps in the autumn of 218 BC. That December he won at the Trebia, " \
            "and the next June he destroyed another army."
    assert narrative(story)[-1] == ("the next June", "BC0217-06")
    # "next June" without "the" is the DCT's, as "next spring"
    assert [(t.text, t.value) for t in tag("He will visit next June.", "2024-03-01")] == [("next June", "2024-06")]


def test_that_same_night_is_the_night_of_the_day_told():
    story = "On 5 September 1939 the siege began. That same night the government left."
    assert narrative(story)[-1] == ("That same night", "1939-09-05TNI")
    assert [(t.text, t.value) for t in tag("The talks ended on Tuesday. That same night rebels attacked.",
                                           "2024-03-01")][-1] == ("That same night", "2024-02-27TNI")


# --- classes found on the eleventh unseen batch (sentences of our own) ---------------------------

def test_accession_table_examples():
    """Each row of timex/data/accession.tsv: "the Nth year of his reign" counts from the accession told
    (the accession year is the first); without an accession told the phrase is left out."""
    from communique.timex.lexicon import table

    rows = table("accession.tsv")
    assert rows
    for phrase, example, expr, value in rows:
        assert phrase in example.lower(), phrase
        assert (expr, value) in narrative(example), (phrase, example)
    # the last accession told wins, and a date outside its clause starts no reign
    story = ("His father died in 1547, and the son was crowned two years later. The war resumed in 1552. "
             "In the fifth year of his reign the king made peace.")
    assert ("the fifth year of his reign", "1553") in narrative(story)
    assert not [t for t in narrative("The war resumed in 1552. In the fifth year of his reign the king made peace.")
                if "reign" in t[0]]


def test_the_same_season_is_the_season_told():
    # "the same autumn" after a June is that year's autumn, and after a December still that year's (not the next)
    assert narrative("The fort fell in June 1685. The garrison came back the same autumn.")[-1] == \
        ("the same autumn", "1685-FA")
    assert narrative("The fort fell in December 1685, but the garrison had come back that same autumn.")[-1] == \
        ("that same autumn", "1685-FA")


def test_a_unit_after_a_count_of_things_is_a_rate():
    # "4,000 chests a year", "300 junks a month": a measure, not a time (as "$2 million a year")
    assert narrative("Imports rose to about 4,000 chests a year around 1800.") == [("around 1800", "1800")]
    assert narrative("By 1830 some 300 junks a month crossed the bar.") == [("1830", "1830")]
    # the unit alone after a verb of taking time is one
    assert ("a day", "P1D") in narrative("In 1905 a cable took a day to reach Tokyo.")


def test_the_nth_day_counts_the_days_of_what_opened_on_the_storys_day():
    story = ("The talks opened on 22 August 1689. On the first day the envoys argued; on the second day they met "
             "again. On the third day they signed.")
    assert narrative(story)[1:] == [("the first day", "1689-08-22"), ("the second day", "1689-08-23"),
                                    ("the third day", "1689-08-24")]
    # a meeting written as a range of days counts from its first
    story = "The leaders met on 11 and 12 October 1986. The talks ran late on the first day."
    assert narrative(story)[-1] == ("the first day", "1986-10-11")
    # no day told, or "of" another event: left out or left to that event
    assert narrative("The congress opened in June 1878. On the first day the envoys met.") == [("June 1878", "1878-06")]
    assert narrative("The siege began on 3 May 1450. He died on the first day of the month.")[-1] == \
        ("the first day of the month", "1450-05-01")


def test_the_decade_after_a_decade_told_is_that_decade():
    # "(1914 to 1918 ...) In the mid-1840s the port grew; by the end of the decade": the 1840s, not the 1910s
    story = "The war lasted from 1914 to 1918. In the mid-1840s the port grew; by the end of the decade it led Asia."
    assert narrative(story)[-1] == ("the end of the decade", "184")
    assert narrative("In the 370s BC Sparta declined; by the end of the decade Thebes led.")[-1] == \
        ("the end of the decade", "BC037")
    # a year told after the decade moves the story on to its own decade
    assert narrative("In the 1840s the port grew. In 1852 it burned; by the end of the decade it was rebuilt.")[-1] == \
        ("the end of the decade", "185")


def test_a_count_later_set_off_after_a_date_restates_that_date():
    # "In 1938, some eight years later, they resumed": 1938, not eight years after it
    assert narrative("The talks collapsed in the early 1930s. In 1938, some eight years later, they resumed.")[-1] == \
        ("some eight years later", "1938")
    assert narrative("He was born in 490 BC. In 460 BC, thirty years later, he was elected.")[-1] == \
        ("thirty years later", "BC0460")
    # not set off after the date: counted from it
    assert narrative("The war began in 1939. Peace came in 1945; six years later, the treaty followed.")[-1] == \
        ("six years later", "1951")
