"""Outputs: atomic writes, formula-safe CSV, safe file names, deterministic figures."""

from __future__ import annotations

import pandas as pd
import pytest

from communique.output import atomic_write_text, check_output_name, safe_filename, write_table


def test_csv_cells_that_spreadsheets_would_run_are_neutralised(tmp_path):
    table = pd.DataFrame({"text": ["=HYPERLINK(\"x\")", "+1", "-cmd", "@SUM(A1)", "plain"], "n": [-1, 2, 3, 4, 5]})
    write_table(table, tmp_path, "cells")
    back = pd.read_csv(tmp_path / "cells.csv")
    assert back["text"].tolist() == ["'=HYPERLINK(\"x\")", "'+1", "'-cmd", "'@SUM(A1)", "plain"]
    assert back["n"].tolist() == [-1, 2, 3, 4, 5]  # numbers stay numbers
    # Parquet keeps the exact values for programs.
    assert pd.read_parquet(tmp_path / "cells.parquet")["text"].tolist()[0] == "=HYPERLINK(\"x\")"


@pytest.mark.parametrize("name", ["../x", "a/b", ".hidden", "NUL", "con.txt", "a b", ""])
def test_unsafe_output_names_are_refused(tmp_path, name):
    with pytest.raises(ValueError, match="unsafe output name"):
        write_table(pd.DataFrame({"a": [1]}), tmp_path, name)
    assert check_output_name(safe_filename(name))


def test_failed_write_leaves_previous_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    atomic_write_text(target, "old")
    import os

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]  # no temp file left behind


def test_figures_are_byte_identical_on_rerun(tmp_path):
    from communique.plots import new_axes, save_figure

    def draw():
        fig, ax = new_axes()
        ax.barh(["korea", "russia"], [10, 8])
        ax.set_title("Top terms")
        return fig

    first = save_figure(draw(), tmp_path / "a", "bars")
    second = save_figure(draw(), tmp_path / "b", "bars")
    for one, two in zip(first, second):
        assert one.read_bytes() == two.read_bytes()
    assert b"<dc:date>" not in (tmp_path / "a" / "bars.svg").read_bytes()


def test_outputs_get_normal_permissions(tmp_path):
    import os
    import stat

    path = atomic_write_text(tmp_path / "shared.txt", "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
