"""The events development set's label file is well formed (it asserts no score).

Codes are CAMEO codebook codes, actors are valid codes, dates are TIMEX3 values, ids are unique, and
(when ../shared/corpora is present) every corpus item resolves to the text its sha1 names.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from conftest import CORPORA, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import events_devset  # noqa: E402

TIMEX_DATE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|SP|SU|FA|WI|Q[1-4]|H[12]))?$")


@pytest.fixture(scope="module")
def records():
    return events_devset.load_items()


def test_items_are_well_formed(records):
    assert len(records) >= 400
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for r in records:
        assert r["corpus"] in events_devset.CORPORA_NAMES, r["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["dct"]), r["id"]
        assert 0 <= r["start"] < r["end"] and len(r["sha1"]) == 40, r["id"]
        if r["corpus"] in events_devset.STORED_TEXT:
            assert r["text"] and r["end"] == len(r["text"]) and events_devset.sha1(r["text"]) == r["sha1"], r["id"]
        else:
            assert "text" not in r, f"{r['id']}: corpus text must not be stored"
            assert r["ref"] is not None, r["id"]


def test_events_use_codebook_codes_actors_and_timex_dates(records):
    codes, actors = events_devset.codebook(), events_devset.valid_actors()
    for r in records:
        for e in r["events"]:
            assert set(e) <= {"source", "target", "root", "code", "date", "speculative"}, r["id"]
            assert e["code"] in codes, f"{r['id']}: {e['code']} is not a CAMEO code"
            assert e["root"] == e["code"][:2], r["id"]
            assert e["source"] in actors, f"{r['id']}: source {e['source']!r}"
            assert e["target"] == "" or e["target"] in actors, f"{r['id']}: target {e['target']!r}"
            assert TIMEX_DATE.match(e["date"]), f"{r['id']}: date {e['date']!r}"


def test_every_source_has_items_and_some_have_no_event(records):
    by_corpus = {name: [r for r in records if r["corpus"] == name] for name in events_devset.CORPORA_NAMES}
    assert all(by_corpus.values())
    assert sum(not r["events"] for r in records) >= 100  # precision needs items with no event


def test_scorer_matches_undirected_and_null_targets():
    E, item = events_devset.Event, events_devset.Item
    gold = (E("USA", "CHN", "040", "2024"), E("RUS", "", "138", "2024"), E("FRA", "DEU", "042", "2024"))
    items = [item("x", "written", "", "2024-01-01", gold)]
    pred = {"x": [E("CHN", "USA", "042", "2024"), E("RUS", "UKR", "138", "2024"), E("DEU", "FRA", "042", "2024")]}
    result = events_devset.score(items, pred)
    assert (result["tp"], result["gold"], result["pred"]) == (1, 3, 3)  # only the undirected 040 swaps
    assert result["code3_accuracy"] == 0.0 and result["date_accuracy"] == 1.0


@pytest.mark.skipif(not CORPORA.is_dir() and events_devset.corpora_root() is None,
                    reason="../shared/corpora is absent (offsets and sha1 are checked against it)")
def test_corpus_items_resolve(records):
    items, skipped = events_devset.resolve(records)
    assert not skipped, skipped[:5]
    assert len(items) == len(records)


def test_stored_batches_keep_their_id_prefix_and_size(records):
    """Each stored batch keeps its own id prefix (build.py STORED), so a batch can be scored alone by --ids;
    the multi-sentence batches hold 30 stories each (wire4 q:1-30, wire5 r:1-30)."""
    prefixes = {"blind": "b:", "wire": "n:", "wire2": "m:", "wire3": "p:", "wire4": "q:", "wire5": "r:", "single": "s:", "probe": "v:"}
    for r in records:
        if r["corpus"] in prefixes:
            assert r["id"].startswith(prefixes[r["corpus"]]), r["id"]
    for name, prefix in (("wire4", "q:"), ("wire5", "r:")):
        ids = sorted(int(r["id"][2:]) for r in records if r["corpus"] == name)
        assert ids == list(range(1, 31)), name
        assert all("\n" in r["text"] and r["text"].count(". ") >= 1 for r in records if r["corpus"] == name), name
