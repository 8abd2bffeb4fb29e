"""The options of ``communique run``, spelled once: :class:`RunOptions` is the schema.

Each field of :class:`RunOptions` carries its default, the TOML types it accepts, its help
text and its allowed values (``dataclasses.field(metadata=...)``). Everything else is derived
from it: the TOML check of :mod:`communique.run.config`, the ``communique run`` parser
(:mod:`communique.cli.run`), ``communique config show``, the cache key (:meth:`RunOptions.parameters`)
and the command line that repeats a run (:func:`reproduce_command`). Stage parameters
(``--set STAGE.NAME=VALUE``, ``[params.STAGE]``) are checked against :data:`STAGE_PARAMS`.

>>> [f.name for f in settings_fields()][:4]
['inputs', 'out', 'only', 'date']
>>> check_setting("top", 5, "here")
5
>>> check_setting("topp", 5, "here")
Traceback (most recent call last):
...
ValueError: here: unknown setting 'topp'; known: inputs, out, only, date, top, seed, genre, quiet, force, cache, cache_dir, report, jobs, engine, scheduler, batch_size, follow_symlinks, max_bytes, dayfirst, params
>>> check_params({"topics": {"n_topics": "many"}}, "--set")
Traceback (most recent call last):
...
ValueError: --set: topics.n_topics must be int or 'auto', not 'many'
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import MISSING, Field, dataclass, field, fields
from pathlib import Path
from typing import Any

from communique.words.keywords import REFERENCES

# Order matters: later stages may use tables earlier ones left in ``ctx.tables``.
STAGES: tuple[str, ...] = ("tokens", "freq", "topics", "timeline")

NoneType = type(None)


def _option(default: Any, help: str, *, types: tuple[type, ...], choices: Sequence[Any] | None = None,
            minimum: int | None = None, parameter: bool = False, always: bool = False, setting: bool = True,
            group: str | None = None,
            flag: str | None = None, short: str | None = None, metavar: str | None = None, factory=None) -> Any:
    """A :class:`RunOptions` field with its schema in ``metadata``.

    ``types`` are the settings-level (TOML) types; ``parameter`` marks options that shape the
    outputs (the cache key); the reproduce command names a parameter when it differs from its
    default, or always (``always``); ``setting=False`` keeps an option out of TOML and the command line.
    """
    meta = {"help": help, "types": types, "choices": tuple(choices) if choices else None, "minimum": minimum,
            "parameter": parameter, "always": always, "setting": setting, "group": group, "flag": flag, "short": short,
            "metavar": metavar}
    if factory is not None:
        return field(default_factory=factory, metadata=meta, compare=False)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class RunOptions:
    """Options of a run: every setting of ``communique run`` (see the module docstring).

    ``cache_dir`` defaults to ``<out>/.cache``; ``progress`` None means "when stderr is a terminal".
    """

    inputs: tuple[str, ...] = _option((), "files, folders or tables (CSV/JSONL/Parquet); default: inputs in "
                                      "communique.toml", types=(list,))
    out: Path = _option(Path("figures"), "output folder (created; never inside an input)",
                        types=(str,))
    only: tuple[str, ...] | None = _option(None, f"comma-separated stages to run (of: {','.join(STAGES)}; default all)",
                                           types=(list,), choices=STAGES, parameter=True)
    date: str | None = _option(None, "publication date for inputs that have none", types=(str, NoneType),
                               parameter=True, metavar="ISO-DATE")
    top: int = _option(30, "how many terms in top-N tables and figures", types=(int,), minimum=1,
                       parameter=True, always=True)
    seed: int = _option(0, "random seed for everything random", types=(int,), parameter=True, always=True)
    genre: str = _option("auto", "how dates without a year are resolved: against the publication date (news), the "
                         "story's own time (narrative) or decided per text (auto, default)", types=(str,),
                         choices=("news", "narrative", "auto"), parameter=True)
    quiet: bool = _option(False, "no progress bar and no summary", types=(bool,))
    force: bool = _option(False, "recompute everything (ignore the cache)", types=(bool,))
    cache: bool = _option(True, "neither read nor write the cache", types=(bool,))
    cache_dir: Path | None = _option(None, "where cached intermediate tables live (default OUT/.cache)",
                                     types=(str, NoneType))
    report: bool = _option(True, "do not write report.html", types=(bool,))
    # Where work runs; none of these changes a result, so they are not parameters.
    jobs: int | None = _option(None, "worker processes (default: all cores)", types=(int, NoneType), minimum=1,
                               group="scale", short="-j", metavar="N")
    engine: str = _option("local", "local process pool or Dask (a LocalCluster, or --scheduler)",
                          types=(str,), choices=("local", "dask"), group="scale")
    scheduler: str | None = _option(None, "a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --engine "
                                    "dask; put --cache-dir on storage every worker sees)", types=(str, NoneType),
                                    group="scale", metavar="ADDRESS")
    batch_size: int = _option(200, "most documents per batch (a batch also closes at about 1 MB of text)", types=(int,), minimum=1, group="scale", metavar="DOCS")
    # Hostile input (run/safety.py, text/corpus.py): what is read, so parameters.
    follow_symlinks: bool = _option(False, "follow symbolic links that leave an input folder (never into --out)",
                                    types=(bool,), parameter=True)
    max_bytes: int = _option(20_000_000, "largest document in bytes; larger ones are listed as skipped",
                             types=(int,), minimum=1, parameter=True, metavar="N")
    dayfirst: str = _option("auto", "dates such as 05/04/2019 in tables: decided from all rows of the column "
                            "(auto), day first (yes) or month first (no)", types=(str,),
                            choices=("auto", "yes", "no"), parameter=True)
    params: dict[str, Any] = _option(None, "a stage parameter, e.g. --set topics.n_topics=8 (repeatable)",
                                     types=(dict,), parameter=True, flag="--set", metavar="STAGE.NAME=VALUE",
                                     factory=dict)
    progress: bool | None = _option(None, "progress bar (None: when stderr is a terminal)", types=(bool, NoneType),
                                    setting=False)

    def parameters(self) -> dict[str, Any]:
        """The options that shape the outputs (recorded in the manifest and in cache keys), as JSON data."""
        return {f.name: _plain(f, getattr(self, f.name)) for f in fields(self) if f.metadata["parameter"]}

    def show_progress(self) -> bool:
        if self.quiet:
            return False
        if self.progress is not None:
            return self.progress
        return bool(getattr(sys.stderr, "isatty", lambda: False)())

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> RunOptions:
        """Options from checked settings (:func:`communique.run.config.merge_settings`)."""
        values: dict[str, Any] = {}
        for f in settings_fields():
            value = settings.get(f.name, default_setting(f))
            if "Path" in str(f.type):  # paths are text in settings
                value = Path(value) if value else None
            elif f.metadata["types"] == (list,):  # lists are tuples in the (frozen) options
                value = tuple(value) or f.default
            elif f.name == "params":
                value = {k: dict(v) for k, v in value.items()}
            values[f.name] = value
        return cls(**values)


def _plain(f: Field, value: Any) -> Any:
    """A parameter as JSON data: lists for sequences (none given: ``[]``), params sorted by stage."""
    if f.metadata["types"] == (list,):
        return list(value or ())
    if isinstance(value, dict):
        return {k: dict(v) if isinstance(v, dict) else v for k, v in sorted(value.items())}
    return value


def settings_fields() -> list[Field]:
    """The fields of :class:`RunOptions` that are settings (TOML keys and command-line options), in order."""
    return [f for f in fields(RunOptions) if f.metadata["setting"]]


def default_setting(f: Field) -> Any:
    """A setting's default as TOML-level data (paths as text, tuples as lists)."""
    value = f.default_factory() if f.default is MISSING else f.default  # type: ignore[misc]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return list(value)
    if value is None and f.metadata["types"] == (list,):
        return []
    return value


