"""`communique run` progress: totals from the first update, a bar per stage, a line per finished
stage with elapsed time and time left, and silence on stderr when progress is off."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.run.options import RunOptions
from communique.run.pipeline import run_analysis

# Sentences of our own: six short dated reports, enough documents for the topic model.
TEXTS = [
    "Envoys meet in Geneva\n\nEnvoys from Russia and Ukraine met in Geneva on Monday. Talks resume next week.\n",
    "Talks resume\n\nThe talks resumed on Tuesday; envoys said the talks were useful.\n",
    "Trade deal signed\n\nChina and Brazil signed a trade deal on grain exports in Beijing.\n",
    "Sanctions widened\n\nThe union widened sanctions on banks and oil exports after the vote.\n",
    "Grain exports rise\n\nGrain exports from the port rose as the trade deal took effect.\n",
    "Banks face sanctions\n\nBanks said the sanctions would cut oil revenue and trade.\n",
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for day, text in enumerate(TEXTS, start=1):
        (folder / f"2020-01-{day:02d}_report.txt").write_text(text, encoding="utf-8")
    return folder


def _run(corpus: Path, out: Path, **options):
    return run_analysis([str(corpus)], RunOptions(out=out, cache=False, report=False, batch_size=2, **options))


def test_progress_shows_totals_from_the_start_and_a_line_per_stage(corpus, tmp_path, capsys):
    ctx = _run(corpus, tmp_path / "out", progress=True)
    err = capsys.readouterr().err
    assert ctx.n_documents == len(TEXTS)
    # The loading bar counts documents, and its first update already shows the total.
    updates = [u for u in re.split(r"[\r\n]", err) if u.startswith("loading and tokenising")]
    first = re.search(r" (\d+)/(\d+) ", updates[0]) if updates else None
    assert first is not None, err
    assert first.group(1) == "0" and first.group(2) == str(len(TEXTS))
    # Stages that map over the shards tick by documents too, with the total shown.
    assert re.search(rf"/{len(TEXTS)} \[", err) or f"/{len(TEXTS)}" in err
    # The topic model's fits have their own bar, with its total known before the first fit.
    updates = [u for u in re.split(r"[\r\n]", err) if u.startswith("topics: fitting candidate models")]
    topics = re.search(r" 0/(\d+) ", updates[0]) if updates else None
    assert topics is not None and int(topics.group(1)) > 1, err
    # One line per finished stage: its time, the elapsed time and the time left.
    for stage in ("tokens", "freq", "topics", "timeline"):
        assert re.search(rf"communique: {stage} done in \d+\.\d s, elapsed \d+ s", err), (stage, err)
    assert re.search(r"communique: tokens done in .*about \d+ s left", err)
    assert "communique: timeline done in" in err and "all stages done" in err
    assert "communique: loaded 6 document(s)" in err


def test_no_progress_prints_nothing_to_stderr(corpus, tmp_path, capsys):
    _run(corpus, tmp_path / "off", progress=False)
    assert capsys.readouterr().err == ""
    _run(corpus, tmp_path / "quiet", progress=True, quiet=True)  # --quiet wins over progress
    assert capsys.readouterr().err == ""


def test_outputs_do_not_depend_on_progress(corpus, tmp_path, capsys):
    import hashlib

    def snapshot(folder: Path) -> dict[str, str]:
        return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "manifest.json"}

    _run(corpus, tmp_path / "a", progress=True, only=("tokens", "freq"))
    _run(corpus, tmp_path / "b", progress=False, only=("tokens", "freq"))
    assert snapshot(tmp_path / "a") == snapshot(tmp_path / "b")
