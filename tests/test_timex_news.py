"""News classes of the timex tagger found on benchmarks/timex_news (each test is a class, written
with sentences of our own, not the set's)."""

from __future__ import annotations

from communique.timex.tagger import tag


def pairs(text: str, dct: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre="news")]


def value_of(text: str, dct: str, phrase: str) -> str:
    found = [t.value for t in tag(text, dct, genre="news") if t.text == phrase]
    assert found, (phrase, pairs(text, dct))
    return found[0]


# --- tense around a weekday, month or quarter -------------------------------------------------

def test_a_decimal_point_does_not_end_the_sentence_of_a_tense_cue():
    # 2019-04-25 is a Thursday in Q2
    assert value_of("Officials said the bank would sell 1.5 billion euros of bonds in the fourth quarter.",
                    "2019-04-25", "the fourth quarter") == "2019-Q4"


def test_the_last_before_a_noun_is_no_past_cue():
    assert value_of("The champion will race in Rome on Saturday, the last big race of a long year.",
                    "2019-04-25", "Saturday") == "2019-04-27"


def test_a_weekday_that_is_the_subject_of_a_modal_takes_its_tense():
    assert value_of("The minister said Monday would be a day of mourning.", "2019-04-25", "Monday") == "2019-04-29"
    # a subject between them: said on that day (TimeBank)
    assert value_of("The minister said Monday it would close the border.", "2019-04-25", "Monday") == "2019-04-22"


def test_a_coordinated_verb_after_the_date_has_its_own_tense():
    assert value_of("The envoys had talked for six hours on Tuesday and will meet again soon.",
                    "2019-04-25", "Tuesday") == "2019-04-23"


# --- anchored measures and event-anchored days ---------------------------------------------------

def test_n_units_later_in_news_is_anchored_on_a_date_just_written():
    text = "The rebels seized the airport on Monday, March 4. Four days later they took the port."
    assert pairs(text, "2024-03-20")[-1] == ("Four days later", "2024-03-08")
    # no date in this or the sentence before: the measure, as in TimeBank ("[Three days] later")
    text = ("The rebels seized the airport on Monday, March 4. The army withdrew. Aid was cut off. "
            "Four days later they took the port.")
    assert pairs(text, "2024-03-20")[-1] == ("Four days", "P4D")


def test_the_day_before_an_event_dated_after_it():
    text = "The envoys met the day before a regional summit on June 15, 2020."
    assert pairs(text, "2024-06-12") == [("the day before", "2020-06-14"), ("June 15, 2020", "2020-06-15")]
    text = "A letter arrived the night before his trial on 3 May."
    assert pairs(text, "2024-06-12")[0] == ("the night before", "2024-05-02TNI")


def test_the_day_after_in_apposition_later_in_the_clause_is_that_day():
    text = "Protesters marched on Wednesday to demand new elections, the day after the verdict."
    assert pairs(text, "2024-09-26") == [("Wednesday", "2024-09-25"), ("the day after", "2024-09-25")]


# --- span boundaries ------------------------------------------------------------------------

def test_just_stays_outside_a_measure():
    # TimeBank: "Just [over an hour]" ("a mere" stays inside, see tests/test_timex.py)
    assert pairs("The vote came just over two months after the coup.", "2024-03-01")[0] == \
        ("over two months", "P2M")


def test_over_after_a_noun_or_verb_is_across_not_more_than():
    assert pairs("The union wants a pay rise over two years.", "2024-03-01")[0] == ("two years", "P2Y")
    assert pairs("The strike lasted over two weeks.", "2024-03-01")[0] == ("over two weeks", "P2W")


def test_a_prenominal_measure_leaves_its_determiner_and_possessive_out():
    assert pairs("Yields on the 30-year bond rose.", "2024-03-01")[0] == ("30-year", "P30Y")
    assert pairs("She has promised reforms in her first 100 days.", "2024-03-01")[0] == ("first 100 days", "P100D")
    # a measure that is no modifier keeps its determiner
    assert pairs("He spent the two years in exile.", "2024-03-01")[0] == ("the two years", "P2Y")


# --- the year and direction of an underspecified date ----------------------------------------

def test_a_month_or_day_right_after_a_year_of_now_or_the_future_takes_it():
    assert value_of("The firm raised its outlook for fiscal 2019, which ends in December.", "2019-07-25",
                    "December") == "2019-12"
    assert value_of("The 2020 Games open in Tokyo on July 24.", "2019-10-01", "July 24") == "2020-07-24"
    # a deictic year is no written year: entries for next year's race open this September
    assert value_of("Entries for next year's race will open in September.", "2019-04-22", "September") == "2019-09"


