"""Figures for topic models: top terms per topic, document-topic heatmap, coherence vs k, topics over time.

Each function takes a table from :mod:`communique.topics.model` (``topic_terms_``, ``doc_topics_``,
``selection_``, :func:`~communique.topics.time.topics_over_time`) and returns the Figure; nothing is
shown or saved here. :func:`topic_terms_plot` draws one panel per topic, so it takes an optional
``fig`` rather than an ``ax``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from communique.plots import lay_out, new_axes, new_figure, styled

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

GREY = "#666666"
COLOURS = ["#1f5a96", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
           "#666666", "#4daf4a", "#377eb8", "#984ea3", "#ff7f00", "#a65628", "#f781bf", "#999999"]


def topic_colour(topic: int) -> str:
    """The colour of a topic (the same in every topic figure)."""
    return COLOURS[int(topic) % len(COLOURS)]


def topic_name(topic: int, labels: Sequence[str] | None) -> str:
    """A topic's name: its label (its top terms), or ``"topic 0"`` when it has none.

    >>> topic_name(1, ["war / troops", "talks / envoy"]), topic_name(2, None)
    ('talks / envoy', 'topic 2')
    """
    if labels is None or int(topic) >= len(labels) or not str(labels[int(topic)] or "").strip():
        return f"topic {int(topic)}"
    return str(labels[int(topic)])


def _wrap(title: str, fig: Figure, per_inch: float = 10.5) -> str:
    """The title wrapped to the figure's width (bold 12 pt: about 10 characters per inch)."""
    return textwrap.fill(title, max(30, int(fig.get_figwidth() * per_inch)))


def short_doc_ids(doc_ids: Sequence[str]) -> list[str]:
    """Document ids without their shared article prefix: ``art#p3`` -> ``¶3``, ``art#s2`` -> ``sentence 2``.

    >>> short_doc_ids(["a#p0", "a#p3"])
    ['¶0', '¶3']
    >>> short_doc_ids(["a#p0", "b#p1"])
    ['a#p0', 'b#p1']
    """
    articles = {str(d).rsplit("#", 1)[0] for d in doc_ids}
    if len(articles) != 1 or not all("#" in str(d) for d in doc_ids):
        return [str(d) for d in doc_ids]
    out = []
    for d in doc_ids:
        part = str(d).rsplit("#", 1)[1]
        out.append(f"¶{part[1:]}" if part.startswith("p") else f"sentence {part[1:]}" if part.startswith("s") else part)
    return out


def _settle(fig: Figure) -> None:
    """Run the constrained layout once at the saving resolution, then freeze it, so that every
    save of the figure (PNG at savefig.dpi, SVG) is byte-identical, the first one included."""
    with styled():
        lay_out(fig, tight=False)  # the box is measured when the figure is saved (save_figure)
    fig.set_layout_engine("none")


def _empty(ax: Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=GREY)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)


def topic_terms_plot(topic_terms: pd.DataFrame, *, labels: Sequence[str] | None = None, n: int = 10,
                     ncols: int | None = None, title: str = "Top terms per topic",
                     fig: Figure | None = None) -> Figure:
    """One panel of horizontal bars per topic: its ``n`` top terms by weight (``topic, rank, term, weight``)."""
    topics = sorted(topic_terms["topic"].unique().tolist()) if len(topic_terms) else []
    k = max(len(topics), 1)
    ncols = ncols or min(k, 5 if k > 6 else 3 if k > 4 else k)
    nrows = -(-k // ncols)
    own = fig is None
    if fig is None:
        fig = new_figure(figsize=(3.3 * ncols + 0.4, (0.24 * n + 1.1) * nrows + 0.6))
    axes = fig.subplots(nrows, ncols, squeeze=False)
    for slot, ax in enumerate(axes.flat):
        if slot >= len(topics):
            ax.set_axis_off()
            continue
        topic = topics[slot]
        data = topic_terms[topic_terms["topic"] == topic].sort_values("rank").head(n)
        terms = data["term"].astype(str).tolist()[::-1]
        ax.barh(range(len(terms)), data["weight"].tolist()[::-1], color=topic_colour(topic), height=0.7)
        ax.set_yticks(range(len(terms)), [textwrap.shorten(t, 22, placeholder="…") for t in terms])
        ax.set_ylim(-0.6, n - 0.4)
        ax.tick_params(axis="x", labelsize=7)
        # Three ticks at most, in short numbers: long weights like 0.0125 overlapped in narrow panels.
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(nbins=3, min_n_ticks=2))
        ax.xaxis.set_major_formatter(lambda x, _pos: f"{x:.3g}")
        name = textwrap.fill(topic_name(topic, labels), 34)
        ax.set_title(name, fontsize=9, loc="left")
    if not topics:
        _empty(axes.flat[0], "no topics")
    fig.suptitle(_wrap(title, fig), fontweight="bold", x=0.01, ha="left")
    fig.supxlabel("weight in topic (each topic's weights sum to 1)", fontsize=9)
    if own:
        _settle(fig)
    return fig


