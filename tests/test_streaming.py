"""``communique run`` streams shards: the same tables for any batch size, number of jobs or engine,
and the same tables as the whole-corpus functions of communique.words.frequencies and friends."""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from communique.run.options import RunOptions
from communique.run.pipeline import run_analysis
from conftest import CORPORA, SEED, needs_corpora


def _corpus(folder: Path, n: int = 11) -> Path:
    """``n`` dated articles made of the seed's body paragraphs in rotation (names, dates, quotes)."""
    from communique import load_article

    seed = load_article(SEED)
    body = [seed.text[p.start:p.end] for p in seed.paragraphs if p.kind == "body"]
    folder.mkdir(parents=True)
    for i in range(n):
        paragraphs = [body[(i * 3 + k) % len(body)] for k in range(4 + i % 3)]
        month = 1 + i % 7
        text = f"Talks number {i} on North Korea\n\n" + "\n\n".join(paragraphs) + "\n"
        (folder / f"2019-{month:02d}-{10 + i:02d}_talks-{i:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a bad input travels through workers too
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return _corpus(tmp_path_factory.mktemp("streaming") / "in")


def _run(corpus: Path, out: Path, **options) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_analysis([corpus], RunOptions(out=out, quiet=True, cache=False, report=False, **options))


def _tables(out: Path) -> dict[str, pd.DataFrame]:
    return {p.stem: pd.read_parquet(p) for p in sorted(out.glob("*.parquet"))}


def _csv_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def _figure_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted([*out.glob("*.png"), *out.glob("*.svg")])}


def test_tables_identical_for_any_batch_size_and_jobs(corpus, tmp_path):
    _run(corpus, tmp_path / "one", jobs=1, batch_size=100, only=("tokens", "freq", "timeline"))
    _run(corpus, tmp_path / "two", jobs=2, batch_size=2, only=("tokens", "freq", "timeline"))
    one, two = _csv_bytes(tmp_path / "one"), _csv_bytes(tmp_path / "two")
    assert {"term-frequencies.csv", "tfidf.csv", "collocations.csv", "dispersion.csv", "events.csv",
            "timeline.csv", "tone-sentences.csv", "keyness-wordfreq.csv", "errors.csv"} <= set(one)
    assert one == two
    # Figures: drawn in the run's process with one job, in either of two drawer processes with two.
    figures = _figure_bytes(tmp_path / "one")
    assert {"top-terms.png", "word-cloud.svg", "keyness-wordfreq.png", "events-per-month.svg"} <= set(figures)
    assert figures == _figure_bytes(tmp_path / "two")
    for name, table in _tables(tmp_path / "one").items():
        pd.testing.assert_frame_equal(table, _tables(tmp_path / "two")[name], obj=name)


@pytest.mark.slow
def test_dask_local_cluster_gives_identical_tables(corpus, tmp_path):
    pytest.importorskip("dask.distributed")
    _run(corpus, tmp_path / "local", jobs=1, only=("tokens", "freq", "timeline"))
    _run(corpus, tmp_path / "dask", jobs=2, engine="dask", batch_size=3, only=("tokens", "freq", "timeline"))
    assert _csv_bytes(tmp_path / "local") == _csv_bytes(tmp_path / "dask")
    local, dask = _tables(tmp_path / "local"), _tables(tmp_path / "dask")
    assert local.keys() == dask.keys()
    for name in local:
        pd.testing.assert_frame_equal(local[name], dask[name], obj=name)


def test_streamed_freq_equals_the_whole_corpus_functions(corpus, tmp_path):
    """Each table of the streamed stage equals the function applied to the whole tokens table."""
    import communique.words.association as co
    import communique.words.frequencies as fq
    import communique.words.trends as tr
    import communique.words.keywords as kn
    from communique import load_corpus
    import communique.words.tone as tone
    from communique.words.concordance import kwic
    from communique.words.phrases import phrase_scores
    from communique.text.tokens import content_tokens, tokenise_many

    _run(corpus, tmp_path, jobs=1, batch_size=3, only=("freq",))
    out = _tables(tmp_path)
    articles = list(load_corpus(corpus, errors=[]))
    from communique.words.stopwords import apply_stop_words, stop_words

    # The stage counts with the run's stop words: the default list plus reporting verbs (said, told).
    tokens = apply_stop_words(content_tokens(tokenise_many(articles)), stop_words())

    def same(name: str, expected: pd.DataFrame) -> None:
        pd.testing.assert_frame_equal(out[name].reset_index(drop=True), expected.reset_index(drop=True),
                                      check_dtype=False, obj=name)

    freqs = fq.term_frequencies(tokens)
    same("term-frequencies", freqs)
    same("tfidf", fq.tfidf(tokens, top=10))
    phrases = phrase_scores(tokens, min_count=2)
    same("phrases", phrases.assign(phrase=[" ".join(p) for p in phrases["phrase"]]))
    colloc = co.collocations(tokens, min_freq=2, top=None)
    same("collocations", colloc.assign(words=colloc["words"].map(" ".join)))
    watch = fq.term_frequencies(tokens, numbers=False, top=8)["term"].tolist()
    disp = tr.dispersion(tokens, watch)
    same("dispersion", disp)
    same("kwic", kwic(articles, watch[0], tokens=tokens))
    counts, _ = kn.term_counts(tokens)
    key = kn.keyness(tokens, kn.wordfreq_counts(counts), min_count=3)
    same("keyness-wordfreq", pd.concat([key[key["count"] > 0], key[key["count"] == 0].head(50)]))
    trends = tr.term_trends(tokens, articles, watch[:5], freq="month")
    same("term-trends", trends.assign(period=trends["period"].astype(str)))
    sentences = tone.sentence_tone(articles, tokens=tokens)
    same("tone-sentences", sentences)
    same("tone-articles", tone.article_tone(sentences))
    over = tone.tone_over_time(sentences, articles, freq="month")
    same("tone-over-time", over.assign(period=over["period"].astype(str)))


