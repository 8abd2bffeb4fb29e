"""Classes found by reading random timexes of real text by hand (UNGDC speeches): each test is a sentence of
our own in the class, with the values TimeML calls right."""

from __future__ import annotations

import pytest

from communique.timex import tag


@pytest.mark.parametrize("text, dct, expected", [
    # "September the 17th": a month, "the" and an ordinal day
    ("On September the 1st, 1939, Germany attacked Poland.", "2024", [("September the 1st, 1939", "1939-09-01")]),
    ("The summit opens on March the 3rd.", "2024-02-10", [("March the 3rd", "2024-03-03")]),
    # "the" before a plain number is no day of the month
    ("In September the 5 ministers met.", "2024-10-10", [("September", "2024-09")]),
])
def test_month_the_ordinal_day(text, dct, expected):
    assert [(t.text, t.value) for t in tag(text, dct)] == expected


@pytest.mark.parametrize("text, dct, expected", [
    # a DCT known only to the year: no invented day for deictic dates (see also test_dct_known_only_to_the_year)
    ("Today we meet in New York; last week we met in Geneva.", "2016", [("Today", "2016"), ("last week", "2016")]),
    ("Today we meet in New York.", "2016-09-21", [("Today", "2016-09-21")]),
    # counted from the DCT however far ("ago"), while a date of the text anchors "the next day"
    ("The board met just three months ago.", "2021", [("three months ago", "2021")]),
    ("On 18 September we signed; the next day we left.", "2021", [("18 September", "2021-09-18"), ("the next day", "2021-09-19")]),
])
def test_deictic_dates_keep_the_dcts_precision(text, dct, expected):
    assert [(t.text, t.value) for t in tag(text, dct)] == expected
