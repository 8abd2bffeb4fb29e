"""Term frequencies, tf-idf, n-grams, collocations, dispersion and trends: hand-counted texts,
nltk.FreqDist and NLTK's collocation finders, and the acceptance checks on the seed article."""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime

import pytest

import communique.words.association as co
import communique.words.frequencies as fq
import communique.words.trends as tr
from communique.text.corpus import article_from_text
from communique.text.tokens import content_tokens, tokenise, tokenise_many

TEXT = "The talks on sanctions failed. Sanctions remain; talks resume. Russia and North Korea talk."


# --- hand-counted small texts -----------------------------------------------------------------


def test_counts_by_norm_hand_counted():
    table = fq.term_frequencies(TEXT)
    counts = dict(zip(table["term"], table["count"]))
    assert counts == {"talks": 2, "sanctions": 2, "failed": 1, "remain": 1, "resume": 1, "russia": 1,
                      "north": 1, "korea": 1, "talk": 1}
    # 14 running words: stop words count in the total, punctuation does not.
    row = table.set_index("term").loc["talks"]
    assert row["rel_freq"] == pytest.approx(2 / 14)
    assert row["per_10k"] == pytest.approx(10_000 * 2 / 14)
    assert list(table["term"][:2]) == ["sanctions", "talks"]  # ties sorted by term


def test_stop_words_and_punctuation_switchable_and_top():
    with_stop = dict(zip(*fq.term_frequencies(TEXT, stop=True)[["term", "count"]].T.values))
    assert with_stop["the"] == 1 and with_stop["on"] == 1 and with_stop["and"] == 1
    with_punct = dict(zip(*fq.term_frequencies(TEXT, punct=True)[["term", "count"]].T.values))
    assert with_punct["."] == 3 and with_punct[";"] == 1
    assert len(fq.term_frequencies(TEXT, top=3)) == 3
    assert fq.word_count(tokenise(TEXT)) == 14


def test_by_stem_and_by_text():
    stems = dict(zip(*fq.term_frequencies(TEXT, by="stem")[["term", "count"]].T.values))
    assert stems["talk"] == 3 and stems["sanction"] == 2
    texts = dict(zip(*fq.term_frequencies(TEXT, by="text")[["term", "count"]].T.values))
    assert texts["Sanctions"] == 1 and texts["sanctions"] == 1
    with pytest.raises(ValueError, match="by must be"):
        fq.term_frequencies(TEXT, by="shape")


def test_by_lemma():
    lemmas = dict(zip(*fq.term_frequencies(tokenise(TEXT), by="lemma")[["term", "count"]].T.values))
    assert lemmas["talk"] == 3 and lemmas["sanction"] == 2 and lemmas["fail"] == 1


def test_per_document_and_document_frequency():
    docs = tokenise_many(["Sanctions, sanctions and talks.", "Talks about the summit."], doc_ids=["a", "b"])
    table = fq.term_frequencies(docs)
    assert table.set_index("term").loc["talks", "docs"] == 2
    assert table.set_index("term").loc["sanctions", "docs"] == 1
    per_doc = fq.term_frequencies(docs, per_doc=True)
    a = per_doc[per_doc["doc_id"] == "a"].set_index("term")
    assert a.loc["sanctions", "count"] == 2 and a.loc["sanctions", "rel_freq"] == pytest.approx(2 / 4)
    assert list(per_doc["doc_id"].unique()) == ["a", "b"]
    assert len(fq.term_frequencies(docs, per_doc=True, top=1)) == 2


def test_tfidf_hand_computed():
    docs = tokenise_many(["Sanctions sanctions summit.", "Summit talks."], doc_ids=["a", "b"])
    table = fq.tfidf(docs, top=None).set_index(["doc_id", "term"])
    # n = 2 documents; idf = ln((1 + n) / (1 + df)) + 1
    assert table.loc[("a", "sanctions"), "tfidf"] == pytest.approx(2 * (math.log(3 / 2) + 1))
    assert table.loc[("a", "summit"), "idf"] == pytest.approx(1.0)
    assert table.loc[("b", "talks"), "df"] == 1


def test_tfidf_uses_paragraphs_for_one_article(seed_article):
    table = fq.tfidf(tokenise(seed_article), top=3)
    assert table["unit"].str.contains("#p").all()
    assert table["para"].nunique() > 10


