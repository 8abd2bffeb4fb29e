"""Accuracy and speed of ``communique.timex`` on TempEval-3 TBAQ, with dateparser as baseline.

Run: ``python benchmarks/bench_timex.py [TBAQ_DIR] [--repeat N] [--dateparser-docs N]``

Prints TempEval-3 scores (strict and relaxed P/R/F1, type and value accuracy, value F1)
for TimeBank, AQUAINT and both, then the throughput of ``find_timexes`` and of
``dateparser.search.search_dates`` on the same text, measured in this run, and their ratio.
dateparser is slow, so it runs on a sample of documents (the same sample for both).
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from pathlib import Path

from communique.timeml import evaluate, format_scores, read_timeml_dir
from communique.timex import find_timexes

DEFAULT_TBAQ = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tempeval3" / "tbaq"


def _rate(fn, docs, repeat: int) -> float:
    """Median MB/s (UTF-8 bytes of text per second) of ``fn(text, dct)`` over ``docs``."""
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d.text, d.dct)
        times.append(time.perf_counter() - t0)
    return size / statistics.median(times) / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tbaq", nargs="?", default=str(DEFAULT_TBAQ))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dateparser-docs", type=int, default=40,
                    help="documents (every k-th) both taggers are timed on (default 40)")
    args = ap.parse_args()
    root = Path(args.tbaq)
    if not root.is_dir():
        print(f"TBAQ corpus not found at {root}")
        return 1

    print(f"TempEval-3 scores on {root} (DCT excluded; value F1 = relaxed F1 x value accuracy)\n")
    t0 = time.perf_counter()
    print(format_scores(evaluate(root)))
    print(f"\n(tagging + scoring took {time.perf_counter() - t0:.2f} s)\n")

    docs = read_timeml_dir(root)
    step = max(1, len(docs) // max(1, args.dateparser_docs))
    sample = docs[::step][: args.dateparser_docs]
    size_kb = sum(len(d.text.encode("utf-8")) for d in sample) / 1e3
    ours_all = _rate(lambda t, dct: find_timexes(t, dct), docs, args.repeat)
    ours = _rate(lambda t, dct: find_timexes(t, dct), sample, args.repeat)
    try:
        from dateparser.search import search_dates
    except ImportError:
        print(f"find_timexes: {ours_all:.2f} MB/s on all {len(docs)} documents; dateparser not installed")
        return 0

    def dp(text: str, dct: str) -> object:
        from datetime import datetime
        base = datetime.fromisoformat(dct[:10])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

    dp(sample[0].text, sample[0].dct)  # warm up (dateparser loads its language data lazily)
    theirs = _rate(dp, sample, max(1, args.repeat // 3) if args.repeat > 1 else 1)
    print(f"Throughput (median of runs, same process, same {len(sample)} documents, {size_kb:.0f} kB):")
    print(f"  communique.timex.find_timexes    {ours:8.2f} MB/s   (all {len(docs)} documents: {ours_all:.2f} MB/s)")
    print(f"  dateparser.search.search_dates   {theirs:8.3f} MB/s")
    print(f"  ratio                            {ours / theirs:8.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
