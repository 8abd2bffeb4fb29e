"""Tokenising: offsets, the tricky tokens, sentences; the same with and without NLTK data."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _per_sentence_rows(sources, kinds=None):
    """The rows :func:`tokenise_many` gives, built sentence by sentence with :func:`token_spans`
    (what tokenise_many did before it scanned each paragraph once)."""
    from communique.text.corpus import Article, paragraph_spans
    from communique.text.tokens import token_spans

    rows = []
    for source in sources:
        if isinstance(source, Article):
            text, doc_id, paragraphs = source.text, source.id, [(p.kind, p.start, p.end) for p in source.paragraphs]
        else:
            text, doc_id, paragraphs = source, "", [("body", s, e) for s, e in paragraph_spans(source)]
        sent, i = 0, 0
        for para, (kind, p_start, p_end) in enumerate(paragraphs):
            for s_start, s_end in sentence_spans(text, p_start, p_end):
                if kinds is None or kind in kinds:
                    for start, end in token_spans(text, s_start, s_end):
                        rows.append((doc_id, para, kind, sent, i, start, end, text[start:end]))
                        i += 1
                sent += 1
    return rows


def _rows(table):
    return list(table[["doc_id", "para", "kind", "sent", "i", "start", "end", "text"]].itertuples(index=False, name=None))


# Contractions with and without the cues token_spans looks for ("DON’T" alone keeps its n, as it
# always did), abbreviations inside and at the end of sentences, spaces of every kind, combining
# marks, a lone surrogate, URLs and paragraphs that touch.
TRICKY_TEXTS = [
    "Kim didn't go. DON’T go, they said. Can’t they? WON'T!\n\nShe DON’T care.",
    "Dr. Lee met Gen. Kim on Jan. 5 at St. Paul's.\nAsk Dr.\n\nThe U.S. The talks. Mr. Dr. Prof.",
    "Tab\tsep\u3000ideo\u2028line\u00a0nbsp\u2009thin\x85next\x1cfs end.",
    "Erdog\u0306an met e\u0301lite. Lone \ud800 surrogate. See www.example.org/x, https://a.b/c?d=1.",
    "",
    "   ",
    "Uh...so -- yes—no… 10,000.50 3:30 p.m. 1990s 2015-2019 O'Brien rock'n'roll.",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_one_pass_scan_equals_token_spans_per_sentence(text):
    from communique.text.tokens import tokenise_many

    assert _rows(tokenise_many([text])) == _per_sentence_rows([text])


def test_one_pass_scan_over_corpus_chunks_and_kinds(seed_article, monkeypatch):
    import communique.text.tokens as tokens
    from communique.text.corpus import CONTENT_KINDS, article_from_text

    articles = [seed_article, article_from_text("Title\n\n" + "\n\n".join(TRICKY_TEXTS), doc_id="tricky")] * 3
    expected = _per_sentence_rows(articles)
    assert _rows(tokens.tokenise_many(articles)) == expected
    monkeypatch.setattr(tokens, "_CHUNK_CHARS", 50)  # offsets found in many passes
    assert _rows(tokens.tokenise_many(articles)) == expected
    assert _rows(tokens.tokenise_many(articles, kinds=CONTENT_KINDS)) == _per_sentence_rows(articles, CONTENT_KINDS)


def test_touching_paragraphs_do_not_share_a_contraction_or_a_stop():
    from communique.text.corpus import Article, Paragraph
    from communique.text.tokens import tokenise_many

    text = "Dr.They don't'tDr."
    article = Article(id="a", path="", text=text, paragraphs=(
        Paragraph("body", 0, 2), Paragraph("body", 2, 3), Paragraph("body", 3, 11), Paragraph("body", 11, 13),
        Paragraph("body", 13, 18)))
    assert _rows(tokenise_many([article])) == _per_sentence_rows([article])


def test_the_space_table_is_str_isspace():
    from communique.text.tokens import _SPACE_MAX, _space_table

    table = _space_table()
    assert [c for c in range(_SPACE_MAX + 1) if table[c]] == [c for c in range(_SPACE_MAX + 1) if chr(c).isspace()]
    assert not table[-1] and not any(chr(c).isspace() for c in range(_SPACE_MAX + 1, 0x110000))


_PIECES = ["Dr", ".", "Mr.", "don", "'t", "’T", "n't", "U.S.", "Kim", " ", "  ", "\n", "\n\n", "\xa0", "\u3000", ",",
           "'", "’", "--", "…", "1990s", "3.5", "https://x.org/a.", "e\u0301", "The", "a", "?", '"', "(", ")"]


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join) | st.text(max_size=200), max_size=4))
def test_one_pass_scan_equals_token_spans_per_sentence_on_any_text(texts):
    from communique.text.tokens import tokenise_many

    assert _rows(tokenise_many(texts)) == _per_sentence_rows(texts)


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


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Dr", "U.S", "e.g", "a", "B", " ", "\n", ".", "_", "1", "é", "'", ","]), max_size=15)
       .map("".join), st.integers(0, 5))
def test_word_before_a_stop_read_reversed_as_the_plain_search(text, start):
    from communique.text.tokens import _WORD_BEFORE_REVERSED

    start = min(start, len(text))
    plain = re.compile(r"([\w.]+)$").search(text, start, len(text))
    fast = _WORD_BEFORE_REVERSED.match(text[start:][::-1])
    assert (fast.group(1)[::-1] if fast else "") == (plain.group(1) if plain else "")
