"""Bad input, faults and hostile text never crash a run or lose data (issue: reliability)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique.cli.app import main
from conftest import ROOT, SEED

IGNORED = {"errors.csv", "errors.parquet", "manifest.json", "report.html"}


def _outputs(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.parts and p.name not in IGNORED
    }


def _good_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    (folder / "2020-06-01_envoys.txt").write_text(
        "Envoys meet in Geneva\n\nThe foreign ministers of France and Germany met in Geneva on Monday "
        "and agreed to hold talks with Iran next week.\n", encoding="utf-8")
    (folder / "2021-03-02_latin1.txt").write_bytes(
        b"Caf\xe9 diplomacy\n\nThe president of Chile visited Peru on Tuesday.\n")
    (folder / "2021-03-03_utf16.txt").write_bytes(
        "Summit ends\n\nLeaders of Japan and South Korea met in Tokyo yesterday.\n".encode("utf-16"))


def _bad_files(folder: Path) -> dict[str, str]:
    """Write the bad inputs; return file name -> the reason expected in errors.csv."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"   \n\n\t \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "captions.txt").write_text("Photo by A/Getty Images\n\nTop photo by B/AFP\n")
    with open(folder / "huge.txt", "wb") as out:  # a 50 MB single line
        out.write(b"word " * 10_000_000)
    (folder / "no-text-columns.csv").write_text("id,when\n1,2020-01-01\n")
    (folder / "rows.jsonl").write_text(json.dumps({"id": "r1", "title": "Talks", "text": "Envoys met.", "date": "2020-01-01"})
                                       + "\n" + json.dumps({"id": "r2", "date": "2020-01-02"}) + "\n")
    loop = folder / "loop"
    loop.mkdir()
    (loop / "self").symlink_to(loop)
    return {
        "empty.txt": "empty file",
        "blank.txt": "only whitespace",
        "binary.txt": "binary",
        "captions.txt": "only photo captions",
        "huge.txt": "too large",
        "no-text-columns.csv": "no text or title column",
        "rows.jsonl#2": "no title and no text",
    }


@pytest.mark.slow
def test_bad_input_corpus_run_completes_and_lists_each_bad_file(tmp_path):
    import pandas as pd

    good_only = tmp_path / "good"
    _good_corpus(good_only)
    (good_only / "rows.jsonl").write_text(json.dumps({"id": "r1", "title": "Talks", "text": "Envoys met.", "date": "2020-01-01"}) + "\n")
    mixed = tmp_path / "mixed"
    _good_corpus(mixed)
    expected = _bad_files(mixed)
    (mixed / "2019-02-30_bad-date.txt").write_text("Impossible date\n\nTalks went on.\n")

    status_good = main(["run", str(good_only), "--out", str(tmp_path / "out-good"), "--quiet", "--only", "tokens,freq,timeline"])
    status_mixed = main(["run", str(mixed), "--out", str(tmp_path / "out-mixed"), "--quiet", "--only", "tokens,freq,timeline"])
    assert status_good == 0
    assert status_mixed == 1  # documented: 1 = some inputs were skipped, outputs written for the rest

    errors = pd.read_csv(tmp_path / "out-mixed" / "errors.csv")
    rows = errors[errors["severity"] == "error"]
    names = [Path(p).name for p in rows["path"]]
    assert sorted(names) == sorted(expected), names
    assert len(set(rows["path"])) == len(rows)  # each bad file once
    for name, reason in expected.items():
        assert reason in rows.loc[[n == name for n in names], "reason"].iloc[0]
    warnings_ = errors[errors["severity"] == "warning"]
    assert any("not a real date" in r for r in warnings_["reason"])
    assert any("cp1252" in r for r in warnings_["reason"])

    # Every good file's outputs are what a run without the bad files gives (the documents table
    # and the date-less extra article aside).
    good = _outputs(tmp_path / "out-good")
    bad = _outputs(tmp_path / "out-mixed")
    for name in ("term-frequencies.csv", "events.csv", "timeline.csv"):
        if name in good:
            assert name in bad
    events_good = pd.read_csv(tmp_path / "out-good" / "events.csv")
    events_mixed = pd.read_csv(tmp_path / "out-mixed" / "events.csv")
    events_mixed = events_mixed[events_mixed["doc_id"].isin(set(events_good["doc_id"]))]
    assert events_mixed.reset_index(drop=True).equals(events_good.reset_index(drop=True))
    # Inputs were never written.
    assert sorted(p.name for p in mixed.iterdir()) == sorted(
        [SEED.name, "2020-06-01_envoys.txt", "2021-03-02_latin1.txt", "2021-03-03_utf16.txt", *(
            n for n in expected if "#" not in n), "rows.jsonl", "loop", "2019-02-30_bad-date.txt"])


