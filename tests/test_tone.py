"""Tone with VADER: per sentence (with offsets), per article, over time; said so without the lexicon."""

from __future__ import annotations

from datetime import datetime

import pytest

import communique.words.tone as tone
from communique.text.corpus import article_from_text


def test_seed_sentence_tone(with_nltk_data, seed_article):
    table = tone.sentence_tone(seed_article)
    assert list(table.columns) == tone.SENTENCE_TONE_COLUMNS
    assert len(table) == 23  # title, standfirst and body sentences
    for row in table.itertuples():
        assert seed_article.text[row.start:row.end] == row.sentence
        assert -1 <= row.compound <= 1
    lowest = table.loc[table["compound"].idxmin(), "sentence"]
    assert lowest.startswith("The pressure of international sanctions")
    summary = tone.article_tone(table)
    assert summary.loc[0, "sentences"] == 23
    assert summary.loc[0, "positive"] + summary.loc[0, "negative"] + summary.loc[0, "neutral"] == pytest.approx(1)
    assert summary.loc[0, "most_negative_start"] == table["start"][table["compound"].idxmin()]


def test_tone_over_time(with_nltk_data):
    articles = [
        article_from_text("A wonderful, happy agreement.", doc_id="a", published=datetime(2022, 1, 3), has_title_line=False),
        article_from_text("A terrible, deadly attack.", doc_id="b", published=datetime(2022, 3, 9), has_title_line=False),
        article_from_text("Undated and awful.", doc_id="c", has_title_line=False),
    ]
    sentences = tone.sentence_tone(articles)
    over = tone.tone_over_time(sentences, articles, freq="month")
    assert [str(p) for p in over["period"]] == ["2022-01", "2022-02", "2022-03"]
    assert over["compound"].iloc[0] > 0.5 and over["compound"].iloc[2] < -0.5
    assert over["docs"].tolist() == [1, 0, 1] and over["compound"].isna().iloc[1]
    assert over["net"].iloc[0] == 1.0 and over["net"].iloc[2] == -1.0


def test_without_vader_says_so(no_nltk_data, seed_article):
    assert not tone.has_vader()
    with pytest.raises(tone.ToneUnavailable, match="vader_lexicon"):
        tone.sentence_tone(seed_article)
