"""Settings of ``communique run`` from defaults, a TOML file and the command line (in that order).

A ``communique.toml`` in the working directory (or the file given with ``--config``) can set
every option of ``communique run``; options given on the command line override it.
``communique config show`` prints the effective settings, and notebooks read the same file
with :func:`notebook_defaults` so that they and the CLI share parameters.

.. code-block:: toml

    [run]
    inputs = ["seeds/"]
    out = "figures/"
    only = ["tokens", "freq"]   # or "tokens,freq"
    top = 30
    seed = 0

    [params.topics]             # per-stage parameters, read by stages as ctx.options.params["topics"]
    n_topics = 8

>>> settings = merge_settings({"top": 50}, {"seed": 3})
>>> settings["top"], settings["seed"], settings["out"]
(50, 3, 'figures')
>>> print(to_toml({"top": 5, "only": ["freq"], "params": {"topics": {"k": 4}}}).strip())
top = 5
only = ["freq"]
<BLANKLINE>
[params.topics]
k = 4
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

CONFIG_NAME = "communique.toml"

#: Every option of ``communique run`` and its default (the keys of a ``[run]`` table).
DEFAULTS: dict[str, Any] = {
    "inputs": [],
    "out": "figures",
    "only": [],
    "date": None,
    "top": 30,
    "seed": 0,
    "quiet": False,
    "force": False,
    "cache": True,
    "cache_dir": None,
    "report": True,
    "jobs": None,  # None: all cores
    "engine": "local",
    "scheduler": None,
    "batch_size": 200,
    "genre": "news",  # timex reference time: news | narrative | auto
    "follow_symlinks": False,
    "max_bytes": 20_000_000,  # text.corpus.DEFAULT_MAX_BYTES
    "dayfirst": "auto",
    "params": {},
}

_TYPES: dict[str, tuple[type, ...]] = {
    "inputs": (list,),
    "out": (str,),
    "only": (list,),
    "date": (str, type(None)),
    "top": (int,),
    "seed": (int,),
    "quiet": (bool,),
    "force": (bool,),
    "cache": (bool,),
    "cache_dir": (str, type(None)),
    "report": (bool,),
    "jobs": (int, type(None)),
    "engine": (str,),
    "scheduler": (str, type(None)),
    "batch_size": (int,),
    "genre": (str,),
    "follow_symlinks": (bool,),
    "max_bytes": (int,),
    "dayfirst": (str,),
    "params": (dict,),
}
_PATH_KEYS = ("out", "cache_dir")


def _normalise(key: str) -> str:
    key = key.replace("-", "_")
    return {"random_state": "seed", "input": "inputs", "no_cache": "cache"}.get(key, key)


def _check(key: str, value: Any, where: str) -> Any:
    if key not in DEFAULTS:
        raise ValueError(f"{where}: unknown setting {key!r}; known: {', '.join(DEFAULTS)}")
    if key in ("only", "inputs") and isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()] if key == "only" else [value]
    if key in ("inputs", "only"):
        value = [str(v) for v in value] if isinstance(value, (list, tuple)) else value
    if key in ("out", "cache_dir") and isinstance(value, os.PathLike):
        value = os.fspath(value)
    expected = _TYPES[key]
    if not isinstance(value, expected) or (isinstance(value, bool) and bool not in expected):
        names = " or ".join("none" if t is type(None) else t.__name__ for t in expected)
        raise ValueError(f"{where}: setting {key!r} must be {names}, not {value!r}")
    if key == "dayfirst" and value not in ("auto", "yes", "no"):
        raise ValueError(f"{where}: setting 'dayfirst' must be auto, yes or no, not {value!r}")
    if key == "genre" and value not in ("news", "narrative", "auto"):
        raise ValueError(f"{where}: setting 'genre' must be news, narrative or auto, not {value!r}")
    if key in ("top", "jobs", "batch_size", "max_bytes") and value is not None and value < 1:
        raise ValueError(f"{where}: setting {key!r} must be at least 1, not {value}")
    if key == "engine" and value not in ("local", "dask"):
        raise ValueError(f"{where}: setting 'engine' must be local or dask, not {value!r}")
    return value


def find_config(start: str | os.PathLike | None = None, *, upward: bool = False) -> Path | None:
    """``communique.toml`` in ``start`` (default: the working directory), or in a parent if ``upward``."""
    folder = Path(start or Path.cwd()).resolve()
    for candidate in [folder, *folder.parents] if upward else [folder]:
        path = candidate / CONFIG_NAME
        if path.is_file():
            return path
    return None


def read_config(path: str | os.PathLike) -> dict[str, Any]:
    """The settings a TOML file sets (validated); relative paths are taken from the file's folder."""
    import tomllib

    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as err:
        raise ValueError(f"cannot read config {path}: {err.strerror or err}") from None
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"config {path} is not valid TOML: {err}") from None
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if key == "run":
            if not isinstance(value, dict):
                raise ValueError(f"{path}: [run] must be a table")
            for sub, subvalue in value.items():
                flat[_normalise(sub)] = subvalue
        else:
            flat[_normalise(key)] = value
    settings = {key: _check(key, value, str(path)) for key, value in flat.items()}
    base = path.resolve().parent
    if base != Path.cwd().resolve():
        for key in _PATH_KEYS:
            if settings.get(key):
                settings[key] = _relative(base / settings[key])
        if "inputs" in settings:
            settings["inputs"] = [_relative(base / p) for p in settings["inputs"]]
    return settings


