"""Figures for word frequencies: top terms, word cloud, dispersion, collocations, keyness, trends, tone.

Each function takes the DataFrame that the matching analysis returns (see
:mod:`communique.words.frequencies`, :mod:`communique.words.keywords`, :mod:`communique.words.tone`), an optional
``ax`` and a ``title``, and returns the matplotlib Figure. Nothing is shown or saved here.
"""

from __future__ import annotations

import textwrap

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from communique.plots import new_axes

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

BLUE, ORANGE, GREEN, GREY = "#1f5a96", "#d95f02", "#1b9e77", "#666666"


def _empty(ax: Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=GREY)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)


def _shorten(label: str, limit: int = 60) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def top_terms_plot(freqs: pd.DataFrame, *, n: int = 25, value: str = "count", ax: Axes | None = None,
                   title: str = "Most frequent terms") -> Figure:
    """Horizontal bars of the ``n`` most frequent terms (``term`` and ``value`` columns), largest on top."""
    data = freqs.head(n)
    fig, ax = new_axes(ax, figsize=(8, max(3.0, 0.26 * len(data) + 1.2)))
    if data.empty:
        _empty(ax, "no terms")
    else:
        terms = data["term"].astype(str).tolist()[::-1]
        values = data[value].tolist()[::-1]
        bars = ax.barh(range(len(terms)), values, color=BLUE, height=0.7)
        ax.set_yticks(range(len(terms)), terms)
        ax.set_ylim(-0.6, len(terms) - 0.4)
        fmt = "{:.0f}" if value == "count" else "{:.1f}"
        ax.bar_label(bars, labels=[fmt.format(v) for v in values], padding=3, fontsize=8, color=GREY)
        ax.set_xlim(0, max(values) * 1.12)
        ax.set_xlabel({"count": "occurrences", "per_10k": "occurrences per 10,000 words"}.get(value, value))
    ax.set_title(_shorten(title, 90))
    return fig


def word_cloud_plot(freqs: pd.DataFrame, *, max_words: int = 100, value: str = "count", ax: Axes | None = None,
                    title: str = "Word cloud", random_state: int = 0) -> Figure:
    """A word cloud of ``term`` sized by ``value`` (the wordcloud package; deterministic layout)."""
    from wordcloud import WordCloud

    fig, ax = new_axes(ax, figsize=(9, 5))
    data = freqs.head(max_words)
    if data.empty:
        _empty(ax, "no terms")
    else:
        # Laid out on a 700 x 380 grid and drawn at twice that (1400 x 760): wordcloud's own way to
        # make a large cloud faster (its layout costs with the grid's area: 0.15 s instead of 0.65)
        cloud = WordCloud(width=700, height=380, scale=2, background_color="white", max_words=max_words,
                          colormap="viridis", random_state=random_state, prefer_horizontal=0.95,
                          relative_scaling=0.5, margin=2, collocations=False)
        cloud.generate_from_frequencies({str(t): float(v) for t, v in zip(data["term"], data[value])})
        ax.imshow(cloud.to_array(), interpolation="bilinear")
        ax.set_axis_off()
    ax.set_title(_shorten(title, 90))
    return fig


