"""Topic labels: a topic's top collocation (an adjacent pair of its top terms), then its top terms."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from communique.topics.coherence import top_indices
from communique.topics.documents import PAIR_SEP

if TYPE_CHECKING:
    import numpy as np


def topic_labels(
    components: np.ndarray,
    vocabulary: Sequence[str],
    weights: np.ndarray,
    pairs: Sequence[Sequence[str]],
    *,
    terms: Sequence[Sequence[str]] | None = None,
    n_parts: int = 3,
    pool: int = 25,
    min_dice: float = 0.1,
    display: Mapping[str, str] | None = None,
) -> list[str]:
    """A readable label per topic: its strongest collocation, then top terms, joined by ``" / "``.

    A collocation is a pair of adjacent terms, both among the topic's ``pool`` top terms,
    counted in the documents weighted by their share of the topic. It can lead the label when
    its weighted count is at least 2 and at least half of the pair's weight over all topics (so
    "first time", common everywhere, does not name a topic) and, given the documents' ``terms``,
    when the two words are a real collocation: Dice 2 n(ab) / (n(a) + n(b)) >= ``min_dice``
    ("mobile phone", not "two game"). The best has the largest weighted count x Dice. Duplicate
    labels get the topic number appended. ``display`` (term -> word, e.g. stem -> lemma) names
    the words of ``pairs`` and ``terms`` as ``vocabulary`` does (the same labels as pairs and
    terms rewritten with it first).

    >>> import numpy as np
    >>> labels = topic_labels(np.array([[0.5, 0.3, 0.2]]), ["rate", "interest", "bank"], np.ones((2, 1)),
    ...                       [["interest|rate"], ["interest|rate", "bank|rate"]])
    >>> labels
    ['interest rate / bank']
    """
    import numpy as np

    vocabulary = list(vocabulary)
    unigrams: Counter | None = None
    if terms is not None:
        unigrams = Counter(chain.from_iterable(terms))
    shown = rename = None
    if display:
        # Counted by term and named afterwards: the same counts when no two words share a name;
        # else the counts are those of the pairs and terms rewritten by name (each distinct
        # pair and term renamed once, its counts added up under its name).
        if unigrams is not None and len(set(map(display.get, unigrams, unigrams))) == len(unigrams):
            shown = display
        else:
            def rename(pair: str) -> str:
                parts = pair.split(PAIR_SEP)
                if len(parts) == 2:
                    return display.get(parts[0], parts[0]) + PAIR_SEP + display.get(parts[1], parts[1])
                return PAIR_SEP.join(display.get(w, w) for w in parts)

            if unigrams is not None:
                named: Counter = Counter()
                for term, n in unigrams.items():
                    named[display.get(term, term)] += n
                unigrams = named
    pair_counts = totals = raw = None
    pair_names: list[str] = []
    if any(len(p) for p in pairs):
        pair_matrix, pair_names = _pair_matrix(pairs, rename)
        pair_counts = np.asarray((pair_matrix.T @ np.asarray(weights)).T)  # topics x pairs
        totals = pair_counts.sum(axis=0)
        raw = np.asarray(pair_matrix.sum(axis=0)).ravel()
    labels = []
    for topic, row in enumerate(np.asarray(components)):
        top = [vocabulary[i] for i in top_indices(row, pool) if row[i] > 0]
        rank = {term: r for r, term in enumerate(top)}
        parts: list[str] = []
        used: set[str] = set()
        if pair_counts is not None:
            best = None
            specific = (pair_counts[topic] >= 2.0) & (pair_counts[topic] >= 0.5 * totals)
            for index in np.flatnonzero(specific).tolist():
                a, b = pair_names[index].split(PAIR_SEP)
                dice = 1.0
                if unigrams is not None:
                    dice = 2 * raw[index] / max(unigrams.get(a, 0) + unigrams.get(b, 0), 1)
                    if not dice >= min_dice:
                        continue
                if shown is not None:
                    a, b = shown.get(a, a), shown.get(b, b)
                if a in rank and b in rank and a != b:
                    score = float(pair_counts[topic, index] * dice)
                    key = (-round(score, 9), rank[a] + rank[b], a + PAIR_SEP + b)
                    best = min(best, key) if best else key
            if best is not None:
                a, b = best[2].split(PAIR_SEP)
                parts.append(f"{a} {b}")
                used |= {a, b}
        for term in top:
            if len(parts) >= n_parts:
                break
            if term not in used:
                parts.append(term)
                used.add(term)
        labels.append(" / ".join(parts) if parts else f"topic {topic}")
    seen: dict[str, int] = {}
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
    return [f"{label} ({t})" if seen[label] > 1 else label for t, label in enumerate(labels)]


def _pair_matrix(pairs: Sequence[Sequence[str]], rename: Callable[[str], str] | None = None):
    """Documents x distinct pairs counts (CSR, float) and the pairs, sorted: scikit-learn's
    ``CountVectorizer(analyzer=identity).fit_transform`` of ``pairs`` (each renamed by
    ``rename`` first, if given), coded by pandas instead of a Python loop per pair."""
    import numpy as np
    import pandas as pd
    import scipy.sparse as sp

    lengths = np.fromiter(map(len, pairs), dtype=np.int64, count=len(pairs))
    flat = np.fromiter(chain.from_iterable(pairs), dtype=object, count=int(lengths.sum()))
    codes, uniques = pd.factorize(flat)
    if rename is not None:  # each distinct pair renamed once; pairs of one name share its code
        renamed, uniques = pd.factorize(np.array([rename(u) for u in uniques.tolist()], dtype=object))
        codes = renamed[codes]
    distinct = uniques.tolist()
    by_name = sorted(range(len(distinct)), key=distinct.__getitem__)  # (the codes in name order: no hash lookups)
    names = [distinct[code] for code in by_name]
    order = np.empty(len(names), dtype=np.int64)
    order[by_name] = np.arange(len(names))
    rows = np.repeat(np.arange(len(pairs)), lengths)
    matrix = sp.csr_matrix((np.ones(len(flat)), (rows, order[codes])), shape=(len(pairs), len(names)))
    matrix.sum_duplicates()
    return matrix, names
