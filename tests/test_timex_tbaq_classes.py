"""TimeML classes found while sorting the TempEval-3 TBAQ errors and the held-out sets' leftovers
(issue 16, branch tbaq); every sentence is our own."""

from __future__ import annotations

from communique.timex.tagger import tag


def values(text: str, dct: str, genre: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre=genre)]


# --- a month after a rate finer than a year ---------------------------------------------------

def test_a_month_after_a_monthly_or_weekly_rate_is_one_month():
    # the rate tells how often, the month when it began: that April, not April of any year
    assert values("The board cut the bus service to once a month in April.", "2021-06-10") == \
        [("once a month", "P1M"), ("April", "2021-04")]
    assert values("The clinic opened twice a week in March.", "2021-06-10") == \
        [("twice a week", "P1W"), ("March", "2021-03")]


def test_a_month_after_a_yearly_set_is_any_years():
    assert values("The fair is held every year in April.", "2021-06-10") == \
        [("every year", "P1Y"), ("April", "XXXX-04")]


# --- a count of days or weeks later, with the day in apposition --------------------------------

def test_days_later_with_a_day_in_apposition_is_that_day():
    # the count is from an event the text has not dated (the siege), so the apposed day decides
    text = ("The riots began on 4 May 1921. The mob held the square for several days. "
            "Eleven days later, on 17 May, the troops arrived.")
    assert values(text, "2020-01-01", "narrative")[-2:] == [("Eleven days later", "1921-05-17"),
                                                           ("17 May", "1921-05-17")]


def test_weeks_later_with_a_day_in_apposition_is_that_days_week():
    text = "The truce was agreed on 3 June 1921. Two weeks later, on 20 June, it broke down."
    assert values(text, "2020-01-01", "narrative")[1] == ("Two weeks later", "1921-W25")


# --- "the same period a year earlier" after "the three months to <month>" ----------------------

def test_same_period_after_three_months_to_a_quarter_end_is_that_quarter_a_year_back():
    text = "In the three months to September, exports fell 4 per cent on the same period a year earlier."
    assert values(text, "2022-11-02")[-1] == ("the same period a year earlier", "2021-Q3")


def test_same_period_without_a_quarter_told_keeps_the_year():
    assert values("Exports fell 4 per cent on the same period a year earlier.", "2022-11-02") == \
        [("the same period a year earlier", "2021")]


# --- quarters in a habitual clause, and a quarter whose noun a coordination leaves out ----------

def test_quarters_in_a_habitual_clause_are_any_years():
    assert values("Most of the toy maker's sales usually come in the third and fourth quarters.", "2015-05-20") == \
        [("third", "XXXX-Q3"), ("fourth quarters", "XXXX-Q4")]
    assert values("Heating bills typically peak in the first quarter.", "2015-05-20") == \
        [("the first quarter", "XXXX-Q1")]


def test_coordinated_quarters_of_a_year_are_that_years():
    assert values("Margins narrowed in the first and second quarters of 2014.", "2015-05-20") == \
        [("first", "2014-Q1"), ("second quarters of 2014", "2014-Q2")]


# --- "that (same) day" after a month told ------------------------------------------------------

def test_that_same_day_after_a_month_is_a_day_of_that_month():
    # the last time told is a month: the day is some day in it, not the weekday told before it
    text = ("The site was shut on Thursday. Its founder was arrested last March, when the raid took place. "
            "His account was closed that same day.")
    assert values(text, "2019-06-08")[-1] == ("that same day", "2019-03-XX")


def test_that_day_after_a_day_is_that_day():
    text = "The raid took place on March 4. His account was closed that day."
    assert values(text, "2019-06-08")[-1] == ("that day", "2019-03-04")


# --- a month opening a long sentence, abbreviations inside it ----------------------------------

def test_a_month_opening_a_long_sentence_takes_the_tense_of_its_main_verb():
    # the past verb comes after a long adverbial with "v." and "Md.," in it: last January
    text = ("In January, two days after the tenth anniversary of the Smith v. Jones ruling by the state's "
            "highest court, a fire at a clinic in Bethesda, Md., destroyed the records.")
    assert values(text, "2018-10-20")[0] == ("January", "2018-01")


# --- "a year ago" far from the quarter told, after words naming a quarter ----------------------

def test_a_year_ago_after_quarter_words_is_the_quarter_a_year_back():
    text = ("The brewer said net income rose 12% in the third quarter. "
            "Higher prices for its lagers in Europe and Asia helped, as did lower costs for barley, hops and "
            "fuel, a spokeswoman said, adding that demand from bars and restaurants had held up well despite "
            "the wet summer in northern Europe and the strike at its largest bottling plant. "
            "The quarter-to-quarter comparison was helped by charges in the earlier period. "
            "Taxes were also lower than a year ago.")
    assert values(text, "2015-10-28")[-1] == ("a year ago", "2014-Q3")


# --- a weekday's afternoon keeps its part of the day, as its morning and evening do --------------

def test_weekday_afternoon_keeps_taf_in_news():
    assert values("The delegates arrived on Tuesday afternoon.", "2003-10-08") == \
        [("Tuesday afternoon", "2003-10-07TAF")]


# --- "the first half" alone in a sentence of figures -------------------------------------------

def test_first_half_with_figures_is_a_half_year():
    assert values("The carrier lost 80 million euros to strikes in the first half.", "2023-08-03") == \
        [("the first half", "2023-H1")]
    # a past clause in April cannot tell this year's first half: last year's
    assert values("Its profit rose 12% in the first half.", "2023-04-03") == [("the first half", "2022-H1")]


