"""The remaining errors of the timex tagger on TempEval-3 TBAQ, sorted into linguistic classes.

Run: ``python benchmarks/timex_errors.py TBAQ_DIR [--show CLASS_PREFIX]``

Every gold/system difference (a missed gold expression, a spurious system one, a wrong value,
a wrong type, a span that only overlaps) is put into one class by the rules in :func:`cls`
(regexes over the expression and its context), and the table of counts is printed. For wrong
values it also says whether the gold itself writes our kind of value (same value shape) for the
same phrase elsewhere in TBAQ (a convention split inside the gold), and for spurious expressions
whether the gold annotates that phrase elsewhere. ``--show`` prints the errors of one class
with their context (read from the corpus at run time; nothing is stored).
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

from communique.timex.tagger import tag
from communique.timex.timeml import pair_timexes, read_timeml_dir


def errors(root: str) -> list[tuple[str, ...]]:
    """(kind, sub-corpus, doc, dct, gold text, gold type, gold value, system text, system
    "type value", context) for every difference between gold and system."""
    out = []
    for d in read_timeml_dir(root):
        sys_ = tag(d.text, d.dct, genre="news")
        gold = list(d.timexes)
        pairs = pair_timexes(gold, sys_)
        pg = {id(g) for g, s in pairs}
        ps = {id(s) for g, s in pairs}
        sub = Path(d.path).parent.name

        def ctx(a: int, b: int) -> str:
            return (d.text[max(0, a - 60):a] + "[[" + d.text[a:b] + "]]" + d.text[b:b + 40]).replace("\n", " ")
        for g in gold:
            if id(g) not in pg:
                out.append(("MISS", sub, d.doc_id, d.dct, g.text, g.type, g.value, "", "", ctx(g.start, g.end)))
        for s in sys_:
            if id(s) not in ps:
                out.append(("SPUR", sub, d.doc_id, d.dct, s.text, s.type, s.value, "", "", ctx(s.start, s.end)))
        for g, s in pairs:
            bad = [k for k, x in (("VAL", g.value != s.value), ("TYPE", g.type != s.type),
                                  ("SPAN", (g.start, g.end) != (s.start, s.end))) if x]
            if bad:
                out.append(("+".join(bad), sub, d.doc_id, d.dct, g.text, g.type, g.value, s.text,
                            f"{s.type} {s.value}", ctx(min(g.start, s.start), max(g.end, s.end))))
    return out


WD = r"(mon|tues|wednes|thurs|fri|satur|sun)day"
REFW = r"(now|right now|currently|current|recent|recently|presently|formerly|previously|already|yet|once|soon|future|the future|the (near|foreseeable) future|earlier|then current|more recently|as soon as possible|from time to time|a later date|this crucial moment|at the time|the time|one day|today|tomorrow)"
def cls(r):
    kind, sub, doc, dct, gt, gty, gv, st, sv, ctx = r
    t = (gt or st).lower().strip(" .,")
    svv = sv.split(" ", 1)[1] if " " in sv else sv
    c = ctx.lower()
    if kind == "MISS":
        if re.fullmatch(REFW, t): return "miss: PAST/PRESENT/FUTURE_REF word (soon, future adj., already, previously)"
        if re.fullmatch(r"(the )?(days?|weeks?|years?|months?)", t): return "miss: bare unit noun anchored on an event ('the weeks before the shooting', 'a great day')"
        if re.search(r"-(old|long)$|^(a|some) (while|time)|lengthy|^(the )?(years|first hours|early years)$|^months|several|^days$", t): return "miss: vague or adjectival duration ('years-old', 'a while', 'months of')"
        return "miss: other (ordinal day, 'then', 'last', 'Quarterly', dateline-like)"
    if kind == "SPUR":
        if re.fullmatch(r"(now|currently|current|recent|recently|presently|formerly|the future|the foreseeable future)", t): return "spurious: *_REF word the annotators left out ('now', 'current', 'recent')"
        if re.fullmatch(r"daily", t): return "spurious: 'daily' as a noun/adjective ('the party daily', 'average daily volume')"
        if re.fullmatch(r"today|tomorrow", t) and re.search(r"today's|tomorrow,|of tomorrow", c + " " + t) : return "spurious: generic 'today's'/'of tomorrow' or title"
        if re.fullmatch(r"(a|per) (year|month|week|day|second)|24 hours", t): return "spurious: rate ('$2 million a year', '24 hours a day')"
        if re.match(r"(august|march) \d+$", t) and "xinhua" in c: return "spurious: dateline (not annotated in AQUAINT)"
        if re.fullmatch(r"\d{4}", t): return "spurious: year not annotated (modifier 'Kopp's 1987 Chevrolet' / gold omission)"
        if re.search(r"days?|years?|months?|hours?|weeks?|decades?|weekend|minutes?", t): return "spurious: duration/date the annotators left out ('for years', 'several months', '13 days after')"
        return "spurious: other"
    if kind in ("SPAN", "TYPE", "TYPE+SPAN"):
        if "TYPE" in kind:
            return "type only: DATE/DURATION/SET confusion (value right)"
        return "span only (value right): modifiers 'about', 'the', 'earlier', 'night' in or out"
    # value errors
    if re.search(r"\d{4}-W\d(?!\d)", gv) or re.search(r"W\d(?!\d)", gv): return "value: gold writes weeks unpadded ('2000-W7')"
    if re.search(r"(19|20)\d\d-XX(-XX)?$", gv) and re.fullmatch(r"(19|20)\d\d", svv): return "value: gold pads a year with -XX ('1968-XX')"
    if re.search(r"\b(last|this|next) week\b", t) or t.endswith("the week") or t == "week":
        return "value: 'last/this/next week' gold not a week (WXX, month, day, P1W)"
    if re.search(r"the weekend", t): return "value: 'the weekend' (gold P2D / a day / other week)"
    if re.search(r"a year (ago|earlier)|year-(ago|earlier)|^last year$|the quarter a year ago", t): return "value: 'a year ago/earlier', 'last year' in results reports (quarter vs year vs day)"
    if re.search(r"quarter|fiscal|period|^the year$", t): return "value: quarters and fiscal periods ('the quarter', 'this quarter', 'fiscal 1988')"
    if re.search(WD + r" (morning|afternoon|evening|night)", t) or re.search(r"tonight|overnight|morning", t): return "value: part of day ('Friday night' TNI or not)"
    if re.search(WD, t):
        return "value: weekday direction (DCT mismatch in 3 docs, tense)"
    if re.search(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", t): return "value: month/day year choice (underspecified month, tense shift)"
    if re.search(r"ago|earlier|later|before|after", t) or re.search(r"ago|before|after", c[c.find("]]"):][:20]): return "value: 'N ago/earlier/before' (event anchor, granularity, DURATION in gold)"
    if re.search(r"recent|coming|past|last|next|future|today", t) and ("REF" in gv or "REF" in svv): return "value: *_REF vs duration/date ('recent years', 'coming months', generic 'today')"
    if gv.startswith("P") and svv.startswith("P"): return "value: duration units (P6D for six months, decades, centuries, PT24H vs P1D)"
    if re.search(r"centur|decade|\d0s|nineties", t): return "value: decades/centuries (199X vs 199, P100Y)"
    if re.search(r"a\.m|p\.m|noon|midnight", t): return "value: clock time day or precision (anchored on an event, T17 vs T17:00)"
    if re.search(r"(end of|year-end|year end|this year|later this year|this month|day)", t): return "value: part of year/month ('year-end' as 12-31, 'this year' as a day)"
    if re.fullmatch(r"(19|20)\d\d", t) or re.search(r"(19|20)\d\d", t): return "value: explicit year (gold typo '1998' for 1988, or a more precise gold)"
    return "value: other"


def _norm(t: str) -> str:
    t = t.lower().strip(" .,")
    t = re.sub(r"(mon|tues|wednes|thurs|fri|satur|sun)day", "WD", t)
    t = re.sub(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", "MON", t)
    return re.sub(r"\d+", "N", t)


def _shape(v: str) -> str:
    return re.sub(r"\d", "9", v)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tbaq")
    ap.add_argument("--show", default="", help="print the errors of the classes starting with this")
    args = ap.parse_args()
    rows = errors(args.tbaq)
    # what costs value F1 (= 2 x right values / (gold + system)): misses, spurious, wrong values;
    # span-only and type-only differences cost nothing there
    kind = {"MISS": "missed", "SPUR": "spurious"}
    split = collections.Counter((kind.get(r[0], "wrong value" if "VAL" in r[0] else "span/type only"), r[1])
                                for r in rows)
    subs = sorted({r[1] for r in rows})
    print("class".ljust(16) + "".join(s.rjust(10) for s in subs))
    for k in ("missed", "spurious", "wrong value", "span/type only"):
        print(k.ljust(16) + "".join(str(split[k, s]).rjust(10) for s in subs))
    print()
    c = collections.Counter(cls(r) for r in rows)
    for k, n in sorted(c.items(), key=lambda x: (x[0].split(":")[0], -x[1])):
        print(f"{n:4d}  {k}")
    print(f"{sum(c.values()):4d}  total\n")
    shapes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for d in read_timeml_dir(args.tbaq):
        for g in d.timexes:
            shapes[_norm(g.text)][_shape(g.value)] += 1
    kinds: collections.Counter[str] = collections.Counter()
    for r in rows:
        if r[0].startswith("VAL"):
            ours = r[8].split(" ", 1)[1]
            if _shape(ours) == _shape(r[6]):
                kinds["wrong value, same shape (direction, anchor, DCT off, typo)"] += 1
            elif shapes[_norm(r[4])][_shape(ours)]:
                kinds["wrong value, the gold writes our shape for this phrase elsewhere"] += 1
            else:
                kinds["wrong value, the gold never writes our shape for this phrase"] += 1
        elif r[0] == "SPUR":
            kinds["spurious, the gold annotates this phrase elsewhere" if sum(shapes[_norm(r[4])].values())
                  else "spurious, never annotated in TBAQ"] += 1
    for k, n in kinds.most_common():
        print(f"{n:4d}  {k}")
    if args.show:
        for r in rows:
            if cls(r).startswith(args.show):
                print(r[0], r[4], r[6], "|", r[7], r[8], "||", r[9][:150])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
