"""Seeded sampler of the corpus items of the events development set (run once; documented in README.md).

Draws candidate items from ../shared/corpora and prints them (id, offsets, sha1, DCT, text) as JSON
lines for annotation; the text itself never enters the repository, only ids, offsets and hashes do.

    PYTHONPATH=src python benchmarks/events_dev/sample.py > /tmp/devset_candidates.jsonl

Procedure (same seed, same corpora -> same items):
- fwd_headlines: headlines of the categories worldnews, politics, news and ukraine; 85% of the draw
  passes the diplomatic prefilter (a state/IGO name or demonym AND a diplomatic keyword), 15% is
  drawn from all headlines of those categories with no prefilter (to measure precision on news that
  merely looks diplomatic or not at all). Item = the whole title. A second stratum of 100 more
  prefiltered headlines of worldnews and ukraine only (not drawn before) adds real-news events.
- bbc/politics: title + the lead (first sentence of the first body paragraph) of each file; 80% prefiltered, 20% unfiltered.
- ungdc: one file per draw (seeded over all sessions), then one sentence of that speech (40-320
  characters, a whole sentence) that names a state other than the speaker's by name, demonym or
  capital (an organisation alone does not qualify) and has a diplomatic keyword.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

SEED = 20261201
N_FWD, N_BBC, N_UNGDC, N_FWD_EXTRA = 150, 100, 75, 100

# Prefilter vocabulary (the sampler's, independent of the coder's lexicons).
DEMONYMS = (
    "American|British|Russian|Chinese|Ukrainian|Iranian|Israeli|Palestinian|French|German|Japanese|Indian|"
    "Pakistani|Turkish|Syrian|Iraqi|Afghan|Saudi|Korean|Polish|Italian|Spanish|Canadian|Australian|Mexican|"
    "Brazilian|Egyptian|Libyan|Belarusian|Lithuanian|Latvian|Estonian|Finnish|Swedish|Norwegian|Danish|Dutch|"
    "Belgian|Swiss|Austrian|Hungarian|Czech|Slovak|Serbian|Croatian|Greek|Cypriot|Lebanese|Jordanian|Qatari|"
    "Emirati|Yemeni|Sudanese|Ethiopian|Somali|Kenyan|Nigerian|Malian|Venezuelan|Cuban|Colombian|Chilean|"
    "Argentine|Peruvian|Taiwanese|Vietnamese|Thai|Burmese|Filipino|Indonesian|Malaysian|Kazakh|Georgian|"
    "Armenian|Azerbaijani|Moldovan|Romanian|Bulgarian|Irish|Scottish|Kosovar|Albanian|Bosnian|Zimbabwean"
)
PLACES = (
    r"U\.?S\.?A?|U\.?K\.?|Britain|Washington|Moscow|Kremlin|Beijing|Kyiv|Kiev|Tehran|Jerusalem|Brussels|Paris|"
    r"Berlin|Tokyo|Seoul|Pyongyang|Ankara|Damascus|Baghdad|Kabul|Islamabad|New Delhi|Taipei|Minsk|Warsaw|"
    r"Riyadh|Doha|Cairo|Caracas|Havana|Downing Street|White House|Pentagon|Elysee|Whitehall"
)
PLACES_IGO = r"UN|United Nations|EU|European Union|NATO|G7|G20|IAEA|WHO|OSCE|African Union|ASEAN|Security Council"
DIPLOMATIC = (
    r"meet|met|talks?|visit|summit|sanction|embargo|envoy|ambassador|embass|diplomat|minister|president|"
    r"premier|chancellor|treaty|agreement|accord|deal|pact|accus|condemn|criticis|criticiz|denounc|warn|threat|"
    r"urg|calls? (?:on|for)|appeal|demand|reject|refus|veto|block|ratif|pledg|promis|vow|aid|support|back|"
    r"praise|welcom|thank|apolog|recogni|expel|summon|ties|relations|negotiat|mediat|ceasefire|truce|"
    r"peace|invade|invasion|attack|strike|missile|troops|arrest|detain|jail|sentenc|ban|impos|cooperat|"
    r"alliance|ally|allies|sign|host|receiv|phone|call|agree|hail|retaliat|deplor|restor|sever|cut"
)


def _country_names() -> list[str]:
    import pycountry

    names: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                names.add(value)
    names |= {"Russia", "Iran", "Syria", "North Korea", "South Korea", "Taiwan", "Vietnam", "Laos", "Bolivia",
              "Venezuela", "Tanzania", "Moldova", "Palestine", "Kosovo", "Czech Republic", "Ivory Coast"}
    return sorted(names, key=len, reverse=True)


def _regexes():
    names = "|".join(re.escape(n) for n in _country_names())
    actor = re.compile(rf"\b(?:{names}|{PLACES}|{PLACES_IGO}|(?:{DEMONYMS})s?)\b")
    diplo = re.compile(rf"\b(?:{DIPLOMATIC})", re.IGNORECASE)
    return actor, diplo


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def corpora_root() -> Path:
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "shared" / "corpora").is_dir():
            return parent / "shared" / "corpora"
    raise SystemExit("no shared/corpora above this file")


def read_raw(path: Path) -> str:
    """The raw file decoded as UTF-8 (BOM dropped, newlines untouched): what offsets index."""
    return path.read_bytes().decode("utf-8-sig")


def _take(rng: random.Random, pool: list, passing: list, n: int, share: float) -> list:
    n_filtered = round(n * share)
    chosen = rng.sample(passing, min(n_filtered, len(passing)))
    rest = [x for x in pool if x not in set(chosen)]
    chosen += rng.sample(rest, n - len(chosen))
    return chosen


def sample_fwd(root: Path, rng: random.Random, actor, diplo) -> list[dict]:
    rows = json.loads((root / "fwd_headlines" / "headlines.json").read_text(encoding="utf-8"))
    pool = [i for i, r in enumerate(rows) if r.get("category") in {"worldnews", "politics", "news", "ukraine"}]
    passing = [i for i in pool if actor.search(rows[i]["title"]) and diplo.search(rows[i]["title"])]
    items = []
    for i in sorted(_take(rng, pool, passing, N_FWD, 0.85)):
        title = rows[i]["title"]
        dct = datetime.fromtimestamp(rows[i]["timestamp"], tz=timezone.utc).date().isoformat()
        items.append({"id": f"fwd:{i}", "corpus": "fwd_headlines", "ref": i, "start": 0, "end": len(title),
                      "sha1": _sha1(title), "dct": dct, "text": title})
    return items


def bbc_span(text: str) -> tuple[int, int]:
    """Title line, blank line, first sentence of the first body paragraph (the lead): [0, end of the lead)."""
    first = text.index("\n")
    body = first
    while body < len(text) and text[body] in "\n ":
        body += 1
    end = text.find("\n", body)
    end = len(text) if end < 0 else end
    sentences = sentence_spans(text[body:end])
    return 0, body + sentences[0][1] if sentences else end


def sample_bbc(root: Path, rng: random.Random, actor, diplo) -> list[dict]:
    files = sorted((root / "bbc" / "politics").glob("*.txt"))
    spans = {}
    for f in files:
        text = read_raw(f)
        spans[f] = (text, *bbc_span(text))
    passing = [f for f in files if actor.search(spans[f][0][: spans[f][2]]) and diplo.search(spans[f][0][: spans[f][2]])]
    items = []
    for f in sorted(_take(rng, files, passing, N_BBC, 0.8)):
        text, start, end = spans[f]
        ref = f.relative_to(root / "bbc").as_posix()
        items.append({"id": f"bbc:{ref[:-4]}", "corpus": "bbc", "ref": ref, "start": start, "end": end,
                      "sha1": _sha1(text[start:end]), "dct": "2005-01-01", "text": text[start:end]})
    return items


_SENT = re.compile(r"[^.!?]+(?:[.!?]+[\"”’)]*|$)")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Art|Gen|Sen|Rep|Prof|Jr|U\.S|U\.N|e\.g|i\.e|vs|Inc)\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of a speech (a simple splitter: ends at . ! ? before a capital, guarding abbreviations)."""
    spans, start = [], 0
    for m in re.finditer(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n+", text):
        if m.group().startswith(".") and _ABBREV.search(text[start:m.start() + 1]):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        seg = text[start:end]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            spans.append((start + lead, end))
        start = m.end()
    if text[start:].strip():
        lead = len(text[start:]) - len(text[start:].lstrip())
        spans.append((start + lead, len(text.rstrip())))
    return spans


def sample_ungdc(root: Path, rng: random.Random, actor, diplo) -> list[dict]:
    import pycountry

    files = sorted((root / "ungdc" / "TXT").glob("*/*.txt"))
    # another state by name, demonym or capital (organisations alone do not make an item)
    states = re.compile(actor.pattern.replace(f"|{PLACES_IGO}", ""))
    items, tried = [], set()
    while len(items) < N_UNGDC and len(tried) < len(files):
        f = rng.choice(files)
        if f in tried:
            continue
        tried.add(f)
        iso, _session, year = f.stem.split("_")
        own = pycountry.countries.get(alpha_3=iso)
        own_names = {getattr(own, a, None) for a in ("name", "common_name", "official_name")} - {None} if own else set()
        text = read_raw(f)
        cands = []
        for s, e in sentence_spans(text):
            sent = text[s:e]
            if not 40 <= len(sent) <= 320 or sent[-1] not in ".!?\"”’" or not sent[0].isupper():
                continue
            found = {m.group() for m in states.finditer(sent)} - own_names
            if found and diplo.search(sent):
                cands.append((s, e))
        if not cands:
            continue
        s, e = rng.choice(cands)
        ref = f.relative_to(root / "ungdc").as_posix()
        items.append({"id": f"ungdc:{f.stem}:{s}", "corpus": "ungdc", "ref": ref, "start": s, "end": e,
                      "sha1": _sha1(text[s:e]), "dct": f"{year}-09-20", "text": text[s:e]})
    return sorted(items, key=lambda x: x["id"])


def sample_fwd_extra(root: Path, rng: random.Random, actor, diplo, taken: set[int]) -> list[dict]:
    """A second, event-rich stratum: N_FWD_EXTRA prefiltered worldnews/ukraine headlines not drawn before."""
    rows = json.loads((root / "fwd_headlines" / "headlines.json").read_text(encoding="utf-8"))
    pool = [i for i, r in enumerate(rows) if r.get("category") in {"worldnews", "ukraine"} and i not in taken
            and actor.search(r["title"]) and diplo.search(r["title"])]
    items = []
    for i in sorted(rng.sample(pool, N_FWD_EXTRA)):
        title = rows[i]["title"]
        dct = datetime.fromtimestamp(rows[i]["timestamp"], tz=timezone.utc).date().isoformat()
        items.append({"id": f"fwd:{i}", "corpus": "fwd_headlines", "ref": i, "start": 0, "end": len(title),
                      "sha1": _sha1(title), "dct": dct, "text": title})
    return items


def sample_all(root: Path | None = None) -> list[dict]:
    """Every sampled corpus item, in a fixed order (each stratum has its own seeded generator)."""
    root = root or corpora_root()
    actor, diplo = _regexes()
    items = []
    for name, func in (("fwd", sample_fwd), ("bbc", sample_bbc), ("ungdc", sample_ungdc)):
        items += func(root, random.Random(f"{SEED}:{name}"), actor, diplo)
    taken = {it["ref"] for it in items if it["corpus"] == "fwd_headlines"}
    items += sample_fwd_extra(root, random.Random(f"{SEED}:fwd-extra"), actor, diplo, taken)
    return items


def main() -> None:
    for item in sample_all():
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
