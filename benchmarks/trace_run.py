"""Where a ``communique run`` spends its CPU and its idle time: a per-process timeline of every call.

Runs ``communique run ARGS... --no-cache --quiet`` of this tree with ``COMMUNIQUE_TRACE`` set
(:func:`communique.run.engine.traced`: one JSON line per stage, per pool/drawer call and per
worker process), then prints each process's calls (start and end in seconds from the run's start,
wall and CPU seconds), the CPU seconds per call name in the main process and in the others, and
what the run's processes used in all.

Run: ``python benchmarks/trace_run.py ../shared/corpora/bbc --jobs 2 [--timeline]``
(``--trace FILE`` keeps the trace; ``--read FILE`` prints one made before).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_traced(args: list[str], trace: Path) -> dict[str, float]:
    """``communique run`` with the trace written to ``trace``: its wall and CPU seconds (all processes)."""
    env = dict(os.environ, COMMUNIQUE_TRACE=str(trace), PYTHONPATH=str(ROOT / "src"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="trace-run-") as out:
        subprocess.run([sys.executable, "-m", "communique", "run", *args, "--out", out, "--no-cache", "--quiet"],
                       env=env, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall": time.perf_counter() - started,
            "cpu": after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime}


def report(rows: list[dict], timeline: bool) -> None:
    """Print the timeline (with ``timeline``) and the CPU seconds per call name and process kind."""
    if not rows:
        print("no trace lines")
        return
    t0 = min(r["start"] for r in rows)
    workers = {r["pid"] for r in rows if r["label"] == "process"}  # (the main process writes no such line)
    main = min((r for r in rows if r["pid"] not in workers), key=lambda r: r["start"])["pid"]
    by_pid: dict[int, list[dict]] = defaultdict(list)
    for r in rows:
        by_pid[r["pid"]].append(r)
    if timeline:
        for pid, calls in sorted(by_pid.items(), key=lambda item: min(r["start"] for r in item[1])):
            print(f"== pid {pid}{' (main)' if pid == main else ''}: {len(calls)} calls")
            for r in sorted(calls, key=lambda r: r["start"]):
                print(f"  {r['start'] - t0:7.2f} {r['end'] - t0:7.2f}  wall {r['end'] - r['start']:6.2f}"
                      f"  cpu {r['cpu']:6.2f}  {r['label']}")
    totals: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0])
    for r in rows:
        key = (r["label"], "main" if r["pid"] == main else "other")
        totals[key][0] += r["cpu"]
        totals[key][1] += 1
    print(f"{'CPU s':>7} {'calls':>5}  process  call")
    for (label, kind), (cpu, n) in sorted(totals.items(), key=lambda item: -item[1][0]):
        print(f"{cpu:7.2f} {n:5d}  {kind:7s}  {label}")
    others = sum(cpu for (label, kind), (cpu, _) in totals.items() if kind == "other" and label == "process")
    print(f"other processes in all: {others:.2f} CPU s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("args", nargs="*", help="inputs and options of communique run")
    parser.add_argument("--trace", type=Path, help="keep the trace in this file")
    parser.add_argument("--read", type=Path, help="print this trace instead of running")
    parser.add_argument("--timeline", action="store_true", help="print every call of every process")
    options, rest = parser.parse_known_args()
    if options.read:
        trace = options.read
    else:
        trace = options.trace or Path(tempfile.mkstemp(prefix="communique-trace-", suffix=".jsonl")[1])
        trace.write_text("", "utf-8")
        measured = run_traced([*options.args, *rest], trace)
        print(f"wall {measured['wall']:.1f} s, CPU {measured['cpu']:.1f} s (all processes), "
              f"load {os.getloadavg()[0]:.2f}")
    rows = [json.loads(line) for line in trace.read_text("utf-8").splitlines() if line.strip()]
    report(rows, options.timeline)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