def dispersion_plot(disp: pd.DataFrame, *, words: Sequence[str] | None = None, total: int | None = None,
                    doc_bounds: Sequence[int] | None = None, doc_dates: Mapping[str, str] | None = None,
                    ax: Axes | None = None, title: str = "Lexical dispersion") -> Figure:
    """Where each word occurs (NLTK's dispersion plot): one row per word, a tick per hit.

    ``disp`` is :func:`communique.words.trends.dispersion`'s table. With ``doc_dates``
    (doc_id -> ISO date) for at least two dated documents, hits sit on a date axis (each at its
    document's publication day, spread over that day by its place in the text) and hits in
    undated documents are counted in the axis label, not laid end to end. Otherwise the axis is
    the running words of the texts, ``total`` long, with ``doc_bounds`` as faint lines, and the
    label says the documents are undated and in file order.
    """
    words = list(dict.fromkeys(words if words is not None else disp["word"].tolist()))
    fig, ax = new_axes(ax, figsize=(9, max(2.5, 0.45 * len(words) + 1.4)))
    if not words:
        _empty(ax, "no words")
        ax.set_title(title)
        return fig
    dates = {d: v[:10] for d, v in (doc_dates or {}).items() if v and len(v) >= 10}
    use_dates = len(set(dates.values())) >= 2 and "doc_id" in disp.columns
    undated = 0
    if use_dates:
        import matplotlib.dates as mdates
        import numpy as np

        day = disp["doc_id"].map(dates)
        undated = int(day.isna().sum())
        known = disp[day.notna()]
        within = known["rel_pos"].to_numpy() if "rel_pos" in known.columns else np.full(len(known), 0.5)
        x_all = mdates.datestr2num(day[day.notna()].tolist()) + within * 0.9
        x_by_row = dict(zip(known.index, x_all))
    for row, word in enumerate(words):
        hits = disp.loc[disp["word"] == word]
        xs = [x_by_row[i] for i in hits.index if i in x_by_row] if use_dates else hits["pos"].tolist()
        # Thousands of ticks as vectors make a huge, slow SVG (3 MB, a third of the figures' SVG
        # time on 400 speeches) of what looks like a solid bar: past a thousand, the row is an
        # image in the SVG (at savefig.dpi, as in the PNG, which does not change).
        ax.plot(xs, [row] * len(xs), linestyle="", marker="|", markersize=14,
                markeredgewidth=1.6 if len(xs) < 200 else 0.6, color=BLUE if len(xs) else GREY,
                rasterized=len(xs) > 1000)
    ax.set_yticks(range(len(words)), [f"{w} ({int((disp['word'] == w).sum())})" for w in words])
    ax.set_ylim(len(words) - 0.5, -0.5)
    if use_dates:
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        lo, hi = np.min(x_all) if len(x_all) else 0, np.max(x_all) if len(x_all) else 1
        pad = max((hi - lo) * 0.02, 1)
        ax.set_xlim(lo - pad, hi + pad)
        note = f"; {undated:,} hit(s) in undated documents not shown" if undated else ""
        ax.set_xlabel(f"publication date of the document{note}")
    else:
        for bound in doc_bounds or []:
            ax.axvline(bound, color="#cccccc", linewidth=0.5, zorder=0)
        right = total if total is not None else (int(disp["pos"].max()) + 1 if len(disp) else 1)
        ax.set_xlim(0, max(right, 1))
        ax.xaxis.set_major_formatter("{x:,.0f}")
        several = "doc_id" in disp.columns and disp["doc_id"].nunique() > 1
        ax.set_xlabel("position in the texts (running words; the documents are undated, so they follow each "
                      "other in file order, a faint line where each starts)" if several
                      else "position in the text (running words)")
    ax.grid(True, axis="x")
    ax.set_title(_shorten(title, 90))
    return fig


MEASURE_LABELS = {
    "likelihood_ratio": "log-likelihood ratio",
    "pmi": "pointwise mutual information (bits)",
    "student_t": "t-score",
    "chi_sq": "chi-square",
    "raw_freq": "relative frequency",
}


def collocation_plot(colloc: pd.DataFrame, *, measure: str = "likelihood_ratio", n: int = 20,
                     ax: Axes | None = None, title: str = "Collocations") -> Figure:
    """Horizontal bars of the top ``n`` collocations by ``measure``, each labelled with its count."""
    data = colloc.sort_values([measure, "ngram"], ascending=[False, True], kind="stable").head(n)
    fig, ax = new_axes(ax, figsize=(8, max(3.0, 0.3 * len(data) + 1.4)))
    if data.empty:
        _empty(ax, "no collocation reaches the minimum frequency")
        ax.set_title(title)
        return fig
    labels = data["ngram"].astype(str).tolist()[::-1]
    values = data[measure].tolist()[::-1]
    counts = data["count"].tolist()[::-1]
    bars = ax.barh(range(len(labels)), values, color=BLUE, height=0.7)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(-0.6, len(labels) - 0.4)
    ax.bar_label(bars, labels=[f"{c}×" for c in counts], padding=3, fontsize=8, color=GREY)
    ax.set_xlim(min(0.0, min(values)), max(values) * 1.12 if max(values) > 0 else 1.0)
    ax.set_xlabel(MEASURE_LABELS.get(measure, measure) + " (label: occurrences)")
    ax.set_title(_shorten(title, 90))
    return fig


def keyness_plot(key: pd.DataFrame, *, n: int = 20, ax: Axes | None = None, title: str = "Key words",
                 negative: bool = True, reference: str | None = None) -> Figure:
    """Diverging bars of log-likelihood G² for the ``n`` most key positive (and negative) terms,
    in G² order (what the bars show); each bar is labelled with its log ratio (the effect size).

    ``reference`` names the reference corpus in the legend and under the axis."""
    pos = key[key["key"] == "positive"].sort_values("g2", ascending=False, kind="stable").head(n)
    neg = (key[key["key"] == "negative"].sort_values("g2", ascending=False, kind="stable").head(n) if negative
           else key.iloc[:0])
    data = [*pos.itertuples(index=False)][::-1]
    data = [*neg.itertuples(index=False)] + data  # the most negative at the bottom
    fig, ax = new_axes(ax, figsize=(8, max(3.0, 0.28 * len(data) + 1.4)))
    if not data:
        _empty(ax, "no key words at p < 0.05")
        ax.set_title(title)
        return fig
    signed = [row.g2 if row.key == "positive" else -row.g2 for row in data]
    colours = [BLUE if row.key == "positive" else ORANGE for row in data]
    bars = ax.barh(range(len(data)), signed, color=colours, height=0.7)
    ax.set_yticks(range(len(data)), [row.term for row in data])
    ax.bar_label(bars, labels=[f"log ratio {row.log_ratio:+.1f}" for row in data], padding=3, fontsize=7,
                 color=GREY)
    low, high = min(0.0, *signed), max(0.0, *signed)
    span = high - low or 1.0
    ax.set_xlim(low - (0.25 * span if low < 0 else 0), high + 0.25 * span)
    ax.set_ylim(-0.6, len(data) - 0.4)
    ax.axvline(0, color=GREY, linewidth=0.8)
    from matplotlib.patches import Patch

    handles = [Patch(color=BLUE, label="more frequent than in the reference")]
    if any(row.key == "negative" for row in data):
        handles.append(Patch(color=ORANGE, label="less frequent than in the reference"))
    ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)
    ax.xaxis.set_major_formatter("{x:,.0f}")
    label = "log-likelihood G² (how sure the difference is; bars in this order)"
    ax.set_xlabel(label + (f"\nreference: {reference}" if reference else ""))
    ax.set_title(textwrap.fill(_shorten(title, 160), 80))  # two lines rather than losing the reference
    return fig


