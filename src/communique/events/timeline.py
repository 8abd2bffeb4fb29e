"""Timeline: events on a calendar axis, repeated reports merged into one entry with all evidence.

Two mentions are the same event when they have the same CAMEO root, the same actors (in
either order for meetings, talks and agreements, in order otherwise), the same speculative
flag, and compatible dates: within an article the date intervals overlap and one contains
the other (a meeting "on April 25" and "the meeting" dated by publication); across articles
both dates are at most a week wide and start within ``max_gap_days`` of each other. A
year-only date stays an interval (``date_start`` .. ``date_end``), never 1 January.

>>> from communique.events.extract import extract_events
>>> ev = extract_events("Putin met Erdogan in Sochi on Friday. The meeting lasted four hours.", "2022-08-06", repeats=True)
>>> tl = build_timeline(ev)
>>> tl[["date", "label", "mentions"]].values.tolist()
[['2022-08-05', 'Vladimir Putin meets Recep Tayyip Erdogan', 2]]
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from communique.events.extract import EVENT_COLUMNS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TIMELINE_COLUMNS", "build_timeline", "evidence", "granularity"]

_SYMMETRIC_ROOTS = frozenset({"04"})
_SYMMETRIC_CODES = frozenset({"057", "087", "036"})


TIMELINE_COLUMNS = ["timeline_id", *EVENT_COLUMNS, "granularity", "mentions", "event_ids", "doc_ids", "sentences",
                    "evidence"]


def _columns() -> list[str]:
    return list(TIMELINE_COLUMNS)


def granularity(value: str) -> str:
    """Granularity of a TIMEX3 value (see :func:`communique.timex.values.parse_value`).

    >>> [granularity(v) for v in ("2019-04-25", "2019-02", "2019", "2019-W17", "201", "2019-H1", "")]
    ['day', 'month', 'year', 'week', 'decade', 'half', '']
    """
    from communique.timex.values import parse_value

    return parse_value(value).granularity


def _span(row) -> tuple[date | None, date | None]:
    if not row["date_start"] or not row["date_end"]:
        return None, None
    return date.fromisoformat(row["date_start"]), date.fromisoformat(row["date_end"])


def _compatible(a, b, same_doc: bool, max_gap_days: int) -> bool:
    (a0, a1), (b0, b1) = a, b
    if a0 is None or b0 is None:
        return same_doc and a0 is None and b0 is None
    if same_doc:
        overlap = a0 <= b1 and b0 <= a1
        contains = (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1)
        return overlap and contains
    narrow = (a1 - a0).days <= 7 and (b1 - b0).days <= 7
    return narrow and abs((a0 - b0).days) <= max_gap_days


def _pair_key(row) -> tuple:
    pair = (row["source"], row["target"])
    if row["cameo_root"] in _SYMMETRIC_ROOTS or row["cameo"] in _SYMMETRIC_CODES:
        pair = tuple(sorted(pair))
    return (row["cameo_root"], pair, bool(row["speculative"]))


def _rank(row) -> tuple:
    start, end = _span(row)
    width = (end - start).days if start else 10**6
    return (
        0 if row["date_basis"] == "text" else 1,
        width,
        0 if row["source"] and row["target"] else 1,
        0 if not row["coref"] else 1,
        0 if row["location"] else 1,
        row["_order"],
    )


def build_timeline(events: pd.DataFrame, *, across_documents: bool = True, max_gap_days: int = 1) -> pd.DataFrame:
    """Merge an events table into timeline entries, ordered by date.

    Columns: ``timeline_id``, the events columns (of the representative mention: text-dated,
    finest date, both actors known), ``granularity``, ``mentions`` (how many), ``event_ids``
    (``doc_id:event_id`` joined by ``;``), ``doc_ids``, ``sentences`` (distinct evidence
    sentences joined by `` | ``) and ``evidence`` (``doc_id:sent_start-sent_end`` of each).
    """
    import pandas as pd

    from communique.events.actors import gazetteer

    columns = _columns()
    if events.empty:
        return pd.DataFrame(columns=columns)
    state_names = {e.name for e in gazetteer().values()}
    table = events.reset_index(drop=True).copy()
    table["_order"] = range(len(table))
    clusters: list[list[int]] = []
    index: dict[tuple, list[int]] = {}
    # finest dates first, so coarser mentions join the cluster of the precise one
    rows = table.to_dict("records")
    order = sorted(range(len(rows)), key=lambda k: _rank(rows[k]))
    for k in order:
        row = rows[k]
        key = _pair_key(row) + (() if across_documents else (row["doc_id"],))
        placed = False
        for c in index.get(key, []):
            head = rows[clusters[c][0]]
            if _compatible(_span(head), _span(row), head["doc_id"] == row["doc_id"], max_gap_days):
                clusters[c].append(k)
                placed = True
                break
        if not placed:
            index.setdefault(key, []).append(len(clusters))
            clusters.append([k])
    out = []
    for members in clusters:
        members_sorted = sorted(members, key=lambda k: rows[k]["_order"])
        rep = dict(rows[min(members, key=lambda k: _rank(rows[k]))])
        for role in ("source", "target"):
            # a person's name replaces a state's only from a mention in the same document: "Russian attacks"
            # elsewhere never make "Putin attacks" (a nationality is the state, not its leader)
            names = [rows[k][f"{role}_name"] for k in members_sorted if rows[k][f"{role}_name"]
                     and rows[k]["doc_id"] == rep["doc_id"]]
            people = [n for n in names if n not in state_names]
            best = people[0] if people else (names[0] if names else "")
            if best and best != rep[f"{role}_name"] and rep[f"{role}_name"]:
                rep["label"] = rep["label"].replace(rep[f"{role}_name"], best, 1)
            rep[f"{role}_name"] = best or rep[f"{role}_name"]
        for col in ("location", "duration"):
            if not rep[col]:
                rep[col] = next((rows[k][col] for k in members_sorted if rows[k][col]), "")
        sentences = list(dict.fromkeys(rows[k]["sentence"] for k in members_sorted))
        rep.update(
            granularity=granularity(rep["date"]),
            mentions=len(members),
            event_ids=";".join(f"{rows[k]['doc_id']}:{rows[k]['event_id']}" for k in members_sorted),
            doc_ids=";".join(dict.fromkeys(rows[k]["doc_id"] for k in members_sorted)),
            sentences=" | ".join(sentences),
            evidence=";".join(f"{rows[k]['doc_id']}:{rows[k]['sent_start']}-{rows[k]['sent_end']}"
                              for k in members_sorted),
        )
        out.append(rep)
    result = pd.DataFrame(out)
    result["_first"] = [min(rows[k]["_order"] for k in m) for m in clusters]
    result = result.sort_values(["date_start", "date_end", "_first"], kind="stable", na_position="last")
    result = result.reset_index(drop=True)
    result["timeline_id"] = [f"T{k + 1:03d}" for k in range(len(result))]
    extra = [c for c in result.columns if c not in columns and not c.startswith("_")]
    return result[columns + extra]


def evidence(timeline: pd.DataFrame) -> pd.DataFrame:
    """One row per evidence sentence of each entry: timeline_id, date, label, speculative, sentence.

    >>> from communique.events.extract import extract_events
    >>> tl = build_timeline(extract_events("Putin met Erdogan on Friday. The meeting was long.", "2022-08-06", repeats=True))
    >>> evidence(tl)["sentence"].tolist()
    ['Putin met Erdogan on Friday.', 'The meeting was long.']
    """
    import pandas as pd

    rows = []
    for entry in timeline.itertuples(index=False):
        for sentence in str(entry.sentences).split(" | "):
            rows.append((entry.timeline_id, entry.date, entry.label, bool(entry.speculative), sentence))
    return pd.DataFrame(rows, columns=["timeline_id", "date", "label", "speculative", "sentence"])
