"""Tests for communique.timex.timeml: TimeML reading/writing and the TempEval-3 scorer."""

from __future__ import annotations

import pytest

from communique.timex.timeml import (GoldTimex, evaluate, format_scores, parse_timeml, read_timeml,
                               score_timexes, write_timeml)

from conftest import CORPORA

TBAQ = CORPORA / "tempeval3" / "tbaq"  # ../shared from the main checkout or a worktree
needs_tbaq = pytest.mark.skipif(not TBAQ.is_dir(), reason=f"TempEval-3 TBAQ corpus not found at {TBAQ}")

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>ABC19980807.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Not scored</TITLE>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> in A&amp;B &lt;town&gt;,
<TIMEX3 tid="t2" type="DURATION" value="PT2H" mod="APPROX">about two hours</TIMEX3> apart.
</TEXT>
</TimeML>
"""


def test_parse_offsets_and_attributes():
    doc = parse_timeml(DOC)
    assert doc.doc_id == "ABC19980807.0001" and doc.dct == "1998-08-07"
    assert doc.text == "\nBombs exploded Friday in A&B <town>,\nabout two hours apart.\n"
    assert [(g.text, g.type, g.value, g.mod) for g in doc.timexes] == [
        ("Friday", "DATE", "1998-08-07", ""), ("about two hours", "DURATION", "PT2H", "APPROX")]
    assert all(doc.text[g.start:g.end] == g.text for g in doc.timexes)


def test_write_round_trip_keeps_text_identical():
    doc = parse_timeml(DOC)
    out = write_timeml(doc.text, doc.timexes, dct=doc.dct, doc_id=doc.doc_id)
    again = parse_timeml(out)
    assert again.text == doc.text
    assert again.dct == doc.dct and again.doc_id == doc.doc_id
    assert [(g.start, g.end, g.value, g.mod) for g in again.timexes] == \
        [(g.start, g.end, g.value, g.mod) for g in doc.timexes]
    assert "&amp;B &lt;town&gt;" in out


def test_write_skips_overlaps():
    recs = [{"start": 0, "end": 5, "type": "DATE", "value": "2019"},
            {"start": 2, "end": 7, "type": "DATE", "value": "2020"}]
    assert len(parse_timeml(write_timeml("abcdefgh", recs)).timexes) == 1


def test_read_file(tmp_path):
    p = tmp_path / "x.tml"
    p.write_text(DOC, encoding="utf-8")
    assert read_timeml(p).timexes[0].value == "1998-08-07"


def g(start, end, value="2019", typ="DATE"):
    return GoldTimex(start, end, "", typ, value)


def test_scorer_hand_computed():
    gold = {"d1": [g(0, 6), g(10, 20, "P2Y", "DURATION"), g(30, 35)], "d2": [g(0, 4, "2018")]}
    system = {
        "d1": [g(0, 6),                             # strict, type and value right
               g(12, 20, "P3Y", "DURATION"),        # relaxed only, type right, value wrong
               g(40, 45)],                          # spurious
        "d2": [g(0, 4, "2018", "TIME")],            # strict, type wrong, value right
    }
    r = score_timexes(gold, system)
    assert (r["n_gold"], r["n_system"], r["relaxed_matches"], r["strict_matches"]) == (4, 4, 3, 2)
    assert r["relaxed_p"] == r["relaxed_r"] == r["relaxed_f1"] == 0.75
    assert r["strict_f1"] == 0.5
    assert r["type_acc"] == pytest.approx(2 / 3) and r["value_acc"] == pytest.approx(2 / 3)
    assert r["value_f1"] == pytest.approx(0.5)


def test_scorer_pairs_each_gold_once():
    gold = {"d": [g(0, 10)]}
    system = {"d": [g(0, 4), g(5, 10)]}
    r = score_timexes(gold, system)
    assert r["relaxed_matches"] == 1 and r["relaxed_p"] == 0.5 and r["relaxed_r"] == 1.0


def test_format_scores_has_one_row_per_corpus():
    r = score_timexes({"d": [g(0, 4)]}, {"d": [g(0, 4)]})
    lines = format_scores({"TimeBank": r, "all": r}).splitlines()
    assert len(lines) == 3 and lines[0].startswith("corpus") and "value F1" in lines[0]
    assert lines[2].split()[-1] == "100.0"


@needs_tbaq
def test_tbaq_reads_whole_corpus():
    from communique.timex.timeml import read_timeml_dir

    docs = read_timeml_dir(TBAQ)
    assert len(docs) == 256
    assert sum(len(d.timexes) for d in docs) == 1822  # the DCT is not counted
    assert all(d.dct for d in docs)


@needs_tbaq
def test_tbaq_acceptance():
    scores = evaluate(TBAQ)
    assert set(scores) == {"AQUAINT", "TimeBank", "all"}
    assert scores["all"]["relaxed_f1"] >= 0.90
    assert scores["all"]["value_f1"] >= 0.80