def test_future_cues_was_to_ahead_of_and_should():
    assert value_of("The premier cancelled his trip and was to visit the flooded town on Saturday.",
                    "2019-04-25", "Saturday") == "2019-04-27"
    assert value_of("Officials met on Wednesday, ahead of a summit in Lima on Friday.", "2019-04-25",
                    "Friday") == "2019-04-26"
    assert value_of("Officials said the shots should be given by the end of October.", "2019-09-05",
                    "the end of October") == "2019-10"


def test_expect_and_likely_to_point_ahead():
    assert value_of("Forecasts show officials expect rates to fall by the fourth quarter.", "2019-09-19",
                    "the fourth quarter") == "2019-Q4"
    assert value_of("A new hearing was unlikely to be held before the autumn.", "2019-06-12", "the autumn") == "2019-FA"


def test_a_year_written_a_clause_before_does_not_date_a_quarter():
    assert value_of("They extended cuts until the end of 2020, but said output would rise by 2 percent "
                    "starting in the fourth quarter.", "2019-06-03", "the fourth quarter") == "2019-Q4"


def test_only_a_year_ago_takes_the_quarter_under_discussion():
    text = "Profit rose in the first quarter. The company was founded six years ago."
    assert value_of(text, "2019-06-12", "six years ago") == "2013"


def test_a_season_of_sport_or_flu_is_about_a_year():
    assert pairs("Each season I try to learn something.", "2024-10-01") == [("Each season", "P1Y")]
    assert pairs("He has not won a title this season.", "2024-07-15") == [("this season", "2024")]
    assert pairs("He will rest before next season.", "2024-10-01") == [("next season", "2025")]
    # the calendar seasons stay seasons, and "the season of" is no time
    assert pairs("The rains came this summer.", "2024-10-01") == [("this summer", "2024-SU")]
    assert pairs("It was the season of goodwill.", "2024-10-01") == []


# --- measures that are no times, and measures written in several units ------------------------

def test_ages_of_a_range_of_people_and_race_margins_are_no_times():
    assert pairs("The shot is for children between 6 months and 4 years.", "2024-09-05") == []
    assert pairs("She won by a margin of 12 seconds.", "2024-09-05") == []
    assert pairs("He was a four-minute miler.", "2024-09-05") == []
    # a range of time that counts no people stays a duration
    assert pairs("The loans run between 6 months and 4 years.", "2024-09-05")[0][1] == "P6M"


def test_a_measure_in_several_units_is_one_duration():
    assert pairs("The final lasted three hours and 12 minutes.", "2024-07-15") == [
        ("three hours and 12 minutes", "PT3H12M")]
    assert pairs("She ran it in 2 hours 21 minutes 4 seconds.", "2024-07-15") == [
        ("2 hours 21 minutes 4 seconds", "PT2H21M4S")]
    assert pairs("He served four years and six months.", "2024-07-15") == [("four years and six months", "P4Y6M")]
    # two measures that are not one
    assert len(pairs("It rained for two days, then for three hours.", "2024-07-15")) == 2


def test_at_the_time_in_mid_sentence_before_a_verb_or_after_said():
    assert pairs("Polls at the time gave her little chance.", "2024-11-06") == [("the time", "PAST_REF")]
    assert pairs("Officials said at the time that the plan was sound.", "2024-11-06") == [("the time", "PAST_REF")]
    # a clause or an "of" after it: a conjunction or the time of an event, no timex
    assert pairs("At the time Howes was captured, the rebels ruled.", "2024-11-06") == []
    assert pairs("She was there at the time of the attack.", "2024-11-06") == []


def test_month_of_last_year_from_today_and_a_name_of_the_future():
    assert pairs("Rates have been high since July of last year.", "2024-09-19") == [("July of last year", "2023-07")]
    assert pairs("The plan is due on May 3, four weeks from today.", "2024-04-05")[-1] == \
        ("four weeks from today", "2024-W18")
    assert pairs("The Summit of the Future adopted a pact.", "2024-09-25") == []
    assert pairs("Leaders worried about the future.", "2024-09-25") == [("the future", "FUTURE_REF")]


