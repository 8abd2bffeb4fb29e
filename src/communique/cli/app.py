"""The ``communique`` command: ``communique --help`` lists every subcommand.

Subcommands live in :mod:`communique.cli`; each module there has
``register(subparsers)``. Heavy libraries are imported inside handlers so that
``--help`` is instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import warnings
from collections.abc import Sequence

from communique import __version__


class CommandError(Exception):
    """A user-facing error: printed as one line, exit status 2."""

# Each module in communique.cli named here has ``register(subparsers) -> None``; handlers import
# heavy libraries inside the handler, never at module level.
COMMAND_MODULES: tuple[str, ...] = (
    "run",
    "config",
    "tokens",
    "data",
    "timex",
    "freq",
    "events",
    "topics",
    "count",
)


# One example per subcommand, shown at the end of its --help.
EXAMPLES: dict[str, str] = {
    "run": "communique run corpus/ --out out/ --set freq.watch=sanctions,talks --set freq.stopwords=my_stop.txt",
    "config": "communique config show",
    "tokens": "communique tokens seeds/article.txt --format csv > tokens.csv",
    "data": "communique data download",
    "timex": "communique timex seeds/article.txt --format csv",
    "freq": "communique freq corpus/ --top 20 --stopwords mr,mrs --format csv",
    "kwic": "communique kwic corpus/ 'sanction*' --width 50",
    "collocations": "communique collocations corpus/ --ngram 3 --measure pmi --top 20",
    "keyness": "communique keyness corpus/ --reference wordfreq --top 30",
    "events": "communique events seeds/article.txt --format csv",
    "timeline": "communique timeline corpus/ --out timeline.png",
    "eval-timex": "communique eval-timex path/to/timeml/",
    "topics": "communique topics corpus/ --out topics/ --names countries --format parquet",
    "count": "communique count corpus/ --jobs 2",
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="communique",
        description="Analyse news about diplomacy: words, topics, dates and timelines of events.",
    )
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors on the terminal")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"communique.cli.{name}").register(subparsers)
    for name, sub in subparsers.choices.items():
        if not sub.epilog and name in EXAMPLES:
            sub.epilog = f"example: {EXAMPLES[name]}"
    return parser


def _format_warning(message, category, filename, lineno, line=None) -> str:
    from communique.run.safety import escape_name

    return f"communique: warning: {escape_name(message)}\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 some inputs skipped, 2 bad command or
    configuration, 3 the run failed, 130 interrupted; see :mod:`communique.run.safety`)."""
    from communique.run.safety import (EXIT_INTERRUPTED, EXIT_USAGE, ConfigError, StageError, escape_name,
                                       signals_as_interrupts)
    from communique.text.corpus import LoadError

    parser = build_parser()
    args = parser.parse_args(argv)
    warnings.formatwarning = _format_warning
    debug = bool(getattr(args, "debug", False))
    try:
        with signals_as_interrupts():
            return int(args.func(args) or 0)
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        print("communique: interrupted; the previous outputs are unchanged", file=sys.stderr)
        sys.unraisablehook = _quiet_closed_pipes  # (the pool's exit hook may write to a pipe the interrupt closed)
        return EXIT_INTERRUPTED
    except (LoadError, CommandError, ConfigError) as err:
        if debug:
            raise
        print(f"communique: error: {escape_name(err)}", file=sys.stderr)
        return EXIT_USAGE
    except StageError as err:
        return _failed(args, err, f"the run failed in {err}", debug)
    except (ValueError, LookupError, FileNotFoundError) as err:
        if getattr(args, "command", None) == "run":  # after the checks: an internal error
            return _failed(args, err, f"the run failed: {type(err).__name__}: {err}", debug)
        if debug:
            raise
        print(f"communique: error: {escape_name(err)}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as err:  # a full or read-only disk, a vanished folder
        where = f" ({escape_name(err.filename)})" if getattr(err, "filename", None) else ""
        return _failed(args, err, f"the run failed: {err.strerror or err}{where}", debug)
    except Exception as err:  # noqa: BLE001 - the one place that turns a crash into exit 3
        return _failed(args, err, f"internal error: {type(err).__name__}: {err}", debug)


def _failed(args: argparse.Namespace, err: BaseException, line: str, debug: bool) -> int:
    """Exit status 3: one line on the terminal, the traceback in OUT/communique-error.log."""
    import traceback
    from pathlib import Path

    from communique.run.safety import EXIT_FAILED, escape_name, write_error_log

    text = "".join(traceback.format_exception(err))
    if debug:
        sys.stderr.write(text)
    out = getattr(args, "log_dir", None)
    log = write_error_log(Path(out), text) if out else None
    where = f"; traceback in {escape_name(log)}" if log else "; rerun with --debug for the traceback"
    print(f"communique: error: {escape_name(line)}{where}", file=sys.stderr)
    return EXIT_FAILED


def console() -> None:
    """The ``communique`` command and ``python -m communique``: :func:`main`, then :func:`end_process`."""
    end_process(main())


def _quiet_closed_pipes(unraisable) -> None:
    """After an interrupt, the process pool's exit hook may write to a wake-up pipe already closed ("Bad file
    descriptor" at interpreter shutdown): not the user's concern; anything else is reported as usual."""
    import errno

    err = unraisable.exc_value
    if isinstance(err, OSError) and err.errno in (errno.EBADF, errno.EPIPE):
        return
    sys.__unraisablehook__(unraisable)


def end_process(status: int) -> None:
    """End this process with ``status`` once a command is over (its outputs written and closed).

    Skips the interpreter's teardown, which freed every object of a run one by one (0.6 CPU-s and
    over a second after a seed run, after the last output): ``atexit`` handlers still run and the
    standard streams are flushed, then ``os._exit``. Under a profiler, tracer or coverage tool, or
    with another thread alive, the process exits the ordinary way (they may still have work).
    """
    import os
    import signal
    import threading

    # The command is over: a SIGINT or SIGTERM from now on would end the process with -15
    # instead of the status.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, signal.SIG_IGN)
    monitoring = getattr(sys, "monitoring", None)
    observed = (sys.getprofile() is not None or sys.gettrace() is not None or "coverage" in sys.modules
                or (monitoring is not None and any(monitoring.get_tool(i) for i in range(6))))
    if observed or threading.active_count() > 1:
        sys.exit(status)
    import atexit

    getattr(atexit, "_run_exitfuncs", lambda: None)()  # what sys.exit would run (temporary folders, pools)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # closed, or a pipe whose reader left
            pass
    os._exit(status)


if __name__ == "__main__":  # pragma: no cover
    console()
