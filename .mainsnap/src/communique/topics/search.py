"""Finding topics by word and placing them on a map: :func:`find_topics` and :func:`topic_map`.

>>> docs = [["tax", "sanction", "bank"], ["bank", "sanction", "rate"], ["sanction", "rate", "tax"],
...         ["goal", "match", "cup"], ["cup", "match", "team"], ["team", "goal", "match"]]
>>> from communique.topics.model import TopicModel
>>> model = TopicModel(n_topics=2, stability_runs=0, phrases=None).fit(docs)
>>> found = find_topics(model, "sanction*")
>>> found["top_terms"].iloc[0].split(", ")[0], found["matched"].iloc[0]
('sanction', 'sanction')
>>> topic_map(model, of="topics")[["topic", "documents"]].values.tolist()
[[0, 3], [1, 3]]
"""

from __future__ import annotations

import fnmatch
import re
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas as pd

TopicModel = Any  # a fitted communique.topics.model.TopicModel (not imported: the model imports this module)

FOUND_COLUMNS = ["topic", "label", "score", "matched", "documents", "top_terms"]
MAP_COLUMNS = {"topics": ["topic", "label", "x", "y", "share", "documents", "top_terms"],
               "documents": ["doc_id", "topic", "label", "x", "y", "weight"]}


def _query_terms(query: str | list[str], vocabulary) -> list[str]:
    """Vocabulary terms a query names: words as typed, as lemmas, or ``*``/``?`` wildcards."""
    from communique.text.tokens import tokenise_many

    words = query.split() if isinstance(query, str) else [str(q) for q in query]
    vocab = [str(v) for v in vocabulary]
    known = set(vocab)
    found: list[str] = []
    for word in words:
        word = word.lower()
        if any(ch in word for ch in "*?["):
            pattern = re.compile(fnmatch.translate(word))
            found += [v for v in vocab if pattern.match(v)]
            continue
        forms = {word}
        table = tokenise_many([word], doc_ids=["q"])
        forms.update(table["lemma"].astype(str)); forms.update(table["stem"].astype(str))
        found += [f for f in sorted(forms) if f in known]
    return list(dict.fromkeys(found))


def find_topics(model: TopicModel, query: str | list[str], n: int | None = None) -> pd.DataFrame:
    """Topics of a fitted model ranked by the weight of the query's terms in them.

    ``query`` is words ("sanctions", "oil gas"), as typed, as lemmas, or with wildcards
    ("sanction*"); the score is the summed share of the topic's term weight those words hold.
    Topics where no query term weighs are left out; an empty table says no term matched.
    Columns: topic, label, score, matched (the terms that weigh, heaviest first), documents, top_terms.
    """
    import numpy as np
    import pandas as pd

    terms = _query_terms(query, model.vocabulary_)
    if not terms:
        return pd.DataFrame(columns=FOUND_COLUMNS)
    index = {str(v): i for i, v in enumerate(model.vocabulary_)}
    columns = [index[t] for t in terms]
    weights = model.components_[:, columns]
    rows = []
    for topic in range(model.n_topics_):
        score = float(weights[topic].sum())
        if score <= 0:
            continue
        order = np.argsort(-weights[topic], kind="stable")
        matched = [terms[j] for j in order if weights[topic, j] > 0]
        info = model.topics_.iloc[topic]
        rows.append({"topic": topic, "label": info["label"], "score": score, "matched": ", ".join(matched[:5]),
                     "documents": int(info["documents"]), "top_terms": info["top_terms"]})
    table = pd.DataFrame(rows, columns=FOUND_COLUMNS)
    table = table.sort_values(["score", "topic"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return table.head(n) if n else table


def _plane(points) -> Any:
    """Deterministic 2-D coordinates: the first two principal axes, signs fixed by the largest loading."""
    import numpy as np

    centred = points - points.mean(axis=0, keepdims=True)
    if centred.shape[0] < 2 or not np.any(centred):
        return np.zeros((points.shape[0], 2))
    u, s, vt = np.linalg.svd(centred, full_matrices=False)
    coords = np.zeros((points.shape[0], 2))
    for axis in range(min(2, len(s))):
        sign = np.sign(vt[axis][np.argmax(np.abs(vt[axis]))]) or 1.0
        coords[:, axis] = u[:, axis] * s[axis] * sign
    return coords


def topic_map(model: TopicModel, of: Literal["topics", "documents"] = "topics") -> pd.DataFrame:
    """Topics (by their term distributions) or documents (by their topic weights) in two dimensions.

    The coordinates are principal axes of the square roots of the distributions (Hellinger
    geometry: near means similar), so the map is deterministic. Columns for topics: topic, label,
    x, y, share, documents, top_terms; for documents: doc_id, topic, label, x, y, weight.
    """
    import numpy as np
    import pandas as pd

    if of == "topics":
        xy = _plane(np.sqrt(model.components_))
        topics = model.topics_
        return pd.DataFrame({"topic": topics["topic"], "label": topics["label"], "x": xy[:, 0], "y": xy[:, 1],
                             "share": topics["share"], "documents": topics["documents"],
                             "top_terms": topics["top_terms"]}, columns=MAP_COLUMNS["topics"])
    if of != "documents":
        raise ValueError(f"of must be 'topics' or 'documents', not {of!r}")
    xy = _plane(np.sqrt(model.weights_))
    dominant = model.doc_topics_["topic"].to_numpy()
    labels = [model.labels_[t] if t >= 0 else "" for t in dominant]
    return pd.DataFrame({"doc_id": model.doc_topics_["doc_id"], "topic": dominant, "label": labels,
                         "x": xy[:, 0], "y": xy[:, 1], "weight": model.doc_topics_["weight"]},
                        columns=MAP_COLUMNS["documents"])
