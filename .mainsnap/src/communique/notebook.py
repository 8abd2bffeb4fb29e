"""Notebook helpers: the CLI's settings for a parameters cell, inline figures, and interactive
controls that degrade to static output when run headless.

Also :func:`term_view` (a word, phrase or wildcard: KWIC, dispersion and trend together) and
:func:`cached` (remember a refit per control value).

:func:`explore` shows ``func(**defaults)`` as an ordinary output (so an executed notebook,
its HTML export, or a headless run shows a result) and, above it, ipywidgets controls; in a
live JupyterLab, changing a control re-runs ``func`` and replaces that output in place.

Controls may be ipywidgets or shorthands: a list or tuple of strings is a dropdown, an
``(min, max)`` or ``(min, max, step)`` tuple of ints is a slider, a string is a text box, a
bool is a checkbox, an int is an integer box.

>>> describe_control(("Putin", "Kim"))
'Dropdown'
>>> describe_control((2, 12))
'IntSlider'
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any


def describe_control(spec: Any) -> str:
    """Which ipywidgets class :func:`make_control` builds for a shorthand."""
    if isinstance(spec, bool):
        return "Checkbox"
    if isinstance(spec, int):
        return "IntText"
    if isinstance(spec, str):
        return "Text"
    if isinstance(spec, (list, tuple)) and spec and all(isinstance(v, int) and not isinstance(v, bool) for v in spec) \
            and len(spec) in (2, 3) and isinstance(spec, tuple):
        return "IntSlider"
    if isinstance(spec, (list, tuple)):
        return "Dropdown"
    return type(spec).__name__


def make_control(name: str, spec: Any):
    """An ipywidgets control for ``spec`` (returned unchanged when it already is a widget)."""
    import ipywidgets as w

    if isinstance(spec, w.ValueWidget):
        return spec
    kind = describe_control(spec)
    label = name.replace("_", " ")
    style = {"description_width": "initial"}
    if kind == "Checkbox":
        return w.Checkbox(value=spec, description=label, style=style)
    if kind == "IntText":
        return w.IntText(value=spec, description=label, style=style)
    if kind == "Text":
        return w.Text(value=spec, description=label, continuous_update=False, style=style)
    if kind == "IntSlider":
        low, high, *step = spec
        return w.IntSlider(value=low, min=low, max=high, step=step[0] if step else 1, description=label,
                           continuous_update=False, style=style)
    if kind == "Dropdown":
        return w.Dropdown(options=list(spec), description=label, style=style)
    raise TypeError(f"cannot make a control for {name}={spec!r}")


def explore(func: Callable[..., Any], /, **controls: Any):
    """Display controls and ``func(**values)``; re-display in place when a control changes.

    ``func`` returns what to show (a Figure, DataFrame, text or any displayable object).
    Outside IPython, returns ``func(**defaults)``; inside, displays everything and returns None.
    """
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython is a dependency through ipykernel
        get_ipython = None
    made = {name: make_control(name, spec) for name, spec in controls.items()}

    def current() -> Any:
        return func(**{name: control.value for name, control in made.items()})

    if get_ipython is None or get_ipython() is None:
        return current()
    import ipywidgets as w

    show_figures_inline()
    box = w.HBox(list(made.values()))
    display(box)
    handle = display(current(), display_id=True)

    def update(_change) -> None:
        handle.update(current())

    for control in made.values():
        control.observe(update, names="value")
    return None


class TermView:
    """KWIC lines, dispersion and trend of one query, shown together (HTML with an inline figure)."""

    def __init__(self, query: str, lines: Any, figure: Any, summary: str) -> None:
        self.query, self.lines, self.figure, self.summary = query, lines, figure, summary

    def _repr_html_(self) -> str:
        import base64
        import html
        import io

        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=100)
        image = base64.b64encode(buffer.getvalue()).decode("ascii")
        table = self.lines.to_html(index=False, escape=True, border=0) if len(self.lines) else ""
        return (f"<p><b>{html.escape(self.query)}</b>: {html.escape(self.summary)}</p>"
                f'<img alt="dispersion and trend of {html.escape(self.query, quote=True)}" '
                f'src="data:image/png;base64,{image}">{table}')

    def __repr__(self) -> str:  # plain-text front ends
        return f"{self.query}: {self.summary}\n{self.lines.to_string(index=False)}"


def term_view(query: str, articles: Any, tokens: Any = None, *, width: int = 45, max_lines: int = 20) -> TermView:
    """A word, phrase or wildcard (``sanction*``) in ``articles``: its keywords in context, where it
    occurs (hits per document, on the publication date when the documents have one) and its trend
    (hits per 10,000 words per month). Everything comes from :func:`communique.words.concordance.kwic`."""
    import matplotlib.dates as mdates
    import pandas as pd

    from communique.plots import new_figure
    from communique.text.tokens import tokenise_many
    from communique.words.concordance import KWIC_COLUMNS, kwic

    articles = list(articles)
    if tokens is None:
        tokens = tokenise_many(articles, lemmas=False)
    query = query.strip()
    hits = kwic(articles, query, tokens=tokens, width=width) if query else pd.DataFrame(columns=KWIC_COLUMNS)
    dates = {a.id: a.published for a in articles}
    titles = {a.id: a.title or a.id for a in articles}
    words = tokens[tokens["is_alpha"].to_numpy()].groupby("doc_id").size()
    per_doc = hits.groupby("doc_id").size()
    fig = new_figure(figsize=(10, 3.2))
    left, right = fig.subplots(1, 2)
    dated = [d for d in per_doc.index if dates.get(d) is not None]
    if len(dated) == len(per_doc) and len(per_doc):
        left.scatter([dates[d] for d in per_doc.index], per_doc.to_numpy(), s=14, color="#1f5a96", alpha=0.7)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=6)
        left.xaxis.set_major_locator(locator)
        left.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        left.set_xlabel("publication date")
    else:
        order = {a.id: k + 1 for k, a in enumerate(articles)}
        left.bar([order[d] for d in per_doc.index], per_doc.to_numpy(), color="#1f5a96", width=0.8)
        left.set_xlim(0, len(articles) + 1)
        left.set_xlabel("document (undated: in corpus order)" if len(articles) > 1 else "the one document")
    left.set_ylabel("hits")
    left.set_title("Dispersion: hits per document", fontsize=10, loc="left")
    months = pd.Series({d: dates[d].strftime("%Y-%m") for d in dates if dates[d] is not None})
    if months.nunique() >= 2:
        total = words.groupby(months.reindex(words.index)).sum()
        got = per_doc.groupby(months.reindex(per_doc.index)).sum().reindex(total.index, fill_value=0)
        span = pd.period_range(min(total.index), max(total.index), freq="M").astype(str)
        rate = (10_000 * got / total).reindex(span, fill_value=0)
        right.bar(range(len(rate)), rate.to_numpy(), color="#e6a000")
        step = max(1, len(rate) // 8)
        right.set_xticks(range(0, len(rate), step), list(rate.index[::step]), rotation=30, ha="right", fontsize=8)
        right.set_ylabel("per 10,000 words")
    else:
        right.text(0.5, 0.5, "no trend: fewer than two months of dated documents", ha="center", va="center",
                   transform=right.transAxes, color="#666666")
        right.set_xticks([])
        right.set_yticks([])
    right.set_title("Trend: hits per month", fontsize=10, loc="left")
    forms = hits["match"].str.lower().value_counts().head(6) if len(hits) else pd.Series(dtype=int)
    summary = (f"{len(hits):,} hit(s) in {len(per_doc):,} of {len(articles):,} document(s)"
               + (": " + ", ".join(f"{f} ({n})" for f, n in forms.items()) if len(forms) else ""))
    lines = hits.head(max_lines).assign(document=lambda t: t["doc_id"].map(titles).str.slice(0, 50))
    lines = lines[["left", "match", "right", "document"]] if len(lines) else pd.DataFrame(
        columns=["left", "match", "right", "document"])
    return TermView(query, lines, fig, summary)


def cached(func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` remembering its results by arguments (a refitted topic model is fitted once per k)."""
    import functools

    return functools.lru_cache(maxsize=32)(func)


