"""Hostile and careless input (issue 20): every kind is built here, at test time, beside a good file.

Each case runs ``python -m communique run`` in a subprocess and checks the exit status, the error
row, that the good file's outputs equal those of a clean run, and that nothing outside ``--out``
changed. A kill test interrupts a run at random points: the output folder is always the old
complete run or the new complete run.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT

GOOD = ("Envoys meet in Geneva\n\nThe foreign ministers of France and Germany met in Geneva on Monday "
        "and agreed to hold talks with Iran next week.\n")
FAST = ["--only", "tokens", "--jobs", "1", "--quiet"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """``python -m communique run ARGS`` (a hang fails the test instead of blocking it)."""
    return subprocess.run([sys.executable, "-m", "communique", "run", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd, env=_env())


def snapshot(root: Path, skip: Path | None = None) -> dict[str, tuple]:
    """Every entry under ``root`` (but ``skip``): kind, size, content hash, mtime."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        here = Path(dirpath)
        if skip is not None and (here == skip or skip in here.parents):
            dirnames[:] = []
            continue
        for name in dirnames + filenames:
            path = here / name
            if path == skip:
                continue
            info = os.lstat(path)
            digest = ""
            if path.is_file() and not path.is_symlink():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            found[path.relative_to(root).as_posix()] = (info.st_mode, info.st_size, digest, info.st_mtime_ns)
    return found


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr


def good_row(out: Path, doc_id: str = "good") -> dict:
    import pandas as pd

    docs = pd.read_csv(out / "documents.csv", keep_default_na=False)
    row = docs[docs["doc_id"] == doc_id].drop(columns=["path"])
    assert len(row) == 1, docs["doc_id"].tolist()
    return row.iloc[0].to_dict()


def errors(out: Path):
    import pandas as pd

    table = pd.read_csv(out / "errors.csv", keep_default_na=False)
    table["name"] = [Path(p.split("#")[0]).name + ("#" + p.split("#")[1] if "#" in p else "") for p in table["path"]]
    return table


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("clean")
    (base / "in").mkdir()
    (base / "in" / "good.txt").write_text(GOOD, encoding="utf-8")
    result = run(base / "in", "--out", base / "out", *FAST)
    assert result.returncode == 0, result.stderr
    return base / "out"


def _parquet_bytes() -> bytes:
    import io

    import pandas as pd

    buffer = io.BytesIO()
    pd.DataFrame({"id": ["p1", "p2"], "title": ["Talks", "More talks"], "text": ["Envoys met.", "Envoys left."]}
                 ).to_parquet(buffer, index=False)
    return buffer.getvalue()


