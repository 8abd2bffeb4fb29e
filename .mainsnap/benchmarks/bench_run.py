"""``communique run`` of a baseline commit and of this tree, side by side, in one benchmark run.

The baseline is checked out once as a git worktree (``--baseline REV``, default the commit
before the speed work; kept under the system's temporary folder for later runs). Each command
runs in a fresh process, the two trees in turn (baseline, current, baseline, ...), and is
measured from outside: wall seconds, CPU seconds of the run and all its workers
(``getrusage(RUSAGE_CHILDREN)`` before and after: the machine is shared, so CPU seconds are the
figure to compare), the peak resident memory of the largest process and the peak summed PSS of
the process tree (sampled every 0.2 s). Rows:

- the seed article, ``communique run seeds/ --no-cache`` (default jobs), median of ``--repeat``;
- BBC (5 MB) and UNGDC sessions 78-79 (2023-2024, 384 speeches, 4.9 MB; ``--big``: all ten
  sessions, 28 MB, about 3 minutes of CPU a run), the whole run with ``--jobs 1`` and ``--jobs 2``:
  CPU-s per MB, MB per CPU-second, MB/s, the speed-up of two jobs over one, and the peak memory
  (resident size of the largest process; summed PSS of the process tree);
- the parts on one core, BBC text (CPU time inside one process): the tokens table
  (``tokenise_many``) against a regex floor (``\\w+|[^\\w\\s]`` over the same text) and NLTK's
  ``sent_tokenize`` + ``word_tokenize`` (when its punkt data is installed), tone
  (``sentence_tone``) against NLTK's own ``SentimentIntensityAnalyzer`` on the same sentences,
  timexes (``timex.tag`` of every article with its date) and events (``extract_events_many``).

Run: ``python benchmarks/bench_run.py [--baseline REV] [--big] [--repeat N] [--skip-corpora]
[--corpus BBC|UNGDC] [--parts-only]``.
Corpora: ``../shared/corpora`` (see ``_common.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import CORPORA, ROOT, SHARED, print_rows, run_timed

DEFAULT_BASELINE = "0bf90b0"  # main before the speed work (issue 19)

PARTS_CHILD = r"""
import json, re, sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
try:  # the wings
    from communique.text.corpus import load_corpus
    from communique.text.tokens import tokenise_many
    import communique.words.tone as tone
except ImportError:  # a baseline before them (flat modules)
    from communique.corpus import load_corpus
    from communique.tokens import tokenise_many
    import communique.tone as tone

articles = list(load_corpus([Path(sys.argv[1])], errors=[]))
mb = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
out = {"MB": mb}

def cpu(func):
    best = None
    for _ in range(int(sys.argv[2])):
        start = time.process_time()
        result = func()
        spent = time.process_time() - start
        best = spent if best is None else min(best, spent)
    return best, result

tokenise_many(articles[:20])  # tables and caches loaded: the steady state is measured
seconds, tokens = cpu(lambda: tokenise_many(articles))
out["tokens table"] = mb / seconds
pattern = re.compile(r"\w+|[^\w\s]")
seconds, _ = cpu(lambda: sum(1 for a in articles for _ in pattern.finditer(a.text)))
out["regex floor"] = mb / seconds
try:
    import nltk
    nltk.data.find("tokenizers/punkt_tab")
    sample = articles[:300]
    sample_mb = sum(len(a.text.encode("utf-8")) for a in sample) / 1e6
    seconds, _ = cpu(lambda: [nltk.word_tokenize(s) for a in sample for s in nltk.sent_tokenize(a.text)])
    out["NLTK tokenize"] = sample_mb / seconds
except LookupError:
    pass
tone.sentence_tone(articles[:20], tokens=tokenise_many(articles[:20]))
seconds, table = cpu(lambda: tone.sentence_tone(articles, tokens=tokens))
out["tone"] = mb / seconds
try:  # timexes: the tagger over every article with its publication date (no DataFrame)
    from communique.timex.tagger import tag
except ImportError:  # before the wings
    from communique.timex import tag
tag(articles[0].text, articles[0].dct)
seconds, _ = cpu(lambda: [tag(a.text, a.dct) for a in articles])
out["timexes"] = mb / seconds
try:  # events: the whole extraction of every article (actors, triggers, arguments, dates)
    from communique.events.extract import extract_events_many
