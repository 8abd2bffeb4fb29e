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


def test_a_figure_is_laid_out_once_and_drawn_once_per_format(tmp_path, monkeypatch):
    """One constrained-layout pass and one tight bbox for both formats: no extra draw in savefig."""
    import re

    from matplotlib.figure import Figure
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    from communique.plots import new_axes, save_figure

    calls = {"draw": 0, "layout": 0}
    draw, execute = Figure.draw, ConstrainedLayoutEngine.execute

    def counted_draw(self, renderer):
        calls["draw"] += 1
        return draw(self, renderer)

    def counted_execute(self, fig):
        calls["layout"] += 1
        return execute(self, fig)

    monkeypatch.setattr(Figure, "draw", counted_draw)
    monkeypatch.setattr(ConstrainedLayoutEngine, "execute", counted_execute)
    fig, ax = new_axes()
    ax.barh(["korea", "russia"], [10, 8])
    ax.set_title("Top terms")
    ax.set_xlabel("occurrences")
    png, svg = save_figure(fig, tmp_path / "a", "bars")
    assert calls == {"draw": 2, "layout": 1}
    # The two formats share the bbox: the SVG (points) is the PNG (pixels at 150 dpi) in size.
    width, height = (float(v) for v in re.search(rb'width="([\d.]+)pt" height="([\d.]+)pt"', svg.read_bytes()).groups())
    png_height, png_width = _png_size(png)
    assert abs(width / 72 * 150 - png_width) <= 1 and abs(height / 72 * 150 - png_height) <= 1
    # Saved again, the frozen layout gives the same bytes.
    again = save_figure(fig, tmp_path / "b", "bars")
    assert [p.read_bytes() for p in again] == [png.read_bytes(), svg.read_bytes()]
    assert calls == {"draw": 4, "layout": 1}


def _png_size(path) -> tuple[int, int]:
    """(height, width) from a PNG's header."""
    data = path.read_bytes()
    return int.from_bytes(data[20:24], "big"), int.from_bytes(data[16:20], "big")


def test_outputs_get_normal_permissions(tmp_path):
    import os
    import stat

    path = atomic_write_text(tmp_path / "shared.txt", "x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask
