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
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"communique.cli.{name}").register(subparsers)
    for name, sub in subparsers.choices.items():
        if not sub.epilog and name in EXAMPLES:
            sub.epilog = f"example: {EXAMPLES[name]}"
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
