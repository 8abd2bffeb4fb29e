"""The command line: help everywhere, one-line errors, exit statuses, run on the seed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from communique.cli.app import build_parser, main
from conftest import ROOT, SEED


def test_help_on_every_subcommand(capsys):
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    assert {"run", "tokens", "data"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as info:
            main([name, "--help"])
        assert info.value.code == 0
        assert "usage: communique" in capsys.readouterr().out


def test_python_dash_m_and_help_is_fast():
    out = subprocess.run([sys.executable, "-m", "communique", "--help"], capture_output=True, text=True, check=True)
    assert "run" in out.stdout
    # No heavy imports at start-up.
    code = "import sys, communique.cli.app; communique.cli.app.build_parser(); print(sorted(m for m in ('pandas','matplotlib','sklearn','nltk') if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"


def test_tokens_csv(capsys):
    assert main(["tokens", str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("doc_id,para,kind,sent,i,start,end,text")
    assert lines[1].split(",")[7] == "Kim"


def test_errors_are_one_line_with_status(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert main(["tokens", str(empty)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("communique: error:") and "empty.txt" in err[-1] and "empty file" in err[-1]
    assert main(["tokens", str(tmp_path / "missing.txt")]) == 2


def test_run_on_seed_writes_tables(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(ROOT / "seeds"), "--out", str(out), "--quiet"]) == 0
    import pandas as pd

    docs = pd.read_csv(out / "documents.csv")
    assert docs.loc[0, "title"].startswith("Kim Jong-un meets Vladimir Putin")
    assert docs.loc[0, "captions"] == 8


def test_run_refuses_output_inside_input(tmp_path):
    (tmp_path / "a.txt").write_text("T\n\nBody.")
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out")]) == 2


def test_run_records_bad_files_and_exits_1(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("Good\n\nEnvoys met in Geneva.")
    (src / "empty.txt").write_text("")
    out = tmp_path / "out"
    assert main(["run", str(src), "--out", str(out), "--quiet"]) == 1
    import pandas as pd

    errors = pd.read_csv(out / "errors.csv")
    assert list(errors["reason"]) == ["empty file"]
