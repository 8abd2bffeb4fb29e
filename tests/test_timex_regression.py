"""The timexes of ~300 real BBC and UNGDC documents and of a spread of TempEval-3 TBAQ documents against
stored digests, and of the project's own development sets in ``benchmarks/timex_*`` (issue 19: the tagger
may get faster, never different). Skips without ../shared/corpora.

``tests/timex_regression.json`` holds, per document id, its length, timex count and sha1 digests of its
timex table (every column of ``find_timexes``: offsets, text, type, value, mod, anchor) as tagged with
genre ``auto`` (what the analysis uses) and with genre ``narrative`` (the story's own moving reference
time, so that machinery is guarded on real text too); never the text. When a change to the RULES is
meant to change timexes, regenerate it and say so in the commit:

    PYTHONPATH=src python tests/test_timex_regression.py --update
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import CORPORA, chosen, needs_corpora, sampled_articles  # noqa: E402

DIGESTS = Path(__file__).resolve().parent / "timex_regression.json"
TBAQ = ("tempeval3/tbaq", 4)  # TimeML files; their DCT is the document's own
#: the project's own development sets (history passages and wire news written for it), every document
BENCH_SETS = ("timex_narrative", "timex_narrative_long", "timex_news")
BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
GENRES = ("auto", "narrative")


def _documents():
    """(key, text, dct) of every sampled document, in a fixed order."""
    from communique.timex import read_timeml_dir

    for article in sampled_articles():
        yield article.id, article.text, article.dct
    folder, every = TBAQ
    if (CORPORA / folder).is_dir():
        for doc in read_timeml_dir(CORPORA / folder):
            key = "tbaq/" + doc.doc_id
            if chosen(key, every):
                yield key, doc.text, doc.dct or None
    for name in BENCH_SETS:
        for doc in read_timeml_dir(BENCHMARKS / name):
            yield f"{name}/{doc.doc_id}", doc.text, doc.dct or None


def _digest(key: str, text: str, dct) -> dict:
    from communique.timex import find_timexes

    out: dict = {"chars": len(text)}
    for genre in GENRES:
        table = find_timexes(text, dct, doc_id=key, genre=genre)
        out[genre] = len(table)
        out[genre + "_sha1"] = hashlib.sha1(table.to_csv(index=False).encode()).hexdigest()
    return out


@needs_corpora
def test_timexes_match_the_stored_digests():
    stored = json.loads(DIGESTS.read_text(encoding="utf-8"))
    seen, changed = 0, []
    for key, text, dct in _documents():
        want = stored.get(key)
        if want is None or want["chars"] != len(text):
            continue  # a document added to or changed in the corpus since the digests were made
        seen += 1
        got = _digest(key, text, dct)
        if got != want:
            changed.append(f"{key}: " + ", ".join(f"{g} {want[g]} -> {got[g]} timexes" for g in GENRES
                                                  if got[g + '_sha1'] != want[g + '_sha1']))
    if seen < len(stored) // 2:
        pytest.skip(f"only {seen} of {len(stored)} stored documents found in ../shared/corpora")
    assert not changed, f"{len(changed)} of {seen} documents changed:\n" + "\n".join(changed[:20])
    assert seen >= 250


def _update() -> None:
    table = {key: _digest(key, text, dct) for key, text, dct in _documents()}
    DIGESTS.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(table)} documents, {sum(d['auto'] for d in table.values())} timexes (auto) -> {DIGESTS}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        _update()
