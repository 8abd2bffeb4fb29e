"""Corpus-scale throughput and peak memory of streamed tokenise + count.

Corpora: BBC (5 MB), UNGDC (25 MB) and a ~250 MB corpus built by repeating UNGDC ten times
(folders of text files under benchmarks/results/, git-ignored). Workers read, parse and count
batches of files (``communique.run.count.count_files``). Each configuration runs in a fresh child
process so that its peak memory (max RSS of the process and of its workers) is its own. The
NLTK baseline (sent_tokenize + word_tokenize) is measured on BBC in the same run.

Run: ``python benchmarks/bench_scale.py [--big]`` (``--big`` adds the 250 MB corpus).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from _common import CORPORA, ROOT, print_rows, run_timed

RESULTS = ROOT / "benchmarks" / "results"

CHILD = r"""
import json, resource, sys, time, warnings
warnings.simplefilter("ignore")
from communique import load_corpus
from communique.run.count import count_files
source, jobs, engine = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if __name__ == "__main__":
    start = time.perf_counter()
    if engine == "nltk":
        import nltk
        docs = tokens = size = 0
        for article in load_corpus(source, errors=[]):
            for sentence in nltk.sent_tokenize(article.text):
                tokens += len(nltk.word_tokenize(sentence))
            docs += 1
            size += len(article.text.encode("utf-8"))
        result = {"documents": docs, "tokens": tokens, "bytes": size}
    else:
        counts = count_files([source], jobs=jobs, engine=engine)
        result = {"documents": counts.documents, "tokens": counts.tokens, "bytes": counts.bytes}
    result["seconds"] = time.perf_counter() - start
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result["workers_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps(result))
"""


def big_corpus(repeats: int = 10) -> Path:
    """UNGDC repeated ``repeats`` times as folders of text files (built once)."""
    target = RESULTS / f"ungdc_x{repeats}"
    if target.exists():
        return target
    import shutil

    tmp = RESULTS / f".ungdc_x{repeats}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    for copy in range(repeats):
        shutil.copytree(CORPORA / "ungdc" / "TXT", tmp / f"copy{copy:02d}", ignore=shutil.ignore_patterns("*.xlsx"))
    tmp.rename(target)
    return target


def run_child(source: Path, jobs: int, engine: str) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(source), str(jobs), engine],
                         capture_output=True, text=True, check=True, cwd=ROOT / "benchmarks")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    if not (CORPORA / "bbc").is_dir():
        print("skipped: ../shared/corpora is absent")
        return 0
    corpora = [("BBC", CORPORA / "bbc"), ("UNGDC", CORPORA / "ungdc")]
    if "--big" in sys.argv:
        corpora.append(("UNGDC x10", big_corpus()))
    configs = [("nltk baseline", 1, "nltk"), ("jobs=1", 1, "local"), ("jobs=2", 2, "local"), ("dask x2", 2, "dask")]
    rows = []
    for name, source in corpora:
        base = None
        for label, jobs, engine in configs:
            if engine == "nltk" and name != "BBC":
                continue
            result = run_child(source, jobs, engine)
            mb = result["bytes"] / 1e6
            seconds = result["seconds"]
            if engine == "nltk":
                base = mb / seconds
            one_job = next((r for r in rows if r["corpus"] == name and r["config"] == "jobs=1"), None)
            rows.append({
                "corpus": name, "config": label, "MB": f"{mb:.1f}", "docs": result["documents"],
                "seconds": f"{seconds:.2f}", "MB/s": f"{mb / seconds:.2f}",
                "docs/s": f"{result['documents'] / seconds:.0f}",
                "x nltk": f"{(mb / seconds) / base:.1f}" if base else "",
                "x jobs=1": f"{float(one_job['seconds']) / seconds:.2f}" if one_job else "",
                "peak RSS MB": f"{max(result['rss_mb'], result['workers_rss_mb']):.0f}",
            })
            print(rows[-1], flush=True)
    print()
    columns = ["corpus", "config", "MB", "docs", "seconds", "MB/s", "docs/s", "x nltk", "x jobs=1", "peak RSS MB"]
    print_rows(rows, columns)
    write_results(rows, columns)
    return 0


def write_results(rows: list[dict], columns: list[str]) -> None:
    """``results/tokenise_scale.csv`` and a plot of throughput by corpus and configuration."""
    import csv

    from communique.plots import new_axes, save_figure

    RESULTS.mkdir(parents=True, exist_ok=True)
    with open(RESULTS / "tokenise_scale.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    corpora = list(dict.fromkeys(r["corpus"] for r in rows))
    configs = list(dict.fromkeys(r["config"] for r in rows))
    fig, ax = new_axes(figsize=(8, 4))
    width = 0.8 / len(configs)
    for k, config in enumerate(configs):
        found = [(i, float(r["MB/s"])) for i, c in enumerate(corpora) for r in rows
                 if r["corpus"] == c and r["config"] == config]  # the baseline runs on BBC only
        bars = ax.bar([i + k * width for i, _ in found], [v for _, v in found], width, label=config)
        ax.bar_label(bars, fmt="%.2f", fontsize=7)
    labels = [f"{c}\n{next(r['MB'] for r in rows if r['corpus'] == c)} MB" for c in corpora]
    ax.set_xticks([i + width * (len(configs) - 1) / 2 for i in range(len(corpora))], labels)
    ax.set_ylabel("MB/s (tokenise + count)")
    ax.legend(frameon=False, fontsize=8)
    ax.set_title("Tokenising and counting: throughput by corpus and configuration")
    save_figure(fig, RESULTS, "tokenise_scale")
    print(f"written: {RESULTS / 'tokenise_scale.csv'} and tokenise_scale.png (.svg)")


if __name__ == "__main__":
    run_timed(main)
