"""Figures of events and timelines: one article's timeline, events per month by CAMEO root,
the actor-pair network, and the lag between an event's date and its publication.

Each function takes a DataFrame (events or timeline table) and an optional ``ax`` and
returns the Figure; colours follow the CAMEO quad class everywhere.
"""

from __future__ import annotations

import textwrap
from datetime import date, timedelta
from typing import TYPE_CHECKING

from communique.plots import new_axes

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["QUAD_COLOURS", "plot_timeline", "plot_events_per_month", "plot_actor_network", "plot_date_lag",
           "actor_graph", "graph_files"]

#: Quad class -> colour (cooperation greens/blues, conflict oranges/reds; colour-blind safe).
QUAD_COLOURS = {1: "#1b9e77", 2: "#377eb8", 3: "#e6a000", 4: "#d7301f"}
_QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _date_text(row) -> str:
    """'2019-04-25', '2019-02', or 'Sep–Dec 2019' for a year narrowed by a START/MID/END mod."""
    value = row["date"] or "undated"
    start, end = row.get("date_start") or "", row.get("date_end") or ""
    if len(value) == 4 and start and end and (start[5:] != "01-01" or end[5:] != "12-31"):
        a, b = date.fromisoformat(start), date.fromisoformat(end)
        return f"{a:%b}–{b:%b} {value}"
    return value


def _entry_text(row, width: int = 70) -> str:
    date_text = _date_text(row)
    label = row["label"]
    extras = []
    if row.get("location") and row["location"] not in label:
        extras.append(row["location"])
    duration = row.get("duration") or ""
    if duration and "(" in duration:
        extras.append(duration[duration.index("(") + 1:-1])
    if extras:
        label += f" ({'; '.join(extras)})"
    mentions = int(row.get("mentions", 1) or 1)
    if mentions > 1:
        label += f"  ×{mentions}"
    if row.get("speculative"):
        label = "[speculative] " + label
    return f"{date_text}  " + "\n".join(textwrap.wrap(label, width, subsequent_indent="    "))


def plot_timeline(
    timeline: pd.DataFrame,
    *,
    title: str | None = None,
    published: str | None = None,
    ax: Axes | None = None,
    max_events: int = 40,
    show_speculative: bool = True,
) -> Figure:
    """Events of one article on a date axis: points for days, bars for coarser dates.

    One row per timeline entry (earliest at the top), coloured by quad class; speculative
    entries are drawn hollow and hatched; a dashed line marks the publication date.
    """
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    table = timeline[timeline["date_start"].astype(str) != ""]
    if not show_speculative:
        table = table[~table["speculative"].astype(bool)]
    table = table.head(max_events).reset_index(drop=True)
    n = max(len(table), 1)
    fig, ax = new_axes(ax, figsize=(12, 1.6 + 0.48 * n))
    if table.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    starts = [date.fromisoformat(s) for s in table["date_start"]]
    ends = [date.fromisoformat(s) + timedelta(days=1) for s in table["date_end"]]
    for y, (row, a, b) in enumerate(zip(table.to_dict("records"), starts, ends)):
        colour = QUAD_COLOURS.get(int(row["quad_class"]), "grey")
        spec = bool(row["speculative"])
        if (b - a).days > 1:
            ax.barh(y, mdates.date2num(b) - mdates.date2num(a), left=mdates.date2num(a), height=0.5,
                    color=colour if not spec else "white", edgecolor=colour, alpha=0.55 if not spec else 1.0,
                    hatch="///" if spec else None, linewidth=1.2)
        else:
            ax.plot([mdates.date2num(a)], [y], marker="o", markersize=9,
                    markerfacecolor="white" if spec else colour, markeredgecolor=colour, markeredgewidth=1.8,
                    linestyle="none")
    labels = [_entry_text(r) for r in table.to_dict("records")]
    ax.set_yticks(range(len(table)), labels)
    ax.set_ylim(len(table) - 0.5, -0.5)
    lo, hi = min(starts), max(ends)
    pub = _day(published)
    if pub is not None:  # a publication known only to the month or year gets no line
        lo, hi = min(lo, pub), max(hi, pub + timedelta(days=1))
        ax.axvline(mdates.date2num(pub), color="#444444", linestyle="--", linewidth=1)
    pad = max((hi - lo).days * 0.03, 15)
    ax.set_xlim(mdates.date2num(lo - timedelta(days=pad)), mdates.date2num(hi + timedelta(days=pad)))
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="x", alpha=0.3)
    ax.tick_params(axis="y", labelsize=9, length=0)
    used = sorted({int(q) for q in table["quad_class"]})
    handles = [Patch(color=QUAD_COLOURS[q], label=_QUAD_NAMES[q]) for q in used]
    if table["speculative"].astype(bool).any():
        handles.append(Patch(facecolor="white", edgecolor="grey", hatch="///", label="speculative (hedged)"))
    if pub is not None:
        handles.append(Line2D([], [], color="#444444", linestyle="--", label=f"published {pub.isoformat()}"))
    handles.append(Patch(facecolor="none", edgecolor="none", label="bar = date known to month/year only"))
    fig.legend(handles=handles, loc="outside lower center", ncol=min(len(handles), 4), fontsize=8, frameon=False)
    fig.suptitle(title or "Timeline of diplomatic events", x=0.01, ha="left", fontsize=12)
    return fig