def test_a_morning_hour_after_an_evening_before_the_day_of_writing_is_the_next_morning():
    text = "The storm hit at 8:30 p.m. on Wednesday. The governor said at 7 a.m. that 90 people were rescued."
    assert pairs(text, "2024-10-10")[-1] == ("7 a.m.", "2024-10-10T07:00")
    # an hour said to be earlier stays on that day
    text = "The storm hit at 8:30 p.m. on Wednesday. Warnings had gone out earlier, at 7 a.m."
    assert pairs(text, "2024-10-10")[-1] == ("7 a.m.", "2024-10-09T07:00")


def test_a_24_hour_clock_time_with_local_time_and_its_day_is_one_time():
    assert pairs("The strike will begin at 00:01 local time on Monday.", "2024-08-02") == [
        ("00:01 local time on Monday", "2024-08-05T00:01")]


def test_habitual_table_examples():
    """Each row of timex/data/habitual.tsv: a bare month or season in a habitual clause is any year's."""
    from communique.timex.lexicon import table

    rows = table("habitual.tsv")
    assert rows
    for word, example, value in rows:
        assert word in example.lower(), word
        assert value in [t.value for t in tag(example, "2019-04-25", genre="news")], (word, example)
    # without the habitual word the month is this year's
    assert value_of("The river flooded in March.", "2019-04-25", "March") == "2019-03"


def test_report_period_table_examples():
    """Each row of timex/data/report_periods.tsv: a comparison after words naming a report's period
    takes its granularity; after a span that is no calendar unit ("the nine months") the year."""
    from communique.timex.lexicon import table

    rows = table("report_periods.tsv")
    assert rows
    for words, _gran, example, value in rows:
        assert words in example.lower(), words
        assert value_of(example, "1989-10-26", "a year earlier") == value, (words, example)
    text = "Profit rose in the third quarter. For the nine months, net was $30 million, against $19 million " \
           "in the 1988 period. The year-earlier results included a charge."
    assert pairs(text, "1989-10-26")[2:] == [("the 1988 period", "1988"), ("The year-earlier", "1988")]
    # a quarter under discussion: the comparisons stay quarters
    text = "Profit rose in the third quarter to $9 million, against $7 million in the 1988 period."
    assert pairs(text, "1989-10-26")[1] == ("the 1988 period", "1988-Q3")


def test_a_quarter_named_in_a_forecast_is_not_the_one_results_are_compared_for():
    text = ("Net rose 11% in the third quarter. The earthquake will result in a fourth-quarter charge. "
            "Its insurance unit earned $24 million, against $6.1 million a year ago.")
    assert pairs(text, "1989-11-02")[1:] == [("fourth-quarter", "1989-Q4"), ("a year ago", "1988-Q3")]
    # the forecast quarter is still the quarter a later future clause talks about
    text = "Its second-quarter results will be released on Aug. 21, three weeks after the end of the quarter."
    assert value_of(text, "2024-05-22", "the end of the quarter") == "2024-Q2"


def test_a_quarter_the_results_came_after_is_background_not_the_reported_one():
    text = ("The maker posted a 20% gain in third-quarter profit. After a flat second quarter, it credited "
            "price rises. The comparison was helped by charges in the year-earlier period.")
    assert pairs(text, "1989-11-01")[-1] == ("the year-earlier period", "1988-Q3")
    text = "The maker posted a 20% gain in third-quarter profit. In the second quarter, charges in the year-earlier period hurt."
    assert pairs(text, "1989-11-01")[-1] == ("the year-earlier period", "1988-Q2")


def test_weekday_part_table_examples():
    """Each row of timex/data/weekday_parts.tsv: in news a weekday keeps its part of the day
    only where the table says so; a narrative always keeps it."""
    from communique.timex.lexicon import table

    rows = table("weekday_parts.tsv")
    assert {r[1] for r in rows} <= {"yes", "no"}
    for part, _keep, example, value in rows:
        assert part in example, part
        assert [t.value for t in tag(example, "1989-10-30", genre="news")] == [value], example
    assert [t.value for t in tag("On 27 October 1989 it rained. They met Friday night.", "2024-03-01",
                                 genre="narrative")][-1] == "1989-10-27TNI"


def test_the_half_of_a_fiscal_year():
    assert pairs("Margins should recover in the first half of fiscal 2020.", "2019-08-21") == [
        ("the first half of fiscal 2020", "2020-H1")]


def test_a_month_or_season_apposed_to_a_year_or_in_its_when_clause_takes_that_year():
    text = "Residents were also evacuated two years ago, in June, and many had just returned."
    assert pairs(text, "2025-05-09")[1] == ("June", "2023-06")
    text = "It was the first such order since 2017, when fires burned through several towns over the summer."
    assert pairs(text, "2025-05-09")[-1] == ("the summer", "2017-SU")


