"""Tokenising: offsets, the tricky tokens, sentences; the same with and without NLTK data."""

from __future__ import annotations

import pandas as pd
import pytest

from communique.text.tokens import TOKEN_COLUMNS, sentence_spans, tokenise


def _assert_offsets(text, table):
    assert list(table.columns) == TOKEN_COLUMNS
    for start, end, token in zip(table["start"], table["end"], table["text"]):
        assert text[start:end] == token
    assert (table["end"] > table["start"]).all()
    assert table["start"].is_monotonic_increasing


def test_seed_offsets_hold_for_every_token(seed_article):
    table = tokenise(seed_article)
    _assert_offsets(seed_article.text, table)
    # Every non-space character of the article belongs to exactly one token.
    covered = sum(e - s for s, e in zip(table["start"], table["end"]))
    assert covered == sum(1 for ch in seed_article.text if not ch.isspace())


def test_seed_tricky_tokens(seed_article):
    table = tokenise(seed_article)
    texts = list(table["text"])
    i = texts.index("’s")
    assert texts[i - 1] == "Kim" and table["end"].iloc[i - 1] == table["start"].iloc[i]
    assert texts.count("Jong-un") == 2 and "Jong-il" in texts
    assert "10,000" in texts and "--" in texts
    assert '"' in texts and "``" not in texts and "''" not in texts
    assert "one-to-one" in texts and "second-biggest" in texts
    # Non-breaking spaces separate tokens and are never part of one.
    assert not any("\xa0" in t for t in texts)
    assert table.loc[table["text"] == "’s", "norm"].iloc[0] == "'s"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. and U.K. agreed.", ["The", "U.S.", "and", "U.K.", "agreed", "."]),
        ("Dr. Lee met Mr. Kim.", ["Dr.", "Lee", "met", "Mr.", "Kim", "."]),
        ("Kim’s aide didn't go; they're here.", ["Kim", "’s", "aide", "did", "n't", "go", ";", "they", "'re", "here", "."]),
        ("It cost $10,000.50 -- or 3.5% more—then…", ["It", "cost", "$", "10,000.50", "--", "or", "3.5", "%", "more", "—", "then", "…"]),
        ("O'Brien said “no”.", ["O'Brien", "said", "“", "no", "”", "."]),
        ("See https://example.org/a?b=1.", ["See", "https://example.org/a?b=1", "."]),
        ("Talks ran 2015-2019 in the 1990s.", ["Talks", "ran", "2015-2019", "in", "the", "1990s", "."]),
    ],
)
def test_tricky_tokens(text, expected):
    table = tokenise(text)
    assert list(table["text"]) == expected
    _assert_offsets(text, table)


def test_sentences_respect_abbreviations_and_quotes():
    text = 'He said "we will go." Then he left. The U.S. envoy, Dr. Lee, stayed. Why? Because.'
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == ['He said "we will go."', "Then he left.", "The U.S. envoy, Dr. Lee, stayed.", "Why?", "Because."]


def test_features():
    table = tokenise("The leaders met, and sanctions remain.").set_index("text")
    assert table.loc["The", "norm"] == "the" and table.loc["The", "is_stop"]
    assert table.loc[",", "is_punct"] and not table.loc[",", "is_alpha"]
    assert table.loc["sanctions", "stem"] == "sanction"
    assert table.loc["leaders", "lemma"] in ("leader", "leader")


def test_lemmas_come_from_the_wheel():
    table = tokenise("The leaders met and visited talks in Paris on emissions.").set_index("text")
    assert table.loc["met", "lemma"] == "meet"
    assert table.loc["visited", "lemma"] == "visit"
    assert table.loc["leaders", "lemma"] == "leader" and table.loc["talks", "lemma"] == "talk"
    assert table.loc["Paris", "lemma"] == "paris" and table.loc["emissions", "lemma"] == "emission"


def test_tokenising_reads_no_nltk_data_and_warns_nothing(no_nltk_data, seed_article):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = tokenise(seed_article)
    _assert_offsets(seed_article.text, table)
    assert table.loc[table["text"] == "the", "is_stop"].all()
    assert table.loc[table["text"] == "sanctions", "lemma"].iloc[0] == "sanction"


def test_installed_nltk_data_changes_no_token(seed_article, nltk_data, monkeypatch):
    import communique.text.resources as resources
    import communique.text.tokens as tokens

    with_data = tokenise(seed_article)
    monkeypatch.setenv("COMMUNIQUE_NO_NLTK_DATA", "1")
    resources.reset_cache()
    tokens.reset_caches()
    without = tokenise(seed_article)
    pd.testing.assert_frame_equal(with_data, without)


def test_bundled_stop_words_are_nltks_english_list(nltk_data):
    import zipfile

    from communique.text.resources import bundled_stopwords

    archive = zipfile.ZipFile(nltk_data / "corpora" / "stopwords.zip")
    nltk_words = archive.read("stopwords/english").decode("utf-8").split()
    assert set(bundled_stopwords()) == set(nltk_words)
    assert len(bundled_stopwords()) == 179


def test_kinds_filter(seed_article):
    from communique.text.corpus import CONTENT_KINDS

    content = tokenise(seed_article, kinds=CONTENT_KINDS)
    assert set(content["kind"]) == {"title", "standfirst", "body"}
    assert "Getty" not in set(content["text"])
    full = tokenise(seed_article)
    assert "Getty" in set(full["text"])
    # Sentence indices agree whether or not other kinds were skipped.
    merged = content.merge(full, on=["start", "end"], suffixes=("", "_full"))
    assert (merged["sent"] == merged["sent_full"]).all()


def test_empty_text():
    assert tokenise("").empty


@pytest.mark.parametrize("text, expected", [
    # a headline over its lead, one line break between them: two sentences
    ("Chad recalls envoy to Israel\nChad recalled its ambassador on Monday.",
     ["Chad recalls envoy to Israel", "Chad recalled its ambassador on Monday."]),
    ("A/70/PV.16 29/09/2015\nThe Court met.", ["A/70/PV.16 29/09/2015", "The Court met."]),
    # prose wrapped mid-sentence: a first line ending in a function word continues
    ("They signalled the start of a\nNew Deal for the region.", ["They signalled the start of a\nNew Deal for the region."]),
    # a lower-case second line continues the first
    ("The minister arrived in\nparis late.", ["The minister arrived in\nparis late."]),
])
def test_title_line_is_a_sentence(text, expected):
    assert [text[s:e] for s, e in sentence_spans(text)] == expected
