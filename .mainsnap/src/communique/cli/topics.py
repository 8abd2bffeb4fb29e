"""``communique topics INPUT [--k K] [--out DIR]``: topics, their quality, and figures."""

from __future__ import annotations

import argparse
from pathlib import Path

from communique.cli.common import add_input, load_inputs


def _k(value: str) -> int | str:
    if value == "auto":
        return value
    try:
        k = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--k must be a number of topics or 'auto', not {value!r}") from None
    if k < 1:
        raise argparse.ArgumentTypeError("--k must be at least 1")
    return k


def _range(value: str) -> tuple[int, int]:
    try:
        low, high = (int(v) for v in value.split("-", 1))
    except ValueError:
        raise argparse.ArgumentTypeError(f"--k-range must look like 2-10, not {value!r}") from None
    if not 1 <= low <= high:
        raise argparse.ArgumentTypeError(f"--k-range {value!r}: need 1 <= low <= high")
    return low, high


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "topics", help="topic model (NMF or LDA) with coherence, stability, labels and figures",
        description="Fit a topic model on the inputs (articles; the paragraphs of a single article) and write "
                    "topic_terms.csv, doc_topics.csv, topics.csv and figures (PNG, SVG) into --out.",
    )
    add_input(parser, many=True)
    parser.add_argument("--k", type=_k, default="auto", metavar="K|auto",
                        help="number of topics, or 'auto' (default) to choose by coherence x stability over "
                             "--k-range (from 1,000 documents up, at least 5)")
    parser.add_argument("--method", choices=("nmf", "lda"), default="nmf", help="factorisation (default nmf)")
    parser.add_argument("--out", type=Path, default=Path("topics"), help="output folder (created; default ./topics)")
    parser.add_argument("--loss", choices=("kl", "frobenius"), default="kl",
                        help="NMF divergence: kl (default, better topics) or frobenius (faster)")
    parser.add_argument("--names", choices=("keep", "countries", "drop"), default="keep",
                        help="proper nouns as terms (keep, default), without country names, or without any")
    parser.add_argument("--stopwords", metavar="FILE|a,b", default=None,
                        help="stop words added to the default list (a file, one word a line, or a,b,c)")
    parser.add_argument("--format", choices=("csv", "parquet"), default="csv",
                        help="tables as CSV (default) or CSV and Parquet")
    parser.add_argument("--unit", choices=("auto", "article", "paragraph", "sentence"), default="auto",
                        help="what a document is (auto: articles, or paragraphs of a single article)")
    parser.add_argument("--k-range", type=_range, default=(2, 10), metavar="LOW-HIGH",
                        help="range tried by --k auto (default 2-10)")
    parser.add_argument("--top", type=int, default=10, help="top terms per topic (default 10)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--stability-runs", type=int, default=5,
                        help="refits on 80%% samples with other seeds to measure stability (0 skips; default 5)")
    parser.add_argument("--freq", choices=("auto", "year", "month"), default="auto",
                        help="period of topics over time for dated inputs (default auto)")
    parser.add_argument("--no-phrases", action="store_true", help="do not merge multi-word names into one term")
    parser.add_argument("--quiet", action="store_true", help="print nothing but errors")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    from communique.cli.common import print_table
    from communique.output import write_table
    from communique.plots import save_figure
    from communique.run.stages.topics import describe, topic_outputs
    from communique.topics.model import TopicModel

    from communique.text.corpus import CONTENT_KINDS
    from communique.text.tokens import tokenise_many
    from communique.topics.documents import topic_documents
    from communique.words.stopwords import stop_words

    articles = load_inputs(args)
    tokens = tokenise_many(articles, kinds=CONTENT_KINDS)
    phrases = None if args.no_phrases else "auto"
    documents = topic_documents(tokens, articles=articles, unit=args.unit, phrases=phrases, names=args.names,
                                stopwords=stop_words(args.stopwords))
    model = TopicModel(args.method, args.k, random_state=args.seed, unit=args.unit, n_top=args.top,
                       k_range=args.k_range, stability_runs=args.stability_runs, phrases=phrases, loss=args.loss)
    model.fit(documents)
    tables, figures = topic_outputs(model, describe(articles), freq=args.freq)
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        written += write_table(table, args.out, name, parquet=args.format == "parquet")
    for name, fig in figures.items():
        written += save_figure(fig, args.out, name)
    if not args.quiet:
        summary = model.topics_[["topic", "label", "share", "documents", "coherence", "stability"]].round(3)
        print_table(summary, "table")
        print(f"k={model.n_topics_} coherence={model.coherence_:.3f} stability={model.stability_:.3f}; "
              f"{len(written)} file(s) written to {args.out}")
    return 0
