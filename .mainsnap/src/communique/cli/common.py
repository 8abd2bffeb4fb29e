"""Helpers shared by subcommands: loading inputs and printing tables."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from communique.text.corpus import Article

FORMATS = ("table", "csv", "jsonl")


def add_input(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    """Add the INPUT argument and ``--date`` (publication date when the input has none)."""
    if many:
        parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or tables (CSV/JSONL/Parquet)")
    else:
        parser.add_argument("input", metavar="INPUT", help="a file, folder or table (CSV/JSONL/Parquet)")
    parser.add_argument("--date", metavar="ISO-DATE", help="publication date for inputs that have none")


def add_format(parser: argparse.ArgumentParser, default: str = "table") -> None:
    parser.add_argument("--format", choices=FORMATS, default=default, help=f"output format (default {default})")


def load_inputs(args: argparse.Namespace) -> list[Article]:
    """Articles from ``args.input``/``args.inputs``; bad files are reported on stderr and skipped."""
    from communique.text.corpus import LoadError, load_corpus

    sources = getattr(args, "inputs", None) or [args.input]
    errors: list[LoadError] = []
    articles = list(load_corpus(sources, date=getattr(args, "date", None), errors=errors))
    for err in errors:
        print(f"communique: skipped {err}", file=sys.stderr)
    if not articles:
        reason = errors[0].reason if len(errors) == 1 else f"{len(errors)} inputs failed to load"
        raise ValueError(f"no readable article in {', '.join(map(str, sources))} ({reason})")
    return articles


def print_table(table: pd.DataFrame, fmt: str, stream=None) -> None:
    """Print a DataFrame as an aligned table, CSV or JSON Lines."""
    stream = stream or sys.stdout
    if fmt == "csv":
        table.to_csv(stream, index=False, lineterminator="\n")
    elif fmt == "jsonl":
        text = table.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
        stream.write(text if text.endswith("\n") or not text else text + "\n")
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                               "display.max_colwidth", 60):
            stream.write(table.to_string(index=False) + "\n")