def build_hostile(folder: Path, outside: Path, out: Path) -> dict[str, str]:
    """Every kind of hostile input in ``folder``; returns name -> reason expected (errors rows)."""
    folder.mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    ok = json.dumps({"id": "j1", "title": "Talks", "text": "Envoys met in Oslo."})
    late = json.dumps({"id": "j3", "title": "Café talks", "text": "Ministers met."}).replace("\\u00e9", "é")
    (folder / "lines.jsonl").write_bytes(
        ok.encode() + b"\n{broken\n" + late.encode("utf-8") + b"\n"
        + json.dumps({"id": "j4", "title": "Caf\u00e9", "text": "X met Y."}).replace("\\u00e9", "\xe9").encode("latin-1")
        + b"\n")
    (folder / "utf16.jsonl").write_bytes(
        (json.dumps({"id": "u1", "title": "Summit", "text": "Leaders met in Tokyo."}) + "\n").encode("utf-16"))
    (folder / "nul.csv").write_bytes(b"id,title,text\nn1,Talks,Envoys\x00 met.\nn2,More,Envoys left.\n")
    (folder / "long.csv").write_text("id,title,text\nl1,Long," + ("word " * 40_000) + "\n", encoding="utf-8")
    (folder / "mixed.csv").write_bytes("id,title,text\nm1,Caf\u00e9 one,R\u00e9sum\u00e9 of talks.\n".encode("utf-8")
                                       + b"m2,Caf\xe9 two,Talks went on.\n")
    (folder / "dates.csv").write_text("id,title,date,text\nd1,One,05/04/2019,Envoys met.\nd2,Two,25/04/2019,Envoys left.\n")
    (folder / "ints.jsonl").write_text(json.dumps({"id": "i1", "title": "T", "text": "Met.", "date": 20190425}) + "\n"
                                       + json.dumps({"id": "i2", "title": "T", "text": "Met.", "date": 2019}) + "\n")
    (folder / "trunc.parquet").write_bytes(_parquet_bytes()[:-40])
    (folder / "page.html").write_text(
        "<!DOCTYPE html><html><head><title>Page</title><script>var googletag = 1;</script>"
        "<style>p{color:red}</style></head><body><nav>Home | World</nav><h1>Talks &amp; aid</h1>"
        "<p>Envoys met in Vienna&nbsp;today.</p></body></html>", encoding="utf-8")
    (folder / "saved-page.txt").write_text(
        "<html><head><script>googletag.cmd.push()</script></head><body><p>Ministers met in Rome.</p></body></html>")
    (folder / "doc.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 30)
    (folder / "bundle.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 20)
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    outside.write_text("Secret\n\nNot part of the corpus.\n")
    (folder / "escape.txt").symlink_to(outside)
    (folder / "into-out").symlink_to(out, target_is_directory=True)
    (folder / "evil\x1b[2J\nerrors 0.txt").write_text("")
    return {
        "lines.jsonl#2": "invalid JSON",
        "trunc.parquet": "Parquet",
        "doc.pdf": "not a text file",
        "notes.docx": "not a text file",
        "bundle.gz": "not a text file",
        "pipe.txt": "FIFO",
        "zero.txt": "outside the input",
        "escape.txt": "outside the input",
        "into-out": "output folder",
        "evil\x1b[2J\nerrors 0.txt": "empty file",
    }


def test_hostile_folder_beside_a_good_file(tmp_path, clean):
    import pandas as pd

    folder, out = tmp_path / "in", tmp_path / "out"
    out.mkdir()
    (out / "notes.tmp").write_text("mine")  # a user's file in --out is never deleted
    (out / ".draft.tmp").write_text("mine too")
    expected = build_hostile(folder, tmp_path / "outside.txt", out)
    before = snapshot(tmp_path, skip=out)
    started = time.monotonic()
    result = run(folder, "--out", out, "--only", "tokens", "--jobs", "1")
    assert time.monotonic() - started < 100  # no hang on the FIFO or /dev/zero
    no_traceback(result)
    assert result.returncode == 1, result.stderr
    # Names are escaped on the terminal: no raw escape sequence, no forged "errors 0" line.
    assert "\x1b" not in result.stdout + result.stderr
    assert not any(line.strip().startswith("errors 0") for line in (result.stdout + result.stderr).splitlines())
    table = errors(out)
    rows = table[table["severity"] == "error"]
    for name, reason in expected.items():
        match = rows[rows["name"] == name]
        assert len(match) == 1, (name, rows[["name", "reason"]].values.tolist())
        assert reason in match["reason"].iloc[0], (name, match["reason"].iloc[0])
    assert set(rows["name"]) == set(expected), sorted(set(rows["name"]) - set(expected))
    warn = table[table["severity"] == "warning"]
    assert any("cp1252" in r and "line 3" in r for r in warn.loc[warn["name"] == "mixed.csv", "reason"])
    assert any("NUL" in r for r in warn.loc[warn["name"] == "nul.csv", "reason"])
    assert any("HTML" in r for r in warn.loc[warn["name"] == "saved-page.txt", "reason"])
    # The good file's outputs are those of a clean run; the rest was read where it could be.
    assert good_row(out) == good_row(clean)
    docs = pd.read_csv(out / "documents.csv", keep_default_na=False).set_index("doc_id")
    assert {"j1", "j3", "j4", "u1", "n1", "n2", "l1", "m1", "m2", "d1", "d2", "i1", "i2", "page", "saved-page"} <= set(docs.index)
    assert docs.loc["m1", "title"] == "Café one" and docs.loc["m2", "title"] == "Café two"  # per-row repair
    assert docs.loc["j4", "title"] == "Café"
    assert docs.loc["d1", "published"].startswith("2019-04-05")  # day first, decided from all rows
    assert docs.loc["i1", "published"].startswith("2019-04-25") and docs.loc["i2", "published"].startswith("2019-01-01")
    assert docs.loc["page", "title"] == "Talks & aid"
    assert docs.loc["l1", "characters"] > 131_072
    # Nothing outside --out changed, and the user's files in --out are still there.
    assert snapshot(tmp_path, skip=out) == before
    assert (out / "notes.tmp").read_text() == "mine" and (out / ".draft.tmp").read_text() == "mine too"


def test_unreachable_scheduler_is_a_one_line_configuration_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run(tmp_path / "in", "--out", tmp_path / "out", "--scheduler", f"tcp://127.0.0.1:{port}", timeout=60)
    no_traceback(result)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--scheduler" in lines[0] and "cannot connect" in lines[0]
    assert not (tmp_path / "out").exists()  # checked before any work


def test_internal_error_exit_3_with_log_and_previous_outputs_kept(tmp_path, clean):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    assert run(folder, "--out", out, *FAST).returncode == 0
    before = snapshot(out)
    (folder / "more.txt").write_text("More talks\n\nEnvoys met again in Geneva.\n")
    # A stage that crashes (an internal error, not bad input): simulated by patching it.
    code = ("import sys, communique.run.stages.tokens as t\n"
            "def boom(ctx): raise KeyError('simulated bug')\n"
            "t.run = boom\n"
            "from communique.cli.app import main\n"
            f"sys.exit(main(['run', {str(folder)!r}, '--out', {str(out)!r}, '--only', 'tokens', '--jobs', '1', '--quiet']))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=_env())
    no_traceback(result)
    assert result.returncode == 3
    line = result.stderr.strip().splitlines()[-1]
    assert "stage tokens" in line and "simulated bug" in line and "communique-error.log" in line
    log = (out / "communique-error.log").read_text()
    assert "Traceback" in log and "simulated bug" in log
    after = {k: v for k, v in snapshot(out).items() if k != "communique-error.log" and not k.startswith(".")}
    assert after == {k: v for k, v in before.items() if not k.startswith(".")}


def test_input_inside_out_is_never_overwritten(tmp_path, clean):
    work = tmp_path / "work"
    work.mkdir()
    table = work / "documents.csv"
    table.write_text("id,title,text\nw1,Talks,Envoys met.\n")
    before = table.read_bytes()
    result = run(table, "--out", work, *FAST)
    no_traceback(result)
    assert result.returncode == 2 and "--out" in result.stderr
    assert table.read_bytes() == before


def test_config_in_working_directory_is_announced_and_never_picks_a_scheduler(tmp_path, clean):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD)
    (corpus / "communique.toml").write_text('[run]\nengine = "dask"\nscheduler = "tcp://203.0.113.9:8786"\ntop = 5\n')
    result = run(".", "--out", tmp_path / "out", *FAST, cwd=corpus, timeout=60)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert "communique.toml" in lines[0] and "using settings" in lines[0]
    assert any("ignoring" in line and "scheduler" in line for line in lines)
    assert good_row(tmp_path / "out") == good_row(clean)


def test_damaged_cache_entry_is_discarded_and_recomputed(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    assert run(folder, "--out", out, *FAST).returncode == 0
    expected = (out / "documents.csv").read_bytes()
    metas = list((out / ".cache" / "stages").glob("*/meta.json"))
    assert metas
    for meta_path in metas:  # a shared cache edited to write outside the output folder
        meta = json.loads(meta_path.read_text())
        meta["files"] = ["../../escaped.csv" for _ in meta["files"]]
        meta_path.write_text(json.dumps(meta))
    before = snapshot(tmp_path, skip=out)
    result = run(folder, "--out", out, *FAST)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "cache entry" in result.stderr and "discarded" in result.stderr
    assert not (tmp_path / "escaped.csv").exists() and snapshot(tmp_path, skip=out) == before
    assert (out / "documents.csv").read_bytes() == expected
    # A file whose bytes were changed is caught by its hash.
    entry = next((out / ".cache" / "stages").glob("*/files/0"))
    entry.write_bytes(b"forged")
    result = run(folder, "--out", out, *FAST)
    assert result.returncode == 0 and "discarded" in result.stderr
    assert (out / "documents.csv").read_bytes() == expected


def test_a_second_run_on_a_locked_folder_exits_2_and_a_stale_lock_is_taken_over(tmp_path):
    from communique.run.staging import LOCK_NAME, RunLock

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    with RunLock(out):
        result = run(folder, "--out", out, *FAST, timeout=60)
    no_traceback(result)
    assert result.returncode == 2 and "another communique run" in result.stderr
    (out / LOCK_NAME).write_text("999999999\n")  # left by a killed run
    assert run(folder, "--out", out, *FAST).returncode == 0


def _complete(out: Path) -> dict[str, str]:
    """The output folder's files (hidden entries aside) when they are exactly what its manifest
    lists, byte for byte; fails otherwise."""
    from communique.run.staging import recover

    recover(out)  # a commit cut by SIGKILL is finished first (the next run does the same)
    manifest = json.loads((out / "manifest.json").read_text())
    listed = {o["path"]: o["sha256"] for o in manifest["outputs"]}
    present = {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
               for p in out.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(out).parts)}
    present.pop("manifest.json")
    present.pop("communique-error.log", None)
    assert present == listed
    return listed


# ``python -m communique`` with a CLI that is still loading (no handler of its own in place yet)
# when a SIGTERM comes: it ends like Ctrl-C, status 130, instead of silently with -15.
EARLY_SIGTERM = r"""
import os, runpy, signal, time
import communique.cli.app as app

def main(argv=None):
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(30)
    return 0

app.main = main
runpy.run_module("communique", run_name="__main__", alter_sys=True)
"""


def test_a_sigterm_while_the_command_still_loads_exits_130_without_a_traceback():
    result = subprocess.run([sys.executable, "-c", EARLY_SIGTERM], capture_output=True, text=True, timeout=60,
                            env=_env())
    assert result.returncode == 130, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "interrupted" in result.stderr


def _wait_for_lock(out: Path, process: subprocess.Popen, timeout: float = 60) -> None:
    """Until ``process`` holds the output folder's lock (its pid in the lock file) or has ended."""
    from communique.run.staging import LOCK_NAME

    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if (out / LOCK_NAME).read_text().strip() == str(process.pid):
                return
        except OSError:
            pass
        time.sleep(0.005)


@pytest.mark.slow
def test_killed_runs_leave_the_old_or_the_new_complete_outputs(tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    for n in range(12):
        (folder / f"doc{n:02d}.txt").write_text(f"Talks round {n}\n\nEnvoys of France and Iran met in Geneva "
                                                f"for round {n} of talks on Monday.\n" * 3)
    args = ["--only", "tokens,freq", "--jobs", "2", "--quiet", "--no-report"]
    assert run(folder, "--out", out, *args).returncode == 0
    old = _complete(out)
    rng = random.Random(20)
    outcomes, interrupted = [], 0
    for attempt, sig in enumerate([signal.SIGINT, signal.SIGTERM, signal.SIGKILL] * 3):
        (folder / "extra.txt").write_text(f"Extra {attempt}\n\nMinisters met in Oslo, attempt {attempt}.\n")
        process = subprocess.Popen([sys.executable, "-m", "communique", "run", str(folder), "--out", str(out), *args],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
        # The signal lands inside the run: after it has locked the folder (its handlers are in place
        # by then), not while the interpreter still starts (which alone took over 0.3 s under load).
        _wait_for_lock(out, process)
        time.sleep(rng.uniform(0.0, 2.5))
        process.send_signal(sig)
        _, stderr = process.communicate(timeout=60)
        assert "Traceback" not in stderr, stderr
        if sig != signal.SIGKILL:
            assert process.returncode in (0, 130), (process.returncode, stderr)
        interrupted += process.returncode != 0
        state = _complete(out)
        outcomes.append(state == old)
        old = state  # the next attempt starts from whatever complete run is there now
    assert interrupted >= 3  # most signals landed inside a run, not after it


@pytest.mark.parametrize("option", [["--only", "tokens,bogus"], ["--set", "topics.bogus=1"], ["--top", "0"],
                                    ["--max-bytes", "0"], ["--dayfirst", "maybe"]])
def test_bad_options_exit_2_before_any_work_naming_the_option(tmp_path, option):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(GOOD)
    result = run(tmp_path / "in", "--out", tmp_path / "out", *option, "--quiet", timeout=60)
    no_traceback(result)
    assert result.returncode == 2, result.stderr
    name = option[0].lstrip("-").replace("-", "_")
    assert name in result.stderr.replace("-", "_") or option[1].split("=")[0].split(",")[-1] in result.stderr
    assert not (tmp_path / "out").exists()


def test_decomposed_accents_stay_inside_words_and_offsets_index_the_text():
    import unicodedata

    from communique.text.tokens import tokenise

    text = unicodedata.normalize("NFD", "Erdoğan met Macron in Zürich.")
    tokens = tokenise(text)
    assert tokens["text"].tolist()[:2] == [unicodedata.normalize("NFD", "Erdoğan"), "met"]
    assert tokens["norm"].iloc[0] == "erdoğan"  # matched in NFC (NFKC) form
    assert all(text[s:e] == t for s, e, t in zip(tokens["start"], tokens["end"], tokens["text"]))
