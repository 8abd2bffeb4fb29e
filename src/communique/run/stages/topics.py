"""Stage ``topics``: a topic model of the inputs with coherence, stability, labels and time.

One article (such as the seed) is modelled by its paragraphs, several by article; the number
of topics is chosen by NPMI coherence weighted by stability over a small range (2..5 for one
article, 2..8 for a corpus). ``RunOptions.params["topics"]`` overrides any
:class:`~communique.topics.model.TopicModel` option (e.g. ``{"n_topics": 5, "method": "lda"}``). Tables: ``topics``, ``topic_terms``, ``doc_topics``, ``topic_documents``,
``topic_map`` (topics in 2-D), ``topic_selection`` and, for a corpus dated over two periods or more, ``topics_over_time`` and
``topic_terms_over_time``. Figures: ``topic-terms``, ``doc-topics``, ``topic-map``, ``topic-coherence``,
``topics-over-time``.
"""

from __future__ import annotations

import textwrap
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from communique.text.corpus import Article
    from communique.run.context import RunContext
    from communique.topics.model import TopicModel

MIN_DOCUMENTS = 4
# find_phrases' defaults, which merge_names (topic_documents' default phrase step) uses.
NAME_MIN_COUNT = 2
NAME_MAX_LEN = 4
# Above this many documents the model is fitted on a random sample of them (``topics.max_documents``).
MAX_MODEL_DOCUMENTS = 2000


def describe(articles: list[Article]) -> str:
    """What the figures are about: the article's title, or ``N articles``."""
    if len(articles) == 1:
        title = articles[0].title or articles[0].id
        return f"“{textwrap.shorten(title, 50, placeholder='…')}”"
    return f"{len(articles):,} articles"


def topic_outputs(model: TopicModel, what: str, *, freq: str = "auto",
                  draw: bool = True) -> tuple[dict[str, pd.DataFrame], dict[str, Any]]:
    """The tables and figures of a fitted model, named as they are written (``what`` goes in titles).

    ``draw=False`` gives each figure as a call that makes it (a picklable ``functools.partial``),
    for :meth:`RunContext.plot`."""
    from functools import partial

    from communique.plots import topics as plots
    from communique.topics.search import topic_map
    from communique.topics.time import topic_terms_over_time, topics_over_time

    unit = "paragraphs" if model.documents_["doc_id"].str.contains("#p", regex=False).any() else (
        "sentences" if model.documents_["doc_id"].str.contains("#s", regex=False).any() else "articles")
    k = model.n_topics_
    tables: dict[str, pd.DataFrame] = {
        "topics": _machine_stable(model.topics_),
        "topic_terms": _machine_stable(model.topic_terms_),
        "doc_topics": _machine_stable(model.doc_topics_),
        "topic_documents": _machine_stable(model.documents_.drop(columns=["terms", "pairs"])),
        "topic_map": _machine_stable(topic_map(model, of="topics")),
    }
    document_map = _machine_stable(topic_map(model, of="documents"))  # (figures drawn from the rounded tables too)
    figures: dict[str, Any] = {
        "topic-terms": partial(
            plots.topic_terms_plot, tables["topic_terms"], labels=model.labels_,
            title=f"Top terms per topic: {what} ({model.method.upper()}, k={k}, "
                  f"coherence {model.coherence_:.2f}, stability {model.stability_:.2f})"),
        "doc-topics": partial(plots.doc_topics_plot, tables["doc_topics"], labels=model.labels_,
                              title=f"Topic weights per document: {what} ({unit})"),
        "topic-map": partial(plots.topic_map_plot, document_map, title=f"Topic map: {what} ({unit} by topic mixture)"),
    }
    if model.selection_ is not None:
        tables["topic_selection"] = _machine_stable(model.selection_)
        figures["topic-coherence"] = partial(plots.coherence_plot, tables["topic_selection"],
                                             title=f"Topic coherence by number of topics: {what}")
    dated = model.documents_["published"].notna().sum() if "published" in model.documents_ else 0
    if dated:
        over_time = _machine_stable(topics_over_time(model, freq=freq))
        if over_time["period"].nunique() >= 2:
            tables["topics_over_time"] = over_time
            tables["topic_terms_over_time"] = _machine_stable(topic_terms_over_time(model, freq=freq))
            figures["topics-over-time"] = partial(plots.topics_over_time_plot, over_time,
                                                  title=f"Topics over time: {what}")
    if draw:
        figures = {name: make() for name, make in figures.items()}
    return tables, figures


#: decimals the topic tables keep: the model's floats differ in their last bits between BLAS builds and CPUs
#: (0.43082631533561794 here, 0.4308263153356181 there; a weight of 2e-277 or 1e-270), so the written tables are
#: and the figures drawn from them are rounded to stay the same bytes on every machine
TABLE_DECIMALS = 12


