"""Tone with VADER: per sentence (with offsets), per article, over time; NLTK's scores without NLTK data."""

from __future__ import annotations

from datetime import datetime

import pytest

import communique.words.tone as tone
from communique.text.corpus import article_from_text
from conftest import CORPORA, needs_corpora


def test_seed_sentence_tone(seed_article):
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


def test_tone_over_time():
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


def test_lexicon_edits_each_run_their_example():
    from communique.words.lexicon import parse_vader_lexicon, vader_overrides, wheel_lexicon_text

    wheel = tone.analyzer(parse_vader_lexicon(wheel_lexicon_text()))
    edits = vader_overrides()
    assert edits
    for edit in edits:
        compound = tone.polarity(edit.example)["compound"]
        found = "positive" if compound >= tone.POSITIVE else "negative" if compound <= tone.NEGATIVE else "neutral"
        assert found == edit.tone, edit
        # Each edit changes the example's score: it is not a no-op.
        assert wheel.polarity_scores(edit.example)["compound"] != compound, edit


def test_tone_needs_no_nltk_data(no_nltk_data, seed_article):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        table = tone.sentence_tone(seed_article)
    assert len(table) == 23


def _nltk_analyzer():
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def test_lexicon_equals_nltks_vader_lexicon(nltk_data):
    from communique.words.lexicon import vader_lexicon

    assert vader_lexicon() == _nltk_analyzer().lexicon


def test_scores_equal_nltks_with_its_data(nltk_data, seed_article):
    ours = tone.sentence_tone(seed_article)
    nltk_sia = _nltk_analyzer()
    theirs = [nltk_sia.polarity_scores(s) for s in ours["sentence"]]
    for column in ("neg", "neu", "pos", "compound"):
        assert ours[column].tolist() == [t[column] for t in theirs]


@needs_corpora
def test_scores_equal_nltks_on_bbc_news(nltk_data):
    from communique.text.corpus import load_corpus

    articles = list(load_corpus([CORPORA / "bbc" / "politics"], errors=[]))[:60]
    sentences = tone.sentence_table(articles)["sentence"].tolist()
    assert len(sentences) > 1000
    nltk_sia = _nltk_analyzer()
    assert [tone.polarity(s) for s in sentences] == [nltk_sia.polarity_scores(s) for s in sentences]


def _plain_nltk(lexicon):
    """NLTK's own analyser (its SentiText and its per-word loop) over ``lexicon``."""
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

    sia = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    sia.lexicon, sia.constants = lexicon, VaderConstants()
    return sia


def test_token_scores_equal_nltks_on_hard_sentences():
    """The per-token scorer against NLTK's SentiText on 3,000 sentences built to hit every rule:
    marks before and after words, emoticons, ALL CAPS, boosters, negations, 'but', 'least',
    'kind of', idioms and repeated words."""
    import random

    from communique.words.lexicon import vader_lexicon

    lexicon = vader_lexicon()
    theirs = _plain_nltk(lexicon)
    ours = tone.analyzer()
    rng = random.Random(19)
    vocab = ["good", "great", "bad", "terrible", "peace", "war", "talks", "the", "a", "minister", "said",
             "not", "never", "isn't", "without", "very", "extremely", "barely", "kind", "of", "sort", "but",
             "least", "at", "so", "this", "shit", "bomb", "yeah", "right", "cut", "mustard", "death", "kiss",
             "GOOD", "BAD", "VERY", "Great", "U.S.", "e-mail", ":)", ":(", "<3", "x", "I", "no", "nor"]
    marks = ["", "", "", ".", ",", "!", "?", "!!", "???", "?!?", "'", '"', "-", ";", ":", "(", ")", "…"]
    sentences = []
    for _ in range(3000):
        words = []
        for _ in range(rng.randint(1, 18)):
            word = rng.choice(vocab)
            if rng.random() < 0.3:
                word = rng.choice(marks) + word
            if rng.random() < 0.4:
                word = word + rng.choice(marks)
            words.append(word)
        sentences.append(" ".join(words) + rng.choice(["", ".", "!", "?!", " !!!!"]))
    assert [ours.polarity_scores(s) for s in sentences] == [theirs.polarity_scores(s) for s in sentences]


def test_vader_words_equal_nltks_sentitext():
    from nltk.sentiment.vader import SentiText, VaderConstants

    c = VaderConstants()
    for text in ["Great, really great!! :) ,yes a", "!!wow ,, .a. 'quoted' \"this\" x!? end-", "(peace) ;;;fine;;;",
                 "Well... ok?!?! sure!?!? no.", "it's U.S.-led, 'ok'"]:
        assert tone.vader_words(text, c.PUNC_LIST) == SentiText(text, c.PUNC_LIST,
                                                                c.REGEX_REMOVE_PUNCTUATION).words_and_emoticons
