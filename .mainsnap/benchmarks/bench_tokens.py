"""Tokenising throughput on the BBC corpus against NLTK's sent_tokenize + word_tokenize.

Both are measured in the same run on the same text; the ratio is what counts (the machine
may be shared). Run: ``make bench`` or ``python benchmarks/bench_tokens.py``.
"""

from __future__ import annotations

import sys
import warnings

import nltk

from _common import load_bbc, print_rows, timed
from communique.text.tokens import sentence_spans, token_spans, tokenise_many


def nltk_baseline(texts: list[str]) -> int:
    count = 0
    for text in texts:
        for sentence in nltk.sent_tokenize(text):
            count += len(nltk.word_tokenize(sentence))
    return count


def communique_spans(articles) -> int:
    count = 0
    for article in articles:
        text = article.text
        for para in article.paragraphs:
            for start, end in sentence_spans(text, para.start, para.end):
                count += len(token_spans(text, start, end))
    return count


def main() -> int:
    articles = load_bbc()
    if articles is None:
        print("skipped: ../shared/corpora/bbc is absent")
        return 0
    texts = [a.text for a in articles]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    warnings.simplefilter("ignore")
    tokenise_many(articles[:50])  # load NLTK data once, outside the timings
    cold = timed(lambda: tokenise_many(articles), repeats=1)  # per-type caches empty for most types
    rows = []
    for name, func, repeats in [
        ("nltk sent_tokenize + word_tokenize (baseline)", lambda: nltk_baseline(texts), 1),
        ("communique sentence_spans + token_spans", lambda: communique_spans(articles), 3),
        ("communique tokenise_many (full table, warm)", lambda: tokenise_many(articles), 3),
    ]:
        seconds = timed(func, repeats)
        rows.append({"method": name, "seconds": f"{seconds:.2f}", "MB/s": f"{megabytes / seconds:.2f}"})
    base = float(rows[0]["seconds"])
    for row in rows:
        row["x baseline"] = f"{base / float(row['seconds']):.1f}"
    rows.append({"method": "communique tokenise_many (full table, cold caches)", "seconds": f"{cold:.2f}",
                 "MB/s": f"{megabytes / cold:.2f}", "x baseline": f"{base / cold:.1f}"})
    print(f"BBC corpus: {len(articles)} articles, {megabytes:.2f} MB; nltk {nltk.__version__}, Python {sys.version.split()[0]}")
    print_rows(rows, ["method", "seconds", "MB/s", "x baseline"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
