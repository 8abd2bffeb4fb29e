"""``communique freq|kwic|collocations|keyness``: which words matter, where they occur, and with what."""

from __future__ import annotations

import argparse
import sys

from communique.cli.common import add_input, load_inputs, print_table

FORMATS = ("table", "csv", "json", "jsonl")
BY = ("norm", "lemma", "stem", "text")


def _add_format(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")


def _add_common(parser: argparse.ArgumentParser, *, top: int = 30) -> None:
    parser.add_argument("--top", type=int, default=top, metavar="N", help=f"how many rows (default {top}; 0 = all)")
    parser.add_argument("--by", choices=BY, default="norm",
                        help="term form: norm (case-folded, default), lemma, stem or text (as written)")
    parser.add_argument("--all-kinds", action="store_true",
                        help="count captions, bylines and boilerplate too (default: title, standfirst, body)")
    add_stopwords(parser)
    _add_format(parser)


def add_stopwords(parser: argparse.ArgumentParser) -> None:
    """The stop-word options, spelled the same in every subcommand that counts words."""
    parser.add_argument("--stopwords", metavar="FILE|a,b", default=None,
                        help="stop words added to the default list (a file, one word a line, or a,b,c)")
    parser.add_argument("--stopwords-mode", choices=("add", "replace"), default="add",
                        help="add --stopwords to the default list (default) or use them alone")
    parser.add_argument("--keep-stopwords", action="store_true", help="count stop words too")


def _stopped(tokens, args):
    """The tokens with the stop words the options choose."""
    from communique.words.stopwords import apply_stop_words, stop_words

    return apply_stop_words(tokens, stop_words(args.stopwords, replace=args.stopwords_mode == "replace"))


def register(subparsers) -> None:
    freq = subparsers.add_parser(
        "freq", help="term frequencies (stop words and punctuation excluded)",
        description="Term frequencies of a text or corpus: counts, relative frequencies (per 10,000 words) "
                    "and document frequencies.")
    add_input(freq)
    _add_common(freq)
    freq.add_argument("--punct", action="store_true", help="keep punctuation")
    freq.add_argument("--per-doc", action="store_true", help="one block of top terms per document")
    freq.add_argument("--phrases", action="store_true",
                      help="count multi-word names (North Korea, Kim Jong-un) as single terms")
    freq.add_argument("--ngram", type=int, default=1, metavar="N", help="count n-grams of N words instead (N > 1)")
    freq.add_argument("--tfidf", action="store_true",
                      help="tf-idf of terms per document (per paragraph for one article)")
    freq.set_defaults(func=handle_freq)

    kwic = subparsers.add_parser(
        "kwic", help="concordance: every occurrence of a word or phrase in context",
        description="Keyword in context: each occurrence of WORD (case-insensitive; a phrase in quotes) with "
                    "its left and right context, document, sentence and character offsets.")
    add_input(kwic)
    kwic.add_argument("word", metavar="WORD", help="word or phrase to find (\"north korea\")")
    kwic.add_argument("--width", type=int, default=40, metavar="N", help="characters of context each side (default 40)")
    kwic.add_argument("--by", choices=("norm", "lemma", "stem"), default="norm",
                      help="match the case-folded form (default), the lemma (met = meet) or the stem")
    kwic.add_argument("--all-kinds", action="store_true", help="search captions and boilerplate too")
    _add_format(kwic)
    kwic.set_defaults(func=handle_kwic)

    colloc = subparsers.add_parser(
        "collocations", help="collocations scored with NLTK's association measures",
        description="Bigram (or trigram) collocations scored with log-likelihood, PMI, t-score and chi-square.")
    add_input(colloc)
    _add_common(colloc, top=20)
    colloc.add_argument("--measure", choices=("likelihood_ratio", "pmi", "student_t", "chi_sq", "raw_freq"),
                        default="likelihood_ratio", help="sort by this measure (default likelihood_ratio)")
    colloc.add_argument("--min-freq", type=int, default=2, metavar="N", help="minimum occurrences (default 2)")
    colloc.add_argument("--ngram", "-n", dest="n", type=int, choices=(2, 3), default=2,
                        help="2 for bigrams (default), 3 for trigrams")
    colloc.set_defaults(func=handle_collocations)

    key = subparsers.add_parser(
        "keyness", help="words unusually frequent in INPUT against a reference corpus",
        description="Keyness of INPUT's words against a reference: log-likelihood (G2), log ratio and expected "
                    "counts. The reference is general English as the wordfreq package counts it (default), "
                    "a file, folder or table, or 'brown' for NLTK's Brown corpus (needs that NLTK data package: "
                    "communique data download brown). Documents of INPUT that are also in the reference are "
                    "left out of the reference.")
    add_input(key)
    key.add_argument("--reference", default="wordfreq", metavar="REF",
                     help="'wordfreq' (default), 'brown', or a file, folder or table")
    _add_common(key, top=30)
    key.add_argument("--min-count", type=int, default=3, metavar="N",
                     help="leave out terms seen fewer than N times in both together (default 3)")
    key.add_argument("--negative", action="store_true", help="also list negative key words (rarer than expected)")
    key.set_defaults(func=handle_keyness)


def _top(args) -> int | None:
    return args.top if args.top and args.top > 0 else None


def _kinds(args):
    from communique.text.corpus import CONTENT_KINDS

    return None if getattr(args, "all_kinds", False) else CONTENT_KINDS


def _print(table, fmt: str) -> None:
    if fmt == "json":
        text = table.to_json(orient="records", force_ascii=False, date_format="iso", indent=1)
        sys.stdout.write(text + "\n")
    else:
        print_table(table, fmt)


def _round(table):
    """Six decimals for display; p-values keep their precision (they can be 1e-25)."""
    return table.round({c: 6 for c in table.columns if c != "p_value"})


def handle_freq(args: argparse.Namespace) -> int:
    import communique.words.association as co
    import communique.words.frequencies as fq
    from communique.text.tokens import tokenise_many

    tokens = _stopped(fq.as_tokens(tokenise_many(load_inputs(args), lemmas=args.by == "lemma"), kinds=_kinds(args)),
                      args)
    if args.tfidf:
        table = fq.tfidf(tokens, by=args.by, top=_top(args), stop=args.keep_stopwords, kinds=None)
    elif args.ngram > 1:
        table = co.ngrams(tokens, args.ngram, by=args.by, stop=args.keep_stopwords, punct=args.punct, top=_top(args),
                          kinds=None)
    else:
        phrases = None
        if args.phrases:
            from communique.words.phrases import find_phrases

            phrases = find_phrases(tokens, min_count=2 if tokens["doc_id"].nunique() == 1 else 5)
        table = fq.term_frequencies(tokens, by=args.by, stop=args.keep_stopwords, punct=args.punct, top=_top(args),
                                    per_doc=args.per_doc, kinds=None, phrases=phrases)
    _print(_round(table), args.format)
    return 0


def handle_kwic(args: argparse.Namespace) -> int:
    from communique.words.concordance import format_kwic, kwic

    articles = load_inputs(args)
    table = kwic(articles, args.word, width=args.width, by=args.by, kinds=_kinds(args))
    if args.format == "table":
        if table.empty:
            print(f"no occurrence of {args.word!r}", file=sys.stderr)
            return 0
        print(f"{len(table)} occurrence(s) of {args.word!r} in {table['doc_id'].nunique()} document(s)")
        print(format_kwic(table, width=args.width, show_offsets=True))
    else:
        _print(table, args.format)
    return 0


def handle_collocations(args: argparse.Namespace) -> int:
    import communique.words.association as co
    from communique.text.tokens import tokenise_many

    tokens = _stopped(tokenise_many(load_inputs(args), lemmas=args.by == "lemma"), args)
    table = co.collocations(tokens, n=args.n, measure=args.measure, min_freq=args.min_freq, by=args.by,
                            top=_top(args), kinds=_kinds(args))
    _print(_round(table.drop(columns="words")), args.format)
    return 0


def handle_keyness(args: argparse.Namespace) -> int:
    from pathlib import Path

    import communique.words.keywords as kn
    from communique.text.corpus import LoadError, load_corpus
    from communique.text.tokens import tokenise_many

    articles = load_inputs(args)
    target = _stopped(tokenise_many(articles, lemmas=args.by == "lemma"), args)
    named = args.reference.lower()
    if named in kn.REFERENCES and not Path(args.reference).exists():
        if args.by != "norm":
            raise ValueError(f"the {named} reference is counted by norm only; use --by norm")
        terms = set(target.loc[target["is_alpha"].to_numpy() & ~target["is_stop"].to_numpy(), "norm"])
        reference = kn.reference_counts(named, terms)
    else:
        errors: list[LoadError] = []
        paths = {str(Path(a.path).resolve()) for a in articles if a.path}
        ids = {a.id for a in articles}
        ref_articles = [a for a in load_corpus([args.reference], date=args.date, errors=errors)
                        if not (a.path and str(Path(a.path).resolve()) in paths) and not (not a.path and a.id in ids)]
        for err in errors:
            print(f"communique: skipped {err}", file=sys.stderr)
        if not ref_articles:
            raise ValueError(f"no reference document in {args.reference} (besides INPUT's own)")
        reference = tokenise_many(ref_articles, lemmas=args.by == "lemma")
    table = kn.keyness(target, reference, by=args.by, min_count=args.min_count, top=_top(args), kinds=_kinds(args))
    wanted = ["positive", "negative"] if args.negative else ["positive"]
    _print(_round(table[table["key"].isin(wanted)]), args.format)
    return 0