def test_todays_customers_are_the_present():
    assert pairs("Today's customers expect to bank on their phones.", "2025-08-21") == [("Today", "PRESENT_REF")]
    assert pairs("Today's vote decides the race.", "2025-08-21") == [("Today", "2025-08-21")]


def test_weeks_or_months_earlier_than_a_day_in_news_are_that_week_or_month():
    text = "West Indies won on Sunday, January 28. They had lost the first Test two weeks earlier."
    assert pairs(text, "2024-01-29")[-1] == ("two weeks earlier", "2024-W02")


def test_29_february_of_a_leap_year_is_found():
    assert pairs("The series starts on Feb. 29.", "2024-01-29") == [("Feb. 29", "2024-02-29")]


def test_as_early_as_stays_outside_a_date():
    # TimeBank: "as early as [Tuesday]", "as soon as [Tuesday]"
    assert pairs("A text could be put to a vote as early as Thursday.", "2024-09-25") == [("Thursday", "2024-09-26")]


def test_news_development_set():
    """The project's own news articles (benchmarks/timex_news): each with its DCT, scored like TBAQ."""
    from pathlib import Path

    from communique.timex.timeml import evaluate, read_timeml_dir

    root = Path(__file__).resolve().parents[1] / "benchmarks" / "timex_news"
    docs = read_timeml_dir(root)
    assert len(docs) >= 25 and all(d.dct and d.timexes for d in docs)
    assert len({d.dct for d in docs}) >= 20  # publication dates of their own
    news = evaluate(root, lambda t, d: tag(t, d, genre="news"))["all"]
    assert news["value_f1"] >= 0.90 and news["strict_f1"] >= 0.93


def test_futurate_present_table_examples():
    """Each row of timex/data/futurate.tsv: the simple present of a verb of a scheduled event before
    a date speaks of the future, in the base and the third-person form."""
    from communique.timex.lexicon import futurate_verbs, table

    rows = table("futurate.tsv")
    assert rows
    for verb, example, phrase, value in rows:
        assert value_of(example, "1998-05-01", phrase) == value, example
    assert {"fly", "flies", "meet", "meets", "visit", "visits"} <= futurate_verbs()


def test_futurate_present_is_no_infinitive_noun_or_past():
    dct = "1998-05-01"  # a Friday
    # the past form, an infinitive after a past verb, a noun after a determiner or possessive: the past Monday
    assert value_of("The leaders met separately Monday with the envoy.", dct, "Monday") == "1998-04-27"
    assert value_of("The leaders failed to meet Monday.", dct, "Monday") == "1998-04-27"
    assert value_of("His visit Monday angered the opposition.", dct, "Monday") == "1998-04-27"
    assert value_of("The minister's visit Monday angered the opposition.", dct, "Monday") == "1998-04-27"
    # a bare infinitive after "let": the governing verb's past decides
    assert value_of("Mr. Bush let the ground offensive begin Saturday.", dct, "Saturday") == "1998-04-25"
    # a month in the futurate present is the coming one
    assert value_of("Parliament reconvenes in September.", "1998-05-01", "September") == "1998-09"


def test_a_past_year_naming_a_thing_is_no_time_told():
    # "the 2015 agreement", "the 1953 armistice": the year names the thing, a month after it is the DCT's
    assert pairs("Several limits of the 2015 agreement expire in October.", "2025-05-20") == \
        [("2015", "2015"), ("October", "2025-10")]
    # a year told as the time still anchors the month after it ("in July 1997 ... on March 12" style)
    assert pairs("The deal was signed in 2015 and came into force in October.", "2025-05-20")[-1] == \
        ("October", "2015-10")
    # a hope points ahead as a plan does
    assert pairs("Both sides hoped to mark the anniversary of the treaty in August.", "2025-07-09") == \
        [("August", "2025-08")]


def test_into_or_through_the_night_is_that_days_night():
    assert pairs("The envoys met on Monday and talked late into the night.", "2025-05-20") == \
        [("Monday", "2025-05-19"), ("the night", "2025-05-19TNI")]
    assert pairs("They met on Monday and talked through the night, officials said.", "2025-05-20")[-1] == \
        ("the night", "2025-05-19TNI")
    # a noun after it: no time ("the evening session", "the morning papers")
    assert pairs("They went into the evening session.", "2025-05-20") == []


