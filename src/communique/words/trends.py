"""Where and when words occur: dispersion over the text, and counts per calendar period.

>>> from communique.text.tokens import tokenise
>>> dispersion(tokenise("Talks resume. Talks end."), "talks")["pos"].tolist()
[0, 2]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from communique.text.corpus import CONTENT_KINDS, Article
from communique.words import _coding
from communique.words.frequencies import PER, By, as_tokens

if TYPE_CHECKING:
    import pandas as pd


def _query_terms(words: Iterable[str] | str) -> list[str]:
    if isinstance(words, str):
        words = [words]
    return [w.casefold().replace("’", "'") for w in words]


def dispersion(
    tokens,
    words: Iterable[str] | str,
    *,
    by: By = "norm",
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """Where each word occurs: one row per occurrence with its position in the text.

    ``words`` may be phrases ("north korea"); they match consecutive tokens of one sentence.
    Columns: ``word, doc_id, sent, i`` (the token's ``i`` in the tokens table), ``pos`` (running-word
    position over the whole table, punctuation not counted: the x axis of a lexical dispersion
    plot), ``rel_pos`` (0..1, running-word position within the document), ``start, end`` (character offsets). Sorted by word order given, then pos.
    """
    import numpy as np
    import pandas as pd

    table = as_tokens(tokens, kinds=kinds)
    words_mask = ~table["is_punct"].to_numpy(dtype=bool)
    # Words and documents as integer codes (a categorical column without a string per row), each
    # word's hits found by comparing codes, and its rows built column by column.
    key, key_values = _coding.column_codes(table[by], words_mask)
    doc_codes, doc_values = _coding.column_codes(table["doc_id"], words_mask)
    sent = table["sent"].to_numpy()[words_mask]
    token_i = table["i"].to_numpy()[words_mask]
    starts = table["start"].to_numpy()[words_mask]
    ends = table["end"].to_numpy()[words_mask]
    sizes = np.bincount(doc_codes, minlength=len(doc_values))[doc_codes] if len(doc_codes) else doc_codes
    firsts = np.zeros(len(doc_values), dtype=np.int64)
    firsts[doc_codes[::-1]] = np.arange(len(doc_codes))[::-1]
    first = firsts[doc_codes] if len(doc_codes) else doc_codes
    number = {v: c for c, v in enumerate(key_values.tolist())}
    n = len(key)
    columns = ["word", "doc_id", "sent", "i", "pos", "rel_pos", "start", "end"]
    found = []
    for word in dict.fromkeys(_query_terms(words)):
        parts = [number.get(p) for p in word.split()]
        m = len(parts)
        if any(p is None for p in parts):
            continue
        hits = np.flatnonzero(key == parts[0])
        hits = hits[hits + m <= n]
        for j in range(1, m):  # a phrase: consecutive words of one sentence of one document
            nxt = hits + j
            hits = hits[(key[nxt] == parts[j]) & (sent[nxt] == sent[hits]) & (doc_codes[nxt] == doc_codes[hits])]
        if not len(hits):
            continue
        found.append({
            "word": np.full(len(hits), word, dtype=object), "doc_id": doc_values[doc_codes[hits]],
            "sent": sent[hits], "i": token_i[hits].astype(np.int64), "pos": hits.astype(np.int64),
            "rel_pos": (hits - first[hits]) / np.maximum(sizes[hits] - 1, 1),
            "start": starts[hits].astype(np.int64), "end": ends[hits + m - 1].astype(np.int64),
        })
    if not found:
        return pd.DataFrame([], columns=columns)
    return pd.DataFrame({c: np.concatenate([f[c] for f in found]) for c in columns}, columns=columns)


def doc_dates(articles: Iterable[Article]) -> dict[str, object]:
    """doc_id -> publication datetime (``None`` when unknown)."""
    return {a.id: a.published for a in articles}


FREQ_ALIASES = {"day": "D", "week": "W-MON", "month": "M", "quarter": "Q", "year": "Y"}


def term_trends(
    tokens,
    dates: Mapping[str, object] | Iterable[Article],
    words: Iterable[str] | str,
    *,
    freq: str = "month",
    by: By = "norm",
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """How often each word occurs per calendar period, normalised per 10,000 running words.

    ``dates`` maps doc_id to a publication date (or is the articles); documents without a date
    are left out. ``freq`` is ``day``, ``week``, ``month``, ``quarter`` or ``year`` (or a pandas
    period alias). Every period between the first and last dated document appears, with zero
    counts where a word is absent. Columns: ``period`` (a pandas Period), ``date`` (its start),
    ``word, count, words`` (running words of the period), ``docs``, ``per_10k``.
    """
    import pandas as pd

    if not isinstance(dates, Mapping):
        dates = doc_dates(dates)
    table = as_tokens(tokens, kinds=kinds)
    table = table[~table["is_punct"].to_numpy()]
    dated = {d for d, v in dates.items() if v is not None}
    table = table[table["doc_id"].isin(list(dated)).to_numpy()]
    terms = _query_terms(words)
    hits = dispersion(table, terms, by=by, kinds=None) if len(table) and terms else pd.DataFrame(
        columns=["word", "doc_id"])
    return trends_from_counts(Counter(table["doc_id"].tolist()), hits, dates, terms, freq=freq)


def trends_from_counts(doc_words: Mapping[str, int], hits: pd.DataFrame, dates: Mapping[str, object],
                       words: Iterable[str] | str, *, freq: str = "month") -> pd.DataFrame:
    """The :func:`term_trends` table from running words per document and the words' hits.

    ``hits`` has one row per occurrence with ``doc_id`` and ``word`` (as :func:`dispersion`
    returns), so a corpus can be counted in parts and combined here.
    """
    import pandas as pd

    alias = FREQ_ALIASES.get(freq, freq)
    columns = ["period", "date", "word", "count", "words", "docs", "per_10k"]
    terms = _query_terms(words)
    doc_period = {d: pd.Timestamp(v).to_period(alias) for d, v in dates.items()
                  if v is not None and doc_words.get(d, 0) > 0}
    if not doc_period or not terms:
        return pd.DataFrame(columns=columns)
    words_per: Counter = Counter()
    docs_per: Counter = Counter()
    for doc, period in doc_period.items():
        words_per[period] += int(doc_words[doc])
        docs_per[period] += 1
    hits = hits[hits["doc_id"].isin(list(doc_period)).to_numpy()]
    counts = Counter(zip(hits["doc_id"].map(doc_period).tolist(), hits["word"].tolist()))
    full = pd.period_range(min(doc_period.values()), max(doc_period.values()), freq=alias)
    rows = []
    for period in full:
        n_words = int(words_per.get(period, 0))
        for word in dict.fromkeys(terms):
            c = counts.get((period, word), 0)
            rows.append((period, period.start_time, word, c, n_words, int(docs_per.get(period, 0)),
                         PER * c / n_words if n_words else float("nan")))
    return pd.DataFrame(rows, columns=columns)