except ImportError:
    from communique.events import extract_events_many
extract_events_many(articles[:20])
seconds, _ = cpu(lambda: extract_events_many(articles))
out["events"] = mb / seconds
try:  # NLTK's own analyser and loop over the lexicon the tree scores with
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants
    from communique.words.lexicon import vader_lexicon
    plain = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    plain.lexicon, plain.constants = vader_lexicon(), VaderConstants()
    sentences = table["sentence"].tolist()
    seconds, theirs = cpu(lambda: [plain.polarity_scores(s) for s in sentences])
    out["NLTK VADER"] = mb / seconds
    out["tone = NLTK"] = table["compound"].tolist() == [t["compound"] for t in theirs]
except ImportError:
    pass
print(json.dumps(out))
"""


def baseline_tree(rev: str) -> Path:
    """A worktree of ``rev`` (made once, then reused)."""
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", rev], check=True,
                            capture_output=True, text=True).stdout.strip()
    tree = Path(tempfile.gettempdir()) / f"communique-baseline-{commit}"
    if not (tree / "src" / "communique").is_dir():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit], check=True,
                       capture_output=True)
    return tree


def env_for(tree: Path) -> dict[str, str]:
    """The environment of a run of ``tree``: its sources first, and the shared NLTK data (a
    baseline before the bundled resources reads WordNet, Punkt and the stop words from it, and
    without it falls back to cheaper substitutes: the comparison would not be like for like;
    the current tree reads none of it)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree / "src")
    if "NLTK_DATA" not in env and (SHARED / "nltk_data").is_dir():
        env["NLTK_DATA"] = str(SHARED / "nltk_data")
    return env