def plot_events_per_month(events: pd.DataFrame, *, ax: Axes | None = None, top_roots: int = 8,
                          title: str | None = None) -> Figure:
    """Stacked bars: events per month (of the event's date) by CAMEO root (the top roots, rest 'other')."""
    import numpy as np
    import pandas as pd

    import communique.events.cameo as cameo

    fig, ax = new_axes(ax, figsize=(11, 5))
    table = events[(events["date_start"].astype(str) != "") & ~events["speculative"].astype(bool)].copy()
    if table.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        return fig
    table["month"] = table["date_start"].str[:7]
    omitted = 0
    if "published" in table.columns and (table["published"].astype(str) != "").any():
        # the window of the publication dates (plus a year before): far-off history would squash the bars
        pub = table.loc[table["published"].astype(str) != "", "published"].str[:7]
        lo = str(pd.Period(pub.min(), freq="M") - 12)
        hi = str(pd.Period(pub.max(), freq="M") + 3)
        keep_rows = (table["month"] >= lo) & (table["month"] <= hi)
        omitted = int((~keep_rows).sum())
        table = table[keep_rows]
    counts = table.groupby(["month", "cameo_root"]).size().unstack(fill_value=0)
    months = pd.period_range(min(counts.index), max(counts.index), freq="M").astype(str)
    counts = counts.reindex(months, fill_value=0)
    order = counts.sum().sort_values(ascending=False, kind="stable")
    keep = list(order.index[:top_roots])
    if len(order) > top_roots:
        counts["other"] = counts.drop(columns=keep).sum(axis=1)
        keep.append("other")
    root_names = {c.root: c.name for c in cameo.CODES.values() if c.code.endswith("0") and len(c.code) == 3}
    cmap = __import__("matplotlib").colormaps["tab10"]
    bottom = np.zeros(len(counts))
    x = np.arange(len(counts))
    for k, root in enumerate(keep):
        values = counts[root].to_numpy()
        label = "other roots" if root == "other" else f"{root} {root_names.get(root, '')}"
        # A month without the root's events would be a bar of no height, invisible but drawn (most
        # of them: 209 of 252 bars on two UN sessions, two thirds of the figure's cost)
        shown = values > 0 if values.any() else slice(None)
        ax.bar(x[shown], values[shown], bottom=bottom[shown], color=cmap(k % 10), label=label, width=0.85)
        bottom += values
    step = max(1, len(x) // 12)
    ax.set_xticks(x[::step], [m for m in counts.index[::step]], rotation=45, ha="right")
    ax.set_ylabel("events (by date of the event)")
    note = f" ({omitted} event(s) dated far outside the publication window not shown)" if omitted else ""
    ax.set_xlabel(f"month of the event's date{note}", fontsize=9)
    ax.legend(title="CAMEO root", fontsize=8, title_fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1),
              frameon=False)
    ax.set_title(title or "Diplomatic events per month by CAMEO root", loc="left")
    return fig