def defaults() -> dict[str, Any]:
    """Every setting and its default, in schema order (the keys of a ``[run]`` table)."""
    return {f.name: default_setting(f) for f in settings_fields()}


@functools.cache
def _by_name() -> dict[str, Field]:
    return {f.name: f for f in settings_fields()}


def _field(key: str, where: str) -> Field:
    known = _by_name()
    if key not in known:
        raise ValueError(f"{where}: unknown setting {key!r}; known: {', '.join(known)}")
    return known[key]


def _type_names(types: Sequence[type]) -> str:
    return " or ".join("none" if t is NoneType else t.__name__ for t in types)


def check_setting(key: str, value: Any, where: str) -> Any:
    """``value`` of setting ``key`` checked against the schema (and normalised: ``"a,b"`` -> list)."""
    f = _field(key, where)
    meta = f.metadata
    if isinstance(value, str) and meta["types"] == (list,):  # "tokens,freq" for stages; one input path
        value = [v.strip() for v in value.split(",") if v.strip()] if meta["choices"] else [value]
    if isinstance(value, (list, tuple)) and list in meta["types"]:
        value = [str(v) for v in value]
    if isinstance(value, os.PathLike) and str in meta["types"]:
        value = os.fspath(value)
    expected = meta["types"]
    if not isinstance(value, expected) or (isinstance(value, bool) and bool not in expected):
        raise ValueError(f"{where}: setting {key!r} must be {_type_names(expected)}, not {value!r}")
    if meta["minimum"] is not None and value is not None and value < meta["minimum"]:
        raise ValueError(f"{where}: setting {key!r} must be at least {meta['minimum']}, not {value}")
    choices = meta["choices"]
    if choices and value is not None:
        wrong = [v for v in (value if isinstance(value, list) else [value]) if v not in choices]
        if wrong:
            raise ValueError(f"{where}: setting {key!r} must be one of {', '.join(choices)}, not {wrong[0]!r}")
    if key == "params":
        check_params(value, where)
    return value


