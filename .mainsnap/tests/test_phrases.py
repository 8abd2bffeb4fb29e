"""Phrase detection and merging: names come out as units with offsets of the whole span."""

from __future__ import annotations

from communique.words.phrases import find_phrases, merge_phrases, phrase_counts, phrase_scores
from communique.text.tokens import content_tokens, tokenise


def test_seed_names_are_units(seed_article):
    table = content_tokens(tokenise(seed_article))
    phrases = find_phrases(table)
    assert {("north", "korea"), ("kim", "jong-un"), ("vladimir", "putin")} <= set(phrases)
    assert ("getty", "images") not in phrases  # captions were filtered out
    counts = phrase_counts(table, phrases)
    # Hand count: 8 "North Korea" and 2 "North Korean" in title, standfirst and body.
    assert counts["north korea"] == 8 and counts["north korean"] == 2
    merged = merge_phrases(table, phrases)
    multi = merged[merged["norm"].str.contains(" ")]
    for start, end, text in zip(multi["start"], multi["end"], multi["text"]):
        assert seed_article.text[start:end] == text
    assert len(merged) == len(table) - len(multi)


def test_hand_counted_npmi_and_connectors():
    text = "Bank of England rose. Bank of England fell. The bank of England? No. Paris Hilton."
    table = tokenise(text)
    scores = phrase_scores(table, min_count=2)
    assert list(scores["phrase"]) == [("bank", "of", "england")]
    # "bank" 3 times, "england" 3 times, pair 2 times, 15 word tokens (punctuation excluded).
    import math
    p_ab, p_a, p_b = 2 / 15, 3 / 15, 3 / 15
    assert abs(scores["npmi"].iloc[0] - math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)) < 1e-6
    assert find_phrases(table, min_count=2, threshold=0.99) == []


def test_lowercase_mode_and_chains():
    text = "Kim Jong Un came. Kim Jong Un went. Jong Un smiled. Kim Jong Un stayed."
    table = tokenise(text)
    phrases = find_phrases(table, min_count=3, threshold=0.3)
    assert ("kim", "jong", "un") in phrases
    merged = merge_phrases(table, phrases)
    assert merged["norm"].tolist().count("kim jong un") == 3
    assert "jong un" in merged["norm"].tolist()  # the one without "Kim"
    lower = tokenise("prime minister spoke. the prime minister left. prime minister again.")
    assert find_phrases(lower, capitalised=False, min_count=3) == [("prime", "minister")]
    assert find_phrases(lower, min_count=3) == []


def test_merge_respects_sentences_and_empty_input():
    table = tokenise("He went North. Korea waited. North Korea won.")
    merged = merge_phrases(table, [("north", "korea")])
    assert merged["norm"].tolist().count("north korea") == 1
    assert merge_phrases(table.iloc[:0], [("north", "korea")]).empty
    assert merge_phrases(table, []).equals(table)
