"""KWIC concordances: every occurrence, correct offsets, phrases, lemmas, aligned printing."""

from __future__ import annotations

import re

import pytest

from communique.words.concordance import KWIC_COLUMNS, format_kwic, kwic
from communique.text.tokens import tokenise


def test_seed_sanctions_every_occurrence_with_offsets(seed_article):
    table = kwic(seed_article, "sanctions", width=30)
    assert list(table.columns) == KWIC_COLUMNS
    content = [(p.start, p.end) for p in seed_article.spans()]
    expected = [m.start() for m in re.finditer(r"\bsanctions\b", seed_article.text, re.IGNORECASE)
                if any(s <= m.start() < e for s, e in content)]
    assert len(expected) == 4
    assert table["start"].tolist() == expected
    for row in table.itertuples():
        assert seed_article.text[row.start:row.end] == row.match == "sanctions"
        assert row.sent_start <= row.start < row.end <= row.sent_end
        assert seed_article.text[row.start - len(row.left):row.start].replace("\n", " ") == row.left
        assert len(row.left) <= 30 and len(row.right) <= 30
    assert table["sent"].is_monotonic_increasing


def test_phrase_case_and_lemma_queries(seed_article):
    assert len(kwic(seed_article, "North Korea")) == 8
    assert len(kwic(seed_article, "NORTH KOREA")) == 8
    kim = kwic(seed_article, "Kim Jong-un")
    assert kim["match"].tolist() == ["Kim Jong-un", "Kim Jong-un"]
    assert kim["start"].tolist() == [0, 204]
    # Captions are out by default, in on request.
    assert kwic(seed_article, "getty").empty
    assert len(kwic(seed_article, "getty", kinds=None)) == 8  # eight photo credits


def test_lemma_matching(seed_article):
    matches = kwic(seed_article, "meet", by="lemma")["match"].tolist()
    assert {"meets", "met"} <= set(matches)
    assert "meeting" not in matches  # a noun lemma of its own


def test_context_stays_in_paragraph_and_formatting():
    text = "Photo: Getty Images\n\nSanctions bite. The UN kept sanctions."
    table = kwic(text, "sanctions", width=25)
    assert table["left"].tolist() == ["", "Sanctions bite. The UN kept "[-25:]]
    lines = format_kwic(table, width=25).splitlines()
    assert len(lines) == 2
    assert lines[0].index("Sanctions") == lines[1].index("sanctions") == 26
    with_offsets = format_kwic(table, show_offsets=True)
    assert with_offsets.splitlines()[1].startswith(":49-58")
    assert format_kwic(table.iloc[:0]) == ""


def test_errors():
    with pytest.raises(ValueError, match="empty query"):
        kwic("Some text.", "   ")
    with pytest.raises(ValueError, match="no text for document"):
        kwic("Some text.", "text", tokens=tokenise("Other text.", doc_id="x"))
