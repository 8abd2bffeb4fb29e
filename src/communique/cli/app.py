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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="communique",
        description="Analyse news about diplomacy: words, topics, dates and timelines of events.",
    )
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"communique.cli.{name}").register(subparsers)
    return parser


def _format_warning(message, category, filename, lineno, line=None) -> str:
    return f"communique: warning: {message}\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 partial failure, 2 error)."""
    from communique.text.corpus import LoadError

    parser = build_parser()
    args = parser.parse_args(argv)
    warnings.formatwarning = _format_warning
    try:
        return int(args.func(args) or 0)
    except (LoadError, CommandError, ValueError, LookupError, FileNotFoundError) as err:
        print(f"communique: error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