def measure(tree: Path, args: list[str]) -> dict:
    """One ``communique`` command of ``tree`` in a fresh process: wall, CPU (with workers), memory."""
    import psutil

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "communique", *args], env=env_for(tree),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_pss = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_pss
        try:
            root = psutil.Process(proc.pid)
        except psutil.Error:
            return
        while not done.is_set():
            total = 0
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        total += p.memory_full_info().pss
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            peak_pss = max(peak_pss, total / 2**20)
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):  # 1: some inputs were skipped (recorded in errors.csv)
        raise RuntimeError(f"communique {' '.join(args)} ({tree}) failed ({proc.returncode}):\n{err[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "max_rss_mb": after.ru_maxrss / 1024, "pss_mb": peak_pss}


def run_args(sources: list[Path], out: str, jobs: int | None) -> list[str]:
    args = ["run", *map(str, sources), "--out", out, "--no-cache", "--quiet"]
    return args + (["--jobs", str(jobs)] if jobs else [])


def paired(trees: dict[str, Path], sources: list[Path], jobs: int | None, repeat: int) -> dict[str, dict]:
    """Median figures of each tree, the trees run in turn ``repeat`` times."""
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    for _ in range(repeat):
        for name, tree in trees.items():
            with tempfile.TemporaryDirectory(prefix="bench-run-") as out:
                runs[name].append(measure(tree, run_args(sources, out, jobs)))
    return {name: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for name, rs in runs.items()}


def parts(tree: Path, source: Path, repeat: int) -> dict:
    done = subprocess.run([sys.executable, "-c", PARTS_CHILD, str(source), str(repeat)], env=env_for(tree),
                          capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"parts benchmark of {tree} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def corpus_mb(sources: list[Path]) -> float:
    return sum(p.stat().st_size for source in sources for p in source.rglob("*.txt") if p.is_file()) / 1e6


def corpora(big: bool) -> list[tuple[str, list[Path]]]:
    """The corpora of the whole-run rows: BBC, and UNGDC's last two sessions (all with ``big``)."""
    ungdc = CORPORA / "ungdc" / "TXT"
    sessions = sorted(p for p in ungdc.glob("Session *") if p.is_dir())
    found = [("BBC", [CORPORA / "bbc"])]
    if sessions:
        found.append(("UNGDC", sessions) if big else ("UNGDC sessions 78-79", sessions[-2:]))
    return [(name, paths) for name, paths in found if all(p.is_dir() for p in paths)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="git revision to compare with")
    parser.add_argument("--big", action="store_true", help="all of UNGDC (28 MB) instead of its sessions 78-79")
    parser.add_argument("--corpus", action="append", help="only this corpus (BBC or UNGDC; repeatable)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the seed and of each part (median/min)")
    parser.add_argument("--corpus-repeat", type=int, default=1, help="runs of each corpus configuration")
    parser.add_argument("--skip-corpora", action="store_true", help="the seed only")
    parser.add_argument("--parts-only", action="store_true", help="only the parts' throughputs")
    parser.add_argument("--skip-seed", action="store_true", help="no seed rows")
    parser.add_argument("--skip-parts", action="store_true", help="no parts rows")
    args = parser.parse_args()
    base = baseline_tree(args.baseline)
    trees = {f"baseline {args.baseline}": base, "current": ROOT}
    print(f"baseline: {base}\ncurrent:  {ROOT}\n", flush=True)

    rows: list[dict] = []

    def add(what: str, unit: str, values: dict[str, float], higher_better: bool) -> None:
        old, new = values[f"baseline {args.baseline}"], values["current"]
        ratio = (new / old if higher_better else old / new) if old and new else float("nan")
        rows.append({"what": what, "unit": unit, "baseline": f"{old:.3g}", "current": f"{new:.3g}",
                     "better by": f"{ratio:.2f}x"})
        print(rows[-1], flush=True)

    if not args.parts_only and not args.skip_seed:
        seed = paired(trees, [ROOT / "seeds"], None, args.repeat)
        add("seed: wall", "s", {n: r["wall"] for n, r in seed.items()}, False)
        add("seed: CPU", "CPU-s", {n: r["cpu"] for n, r in seed.items()}, False)
        add("seed: peak PSS (tree)", "MB", {n: r["pss_mb"] for n, r in seed.items()}, False)
    chosen = [(name, paths) for name, paths in corpora(args.big)
              if not args.corpus or any(name.upper().startswith(c.upper()) for c in args.corpus)]
    if not args.skip_corpora and (CORPORA / "bbc").is_dir():
        for name, sources in chosen if not args.parts_only else []:
            mb = corpus_mb(sources)
            one = paired(trees, sources, 1, args.corpus_repeat)
            two = paired(trees, sources, 2, args.corpus_repeat)
            add(f"{name} ({mb:.1f} MB) 1 job: CPU per MB", "CPU-s/MB", {n: r["cpu"] / mb for n, r in one.items()}, False)
            add(f"{name} 1 job: MB per CPU-s", "MB/CPU-s", {n: mb / r["cpu"] for n, r in one.items()}, True)
            add(f"{name} 1 job: CPU-s", "CPU-s", {n: r["cpu"] for n, r in one.items()}, False)
            add(f"{name} 1 job: MB/s", "MB/s", {n: mb / r["wall"] for n, r in one.items()}, True)
            add(f"{name} 2 jobs: MB/s", "MB/s", {n: mb / r["wall"] for n, r in two.items()}, True)
            add(f"{name} 2 jobs over 1 (wall)", "x", {n: one[n]["wall"] / two[n]["wall"] for n in trees}, True)
            add(f"{name} 2 jobs: CPU-s", "CPU-s", {n: r["cpu"] for n, r in two.items()}, False)
            add(f"{name} 1 job: peak RSS (largest process)", "MB", {n: r["max_rss_mb"] for n, r in one.items()}, False)
            add(f"{name} 2 jobs: peak PSS (tree)", "MB", {n: r["pss_mb"] for n, r in two.items()}, False)
        if not args.skip_parts:
            found = {n: parts(t, CORPORA / "bbc", args.repeat) for n, t in trees.items()}
            for part in ("tokens table", "tone", "timexes", "events"):
                add(f"part, 1 core: {part}", "MB/s", {n: f[part] for n, f in found.items()}, True)
            current = found["current"]
            print()
            print("anchors, same run, BBC text, one core (MB/s): " + ", ".join(
                f"{k} {current[k]:.2f}" for k in ("regex floor", "NLTK tokenize", "NLTK VADER") if k in current)
                + f"; current tone equals NLTK's scores: {current.get('tone = NLTK')}")
    elif not args.skip_corpora:
        print("corpora skipped: ../shared/corpora is absent")
    print()
    print_rows(rows, ["what", "unit", "baseline", "current", "better by"])
    return 0


if __name__ == "__main__":
    run_timed(main)