# --- tenth unseen batch (benchmarks/timex_batches.tsv, batch 10): classes found there -----------------

def test_this_season_still_ahead_is_this_years_whatever_the_tense():
    # a past or perfect verb cannot make a season not yet begun last year's
    assert pairs("The minister has invited them to Rome this summer.", "2024-04-20") == [("this summer", "2024-SU")]
    assert pairs("Prices rose this spring.", "2024-02-10") == [("this spring", "2024-SP")]
    # a season already over, or ahead in the future tense, as before
    assert pairs("Prices rose this summer.", "2024-10-20") == [("this summer", "2024-SU")]
    assert pairs("They will meet this spring.", "2024-10-20") == [("this spring", "2025-SP")]


def test_a_clock_time_in_a_past_clause_is_not_on_a_day_ahead():
    text = "The envoy is expected to join the talks on Friday. The conference opened at 9 a.m. behind closed doors."
    assert pairs(text, "2017-06-28")[-1] == ("9 a.m.", "2017-06-28T09:00")
    text = "The envoy is expected to join the talks on Friday. The session will open at 9 a.m."
    assert pairs(text, "2017-06-28")[-1] == ("9 a.m.", "2017-06-30T09:00")


def test_the_present_of_hosting_or_choosing_is_a_scheduled_event_ahead():
    assert pairs("Voters choose a president in February, officials said.", "2017-06-28") == [("February", "2018-02")]
    assert pairs("The city, which hosts the summit in November, is ready.", "2024-04-20") == [("November", "2024-11")]
    assert pairs("The city hosted the summit in November.", "2024-04-20") == [("November", "2023-11")]


def test_the_past_year_reaches_to_the_dct_and_dates_no_month_after_it():
    # TimeBank writes "(over) the past year" as the calendar year before; as a span up to now it gives no year
    text = "Trade curbs have been eased over the past year, and barley exports resumed in August."
    assert pairs(text, "2023-11-08") == [("the past year", "2022"), ("August", "2023-08")]
    # "last year" itself is a time told: its month follows it
    assert pairs("Last year, in November, they met.", "2023-11-08") == [("Last year", "2022"), ("November", "2022-11")]


def test_a_plan_first_made_for_a_date_points_nowhere_by_itself():
    # "first/originally planned for": a plan since changed, the nearest such month (not the next one)
    assert pairs("The meeting, first planned for late January, was postponed twice.", "2022-02-21") == \
        [("late January", "2022-01")]
    assert pairs("The meeting is planned for late January.", "2022-02-21") == [("late January", "2023-01")]


def test_a_three_digit_count_of_hours_is_a_duration_not_a_24_hour_clock():
    # "120 hours" is no 01:20; a 24-hour clock without a colon has four digits ("0530 hours", "1400 GMT")
    assert pairs("Turkey agreed to pause its offensive for 120 hours.", "2019-10-17") == [("120 hours", "PT120H")]
    assert pairs("The attack began at 0530 hours.", "2019-10-17") == [("0530 hours", "2019-10-17T05:30")]
    assert pairs("The strike began at 9:30 GMT.", "2019-10-17") == [("9:30 GMT", "2019-10-17T09:30")]


# --- classes found on the eleventh unseen batch (sentences of our own) ---------------------------

def test_round_the_clock_table_examples():
    """Each row of timex/data/round_the_clock.tsv: "24-hour" before the noun is no duration; a
    24-hour strike or truce still is one."""
    from communique.timex.lexicon import table

    rows = table("round_the_clock.tsv")
    assert rows
    for noun, example, measure in rows:
        assert noun in example.lower(), noun
        assert measure not in [t for t, _ in pairs(example, "2024-05-02")], example
    assert value_of("Unions called a 24-hour strike for Friday.", "2024-05-02", "24-hour") == "PT24H"
    assert value_of("Rebels agreed to a 24-hour ceasefire.", "2024-05-02", "24-hour") == "PT24H"


def test_earlier_or_later_in_the_unit_is_the_unit_the_report_is_in():
    dct = "2019-04-25"  # a Thursday
    assert value_of("Moscow set out its view in a statement issued earlier in the day.", dct,
                    "earlier in the day") == "2019-04-25"
    assert value_of("The minister arrived on Tuesday. Later in the day he met the president.", dct,
                    "Later in the day") == "2019-04-23"
    assert value_of("Prices fell sharply earlier in the year.", dct, "earlier in the year") == "2019"
    # not a unit named by what follows ("later in the day of the vote" is left to the event)
    assert "later in the week of" not in " ".join(t for t, _ in pairs("They met later in the week of the vote.", dct))


