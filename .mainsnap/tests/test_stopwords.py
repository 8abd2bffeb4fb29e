"""Stop words you choose, reporting verbs as data, and per-source boilerplate."""

from __future__ import annotations

import pytest

from communique.text.corpus import article_from_text
from communique.text.tokens import tokenise
from communique.words.boilerplate import article_source, boilerplate_terms, find_boilerplate
from communique.words.lexicon import news_function_words, reporting_verbs
from communique.words.stopwords import apply_stop_words, read_word_list, stop_words


@pytest.mark.parametrize("entry", reporting_verbs() + news_function_words(), ids=lambda e: e.form)
def test_every_listed_word_is_in_its_example_and_left_out(entry):
    tokens = apply_stop_words(tokenise(entry.example), stop_words())
    row = tokens[tokens["norm"] == entry.form]
    assert len(row), f"{entry.form!r} is not a token of its example {entry.example!r}"
    assert row["is_stop"].all()


def test_own_words_add_or_replace(tmp_path):
    path = tmp_path / "stop.txt"
    path.write_text("# my list\nKremlin\nminister\n", encoding="utf-8")
    assert read_word_list(str(path)) == ["kremlin", "minister"]
    assert read_word_list("a, B") == ["a", "b"]
    added = stop_words(str(path))
    assert {"kremlin", "minister", "the", "said"} <= added
    assert stop_words(path, replace=True) == {"kremlin", "minister"}
    assert "said" not in stop_words(reporting=False)
    with pytest.raises(FileNotFoundError, match="no such file"):
        stop_words("missing.txt")


def test_boilerplate_is_per_source_and_needs_a_contrast():
    topics = "trade oil aid grain gas visa arms debt food water rail power".split()
    wire = [article_from_text(f"Talks on {t} went on, Wirenews learnt.", doc_id=f"w{t}",
                              meta={"url": "https://www.wirenews.example/a"}) for t in topics]
    post = [article_from_text(f"A vote on {t} is due soon.", doc_id=f"p{t}", meta={"Site": "post.example"})
            for t in topics]
    assert article_source(wire[0]) == "wirenews.example" and article_source(post[0]) == "post.example"
    table = find_boilerplate(wire + post, min_docs=5)
    assert "wirenews" in boilerplate_terms(table)
    assert not set(topics) & boilerplate_terms(table)  # words shared by both outlets are news
    # One outlet alone: no contrast, so no word is called boilerplate.
    assert boilerplate_terms(find_boilerplate(wire, min_docs=5)) == frozenset()


def test_run_parameters_choose_stop_words_and_watch_words(tmp_path):
    from collections import Counter

    from communique.run.options import check_params
    from communique.run.stages.freq import run_stop_words, watch_words
    from communique.run.stages.freq_parts import FreqTotals

    check_params({"freq": {"watch": "sanctions,talks", "stopwords": ["kremlin"], "stopwords_mode": "add",
                           "reporting_verbs": False, "boilerplate": True}}, "--set")
    with pytest.raises(ValueError, match="freq.watched"):
        check_params({"freq": {"watched": "x"}}, "--set")
    stop = run_stop_words({"stopwords": "kremlin", "reporting_verbs": False})
    assert "kremlin" in stop and "the" in stop and "said" not in stop
    assert run_stop_words({"stopwords": ["x"], "stopwords_mode": "replace"}) == {"x"}
    totals = FreqTotals(alpha=Counter({"talks": 5, "sanctions": 3, "envoy": 1}))
    assert watch_words({}, totals, top=2) == ["talks", "sanctions"]
    assert watch_words({"watch": "Envoy, talks"}, totals) == ["envoy", "talks"]
