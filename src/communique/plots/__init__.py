"""Figures with one style, saved as deterministic PNG and SVG.

Plot functions take a DataFrame and an optional ``ax`` and return the Figure; they
never call ``plt.show()`` nor rely on pyplot's current axes. Only the CLI and the
notebooks decide where figures are written, with :func:`save_figure`.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING

from communique.output import atomic_write_bytes, check_output_name

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.transforms import Bbox

__all__ = ["FORMATS", "STYLE", "lay_out", "load_drawing", "new_axes", "new_figure", "save_figure", "style_path", "styled"]

STYLE = "style.mplstyle"
FORMATS = ("png", "svg")


def style_path() -> str:
    """Path of communique's matplotlib style sheet."""
    return str(importlib_resources.files("communique.plots").joinpath(STYLE))


@contextlib.contextmanager
def styled() -> Iterator[None]:
    """Apply communique's style within a block (does not change global rcParams)."""
    import matplotlib.pyplot as plt

    with plt.style.context(style_path()):
        yield


def new_axes(ax: Axes | None = None, *, figsize: tuple[float, float] | None = None) -> tuple[Figure, Axes]:
    """The figure and axes to draw on: ``ax``'s own, or a new styled figure (no pyplot state)."""
    if ax is not None:
        return ax.figure, ax
    from matplotlib.figure import Figure

    with styled():
        fig = Figure(figsize=figsize, layout="constrained")
        ax = fig.add_subplot()
    return fig, ax


def new_figure(*, figsize: tuple[float, float] | None = None) -> Figure:
    """A new styled Figure (not registered with pyplot, so nothing leaks between plots)."""
    from matplotlib.figure import Figure

    with styled():
        return Figure(figsize=figsize, layout="constrained")


def load_drawing() -> None:
    """Import what making and saving a figure needs (matplotlib, pyplot's style contexts, the
    Agg and SVG backends, wordcloud), drawing nothing, with the cyclic garbage collector paused,
    and then exempt what they made from later collections (``gc.freeze``): in a drawer process,
    a collection in the middle of these imports walked every object made so far (0.3 CPU-s)."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        import matplotlib.backends.backend_agg  # noqa: F401
        import matplotlib.backends.backend_svg  # noqa: F401
        import matplotlib.figure  # noqa: F401
        import matplotlib.patches  # noqa: F401
        import matplotlib.pyplot  # noqa: F401

        try:
            import wordcloud  # noqa: F401
        except ImportError:  # pragma: no cover - a dependency
            pass
    finally:
        gc.freeze()  # modules, classes and functions live as long as the process
        if enabled:
            gc.enable()


def _font_height_metrics(prop, dpi: float) -> tuple[float | None, float | None, float | None]:
    """``(ascent, descent, line gap)`` of ``prop``'s font at ``dpi``, computed as matplotlib's
    ``Text._get_layout`` computes them (``None``s when the font has neither table: it then measures)."""
    from matplotlib.font_manager import findfont, get_font

    font = get_font(findfont(prop))  # the first of the fonts the text is set in: the one whose tables count
    for table_name, gap_key, ascent_key, descent_key in (("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
                                                         ("hhea", "lineGap", "ascent", "descent")):
        table = font.get_sfnt_table(table_name)
        if table is None:
            continue
        scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * prop.get_size_in_points() * dpi / 72
        return table[ascent_key] * scale, -table[descent_key] * scale, table[gap_key] * scale
    return None, None, None


@functools.cache
def _measuring_canvas_class() -> type:
    """An Agg canvas whose renderers share one record of text measurements (see :func:`lay_out`)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg

    class MeasuringRenderer(RendererAgg):
        """An Agg renderer that looks a text's size up in its canvas's record before measuring it."""

        def __init__(self, width: float, height: float, dpi: float, measured: dict) -> None:
            super().__init__(width, height, dpi)
            self.measured = measured

        def get_text_width_height_descent(self, s, prop, ismath):
            key = (s, prop.copy(), ismath, self.dpi)  # a copy: font properties are mutable
            size = self.measured.get(key)
            if size is None:
                size = self.measured[key] = super().get_text_width_height_descent(s, prop, ismath)
            return size

        def _get_font_height_metrics(self, prop):
            """A font's ascent, descent and line gap at this renderer's dpi, as ``Text._get_layout`` reads
            them from the font's OS/2 or hhea table when a renderer offers none (the same numbers),
            recorded: it looked the font up and read its tables again for every text measured (half a
            figure's font look-ups; a renderer's dpi is its figure's when a text is laid out)."""
            key = ("height metrics", prop.copy(), self.dpi)
            metrics = self.measured.get(key)
            if metrics is None:
                metrics = self.measured[key] = _font_height_metrics(prop, self.dpi)
            return metrics

    class MeasuringCanvas(FigureCanvasAgg):
        """A figure's Agg canvas for :func:`lay_out` and the PNG: matplotlib keeps its text sizes per
        renderer, and the PNG, cropped to the tight box, needs a renderer of its own size, so
        without this record every text would be measured (shaped and hinted by FreeType, the
        dearest part of a figure) once for the layout and again for the PNG."""

        def __init__(self, figure) -> None:
            super().__init__(figure)
            self.measured: dict = {}
            self._measuring_key = None
            self._measurer = None

        def measurer(self):
            """A renderer at the figure's dpi to measure with, drawing nothing: one pixel, where
            :meth:`get_renderer`'s would hold the whole figure's (4 MB at 150 dpi, cleared)."""
            if self._measurer is None or self._measurer.dpi != self.figure.dpi:
                self._measurer = MeasuringRenderer(1, 1, self.figure.dpi, self.measured)
            return self._measurer

        def get_renderer(self):
            w, h = self.get_width_height(physical=True)
            key = (w, h, self.figure.dpi)
            if key != self._measuring_key:
                self.renderer = MeasuringRenderer(w, h, self.figure.dpi, self.measured)
                self._measuring_key = key
            return self.renderer

    return MeasuringCanvas


