"""Stage ``tokens``: the documents table and per-document token counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.pipeline import RunContext


def documents_table(ctx: RunContext):
    """One row per article: id, path, title, authors, publication date and paragraph counts."""
    import pandas as pd

    tokens = ctx.tokens()
    counts = tokens[tokens["is_alpha"]].groupby("doc_id", observed=True).size()
    rows = []
    for article in ctx.articles:
        kinds = [p.kind for p in article.paragraphs]
        rows.append(
            {
                "doc_id": article.id,
                "path": article.path,
                "title": article.title,
                "authors": "; ".join(article.authors),
                "published": article.published.isoformat() if article.published else "",
                "date_source": article.date_source,
                "characters": len(article.text),
                "words": int(counts.get(article.id, 0)),
                "body_paragraphs": kinds.count("body"),
                "captions": kinds.count("caption"),
                "boilerplate": kinds.count("boilerplate"),
            }
        )
    return pd.DataFrame(rows)


def run(ctx: RunContext) -> None:
    table = documents_table(ctx)
    ctx.save_table(table, "documents")
    ctx.summary["documents"] = len(table)
    ctx.summary["tokens"] = len(ctx.tokens())
