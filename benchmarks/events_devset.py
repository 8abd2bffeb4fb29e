"""The events development set: load benchmarks/events_dev/items.jsonl, run the coder, score it.

Items are keyed by id; corpus items hold offsets into ../shared/corpora (never the text) and are
resolved here, checked against their sha1 and skipped with a reason when the corpora or a file are
absent or changed. Scoring follows ../shared/EVENTS_GUIDELINES.md (see events_dev/README.md):

- key (source, target, CAMEO root); a null target ("") matches only a null target;
- 030, 031, 040, 041, 044 and 046 are undirected (an event whose gold or predicted code is one of
  them also matches with source and target swapped);
- roots 09 and 18-20 are not scored (their actors are reported apart, for information);
- speculative events (gold ``"speculative": true``, coder column ``speculative``) are not facts:
  they are left out of what is scored, and a coder fact that matches a gold speculative event is
  counted as a false positive (and reported as "hedged act reported as fact").

    PYTHONPATH=src python benchmarks/events_devset.py [--verbose] [--corpus written]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET_DIR = ROOT / "benchmarks" / "events_dev"
ITEMS = DEVSET_DIR / "items.jsonl"
CODEBOOK = DEVSET_DIR / "cameo_codebook.csv"

UNDIRECTED = frozenset({"030", "031", "040", "041", "044", "046"})
UNSCORED_ROOTS = frozenset({"09", "18", "19", "20"})
CORPORA_NAMES = ("fwd_headlines", "bbc", "ungdc", "written", "blind", "wire", "wire2", "wire3", "wire4", "wire5", "single", "probe")
#: corpora whose items keep their text (sentences written for the set)
STORED_TEXT = frozenset({"written", "blind", "wire", "wire2", "wire3", "wire4", "wire5", "single", "probe"})
#: IGO codes the labels may use beyond the coder's gazetteer (the Pacific Islands Forum, ECOWAS, Mercosur).
EXTRA_IGOS = frozenset({"IGO:PIF", "IGO:ECOWAS", "IGO:MERCOSUR"})  # wire3 labels West African and South American blocs
#: former states keep their ISO 3166-3 alpha-3 codes (the single set's 1989-2003 items: SUN, YUG, CSK, DDR, ZAR)
FORMER_STATES = frozenset({"SUN", "YUG", "CSK", "DDR", "ZAR", "SCG"})


@dataclass(frozen=True)
class Event:
    """One event: actors, code, TIMEX3 date value and whether it is speculative."""

    source: str
    target: str
    code: str
    date: str = ""
    speculative: bool = False

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def scored(self) -> bool:
        return not self.speculative and self.root not in UNSCORED_ROOTS


@dataclass(frozen=True)
class Item:
    """A resolved item: its id, corpus, text (from the corpus or written), DCT and gold events."""

    id: str
    corpus: str
    text: str
    dct: str
    events: tuple[Event, ...] = field(default_factory=tuple)


# --- loading ---------------------------------------------------------------------------------


def corpora_root() -> Path | None:
    """../shared/corpora, looked for above the repository (worktrees sit one level deeper)."""
    for parent in ROOT.parents:
        if (parent / "shared" / "corpora").is_dir():
            return parent / "shared" / "corpora"
    return None


def load_items(path: Path = ITEMS) -> list[dict]:
    """The raw label records of items.jsonl (one JSON object per line)."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _document(corpora: Path, record: dict, cache: dict) -> str:
    """The text the offsets of a corpus item index (see README: raw UTF-8 file, or the fwd title)."""
    corpus, ref = record["corpus"], record["ref"]
    if corpus == "fwd_headlines":
        if "fwd" not in cache:
            cache["fwd"] = json.loads((corpora / "fwd_headlines" / "headlines.json").read_text(encoding="utf-8"))
        return cache["fwd"][int(ref)]["title"]
    return (corpora / corpus / ref).read_bytes().decode("utf-8-sig")


