"""The tokens table's fast paths give the tokens of the plain pattern (text/tokens.py), and the
whole table equals one built the straightforward way."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from conftest import needs_corpora, sampled_articles
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.text.tokens import _BOUNDARY, TOKEN_PATTERN, _token_findall, token_spans, tokenise_many

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


def _reference_table(sources, kinds=None) -> pd.DataFrame:
    """The tokens table built the straightforward way: tokens sentence by sentence with
    :func:`token_spans` (``_per_sentence_rows``), then each token's features looked up on its own."""
    import communique.text.resources as resources
    from communique.text.tokens import TOKEN_COLUMNS, type_features

    from test_tokens import _per_sentence_rows

    lemma, stem = resources.lemmatizer(), resources.stemmer()
    rows = []
    for row in _per_sentence_rows(sources, kinds):
        norm, is_stop, is_punct, is_alpha = type_features(row[-1])
        rows.append((*row, norm, lemma(norm) if is_alpha and not is_stop else norm, stem(norm) if is_alpha else norm,
                     is_stop, is_punct, is_alpha))
    table = pd.DataFrame(rows, columns=TOKEN_COLUMNS)
    if table.empty:
        table = pd.DataFrame({c: pd.Series([], dtype=object) for c in TOKEN_COLUMNS})
    types = {"para": "int32", "sent": "int32", "i": "int64", "start": "int64", "end": "int64",
             "is_stop": bool, "is_punct": bool, "is_alpha": bool}
    return table.astype(types).astype({c: object for c in TOKEN_COLUMNS if c not in types})


def _assert_reference(sources, kinds=None) -> None:
    table = tokenise_many(sources, kinds=kinds)
    pd.testing.assert_frame_equal(table, _reference_table(sources, kinds), check_exact=True)


def test_tokens_table_equals_the_straightforward_reference_on_the_seed(seed_article, monkeypatch):
    import communique.text.tokens as tokens
    from communique.text.corpus import CONTENT_KINDS

    _assert_reference([seed_article] * 2)
    _assert_reference(TEXTS)
    monkeypatch.setattr(tokens, "_CHUNK_CHARS", 500)  # offsets, negations and stops found chunk by chunk
    _assert_reference([seed_article] * 2 + TEXTS, kinds=CONTENT_KINDS)


@needs_corpora
def test_tokens_table_equals_the_straightforward_reference_on_bbc(monkeypatch):
    import communique.text.tokens as tokens

    articles = list(sampled_articles((("bbc", 23),)))
    assert len(articles) > 50
    _assert_reference(articles)
    monkeypatch.setattr(tokens, "_CHUNK_CHARS", 20_000)
    _assert_reference(articles[:40])


@needs_corpora
def test_fast_branches_give_the_pattern_tokens_on_bbc():
    """The shortcuts before the pattern's branches change no token of real text."""
    findall = _token_findall()
    for article in sampled_articles((("bbc", 7),)):
        assert findall(article.text) == [m.group() for m in TOKEN_PATTERN.finditer(article.text)], article.id


_PLAIN_BOUNDARY = re.compile(_BOUNDARY.pattern.replace("(?P<stop>[.!?…][.!?…]*)", "(?P<stop>[.!?…]+)"))
_BOUNDARY_PIECES = [".", "!", "?", "…", "...", "'", '"', "’", "”", ")", "]", " ", "\n", "  ", "A", "a", "1", "(",
                    "“", "É", "Д", "Dr", "U.S", "x"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_BOUNDARY_PIECES), max_size=30).map("".join))
def test_sentence_boundary_opening_on_a_class_is_the_plain_pattern(text):
    assert _PLAIN_BOUNDARY.pattern != _BOUNDARY.pattern
    spans = [(m.span("stop"), m.span("close"), m.span()) for m in _BOUNDARY.finditer(text)]
    assert spans == [(m.span("stop"), m.span("close"), m.span()) for m in _PLAIN_BOUNDARY.finditer(text)]
