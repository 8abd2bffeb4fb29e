"""``communique run INPUT... --out DIR``: every analysis, into one folder.

Settings come from the defaults, then ``communique.toml`` (or ``--config FILE``), then the
options given here; ``communique config show`` prints the result.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from communique.run.options import RunOptions, check_setting, flag_of, help_of, settings_fields
from communique.run.safety import EXIT_STATUS_HELP

_GROUPS = {"scale": "where the work runs (results are the same whatever is chosen)"}


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """Every option of ``communique run``, from :class:`RunOptions` (all default to "not given",
    so that a config file can set them; values are checked against the schema, not by argparse)."""
    groups: dict[str, argparse._ArgumentGroup] = {}
    for f in settings_fields():
        meta = f.metadata
        where = parser
        if meta["group"]:
            where = groups.get(meta["group"]) or groups.setdefault(meta["group"],
                                                                   parser.add_argument_group(_GROUPS[meta["group"]]))
        if f.name == "inputs":
            where.add_argument("inputs", nargs="*", metavar="INPUT", help=meta["help"])
            continue
        names = [flag_of(f)] + ([meta["short"]] if meta["short"] else [])
        if meta["types"] == (bool,):
            where.add_argument(*names, dest=f.name, action="store_false" if f.default else "store_true",
                               default=None, help=meta["help"])
        elif f.name == "params":
            where.add_argument(*names, dest="set", action="append", metavar=meta["metavar"], help=meta["help"])
        else:
            metavar = meta["metavar"] or ("{" + ",".join(meta["choices"]) + "}" if meta["choices"] and f.name != "only"
                                          else f.name.replace("_", "-").upper())
            where.add_argument(*names, dest=f.name, metavar=metavar, help=help_of(f))
    parser.add_argument("--config", metavar="FILE", help="settings file (default ./communique.toml when present; "
                        "announced, and never choosing --engine/--scheduler)")


def _from_text(name: str, text: str):
    """A command-line value as its setting's type (ints parsed; the schema checks the rest)."""
    f = next(f for f in settings_fields() if f.name == name)
    if int in f.metadata["types"]:
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"{flag_of(f)}: must be an integer, not {text!r}") from None
    return text


def cli_settings(args: argparse.Namespace) -> dict[str, Any]:
    """The settings given on the command line (those left out are absent, not defaults), checked."""
    from communique.run.config import merge_settings, parse_assignment

    given: dict[str, Any] = {}
    if getattr(args, "scheduler", None) and getattr(args, "engine", None) is None:
        args.engine = "dask"
    for f in settings_fields():
        if f.name in ("inputs", "params"):
            continue
        value = getattr(args, f.name, None)
        if value is not None:
            given[f.name] = _from_text(f.name, value) if isinstance(value, str) else value
    if getattr(args, "inputs", None):
        given["inputs"] = list(args.inputs)
    if getattr(args, "set", None):
        params: dict[str, dict[str, Any]] = {}
        for item in args.set:
            for stage, values in parse_assignment(item).items():
                params.setdefault(stage, {}).update(values)
        given["params"] = params
    flags = {f.name: flag_of(f) for f in settings_fields()}
    flags["inputs"] = "INPUT"
    for key, value in given.items():  # checked before any work, with the option's name in the message
        given[key] = check_setting(key, value, flags[key])
    merge_settings(given)
    return given


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "run", help="run every analysis on the inputs and write figures, tables and report.html",
        description="Run every analysis on the inputs and write figures (PNG, SVG), tables (CSV, Parquet), "
        "report.html and manifest.json into one folder. Unchanged inputs reuse cached results.",
        epilog=EXIT_STATUS_HELP,
    )
    add_run_options(parser)
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show tracebacks of errors on the terminal")
    parser.set_defaults(func=handle)