def resolve(records: list[dict], corpora: Path | None = None) -> tuple[list[Item], list[tuple[str, str]]]:
    """Items with their text, and (id, reason) for each corpus item that cannot be resolved."""
    corpora = corpora if corpora is not None else corpora_root()
    items, skipped, cache = [], [], {}
    for rec in records:
        events = tuple(Event(e["source"], e["target"], e["code"], e.get("date", ""), bool(e.get("speculative")))
                       for e in rec["events"])
        if rec["corpus"] in STORED_TEXT:
            text = rec["text"]
        elif corpora is None:
            skipped.append((rec["id"], "../shared/corpora is absent"))
            continue
        else:
            try:
                text = _document(corpora, rec, cache)[rec["start"]:rec["end"]]
            except (OSError, IndexError, KeyError, ValueError) as err:
                skipped.append((rec["id"], f"cannot read {rec['corpus']}/{rec['ref']}: {err}"))
                continue
        if sha1(text) != rec["sha1"]:
            skipped.append((rec["id"], "text changed (sha1 differs): the corpus or the offsets drifted"))
            continue
        items.append(Item(rec["id"], rec["corpus"], text, rec["dct"], events))
    return items, skipped


# --- the coder -------------------------------------------------------------------------------


def predict(items: list[Item]) -> dict[str, list[Event]]:
    """Events the coder finds in each item (communique.events.extract_events with the item's DCT)."""
    from communique.events import extract_events

    out = {}
    for item in items:
        # a UN speech's "we" is its country: the file name (id ungdc:ISO3_session_year:offset) names it
        speaker = item.id.split(":")[1].split("_")[0] if item.corpus == "ungdc" else ""
        table = extract_events(item.text, item.dct, doc_id=item.id, speaker=speaker)
        out[item.id] = [Event(r.source or "", r.target or "", str(r.cameo), r.date or "", bool(r.speculative))
                        for r in table.itertuples()]
    return out


# --- scoring ---------------------------------------------------------------------------------


def _same_actors(g: Event, p: Event) -> bool:
    if (g.source, g.target) == (p.source, p.target):
        return True
    undirected = g.code[:3] in UNDIRECTED or p.code[:3] in UNDIRECTED
    return undirected and bool(g.target) and bool(p.target) and (g.source, g.target) == (p.target, p.source)


def _pair(gold: list[Event], pred: list[Event], same_root: bool) -> tuple[list, list[Event], list[Event]]:
    """One-to-one pairs of gold and predicted events with the same actors (and root when asked);
    pairs with the same code and date are preferred."""
    pairs, free = [], list(pred)
    for g in gold:
        cands = [p for p in free if _same_actors(g, p) and (not same_root or g.root == p.root)]
        if cands:
            best = max(cands, key=lambda p: (p.root == g.root, p.code[:3] == g.code[:3], p.date == g.date))
            pairs.append((g, best))
            free.remove(best)
    paired = {id(g) for g, _ in pairs}
    return pairs, [g for g in gold if id(g) not in paired], free


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _fmt(e: Event) -> str:
    return f"{e.source or '?'}>{e.target or '-'} {e.code}"


