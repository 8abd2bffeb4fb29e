"""Topic labels: a topic's top collocation (an adjacent pair of its top terms), then its top terms."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from communique.topics.documents import PAIR_SEP, identity

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
) -> list[str]:
    """A readable label per topic: its strongest collocation, then top terms, joined by ``" / "``.

    A collocation is a pair of adjacent terms, both among the topic's ``pool`` top terms,
    counted in the documents weighted by their share of the topic. It can lead the label when
    its weighted count is at least 2 and at least half of the pair's weight over all topics (so
    "first time", common everywhere, does not name a topic) and, given the documents' ``terms``,
    when the two words are a real collocation: Dice 2 n(ab) / (n(a) + n(b)) >= ``min_dice``
    ("mobile phone", not "two game"). The best has the largest weighted count x Dice. Duplicate
    labels get the topic number appended.

    >>> import numpy as np
    >>> labels = topic_labels(np.array([[0.5, 0.3, 0.2]]), ["rate", "interest", "bank"], np.ones((2, 1)),
    ...                       [["interest|rate"], ["interest|rate", "bank|rate"]])
    >>> labels
    ['interest rate / bank']
    """
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer

    vocabulary = list(vocabulary)
    pair_counts = None
    pair_names: list[str] = []
    if any(len(p) for p in pairs):
        vectorizer = CountVectorizer(analyzer=identity, dtype=np.float64)
        pair_matrix = vectorizer.fit_transform([list(p) for p in pairs])
        pair_names = vectorizer.get_feature_names_out().tolist()
        pair_counts = np.asarray((pair_matrix.T @ np.asarray(weights)).T)  # topics x pairs
        dice = np.ones(len(pair_names))
        if terms is not None:
            from collections import Counter

            unigrams = Counter(t for doc in terms for t in doc)
            raw = np.asarray(pair_matrix.sum(axis=0)).ravel()
            for index, name in enumerate(pair_names):
                a, b = name.split(PAIR_SEP)
                dice[index] = 2 * raw[index] / max(unigrams.get(a, 0) + unigrams.get(b, 0), 1)
    labels = []
    for topic, row in enumerate(np.asarray(components)):
        top = [vocabulary[i] for i in np.argsort(-row, kind="stable")[:pool] if row[i] > 0]
        rank = {term: r for r, term in enumerate(top)}
        parts: list[str] = []
        used: set[str] = set()
        if pair_counts is not None:
            best = None
            totals = pair_counts.sum(axis=0)
            specific = (pair_counts[topic] >= 2.0) & (pair_counts[topic] >= 0.5 * totals) & (dice >= min_dice)
            for index in np.flatnonzero(specific):
                a, b = pair_names[index].split(PAIR_SEP)
                if a in rank and b in rank and a != b:
                    score = float(pair_counts[topic, index] * dice[index])
                    key = (-round(score, 9), rank[a] + rank[b], pair_names[index])
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