def test_run_without_network(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access attempted during a run")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert main(["run", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert (tmp_path / "out" / "report.html").is_file()


def test_run_without_nltk_data(tmp_path, no_nltk_data):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # nothing is missing, so nothing warns
        assert main(["run", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--quiet", "--no-cache"]) == 0
    out = tmp_path / "out"
    assert (out / "report.html").is_file()
    assert (out / "keyness-wordfreq.png").is_file() and (out / "tone-sentences.png").is_file()


def test_no_pickle_no_eval_in_the_package():
    source = ROOT / "src" / "communique"
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for bad in ("import pickle", "pickle.load", " eval(", " exec(", "shell=True"):
            assert bad not in text, f"{path.name} uses {bad.strip()}"


@pytest.mark.slow
def _assert_no_orphans(marker: str, wait: float = 10.0) -> None:
    """No process of the killed run (its pool workers) outlives it."""
    import psutil

    deadline = time.monotonic() + wait
    while True:
        left = []
        for p in psutil.process_iter(["cmdline"]):
            try:
                if marker in " ".join(p.info["cmdline"] or []):
                    left.append(p)
            except psutil.Error:
                continue
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert not left, f"orphan workers of a killed run: {[p.pid for p in left]}"


def test_killed_run_leaves_previous_outputs_and_next_run_completes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(40):
        (corpus / f"2019-04-{(i % 28) + 1:02d}_copy-{i:02d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "communique", "run", str(corpus), "--out", str(out), "--quiet",
               "--only", "tokens,freq,timeline"]
    env = {**os.environ, "MPLBACKEND": "Agg"}
    subprocess.run(command, check=True, env=env, timeout=600)
    before = _outputs(out)
    assert before
    proc = subprocess.Popen([*command, "--force"], env=env)
    time.sleep(4)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    _assert_no_orphans(str(out))
    after_kill = _outputs(out)
    # Nothing half-written: every file is either the old one or a complete new one.
    assert set(after_kill) >= set(before)
    for name, data in before.items():
        assert after_kill[name] == data, f"{name} changed by a killed run"
    # A kill can leave hidden temporaries (".name.*.tmp"), never a visible output; the next run
    # removes them.
    assert not [p for p in out.rglob("*.tmp") if ".cache" not in p.parts and not p.name.startswith(".")]
    subprocess.run([*command, "--force"], check=True, env=env, timeout=600)
    assert _outputs(out) == before
    assert not [p for p in out.rglob("*.tmp") if ".cache" not in p.parts]


def _open_on(path: Path) -> bool:
    """Whether this process has a descriptor open on ``path`` (Linux: /proc/self/fd)."""
    for name in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{name}") == str(path):
                return True
        except OSError:
            pass
    return False


@pytest.mark.skipif(not hasattr(os, "fork") or not os.path.isdir("/proc/self/fd"), reason="needs fork and /proc")
def test_processes_forked_during_a_run_do_not_hold_its_lock(tmp_path):
    """A pool worker or drawer forked while the folder is locked closes the inherited lock file, so a
    killed run's folder is free as soon as the run itself is gone (not when its last child dies)."""
    from communique.run.staging import RunLock

    with RunLock(tmp_path / "out") as lock:
        assert _open_on(lock.path)
        pid = os.fork()
        if pid == 0:  # the child
            os._exit(1 if _open_on(lock.path) else 0)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        assert _open_on(lock.path)  # (the run's own descriptor stays open)
