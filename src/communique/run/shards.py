"""The corpus as numbered shards of Parquet files: the intermediate storage of ``communique run``.

The run reads its inputs once, in batches of at most ``batch_size`` documents and about
``MAX_BATCH_BYTES`` of text (:func:`plan_batches`), so that a worker's memory does not depend on
how long the documents are.
A worker turns each batch into a shard (:func:`prepare_batch`): ``articles-00012.parquet`` (text,
paragraph spans and metadata, enough to rebuild each :class:`~communique.text.corpus.Article`) and
``tokens-00012.parquet`` (the tokens table). Stages then map their per-batch functions over the
shards, and only small per-batch results travel back, so memory does not grow with the corpus.
Workers read and write shards by path: on a cluster, put the shard folder (``--cache-dir``) on
storage every worker sees.

Shard *n* holds batch *n* in input order, so concatenating per-shard results in shard order
gives exactly the order of :func:`communique.text.corpus.load_corpus`.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.text.corpus import CONTENT_KINDS, Article, LoadError, LoadSettings, Meta, Paragraph

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_BATCH_SIZE = 200
# A batch also closes at this much text: a worker's peak memory is a few hundred times its text,
# and two workers share a corpus of long documents evenly (UNGDC's sessions 78-79, 4.9 MB in 384
# speeches: 8 batches of about 600 KB and a small ninth, where 1 MB made 5 and one worker took 3;
# BBC's batches, 200 short articles of at most 591 KB, are as before).
MAX_BATCH_BYTES = 600_000
ErrorRecord = tuple[str, str, str]  # path, severity, reason

#: Per-document metadata every shard reports (``RunContext.documents``); no text.
DOCUMENT_COLUMNS = [
    "doc_id", "path", "title", "authors", "published", "date_source", "date_precision", "dct",
    "characters", "tokens", "words", "content_words", "body_paragraphs", "captions", "boilerplate", "shard",
]


@dataclass(frozen=True)
class Batch:
    """Work for one shard: files to load (path, root), or rows of articles already loaded (from
    tables; rows because an article's ``meta`` mapping does not pickle)."""

    index: int
    files: tuple[tuple[str, str], ...] = ()
    rows: tuple[dict[str, Any], ...] = ()


# Token columns of few distinct values: read as categoricals, each distinct string is one
# Python object, and counting works on the integer codes (no string is converted per token).
CATEGORY_COLUMNS = ["doc_id", "kind", "text", "norm", "lemma", "stem"]


@dataclass(frozen=True)
class Shard:
    """One shard's files in ``folder`` (paths are strings so shards pickle to any worker)."""

    folder: str
    index: int

    @property
    def tokens_path(self) -> Path:
        return Path(self.folder) / f"tokens-{self.index:05d}.parquet"

    @property
    def articles_path(self) -> Path:
        return Path(self.folder) / f"articles-{self.index:05d}.parquet"

    def tokens(self, columns: list[str] | None = None, *, categorical: bool = False) -> pd.DataFrame:
        """The shard's tokens table (all columns, or those named). ``categorical``: its string
        columns of :data:`CATEGORY_COLUMNS` as categoricals read straight from Parquet's
        dictionaries, for the counting functions of :mod:`communique.words`, which code them
        by their integer codes."""
        import pandas as pd
        import pyarrow.parquet as pq

        if not categorical:
            return pd.read_parquet(self.tokens_path, columns=columns)
        wanted = CATEGORY_COLUMNS if columns is None else [c for c in columns if c in CATEGORY_COLUMNS]
        return pq.read_table(self.tokens_path, columns=columns, read_dictionary=wanted).to_pandas()

    def articles(self) -> list[Article]:
        """The shard's articles, exactly as loaded."""
        import pandas as pd

        return [_article_from_row(row) for row in pd.read_parquet(self.articles_path).to_dict("records")]


@dataclass(frozen=True)
class ShardInfo:
    """What the parent keeps of a prepared shard: its documents' metadata and load errors."""

    shard: Shard
    documents: pd.DataFrame
    errors: tuple[ErrorRecord, ...] = ()


# --- articles as table rows -----------------------------------------------------------------


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "path": article.path, "text": article.text, "title": article.title,
        "standfirst": article.standfirst, "authors": list(article.authors),
        "published": article.published.isoformat() if article.published else None,  # None: a null
        "kinds": [p.kind for p in article.paragraphs], "starts": [p.start for p in article.paragraphs],
        "ends": [p.end for p in article.paragraphs], "date_source": article.date_source,
        "date_precision": article.date_precision, "meta": json.dumps(dict(article.meta), sort_keys=True),
    }


