"""Corpus-scale counting: same counts for any batching, number of processes or engine."""

from __future__ import annotations

import warnings
from collections import Counter

import pytest

from communique.run.count import PartialCounts, count_batch, count_corpus, to_payload
from communique.text.tokens import tokenise_many
from conftest import CORPORA, SEED, needs_corpora

TEXTS = [
    "Sanctions hurt. The sanctions remain, and talks resume.",
    "Kim met Putin. Kim thanked Putin for the talks.",
    "Talks ended abruptly -- sanctions stayed.",
] * 7


def test_counts_agree_with_the_tokens_table():
    counts = count_corpus(TEXTS, jobs=1, batch_size=4)
    table = tokenise_many(TEXTS)
    words = table[~table["is_punct"] & ~table["is_stop"]]
    assert counts.terms == Counter(words["norm"])
    assert counts.tokens == int((~table["is_punct"]).sum())
    assert counts.documents == len(TEXTS)
    assert counts.doc_freq["kim"] == 7 and counts.terms["kim"] == 14


def test_batching_and_processes_do_not_change_results():
    one = count_corpus(TEXTS, jobs=1, batch_size=100)
    for jobs, size in [(1, 1), (2, 2), (2, 5)]:
        other = count_corpus(TEXTS, jobs=jobs, batch_size=size)
        assert (other.terms, other.doc_freq, other.tokens, other.bytes) == (one.terms, one.doc_freq, one.tokens, one.bytes)
    assert one.table(3)["term"].tolist() == ["sanctions", "talks", "kim"]


def test_merge_is_associative():
    payloads = [to_payload(t, i) for i, t in enumerate(TEXTS[:6])]
    a, b, c = (count_batch(payloads[i : i + 2]) for i in (0, 2, 4))
    left = PartialCounts().merge(a).merge(b).merge(c)
    right = PartialCounts().merge(c).merge(PartialCounts().merge(b).merge(a))
    assert left == right


def test_articles_count_only_content(seed_article):
    counts = count_corpus([seed_article], jobs=1)
    assert "getty" not in counts.terms and "photo" not in counts.terms
    assert counts.top(4) == [("north", 10), ("russia", 10), ("korea", 8), ("meeting", 8)]


@pytest.mark.slow
def test_dask_local_cluster_gives_identical_counts():
    pytest.importorskip("dask.distributed")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        local = count_corpus(TEXTS, jobs=1, batch_size=3)
        dask = count_corpus(TEXTS, jobs=2, engine="dask", batch_size=3)
    assert (dask.terms, dask.doc_freq, dask.tokens, dask.documents) == (local.terms, local.doc_freq, local.tokens, local.documents)


@needs_corpora
def test_bbc_counts_identical_with_one_and_two_jobs():
    from communique import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        one = count_corpus(load_corpus(CORPORA / "bbc" / "politics", errors=[]), jobs=1)
        two = count_corpus(load_corpus(CORPORA / "bbc" / "politics", errors=[]), jobs=2, batch_size=50)
    assert one.terms == two.terms and one.documents == two.documents == 417


def test_cli_count(capsys):
    from communique.cli.app import main

    assert main(["count", str(SEED), "--jobs", "1", "--format", "csv", "--top", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "term,count,per_10k,doc_freq"
    assert [line.split(",")[0] for line in out[1:4]] == ["north", "russia", "korea"]


def test_count_files_reads_in_workers_and_records_bad_files(tmp_path):
    from communique import load_corpus
    from communique.run.count import count_files

    for i, text in enumerate(TEXTS[:9]):
        (tmp_path / f"2020-01-{i + 1:02d}_doc{i}.txt").write_text(f"Title {i}\n\n{text}")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "rows.jsonl").write_text('{"id": "r1", "text": "Kim met Putin."}\n')
    reference = count_corpus(load_corpus(tmp_path, errors=[]), jobs=1)
    for jobs, size in [(1, 100), (2, 2)]:
        counts = count_files([tmp_path], jobs=jobs, batch_size=size)
        assert (counts.terms, counts.doc_freq, counts.documents) == (reference.terms, reference.doc_freq, 10)
        assert [(p.split("/")[-1], sev) for p, sev, _ in counts.errors] == [("empty.txt", "error")]
