"""Build items.jsonl from labels.txt (the editable annotation) and the seeded sample of the corpora.

    PYTHONPATH=src python benchmarks/events_dev/build.py

labels.txt (with blind.txt, the blind single-sentence set, and wire.txt, headline + lead pairs) is the source a linguist edits; items.jsonl is what the scorer and the test read. Corpus
items get their offsets, sha1 and DCT from sample.py (needs ../shared/corpora); written items keep
their text whole. Corpus text never enters items.jsonl.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import sample  # noqa: E402  (sibling script)

_EVENT = re.compile(r"^(\?)?(\S+)>(\S+) (\d{3,4}) (\S+)$")


def parse_events(field: str, dct: str) -> list[dict]:
    """'USA>RUS 042 @ ; ?FRA>- 163 2024-05' -> event dicts ('-' target is null, '@' date is the DCT)."""
    field = field.strip()
    if field == "-":
        return []
    events = []
    for part in field.split(" ; "):
        m = _EVENT.match(part.strip())
        if not m:
            raise ValueError(f"bad event {part!r}")
        spec, source, target, code, date = m.groups()
        event = {"source": source, "target": "" if target == "-" else target, "root": code[:2], "code": code,
                 "date": dct if date == "@" else date}
        if spec:
            event["speculative"] = True
        events.append(event)
    return events


#: id prefix of a stored-text item -> its corpus (w: sentences written for rare codes and classes;
#: b: the blind single-sentence set of blind.txt, labelled before the coder was run on it;
#: n: the wire set of wire.txt, headline + lead pairs, labelled likewise; m: its second batch, wire2.txt;
#: p: its third batch, wire3.txt; q: its fourth batch of short multi-sentence stories, wire4.txt; r: its fifth, wire5.txt; s: the single-sentence set of single.txt, 1989-2023 wire style, labelled
#: before the coder was run on it; v: the probe batch of probe.txt, by an independent annotator)
STORED = {"w:": "written", "b:": "blind", "n:": "wire", "m:": "wire2", "p:": "wire3", "q:": "wire4", "r:": "wire5", "s:": "single", "v:": "probe"}


def parse_labels(path: Path) -> tuple[dict[str, str], list[dict]]:
    """Corpus labels {id: events field} and stored-text items (whole dicts) from a label file."""
    corpus, written = {}, []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line[:2] in STORED:
            head, _, rest = line.partition(" | ")
            text, _, field = rest.partition(" || ")
            text = text.replace("\\n", "\n")  # a headline and its lead, one line in the file
            item_id, dct = head.split()
            written.append({"id": item_id, "corpus": STORED[line[:2]], "ref": None, "start": 0, "end": len(text),
                            "sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(), "dct": dct, "text": text,
                            "events": parse_events(field, dct)})
        else:
            item_id, _, field = line.partition(" ")
            if item_id in corpus:
                raise ValueError(f"line {number}: {item_id} labelled twice")
            corpus[item_id] = field
    return corpus, written


def main() -> None:
    corpus_labels, written = parse_labels(HERE / "labels.txt")
    blind_labels, blind = parse_labels(HERE / "blind.txt")
    if blind_labels:
        raise SystemExit(f"blind.txt holds only b: items, not {sorted(blind_labels)[:5]}")
    items = []
    for cand in sample.sample_all():
        if cand["id"] not in corpus_labels:
            raise SystemExit(f"{cand['id']} is sampled but not labelled")
        cand.pop("text")
        cand["events"] = parse_events(corpus_labels.pop(cand["id"]), cand["dct"])
        items.append(cand)
    if corpus_labels:
        raise SystemExit(f"labelled but not sampled: {sorted(corpus_labels)[:5]}")
    stored = []
    for name, prefix in (("wire.txt", "n:"), ("wire2.txt", "m:"), ("wire3.txt", "p:"), ("wire4.txt", "q:"), ("wire5.txt", "r:"), ("single.txt", "s:"), ("probe.txt", "v:")):
        stray, batch = parse_labels(HERE / name)
        if stray or any(not item["id"].startswith(prefix) for item in batch):
            raise SystemExit(f"{name} holds only {prefix} items")
        stored += batch
    items += written + blind + stored
    with open(HERE / "items.jsonl", "w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(items)} items to {HERE / 'items.jsonl'}")


if __name__ == "__main__":
    main()