def test_shards_are_reused_and_errors_kept(corpus, tmp_path):
    """A second run reads the finished shards instead of the inputs, and still reports bad files."""
    options = dict(jobs=1, only=("tokens",), report=False, quiet=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first = run_analysis([corpus], RunOptions(out=tmp_path / "out", **options))
        shards = sorted((tmp_path / "out" / ".cache" / "shards").glob("*/tokens-*.parquet"))
        stamps = [p.stat().st_mtime_ns for p in shards]
        second = run_analysis([corpus], RunOptions(out=tmp_path / "out", **options))
    assert shards and [p.stat().st_mtime_ns for p in shards] == stamps
    assert [str(e) for e in second.errors] == [str(e) for e in first.errors]
    assert any("empty" in e.reason for e in second.errors)


def test_shard_articles_round_trip(seed_article, tmp_path):
    from communique.run.shards import Batch, prepare_batch

    info = prepare_batch(Batch(0, files=((str(SEED), str(SEED.parent)),)), folder=str(tmp_path))
    assert info.shard.articles() == [seed_article]
    assert info.documents["doc_id"].tolist() == [seed_article.id]
    assert int(info.documents["tokens"].iloc[0]) == len(info.shard.tokens())


@needs_corpora
@pytest.mark.slow
def test_bbc_run_identical_with_one_and_two_jobs(tmp_path):
    import shutil

    source = tmp_path / "bbc"
    for folder in ("politics", "business"):
        (source / folder).mkdir(parents=True)
        for path in sorted((CORPORA / "bbc" / folder).glob("*.txt"))[:40]:
            shutil.copy(path, source / folder / path.name)
    _run(source, tmp_path / "one", jobs=1, only=("tokens", "freq", "timeline"))
    _run(source, tmp_path / "two", jobs=2, batch_size=37, only=("tokens", "freq", "timeline"))
    assert _csv_bytes(tmp_path / "one") == _csv_bytes(tmp_path / "two")


def test_topics_fit_on_a_seeded_sample_above_max_documents(corpus, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ctx = run_analysis([corpus], RunOptions(out=tmp_path, quiet=True, cache=False, report=False, jobs=1,
                                                only=("topics",), params={"topics": {"max_documents": 6}}))
    assert ctx.summary["topics sample"].startswith("6 of 11 documents")
    documents = pd.read_parquet(tmp_path / "topic_documents.parquet")
    assert documents["article"].nunique() == 6


def test_cli_scale_options(corpus, tmp_path, capsys):
    from communique.cli.app import main

    assert main(["run", str(corpus), "--out", str(tmp_path / "a"), "--only", "tokens", "--jobs", "1",
                 "--batch-size", "4", "--quiet", "--no-cache"]) == 1  # 1: the empty file was skipped
    assert pd.read_csv(tmp_path / "a" / "documents.csv")["doc_id"].tolist() == sorted(
        p.stem for p in corpus.glob("*.txt") if p.stat().st_size)
    for bad, message in ((["--jobs", "0"], "'jobs' must be at least 1"),
                         (["--batch-size", "0"], "'batch_size' must be at least 1")):
        assert main(["run", str(corpus), "--out", str(tmp_path / "b"), *bad]) == 2
        assert message in capsys.readouterr().err


@pytest.mark.parametrize("names, sample", [("keep", None), ("countries", 6)])
def test_topic_documents_made_shard_by_shard_equal_the_whole_tables(corpus, tmp_path, names, sample):
    """The topics stage builds its documents per shard (names counted, chained, merged): the same
    table, stem display included, as topic_documents over the concatenated tokens."""
    from communique.run.context import RunContext
    from communique.run.engine import Runner
    from communique.run.shards import prepare_shards
    from communique.run.stages.topics import shard_documents
    from communique.topics.documents import stratified_sample, topic_documents
    from communique.words.stopwords import stop_words

    ctx = RunContext(documents=None, errors=[], options=RunOptions(out=tmp_path, quiet=True))
    ctx.shards, ctx.documents = prepare_shards([corpus], tmp_path / "shards", runner=Runner(jobs=1), batch_size=3,
                                               errors=[])
    assert len(ctx.shards) >= 3
    articles = ctx.article_stubs()
    if sample:
        articles = stratified_sample(articles, lambda a: 0, sample)
    wanted = frozenset(a.id for a in articles) if sample else None
    stop = stop_words() | {"talks"}
    whole = topic_documents(ctx.tokens([a.id for a in articles]), articles=articles, names=names,
                            exclude=["korea"], stopwords=stop)
    parts = shard_documents(ctx, articles, wanted=wanted, names=names, exclude=["korea"], stop=stop)
    assert len(whole) == len(articles) and whole["terms"].map(len).sum() > 100
    assert any(" " in t for terms in whole["terms"] for t in terms)  # names were merged
    pd.testing.assert_frame_equal(parts, whole)
    assert parts.attrs["display"] == whole.attrs["display"] and whole.attrs["display"]
