"""What a function that takes text accepts: a string, an Article, a list of either, or a table.

:func:`as_sources` turns what a user passes into the list of texts and articles the tokenizer
reads, or raises a one-line ``TypeError`` that names what to call instead.

>>> import pandas as pd
>>> [type(s).__name__ for s in as_sources(["One text.", "Another."])]
['str', 'str']
>>> [a.id for a in as_sources(pd.DataFrame({"id": ["a"], "text": ["Some text."]}))]
['a']
>>> as_sources(3)
Traceback (most recent call last):
...
TypeError: expected a text, an Article, a list of them or a DataFrame of articles, not int
"""

from __future__ import annotations

import os
from typing import Any

from communique.text.corpus import Article

TOKEN_MARKERS = {"doc_id", "norm", "start", "end", "sent"}


def is_tokens_table(value: Any) -> bool:
    """A tokens table (:func:`communique.text.tokens.tokenise_many`), not a table of articles."""
    return type(value).__name__ == "DataFrame" and TOKEN_MARKERS <= set(map(str, value.columns))


def as_sources(source: Any, *, what: str = "this function") -> list[str | Article]:
    """The texts and articles in ``source`` (see the module docstring)."""
    if isinstance(source, (str, Article)):
        return [source]
    if isinstance(source, os.PathLike):
        raise TypeError(f"{what} takes text, not a path: load it first with communique.load_corpus({str(source)!r})")
    if type(source).__name__ == "DataFrame":
        if is_tokens_table(source):
            raise TypeError(f"this is already a tokens table: pass it as {what}(articles, tokens=table), "
                            "or use communique.words.term_frequencies(table)")
        from communique.text.corpus import load_corpus

        return list(load_corpus(source))
    if type(source).__name__ == "Series":
        source = source.tolist()
    if isinstance(source, (list, tuple)) or hasattr(source, "__iter__") and not isinstance(source, (bytes, dict)):
        items = list(source)
        bad = next((x for x in items if not isinstance(x, (str, Article))), None)
        if bad is not None:
            raise TypeError(f"{what} takes texts or Articles, but the list holds a {type(bad).__name__}; "
                            "for a table of articles pass the DataFrame itself")
        return items
    raise TypeError(f"expected a text, an Article, a list of them or a DataFrame of articles, not {type(source).__name__}")


FRAME_COLUMNS = ["id", "path", "title", "standfirst", "authors", "published", "date_precision", "date_source",
                 "dct", "n_paragraphs", "text"]


def corpus_frame(articles: Any, *, text: bool = True, meta: bool = True):
    """Articles as a DataFrame: one row each, ``published`` as datetime64 (``dct`` keeps the ISO
    date at its precision), ``authors`` as lists, and one column per metadata field.

    ``articles`` is anything :func:`as_sources` takes (texts get ids ``0, 1, ...``).

    >>> from communique.text.corpus import article_from_text
    >>> from datetime import datetime
    >>> frame = corpus_frame([article_from_text("Talks\\n\\nThey met.", doc_id="a", published=datetime(2019, 4, 25),
    ...                                         date_precision="day", meta={"site": "x.example"})])
    >>> frame[["id", "title", "dct", "site"]].values.tolist(), str(frame["published"].dtype).startswith("datetime64")
    ([['a', 'Talks', '2019-04-25', 'x.example']], True)
    """
    import pandas as pd

    from communique.text.corpus import article_from_text

    items = [a if isinstance(a, Article) else article_from_text(a, doc_id=str(k))
             for k, a in enumerate(as_sources(articles, what="corpus_frame"))]
    rows = []
    for a in items:
        row = {"id": a.id, "path": a.path, "title": a.title, "standfirst": a.standfirst, "authors": list(a.authors),
               "published": a.published, "date_precision": a.date_precision, "date_source": a.date_source,
               "dct": a.dct, "n_paragraphs": len(a.paragraphs), "text": a.text}
        if meta:
            row.update({k: v for k, v in dict(a.meta).items() if k not in row and k})
        rows.append(row)
    frame = pd.DataFrame(rows)
    if frame.empty:
        frame = pd.DataFrame(columns=FRAME_COLUMNS)
    frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
    if not text:
        frame = frame.drop(columns="text")
    return frame
