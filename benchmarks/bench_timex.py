"""Accuracy and speed of ``communique.timex.tagger`` on TempEval-3 TBAQ, with dateparser as baseline.

Run: ``python benchmarks/bench_timex.py [TBAQ_DIR] [--repeat N] [--dateparser-docs N]``

Prints TempEval-3 scores (strict and relaxed P/R/F1, type and value accuracy, value F1)
for TimeBank, AQUAINT and both (genre news), the same scores on the project's own narrative
development set ``benchmarks/timex_narrative`` (history passages written for the project; genres
narrative and auto), on the long articles of ``benchmarks/timex_narrative_long`` (genre auto) and on
the news articles of ``benchmarks/timex_news`` (wire-style news written for the project; genres news and auto),
then the throughput of ``find_timexes`` and of ``dateparser.search.search_dates`` on the same text, measured in this run, and their ratio.
dateparser is slow, so it runs on a sample of documents (the same sample for both).
Times are CPU seconds of this process, passes alternate between the two taggers.
``--batch NAME`` scores only the files of one unseen batch listed in ``benchmarks/timex_batches.tsv``
(long articles genre auto, news genres news and auto) and stops.
``benchmarks/timex_errors.py TBAQ_DIR`` sorts the remaining TBAQ errors into linguistic classes.
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from pathlib import Path

from communique.timex.timeml import evaluate, format_scores, read_timeml, read_timeml_dir, score_timexes
from communique.timex.tagger import find_timexes, tag

DEFAULT_TBAQ = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tempeval3" / "tbaq"
NARRATIVE = Path(__file__).resolve().parent / "timex_narrative"
NARRATIVE_LONG = Path(__file__).resolve().parent / "timex_narrative_long"  # long articles, not tuned on first
NEWS = Path(__file__).resolve().parent / "timex_news"  # short news articles with their own DCTs
BATCHES = Path(__file__).resolve().parent / "timex_batches.tsv"  # which files make up each unseen batch


def batch_scores(name: str) -> dict[str, dict[str, float]]:
    """Scores of one batch of ``timex_batches.tsv`` alone, keyed "<set> (genre <g>)"."""
    sets: dict[str, list[Path]] = {}
    for line in BATCHES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            batch, folder, stem = line.split("\t")
            if batch == name:
                sets.setdefault(folder, []).append(BATCHES.parent / folder / f"{stem}.tml")
    if not sets:
        raise SystemExit(f"no batch {name!r} in {BATCHES}")
    out = {}
    for folder, paths in sets.items():
        docs = [read_timeml(p) for p in paths]
        for genre in (("news", "auto") if folder == NEWS.name else ("auto",)):
            gold = {d.path: d.timexes for d in docs}
            system = {d.path: tag(d.text, d.dct or None, genre=genre) for d in docs}
            out[f"{folder} ({len(docs)} files, genre {genre})"] = score_timexes(gold, system)
    return out


def _seconds(fn, docs) -> float:
    """CPU seconds of this process for one pass (steadier than wall time on a shared machine)."""
    t0 = time.process_time()
    for d in docs:
        fn(d.text, d.dct)
    return time.process_time() - t0


def _interleaved(fns, docs, rounds: int) -> list[float]:
    """Median seconds per pass for each function, passes alternating between them so
    that both see the same machine load (these machines are shared)."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(rounds):
        for i, fn in enumerate(fns):
            times[i].append(_seconds(fn, docs))
    return [statistics.median(t) for t in times]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tbaq", nargs="?", default=str(DEFAULT_TBAQ))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--genre", default="news", choices=["news", "narrative", "auto"],
                    help="genre for TBAQ (news articles; default news)")
    ap.add_argument("--dateparser-docs", type=int, default=40,
                    help="documents (every k-th) both taggers are timed on (default 40)")
    ap.add_argument("--batch", help="score only this batch of benchmarks/timex_batches.tsv and stop")
    args = ap.parse_args()
    if args.batch:
        print(f"Batch {args.batch} alone (value F1 = relaxed F1 x value accuracy)\n")
        print(format_scores(batch_scores(args.batch)))
        return 0
    root = Path(args.tbaq)
    if not root.is_dir():
        print(f"TBAQ corpus not found at {root}")
        return 1

    print(f"TempEval-3 scores on {root} (DCT excluded; value F1 = relaxed F1 x value accuracy)\n")
    t0 = time.perf_counter()
    print(format_scores(evaluate(root, lambda t, d: tag(t, d, genre=args.genre))))
    print(f"\n(tagging + scoring took {time.perf_counter() - t0:.2f} s)\n")
    if NARRATIVE.is_dir():
        for genre in ("narrative", "auto", "news"):
            scores = evaluate(NARRATIVE, lambda t, d, g=genre: tag(t, d, genre=g))
            print(f"Narrative development set ({NARRATIVE.name}, genre {genre}):")
            print(format_scores(scores) + "\n")
    if NARRATIVE_LONG.is_dir():
        scores = evaluate(NARRATIVE_LONG, lambda t, d: tag(t, d, genre="auto"))
        print(f"Long narrative set ({NARRATIVE_LONG.name}, genre auto):")
        print(format_scores(scores) + "\n")
    if NEWS.is_dir():
        for genre in ("news", "auto"):
            scores = evaluate(NEWS, lambda t, d, g=genre: tag(t, d, genre=g))
            print(f"News development set ({NEWS.name}, genre {genre}):")
            print(format_scores(scores) + "\n")

    docs = read_timeml_dir(root)
    step = max(1, len(docs) // max(1, args.dateparser_docs))
    sample = docs[::step][: args.dateparser_docs]
    size = sum(len(d.text.encode("utf-8")) for d in sample)
    size_all = sum(len(d.text.encode("utf-8")) for d in docs)
    ours = lambda t, dct: find_timexes(t, dct)  # noqa: E731
    ours_all = size_all / statistics.median(_seconds(ours, docs) for _ in range(args.repeat)) / 1e6
    if not sample:  # (--dateparser-docs 0: the scores and our throughput only)
        print(f"find_timexes: {ours_all:.2f} MB/s on all {len(docs)} documents; dateparser not run")
        return 0
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
    t_ours, t_dp = _interleaved([ours, dp], sample, args.repeat)
    print(f"Throughput (same process, same {len(sample)} documents, {size / 1e3:.0f} kB, "
          f"median of {args.repeat} alternating passes):")
    print(f"  communique.timex.tagger.find_timexes    {size / t_ours / 1e6:8.2f} MB/s   "
          f"(all {len(docs)} documents: {ours_all:.2f} MB/s)")
    print(f"  dateparser.search.search_dates   {size / t_dp / 1e6:8.3f} MB/s")
    print(f"  ratio                            {t_dp / t_ours:8.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
