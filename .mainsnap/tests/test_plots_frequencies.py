"""Frequency figures (each returns a titled Figure; saved files are deterministic) and the freq stage."""

from __future__ import annotations

from datetime import datetime

import pytest

import communique.words.association as co
import communique.words.frequencies as fq
import communique.words.trends as tr
from communique.text.corpus import article_from_text
from communique.plots import frequencies as pf
from communique.plots import save_figure
from communique.text.tokens import tokenise, tokenise_many

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def _dated_articles():
    texts = [("2022-01-05", "Sanctions were imposed after the summit failed. The talks were a disaster."),
             ("2022-02-11", "A new summit brought hope. Leaders welcomed the wonderful agreement."),
             ("2022-03-20", "Sanctions widened. Sanctions hurt trade and anger grew.")]
    return [article_from_text(t, doc_id=d, published=datetime.fromisoformat(d), has_title_line=False) for d, t in texts]


def test_every_figure_has_a_title_and_draws(seed_article):
    from communique.words.keywords import keyness, wordfreq_counts
    from communique.words.tone import sentence_tone, tone_over_time

    tokens = tokenise(seed_article)
    freqs = fq.term_frequencies(tokens)
    articles = _dated_articles()
    dated = tokenise_many(articles)
    figures = {
        "top": pf.top_terms_plot(freqs, n=10, title="Top terms of the seed"),
        "cloud": pf.word_cloud_plot(freqs, title="Cloud of the seed"),
        "disp": pf.dispersion_plot(tr.dispersion(tokens, ["kim", "putin", "sanctions"]), title="Dispersion"),
        "colloc": pf.collocation_plot(co.collocations(tokens), title="Collocations"),
        "key": pf.keyness_plot(keyness(tokens, wordfreq_counts()), title="Keyness", reference="wordfreq"),
        "trends": pf.trends_plot(tr.term_trends(dated, articles, ["sanctions", "summit"]), title="Trends"),
        "tone": pf.sentence_tone_plot(sentence_tone(seed_article), title="Tone"),
        "tone_time": pf.tone_over_time_plot(tone_over_time(sentence_tone(articles), articles), title="Tone/time"),
    }
    for name, fig in figures.items():
        ax = fig.axes[0]
        assert ax.get_title(), name
        if name != "cloud":
            assert ax.get_xlabel(), name
    labels = [t.get_text() for t in figures["top"].axes[0].get_yticklabels()]
    assert labels[-1] in ("north", "russia") and len(labels) == 10


def test_empty_inputs_draw_a_message():
    import pandas as pd

    empty_freqs = pd.DataFrame(columns=["term", "count"])
    for fig in (pf.top_terms_plot(empty_freqs), pf.word_cloud_plot(empty_freqs),
                pf.collocation_plot(co.collocations("One short line.")),
                pf.trends_plot(pd.DataFrame(columns=["period", "date", "word", "count", "per_10k"])),
                pf.dispersion_plot(tr.dispersion("No hits here.", []), words=[])):
        texts = [t.get_text() for t in fig.axes[0].texts]
        assert texts and texts[0].startswith("no ")


def test_saved_figures_are_deterministic(tmp_path, seed_article):
    freqs = fq.term_frequencies(tokenise(seed_article))
    first = save_figure(pf.word_cloud_plot(freqs, title="Cloud"), tmp_path / "a", "cloud")
    second = save_figure(pf.word_cloud_plot(freqs, title="Cloud"), tmp_path / "b", "cloud")
    for one, two in zip(first, second):
        assert one.read_bytes() == two.read_bytes()


def test_stage_on_the_seed(tmp_path, seed_path):
    from communique.run.options import RunOptions
    from communique.run.pipeline import run_analysis

    ctx = run_analysis([seed_path], RunOptions(out=tmp_path, only=("tokens", "freq"), cache=False, report=False))
    for name in ("top-terms", "word-cloud", "dispersion", "collocations", "keyness-wordfreq", "tone-sentences"):
        assert (tmp_path / f"{name}.png").is_file() and (tmp_path / f"{name}.svg").is_file(), name
    for name in ("term-frequencies", "collocations", "phrases", "tfidf", "kwic", "keyness-wordfreq", "tone-sentences"):
        assert (tmp_path / f"{name}.csv").is_file(), name
    assert not (tmp_path / "term-trends.png").exists()
    assert "north" in ctx.summary["top terms"] and "skipped" in ctx.summary["trends"]


def test_stage_keyness_against_brown_only_on_request(tmp_path, seed_path, no_nltk_data):
    from communique.run.options import RunOptions
    from communique.run.pipeline import run_analysis

    options = dict(only=("tokens", "freq"), cache=False, report=False)
    ctx = run_analysis([seed_path], RunOptions(out=tmp_path / "a", **options))
    assert "wordfreq" in ctx.summary["keyness reference"] and "keyness" not in ctx.summary
    ctx = run_analysis([seed_path], RunOptions(out=tmp_path / "b", params={"freq": {"reference": "brown"}}, **options))
    assert "brown" in ctx.summary["keyness"] and "communique data download brown" in ctx.summary["keyness"]
    assert (tmp_path / "b" / "tone-sentences.png").is_file() and not (tmp_path / "b" / "keyness-brown.png").exists()
    with pytest.raises(ValueError, match="freq.reference"):
        run_analysis([seed_path], RunOptions(out=tmp_path / "c", params={"freq": {"reference": "bnc"}}, **options))


def test_stage_keyness_against_brown(tmp_path, seed_path, nltk_data):
    from communique.run.options import RunOptions
    from communique.run.pipeline import run_analysis

    ctx = run_analysis([seed_path], RunOptions(out=tmp_path, only=("tokens", "freq"), cache=False, report=False,
                                               params={"freq": {"reference": "brown"}}))
    assert (tmp_path / "keyness-brown.png").is_file() and (tmp_path / "keyness-brown.csv").is_file()
    assert not (tmp_path / "keyness-wordfreq.csv").exists() and "Brown" in ctx.summary["keyness reference"]


def test_stage_on_a_dated_corpus(tmp_path):
    from communique.run.options import RunOptions
    from communique.run.pipeline import run_analysis

    folder = tmp_path / "in"
    folder.mkdir()
    for article in _dated_articles():
        (folder / f"{article.id}_news.txt").write_text(f"Headline {article.id}\n\n{article.text}", encoding="utf-8")
    out = tmp_path / "out"
    run_analysis([folder], RunOptions(out=out, only=("tokens", "freq"), cache=False, report=False))
    assert (out / "term-trends.png").is_file() and (out / "tone-over-time.png").is_file()
    import pandas as pd

    trends = pd.read_csv(out / "term-trends.csv")
    assert trends.loc[trends["word"] == "sanctions", "count"].sum() == 3