def trends_plot(trends: pd.DataFrame, *, value: str = "per_10k", ax: Axes | None = None,
                title: str = "Term frequency over time") -> Figure:
    """Lines of each word's frequency per period (``term_trends`` table), on a calendar axis."""
    fig, ax = new_axes(ax, figsize=(9, 4.8))
    if trends.empty:
        _empty(ax, "no dated documents")
        ax.set_title(title)
        return fig
    single = trends["date"].nunique() == 1
    for word, group in trends.groupby("word", sort=False):
        ax.plot(group["date"], group[value], marker="o" if single or len(group) < 40 else None,
                markersize=3, linewidth=1.6, label=word)
    ax.set_ylabel({"per_10k": "occurrences per 10,000 words", "count": "occurrences"}.get(value, value))
    ax.set_xlabel("publication date")
    ax.set_ylim(bottom=0)
    ax.grid(True, axis="y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), title="word")
    fig.autofmt_xdate()
    ax.set_title(_shorten(title, 90))
    return fig


def sentence_tone_plot(sentences: pd.DataFrame, *, ax: Axes | None = None, title: str = "Tone per sentence",
                       label_extremes: bool = True) -> Figure:
    """Bars of VADER compound score per sentence in text order (green positive, orange negative)."""
    fig, ax = new_axes(ax, figsize=(9, 4.5))
    if sentences.empty:
        _empty(ax, "no sentences")
        ax.set_title(title)
        return fig
    scores = sentences["compound"].tolist()
    colours = [GREEN if s >= 0.05 else ORANGE if s <= -0.05 else "#bbbbbb" for s in scores]
    ax.bar(range(1, len(scores) + 1), scores, color=colours, width=0.8)
    ax.axhline(0, color=GREY, linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlim(0.3, len(scores) + 0.7)
    ax.set_xlabel("sentence (in text order)")
    ax.set_ylabel("VADER compound score")
    ax.grid(True, axis="y")
    if label_extremes and len(scores) > 1:
        # Each quote sits beside its bar's end, joined to it by a short line, on the side with room.
        for k, sign in ((int(sentences["compound"].to_numpy().argmin()), -1),
                        (int(sentences["compound"].to_numpy().argmax()), 1)):
            text = _shorten(str(sentences["sentence"].iloc[k]).replace("\n", " "), 55)
            y = scores[k]
            left_side = k >= len(scores) / 2
            ax.annotate(f"“{text}” (sentence {k + 1})", (k + 1, y), xytext=(-10 if left_side else 10, 4 * sign),
                        textcoords="offset points", ha="right" if left_side else "left",
                        va="bottom" if sign > 0 else "top", fontsize=7.5, color=GREY,
                        arrowprops=dict(arrowstyle="-", color=GREY, linewidth=0.8, shrinkA=0, shrinkB=2))
            ax.patches[k].set_edgecolor("#333333")
            ax.patches[k].set_linewidth(1.2)
    ax.set_title(_shorten(title, 90))
    return fig


def tone_over_time_plot(tone: pd.DataFrame, *, ax: Axes | None = None, title: str = "Tone over time") -> Figure:
    """Mean VADER compound score per period (``tone_over_time`` table), with the shares of
    positive and negative sentences."""
    fig, ax = new_axes(ax, figsize=(9, 4.8))
    data = tone.dropna(subset=["compound"])
    if data.empty:
        _empty(ax, "no dated documents")
        ax.set_title(title)
        return fig
    marker = "o" if len(data) < 40 else None
    ax.plot(data["date"], data["compound"], color=BLUE, linewidth=1.8, marker=marker, markersize=3,
            label="mean compound score")
    ax.plot(data["date"], data["positive"], color=GREEN, linewidth=1, linestyle="--",
            label="share of positive\nsentences")
    ax.plot(data["date"], -data["negative"], color=ORANGE, linewidth=1, linestyle="--",
            label="share of negative\nsentences (below 0)")
    ax.axhline(0, color=GREY, linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("tone (VADER)")
    ax.set_xlabel("publication date")
    ax.grid(True, axis="y")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.autofmt_xdate()
    ax.set_title(_shorten(title, 90))
    return fig