def _article_from_row(row: Mapping[str, Any]) -> Article:
    return Article(
        id=row["id"], path=row["path"], text=row["text"], title=row["title"], standfirst=row["standfirst"],
        authors=tuple(row["authors"]),
        published=datetime.fromisoformat(row["published"]) if isinstance(row["published"], str) else None,
        paragraphs=tuple(Paragraph(k, int(s), int(e)) for k, s, e in zip(row["kinds"], row["starts"], row["ends"])),
        date_source=row["date_source"], date_precision=row["date_precision"],
        meta=Meta(json.loads(row["meta"])),
    )


# --- planning and preparing -----------------------------------------------------------------


def plan_batches(inputs: Iterable[str | Path], *, batch_size: int = DEFAULT_BATCH_SIZE, date: str | None = None,
                 errors: list[LoadError], settings: LoadSettings | None = None) -> Iterator[Batch]:
    """Batches of the inputs in :func:`~communique.text.corpus.load_corpus` order.

    Text files are named (workers read and parse them); tables are read here and their rows
    shipped as articles, since one table is one file. Problems found here go to ``errors``.
    """
    from communique.text.corpus import TABLE_SUFFIXES, load_corpus, walk_inputs

    if batch_size < 1:
        raise ValueError(f"batch size must be 1 or more (got {batch_size})")
    index = 0
    files: list[tuple[str, str]] = []
    rows: list[dict[str, Any]] = []
    size = 0  # bytes of text in the open batch

    def flush() -> Iterator[Batch]:
        nonlocal index, files, rows, size
        if files or rows:
            yield Batch(index, files=tuple(files), rows=tuple(rows))
            index += 1
            files, rows, size = [], [], 0

    for item in inputs:
        root = Path(item)
        if root.is_dir():
            found, base = walk_inputs(root, "**/*", errors, settings=settings), root
        elif root.exists() or root.is_symlink():
            found, base = [root], root.parent
        else:
            errors.append(LoadError(root, "no such file or directory"))
            continue
        for path in found:
            if path.suffix.lower() in TABLE_SUFFIXES:
                yield from flush()  # keep input order: a table's rows come after the files before it
                for article in load_corpus([path], date=date, errors=errors, settings=settings):
                    rows.append(_article_row(article))
                    size += len(article.text)
                    if len(rows) >= batch_size or size >= MAX_BATCH_BYTES:
                        yield from flush()
                yield from flush()
            else:
                files.append((str(path), str(base)))
                size += _file_size(path)
                if len(files) >= batch_size or size >= MAX_BATCH_BYTES:
                    yield from flush()
    yield from flush()


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # reported when the worker reads it
        return 0


def load_batch(batch: Batch, *, date: str | None = None,
               settings: LoadSettings | None = None) -> tuple[list[Article], list[ErrorRecord]]:
    """The batch's articles (files are read here) and the problems met, as records."""
    from communique.text.corpus import load_path

    found: list[LoadError] = []
    articles = [_article_from_row(row) for row in batch.rows]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # recorded in ``found`` instead
        for path, root in batch.files:
            articles.extend(load_path(Path(path), Path(root), None, date, found, settings))
    return articles, [(e.path, e.severity, e.reason) for e in found]


def batch_articles(batch: Batch, *, date: str | None = None, settings: LoadSettings | None = None) -> list[Article]:
    """The batch's articles as its shard gives them back (:meth:`Shard.articles`: through the same
    rows), for work that starts before the shard is written. Unlike the shard, they include any
    article that the tokeniser would reject: compare the ids with the shard's documents."""
    return [_article_from_row(_article_row(a)) for a in load_batch(batch, date=date, settings=settings)[0]]


def documents_rows(articles: list[Article], tokens: pd.DataFrame, shard: int) -> pd.DataFrame:
    """One metadata row per article (:data:`DOCUMENT_COLUMNS`), counts taken from its tokens."""
    import pandas as pd

    every = tokens["doc_id"].value_counts()
    alpha = tokens.loc[tokens["is_alpha"].to_numpy(), "doc_id"].value_counts()
    content = tokens["kind"].isin(list(CONTENT_KINDS)).to_numpy() & ~tokens["is_punct"].to_numpy()
    content_words = tokens.loc[content, "doc_id"].value_counts()
    rows = []
    for article in articles:
        kinds = [p.kind for p in article.paragraphs]
        rows.append({
            "doc_id": article.id, "path": article.path, "title": article.title,
            "authors": "; ".join(article.authors),
            "published": article.published.isoformat() if article.published else "",
            "date_source": article.date_source, "date_precision": article.date_precision,
            "dct": article.dct or "", "characters": len(article.text),
            "tokens": int(every.get(article.id, 0)), "words": int(alpha.get(article.id, 0)), "content_words": int(content_words.get(article.id, 0)),
            "body_paragraphs": kinds.count("body"), "captions": kinds.count("caption"),
            "boilerplate": kinds.count("boilerplate"), "shard": shard,
        })
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def _tokenise_isolated(articles: list[Article], errors: list[ErrorRecord]) -> tuple[list[Article], pd.DataFrame]:
    """Tokens of the batch; when that fails, of each article alone, so one bad document is
    recorded and skipped instead of stopping the run."""
    from communique.text.tokens import tokenise_many

    try:
        return articles, tokenise_many(articles)
    except Exception:  # noqa: BLE001 - find the article that fails
        pass
    kept = []
    for article in articles:
        try:
            tokenise_many([article])
        except Exception as err:  # noqa: BLE001
            errors.append((article.path, "error", f"cannot tokenise ({type(err).__name__}: {str(err)[:200]})"))
            continue
        kept.append(article)
    return kept, tokenise_many(kept)


