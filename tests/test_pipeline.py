"""`communique run`: cache reuse, --force, byte-identical reruns, manifest, inputs never written."""

from __future__ import annotations

import hashlib
import json
import sys
import types
from pathlib import Path

import pytest

import communique.run.options as run_options
from communique.cli.app import main
from communique.run.options import RunOptions
from communique.run.pipeline import run_analysis
from conftest import ROOT

CALLS: list[str] = []


def _fake_stage(ctx) -> None:
    """Counts words, writes a table and a figure, shares a table and a fitted object."""
    import pandas as pd

    from communique.plots import new_axes

    CALLS.append("fake")
    tokens = ctx.tokens()
    words = tokens[tokens["is_alpha"]]
    counts = words["norm"].value_counts().rename_axis("term").reset_index(name="count")
    counts = counts.sort_values(["count", "term"], ascending=[False, True], kind="stable").head(ctx.options.top)
    ctx.save_table(counts, "top_terms")
    ctx.tables["top_terms"] = counts
    ctx.tables["model"] = types.SimpleNamespace(seed=ctx.options.seed)
    fig, ax = new_axes(figsize=(4, 2.5))
    ax.barh(counts["term"][::-1], counts["count"][::-1])
    ax.set_title("Most frequent words")
    ctx.save_figure(fig, "top-terms")
    ctx.summary["top terms"] = ", ".join(counts["term"].head(3))
    ctx.summary["distinct words"] = int(words["norm"].nunique())
    for _ in ctx.progress(ctx.shards, desc="fake"):
        pass


@pytest.fixture
def fake_stage(monkeypatch):
    module = types.ModuleType("communique.run.stages.fake")
    module.run = _fake_stage
    monkeypatch.setitem(sys.modules, "communique.run.stages.fake", module)
    monkeypatch.setattr(run_options, "STAGES", ("tokens", "fake"))
    CALLS.clear()
    return CALLS


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2020-01-02_talks.txt").write_text(
        "Envoys meet in Geneva\n\nEnvoys from Russia and Ukraine met in Geneva on Monday. Talks resume next week.\n")
    (folder / "2020-01-03_more.txt").write_text(
        "Talks resume\n\nThe talks resumed on Tuesday; envoys said the talks were useful.\n")
    return folder


def snapshot(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".cache" not in p.parts}


def run(inputs, out, **options):
    return run_analysis([str(p) for p in inputs], RunOptions(out=Path(out), **options))


def test_rerun_reuses_the_cache_and_changes_no_byte(fake_stage, corpus, tmp_path):
    before_inputs = snapshot(corpus)
    out = tmp_path / "out"
    first = run([corpus], out, quiet=True)
    files = snapshot(out)
    assert fake_stage == ["fake"] and first.cached_stages == []
    assert {"top_terms.csv", "top_terms.parquet", "top-terms.png", "top-terms.svg", "documents.csv",
            "report.html", "manifest.json"} <= set(files)
    second = run([corpus], out, quiet=True)
    assert fake_stage == ["fake"], "the stage ran again although nothing changed"
    assert second.cached_stages == ["tokens", "fake"]
    assert snapshot(out) == files
    # Restored tables, objects and summary are what the stage left.
    assert second.tables["top_terms"].equals(first.tables["top_terms"])
    assert "model" not in second.tables and second.incomplete == ["fake"]   # objects are never cached
    assert second.summary == first.summary
    # A fresh computation (folder removed, no cache) gives the same bytes too.
    import shutil

    shutil.rmtree(out)
    run([corpus], out, quiet=True, cache=False)
    assert snapshot(out) == files
    assert not (out / ".cache").exists()
    assert snapshot(corpus) == before_inputs and not any(corpus.glob(".*"))


def test_a_stage_after_one_restored_without_its_objects_gets_them(fake_stage, corpus, tmp_path, monkeypatch):
    """A fitted object is not cached; a later stage that must run sees it all the same."""
    seen = []
    later = types.ModuleType("communique.run.stages.later")
    later.run = lambda ctx: seen.append(ctx.tables["model"].seed)
    monkeypatch.setitem(sys.modules, "communique.run.stages.later", later)
    out = tmp_path / "out"
    run([corpus], out, quiet=True, only=("tokens", "fake"))
    monkeypatch.setattr(run_options, "STAGES", ("tokens", "fake", "later"))
    ctx = run([corpus], out, quiet=True)
    assert ctx.cached_stages == ["tokens", "fake"]
    assert fake_stage == ["fake", "fake"] and seen == [0]   # 'fake' ran again for its object


def test_force_changed_inputs_and_parameters_recompute(fake_stage, corpus, tmp_path):
    out = tmp_path / "out"
    run([corpus], out, quiet=True)
    run([corpus], out, quiet=True, force=True)
    assert fake_stage == ["fake", "fake"]
    run([corpus], out, quiet=True, top=2)
    assert fake_stage == ["fake"] * 3
    assert len(json.loads((out / "manifest.json").read_text())["outputs"]) > 0
    import pandas as pd

    assert len(pd.read_csv(out / "top_terms.csv")) == 2
    (corpus / "2020-01-03_more.txt").write_text("Talks end\n\nThe talks ended on Friday.\n")
    ctx = run([corpus], out, quiet=True, top=2)
    assert fake_stage == ["fake"] * 4 and ctx.cached_stages == []


