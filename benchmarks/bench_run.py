"""Throughput and peak memory of ``communique run`` on 5 MB, 25 MB and 250 MB corpora.

Each configuration runs ``communique run SOURCE --only tokens,freq,timeline --no-cache`` (the
streaming stages; the topic model samples at most ``topics.max_documents`` documents, so it is
left out of the scaling runs) in a fresh process, while a sampler adds up the resident memory of
that process and all its workers every 0.5 s: the RSS sum (shared pages of forked workers
counted once per process, so it overstates) and the PSS sum (shared pages split between the
processes that share them: the physical memory the run uses). Configurations: 1 job, 2 jobs (process pool) and
Dask (LocalCluster, 2 workers). ``--full`` also times the whole run with topics.

Results: printed, and written to ``benchmarks/results/run_scale.csv`` and ``run_scale.png``.

Run: ``python benchmarks/bench_run.py [--big] [--configs jobs=2,dask] [--corpora BBC,UNGDC]``.
``--big`` adds UNGDC repeated ten times (249 MB, built once under benchmarks/results/).
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import CORPORA, print_rows, run_timed
from bench_scale import RESULTS, big_corpus

CONFIGS = {"jobs=1": ["--jobs", "1"], "jobs=2": ["--jobs", "2"], "dask": ["--jobs", "2", "--engine", "dask"]}
STAGES = "tokens,freq,timeline"


def corpus_size(source: Path) -> tuple[float, int]:
    """Megabytes and number of text files under ``source``."""
    files = [p for p in source.rglob("*.txt") if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6, len(files)


def measure(source: Path, config: str, *, stages: str | None = STAGES) -> dict:
    """Run one configuration; wall seconds and the peak summed RSS of the process tree."""
    import psutil

    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        command = [str(Path(sys.executable).with_name("communique")), "run", str(source), "--out", tmp,
                   "--no-cache", "--no-report", "--quiet", *CONFIGS[config]]
        if stages:
            command += ["--only", stages]
        peak = peak_pss = 0.0
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, peak_pss
            root = psutil.Process(proc.pid)
            while not done.is_set():
                try:
                    tree = [root, *root.children(recursive=True)]
                    rss = pss = 0
                    for p in tree:
                        try:
                            info = p.memory_full_info()  # pss: shared pages split between sharers
                            rss, pss = rss + info.rss, pss + info.pss
                        except psutil.Error:
                            pass
                    peak, peak_pss = max(peak, rss / 2**20), max(peak_pss, pss / 2**20)
                except psutil.Error:
                    pass
                done.wait(0.5)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, err = proc.communicate()
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        if proc.returncode not in (0, 1):  # 1: some inputs were skipped (recorded in errors.csv)
            raise RuntimeError(f"{' '.join(command)} failed ({proc.returncode}):\n{err[-2000:]}")
        manifest = json.loads((Path(tmp) / "manifest.json").read_text())
    return {"seconds": seconds, "peak_mb": peak, "peak_pss_mb": peak_pss,
            "documents": manifest["summary"].get("documents", 0)}


def merged(table: Path, rows: list[dict]) -> list[dict]:
    """Earlier rows of ``table`` that this run did not measure again, then this run's rows."""
    key = ("corpus", "stages", "config")
    fresh = {tuple(r[k] for k in key) for r in rows}
    old: list[dict] = []
    if table.is_file():
        with open(table, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if tuple(row[k] for k in key) not in fresh:
                    old.append({k: _number(v) for k, v in row.items()})
    order = {"BBC": 0, "UNGDC": 1, "UNGDC x10": 2}
    return sorted(old + rows, key=lambda r: (order.get(r["corpus"], 9), r["stages"], list(CONFIGS).index(r["config"])))


def _number(value: str):
    try:
        return float(value) if "." in value else int(value)
    except ValueError:
        return value


def plot(rows: list[dict], path: Path) -> None:
    from communique.plots import new_figure, save_figure

    fig = new_figure(figsize=(10, 4.8))
    ax_speed, ax_memory = fig.subplots(1, 2)
    for config in CONFIGS:
        mine = sorted((r for r in rows if r["config"] == config and r["stages"] == STAGES), key=lambda r: r["MB"])
        if not mine:
            continue
        sizes = [r["MB"] for r in mine]
        ax_speed.plot(sizes, [r["MB/s"] for r in mine], marker="o", label=config)
        line, = ax_memory.plot(sizes, [r.get("peak PSS MB") or r["peak RSS MB"] for r in mine], marker="o",
                               label=f"{config} (PSS)")
        ax_memory.plot(sizes, [r["peak RSS MB"] for r in mine], marker=".", linestyle=":", color=line.get_color(),
                       label=f"{config} (RSS sum)")
    sizes = sorted({r["MB"] for r in rows if r["stages"] == STAGES})
    for ax, label in ((ax_speed, "throughput (MB/s)"), (ax_memory, "peak memory, run + workers (MB)")):
        ax.set_xscale("log")
        ax.set_xticks(sizes, [f"{s:g}" for s in sizes])
        ax.minorticks_off()
        if ax is ax_speed:
            ax.set_ylim(bottom=0)
        ax.set_xlabel("corpus size (MB, log scale)")
        ax.set_ylabel(label)
    ax_speed.legend(frameon=False, loc="lower right")
    ax_memory.legend(frameon=False, fontsize=7, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.2))
    top = max([float(r["peak RSS MB"]) for r in rows] + [2048])
    ax_memory.set_ylim(0, top * 1.12)
    ax_memory.axhline(2048, color="#b2182b", linestyle="--", linewidth=1)
    ax_memory.text(0.01, 2048, " 2 GiB", va="bottom", color="#b2182b", fontsize=8,
                   transform=ax_memory.get_yaxis_transform())
    fig.suptitle(f"communique run --only {STAGES}: throughput and peak memory")
    save_figure(fig, path.parent, path.stem)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", action="store_true", help="add the 250 MB corpus")
    parser.add_argument("--full", action="store_true", help="also time the whole run (with topics)")
    parser.add_argument("--configs", default=",".join(CONFIGS), help="of: " + ",".join(CONFIGS))
    parser.add_argument("--corpora", default=None, help="of: BBC,UNGDC,UNGDC x10 (default: all chosen)")
    parser.add_argument("--plot-only", action="store_true", help="redraw the plot from run_scale.csv")
    args = parser.parse_args()
    if args.plot_only:
        rows = merged(RESULTS / "run_scale.csv", [])
        plot(rows, RESULTS / "run_scale.png")
        return 0
    if not (CORPORA / "bbc").is_dir():
        print("skipped: ../shared/corpora is absent")
        return 0
    corpora = [("BBC", CORPORA / "bbc"), ("UNGDC", CORPORA / "ungdc" / "TXT")]
    if args.big:
        corpora.append(("UNGDC x10", big_corpus()))
    if args.corpora:
        wanted = {c.strip() for c in args.corpora.split(",")}
        corpora = [c for c in corpora if c[0] in wanted]
    configs = [c.strip() for c in args.configs.split(",") if c.strip()]
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    for name, source in corpora:
        mb, files = corpus_size(source)
        for stages in [STAGES] + ([None] if args.full and name != "UNGDC x10" else []):
            for config in configs:
                result = measure(source, config, stages=stages)
                one = next((r for r in rows if r["corpus"] == name and r["stages"] == (stages or "all")
                            and r["config"] == "jobs=1"), None)
                rows.append({
                    "corpus": name, "stages": stages or "all", "config": config, "MB": round(mb, 1),
                    "docs": result["documents"], "seconds": round(result["seconds"], 1),
                    "MB/s": round(mb / result["seconds"], 3),
                    "docs/s": round(result["documents"] / result["seconds"], 1),
                    "x jobs=1": round(one["seconds"] / result["seconds"], 2) if one else "",
                    "peak RSS MB": round(result["peak_mb"]),
                    "peak PSS MB": round(result["peak_pss_mb"]),
                })
                print(rows[-1], flush=True)
    print()
    columns = ["corpus", "stages", "config", "MB", "docs", "seconds", "MB/s", "docs/s", "x jobs=1", "peak RSS MB",
               "peak PSS MB"]
    print_rows(rows, columns)
    table = RESULTS / "run_scale.csv"
    rows = merged(table, rows)  # runs of other corpora or configurations stay in the table
    with open(table, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    plot(rows, RESULTS / "run_scale.png")
    print(f"written: {table} and {RESULTS / 'run_scale.png'} (.svg)")
    return 0


if __name__ == "__main__":
    run_timed(main)
