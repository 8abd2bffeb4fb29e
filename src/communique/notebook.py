"""Interactive controls for notebooks that degrade to static output when run headless.

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

    from communique.run.config import show_figures_inline

    show_figures_inline()
    box = w.HBox(list(made.values()))
    display(box)
    handle = display(current(), display_id=True)

    def update(_change) -> None:
        handle.update(current())

    for control in made.values():
        control.observe(update, names="value")
    return None