def actor_graph(events: pd.DataFrame, *, include_speculative: bool = False):
    """Who did what to whom as a directed multigraph collapsed to one edge per (source, target):
    ``count`` events, ``goldstein`` their mean, ``conflict``/``cooperation`` counts by quad class,
    ``kind`` ("conflict" or "cooperation", by the mean Goldstein value) and ``cameo`` the most
    frequent codes. Nodes carry the actor's ``label`` (name) and ``events`` (its degree).
    Speculative events are left out unless asked for. Used for the figure and the Gephi export.
    """
    import networkx as nx

    graph = nx.DiGraph()
    if events.empty:
        return graph
    table = events[(events["source"].astype(str) != "") & (events["target"].astype(str) != "")
                   & (events["source"] != events["target"])]
    if not include_speculative and "speculative" in table.columns:
        table = table[~table["speculative"].astype(bool)]
    if table.empty:
        return graph
    names = {}
    for code_col, name_col in (("source", "source_name"), ("target", "target_name")):
        if name_col in table.columns:
            for code, name in zip(table[code_col], table[name_col]):
                names.setdefault(str(code), str(name or code))
    # One pass over the rows instead of a pandas group per pair (UNGDC 78-79: 697 pairs, 0.6 CPU-s):
    # the pairs in groupby's order (sorted, rows with a missing actor left out), each pair's rows in
    # table order; its mean Goldstein value is numpy's mean of them, as pandas takes it.
    from collections import Counter

    import numpy as np
    import pandas as pd

    pairs: dict[tuple, list[int]] = {}
    for row, (a, b) in enumerate(zip(table["source"].tolist(), table["target"].tolist())):
        if not (pd.isna(a) or pd.isna(b)):
            pairs.setdefault((a, b), []).append(row)
    quad_class = table["quad_class"].astype(int).tolist()
    goldstein = table["goldstein"].to_numpy(dtype=float)
    cameo = table["cameo"].astype(str).tolist()
    for a, b in sorted(pairs):
        rows = pairs[(a, b)]
        values = goldstein[rows]
        mean = float(values.mean() if not np.isnan(values).any() else pd.Series(values).mean())
        quads = [quad_class[r] for r in rows]
        codes = Counter(cameo[r] for r in rows)
        ranked = sorted(codes, key=lambda code: (-codes[code], code))  # by count, ties by code
        graph.add_edge(str(a), str(b), count=len(rows), goldstein=round(mean, 3),
                       cooperation=sum(q <= 2 for q in quads), conflict=sum(q >= 3 for q in quads),
                       kind="conflict" if mean < 0 else "cooperation", weight=len(rows),
                       cameo=" ".join(ranked[:3]))
    for node in sorted(graph.nodes):
        graph.nodes[node]["label"] = names.get(node, node)
        graph.nodes[node]["events"] = int(sum(d["count"] for *_, d in graph.in_edges(node, data=True))
                                          + sum(d["count"] for *_, d in graph.out_edges(node, data=True)))
    return graph


def graph_files(graph, name: str = "actor-network") -> dict[str, bytes]:
    """The graph as GEXF (Gephi) and GraphML bytes, the same on every run (no modification date)."""
    import io
    import re

    import networkx as nx

    ordered = nx.DiGraph()
    ordered.add_nodes_from(sorted(graph.nodes(data=True)))
    ordered.add_edges_from(sorted(graph.edges(data=True), key=lambda e: (e[0], e[1])))
    gexf = "\n".join(nx.generate_gexf(ordered))
    gexf = re.sub(r'\s+lastmodifieddate="[^"]*"', "", gexf) + "\n"
    if not gexf.startswith("<?xml"):
        gexf = '<?xml version="1.0" encoding="utf-8"?>\n' + gexf
    buffer = io.BytesIO()
    nx.write_graphml(ordered, buffer)
    return {f"{name}.gexf": gexf.encode("utf-8"), f"{name}.graphml": buffer.getvalue()}


