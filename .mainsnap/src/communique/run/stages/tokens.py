"""Stage ``tokens``: the documents table (one row per document, counts from its tokens)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from communique.run.context import RunContext

COLUMNS = ["doc_id", "path", "title", "authors", "published", "date_source", "characters", "words",
           "body_paragraphs", "captions", "boilerplate"]


def documents_table(ctx: RunContext) -> pd.DataFrame:
    """One row per article: id, path, title, authors, publication date and paragraph counts.

    Made from the metadata every shard reported while the inputs were read (no token is re-read).
    """
    return ctx.documents[COLUMNS].reset_index(drop=True)


def run(ctx: RunContext) -> None:
    table = documents_table(ctx)
    ctx.save_table(table, "documents")
    ctx.summary["documents"] = len(table)
    ctx.summary["tokens"] = int(ctx.documents["tokens"].sum()) if len(ctx.documents) else 0