def _machine_stable(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with its float columns rounded to :data:`TABLE_DECIMALS` (+0.0 for -0.0)."""
    floats = [c for c in table.columns if str(table[c].dtype).startswith("float")]
    if not floats:
        return table
    out = table.copy()
    for column in floats:
        out[column] = out[column].round(TABLE_DECIMALS) + 0.0
    return out


# The token columns the first two passes read (those prepared_tokens, phrase_counts_of and chain_counts
# use): a shard's other columns are not read for them (BBC: pass 2 0.50 -> 0.27 CPU-s).
_PREPARED_COLUMNS = ["doc_id", "kind", "norm", "is_stop"]
_PHRASE_COLUMNS = [*_PREPARED_COLUMNS, "sent", "i", "text", "is_alpha", "is_punct"]
_CHAIN_COLUMNS = [*_PREPARED_COLUMNS, "sent", "i"]


def _shard_tokens(shard, wanted: frozenset[str] | None, stop: frozenset[str],
                  columns: list[str] | None = None) -> pd.DataFrame:
    """The shard's tokens :func:`~communique.topics.documents.topic_documents` counts (of the
    documents ``wanted``, all if None; the ``columns`` named, all if None)."""
    from communique.topics.documents import prepared_tokens

    return prepared_tokens(shard.tokens(columns), stop, documents=wanted)


def _phrase_counts(shard, *, wanted, stop):
    """Pass 1 of the documents, in a worker: the shard's name candidates and its documents."""
    from communique.words.phrases import phrase_counts_of

    tokens = _shard_tokens(shard, wanted, stop, _PHRASE_COLUMNS)
    return phrase_counts_of(tokens), int(tokens["doc_id"].nunique())


def _chain_counts(shard, *, wanted, stop, pairs):
    """Pass 2, in a worker: how often the kept name pairs chain into longer names."""
    from communique.words.phrases import chain_counts

    return chain_counts(_shard_tokens(shard, wanted, stop, _CHAIN_COLUMNS), pairs, max_len=NAME_MAX_LEN)


def _documents_part(shard, *, wanted, stop, phrases, **options):
    """Pass 3, in a worker: the shard's documents, names merged."""
    from communique.topics.documents import documents_part
    from communique.words.phrases import merge_phrases

    tokens = _shard_tokens(shard, wanted, stop)
    if len(tokens):
        tokens = merge_phrases(tokens, phrases).reset_index(drop=True)
    return documents_part(tokens, **options)


def _map(ctx: RunContext, func, *, desc: str, **kwargs) -> list:
    """``func(shard, **kwargs)`` for every shard; with a process pool, this process runs the
    calls the workers have not started (they may still be finding the prefetched events)."""
    from functools import partial

    if ctx.runner is not None and ctx.runner.has_pool:
        return ctx.runner.map_shared(partial(func, **kwargs), ctx.shards)
    return ctx.map(func, desc=desc, **kwargs)


def shard_documents(ctx: RunContext, articles: list[Article], *, wanted: frozenset[str] | None, names: str,
                    exclude: list[str], stop: frozenset[str]) -> pd.DataFrame:
    """:func:`~communique.topics.documents.topic_documents` of the documents ``wanted`` (all if
    None) with names merged as :func:`~communique.topics.documents.merge_names` does, made shard
    by shard on the run's workers: the names' counts, then their chains, then each shard's
    documents (the same table as over the corpus's tokens at once)."""
    from collections import Counter

    from communique.topics.documents import combine_documents
    from communique.words.phrases import kept_phrases, score_phrases, units_of

    found: Counter = Counter()
    words: Counter = Counter()
    n_words = n_articles = 0
    counted = ctx.prefetched.pop("name counts", None)  # the freq stage's pass 1 of this run, if any
    if counted is not None and counted[0] == stop and counted[1] == wanted:
        _, _, found, words, n_words, n_articles = counted
    else:
        for (candidates, counts, n), docs in _map(ctx, _phrase_counts, desc="topics: names", wanted=wanted,
                                                  stop=stop):
            found.update(candidates)
            words.update(counts)
            n_words += n
            n_articles += docs
    kept = kept_phrases(score_phrases(found, words, n_words, min_count=NAME_MIN_COUNT))
    pairs = {p for p in kept if len(p) == 2}
    chains: Counter = Counter()
    if pairs:
        for part in _map(ctx, _chain_counts, desc="topics: name chains", wanted=wanted, stop=stop, pairs=pairs):
            chains.update(part)
    phrases = units_of(kept, chains, min_count=NAME_MIN_COUNT)
    parts = _map(ctx, _documents_part, desc="topics: documents", wanted=wanted, stop=stop, phrases=phrases,
                    unit="article" if n_articles > 1 else "paragraph", names=names, exclude=exclude)
    return combine_documents(parts, {a.id: a for a in articles})


