"""``communique timex FILE`` and ``communique eval-timex GOLD_DIR``: temporal expressions."""

from __future__ import annotations

import argparse

from communique.cli.common import FORMATS


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "timex", help="temporal expressions with TimeML TIMEX3 values",
        description="Find temporal expressions and normalise them against the publication date "
                    "(the document creation time). Offsets index the file's decoded text.")
    p.add_argument("input", metavar="FILE", help="an article (text file), folder or table")
    p.add_argument("--dct", metavar="ISO-DATE",
                   help="document creation time (default: the article's publication date)")
    p.add_argument("--date", metavar="ISO-DATE", help="publication date for inputs that have none")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")
    p.add_argument("--genre", choices=["news", "narrative", "auto"], default="auto",
                   help="resolve dates without a year against the publication date (news), "
                        "the story's own time (narrative) or decide per text (auto, default)")
    p.add_argument("--timeml", action="store_true", help="print TimeML (tags inserted) instead of a table")
    p.set_defaults(func=handle_timex)

    e = subparsers.add_parser(
        "eval-timex", help="score the timex tagger on TimeML gold files (TempEval-3)",
        description="Tag every .tml file under GOLD_DIR and print TempEval-3 scores (strict and "
                    "relaxed span P/R/F1, type and value accuracy, value F1) per sub-folder and overall.")
    e.add_argument("gold_dir", metavar="GOLD_DIR", help="folder of .tml files (searched recursively)")
    e.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")
    e.set_defaults(func=handle_eval)


def handle_timex(args: argparse.Namespace) -> int:
    import sys

    import pandas as pd

    from communique.cli.common import load_inputs, print_table
    from communique.timex.timeml import write_timeml
    from communique.timex.tagger import find_timexes, tag

    tables = []
    for article in load_inputs(args):
        dct = args.dct or article.dct
        if args.timeml:
            sys.stdout.write(write_timeml(article.text, tag(article.text, dct, genre=args.genre), dct=dct or "",
                                          doc_id=article.id))
            continue
        tables.append(find_timexes(article.text, dct, doc_id=article.id, genre=args.genre))
    if not args.timeml:
        print_table(pd.concat(tables, ignore_index=True), args.format)
    return 0


def handle_eval(args: argparse.Namespace) -> int:
    import pandas as pd

    from communique.cli.common import print_table
    from communique.timex.timeml import evaluate, format_scores

    scores = evaluate(args.gold_dir)
    if args.format == "table":
        print(format_scores(scores))
    else:
        print_table(pd.DataFrame([{"corpus": k, **v} for k, v in scores.items()]), args.format)
    return 0
