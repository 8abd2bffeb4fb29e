"""``communique run INPUT... --out DIR``: every analysis, into one folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from communique.commands.common import add_input


def register(subparsers) -> None:
    from communique.pipeline import STAGES

    parser = subparsers.add_parser(
        "run", help="run every analysis on the inputs and write figures and tables",
        description="Run every analysis on the inputs and write figures (PNG, SVG) and tables (CSV, Parquet).",
    )
    add_input(parser, many=True)
    parser.add_argument("--out", required=True, type=Path, help="output folder (created; never inside an input)")
    parser.add_argument("--only", help=f"comma-separated stages to run (of: {','.join(STAGES)})")
    parser.add_argument("--top", type=int, default=30, help="how many terms in top-N tables and figures")
    parser.add_argument("--seed", type=int, default=0, help="random seed for everything random")
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    from communique.pipeline import RunOptions, run_analysis

    only = tuple(s.strip() for s in args.only.split(",") if s.strip()) if args.only else None
    options = RunOptions(out=args.out, only=only, date=args.date, top=args.top, random_state=args.seed,
                         quiet=args.quiet)
    ctx = run_analysis(args.inputs, options)
    if not ctx.articles:
        print("communique: error: no readable article in the inputs")
        for err in ctx.errors:
            print(f"  {err}")
        return 2
    if not args.quiet:
        print(f"communique run: {len(ctx.articles)} document(s), {len(ctx.errors)} error(s), "
              f"{len(ctx.outputs)} file(s) written to {args.out}")
        for key, value in ctx.summary.items():
            print(f"  {key}: {value}")
        for err in ctx.errors:
            print(f"  skipped {err}")
    return 1 if ctx.errors else 0