def _modelled(ctx: RunContext, limit: int) -> tuple[list[Article], frozenset[str] | None, frozenset[str]]:
    """The articles the model is fitted on (all, or a seeded sample of ``limit`` of them), their ids
    when a sample (None: all) and the run's stop words (the same words as the counts)."""
    from communique.run.stages.freq import run_stop_words
    from communique.topics.documents import stratified_sample

    articles = ctx.article_stubs()
    wanted = None
    if len(articles) > limit:  # a reproducible random sample: the model's cost does not grow with the corpus
        articles = stratified_sample(articles, lambda a: 0, limit, random_state=ctx.options.seed)
        wanted = frozenset(a.id for a in articles)
    return articles, wanted, run_stop_words(ctx.options.params.get("freq", {}))


def modelled_sample(ctx: RunContext) -> frozenset[str] | None:
    """The ids of the documents the model is fitted on when a sample of them (else None)."""
    limit = int(ctx.options.params.get("topics", {}).get("max_documents", MAX_MODEL_DOCUMENTS))
    return _modelled(ctx, limit)[1]


def prefetch(ctx: RunContext) -> None:
    """Before the pool forks, in a one-shard run (the pipeline calls this when there is a pool):
    import scikit-learn, which this process (the vectoriser) and every worker (the fits) need, so
    that the workers inherit it instead of each importing it again (with SciPy's stats, 0.7 CPU-s
    a process). A corpus's pool forks earlier, after :func:`~communique.run.pipeline.warm_up`,
    which imports it too."""
    import sklearn.feature_extraction.text  # noqa: F401
    import sklearn.utils.extmath  # noqa: F401


def run(ctx: RunContext) -> None:
    from communique.topics.documents import topic_documents
    from communique.topics.model import TopicModel

    if not ctx.n_documents:
        return
    options: dict[str, Any] = dict(ctx.options.params.get("topics", {}))
    limit = int(options.pop("max_documents", MAX_MODEL_DOCUMENTS))
    articles, wanted, stop = _modelled(ctx, limit)
    if wanted is not None:
        ctx.summary["topics sample"] = f"{limit:,} of {ctx.n_documents:,} documents, drawn at random (seed)"
    from communique.words.boilerplate import boilerplate_terms

    # The same words as the counts: the run's stop words, and no outlet boilerplate ever a topic.
    exclude = sorted(boilerplate_terms(ctx.tables.get("boilerplate")))
    names = options.pop("names", "keep")
    if names == "drop":  # which words are names is decided over the whole table
        tokens = ctx.tokens(sorted(wanted)) if wanted is not None else ctx.tokens()
        documents = topic_documents(tokens, articles=articles, names=names, exclude=exclude, stopwords=stop)
    else:
        documents = shard_documents(ctx, articles, wanted=wanted, names=names, exclude=exclude, stop=stop)
    if len(documents) < MIN_DOCUMENTS:
        ctx.summary["topics"] = f"skipped: {len(documents)} document(s) with words, need {MIN_DOCUMENTS}"
        return
    # A small fixed budget: k in 2..5 for one article, 2..8 for a corpus; 2 refits per k to weigh
    # coherence by stability, 3 refits to report the stability of the chosen topics.
    options.setdefault("k_range", (2, 5) if len(articles) == 1 else (2, 8))
    options.setdefault("selection_runs", 2)
    options.setdefault("stability_runs", 3)
    model = TopicModel(options.pop("method", "nmf"), options.pop("n_topics", "auto"),
                       random_state=ctx.options.seed, **options)
    with ExitStack() as stack:
        bar = None

        def on_fit(done: int, total: int) -> None:
            nonlocal bar  # opened once the model knows how many fits it makes: the total shows at once
            if bar is None:
                bar = stack.enter_context(ctx.bar(desc="topics: fitting candidate models", total=total, unit="fit"))
            elif bar.total != total:
                bar.total = total
                bar.refresh()
            if done > bar.n:
                bar.update(done - bar.n)

        # The quick fits of the choice of k and the stability refits run on the pool, if any
        # (and here, for those the workers have not started: they may still be busy with events).
        runner = ctx.runner
        model.fit(documents, on_fit=on_fit, map=None if runner is None else runner.map_shared)
    ctx.tables["topic_model"] = model
    tables, figures = topic_outputs(model, describe(articles), draw=False)
    for name, table in tables.items():
        ctx.save_table(table, name)
    for name, make in figures.items():
        ctx.plot(name, make)
    ctx.summary["topics"] = model.n_topics_
    ctx.summary["topic_coherence"] = round(model.coherence_, 3)
    ctx.summary["topic_stability"] = round(model.stability_, 3)
