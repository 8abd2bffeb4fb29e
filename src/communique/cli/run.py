"""``communique run INPUT... --out DIR``: every analysis, into one folder.

Settings come from the defaults, then ``communique.toml`` (or ``--config FILE``), then the
options given here; ``communique config show`` prints the result.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from communique.run.config import DEFAULTS
from communique.run.safety import EXIT_STATUS_HELP


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """Every option of ``communique run`` (all default to "not given", so a config file can set them)."""
    from communique.run.pipeline import STAGES

    parser.add_argument("inputs", nargs="*", metavar="INPUT",
                        help="files, folders or tables (CSV/JSONL/Parquet); default: inputs in communique.toml")
    parser.add_argument("--out", help=f"output folder (created; never inside an input; default {DEFAULTS['out']}/)")
    parser.add_argument("--only", help=f"comma-separated stages to run (of: {','.join(STAGES)}; default all)")
    parser.add_argument("--date", metavar="ISO-DATE", help="publication date for inputs that have none")
    parser.add_argument("--top", type=int, help=f"how many terms in top-N tables and figures (default {DEFAULTS['top']})")
    parser.add_argument("--genre", choices=["news", "narrative", "auto"],
                        help="how dates without a year are resolved: against the publication date (news), "
                             "the story's own time (narrative) or decided per text (auto; default "
                             f"{DEFAULTS['genre']})")
    parser.add_argument("--seed", type=int, help=f"random seed for everything random (default {DEFAULTS['seed']})")
    parser.add_argument("--set", dest="set", action="append", metavar="STAGE.NAME=VALUE",
                        help="a stage parameter, e.g. --set topics.n_topics=8 (repeatable)")
    parser.add_argument("--force", action="store_true", default=None, help="recompute everything (ignore the cache)")
    parser.add_argument("--no-cache", dest="cache", action="store_false", default=None,
                        help="neither read nor write the cache")
    parser.add_argument("--cache-dir", help="where cached intermediate tables live (default OUT/.cache)")
    parser.add_argument("--no-report", dest="report", action="store_false", default=None,
                        help="do not write report.html")
    parser.add_argument("--quiet", action="store_true", default=None, help="no progress bar and no summary")
    scale = parser.add_argument_group("where the work runs (results are the same whatever is chosen)")
    scale.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (default: all cores)")
    scale.add_argument("--engine", choices=["local", "dask"],
                       help="local process pool (default) or Dask (a LocalCluster, or --scheduler)")
    scale.add_argument("--scheduler", metavar="ADDRESS",
                       help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --engine dask; "
                            "put --cache-dir on storage every worker sees)")
    scale.add_argument("--batch-size", type=int, metavar="DOCS",
                       help=f"most documents per batch (default {DEFAULTS['batch_size']}; a batch also "
                            "closes at about 1 MB of text)")
    parser.add_argument("--config", metavar="FILE", help="settings file (default ./communique.toml when present; "
                        "announced, and never choosing --engine/--scheduler)")
    safety = parser.add_argument_group("hostile or careless input")
    safety.add_argument("--follow-symlinks", action="store_true", default=None,
                        help="follow symbolic links that leave an input folder (never into --out)")
    safety.add_argument("--max-bytes", type=int, metavar="N",
                        help=f"largest document in bytes; larger ones are listed as skipped (default {DEFAULTS['max_bytes']:,})")
    safety.add_argument("--dayfirst", choices=["auto", "yes", "no"],
                        help="dates such as 05/04/2019 in tables: auto (decided from all rows of the column, default), "
                             "yes (day first) or no (month first)")
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show tracebacks of errors on the terminal")


def cli_settings(args: argparse.Namespace) -> dict[str, Any]:
    """The settings given on the command line (those left out are absent, not defaults)."""
    from communique.run.config import merge_settings, parse_assignment

    given: dict[str, Any] = {}
    if getattr(args, "scheduler", None) and getattr(args, "engine", None) is None:
        args.engine = "dask"
    for key in ("out", "only", "date", "top", "seed", "force", "cache", "cache_dir", "report", "quiet",
                "jobs", "engine", "scheduler", "batch_size", "genre", "follow_symlinks", "max_bytes", "dayfirst"):
        value = getattr(args, key, None)
        if value is not None:
            given[key] = value
    if getattr(args, "inputs", None):
        given["inputs"] = list(args.inputs)
    if getattr(args, "set", None):
        params: dict[str, dict[str, Any]] = {}
        for item in args.set:
            for stage, values in parse_assignment(item).items():
                params.setdefault(stage, {}).update(values)
        given["params"] = params
    merge_settings(given)  # validate early, with the option's name in the message
    return given


def options_from_settings(settings: dict[str, Any]):
    """:class:`~communique.run.pipeline.RunOptions` from merged settings."""
    from communique.run.pipeline import RunOptions

    return RunOptions(
        out=Path(settings["out"]),
        only=tuple(settings["only"]) or None,
        date=settings["date"],
        top=settings["top"],
        random_state=settings["seed"],
        quiet=settings["quiet"],
        params={k: dict(v) for k, v in settings["params"].items()},
        force=settings["force"],
        cache=settings["cache"],
        cache_dir=Path(settings["cache_dir"]) if settings["cache_dir"] else None,
        report=settings["report"],
        jobs=settings["jobs"],
        engine=settings["engine"],
        scheduler=settings["scheduler"],
        batch_size=settings["batch_size"],
        genre=settings["genre"],
        follow_symlinks=settings["follow_symlinks"],
        max_bytes=settings["max_bytes"],
        dayfirst=settings["dayfirst"],
    )


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "run", help="run every analysis on the inputs and write figures, tables and report.html",
        description="Run every analysis on the inputs and write figures (PNG, SVG), tables (CSV, Parquet), "
        "report.html and manifest.json into one folder. Unchanged inputs reuse cached results.",
        epilog=EXIT_STATUS_HELP,
    )
    add_run_options(parser)
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
    from communique.run.pipeline import run_analysis
    from communique.run.safety import ConfigError, check_scheduler, check_stage_params, escape_name

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
            if key not in given and settings[key] != DEFAULTS[key]:
                print(f"communique: ignoring {key} = {escape_name(settings[key])!s} from {escape_name(implicit)}: "
                      f"give --{key} on the command line", file=sys.stderr)
                settings[key] = DEFAULTS[key]
    if not settings["inputs"]:
        raise ConfigError("no input given: name files or folders, or set inputs in communique.toml")
    check_stage_params(settings["params"])
    if settings["scheduler"]:
        check_scheduler(settings["scheduler"])
    options = options_from_settings(settings)
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