def prepare_batch(batch: Batch, *, folder: str, date: str | None = None,
                  settings: LoadSettings | None = None) -> ShardInfo:
    """Load, tokenise and store one batch as a shard (runs in a worker)."""
    import pandas as pd

    articles, errors = load_batch(batch, date=date, settings=settings)
    articles, tokens = _tokenise_isolated(articles, errors)
    shard = Shard(folder, batch.index)
    _write_parquet(pd.DataFrame([_article_row(a) for a in articles],
                                columns=list(_article_row(Article("", "", "")))), shard.articles_path)
    _write_parquet(tokens, shard.tokens_path)
    return ShardInfo(shard, documents_rows(articles, tokens, batch.index), tuple(sorted(errors)))


def _write_parquet(table: pd.DataFrame, path: Path) -> None:
    """Write atomically, so a killed run never leaves half a shard."""
    import os

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    table.to_parquet(tmp, index=False, engine="pyarrow")
    os.replace(tmp, path)


# --- the shard folder of a run --------------------------------------------------------------


def article_stubs(documents: pd.DataFrame | None) -> list[Article]:
    """Articles without text, from :data:`DOCUMENT_COLUMNS` rows (for labels, dates and paths)."""
    if documents is None:
        return []
    return [
        Article(id=row.doc_id, path=row.path, text="", title=row.title,
                authors=tuple(a for a in row.authors.split("; ") if a),
                published=datetime.fromisoformat(row.published) if row.published else None,
                date_source=row.date_source, date_precision=row.date_precision)
        for row in documents.itertuples(index=False)
    ]


def prepare_shards(inputs: Iterable[str | Path], folder: str | Path, *, runner, date: str | None = None,
                   batch_size: int = DEFAULT_BATCH_SIZE, errors: list[LoadError], reuse: bool = True,
                   progress=None, settings: LoadSettings | None = None) -> tuple[list[Shard], pd.DataFrame]:
    """Shards of the inputs in ``folder`` (reused when complete) and the documents' metadata.

    ``runner`` (:class:`communique.run.engine.Runner`) runs :func:`prepare_batch` on its workers;
    ``progress(results, total=, weight=)`` wraps the stream of finished batches (e.g. a progress
    bar: ``total`` planned documents, ``weight(info)`` those of a batch). Load problems are
    appended to ``errors``. ``folder/index.json`` is written last, so only a complete folder
    is ever reused.
    """
    import shutil

    import pandas as pd

    folder = Path(folder)
    index_path = folder / "index.json"
    if reuse and index_path.is_file():
        try:
            index = json.loads(index_path.read_text("utf-8"))
            documents = pd.read_parquet(folder / "documents.parquet")
            shards = [Shard(str(folder), n) for n in range(index["shards"])]
            if all(s.tokens_path.is_file() and s.articles_path.is_file() for s in shards):
                errors.extend(LoadError(p, r, severity=s) for p, s, r in index["errors"])
                return shards, documents
        except (OSError, ValueError, KeyError):
            pass  # damaged: prepare again
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    found: list[LoadError] = []
    # Counted first, so a progress bar shows its total at once: a planning pass that keeps only
    # each batch's size (file names; table rows are read and dropped), then the streaming pass,
    # so no more than a window of batches is ever held in memory.
    planned = {b.index: len(b.files) + len(b.rows)
               for b in plan_batches(inputs, batch_size=batch_size, date=date, errors=[], settings=settings)}
    batches = plan_batches(inputs, batch_size=batch_size, date=date, errors=found, settings=settings)
    results = runner.map(prepare_batch, batches, folder=str(folder), date=date, settings=settings)
    infos: list[ShardInfo] = list(progress(results, total=sum(planned.values()),
                                           weight=lambda info: planned[info.shard.index])
                                  if progress else results)
    records = sorted({(e.path, e.severity, e.reason) for e in found} | {r for i in infos for r in i.errors})
    frames = [i.documents for i in infos if len(i.documents)]
    documents = (pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=DOCUMENT_COLUMNS))
    _write_parquet(documents, folder / "documents.parquet")
    tmp = index_path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"shards": len(infos), "errors": records}), "utf-8")
    tmp.replace(index_path)
    errors.extend(LoadError(p, r, severity=s) for p, s, r in records)
    return [i.shard for i in infos], documents
