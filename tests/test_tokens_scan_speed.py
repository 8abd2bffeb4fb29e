"""The tokens table's fast paths give the tokens of the plain pattern (text/tokens.py)."""

from __future__ import annotations

import pytest

from communique.text.tokens import TOKEN_PATTERN, _token_findall, token_spans, tokenise_many

TEXTS = [
    "Ministers met  in\tGeneva on 3 March -- and didn't agree.",
    "  Leading spaces,\u00a0a no-break space\u2003an em space and trailing ones   ",
    "Erdog\u0306an’s aides said: “We’ll see…” (www.example.org/path).",
    "U.S. and U.K. envoys, Dr. Lee and Gen. Park, arrived at 9:30 a.m.\n\nNext paragraph.",
    "",
    "   \n\t ",
]


@pytest.mark.parametrize("text", TEXTS)
def test_findall_after_spaces_equals_the_pattern_tokens(text):
    """The ``\\s*`` prefix skips only spaces: the same tokens as the named pattern at each match."""
    assert _token_findall()(text) == [m.group() for m in TOKEN_PATTERN.finditer(text)]
    assert _token_findall()(text, 3, max(3, len(text) - 2)) == [
        m.group() for m in TOKEN_PATTERN.finditer(text, 3, max(3, len(text) - 2))]


def test_token_table_columns_are_fresh_object_columns():
    table = tokenise_many(TEXTS, doc_ids=[str(k) for k in range(len(TEXTS))])
    assert table["text"].dtype == object and table["doc_id"].dtype == object
    first = TEXTS[0]
    rows = table[table["doc_id"] == "0"]
    assert rows["text"].tolist() == [first[s:e] for s, e in token_spans(first)]
    assert rows["text"].tolist() == [first[s:e] for s, e in zip(rows["start"], rows["end"])]
