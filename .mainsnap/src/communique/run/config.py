"""Settings of ``communique run`` from defaults, a TOML file and the command line (in that order).

A ``communique.toml`` in the working directory (or the file given with ``--config``) can set
every option of ``communique run``; options given on the command line override it.
``communique config show`` prints the effective settings, and notebooks read the same file
with :func:`communique.notebook.notebook_defaults` so that they and the CLI share parameters.
Which keys exist, their types and allowed values come from :class:`communique.run.options.RunOptions`.

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

from communique.run.options import check_setting, defaults

CONFIG_NAME = "communique.toml"

_PATH_KEYS = ("out", "cache_dir")


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
                flat[sub] = subvalue
        else:
            flat[key] = value
    settings = {key: check_setting(key, value, str(path)) for key, value in flat.items()}
    base = path.resolve().parent
    if base != Path.cwd().resolve():
        for key in _PATH_KEYS:
            if settings.get(key):
                settings[key] = relative_path(base / settings[key])
        if "inputs" in settings:
            settings["inputs"] = [relative_path(base / p) for p in settings["inputs"]]
    return settings


def relative_path(path: Path) -> str:
    """``path`` relative to the working directory (as given when that is impossible)."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)


def merge_settings(*layers: Mapping[str, Any]) -> dict[str, Any]:
    """Defaults overridden by each layer in turn (``params`` tables are merged per stage)."""
    settings = defaults()
    for layer in layers:
        for key, value in layer.items():
            value = check_setting(key, value, "settings")
            if key == "params":
                merged = {stage: dict(opts) for stage, opts in settings["params"].items()}
                for stage, opts in value.items():
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
