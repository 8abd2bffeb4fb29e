"""Shared helpers for benchmark scripts: corpus location, timing, table printing."""

from __future__ import annotations

import statistics
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared from the main checkout; a worktree one level deeper finds it one folder further up.
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
CORPORA = SHARED / "corpora"


def load_bbc(limit: int | None = None):
    """BBC articles from ../shared/corpora (None when absent)."""
    from communique import load_corpus

    folder = CORPORA / "bbc"
    if not folder.is_dir():
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = list(load_corpus(folder, errors=[]))
    return articles[:limit] if limit else articles


def timed(func: Callable[[], object], repeats: int = 3) -> float:
    """Median wall time of ``func`` over ``repeats`` runs, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def print_rows(rows: list[dict], columns: list[str]) -> None:
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row[c]).ljust(widths[c]) for c in columns))


def run_timed(main: Callable[[], int]) -> None:
    """Run a benchmark's ``main``, print the total time and exit with its status."""
    import sys

    started = time.perf_counter()
    status = main()
    print(f"total {time.perf_counter() - started:.0f} s")
    sys.exit(status)