def test_manifest_records_inputs_versions_parameters_and_outputs(fake_stage, corpus, tmp_path):
    out = tmp_path / "out"
    run([corpus], out, quiet=True, top=5, seed=3, params={"fake": {"alpha": 0.5}})
    manifest = json.loads((out / "manifest.json").read_text())
    files = {f["path"]: f["sha256"] for f in manifest["inputs"]["files"]}
    expected = hashlib.sha256((corpus / "2020-01-02_talks.txt").read_bytes()).hexdigest()
    assert files[f"{corpus.as_posix()}/2020-01-02_talks.txt"] == expected
    assert manifest["parameters"]["top"] == 5 and manifest["random_seeds"] == {"random_state": 3}
    assert manifest["parameters"]["params"] == {"fake": {"alpha": 0.5}}
    assert manifest["stages"] == ["tokens", "fake"]
    assert {"pandas", "matplotlib", "python", "communique"} <= set(manifest["versions"])
    outputs = {o["path"]: o["sha256"] for o in manifest["outputs"]}
    assert outputs["report.html"] == hashlib.sha256((out / "report.html").read_bytes()).hexdigest()
    assert "manifest.json" not in outputs
    text = (out / "manifest.json").read_text()
    assert "time" not in json.dumps(manifest["parameters"]) and "2026" not in text  # no wall clock


def test_outputs_a_run_no_longer_writes_are_removed(fake_stage, corpus, tmp_path):
    out = tmp_path / "out"
    run([corpus], out, quiet=True)
    (out / "notes.txt").write_text("mine")           # not ours: kept
    run([corpus], out, quiet=True, only=("tokens",))
    assert not (out / "top_terms.csv").exists() and not (out / "top-terms.svg").exists()
    assert (out / "documents.csv").exists() and (out / "notes.txt").read_text() == "mine"


def test_output_or_cache_inside_an_input_is_refused(fake_stage, corpus, tmp_path):
    with pytest.raises(ValueError, match="inside input"):
        run([corpus], corpus / "out", quiet=True)
    with pytest.raises(ValueError, match="cache folder"):
        run([corpus], tmp_path / "out", quiet=True, cache_dir=corpus / ".cache")
    assert sorted(p.name for p in corpus.iterdir()) == ["2020-01-02_talks.txt", "2020-01-03_more.txt"]


def test_progress_bar_only_when_asked_or_on_a_terminal(fake_stage, corpus, tmp_path, capsys):
    run([corpus], tmp_path / "a")                       # stderr is not a terminal under pytest
    assert capsys.readouterr().err == ""
    run([corpus], tmp_path / "b", progress=True, force=True)
    err = capsys.readouterr().err
    assert "loading" in err and "tokenising" in err and "fake" in err
    run([corpus], tmp_path / "c", progress=True, quiet=True)
    assert capsys.readouterr().err == ""


def test_cli_summary_lists_counts_figures_cache_and_errors(fake_stage, corpus, tmp_path, capsys):
    (corpus / "empty.txt").write_text("")
    out = tmp_path / "out"
    assert main(["run", str(corpus), "--out", str(out)]) == 1
    text = capsys.readouterr().out
    assert "2 document(s)" in text and "1 figure(s)" in text and "report.html" in text
    assert "errors" in text and "empty.txt: empty file" in text
    assert "0 of 2 stage(s) reused" in text
    assert main(["run", str(corpus), "--out", str(out)]) == 1
    assert "2 of 2 stage(s) reused" in capsys.readouterr().out
    assert main(["run", str(corpus), "--out", str(out), "--force"]) == 1
    assert "0 of 2 stage(s) reused" in capsys.readouterr().out


@pytest.mark.slow
def test_whole_analysis_of_the_seed_is_byte_identical_on_rerun(tmp_path):
    """Every stage, twice into one folder (the second from the cache) and once afresh elsewhere."""
    import shutil

    from communique.run.cache import code_fingerprint

    code_before = code_fingerprint()
    out = tmp_path / "figures"
    assert main(["run", str(ROOT / "seeds"), "--out", str(out), "--quiet"]) == 0
    manifest = json.loads((out / "manifest.json").read_text())
    files = snapshot(out)
    assert {"report.html", "manifest.json", "documents.csv"} <= set(files)
    assert any(name.endswith(".svg") for name in files) and any(name.endswith(".png") for name in files)
    assert main(["run", str(ROOT / "seeds"), "--out", str(out), "--quiet"]) == 0
    assert snapshot(out) == files
    shutil.rmtree(out)
    assert main(["run", str(ROOT / "seeds"), "--out", str(out), "--quiet", "--no-cache"]) == 0
    fresh = snapshot(out)
    assert set(fresh) == set(files)
    changed = sorted(k for k in files if fresh.get(k) != files[k])
    if code_fingerprint() != code_before and changed == ["manifest.json"]:
        # Someone edited communique's code during the test: only the recorded code hash may differ.
        again = json.loads((out / "manifest.json").read_text())
        assert {k: v for k, v in again.items() if k != "code_sha256"} == {
            k: v for k, v in manifest.items() if k != "code_sha256"}
        changed = []
    assert not changed, f"not byte-identical when recomputed: {changed}"


def test_drawing_stages_are_the_stages_that_save_figures():
    """The drawer is forked at a run's start only for the stages that draw (run/pipeline.py DRAWING_STAGES)."""
    import importlib
    import inspect

    from communique.run.options import STAGES
    from communique.run.pipeline import DRAWING_STAGES

    modules = {"freq": ["freq", "freq_parts"]}
    for name in STAGES:
        source = "".join(inspect.getsource(importlib.import_module(f"communique.run.stages.{m}"))
                         for m in modules.get(name, [name]))
        assert (("ctx.plot(" in source) or ("ctx.save_figure(" in source)) == (name in DRAWING_STAGES), name
