"""The timex search's machinery: the literal prefilter of its windows never loses a match."""

from __future__ import annotations


import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.text.regex_trie import required_literals
from communique.timex import rules as timex_rules


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"(?:the\s+)?year-(?:ago|earlier)\b", [{"year-"}, {"ago", "earlier"}]),
    (r"(?P<a>\d{1,2})/(?P<b>\d{1,2})", [{"/"}]),
    (r"(?<=\bon\s)the\s+(?:\d+)(?:st|nd)?", [{"the"}]),  # a look-behind is not part of the match
    (r"(?:ab|c)d+", [{"ab", "c"}, {"d"}]),
    (r"(?:ab|\d)x", [{"x"}]),  # one way through needs no literal: the branch gives none
    (r"a(?i:b)c", []),  # case-insensitive: nothing certain
    (r"(?i)abc", []),
    (r"x*y?", []),
])
def test_required_literals(pattern, needs):
    assert sorted(map(sorted, required_literals(pattern))) == sorted(map(sorted, needs))


def test_every_rule_example_matches_with_its_literals():
    """Each literal set is met by the match, or (a look-ahead's) by the text after its start."""
    names = [r.name for r in timex_rules.rules()]
    sets = dict(zip(names, timex_rules._literal_sets()))
    for name, window in zip(names, timex_rules._window_needs()):
        assert set(window) <= set(sets[name])
    checked = 0
    for rule in timex_rules.rules():
        example = timex_rules.lower_text(rule.example)
        for m in rule.regex.finditer(example):
            checked += 1
            for options in sets[rule.name]:
                assert any(w in example[m.start():] for w in options), (rule.name, m.group(), options)
    assert checked >= len(timex_rules.rules()) // 2


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"\d+ days(?=\s+later)", [{" days"}, {"later"}]),
    (r"\d+ days(?=\s+(?:later|earlier))", [{" days"}, {"later", "earlier"}]),
    (r"\d+ days(?!\s+later)", [{" days"}]),  # a negative look-ahead needs nothing
    (r"(?<=on\s)days", [{"days"}]),  # nor does a look-behind (it sees before the window)
    (r"days(?=(?i:\s+later))", [{"days"}]),  # a case-insensitive look-ahead: nothing certain from it
    (r"days(?:(?=\s+later)|\.)", [{"days"}, {"later", "."}]),  # either way through needs one
    (r"days(?:(?=\s+later)|\d)", [{"days"}]),  # one way through needs no literal
])
def test_required_literals_with_look_aheads(pattern, needs):
    assert sorted(map(sorted, required_literals(pattern, lookahead=True))) == sorted(map(sorted, needs))


_PIECES = ["on", "the", "14th", "three", "days", "later", "earlier", "once", "twice", "times", "spring", "friday", "at", "10:30", "4/12/2019", "2019-04-12", "year-ago", "year-end", "first", "half",
           "of", "the", "fiscal", "year", "today", "the", "day", "after", "before", "years", "-long", "a", "while",
           "latest", "period", "quarter", "century", "months", "weeks", " ", "  ", "\n", ",", ".", "last", "next"]


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
def test_the_window_prefilter_loses_no_match(text):
    with_needs = timex_rules.candidates(text)
    saved = timex_rules._window_needs
    try:
        timex_rules._plan.cache_clear()
        timex_rules._window_needs = lambda: tuple(() for _ in timex_rules.rules())
        without = timex_rules.candidates(text)
    finally:
        timex_rules._window_needs = saved
        timex_rules._plan.cache_clear()
    assert [(c.start, c.end, c.rule.name) for c in with_needs] == [(c.start, c.end, c.rule.name) for c in without]


def test_case_twins_are_the_non_ascii_letters_ignorecase_equates_with_ascii_ones():
    from communique.timex.tagger import _CASE_TWINS

    others = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    assert sorted(re.findall("[a-z]", others, re.IGNORECASE)) == sorted(_CASE_TWINS)


@pytest.mark.parametrize("text", [
    "It was. WAS it? Is it, Do they, DOES he: had; HAD. isn't wasn't",
    "£5 was paid; it is £6 — Was é was éwas wasé ИS is",
    "It waſ so. Dıd he? İs it? It is.",  # letters IGNORECASE takes for ASCII ones: the two searches
    "",
])
def test_cue_counts_equal_the_two_case_insensitive_searches(text):
    from communique.timex.tagger import _cue_counts, _genre_words

    words = _genre_words()
    assert _cue_counts(text) == (len(words["past"].findall(text)), len(words["present"].findall(text)))


def _merged_windows(spans, before, after, n):
    """The windows as _segments built them first: each clipped, then merged."""
    segs = []
    for s, e in spans:
        a, b = max(0, s - before), min(n, e + after)
        if segs and a <= segs[-1][1]:
            segs[-1] = (segs[-1][0], max(b, segs[-1][1]))
        else:
            segs.append((a, b))
    return segs


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.integers(0, 80), st.lists(st.tuples(st.integers(0, 80), st.integers(0, 6)), max_size=10),
       st.integers(0, 30), st.integers(0, 30))