def score(items: list[Item], predicted: dict[str, list[Event]]) -> dict:
    """Precision, recall and F1 of (source, target, root), root/3-digit/date accuracy, per root and
    per corpus tables, the commonest errors and the unscored-root (09, 18-20) actor check."""
    tp = n_gold = n_pred = actor_pairs = code3 = dates = hedged = 0
    per_root: dict[str, Counter] = defaultdict(Counter)
    per_corpus: dict[str, Counter] = defaultdict(Counter)
    errors: Counter = Counter()
    examples: dict[str, str] = {}
    unscored = Counter()
    details = []

    def err(kind: str, item: Item) -> None:
        errors[kind] += 1
        examples.setdefault(kind, item.id)

    for item in items:
        gold = [e for e in item.events if e.scored]
        pred_all = predicted.get(item.id, [])
        pred = [e for e in pred_all if e.scored]
        pairs, missed, spurious = _pair(gold, pred, same_root=True)
        tp += len(pairs)
        n_gold += len(gold)
        n_pred += len(pred)
        code3 += sum(g.code[:3] == p.code[:3] for g, p in pairs)
        dates += sum(g.date == p.date for g, p in pairs)
        for g in gold:
            per_root[g.root]["gold"] += 1
        for p in pred:
            per_root[p.root]["pred"] += 1
        for g, _ in pairs:
            per_root[g.root]["tp"] += 1
        c = per_corpus[item.corpus]
        c["items"] += 1
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        c["tp"] += len(pairs)
        # errors: a root confusion (same actors), then wrong source/target, then plain misses/extras
        confused, missed, spurious = _pair(missed, spurious, same_root=False)
        actor_pairs += len(confused)
        for g, p in confused:
            err(f"root {g.root} coded as {p.root} (same actors)", item)
        for g in list(missed):
            other = next((p for p in spurious if p.root == g.root and (p.source == g.source or p.target == g.target)), None)
            if other is None:
                continue
            missed.remove(g)
            spurious.remove(other)
            which = "target" if other.source == g.source else "source"
            got = other.target if which == "target" else other.source
            want = g.target if which == "target" else g.source
            err(f"root {g.root}: wrong {which} ({'null' if not got else 'an actor'} for {'null' if not want else 'an actor'})", item)
        spec = [e for e in item.events if e.speculative and e.root not in UNSCORED_ROOTS]
        for p in spurious:
            if any(_same_actors(s, p) and s.root == p.root for s in spec):
                hedged += 1
                err(f"root {p.root}: hedged act reported as fact", item)
            elif not p.source:
                err(f"root {p.root}: extra event without a source", item)
            elif p.source == p.target:
                err(f"root {p.root}: extra event with the actor as its own target", item)
            else:
                err(f"root {p.root}: extra event", item)
        for g in missed:
            err(f"root {g.root}: missed", item)
        # roots 09 and 18-20: are the actors right? (not part of the score)
        ug = [e for e in item.events if not e.speculative and e.root in UNSCORED_ROOTS]
        up = [e for e in pred_all if not e.speculative and e.root in UNSCORED_ROOTS]
        upairs, _, _ = _pair(ug, up, same_root=True)
        unscored.update(gold=len(ug), pred=len(up), tp=len(upairs))
        if set(map(_fmt, gold)) != set(map(_fmt, pred)):
            details.append((item, gold, pred))

    p, r, f = _prf(tp, n_pred, n_gold)
    roots = {root: (c["gold"], c["pred"], c["tp"], *_prf(c["tp"], c["pred"], c["gold"]))
             for root, c in sorted(per_root.items())}
    corpora = {name: (c["items"], c["gold"], c["pred"], c["tp"], *_prf(c["tp"], c["pred"], c["gold"]))
               for name, c in sorted(per_corpus.items())}
    return {
        "items": len(items), "gold": n_gold, "pred": n_pred, "tp": tp,
        "precision": p, "recall": r, "f1": f,
        "root_accuracy": tp / (tp + actor_pairs) if tp + actor_pairs else 0.0,
        "code3_accuracy": code3 / tp if tp else 0.0,
        "date_accuracy": dates / tp if tp else 0.0,
        "hedged_as_fact": hedged,
        "per_root": roots, "per_corpus": corpora,
        "errors": [(kind, n, examples[kind]) for kind, n in errors.most_common(10)],
        "unscored": dict(unscored), "details": details,
    }