def notebook_defaults(start: str | os.PathLike | None = None) -> dict[str, Any]:
    """The CLI's effective settings for a notebook's parameters cell.

    Reads the nearest ``communique.toml`` from ``start`` (default: the working directory, which
    is ``notebooks/`` when a notebook runs) upward; without one, the CLI's defaults. Paths in
    the result are relative to the working directory. ``random_state`` repeats ``seed``.

    >>> params = notebook_defaults("/")
    >>> params["top"], params["random_state"]
    (30, 0)
    """
    from communique.run.config import find_config, merge_settings, read_config, relative_path

    path = find_config(start, upward=True)
    settings = merge_settings(read_config(path) if path else {})
    settings["random_state"] = settings["seed"]
    settings["config_file"] = relative_path(path) if path else None
    show_figures_inline()
    return settings


def show_figures_inline() -> bool:
    """Inside IPython, show a matplotlib ``Figure`` that a cell returns as an image (PNG).

    communique's figures are not registered with pyplot, so IPython would otherwise print
    ``<Figure size ...>``. Does nothing (returns False) outside IPython.
    """
    import sys

    if "IPython" not in sys.modules:
        return False
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None or not hasattr(shell, "display_formatter"):
        return False
    from matplotlib.figure import Figure

    def png(fig: Figure) -> bytes:
        import io

        from communique.plots import styled

        buffer = io.BytesIO()
        with styled():
            fig.savefig(buffer, format="png", metadata={"Software": None})
        return buffer.getvalue()

    shell.display_formatter.formatters["image/png"].for_type(Figure, png)
    return True
