"""Every file of the real corpora loads and tokenises with valid offsets (skips without ../shared)."""

from __future__ import annotations

import warnings

import pytest

from communique.text.corpus import load_corpus
from communique.text.tokens import sentence_spans, token_spans
from conftest import CORPORA, needs_corpora

pytestmark = [needs_corpora, pytest.mark.corpus]


def _check(article) -> int:
    text = article.text
    count = 0
    for para in article.paragraphs:
        assert text[para.start : para.end].strip() == text[para.start : para.end]
        for s_start, s_end in sentence_spans(text, para.start, para.end):
            assert para.start <= s_start < s_end <= para.end
            for start, end in token_spans(text, s_start, s_end):
                assert s_start <= start < end <= s_end
                assert not text[start:end].isspace()
                count += 1
    return count


@pytest.mark.parametrize("name", ["bbc", "ungdc"])
def test_every_file_loads_and_tokenises(name):
    errors = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = list(load_corpus(CORPORA / name, errors=errors))
    # UNGDC ships a spreadsheet of speakers beside the speeches: listed as skipped, never an article.
    skipped = [e for e in errors if e.severity == "error"]
    assert all("not a text file" in str(e) and str(e).split(":")[0].endswith(".xlsx") for e in skipped), skipped
    assert len(skipped) == {"bbc": 0, "ungdc": 1}[name]
    expected = {"bbc": 2225, "ungdc": 1938}[name]
    assert len(articles) == expected
    assert sum(_check(a) for a in articles) > 100_000
    if name == "bbc":
        # sport/199.txt holds one Latin-1 byte: decoded as cp1252 with a warning naming the file.
        assert any("sport/199.txt" in str(w.message) for w in caught)
        assert [(e.path.endswith("sport/199.txt"), e.severity) for e in errors] == [(True, "warning")]
        assert {a.meta["category"] for a in articles} == {"business", "entertainment", "politics", "sport", "tech"}
        assert all(a.title and a.paragraphs[0].kind == "title" for a in articles)
    else:
        assert all(a.published is not None and a.date_precision == "year" for a in articles)
        assert {a.meta["country"] for a in articles} >= {"RUS", "PRK", "USA"}


def test_ruwa_and_headlines_tables():
    ruwa = list(load_corpus(CORPORA / "ruwa" / "RUWA_04.08.23.csv", errors=[]))
    assert len(ruwa) > 16000
    assert all(a.published is not None for a in ruwa[:500])
    assert min(a.published for a in ruwa).year == 2021
    heads = list(load_corpus(CORPORA / "fwd_headlines" / "headlines.json", errors=[]))
    assert len(heads) > 10000 and heads[0].published is not None
