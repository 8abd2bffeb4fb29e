"""Corpus-scale counting: stream documents in bounded batches, count in parallel, merge partials.

Each batch is turned into a :class:`PartialCounts` (term counts, document frequencies, token
and byte totals) by :func:`count_batch`; partials merge associatively, so the result is the
same whatever the batching, the number of processes or the engine:

- ``engine="local"``: a process pool over batches (``jobs`` processes, at most ``2 * jobs``
  batches in flight, so memory stays bounded however large the corpus);
- ``engine="dask"``: the same :func:`count_batch` on Dask (``dask.bag`` over the batches), on a
  ``dask.distributed`` cluster given by ``scheduler`` (an address such as
  ``tcp://10.0.0.5:8786``) or a local cluster.

>>> counts = count_corpus(["Sanctions hurt. Sanctions remain.", "Talks resume."], jobs=1)
>>> counts.top(2)
[('sanctions', 2), ('hurt', 1)]
>>> counts.doc_freq["sanctions"], counts.documents
(1, 2)
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from communique.text.corpus import CONTENT_KINDS, Article
from communique.run.engine import EngineName as Engine
from communique.run.engine import Runner, default_jobs

if TYPE_CHECKING:
    from communique.run.shards import Batch

# A document as shipped to workers: id, text and its content paragraph spans (picklable, small).
Payload = tuple[str, str, tuple[tuple[int, int], ...]]


@dataclass
class PartialCounts:
    """Counts from some documents; ``merge`` adds another partial (order does not matter)."""

    terms: Counter = field(default_factory=Counter)
    doc_freq: Counter = field(default_factory=Counter)
    documents: int = 0
    tokens: int = 0
    bytes: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # path, severity, reason

    def merge(self, other: PartialCounts) -> PartialCounts:
        self.terms.update(other.terms)
        self.doc_freq.update(other.doc_freq)
        self.documents += other.documents
        self.tokens += other.tokens
        self.bytes += other.bytes
        self.errors = sorted(self.errors + other.errors)
        return self

    def top(self, n: int | None = None) -> list[tuple[str, int]]:
        """Most frequent terms, ties broken alphabetically (deterministic)."""
        ranked = sorted(self.terms.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:n] if n is not None else ranked

    def table(self, n: int | None = None):
        """The counts as a DataFrame: term, count, per_10k, doc_freq (sorted by count, then term)."""
        import pandas as pd

        rows = self.top(n)
        return pd.DataFrame(
            {
                "term": [t for t, _ in rows],
                "count": [c for _, c in rows],
                "per_10k": [round(c * 10_000 / self.tokens, 4) if self.tokens else 0.0 for _, c in rows],
                "doc_freq": [self.doc_freq[t] for t, _ in rows],
            }
        )


def to_payload(item: Article | str, number: int = 0) -> Payload:
    """The picklable part of an article (or text) that counting needs."""
    if isinstance(item, Article):
        spans = tuple((p.start, p.end) for p in item.paragraphs if p.kind in CONTENT_KINDS)
        return item.id, item.text, spans
    from communique.text.corpus import paragraph_spans

    return f"text-{number}", item, tuple(paragraph_spans(item))


def count_batch(batch: list[Payload], *, stop: bool = False) -> PartialCounts:
    """Count normalised word terms (no punctuation; no stop words unless ``stop``) in a batch."""
    from communique.text.tokens import type_features, sentence_spans, token_spans

    partial = PartialCounts()
    for _doc_id, text, spans in batch:
        raw: Counter = Counter()  # counts of token texts; features are then looked up once per type
        for p_start, p_end in spans:
            for s_start, s_end in sentence_spans(text, p_start, p_end):
                raw.update([text[start:end] for start, end in token_spans(text, s_start, s_end)])
        seen: Counter = Counter()
        for token, count in raw.items():
            norm, is_stop, is_punct, _is_alpha = type_features(token)
            if is_punct:
                continue
            partial.tokens += count
            if stop or not is_stop:
                seen[norm] += count
        partial.terms.update(seen)
        partial.doc_freq.update(seen.keys())
        partial.documents += 1
        partial.bytes += len(text.encode("utf-8"))
    return partial


def count_file_batch(batch: Batch, *, stop: bool = False) -> PartialCounts:
    """Load and count one batch (:func:`communique.run.shards.plan_batches`) in the worker, so that
    reading and parsing run in parallel too."""
    from communique.run.shards import load_batch

    articles, errors = load_batch(batch)
    partial = count_batch([to_payload(a) for a in articles], stop=stop)
    partial.errors = sorted(errors)
    return partial


def count_files(
    sources: Iterable[str | os.PathLike],
    *,
    jobs: int | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    batch_size: int = 200,
    stop: bool = False,
) -> PartialCounts:
    """Term counts of files and folders, batched as ``communique run`` batches them: workers
    read, parse and count files; rows of tables (CSV, JSON Lines, ...) are read here and shipped.
    Bad files are recorded in ``errors`` (path, severity, reason).
    """
    from communique.text.corpus import LoadError
    from communique.run.shards import plan_batches

    found: list[LoadError] = []
    total = _run(count_file_batch, plan_batches(sources, batch_size=batch_size, errors=found),
                 jobs=jobs or default_jobs(), engine=engine, scheduler=scheduler, stop=stop)
    total.errors = sorted(total.errors + [(e.path, e.severity, e.reason) for e in found])
    return total


def batches(items: Iterable[Article | str], size: int) -> Iterator[list[Payload]]:
    """Payload batches of at most ``size`` documents, streaming (one batch in memory at a time)."""
    iterator = (to_payload(item, number) for number, item in enumerate(items))
    while batch := list(islice(iterator, size)):
        yield batch


def count_corpus(
    items: Iterable[Article | str],
    *,
    jobs: int | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    batch_size: int = 200,
    stop: bool = False,
) -> PartialCounts:
    """Term counts of a corpus, streamed in batches and counted on ``jobs`` processes or Dask."""
    return _run(count_batch, batches(items, batch_size), jobs=jobs or default_jobs(), engine=engine,
                scheduler=scheduler, stop=stop)


def _run(func, batch_iter: Iterable[list], *, jobs: int, engine: Engine, scheduler: str | None,
         stop: bool) -> PartialCounts:
    """Run ``func`` over batches where ``engine`` says (see :class:`communique.run.engine.Runner`); merge."""
    total = PartialCounts()
    with Runner(engine, jobs, scheduler) as runner:
        for partial in runner.map(func, batch_iter, stop=stop):
            total.merge(partial)
    return total