def summary_lines(ctx, out: Path, seconds: float) -> list[str]:
    """The one-screen summary printed after a run."""
    lines = [f"communique run: {ctx.n_documents:,} document(s) -> {out}/  ({seconds:.1f} s)"]
    keys = [k for k, v in ctx.summary.items()
            if k not in ("errors", "warnings") and not isinstance(v, (dict, list, tuple))]
    width = max([len(k) for k in keys] + [8]) + 2
    for key in keys:
        value = ctx.summary[key]
        shown = f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)
        if len(shown) > 100:
            shown = shown[:99] + "…"
        lines.append(f"  {key:<{width}}{shown}")
    figures, tables = ctx.figures(), ctx.written_tables()
    written = [f"{len(figures)} figure(s) (PNG+SVG)", f"{len(tables)} table(s) (CSV+Parquet)"]
    names = {Path(p).name for p in ctx.outputs}
    written += [n for n in ("report.html", "manifest.json") if n in names]
    lines.append(f"  {'written':<{width}}{', '.join(written)}")
    if figures:
        shown = ", ".join(figures[:6]) + (f", ... ({len(figures) - 6} more)" if len(figures) > 6 else "")
        lines.append(f"  {'figures':<{width}}{shown}")
    stage_times = [f"{name} {ctx.timings[name]:.1f}s" + (" (cached)" if name in ctx.cached_stages else "")
                   for name in ctx.timings if name not in ("loading", "report")]
    if stage_times:
        lines.append(f"  {'stages':<{width}}{', '.join(stage_times)}")
    if ctx.runner is not None:
        lines.append(f"  {'ran on':<{width}}{ctx.runner.describe()}, {len(ctx.shards)} batch(es)")
    if ctx.cache is not None:
        total = len(ctx.cache.hits) + len(ctx.cache.misses)
        lines.append(f"  {'cache':<{width}}{len(ctx.cache.hits)} of {total} stage(s) reused from {ctx.cache.root}")
    skipped = ctx.skipped()
    repaired = [e for e in ctx.errors if e not in skipped]
    for label, group in (("errors", skipped), ("warnings", repaired)):
        if label == "warnings" and not group:
            continue
        lines.append(f"  {label:<{width}}{len(group)}" + (" (see errors.csv)" if group else ""))
        for err in group[:6]:
            lines.append(f"    {err}")
        if len(group) > 6:
            lines.append(f"    ... and {len(group) - 6} more")
    return lines


def handle(args: argparse.Namespace) -> int:
    import time

    from communique.run.config import effective_settings, find_config
    from communique.run.options import defaults
    from communique.run.pipeline import run_analysis
    from communique.run.safety import ConfigError, check_scheduler, escape_name

    try:
        given = cli_settings(args)
        implicit = None if getattr(args, "config", None) else find_config()
        settings = effective_settings(given, getattr(args, "config", None))
    except ValueError as err:
        raise ConfigError(str(err)) from None
    if implicit is not None:
        # A communique.toml can arrive inside a downloaded corpus: say that it is used, and never
        # let it send the work (and its pickles) to another host.
        print(f"communique: using settings from {escape_name(implicit)} (name a file with --config)",
              file=sys.stderr, flush=True)
        for key in ("engine", "scheduler"):
            if key not in given and settings[key] != defaults()[key]:
                print(f"communique: ignoring {key} = {escape_name(settings[key])} from {escape_name(implicit)}: "
                      f"give --{key} on the command line", file=sys.stderr)
                settings[key] = defaults()[key]
    if not settings["inputs"]:
        raise ConfigError("no input given: name files or folders, or set inputs in communique.toml")
    if settings["scheduler"]:
        check_scheduler(settings["scheduler"])
    options = RunOptions.from_settings(settings)
    args.log_dir = str(options.out)
    started = time.perf_counter()
    ctx = run_analysis(settings["inputs"], options)
    if not ctx.n_documents:
        print("communique: no readable article in the inputs (each is listed in errors.csv)", file=sys.stderr)
        for err in ctx.skipped()[:20]:
            print(f"  {escape_name(err)}", file=sys.stderr)
        return 1
    if not options.quiet:
        print("\n".join(escape_name(line) for line in summary_lines(ctx, options.out, time.perf_counter() - started)))
    elif ctx.skipped():
        print(f"communique: {len(ctx.skipped())} input(s) skipped (see {escape_name(options.out / 'errors.csv')})",
              file=sys.stderr)
    return 1 if ctx.skipped() else 0
