"""Keyness: G2 and log ratio against hand computation, wordfreq and Brown as references, sub-corpus splits."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from communique.words.keywords import (KEYNESS_COLUMNS, brown_counts, keyness, keyness_split, reference_counts,
                                       term_counts, wordfreq_counts)
from communique.text.tokens import tokenise, tokenise_many
from conftest import CORPORA, needs_corpora


def _g2(a, b, c, d):
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    return 2 * ((a * math.log(a / e1) if a else 0) + (b * math.log(b / e2) if b else 0))


def test_hand_computed_g2_log_ratio_and_expected():
    table = keyness(Counter({"sanctions": 10, "said": 10, "cricket": 0}), Counter({"sanctions": 1, "said": 100, "cricket": 40}),
                    target_total=1000, reference_total=10000, min_count=1)
    assert list(table.columns) == KEYNESS_COLUMNS
    row = table.set_index("term").loc["sanctions"]
    assert row["expected"] == pytest.approx(1.0) and row["ref_expected"] == pytest.approx(10.0)
    assert row["g2"] == pytest.approx(_g2(10, 1, 1000, 10000))
    assert row["log_ratio"] == pytest.approx(math.log2((10 / 1000) / (1 / 10000)))
    assert row["key"] == "positive" and row["p_value"] < 1e-9
    cricket = table.set_index("term").loc["cricket"]
    assert cricket["key"] == "negative" and cricket["g2"] == pytest.approx(_g2(0, 40, 1000, 10000))
    assert cricket["log_ratio"] == pytest.approx(math.log2((0.5 / 1000) / (40 / 10000)))  # zero -> 0.5
    assert table.set_index("term").loc["said", "key"] == "neutral"
    assert list(table["key"]) == ["positive", "negative", "neutral"]


def test_keyness_of_tables_counts_running_words():
    target = tokenise("Sanctions, sanctions and more sanctions on the regime.")
    reference = tokenise("The match and the cricket and the regime. " * 5)
    counts, total = term_counts(target)
    assert counts["sanctions"] == 3 and total == 8
    table = keyness(target, reference, min_count=2)
    assert table.iloc[0]["term"] == "sanctions" and table.iloc[0]["key"] == "positive"
    assert table.iloc[0]["per_10k"] == pytest.approx(10_000 * 3 / 8)


def test_keyness_split_and_errors():
    tokens = tokenise_many(["Sanctions sanctions sanctions sanctions now.", "Cricket match today.",
                            "Cricket match again today."], doc_ids=["pol", "s1", "s2"])
    table = keyness_split(tokens, ["pol"], min_count=2)
    assert table.iloc[0]["term"] == "sanctions"
    with pytest.raises(ValueError, match="proper"):
        keyness_split(tokens, ["pol", "s1", "s2"])
    with pytest.raises(ValueError, match="both"):
        keyness(Counter(), Counter({"a": 1}))


def test_seed_against_wordfreq(seed_article):
    tokens = tokenise(seed_article)
    counts, total = wordfreq_counts(term_counts(tokens)[0])
    assert total == 1_000_000_000 and "the" not in counts and counts["said"] > counts["summit"] > 0
    table = keyness(tokens, (counts, total), top=10)
    positive = table.loc[table["key"] == "positive", "term"].tolist()
    assert {"kim", "korea", "russia", "putin", "sanctions"} <= set(positive)
    assert "said" not in positive  # news words are not key against a reference with news in it


def test_seed_against_brown(nltk_data, seed_article):
    counts, total = brown_counts()
    assert total > 900_000 and counts["said"] > 1000 and "the" not in counts
    table = keyness(tokenise(seed_article), (counts, total), top=10)
    positive = set(table.loc[table["key"] == "positive", "term"])
    assert {"kim", "korea", "russia", "putin", "sanctions"} <= positive


def test_brown_missing_says_so(no_nltk_data):
    brown_counts.cache_clear()
    with pytest.raises(LookupError, match="communique data download brown"):
        brown_counts()
    with pytest.raises(ValueError, match="unknown keyness reference"):
        reference_counts("bnc")


@needs_corpora
def test_bbc_politics_against_business():
    from communique import load_corpus

    politics = list(load_corpus(CORPORA / "bbc" / "politics", pattern="0[0-4]*.txt"))
    business = list(load_corpus(CORPORA / "bbc" / "business", pattern="0[0-4]*.txt"))
    table = keyness(tokenise_many(politics, lemmas=False), tokenise_many(business, lemmas=False), top=20)
    positive = set(table.loc[table["key"] == "positive", "term"])
    assert {"labour", "blair", "election"} <= positive
    negative = set(table.loc[table["key"] == "negative", "term"])
    assert {"company", "market"} & negative