def plot_actor_network(events: pd.DataFrame, *, ax: Axes | None = None, top: int = 12, max_edges: int = 24,
                       title: str | None = None, graph=None) -> Figure:
    """Who did what to whom: arrows from actor to target, green for cooperation and red for
    conflict (mean Goldstein value of the pair's events), width by the number of events.

    The ``top`` busiest actors and, among them, the ``max_edges`` strongest pairs are drawn (the
    rest are counted below the figure; every pair is in the GEXF/GraphML export). ``graph``: the
    :func:`actor_graph` of ``events``, when the caller has made it already."""
    import matplotlib as mpl
    import networkx as nx
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    fig, ax = new_axes(ax, figsize=(9, 8.5))
    if graph is None:
        graph = actor_graph(events)
    if graph.number_of_edges() == 0:
        ax.text(0.5, 0.5, "no events with two actors", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    degree = {n: graph.nodes[n]["events"] for n in graph.nodes}
    keep = sorted(sorted(degree, key=lambda n: (-degree[n], n))[:top])
    sub = graph.subgraph(keep)
    edges = sorted(sub.edges(data=True), key=lambda e: (-e[2]["count"], e[0], e[1]))
    hidden = max(0, len(edges) - max_edges)
    edges = edges[:max_edges]
    drawn = {(a, b) for a, b, _ in edges}
    # Around the circle the busiest actors alternate sides (the two busiest face each other),
    # so that their thick arrows cross the middle instead of grazing a neighbour.
    busiest = sorted(keep, key=lambda n: (-degree[n], n))
    half = (len(busiest) + 1) // 2
    ring = [None] * len(busiest)
    for i, node in enumerate(busiest):
        ring[i // 2 if i % 2 == 0 else half + i // 2] = node
    pos = nx.circular_layout(ring) if len(keep) > 2 else nx.spring_layout(sub, seed=0)
    max_count = max((d["count"] for *_, d in edges), default=1)
    max_degree = max(degree[n] for n in keep) or 1
    size = {n: 0.05 + 0.06 * (degree[n] / max_degree) ** 0.5 for n in keep}  # node radius, data units
    points_per_unit = 72 * fig.get_figwidth() * 0.8 / 2.5
    colours = {"cooperation": "#1b9e77", "conflict": "#d7301f"}
    for a, b, data in sorted(edges, key=lambda e: (e[2]["count"], e[0], e[1])):
        both = (b, a) in drawn
        share = (data["count"] / max_count) ** 0.5
        arrow = FancyArrowPatch(
            pos[a], pos[b], arrowstyle="-|>", mutation_scale=10 + 10 * share,
            connectionstyle=f"arc3,rad={0.2 if both else 0.08}", color=colours[data["kind"]],
            linewidth=0.8 + 6 * share, alpha=0.75, zorder=1,
            shrinkA=size[a] * points_per_unit, shrinkB=size[b] * points_per_unit + 2)
        ax.add_patch(arrow)
        (x1, y1), (x2, y2) = pos[a], pos[b]
        bend = (0.2 if both else 0.08) / 2  # the label on the arc, a little towards the source
        mx = x1 + 0.42 * (x2 - x1) + bend * (y2 - y1)
        my = y1 + 0.42 * (y2 - y1) - bend * (x2 - x1)
        ax.text(mx, my, f"{data['count']:,}", fontsize=7, ha="center", va="center", zorder=3,
                color=colours[data["kind"]], bbox=dict(boxstyle="round,pad=0.12", fc="white", ec="none", alpha=0.9))
    for node in keep:
        x, y = pos[node]
        ax.add_patch(mpl.patches.Circle((x, y), size[node], facecolor="#f4f4f4", edgecolor="#333333",
                                        linewidth=1.2, zorder=2))
        label = textwrap.fill(sub.nodes[node].get("label", node), 14)
        ax.text(x, y, label, ha="center", va="center", fontsize=8, fontweight="bold", zorder=4)
    handles = [Line2D([], [], color=colours["cooperation"], linewidth=3, label="cooperation (mean Goldstein ≥ 0)"),
               Line2D([], [], color=colours["conflict"], linewidth=3, label="conflict (mean Goldstein < 0)"),
               Line2D([], [], color="#666666", marker=">", linewidth=1, label="arrow: actor → target; width: events")]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01), ncol=3, fontsize=8, frameon=False,
              title=(f"the {len(edges)} strongest pairs of the {len(keep)} busiest actors; {hidden:,} weaker pair(s) "
                     "not drawn (all pairs in actor-network.gexf)") if hidden else None, title_fontsize=8)
    ax.set_xlim(-1.25, 1.25)
    ax.set_ylim(-1.25, 1.25)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(title or "Who did what to whom (arrow width: number of events)", loc="left")
    return fig


_LAG_BINS = [
    ("after publication", -10**9, -1), ("same day", 0, 0), ("1–7 days", 1, 7), ("8–31 days", 8, 31),
    ("1–12 months", 32, 366), ("1–5 years", 367, 5 * 366), ("> 5 years", 5 * 366 + 1, 10**9),
]


def _day(value: str | None) -> date | None:
    """The day of an ISO date or datetime; None for "", None, "2019" or "2019-04".

    >>> _day("2019-04-25T18:59:00"), _day("2017")
    (datetime.date(2019, 4, 25), None)
    """
    if not value or len(value) < 10:
        return None
    return date.fromisoformat(value[:10])


def plot_date_lag(events: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None) -> Figure:
    """How long before publication the text-dated events happened (needs a ``published`` column)."""
    fig, ax = new_axes(ax, figsize=(8, 4.5))
    table = events[(events["date_basis"] == "text") & (events["date_start"].astype(str) != "")]
    if "published" in table.columns:  # a lag in days needs the day of publication
        table = table[table["published"].astype(str).str.len() >= 10]
    if table.empty or "published" not in table.columns:
        ax.text(0.5, 0.5, "no text-dated events with a day-precise publication date", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    lags = [(date.fromisoformat(p[:10]) - date.fromisoformat(e)).days
            for p, e in zip(table["published"], table["date_end"])]
    counts = [sum(lo <= lag <= hi for lag in lags) for _, lo, hi in _LAG_BINS]
    names = [name for name, _, _ in _LAG_BINS]
    colours = ["#999999"] + ["#377eb8"] * (len(names) - 1)
    ax.bar(range(len(names)), counts, color=colours)
    for k, c in enumerate(counts):
        ax.text(k, c, str(c), ha="center", va="bottom", fontsize=8)
    ax.set_xticks(range(len(names)), names, rotation=20, ha="right")
    ax.set_ylabel("events dated by the text")
    share = sum(counts[2:]) / max(sum(counts), 1)
    ax.set_title(title or f"Publication date minus event date ({share:.0%} of text-dated events "
                          "happened before the publication day)", loc="left", fontsize=10)
    return fig