def report(result: dict, skipped: list[tuple[str, str]], verbose: bool = False) -> str:
    """The printed report: summary line, per-root and per-corpus tables, commonest errors."""
    lines = [
        f"events development set: {result['items']} items scored"
        + (f", {len(skipped)} skipped ({Counter(r for _, r in skipped).most_common(1)[0][0]})" if skipped else ""),
        f"  (source, target, root): precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
        f"F1 {result['f1']:.3f}   ({result['tp']} right of {result['pred']} predicted, {result['gold']} gold)",
        f"  root accuracy {result['root_accuracy']:.3f} (events with the right actors)  three-digit accuracy "
        f"{result['code3_accuracy']:.3f}  date accuracy {result['date_accuracy']:.3f} (on matched events)",
        f"  hedged acts reported as facts: {result['hedged_as_fact']}; roots 09/18-20 (not scored): "
        f"{result['unscored'].get('tp', 0)} right actors of {result['unscored'].get('pred', 0)} predicted, "
        f"{result['unscored'].get('gold', 0)} gold",
        "  per root:   root  gold  pred    tp      P      R     F1",
    ]
    for root, (g, pr, t, p, r, f) in result["per_root"].items():
        lines.append(f"              {root}  {g:4d}  {pr:4d}  {t:4d}  {p:5.2f}  {r:5.2f}  {f:5.2f}")
    lines.append("  per corpus:  corpus          items  gold  pred    tp      P      R     F1")
    for name, (n, g, pr, t, p, r, f) in result["per_corpus"].items():
        lines.append(f"               {name:14s} {n:5d}  {g:4d}  {pr:4d}  {t:4d}  {p:5.2f}  {r:5.2f}  {f:5.2f}")
    rest = [c for name, c in result["per_corpus"].items() if name not in ("blind", "wire", "wire2", "wire3", "wire4", "wire5", "single", "probe")]
    if "blind" in result["per_corpus"] and rest:
        g, pr, t = (sum(c[i] for c in rest) for i in (1, 2, 3))
        p, r, f = _prf(t, pr, g)
        lines.append(f"               {'older corpora':14s} {sum(c[0] for c in rest):5d}  {g:4d}  {pr:4d}  {t:4d}  "
                     f"{p:5.2f}  {r:5.2f}  {f:5.2f}")
    lines.append("  ten commonest errors (count, example item):")
    for kind, n, example in result["errors"]:
        lines.append(f"    {n:4d}  {kind}  (e.g. {example})")
    if verbose:
        lines.append("  items where the coder differs (scored events only):")
        for item, gold, pred in result["details"]:
            text = re.sub(r"\s+", " ", item.text)
            lines.append(f"    {item.id}: {text[:160]}\n      gold {sorted(map(_fmt, gold))}\n      got  {sorted(map(_fmt, pred))}")
    return "\n".join(lines)


def half(item_id: str) -> str:
    """'even' or 'odd' by the number that ends an item's id (the blind set is developed on its even
    half; the odd half is the held-out estimate)."""
    return "odd" if int(re.findall(r"\d+", item_id)[-1]) % 2 else "even"


def in_range(item_id: str, ids: str) -> bool:
    """Whether an id lies in a range such as 's:385-424' (same prefix, numbers inclusive), so that a
    batch can be scored alone."""
    prefix, _, span = ids.rpartition(":")
    low, _, high = span.partition("-")
    head, _, number = item_id.rpartition(":")
    return head == prefix and number.isdigit() and int(low) <= int(number) <= int(high or low)


def run(verbose: bool = False, corpus: str | None = None, parity: str | None = None, ids: str | None = None) -> dict:
    """Load, resolve, predict, score and print; returns the scores."""
    items, skipped = resolve(load_items())
    if corpus:
        items = [i for i in items if i.corpus == corpus]
    if parity:
        items = [i for i in items if half(i.id) == parity]
    if ids:
        items = [i for i in items if in_range(i.id, ids)]
    result = score(items, predict(items))
    print(report(result, skipped, verbose))
    return result


# --- validation helpers (used by tests/test_events_devset.py) --------------------------------


def codebook() -> dict[str, str]:
    """CAMEO codebook codes -> names (events_dev/cameo_codebook.csv)."""
    with open(CODEBOOK, encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["code"]: row["name"] for row in rows}


def valid_actors() -> frozenset[str]:
    """Codes an actor may take: ISO 3166-1 alpha-3 states, former states (ISO 3166-3, FORMER_STATES),
    Kosovo (XKX) and the IGO codes of the coder's gazetteer plus EXTRA_IGOS."""
    import pycountry

    from communique.events.actors import gazetteer

    codes = {c.alpha_3 for c in pycountry.countries} | {"XKX"} | set(EXTRA_IGOS) | set(FORMER_STATES)
    codes |= {entry.code for entry in gazetteer().values() if entry.code.startswith("IGO:")}
    return frozenset(codes)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every item where the coder differs")
    parser.add_argument("--corpus", choices=CORPORA_NAMES, help="score one source only")
    parser.add_argument("--half", choices=("even", "odd"), help="only items whose id ends in an even/odd number")
    parser.add_argument("--ids", help="only the ids in a range, e.g. s:385-424 (one batch)")
    args = parser.parse_args(argv)
    run(args.verbose, args.corpus, args.half, args.ids)


if __name__ == "__main__":
    main()
