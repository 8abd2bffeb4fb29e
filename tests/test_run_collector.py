"""A run freezes what exists before its loading (the collector's passes during the loading's imports
walked every object loaded before them) and leaves the caller's collector as it found it: nothing
frozen, the same thresholds, enabled."""

from __future__ import annotations

import gc
import warnings

from communique.run.options import RunOptions
from communique.run.pipeline import run_analysis


def test_a_run_leaves_the_collector_as_it_was(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2024-05-02_envoys-meet.txt").write_text(
        "Envoys meet in Geneva\n\nThe two envoys met in Geneva on Tuesday and agreed to talk again in June.\n",
        encoding="utf-8")
    thresholds = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ctx = run_analysis([folder], RunOptions(out=tmp_path / "out", quiet=True, cache=False, report=False,
                                                jobs=1, only=("tokens",)))
    assert ctx.n_documents == 1
    assert gc.isenabled()
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() == frozen == 0