# --- stage parameters ----------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """One stage parameter: the TOML types it accepts and the fixed values it also accepts.

    >>> Param((int,), ("auto",)).check("auto"), Param((int,), ("auto",)).check(True)
    (True, False)
    """

    types: tuple[type, ...] = ()
    choices: tuple[Any, ...] = ()
    help: str = ""

    def check(self, value: Any) -> bool:
        if any(value == c and type(value) is type(c) for c in self.choices):
            return True
        return isinstance(value, self.types) and not (isinstance(value, bool) and bool not in self.types)

    def describe(self) -> str:
        return " or ".join([t.__name__ for t in self.types] + [repr(c) for c in self.choices])


_INT, _NUMBER = (int,), (int, float)

#: The parameters each stage reads from ``ctx.options.params[stage]``.
STAGE_PARAMS: dict[str, dict[str, Param]] = {
    "tokens": {},
    "freq": {
        "reference": Param(choices=REFERENCES, help="the reference corpus of keyness"),
        "stopwords": Param((list, str), help="stop words added to the default list: a list, 'a,b' or a file"),
        "stopwords_mode": Param(choices=("add", "replace"), help="add to the default stop words or replace them"),
        "reporting_verbs": Param((bool,), help="leave reporting verbs (said, told, added) out of counts"),
        "boilerplate": Param((bool,), help="leave words recurring in one outlet's documents out of counts"),
        "watch": Param((list, str), help="words of the KWIC, dispersion and trend tables (default: top terms)"),
    },
    "topics": {
        "max_documents": Param(_INT, help="the model is fitted on a random sample of at most this many documents"),
        "method": Param(choices=("nmf", "lda")),
        "n_topics": Param(_INT, ("auto",)),
        "unit": Param(choices=("auto", "doc", "para")),
        "term": Param(choices=("text", "norm", "lemma", "stem")),
        "phrases": Param(choices=("auto", False)),
        "min_df": Param(_NUMBER),
        "max_df": Param(_NUMBER),
        "max_features": Param(_INT),
        "n_top": Param(_INT),
        "k_range": Param((list,), help="[low, high] numbers of topics to choose from"),
        "select_by": Param(choices=("coherence*stability", "coherence")),
        "selection_runs": Param(_INT),
        "stability_runs": Param(_INT),
        "stability_sample": Param(_NUMBER),
        "max_iter": Param(_INT),
        "loss": Param(choices=("kl", "frobenius"), help="NMF's divergence (kl: better topics; frobenius: faster)"),
        "min_k_large": Param(_INT, help="automatic k starts here from 1,000 documents up"),
        "names": Param(choices=("keep", "countries", "drop"), help="proper nouns as topic terms, or left out"),
    },
    "timeline": {},
}


def check_params(params: Mapping[str, Any], where: str) -> None:
    """Raise a one-line ValueError naming the stage or parameter that :data:`STAGE_PARAMS` does not allow."""
    for stage, values in params.items():
        if stage not in STAGE_PARAMS:
            raise ValueError(f"{where}: unknown stage {stage!r} in params; stages: {', '.join(STAGES)}")
        if not isinstance(values, Mapping):
            raise ValueError(f"{where}: params.{stage} must be a table of parameters, not {values!r}")
        known = STAGE_PARAMS[stage]
        for name, value in values.items():
            if name not in known:
                allowed = ", ".join(sorted(known)) if known else "none (this stage takes no parameters)"
                raise ValueError(f"{where}: unknown parameter {stage}.{name}; allowed: {allowed}")
            if not known[name].check(value):
                raise ValueError(f"{where}: {stage}.{name} must be {known[name].describe()}, not {value!r}")


def selected_stages(only: Sequence[str] | None) -> list[str]:
    """Stage names to run, validated against :data:`STAGES`."""
    if not only:
        return list(STAGES)
    unknown = sorted(set(only) - set(STAGES))
    if unknown:
        raise ValueError(f"unknown stage(s) {', '.join(unknown)}; choose from {', '.join(STAGES)}")
    return [name for name in STAGES if name in only]


def help_of(f: Field) -> str:
    """A setting's help text with its default (when it has a value worth showing)."""
    default = default_setting(f)
    if isinstance(default, bool) or default in (None, [], {}):
        return f.metadata["help"]
    return f"{f.metadata['help']} (default {default})"