def doc_topics_plot(doc_topics: pd.DataFrame, *, labels: Sequence[str] | None = None, max_labels: int = 40,
                    ax: Axes | None = None, title: str = "Topic weights per document") -> Figure:
    """Heatmap of documents (rows, grouped by dominant topic) x topics (columns ``topic_0``...)."""
    import numpy as np

    columns = [c for c in doc_topics.columns if c.startswith("topic_")]
    n_docs = len(doc_topics)
    own = ax is None
    fig, ax = new_axes(ax, figsize=(max(7.0, 1.3 * len(columns) + 3.5),
                                    min(11.0, max(4.0, 0.22 * n_docs + 2.2)) if n_docs <= max_labels else 7.0))
    if not columns or not n_docs:
        _empty(ax, "no documents")
        ax.set_title(_wrap(title, fig), loc="left", fontweight="bold")
        return fig
    order = np.lexsort((doc_topics["doc_id"].astype(str).to_numpy(), -doc_topics["weight"].to_numpy(),
                        doc_topics["topic"].to_numpy()))
    data = doc_topics.iloc[order]
    image = ax.imshow(data[columns].to_numpy(), aspect="auto", cmap="Blues", vmin=0, vmax=1,
                      interpolation="nearest")
    ax.grid(False)
    names = [textwrap.fill(topic_name(int(c.split("_")[1]), labels), 14) for c in columns]
    ax.set_xticks(range(len(columns)), names, fontsize=8)
    if n_docs <= max_labels:
        names = short_doc_ids(data["doc_id"].tolist())
        ax.set_yticks(range(n_docs), [textwrap.shorten(d, 30, placeholder="…") for d in names], fontsize=7)
        ax.set_ylabel("document")
    else:
        ax.set_yticks([])
        ax.set_ylabel(f"{n_docs:,} documents, grouped by dominant topic")
        bounds = np.flatnonzero(np.diff(data["topic"].to_numpy())) + 0.5
        for y in bounds:
            ax.axhline(y, color="#999999", linewidth=0.6)
    fig.colorbar(image, ax=ax, label="topic weight (rows sum to 1)", shrink=0.8)
    ax.set_title(_wrap(title, fig), loc="left", fontweight="bold")
    if own:
        _settle(fig)
    return fig


def coherence_plot(selection: pd.DataFrame, *, ax: Axes | None = None,
                   title: str = "Topic coherence by number of topics") -> Figure:
    """Mean NPMI coherence against the number of topics (``k, coherence, chosen``), the choice marked.

    With ``stability`` and ``score`` columns (``select_by="coherence*stability"``), those are drawn
    too and the choice is marked on the score.
    """
    import numpy as np

    own = ax is None
    fig, ax = new_axes(ax, figsize=(7, 4.2))
    if selection is None or selection.empty:
        _empty(ax, "no selection")
        ax.set_title(_wrap(title, fig), loc="left", fontweight="bold")
        return fig
    lines = [("coherence", "mean NPMI coherence of top terms", "-", "o")]
    has_stability = "stability" in selection and selection["stability"].notna().any()
    if has_stability:
        lines += [("stability", "mean stability over refits", "--", "s"),
                  ("score", "coherence x stability (chooses k)", ":", "D")]
    for (column, label, style, marker), colour in zip(lines, COLOURS):
        ax.plot(selection["k"], selection[column], linestyle=style, marker=marker, color=colour, label=label,
                markersize=5)
    marked = "score" if has_stability else "coherence"
    if "chosen" in selection and selection["chosen"].any():
        best = selection[selection["chosen"]].iloc[0]
        ax.plot([best["k"]], [best[marked]], marker="o", markersize=14, markerfacecolor="none",
                markeredgecolor=COLOURS[4], markeredgewidth=2, linestyle="none", label=f"chosen: k = {int(best['k'])}")
    ax.set_xticks(selection["k"].tolist())
    ax.set_xlabel("number of topics (k)")
    ax.set_ylabel("coherence (NPMI) / stability (cosine)" if has_stability else "mean NPMI of top-term pairs")
    ax.grid(True, axis="both")
    values = selection[[c for c, *_ in lines]].to_numpy(dtype=float)
    low, high = float(np.nanmin(values)), float(np.nanmax(values))
    pad = max(0.02, 0.08 * (high - low))
    ax.set_ylim(low - pad, high + pad)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncols=2, fontsize=8)
    ax.set_title(_wrap(title, fig), loc="left", fontweight="bold")
    if own:
        _settle(fig)
    return fig