def test_at_present_is_present_ref():
    assert value_of("There are 60 conflicts in the world at present.", "2024-05-02", "present") == "PRESENT_REF"
    assert value_of("At present, no talks are planned.", "2024-05-02", "present") == "PRESENT_REF"
    # "present" as an adjective or a predicate is no time
    assert pairs("The envoy was present at the talks.", "2024-05-02") == []
    assert pairs("Growth at present levels will not last.", "2024-05-02") == []


def test_a_past_year_ending_a_name_is_no_time_told():
    # "the Treaty of 1991, which expired in December": the December before the DCT, not 1991's
    assert value_of("The pact replaces the Strategic Arms Reduction Treaty of 1991, which expired in December.",
                    "2010-04-08", "December") == "2009-12"
    # a year told ("in May of 2009") still anchors the month after it
    assert value_of("The town flooded in May of 2009, and again in December.", "2010-04-08", "December") == "2009-12"
    assert value_of("The town flooded in 2008, and again in December.", "2010-04-08", "December") == "2008-12"


def test_a_range_of_days_written_once_leaves_the_report_on_its_last_day():
    story = ("Talks were held in the capital from March 6 to 10. The ministers were photographed "
             "together shortly after noon local time.")
    assert value_of(story, "2023-03-12", "noon local time") == "2023-03-10T12:00"


def test_a_day_in_a_clause_about_the_future_is_ahead_unless_within_a_month_back():
    dct = "2023-03-10"
    # "will take effect on December 1", "takes effect on January 1" (futurate.tsv): the next one, though the
    # last one is nearer
    assert value_of("The agreement will take effect on December 1.", dct, "December 1") == "2023-12-01"
    assert value_of("The agreement, reached after long talks, takes effect on January 1.", dct,
                    "January 1") == "2024-01-01"
    # a day a few days back stays there (a noisy cue); a past clause stays past
    assert value_of("The summit opens on March 1.", dct, "March 1") == "2023-03-01"
    assert value_of("The agreement took effect on January 1.", dct, "January 1") == "2023-01-01"


def test_would_like_is_a_wish_now_not_a_future():
    assert value_of("I would like to thank the Assembly for adopting the resolution on May 23rd.", "2024-09-24",
                    "May 23rd") == "2024-05-23"


def test_named_past_acts_table_examples():
    """Each row of timex/data/named_past_acts.tsv: a date right before the noun of a done act ("the October 7th
    attacks") is the latest such day before the publication date, even in a clause about the future."""
    from communique.timex.lexicon import table

    rows = table("named_past_acts.tsv")
    assert rows
    for noun, example, dct, phrase, value in rows:
        assert noun in example.lower(), noun
        assert value_of(example, dct, phrase) == value, example
    # (a date before another noun keeps the clause's time: the summit is still to come)
    assert value_of("The October 7 summit will open in Rome.", "2024-09-27", "October 7") == "2024-10-07"


def test_extension_table_examples():
    """Each row of timex/data/extension.tsv: a date right after "through/to/until/for" that follows a verb setting
    a later date or end is the new one, ahead, in the verb's -s, -ed and -ing forms."""
    from communique.timex.lexicon import extension_verbs, table

    rows = table("extension.tsv")
    assert rows
    for verb, example, phrase, value in rows:
        assert verb.split()[0][:5] in example.lower(), verb
        assert value_of(example, "1998-10-30", phrase) == value, example
    assert {"extend", "extends", "extended", "extending", "postponed", "postponing", "pushed back"} <= extension_verbs()


def test_an_extended_end_date_is_ahead_but_nothing_else_in_the_clause():
    dct = "1998-10-30"  # a Friday
    # the new end of a deadline, a mandate, a state of emergency: the coming one, whatever the verb's tense
    assert value_of("The government extended the state of emergency to February, officials said.", dct,
                    "February") == "1999-02"
    assert value_of("The creditors are extending the repayment period through March.", dct, "March") == "1999-03"
    # the day the extension was decided keeps the clause's past; a "to" not right before the date changes nothing
    assert value_of("The EU extended its sanctions on Monday.", dct, "Monday") == "1998-10-26"
    assert value_of("The party extended its lead to ten seats on Monday.", dct, "Monday") == "1998-10-26"
    # without a verb of extension, "through" after a present perfect stays in the past
    assert value_of("The talks have dragged on through January.", "1998-03-02", "January") == "1998-01"
