"""The freq, kwic, collocations and keyness subcommands."""

from __future__ import annotations

import json

from communique.cli.app import main
from conftest import SEED


def test_freq_table_csv_json(capsys):
    assert main(["freq", str(SEED), "--top", "5"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["term", "count", "rel_freq", "per_10k", "docs"] and len(out) == 6
    assert main(["freq", str(SEED), "--top", "3", "--format", "csv", "--by", "stem"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "term,count,rel_freq,per_10k,docs"
    assert main(["freq", str(SEED), "--top", "4", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["term"] for r in rows} >= {"north", "russia"}


def test_freq_phrases_ngrams_tfidf(capsys):
    assert main(["freq", str(SEED), "--phrases", "--top", "0", "--format", "csv"]) == 0
    assert "\nnorth korea,8," in capsys.readouterr().out
    assert main(["freq", str(SEED), "--ngram", "2", "--top", "1", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("north korea,2,8,")
    assert main(["freq", str(SEED), "--tfidf", "--top", "1", "--format", "jsonl"]) == 0
    assert '"tfidf"' in capsys.readouterr().out


def test_kwic_prints_aligned_lines_with_offsets(capsys):
    assert main(["kwic", str(SEED), "sanctions", "--width", "20"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("4 occurrence(s)")
    assert ":1895-1904" in lines[1]
    columns = {line.index(" sanctions") for line in lines[1:] if ":" in line}
    assert len(lines) == 5
    assert main(["kwic", str(SEED), "north korea", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 9
    del columns


def test_collocations_and_keyness(capsys):
    assert main(["collocations", str(SEED), "--top", "5", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].startswith("north korea,8,")
    assert main(["keyness", str(SEED), "--top", "5", "--format", "csv"]) == 0  # against wordfreq
    rows = capsys.readouterr().out.splitlines()
    assert rows[1].startswith("russia,10,") and len(rows) == 6


def test_keyness_against_brown(capsys, nltk_data):
    assert main(["keyness", str(SEED), "--reference", "brown", "--top", "5", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[1].startswith("kim,7,0,") and len(rows) == 6


def test_keyness_against_brown_without_it_says_how_to_fetch_it(capsys, no_nltk_data):
    from communique.words.keywords import brown_counts

    brown_counts.cache_clear()
    assert main(["keyness", str(SEED), "--reference", "brown"]) == 2
    assert "communique data download brown" in capsys.readouterr().err


def test_keyness_errors(capsys, tmp_path):
    assert main(["keyness", str(SEED), "--reference", str(tmp_path / "missing")]) == 2
    assert "no reference document" in capsys.readouterr().err
    assert main(["keyness", str(SEED), "--reference", str(SEED)]) == 2  # the reference is the input itself
