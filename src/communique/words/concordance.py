"""KWIC concordances: every occurrence of a word or phrase with its context and offsets.

:func:`kwic` returns the data (a DataFrame), :func:`format_kwic` the aligned lines to print,
as NLTK's ``ConcordanceIndex.find_concordance`` / ``print_concordance`` do. Context never
crosses the paragraph, so photo captions and "Read more" lines stay out of it.

>>> table = kwic("Sanctions bite. The UN kept sanctions on Pyongyang.", "sanctions", width=12)
>>> table[["start", "end", "left", "match", "right"]].values.tolist()
[[0, 9, '', 'Sanctions', ' bite. The U'], [28, 37, 'The UN kept ', 'sanctions', ' on Pyongyan']]
>>> print(format_kwic(table, width=12))
             Sanctions  bite. The U
The UN kept  sanctions  on Pyongyan
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from communique.text.corpus import CONTENT_KINDS, Article, paragraph_spans
from communique.words import _coding

if TYPE_CHECKING:
    import pandas as pd

KWIC_COLUMNS = ["doc_id", "para", "sent", "i", "start", "end", "left", "match", "right",
                "sent_start", "sent_end"]
_SPACE = re.compile(r"\s+")


def _texts_of_tokens(tokens: pd.DataFrame) -> tuple[dict[str, str], dict[str, list[tuple[int, int]]]]:
    """Each document's text rebuilt from its tokens at their offsets (whitespace between them
    becomes spaces), and its paragraph spans: enough for a concordance of a tokens table."""
    texts, paras = {}, {}
    for doc_id, group in tokens.groupby("doc_id", sort=False):
        chars = [" "] * int(group["end"].max())
        for start, text in zip(group["start"].tolist(), group["text"].astype(str).tolist()):
            chars[start:start + len(text)] = text
        texts[str(doc_id)] = "".join(chars)
        spans = group.groupby("para")[["start", "end"]].agg({"start": "min", "end": "max"})
        last = int(spans.index.max()) if len(spans) else -1
        paras[str(doc_id)] = [tuple(map(int, spans.loc[p])) if p in spans.index else (0, 0) for p in range(last + 1)]
    return texts, paras


def _texts(source) -> tuple[list, dict[str, str], dict[str, list[tuple[int, int]]]]:
    """The sources as a list, doc_id -> text, doc_id -> paragraph spans."""
    from communique.text.inputs import as_sources

    sources = as_sources(source, what="kwic")
    texts, paras = {}, {}
    for item in sources:
        if isinstance(item, Article):
            texts[item.id] = item.text
            paras[item.id] = [(p.start, p.end) for p in item.paragraphs]
        else:
            texts[""] = item
            paras[""] = paragraph_spans(item)
    return sources, texts, paras


def query_terms(query: str, *, by: str = "norm") -> list[str]:
    """The query as a list of ``by`` values, tokenised like the text ("Kim Jong-un" -> 2 terms).

    >>> query_terms("North Korea's")
    ['north', 'korea', "'s"]
    """
    from communique.text.tokens import tokenise

    table = tokenise(query, lemmas=by == "lemma")
    return table[by].tolist()


def query_parts(query: str, *, by: str = "norm") -> list[str]:
    """Like :func:`query_terms`, but a word with ``*`` stays one wildcard term (any letters).

    >>> query_parts("sanction* on Russia")
    ['sanction*', 'on', 'russia']
    """
    if "*" not in query:
        return query_terms(query, by=by)
    parts: list[str] = []
    for word in query.split():
        parts.extend([word.lower()] if "*" in word else query_terms(word, by=by))
    return parts


def _matching(key, part: str):
    """Boolean array: which token keys ``part`` matches (``*`` = any run of letters or digits)."""
    import re

    import numpy as np
    import pandas as pd

    if "*" not in part:
        return key == part
    pattern = "".join(r"[^\W_]*" if piece == "*" else re.escape(piece) for piece in re.split(r"(\*)", part) if piece)
    return pd.Series(key, dtype=object).astype(str).str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool) \
        if len(key) else np.zeros(0, dtype=bool)


def kwic(
    source,
    query: str,
    *,
    width: int = 40,
    by: str = "norm",
    tokens: pd.DataFrame | None = None,
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """Every occurrence of ``query`` (a word, a phrase, or a wildcard such as ``sanction*``) in
    ``source`` with ``width`` characters each side.

    ``query`` words may hold wildcards: ``sanction*`` finds "sanction", "sanctions",
    "sanctioned". ``source`` is a text, an :class:`Article`, a list of
    either, a DataFrame of articles, or a tokens table alone (the context is then rebuilt from the
    tokens, with spaces for the whitespace between them); pass the articles' ``tokens`` table
    when you have it (a larger corpus's table is fine: only the given articles are searched). Matching is case-insensitive (``by="norm"``) or by lemma (``by="lemma"``:
    "met" finds "meet", "meets", "met") or stem. ``start``/``end`` index the document's text;
    ``sent_start``/``sent_end`` bound the sentence. Whitespace in the context is shown as single
    spaces. Columns: :data:`KWIC_COLUMNS`, sorted by document order.
    """
    import numpy as np
    import pandas as pd

    from communique.text.tokens import tokenise_many

    if by not in ("norm", "lemma", "stem", "text"):
        raise ValueError(f"by must be norm, lemma, stem or text (got {by!r})")
    from communique.text.inputs import is_tokens_table

    if is_tokens_table(source):
        tokens, source = source, None
        texts, paras = _texts_of_tokens(tokens)
    else:
        sources, texts, paras = _texts(source)
    if tokens is None:
        tokens = tokenise_many(sources, lemmas=by == "lemma")
    elif "" not in texts:  # a table of a larger corpus: only the documents given
        given = tokens["doc_id"].isin(list(texts)).to_numpy()
        if not given.all():  # (a copy of the table only when rows go)
            tokens = tokens[given]
    if kinds is not None:
        wanted = tokens["kind"].isin(list(kinds)).to_numpy()
        if not wanted.all():
            tokens = tokens[wanted]
    parts = query_parts(query, by=by) if by != "text" else query.split()
    if not parts:
        raise ValueError(f"empty query {query!r}")
    column = tokens[by]
    if isinstance(column.dtype, pd.CategoricalDtype):  # matched on the categories, spread by the codes
        values = np.asarray(column.cat.categories, dtype=object)
        codes = column.cat.codes.to_numpy()  # (-1, a missing value, takes the False appended)
        masks = [np.append(_matching(values, part), False)[codes] for part in parts]
    else:
        key = column.to_numpy()
        masks = [_matching(key, part) for part in parts]  # per query term: which tokens it matches
    # Documents compared by integer codes; a hit's document named by its string.
    doc, doc_names = _coding.column_codes(tokens["doc_id"])
    sent = tokens["sent"].to_numpy()
    idx = tokens["i"].to_numpy()
    para = tokens["para"].to_numpy()
    starts = tokens["start"].to_numpy()
    ends = tokens["end"].to_numpy()
    m = len(parts)
    rows = []
    n = len(doc)
    hits = np.flatnonzero(masks[0]).tolist()
    if hits:  # each token's sentence as a run of the table: bounds in one pass, not a scan per hit
        new_run = np.ones(n, dtype=bool)
        new_run[1:] = (doc[1:] != doc[:-1]) | (sent[1:] != sent[:-1])
        run_first = np.flatnonzero(new_run)
        run_last = np.append(run_first[1:] - 1, n - 1)
        run_of = np.cumsum(new_run) - 1
    for k in hits:
        if k + m > n:
            continue
        if any(not masks[j][k + j] or doc[k + j] != doc[k] or idx[k + j] != idx[k] + j for j in range(1, m)):
            continue
        d = doc_names[doc[k]]
        text = texts.get(d)
        if text is None:
            raise ValueError(f"no text for document {d!r}: pass the articles the tokens came from")
        start, end = int(starts[k]), int(ends[k + m - 1])
        p = int(para[k])
        p_start, p_end = paras[d][p] if p < len(paras[d]) else (0, len(text))
        left = _SPACE.sub(" ", text[max(p_start, start - width) : start])
        right = _SPACE.sub(" ", text[end : min(p_end, end + width)])
        first, last = int(run_first[run_of[k]]), int(run_last[run_of[k]])
        rows.append((d, p, int(sent[k]), int(idx[k]), start, end, left, text[start:end], right,
                     int(starts[first]), int(ends[last])))
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def format_kwic(table: pd.DataFrame, *, width: int | None = None, show_offsets: bool = False) -> str:
    """Aligned concordance lines: left context right-aligned, the match, right context.

    With ``show_offsets`` each line starts with ``doc_id:start-end``.
    """
    if table.empty:
        return ""
    width = width or max(max(len(s) for s in table["left"]), 1)
    lines = []
    for row in table.itertuples(index=False):
        left = row.left[-width:].rjust(width)
        right = row.right[:width]
        prefix = f"{row.doc_id}:{row.start}-{row.end}  " if show_offsets else ""
        lines.append(f"{prefix}{left} {row.match} {right}".rstrip())
    return "\n".join(lines)