def _measuring_canvas(fig: Figure):
    """``fig``'s measuring canvas. A figure with matplotlib's base canvas only (one from
    :func:`new_axes` or :func:`new_figure`, shown by nobody) keeps it as its canvas, so that
    :func:`save_figure` finds the sizes that an earlier :func:`lay_out` measured."""
    from matplotlib.backend_bases import FigureCanvasBase

    measuring = _measuring_canvas_class()
    if isinstance(fig.canvas, measuring):
        return fig.canvas
    own = fig.canvas
    agg = measuring(fig)  # before any dpi change: a canvas records the figure's own dpi
    if type(own) is not FigureCanvasBase:
        fig.set_canvas(own)
    return agg


def lay_out(fig: Figure, tight: bool = True) -> Bbox | None:
    """Run ``fig``'s layout engine once at the saving resolution, and return the figure's tight
    bounding box there (inches, padded as the style says): what every ``savefig`` with
    ``bbox_inches="tight"`` would redo with an extra draw of its own. Call within :func:`styled`.
    ``tight=False``: the layout alone (``None``), for a figure whose box is measured when saved.
    The texts' sizes are kept on the figure's canvas, for the PNG and a later ``lay_out``."""
    import matplotlib

    agg = _measuring_canvas(fig)
    canvas, dpi = fig.canvas, fig.dpi
    try:
        fig.set_canvas(agg)
        fig.set_dpi(matplotlib.rcParams["savefig.dpi"])
        renderer = agg.measurer()  # one renderer for the layout and the bbox: text is measured once
        engine = fig.get_layout_engine()
        if engine is not None:
            engine.execute(fig)
        return fig.get_tightbbox(renderer).padded(matplotlib.rcParams["savefig.pad_inches"]) if tight else None
    finally:
        fig.set_dpi(dpi)
        fig.set_canvas(canvas)


def save_figure(fig: Figure, folder: str | os.PathLike, name: str, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Write ``name.png`` and ``name.svg`` into ``folder``, byte-identical on rerun.

    SVG carries no date and a per-figure hash salt; PNG carries no software tag. The layout
    is made and the tight bounding box measured once (:func:`lay_out`) and both formats share
    them, so each format costs one draw; the layout stays frozen afterwards, so that saving
    the figure again gives the same bytes.
    """
    import io

    import matplotlib

    check_output_name(name)
    written = []
    rc = {"svg.hashsalt": name, "figure.autolayout": False, "figure.constrained_layout.use": False}
    with styled(), matplotlib.rc_context(rc):
        engine = fig.get_layout_engine()
        agg = _measuring_canvas(fig)
        canvas = fig.canvas
        fig.set_canvas(agg)  # the PNG's draw finds the sizes measured for the layout
        bbox = lay_out(fig)
        fig.set_layout_engine(None)  # laid out already: no layout (and no extra draw) in savefig
        try:
            for fmt in formats:
                buffer = io.BytesIO()
                metadata = {"Date": None} if fmt == "svg" else {"Software": None} if fmt == "png" else {}
                fig.savefig(buffer, format=fmt, metadata=metadata, bbox_inches=bbox)
                written.append(atomic_write_bytes(Path(folder) / f"{name}.{fmt}", buffer.getvalue()))
        finally:
            fig.set_canvas(canvas)
            if engine is not None:  # frozen: a placeholder that keeps the engine's colorbar kind
                fig.set_layout_engine(engine)
                fig.set_layout_engine("none")
    return written