def topics_over_time_plot(over_time: pd.DataFrame, *, ax: Axes | None = None,
                          title: str = "Topics over time") -> Figure:
    """Stacked areas: each topic's share of the documents per period (``period, topic, label, share``)."""
    import numpy as np

    own = ax is None
    fig, ax = new_axes(ax, figsize=(11, 5))
    if over_time is None or over_time.empty:
        _empty(ax, "no dated documents")
        ax.set_title(_wrap(title, fig), loc="left", fontweight="bold")
        return fig
    table = over_time.pivot(index="period", columns="topic", values="share").sort_index().fillna(0.0)
    labels = over_time.drop_duplicates("topic").set_index("topic")["label"]
    x = np.arange(len(table))
    names = [textwrap.shorten(topic_name(t, [labels.get(t, "")] * (t + 1)), 42, placeholder="…")
             for t in table.columns]
    ax.stackplot(x, table.to_numpy().T, labels=names, colors=[topic_colour(t) for t in table.columns], alpha=0.9)
    step = max(1, len(x) // 12)
    ax.set_xticks(x[::step], table.index[::step].tolist(), rotation=0 if step == 1 and len(x) <= 12 else 45)
    ax.set_xlim(x[0] - 0.02, x[-1] + 0.02 if len(x) > 1 else x[0] + 1)
    ax.set_ylim(0, 1)
    ax.set_ylabel("mean topic weight of the period's documents")
    ax.set_xlabel("period")
    handles, legend_labels = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], legend_labels[::-1], loc="upper left", bbox_to_anchor=(1.01, 1.0),
              title="topic (top in stack first)")
    ax.set_title(_wrap(title, fig), loc="left", fontweight="bold")
    if own:
        _settle(fig)
    return fig


def topic_map_plot(documents: pd.DataFrame, topics: pd.DataFrame | None = None, *, ax: Axes | None = None,
                   title: str = "Topic map") -> Figure:
    """Documents as dots coloured by dominant topic (:func:`communique.topics.search.topic_map`,
    ``of="documents"``), with each topic's label at the centre of its documents."""
    own = ax is None
    fig, ax = new_axes(ax, figsize=(8, 6))
    if documents is None or documents.empty:
        _empty(ax, "no documents")
        ax.set_title(_wrap(title, fig, per_inch=8.0), loc="left", fontweight="bold")
        return fig
    # Documents with the same mixture share a point (one-topic paragraphs all sit on the topic's
    # corner): draw each distinct point once, its area growing with how many documents it holds.
    small = len(documents) < 300
    for topic, group in documents.groupby("topic", sort=True):
        colour = topic_colour(topic) if topic >= 0 else GREY
        points = group.assign(x=group["x"].round(3), y=group["y"].round(3)).groupby(["x", "y"]).size()
        sizes = (28.0 if small else 9.0) * points.to_numpy() ** 0.5
        xs, ys = points.index.get_level_values(0), points.index.get_level_values(1)
        ax.scatter(xs, ys, s=sizes, alpha=0.6 if small else 0.45, color=colour, linewidths=0, zorder=2)
        label = group["label"].iloc[0] if topic >= 0 else "no topic"
        # The label sits just above the topic's densest point, so it never hides the dots.
        densest = int(points.to_numpy().argmax())
        ax.annotate(textwrap.shorten(f"T{int(topic)} {label}", 40, placeholder="…"),
                    (xs[densest], ys[densest]), xytext=(0, 10), textcoords="offset points",
                    ha="center", va="bottom", fontsize=8, fontweight="bold", color=colour, zorder=3,
                    bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "alpha": 0.85, "linewidth": 0})
    ax.margins(0.18)
    ax.set_xlabel("first axis (topic mixture, Hellinger PCA)")
    ax.set_ylabel("second axis")
    ax.grid(True, axis="both")
    ax.set_title(_wrap(title, fig, per_inch=8.0), loc="left", fontweight="bold")
    if own:
        _settle(fig)
    return fig
