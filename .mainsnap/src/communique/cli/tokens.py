"""``communique tokens FILE``: the tokens table."""

from __future__ import annotations

import argparse

from communique.cli.common import add_format, add_input, load_inputs, print_table


def register(subparsers) -> None:
    parser = subparsers.add_parser("tokens", help="tokens with character offsets (CSV by default)",
                                   description="Print the tokens table: sentences and word tokens with offsets.")
    add_input(parser)
    add_format(parser, default="csv")
    parser.add_argument("--content-only", action="store_true", help="drop captions, bylines and boilerplate")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    import pandas as pd

    from communique.text.corpus import CONTENT_KINDS
    from communique.text.tokens import tokenise

    kinds = CONTENT_KINDS if args.content_only else None
    tables = [tokenise(article, kinds=kinds) for article in load_inputs(args)]
    print_table(pd.concat(tables, ignore_index=True), args.format)
    return 0
