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
