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

__all__ = ["QUAD_COLOURS", "plot_timeline", "plot_events_per_month", "plot_actor_network", "plot_date_lag"]

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
        ax.bar(x, values, bottom=bottom, color=cmap(k % 10), label=label, width=0.85)
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


def plot_actor_network(events: pd.DataFrame, *, ax: Axes | None = None, top: int = 14,
                       title: str | None = None) -> Figure:
    """Who did what to whom: actors as nodes, edges weighted by event count, coloured by mean Goldstein."""
    import matplotlib as mpl
    import networkx as nx

    fig, ax = new_axes(ax, figsize=(8.5, 8))
    table = events[(events["source"] != "") & (events["target"] != "") & (events["source"] != events["target"])]
    table = table[~table["speculative"].astype(bool)]
    if table.empty:
        ax.text(0.5, 0.5, "no events with two actors", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    pairs = table.assign(a=table[["source", "target"]].min(axis=1), b=table[["source", "target"]].max(axis=1))
    edges = pairs.groupby(["a", "b"]).agg(count=("cameo", "size"), goldstein=("goldstein", "mean")).reset_index()
    degree = edges.groupby("a")["count"].sum().add(edges.groupby("b")["count"].sum(), fill_value=0)
    keep = set(degree.sort_values(ascending=False, kind="stable").index[:top])
    edges = edges[edges["a"].isin(keep) & edges["b"].isin(keep)]
    graph = nx.Graph()
    for node in sorted(keep):
        graph.add_node(node)
    for r in edges.itertuples(index=False):
        graph.add_edge(r.a, r.b, count=r.count, goldstein=r.goldstein)
    pos = nx.circular_layout(sorted(graph.nodes)) if len(graph) > 2 else nx.spring_layout(graph, seed=0)
    cmap = mpl.colormaps["RdYlGn"]
    norm = mpl.colors.Normalize(vmin=-10, vmax=10)
    max_count = max(edges["count"].max(), 1) if not edges.empty else 1
    for a, b, data in sorted(graph.edges(data=True)):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        ax.plot([x1, x2], [y1, y2], color=cmap(norm(data["goldstein"])), linewidth=1 + 7 * data["count"] / max_count,
                alpha=0.85, solid_capstyle="round", zorder=1)
        if data["count"] > 1:
            ax.text((x1 + x2) / 2, (y1 + y2) / 2, str(data["count"]), fontsize=7, ha="center", va="center",
                    bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.8), zorder=3)
    max_degree = max(degree[list(keep)].max(), 1)
    for node in sorted(graph.nodes):
        x, y = pos[node]
        ax.scatter([x], [y], s=300 + 1500 * degree[node] / max_degree, color="#f0f0f0", edgecolor="#333333", zorder=2)
        ax.text(x, y, node, ha="center", va="center", fontsize=9, fontweight="bold", zorder=4)
    fig.colorbar(mpl.cm.ScalarMappable(norm=norm, cmap=cmap), ax=ax, shrink=0.6,
                 label="mean Goldstein value (conflict − / cooperation +)")
    ax.set_aspect("equal")
    ax.margins(0.12)
    ax.set_axis_off()
    ax.set_title(title or "Actor pairs (edge width: number of events)", loc="left")
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