def test_ngrams_stay_in_sentences_and_skip_stop_words():
    table = co.ngrams("North Korea wants talks. Korea talks. North Korea and talks", 2)
    counts = dict(zip(table["ngram"], table["count"]))
    # "talks korea" would cross a sentence end; "korea and" holds a stop word.
    assert counts == {"north korea": 2, "korea wants": 1, "wants talks": 1, "korea talks": 1}
    trigrams = co.ngrams("North Korea wants talks. North Korea wants aid.", 3)
    assert dict(zip(trigrams["ngram"], trigrams["count"]))["north korea wants"] == 2
    with_stop = co.ngrams("the talks and the talks", 2, stop=True)
    assert dict(zip(with_stop["ngram"], with_stop["count"]))["the talks"] == 2


# --- against NLTK -------------------------------------------------------------------------------


def test_counts_equal_nltk_freqdist(seed_article):
    from nltk import FreqDist

    tokens = content_tokens(tokenise(seed_article))
    words = tokens[~tokens["is_stop"] & ~tokens["is_punct"]]["norm"].tolist()
    expected = FreqDist(words)
    table = fq.term_frequencies(tokens)
    assert dict(zip(table["term"], table["count"])) == dict(expected)
    assert fq.freq_dist(tokens) == Counter(expected)
    assert table["term"].iloc[0] in {w for w, c in expected.items() if c == expected.most_common(1)[0][1]}


def test_collocation_scores_equal_nltk_finder():
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

    # One paragraph per sentence end: NLTK's finder sees the same adjacent pairs (pairs across
    # sentences always hold the full stop and are filtered by both).
    text = ("North Korea met Russia. North Korea thanked Russia for the good meeting. "
            "Economic sanctions on North Korea remain. Russia faces economic sanctions too. "
            "The good meeting ended. North Korea and Russia met again.")
    tokens = tokenise(text)
    ours = co.collocations(tokens, min_freq=2, top=None)
    finder = BigramCollocationFinder.from_words(tokens["norm"].tolist())
    stop = set(tokens.loc[tokens["is_stop"], "norm"]) | set(tokens.loc[tokens["is_punct"], "norm"])
    finder.apply_freq_filter(2)
    finder.apply_word_filter(lambda w: w in stop)
    for measure in ("likelihood_ratio", "pmi", "student_t", "chi_sq", "raw_freq"):
        expected = dict(finder.score_ngrams(getattr(BigramAssocMeasures, measure)))
        got = {tuple(w): s for w, s in zip(ours["words"], ours[measure])}
        assert set(got) == set(expected)
        for gram, score in expected.items():
            assert got[gram] == pytest.approx(score), (measure, gram)
    assert ours["ngram"].iloc[0] == "north korea"


def test_trigram_collocations_equal_nltk_finder():
    from nltk.collocations import TrigramAssocMeasures, TrigramCollocationFinder

    text = ("Kim Jong Un met Putin. Kim Jong Un smiled. Putin met Kim Jong Un again. "
            "Jong Un left. Kim stayed.")
    tokens = tokenise(text)
    ours = co.collocations(tokens, n=3, min_freq=2, top=None)
    finder = TrigramCollocationFinder.from_words(tokens["norm"].tolist())
    finder.apply_freq_filter(2)
    finder.apply_word_filter(lambda w: not w.isalpha())
    expected = dict(finder.score_ngrams(TrigramAssocMeasures.likelihood_ratio))
    got = {tuple(w): s for w, s in zip(ours["words"], ours["likelihood_ratio"])}
    assert set(got) == set(expected) == {("kim", "jong", "un")}
    assert got[("kim", "jong", "un")] == pytest.approx(expected[("kim", "jong", "un")])


def test_collocation_options_are_checked():
    with pytest.raises(ValueError, match="measure"):
        co.collocations(TEXT, measure="dice")
    with pytest.raises(ValueError, match="bigrams"):
        co.collocations(TEXT, n=4)
    assert co.collocations("One sentence only.", min_freq=2).empty


# --- dispersion and trends ---------------------------------------------------------------------


def test_dispersion_positions_and_offsets():
    text = "Sanctions first. Then talks. Then North Korea and sanctions."
    table = tr.dispersion(text, ["sanctions", "north korea", "absent"])
    assert list(table["word"]) == ["sanctions", "sanctions", "north korea"]
    # Sanctions(0) first(1) Then(2) talks(3) Then(4) North(5) Korea(6) and(7) sanctions(8)
    assert list(table["pos"]) == [0, 8, 5]  # running words, punctuation not counted
    for start, end, word in zip(table["start"], table["end"], table["word"]):
        assert text[start:end].lower() == word
    assert table["rel_pos"].tolist() == pytest.approx([0.0, 1.0, 5 / 8])


