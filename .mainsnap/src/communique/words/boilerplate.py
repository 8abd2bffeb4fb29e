"""Corpus boilerplate: words and lines that recur in a large share of one outlet's documents.

Outlets sign their items ("— Ukrinform."), repeat site names, bylines and navigation lines. Those
words top frequency lists and form topics of their own while saying nothing about the news.
Counted per source (:func:`article_source`: the ``source``/``site``/``outlet`` column, else the
host of a ``url``/``src`` column), a word is boilerplate when it is in at least ``share`` of one
source's documents and at most a tenth as often elsewhere (so it needs two sources or more); a
line (a short paragraph, digits folded) when it recurs in at least ``line_share`` of a source's
documents (one source is enough: a repeated line is never news).

>>> from communique.text.corpus import article_from_text
>>> topics = "trade oil aid grain gas visa arms debt food water rail power".split()
>>> arts = [article_from_text(f"Talks on {t} go on, Wirenews reports.\\n\\nSubscribe to our channel.", doc_id=f"w{t}",
...                           meta={"site": "wire.example"}) for t in topics]
>>> arts += [article_from_text(f"A vote on {t} is due.", doc_id=f"p{t}", meta={"site": "post.example"})
...          for t in topics]
>>> table = find_boilerplate(arts, min_docs=5)
>>> table[["kind", "source", "text", "docs"]].values.tolist()
[['line', 'wire.example', 'subscribe to our channel.', 12], ['term', 'post.example', 'due', 12], ['term', 'post.example', 'vote', 12], ['term', 'wire.example', 'go', 12], ['term', 'wire.example', 'reports', 12], ['term', 'wire.example', 'talks', 12], ['term', 'wire.example', 'wirenews', 12]]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from communique.text.corpus import Article

SOURCE_KEYS = ("source", "site", "outlet", "publisher", "domain", "feed")
URL_KEYS = ("url", "src", "link", "href")
COLUMNS = ["kind", "source", "text", "docs", "share", "share_elsewhere"]
MAX_LINE = 200  # longer paragraphs are prose, not boilerplate lines
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def article_source(article: Article) -> str:
    """The outlet of an article: a source-like metadata column, else the host of its URL, else ""."""
    meta = {str(k).lower(): v for k, v in dict(article.meta).items()}
    for key in SOURCE_KEYS:
        if meta.get(key):
            return str(meta[key]).strip().lower()
    for key in URL_KEYS:
        value = str(meta.get(key) or "")
        match = re.match(r"[a-z]+://(?:www\.)?([^/]+)", value)
        if match:
            return match.group(1).lower()
    return ""


def normalise_line(text: str) -> str:
    """A paragraph as compared across documents: lower case, digits folded, spaces collapsed."""
    return _SPACE.sub(" ", _DIGITS.sub("0", text.lower())).strip()


@dataclass
class BoilerplateCounts:
    """Documents per source, and per (source, word) and (source, line): add shards' counts up."""

    sources: Counter = field(default_factory=Counter)
    terms: Counter = field(default_factory=Counter)
    lines: Counter = field(default_factory=Counter)

    def add(self, other: BoilerplateCounts) -> None:
        self.sources.update(other.sources)
        self.terms.update(other.terms)
        self.lines.update(other.lines)


def boilerplate_counts(articles: Sequence[Article], tokens: pd.DataFrame) -> BoilerplateCounts:
    """Counts of one batch: ``tokens`` is their tokens table (alphabetic non-stop ``norm`` count)."""
    counts = BoilerplateCounts()
    source_of = {a.id: article_source(a) for a in articles}
    for article in articles:
        source = source_of[article.id]
        counts.sources[source] += 1
        lines = {normalise_line(article.text[p.start:p.end]) for p in article.paragraphs
                 if 0 < p.end - p.start <= MAX_LINE}
        counts.lines.update((source, line) for line in lines if line)
    if len(tokens):
        words = tokens[tokens["is_alpha"] & ~tokens["is_stop"]][["doc_id", "norm"]].drop_duplicates()
        sources = words["doc_id"].map(source_of).fillna("")
        counts.terms.update(zip(sources.tolist(), words["norm"].astype(str).tolist()))
    return counts


def boilerplate_table(counts: BoilerplateCounts, *, share: float = 0.3, line_share: float = 0.05,
                      min_docs: int = 20) -> pd.DataFrame:
    """The boilerplate found in ``counts`` (columns: kind, source, text, docs, share, share_elsewhere)."""
    import pandas as pd

    total = sum(counts.sources.values())
    big = {s for s, n in counts.sources.items() if n >= min_docs}
    rows = []
    for (source, line), docs in counts.lines.items():
        n = counts.sources[source]
        if source in big and docs >= max(3, line_share * n):
            rows.append(("line", source, line, docs, docs / n, float("nan")))
    if len(counts.sources) >= 2:
        everywhere: Counter = Counter()
        for (source, term), docs in counts.terms.items():
            everywhere[term] += docs
        for (source, term), docs in counts.terms.items():
            n = counts.sources[source]
            if source not in big or docs < share * n:
                continue
            others = total - n
            elsewhere = (everywhere[term] - docs) / others if others else 0.0
            if elsewhere <= docs / n / 10:
                rows.append(("term", source, term, docs, docs / n, elsewhere))
    table = pd.DataFrame(rows, columns=COLUMNS)
    return table.sort_values(["kind", "source", "text"], kind="stable").reset_index(drop=True)


def find_boilerplate(articles: Iterable[Article], *, share: float = 0.3, line_share: float = 0.05,
                     min_docs: int = 20) -> pd.DataFrame:
    """Boilerplate words and lines of a corpus, per source (see the module docstring)."""
    from communique.text.corpus import CONTENT_KINDS
    from communique.text.tokens import tokenise_many

    articles = list(articles)
    tokens = tokenise_many(articles, kinds=CONTENT_KINDS, lemmas=False)
    return boilerplate_table(boilerplate_counts(articles, tokens), share=share, line_share=line_share,
                             min_docs=min_docs)


def boilerplate_terms(table: pd.DataFrame) -> frozenset[str]:
    """The words a boilerplate table marks (its ``term`` rows), to leave out of counts and topics."""
    if table is None or not len(table):
        return frozenset()
    return frozenset(table.loc[table["kind"] == "term", "text"].astype(str))
