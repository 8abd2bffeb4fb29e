"""n-grams and their association measures (collocations): counts of adjacent words scored with NLTK.

n-grams never cross a sentence; counts of parts of a corpus add up to those of the whole
(:func:`bigram_counts`, then :func:`score_bigrams`), which is how ``communique run`` streams them.

>>> ngrams("North Korea and North Korea.")[["ngram", "count"]].values.tolist()
[['north korea', 2]]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Literal

from communique.text.corpus import CONTENT_KINDS
from communique.words import _coding
from communique.words.frequencies import PER, By, as_tokens, term_mask, word_count

if TYPE_CHECKING:
    import pandas as pd

Measure = Literal["likelihood_ratio", "pmi", "student_t", "chi_sq", "raw_freq"]
MEASURES: tuple[str, ...] = ("likelihood_ratio", "pmi", "student_t", "chi_sq", "raw_freq")


def _gram_starts(link, n: int, good, size: int):
    """Rows where an n-gram of adjacent tokens of one sentence starts (all ``good`` if given)."""
    import numpy as np

    if size < n:
        return np.zeros(0, dtype=np.int64)
    valid = np.ones(size - n + 1, dtype=bool)
    for j in range(n - 1):
        valid &= link[j : size - n + 1 + j]
    if good is not None:
        for j in range(n):
            valid &= good[j : size - n + 1 + j]
    return np.flatnonzero(valid)


def _gram_codes(codes, link, n: int, good=None):
    """One integer code per n-gram occurrence (base-vocabulary digits of the word codes)."""
    import numpy as np

    starts = _gram_starts(link, n, good, len(codes))
    vocab = int(codes.max(initial=0)) + 1
    gram = np.zeros(len(starts), dtype=np.int64)
    for j in range(n):
        gram = gram * vocab + codes[starts + j]
    return gram


def _decode(gram, vocab: int, n: int) -> list[tuple[int, ...]]:
    parts = []
    rest = gram.copy()
    for _ in range(n):
        parts.append(rest % vocab)
        rest = rest // vocab
    return list(zip(*[p.tolist() for p in reversed(parts)]))


def ngram_counts(table: pd.DataFrame, n: int, by: str, stop: bool, punct: bool, min_count: int = 1):
    """n-gram counts (adjacent tokens within a sentence), word counts and N, as code arrays.

    Unigrams are every token of the table (as NLTK's collocation finders count them); n-grams
    holding a stop word (unless ``stop``) or punctuation (unless ``punct``) are dropped after
    counting, so they are never made of words that were not adjacent in the text. Returns
    ``(grams, counts, word_counts, values, N)``: ``grams`` are tuples of codes into ``values``.
    """
    import numpy as np

    codes, values = _coding.column_codes(table[by])
    good = term_mask(table, stop=stop, punct=punct)
    link = _coding.links(table)
    if (int(codes.max(initial=0)) + 1) ** n >= 2**62:  # codes would overflow: count tuples instead
        found = Counter(tuple(codes[k : k + n].tolist()) for k in _gram_starts(link, n, good, len(codes)).tolist())
        items = sorted((g, c) for g, c in found.items() if c >= min_count)
        counts = np.array([c for _, c in items], dtype=np.int64)
        return [g for g, _ in items], counts, np.bincount(codes, minlength=len(values)), values, len(codes)
    grams, counts = _coding.unique_counts(_gram_codes(codes, link, n, good))
    keep = counts >= min_count
    vocab = int(codes.max(initial=0)) + 1
    return _decode(grams[keep], vocab, n), counts[keep], np.bincount(codes, minlength=len(values)), values, len(codes)


def ngrams(
    tokens,
    n: int = 2,
    *,
    by: By = "norm",
    stop: bool = False,
    punct: bool = False,
    top: int | None = None,
    min_count: int = 1,
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """Counts of n-grams (adjacent tokens within a sentence); columns ``ngram, n, count, per_10k``.

    By default n-grams holding a stop word or punctuation are left out.

    >>> ngrams("North Korea and North Korea.")[["ngram", "count"]].values.tolist()
    [['north korea', 2]]
    """
    import pandas as pd

    _coding.check_by(by)
    if n < 1:
        raise ValueError("n must be at least 1")
    table = as_tokens(tokens, kinds=kinds)
    grams, counts, _, values, _ = ngram_counts(table, n, by, stop, punct, min_count=min_count)
    total = word_count(table, kinds=None)
    frame = pd.DataFrame({
        "ngram": [" ".join(values[list(g)]) for g in grams],
        "n": n,
        "count": counts,
        "per_10k": PER * counts / total if total else 0.0,
    }, columns=["ngram", "n", "count", "per_10k"])
    frame = frame.sort_values(["count", "ngram"], ascending=[False, True], kind="stable")
    return (frame.head(top) if top is not None else frame).reset_index(drop=True)


def collocations(
    tokens,
    *,
    n: int = 2,
    measure: Measure = "likelihood_ratio",
    min_freq: int = 2,
    by: By = "norm",
    stop: bool = False,
    top: int | None = 20,
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """Collocations scored with NLTK's association measures (bigrams, or trigrams with ``n=3``).

    Counts are taken like NLTK's ``BigramCollocationFinder.from_words`` over the content tokens
    (punctuation included in N, n-grams limited to one sentence), n-grams seen fewer than
    ``min_freq`` times or holding a stop word or punctuation are dropped, and every remaining one
    is scored with every measure of :class:`nltk.metrics.BigramAssocMeasures` (or Trigram...).
    Columns: ``ngram, words, count, likelihood_ratio, pmi, student_t, chi_sq, raw_freq``; sorted
    by ``measure`` (descending), then ngram.
    """
    import numpy as np
    import pandas as pd
    from nltk.metrics import TrigramAssocMeasures

    _coding.check_by(by)
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)} (got {measure!r})")
    if n not in (2, 3):
        raise ValueError("collocations are bigrams (n=2) or trigrams (n=3)")

    table = as_tokens(tokens, kinds=kinds)
    if n == 2:
        pairs, unigrams, total = bigram_counts(table, by=by, stop=stop, kinds=None)
        return score_bigrams(pairs, unigrams, total, measure=measure, min_freq=min_freq, top=top)
    grams, counts, words, values, total = ngram_counts(table, n, by, stop, False, min_count=min_freq)
    columns = ["ngram", "words", "count", *MEASURES]
    if not grams:
        return pd.DataFrame(columns=columns)
    rows = []
    # Trigrams: also the counts of each word pair inside them and of the outer pair ("a _ c").
    assoc = TrigramAssocMeasures
    codes, _ = _coding.column_codes(table[by])
    link = _coding.links(table)
    vocab = int(codes.max(initial=0)) + 1
    pair_grams, pair_counts = _coding.unique_counts(_gram_codes(codes, link, 2))
    wild_link = link[:-1] & link[1:]
    wild = codes[:-2][wild_link] * vocab + codes[2:][wild_link] if len(codes) > 2 else np.zeros(0, np.int64)
    wild_grams, wild_counts = _coding.unique_counts(wild)

    def lookup(keys, counts_of, wanted):
        pos = np.searchsorted(keys, wanted)
        pos = np.minimum(pos, max(len(keys) - 1, 0))
        return np.where(len(keys) and keys[pos] == wanted, counts_of[pos] if len(keys) else 0, 0)

    g = np.array(grams, dtype=np.int64)
    n_iix = lookup(pair_grams, pair_counts, g[:, 0] * vocab + g[:, 1])
    n_xii = lookup(pair_grams, pair_counts, g[:, 1] * vocab + g[:, 2])
    n_ixi = lookup(wild_grams, wild_counts, g[:, 0] * vocab + g[:, 2])
    for k, ((w1, w2, w3), c) in enumerate(zip(grams, counts.tolist())):
        args = (c, (int(n_iix[k]), int(n_ixi[k]), int(n_xii[k])),
                (int(words[w1]), int(words[w2]), int(words[w3])), total)
        rows.append((w1, w2, w3, c, *[_score(getattr(assoc, m), args) for m in MEASURES]))
    width = n
    parts = [[values[r[j]] for r in rows] for j in range(width)]
    frame = pd.DataFrame(
        {
            "ngram": [" ".join(t) for t in zip(*parts)],
            "words": list(zip(*parts)),
            "count": [r[width] for r in rows],
            **{m: [r[width + 1 + k] for r in rows] for k, m in enumerate(MEASURES)},
        },
        columns=columns,
    )
    frame = frame.sort_values([measure, "ngram"], ascending=[False, True], kind="stable")
    return (frame.head(top) if top is not None else frame).reset_index(drop=True)


def bigram_counts(tokens, *, by: By = "norm", stop: bool = False,
                  kinds: Iterable[str] | None = CONTENT_KINDS) -> tuple[Counter, Counter, int]:
    """What bigram collocations are scored from: pair counts, word counts and N.

    Pairs are adjacent words of one sentence without stop words (unless ``stop``) or
    punctuation; word counts and N cover every token, as NLTK's finders count them. Counts of
    parts of a corpus add up to the counts of the whole (see :func:`score_bigrams`).
    """
    table = as_tokens(tokens, kinds=kinds)
    grams, counts, words, values, total = ngram_counts(table, 2, by, stop, False)
    pairs = Counter({(values[a], values[b]): c for (a, b), c in zip(grams, counts.tolist())})
    return pairs, Counter(dict(zip(values.tolist(), words.tolist()))), int(total)


def score_bigrams(pairs: Mapping[tuple[str, str], int], words: Mapping[str, int], total: int, *,
                  measure: Measure = "likelihood_ratio", min_freq: int = 2, top: int | None = 20) -> pd.DataFrame:
    """The :func:`collocations` table of bigram counts (from :func:`bigram_counts`).

    >>> pairs, words, n = bigram_counts("North Korea met. North Korea left.")
    >>> score_bigrams(pairs, words, n)[["ngram", "count"]].values.tolist()
    [['north korea', 2]]
    """
    import pandas as pd
    from nltk.metrics import BigramAssocMeasures

    columns = ["ngram", "words", "count", *MEASURES]
    rows = []
    for (w1, w2), c in pairs.items():
        if c >= min_freq:
            args = (c, (int(words[w1]), int(words[w2])), total)
            rows.append((w1, w2, c, *[_score(getattr(BigramAssocMeasures, m), args) for m in MEASURES]))
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(
        {
            "ngram": [f"{r[0]} {r[1]}" for r in rows],
            "words": [(r[0], r[1]) for r in rows],
            "count": [r[2] for r in rows],
            **{m: [r[3 + k] for r in rows] for k, m in enumerate(MEASURES)},
        },
        columns=columns,
    )
    frame = frame.sort_values([measure, "ngram"], ascending=[False, True], kind="stable")
    return (frame.head(top) if top is not None else frame).reset_index(drop=True)


def _score(func, args: tuple) -> float:
    try:
        return float(func(*args))
    except (ValueError, ZeroDivisionError):
        return float("nan")