def _dated(text: str, doc_id: str, when: datetime):
    return article_from_text(text, doc_id=doc_id, published=when, date_source="option", date_precision="day",
                             has_title_line=False)


def test_term_trends_per_month_hand_counted():
    articles = [
        _dated("Sanctions and a summit. Sanctions again.", "a", datetime(2022, 1, 5)),
        _dated("The summit was held.", "b", datetime(2022, 1, 20)),
        _dated("Sanctions were lifted.", "c", datetime(2022, 3, 2)),
        article_from_text("Sanctions undated.", doc_id="d", has_title_line=False),
    ]
    tokens = tokenise_many(articles)
    trends = tr.term_trends(tokens, articles, ["sanctions", "summit"], freq="month")
    assert [str(p) for p in trends["period"].unique()] == ["2022-01", "2022-02", "2022-03"]
    jan = trends[trends["period"].astype(str) == "2022-01"].set_index("word")
    # January: 6 + 4 = 10 running words; 2 x sanctions, 2 x summit.
    assert jan.loc["sanctions", "count"] == 2 and jan.loc["summit", "words"] == 10
    assert jan.loc["sanctions", "per_10k"] == pytest.approx(2000.0)
    assert jan.loc["sanctions", "docs"] == 2
    feb = trends[trends["period"].astype(str) == "2022-02"]
    assert (feb["count"] == 0).all() and feb["per_10k"].isna().all()
    yearly = tr.term_trends(tokens, articles, "sanctions", freq="year")
    assert yearly["count"].tolist() == [3]


# --- the acceptance checks on the seed -----------------------------------------------------------


def test_seed_top_content_words(seed_article):
    table = fq.term_frequencies(tokenise(seed_article), top=15)
    top = set(table["term"])
    assert {"korea", "russia", "kim", "putin", "north", "meeting"} <= top
    everything = set(fq.term_frequencies(tokenise(seed_article))["term"])
    assert "getty" not in everything and "photo" not in everything and "images" not in everything
    counts = dict(zip(table["term"], table["count"]))
    # Hand count in title, standfirst and body: North 10 (8 Korea + 2 Korean), Russia 10, Kim 7.
    assert counts["north"] == 10 and counts["russia"] == 10 and counts["kim"] == 7 and counts["korea"] == 8


def test_seed_collocations_and_phrases(seed_article):
    table = co.collocations(tokenise(seed_article), min_freq=2, top=None)
    assert {"north korea", "kim jong-un", "vladimir putin"} <= set(table["ngram"])
    from communique.words.phrases import find_phrases

    tokens = tokenise(seed_article)
    merged = fq.term_frequencies(tokens, phrases=find_phrases(content_tokens(tokens)))
    counts = dict(zip(merged["term"], merged["count"]))
    assert counts["north korea"] == 8 and counts["kim jong-un"] == 2 and counts["vladimir putin"] == 2


def test_as_tokens_accepts_texts_articles_and_lists(seed_article):
    assert len(fq.as_tokens([seed_article, "Talks resume."])) > len(fq.as_tokens(seed_article))
    assert set(fq.as_tokens(seed_article)["kind"]) == {"title", "standfirst", "body"}
    assert "caption" in set(fq.as_tokens(seed_article, kinds=None)["kind"])
    assert fq.corpus_summary(seed_article)["documents"] == 1


def test_long_ngrams_fall_back_to_tuples():
    words = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar "
             "papa quebec romeo sierra tango").split()
    text = " ".join(words) + ". " + " ".join(words) + "."
    # 21 distinct codes: 21 ** 15 overflows the int64 codes, so long n-grams are counted as tuples.
    assert 21 ** 15 >= 2**62 > 21 ** 13
    assert co.ngrams(text, 20)[["ngram", "count"]].values.tolist() == [[" ".join(words), 2]]
    assert co.ngrams(text, 19)["count"].tolist() == [2, 2] and len(co.ngrams(text, 21)) == 0
    assert co.ngrams(text, 5)["count"].tolist() == [2] * 16  # the integer-code path agrees
