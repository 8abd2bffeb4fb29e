"""Property-based tests: arbitrary text never breaks loading, tokens, timexes or events.

CI runs a fixed budget (profile "ci"); set HYPOTHESIS_PROFILE=long for a longer local run.
"""

from __future__ import annotations

import os
import re
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

settings.register_profile("ci", max_examples=40, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# News-like text: words, numbers, month names, punctuation, quotes, odd whitespace and any Unicode.
_pieces = st.sampled_from(
    ["Kim", "Putin", "met", "on", "April", "25", ",", ".", "2019", "last", "week", "the", "U.S.", "Dr.",
     "’s", "'", '"', "--", "—", "\n", "\n\n", "\r\n", "\xa0", " ", "  ", "May", "March", "two", "years",
     "ago", "Sunday", "10,000", "Photo by X/Getty Images", "visited", "sanctions", "North Korea",
     "summit", "in", "February", "mid-", "1990s", "3:30 p.m.", "today", "?", "!", "(", ")"]
)
news_text = st.one_of(
    st.lists(_pieces, max_size=60).map(" ".join),
    st.lists(_pieces, max_size=60).map("".join),
    st.text(max_size=300),
)

TIMEX3_VALUE = re.compile(
    r"""^(?:
      (?:PRESENT|PAST|FUTURE)_REF
     |[\dX]{1,4}(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:\d|WE))?|-WE|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?
        (?:T(?:\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?|MO|AF|EV|NI|DT|MI)(?:Z|[+-]\d{2}(?::?\d{2})?)?)?
     |T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT|MI)(?:Z|[+-]\d{2}(?::?\d{2})?)?
     |P(?:(?:\d+(?:\.\d+)?|X+)(?:Y|M|W|D|DE|CE|ML|Q|WE|H|L|E))+(?:T(?:(?:\d+(?:\.\d+)?|X+)[HMS])+)?
     |PT(?:(?:\d+(?:\.\d+)?|X+)[HMS])+
    )$""",
    re.VERBOSE,
)


@given(st.binary(max_size=400))
def test_decode_bytes_raises_only_load_error(data):
    from communique.text.corpus import LoadError, decode_bytes

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            text = decode_bytes(data)
        except LoadError as err:
            assert err.reason
        else:
            assert isinstance(text, str)


@given(news_text)
def test_article_paragraphs_and_tokens_index_the_text(text):
    from communique.text.corpus import article_from_text
    from communique.text.tokens import tokenise

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = article_from_text(text, doc_id="x")
        table = tokenise(article)
    for p in article.paragraphs:
        assert 0 <= p.start < p.end <= len(text)
    for start, end, token in zip(table["start"], table["end"], table["text"]):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == token
        assert not token.isspace()
    # Normalisation is idempotent.
    from communique.text.tokens import type_features

    for norm in set(table["norm"]):
        assert type_features(norm)[0] == norm


@given(news_text, st.sampled_from([None, "2019-04-25", "2000-02-29", "1999-12-31"]))
def test_timexes_have_valid_offsets_and_values(text, dct):
    from communique.timex.tagger import find_timexes

    table = find_timexes(text, dct)
    for row in table.itertuples():
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start : row.end] == row.text
        assert row.type in {"DATE", "TIME", "DURATION", "SET"}
        assert TIMEX3_VALUE.match(row.value), row.value
    # Tagging is a function of the text: a second call gives the same table.
    assert table.equals(find_timexes(text, dct))


@given(news_text)
def test_events_never_raise_and_trace_to_text(text):
    from communique.events.extract import extract_events

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = extract_events(text, "2019-04-25", doc_id="x")
    for row in table.itertuples():
        assert 0 <= row.sent_start < row.sent_end <= len(text)
        assert text[row.sent_start : row.sent_end] == row.sentence
        assert isinstance(row.cameo, str) and row.cameo.isdigit()


@pytest.mark.parametrize("value", ["2019-04-25", "2019-02", "2019", "2019-W17", "2019-SU", "2019-Q1", "201", "20",
                                   "PRESENT_REF", "PT2H", "P2Y", "P1D", "PXM", "XXXX-WI", "T18:59", "2019-04-25T18:59",
                                   "XXXX-XX-XX", "P1DE"])
def test_value_grammar_accepts_timeml_examples(value):
    assert TIMEX3_VALUE.match(value)


@pytest.mark.parametrize("value", ["", "April", "2019-4-5", "P", "42x", "2019-04-25T"])
def test_value_grammar_rejects_garbage(value):
    assert not TIMEX3_VALUE.match(value)