def flag_of(f: Field) -> str:
    """The command-line option of a setting (``--batch-size``, ``--no-cache``, ``--set``)."""
    if f.metadata["flag"]:
        return f.metadata["flag"]
    name = f.name.replace("_", "-")
    return f"--no-{name}" if f.default is True else f"--{name}"


def reproduce_command(options: RunOptions, inputs: Sequence[str]) -> str:
    """The ``communique run`` command line that repeats a run: inputs, ``--out`` and every parameter set.

    >>> reproduce_command(RunOptions(out=Path("out"), top=5, params={"topics": {"n_topics": 4}}), ["seeds"])
    'communique run seeds --out out --top 5 --seed 0 --set topics.n_topics=4'
    """
    import shlex

    parts = ["communique", "run", *inputs, "--out", str(options.out)]
    for f in fields(options):
        if not f.metadata["parameter"]:
            continue
        value = getattr(options, f.name)
        if f.name == "params":
            for stage, values in sorted(value.items()):
                if isinstance(values, dict):
                    parts += [x for k, v in sorted(values.items())
                              for x in ("--set", f"{stage}.{k}={v!r}" if isinstance(v, str) else f"{stage}.{k}={v}")]
        elif value not in (None, (), [], "") and (f.metadata["always"] or value != f.default):
            parts += [flag_of(f), ",".join(value) if isinstance(value, (list, tuple)) else str(value)]
    return shlex.join(parts)
