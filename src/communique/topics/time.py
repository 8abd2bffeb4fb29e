"""Topics over time: each document's calendar period, and topic shares and terms per period."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from communique.topics.model import normalise_rows

if TYPE_CHECKING:
    import pandas as pd

    from communique.topics.model import TopicModel


def document_periods(documents: pd.DataFrame, freq: Literal["auto", "year", "month"] = "auto",
                     dates: Mapping[str, Any] | None = None) -> tuple[pd.Series, str]:
    """The period label of each document (``"2016"`` or ``"2016-03"``; None when undated) and the freq used.

    Dates come from ``dates`` (article id -> date or ISO string) or the documents' ``published``
    column; a document dated only to the year has no month. ``freq="auto"`` uses months when
    every dated document has a month and they span at most three years, else years.
    """
    import pandas as pd

    if dates is not None:
        stamps = pd.to_datetime(documents["article"].map(dates), errors="coerce")
        precision = pd.Series("day", index=documents.index)
    else:
        stamps = pd.to_datetime(documents["published"], errors="coerce")
        precision = documents["date_precision"].fillna("")
    dated = stamps.notna()
    monthly = dated & (precision != "year")
    if freq == "auto":
        span = (stamps[dated].max() - stamps[dated].min()).days if dated.any() else 0
        freq = "month" if dated.any() and monthly.equals(dated) and span <= 3 * 366 else "year"
    if freq == "year":
        labels = stamps.dt.year.map(lambda y: f"{int(y):04d}", na_action="ignore")
    elif freq == "month":
        labels = stamps.dt.strftime("%Y-%m").where(monthly)
    else:
        raise ValueError(f"freq must be auto, year or month, not {freq!r}")
    return labels.where(dated), freq


def topics_over_time(model: TopicModel, *, freq: Literal["auto", "year", "month"] = "auto",
                     dates: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Share of each topic per period (columns ``period, topic, label, share, documents``).

    ``share`` is the mean topic weight of the period's documents (shares of a period sum to
    1); ``documents`` counts the period's documents whose dominant topic it is. Undated
    documents are left out; a ValueError says so when none is dated.
    """
    import numpy as np
    import pandas as pd

    periods, _ = document_periods(model.documents_, freq, dates)
    if periods.notna().sum() == 0:
        raise ValueError("no dated documents: topics over time needs publication dates")
    dominant = model.doc_topics_["topic"].to_numpy()
    rows = []
    for period in sorted(periods.dropna().unique()):
        mask = (periods == period).to_numpy()
        share = model.weights_[mask].mean(axis=0)
        for topic in range(model.n_topics_):
            rows.append({"period": period, "topic": topic, "label": model.labels_[topic],
                         "share": float(share[topic]), "documents": int(np.sum(dominant[mask] == topic))})
    return pd.DataFrame(rows, columns=["period", "topic", "label", "share", "documents"])


def topic_terms_over_time(model: TopicModel, *, freq: Literal["auto", "year", "month"] = "auto",
                          dates: Mapping[str, Any] | None = None, n_terms: int = 10) -> pd.DataFrame:
    """Each topic's top terms within each period, from that period's documents only.

    The weight of term w for topic t in period p is the sum, over the period's documents that
    use w, of the document's weight on t (so a word many of the period's documents on the topic
    use beats a word one speech repeats, such as a country's own name), times the term's weight
    in the topic (so that words of the period that belong to other topics or to none, such as
    "seventieth" in the 2015 UN debates, do not lead), normalised to sum 1. A word that no
    document of the period uses cannot appear. Columns ``period, topic, rank, term, weight``.
    """
    import numpy as np
    import pandas as pd

    from communique.topics.coherence import top_indices

    periods, _ = document_periods(model.documents_, freq, dates)
    if periods.notna().sum() == 0:
        raise ValueError("no dated documents: topics over time needs publication dates")
    rows = []
    matrix = (model.matrix_ > 0).astype(np.float64).tocsr()
    for period in sorted(periods.dropna().unique()):
        mask = np.flatnonzero((periods == period).to_numpy())
        mass = np.asarray((matrix[mask].T @ model.weights_[mask]).T)  # topics x terms
        mass = normalise_rows(mass * model.components_)
        for topic, row in enumerate(mass):
            for rank, index in enumerate(top_indices(row, n_terms), start=1):
                if row[index] <= 0:
                    break
                rows.append((period, topic, rank, str(model.vocabulary_[index]), float(row[index])))
    return pd.DataFrame(rows, columns=["period", "topic", "rank", "term", "weight"])
