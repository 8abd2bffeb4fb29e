"""The faster scans of the timex tagger (issue 19) find what the plain regexes find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.timex import rules as timex_rules
from communique.timex import tagger

_DIGITS = re.compile(r"\d+")


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet="ab 09?.£’\n٣\U0001D7D8²", max_size=40))
def test_digit_runs_are_the_digit_regex(text):
    assert timex_rules.digit_runs(text) == [m.span() for m in _DIGITS.finditer(text)]


def test_digit_runs_of_text_with_non_ascii_digits_and_signs():
    for text in ("costs £12 or ٣٤ dinars", "£3? 4", "?1?", "", "2019", "x² 10"):
        assert timex_rules.digit_runs(text) == [m.span() for m in _DIGITS.finditer(text)], text


def _early_by_regex(text: str) -> int:
    from communique.timex.checks import AFTER_EARLY_YEAR

    return sum(1 for m in tagger._EARLY_YEAR_IN.finditer(text) if AFTER_EARLY_YEAR.match(text, m.end()))


_EARLY_PIECES = ["in", "since", "begin", "by", "circa", "from", "476", "1066", "410", "012", "12", "The", "the", "and",
                 " ", "  ", "\n", "\u00a0", ",", ".", ".5", "%", "x", "-", ":", "of", "cities", "AD"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_EARLY_PIECES), max_size=25).map(" ".join)
       | st.lists(st.sampled_from(_EARLY_PIECES), max_size=25).map("".join))
def test_early_years_count_what_the_regex_counts(text):
    assert tagger._early_years(text, timex_rules.digit_runs(text)) == _early_by_regex(text)


def test_early_years_examples():
    text = "The town fell in 476 and was rebuilt since  568, in 999x, begin 410, by 500."
    assert tagger._early_years(text, timex_rules.digit_runs(text)) == _early_by_regex(text) == 3  # (not "999x", nor "begin")


def _count_in_text_order(text: str, threshold: float, chronology: bool) -> tuple[int, bool]:
    """The news cues counted as the genre test first did: every match in text order, stopping at the threshold."""
    found = 0
    for m in tagger._news_cue_matches(text):
        cue = m.group()
        if cue.endswith("day") and tagger._DATE_AFTER_WEEKDAY.match(text, m.end()):
            continue
        found += 1
        if cue not in ("said", "says", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
            chronology = False  # (weekdays among old years only are days of a chronology)
        if found >= threshold and not chronology:
            break
    return found, chronology


_CUE_PIECES = ["said", "says", "said to", "Monday", "Monday, 8 December", "today", "Today", "yesterday", "last week",
               "this month", "in 1940", "x", ",", ".", "_said", "Sunday 3 May"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=15).map(" ".join), st.sampled_from([2, 2.5, 3, 5]),
       st.booleans())
def test_news_cue_count_settles_as_the_text_order_count(text, threshold, chronology):
    """Whether the count reaches the threshold with a cue other than "said" or a weekday, and else the count itself."""
    fast = tagger._news_cue_count(text, threshold, chronology)
    slow = _count_in_text_order(text, threshold, chronology)
    settled = lambda r: r[0] >= threshold and not r[1]  # noqa: E731
    assert settled(fast) == settled(slow)
    if not settled(slow):
        assert fast == slow


def test_the_fast_timex_record_is_the_dataclass_record():
    import dataclasses
    import pickle

    args = (3, 11, "last year", "DATE", "2018", "", "2019-04-25")
    fast, plain = tagger._timex(*args), tagger.Timex(*args)
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert list(vars(fast).items()) == list(vars(plain).items())
    assert pickle.loads(pickle.dumps(fast)) == plain and dataclasses.replace(fast, value="2017").value == "2017"
    try:
        fast.value = "2017"  # still frozen
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a Timex must stay frozen")


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["the", "The", "day", "DAY", "Day", "night", "week", "before", "BEFORE", "after", "After",
                                 "its", "hearing", "on", "of", "first", "last", "between", "Between", "12", "and",
                                 "three", "İ", "ſ", "K"]), max_size=12).map(" ".join).map(lambda t: t + " "))
def test_the_word_tests_before_case_insensitive_searches_lose_no_match(text):
    for pattern, words in ((tagger._UNIT_BEFORE, ("before", "after")), (tagger._DAY_OF, ("day",)),
                           (tagger._BETWEEN, ("between",))):
        for start in range(0, len(text) + 1, 3):
            if pattern.search(text, start, len(text)):
                assert tagger._holds_any(text, start, len(text), words), (pattern.pattern, text)
