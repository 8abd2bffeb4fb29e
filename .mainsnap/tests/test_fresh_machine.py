"""A fresh machine (no NLTK data) and one with every NLTK data package give the same bytes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

RUN = "import sys; from communique.cli import main; sys.exit(main(sys.argv[1:]))"


def _run_seed(out: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", RUN, "run", str(ROOT / "seeds"), "--out", str(out), "--no-cache",
                           "--quiet"], env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_seed_outputs_are_byte_identical_with_and_without_nltk_data(tmp_path, nltk_data):
    base = {k: v for k, v in os.environ.items() if k not in ("NLTK_DATA", "COMMUNIQUE_NO_NLTK_DATA")}
    home = tmp_path / "home"  # NLTK also looks in ~/nltk_data
    home.mkdir()
    fresh = {**base, "HOME": str(home)}
    full = {**base, "NLTK_DATA": str(nltk_data)}
    out = tmp_path / "out"  # the same folder for both runs: the manifest names it
    results = {}
    for name, env in (("fresh", fresh), ("full", full)):
        done = _run_seed(out, env)
        assert done.returncode == 0, done.stderr
        assert "Warning" not in done.stderr and "punkt" not in done.stderr, done.stderr
        results[name] = _files(out)
        shutil.rmtree(out)
    fresh_files, full_files = results["fresh"], results["full"]
    assert {"keyness-wordfreq.csv", "keyness-wordfreq.png", "tone-sentences.csv", "tone-sentences.png",
            "topic_terms.csv", "manifest.json", "report.html"} <= set(fresh_files)
    assert sorted(fresh_files) == sorted(full_files)
    different = [name for name in fresh_files if fresh_files[name] != full_files[name]]
    assert different == []
