"""The topics stage takes the name counts of its first pass from the freq stage's pass 1 of the same
run (all documents, or the topic model's sample): the same topic tables, one read of the shards fewer."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from communique.run.engine import TRACE_VARIABLE
from communique.run.options import RunOptions
from communique.run.pipeline import run_analysis
from conftest import SEED


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Nine dated articles made of the seed's body paragraphs in rotation."""
    from communique import load_article

    seed = load_article(SEED)
    body = [seed.text[p.start:p.end] for p in seed.paragraphs if p.kind == "body"]
    folder = tmp_path_factory.mktemp("names") / "in"
    folder.mkdir()
    for i in range(9):
        text = f"Meeting {i}\n\n" + "\n\n".join(body[(i * 2 + k) % len(body)] for k in range(3 + i % 3)) + "\n"
        (folder / f"2019-0{1 + i % 5}-1{i}_meeting-{i}.txt").write_text(text, encoding="utf-8")
    return folder


def _topic_tables(corpus: Path, out: Path, topics: dict) -> dict[str, bytes]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_analysis([corpus], RunOptions(out=out, quiet=True, cache=False, report=False, jobs=1, batch_size=3,
                                          only=("tokens", "freq", "topics"), params={"topics": topics}))
    return {p.name: p.read_bytes() for p in sorted(out.glob("topic*.csv"))}


@pytest.mark.parametrize("topics", [{}, {"max_documents": 6}], ids=["all", "sample"])
def test_topics_reuses_freq_name_counts_with_the_same_tables(corpus, tmp_path, monkeypatch, topics):
    trace = tmp_path / "trace.jsonl"
    monkeypatch.setenv(TRACE_VARIABLE, str(trace))
    reused = _topic_tables(corpus, tmp_path / "reused", topics)
    labels = [json.loads(line)["label"] for line in trace.read_text("utf-8").splitlines()]
    assert "count_shard" in labels and "_phrase_counts" not in labels

    import communique.run.stages.freq as freq

    # Counts of other documents than the model's: topics counts its names itself, shard by shard.
    monkeypatch.setattr(freq, "_topics_sample", lambda ctx: frozenset({"no such document"}))
    trace.write_text("", "utf-8")
    counted = _topic_tables(corpus, tmp_path / "counted", topics)
    labels = [json.loads(line)["label"] for line in trace.read_text("utf-8").splitlines()]
    assert labels.count("_phrase_counts") == 3  # one per shard
    assert "topic_documents.csv" in reused and reused == counted
