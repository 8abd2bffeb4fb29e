"""The events and actor mentions of ~300 real BBC and UNGDC documents against stored digests (issue 19: the
scanner may get faster, never different). Skips without ../shared/corpora.

``tests/events_regression.json`` holds, per document id, its length, event count and sha1 digests of its
events table (every column) and of its actor mentions; never the text. When a change to the RULES is meant
to change events, regenerate it and say so in the commit:

    PYTHONPATH=src python tests/test_events_regression.py --update
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import CORPORA, needs_corpora, sampled_articles  # noqa: E402

DIGESTS = Path(__file__).resolve().parent / "events_regression.json"
def _digest(article) -> dict:
    from communique.events import extract_events
    from communique.events.actors import scan_text

    events = extract_events(article)
    mentions, persons = scan_text(article.text, article.dct)
    return {"chars": len(article.text), "events": len(events),
            "events_sha1": hashlib.sha1(events.to_csv(index=False).encode()).hexdigest(),
            "mentions_sha1": hashlib.sha1(repr((mentions, sorted(persons.items()))).encode()).hexdigest()}


@needs_corpora
def test_events_and_mentions_match_the_stored_digests():
    stored = json.loads(DIGESTS.read_text(encoding="utf-8"))
    seen, changed = 0, []
    for article in sampled_articles():
        want = stored.get(article.id)
        if want is None or want["chars"] != len(article.text):
            continue  # a document added to or changed in the corpus since the digests were made
        seen += 1
        got = _digest(article)
        if got != want:
            changed.append(f"{article.id}: {want['events']} -> {got['events']} events"
                           + (", mentions differ" if got["mentions_sha1"] != want["mentions_sha1"] else ""))
    if seen < len(stored) // 2:
        pytest.skip(f"only {seen} of {len(stored)} stored documents found in ../shared/corpora")
    assert not changed, f"{len(changed)} of {seen} documents changed:\n" + "\n".join(changed[:20])
    assert seen >= 250


def _update() -> None:
    table = {a.id: _digest(a) for a in sampled_articles()}
    DIGESTS.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(table)} documents, {sum(d['events'] for d in table.values())} events -> {DIGESTS}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        _update()