def test_segments_merge_clipped_windows(n, raw, before, after):
    spans = sorted((min(s, n), min(s + w, n)) for s, w in raw)
    assert timex_rules._segments(spans, before, after, n) == _merged_windows(spans, before, after, n)


_YEAR_PIECES = ["1999", "2019", "20", "12345", "7", "٣٤", "1", "BC", "BCE", "B.C.", " ", "  ", "x", "$", "%", ".", ",",
                "-", "/", "5", "19", "0"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_YEAR_PIECES), max_size=25).map("".join))
def test_explicit_years_are_the_scan_at_every_character(text):
    from communique.timex.tagger import _EXPLICIT_YEAR, _explicit_years, _year_starts

    every = [m.span() for m in _EXPLICIT_YEAR.finditer(text) if _year_starts(text, m)]
    assert [m.span() for m in _explicit_years(text)] == every


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES + ["a.m.", "p.m", "fy2019", "mid-", "x", "-", "'", "today's"]), max_size=30)
       .map("".join) | st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join))
def test_trigger_scan_after_non_word_characters_is_the_word_boundary_scan(text):
    words_re, after_gap, _ = timex_rules._token_categories()
    assert after_gap is not None
    low = timex_rules.lower_text(text)
    assert timex_rules._trigger_words(low) == [(m.group(), m.span()) for m in words_re.finditer(low)]


def _triggers_by_number_regex(low):
    """The trigger table as it was built first: the numbers by ``_NUMBER_TOKEN``, a second scan."""
    table = timex_rules._token_categories()[2]
    out = {}
    for w, span in timex_rules._trigger_words(low):
        for c in table.get(w, ("FISCAL",)):
            out.setdefault(c, []).append(span)
    nums, years, decades, pod = (out.setdefault(c, []) for c in ("NUM", "Y4", "DECADE", "POD"))
    glued = []
    for m in timex_rules._NUMBER_TOKEN.finditer(low):
        w, span = m.group(), m.span()
        nums.append(span)
        if low.startswith(("am", "pm", "a.m", "p.m", "hrs", "hours", "h "), span[1]):
            glued.append(span)
        if w[-1] == "s":
            decades.append(span)
            if len(w) == 5:
                years.append(span)
        elif len(w) == 4 and w[0] in "12":
            years.append(span)
    decades.sort()
    if glued:
        pod.extend(glued)
        pod.sort()
    return out


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_YEAR_PIECES + ["s", "s_", "sé", "am", "pm", "hrs", "h ", "hours", "1990s", "80s", "the",
                                                "nineties", "٣s", "Ⅻ", "²"]), max_size=25).map("".join))
def test_triggers_from_the_digit_runs_are_the_number_token_scan(text):
    low = timex_rules.lower_text(text)
    assert timex_rules._triggers(low, timex_rules.digit_runs(text)) == _triggers_by_number_regex(low)
    assert timex_rules.digit_runs(text) == timex_rules.digit_runs(low)


_CUE_PIECES = ["said", "says", "said to", "Said", "today", "Today", "yesterday", "tonight", "tomorrow", "last week",
               "this  month", "next\nweek", "Monday", "Sunday", "Mondays", "xsaid", "_says", "é", "said.", "weekly",
               " ", ",", "-", "to", "toddler", "1", "mid-"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_CUE_PIECES), max_size=20).map("".join) | st.lists(st.sampled_from(_CUE_PIECES), max_size=20).map(" ".join))
def test_news_cue_parts_find_the_news_cue_matches(text):
    from communique.timex.tagger import _NEWS_CUES, _news_cue_matches

    assert [m.span() for m in _news_cue_matches(text)] == [m.span() for m in _NEWS_CUES.finditer(text)]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["in", "since", "by", "476", "1066", "12", "May", "June", "may", " ", ",", ".", "3",
                                 "x", "-", "\n", "of"]), max_size=25).map(" ".join))
def test_quick_genre_scans_find_what_the_plain_ones_find(text):
    from communique.timex.tagger import _DAY_MONTH, _EARLY_YEAR_IN, _quick

    for pattern in (_DAY_MONTH, _EARLY_YEAR_IN):
        assert [m.span() for m in _quick(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["the", "13th", "14th", "centuries", "CENTURY", "Century", "1920s", "1920S", "30s", "'40s",
                                 "and", "to", "or", " ", "-", "0s", "19", "x"]), max_size=14).map(" ".join))
def test_shared_heads_skip_only_texts_without_a_century_or_a_decade(text):
    from communique.timex.rules import digit_runs
    from communique.timex.tagger import _shared_heads

    assert _shared_heads(text, [], digit_runs(text)) == _shared_heads(text, [])


def test_rules_compiled_once_are_the_quick_starts_of_their_patterns():
    """``rules._r`` compiles each rule once (``quick_start_source``): the same regex as ``quick_start``
    of the compiled pattern."""
    from communique.text.regex_trie import quick_start

    for rule in timex_rules.rules():
        source = rule.regex.pattern.split(")(?:", 1)[1][:-1] if rule.regex.pattern.startswith("(?=[") else rule.regex.pattern
        again = quick_start(re.compile(source))
        assert (again.pattern, again.flags) == (rule.regex.pattern, rule.regex.flags), rule.name