def _relative(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)


def merge_settings(*layers: Mapping[str, Any]) -> dict[str, Any]:
    """Defaults overridden by each layer in turn (``params`` tables are merged per stage)."""
    settings = json.loads(json.dumps(DEFAULTS))
    for layer in layers:
        for key, value in layer.items():
            key = _normalise(key)
            value = _check(key, value, "settings")
            if key == "params":
                merged = {stage: dict(opts) for stage, opts in settings["params"].items()}
                for stage, opts in value.items():
                    if not isinstance(opts, Mapping):
                        raise ValueError(f"params.{stage} must be a table of parameters, not {opts!r}")
                    merged.setdefault(stage, {}).update(opts)
                value = merged
            settings[key] = value
    return settings


def parse_assignment(text: str) -> dict[str, Any]:
    """``stage.name=value`` (a TOML value, or a bare string) as a ``params`` layer.

    >>> parse_assignment("topics.n_topics=8")
    {'topics': {'n_topics': 8}}
    >>> parse_assignment("freq.word=Putin")
    {'freq': {'word': 'Putin'}}
    """
    import tomllib

    name, sep, raw = text.partition("=")
    stage, dot, param = name.strip().partition(".")
    if not sep or not dot or not stage or not param:
        raise ValueError(f"--set expects STAGE.NAME=VALUE, not {text!r}")
    try:
        value = tomllib.loads(f"v = {raw.strip()}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw.strip()
    return {stage: {param: value}}


def effective_settings(cli: Mapping[str, Any] | None = None, config: str | os.PathLike | None = None) -> dict[str, Any]:
    """Defaults < ``config`` (or ``./communique.toml`` when present) < ``cli`` (only options given)."""
    if config and not Path(config).is_file():
        raise ValueError(f"config file {config} does not exist")
    path = Path(config) if config else find_config()
    file_layer = read_config(path) if path else {}
    return merge_settings(file_layer, dict(cli or {}))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise ValueError(f"cannot write {value!r} as TOML")


def to_toml(settings: Mapping[str, Any], *, comments: bool = False) -> str:
    """Settings as TOML text (``None`` values are written as comments, since TOML has no null)."""
    lines = []
    tables: list[tuple[str, Mapping[str, Any]]] = []
    for key, value in settings.items():
        if isinstance(value, Mapping):
            if key == "params":
                tables += [(f"params.{stage}", opts) for stage, opts in value.items()]
            else:
                tables.append((key, value))
        elif value is None:
            if comments:
                lines.append(f"# {key} = (not set)")
        else:
            lines.append(f"{key} = {_toml_value(value)}")
    for name, table in tables:
        lines += ["", f"[{name}]"] + [f"{k} = {_toml_value(v)}" for k, v in table.items() if v is not None]
    return "\n".join(lines) + "\n"


def notebook_defaults(start: str | os.PathLike | None = None) -> dict[str, Any]:
    """The CLI's effective settings for a notebook's parameters cell.

    Reads the nearest ``communique.toml`` from ``start`` (default: the working directory, which
    is ``notebooks/`` when a notebook runs) upward; without one, the CLI's defaults. Paths in
    the result are relative to the working directory. ``random_state`` repeats ``seed``.

    >>> params = notebook_defaults("/")
    >>> params["top"], params["random_state"]
    (30, 0)
    """
    path = find_config(start, upward=True)
    settings = merge_settings(read_config(path) if path else {})
    settings["random_state"] = settings["seed"]
    settings["config_file"] = _relative(path) if path else None
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
