"""The command ends its process without the interpreter's teardown, losing nothing: status, output, profiles."""

from __future__ import annotations

import subprocess
import sys


def _run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_status_and_streams_survive_the_quick_exit(tmp_path):
    done = _run("-m", "communique", "--version")
    assert done.returncode == 0 and done.stdout.startswith("communique ")
    missing = _run("-m", "communique", "run", str(tmp_path / "absent"), "--out", str(tmp_path / "out"))
    assert missing.returncode == 1 and "no readable article" in missing.stderr


def test_a_profiler_still_writes_its_file(tmp_path):
    profile = tmp_path / "cli.prof"
    done = _run("-m", "cProfile", "-o", str(profile), "-m", "communique", "--version")
    assert done.returncode == 0 and profile.stat().st_size > 0


def test_an_atexit_handler_still_runs(tmp_path):
    marker = tmp_path / "ran"
    code = (f"import atexit, pathlib, sys; sys.argv = ['communique', '--version']; "
            f"atexit.register(lambda: pathlib.Path({str(marker)!r}).write_text('yes')); "
            "from communique.cli import console; console()")
    done = _run("-c", code)
    assert done.returncode == 0 and marker.read_text() == "yes"