def test_first_half_without_figures_is_no_time():
    assert values("The visitors scored twice in the first half.", "2023-08-03") == []
    assert values("Only 40% of the crowd stayed in the first half of the match.", "2023-08-03") == []


# --- irregular past forms tell the tense --------------------------------------------------------

def test_irregular_past_verbs_make_overnight_the_night_before():
    # "swept" is past: the night before the report's day, not that day's night
    assert values("A storm swept across the coast overnight, cutting power to thousands.", "2022-02-18") == \
        [("overnight", "2022-02-17TNI")]
    assert values("A storm tore through the town overnight.", "2022-02-18") == [("overnight", "2022-02-17TNI")]


# --- a month right after "N years ago in" -------------------------------------------------------

def test_a_month_after_years_ago_is_in_that_year():
    assert values("The flood that hit the valley three years ago in early March cost $2 billion.", "2021-11-04") == \
        [("three years ago", "2018"), ("early March", "2018-03")]
    assert values("A year ago in June, the plant closed.", "2021-11-04") == [("A year ago", "2020"), ("June", "2020-06")]


# --- a verb of plan and its "to" across a time adverbial -----------------------------------------

def test_a_plan_told_with_its_day_between_verb_and_to_points_ahead():
    assert values("The council voted on Tuesday to close the old bridge in March.", "2024-06-05") == \
        [("Tuesday", "2024-06-04"), ("March", "2025-03")]
    assert values("The producers agreed over the weekend to raise output from October.", "2024-06-05")[-1] == \
        ("October", "2024-10")


# --- the tense after "since" is an earlier time's -----------------------------------------------

def test_a_past_verb_after_since_does_not_move_a_date_back():
    text = "The congress meets every four years; the next one is in Lisbon in June, marking 50 years since it was founded."
    assert ("June", "2025-06") in values(text, "2025-02-10")


# --- "as of <clock time>" in news: the latest status, on the day of writing -----------------------

def test_as_of_a_clock_time_is_the_day_of_writing():
    text = ("The blaze broke out on Monday in the hills above the town. "
            "It was only 10 percent contained as of 7 a.m. PST.")
    assert values(text, "2025-01-10")[-1] == ("7 a.m. PST", "2025-01-10T07:00")
    # without "as of", the day under discussion
    assert values("The blaze broke out on Monday. It spread fast by 7 a.m.", "2025-01-10")[-1] == \
        ("7 a.m.", "2025-01-06T07:00")


def test_a_quarter_before_a_possessive_is_still_a_quarter():
    assert values("The fourth quarter's earnings fell.", "1989-10-26") == [("The fourth quarter", "1989-Q4")]


# --- minutes past or to midnight and noon ---------------------------------------------------------

def test_minutes_past_midnight_is_one_clock_time_of_the_new_day():
    text = "The curfew was lifted at two minutes past midnight on 3 June 1950, and the shops reopened."
    assert values(text, "2024-03-01", "narrative") == [("two minutes past midnight on 3 June 1950", "1950-06-03T00:02")]
    assert values("The guns fell silent at a quarter to noon.", "2024-03-01")[0][1].endswith("T11:45")


def test_a_count_to_midnight_without_minutes_is_a_range():
    # ("open from" makes it any day's midnight)
    assert values("The bar is open from 6 to midnight.", "2024-03-01") == [("midnight", "XXXX-XX-XXT24:00")]


# --- "this quarter's loss" in a report on the quarter just ended ---------------------------------

def test_this_quarters_results_after_a_reported_quarter_are_that_quarters():
    text = ("The retailer posted a net loss of $4 million for the second quarter ended June 30. "
            "This quarter's loss includes a charge for store closings.")
    assert values(text, "2015-07-22")[-1] == ("This quarter", "2015-Q2")
    # no quarter reported: the quarter of writing
    assert values("Sales should rise this quarter.", "2015-07-22") == [("this quarter", "2015-Q3")]


# --- the end of a range with an event told at it moves a story on ---------------------------------

def test_a_range_end_with_when_is_where_the_story_goes_on():
    text = ("The conference met in Vienna from 2 March until 20 April 1820, when the final act was signed. "
            "A second treaty followed three weeks later.")
    assert values(text, "2024-01-01", "narrative")[-1] == ("three weeks later", "1820-W19")  # 11 May, not 23 March


# --- weeks later after a part of a month ----------------------------------------------------------

def test_weeks_later_after_late_august_count_from_the_end_of_the_month():
    text = "The army halted in 1847, and a truce in late August led to talks, which broke down two weeks later."
    assert values(text, "2024-03-01", "narrative")[-1] == ("two weeks later", "1847-W36")
    # a month without its part gives no day to count weeks from: the month
    assert values("The siege began in May 1453. Three weeks later the walls fell.", "2024-03-01", "narrative")[-1] == \
        ("Three weeks later", "1453-05")


# --- "publish" in the simple present before a day is a scheduled event ahead ---------------------

def test_publish_before_a_weekday_is_ahead():
    # 2024-12-27 is a Friday: the coming Tuesday, not the one before
    assert values("The agency publishes its final figures on Tuesday.", "2024-12-27") == [("Tuesday", "2024-12-31")]


def test_a_capitalised_ed_word_is_a_name_not_a_past_verb():
    # "Mohammed", "Landlocked": capitalised words inside a sentence are no weak past cue; "would meet" decides
    from communique.timex import tag

    values = [t.value for t in tag("The palace said the king would meet Crown Prince Mohammed bin Salman in Riyadh "
                                   "in May.", "2025-03-14")]
    assert values == ["2025-05"]
    # a real past verb still points back
    assert [t.value for t in tag("The king met Crown Prince Mohammed in Riyadh in May.", "2025-03-14")] == ["2024-05"]
