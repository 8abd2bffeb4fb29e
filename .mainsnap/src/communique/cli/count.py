"""``communique count INPUT``: corpus-scale term counts, streamed, on all cores or on Dask."""

from __future__ import annotations

import argparse
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "count", help="term counts of a large corpus (streamed; --jobs N or --engine dask)",
        description="Count normalised terms (stop words and punctuation excluded) over a corpus of any size: "
                    "documents are streamed in batches and counted in parallel; the result does not depend "
                    "on --jobs, --engine or --batch-size.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders or tables")
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: all cores)")
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="where batches run")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="dask.distributed scheduler, e.g. tcp://host:8786")
    parser.add_argument("--batch-size", type=int, default=200, help="documents per batch (default 200)")
    parser.add_argument("--top", type=int, default=50, help="how many terms to print (0: all)")
    parser.add_argument("--stop", action="store_true", help="keep stop words")
    parser.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    from communique.cli.common import print_table
    from communique.run.count import count_files

    counts = count_files(args.inputs, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                         batch_size=args.batch_size, stop=args.stop)
    for path, severity, reason in counts.errors:
        print(f"communique: {severity}: {path}: {reason}", file=sys.stderr)
    if counts.documents == 0:
        raise ValueError("no readable document in the inputs")
    print_table(counts.table(args.top or None), args.format)
    print(f"{counts.documents} documents, {counts.tokens} word tokens, {counts.bytes / 1e6:.2f} MB",
          file=sys.stderr)
    return 1 if any(severity == "error" for _, severity, _ in counts.errors) else 0
