"""Notebook helpers: the CLI's settings for a parameters cell, inline figures, and interactive
controls that degrade to static output when run headless.

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
