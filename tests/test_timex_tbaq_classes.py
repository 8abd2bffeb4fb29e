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
