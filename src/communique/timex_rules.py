"""Rules that find English temporal expressions and normalise them to TIMEX3 values.

Each rule is a compiled regular expression plus a handler that turns a match into
``(type, value, mod)`` given a :class:`Context` (the document creation time, the last
date mentioned in the text, tense around the expression). ``timex.tag`` runs them.

>>> ctx = Context("It ended last year.", date(2019, 4, 25))
>>> [(c.start, c.end) for c in candidates(ctx.text)]
[(9, 18)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from .timex_lexicon import (AMPM, DAYNUM, MONTH_I, MONTHS, NUMBER, NUMWORD, ORDINAL_DAY,
                            PARTS_OF_DAY, SEASONS, TIME_UNITS, UNIT, UNIT_FACTOR, UNITS,
                            WEEKDAYS, YEAR, ZONE, ordinal_value, words_to_number)
from .timex_values import easter, iso_week, quarter_of, shift_date, shift_value

Result = tuple[str, str, str]  # (type, value, mod)

_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"
WEEKDAY_I = _WD + r"(?![\w'])"

_WORD = re.compile(r"[a-z']+")
_FUTURE_WORDS = frozenset("will won't shall 'll next upcoming would tomorrow scheduled until till".split())
_FUTURE_BIGRAMS = frozenset((
    ("going", "to"), ("is", "to"), ("are", "to"), ("plans", "to"), ("plan", "to"),
    ("planning", "to"), ("expected", "to"), ("expects", "to"), ("due", "to"), ("set", "to"),
    ("hopes", "to"), ("hope", "to"), ("intends", "to"), ("intend", "to"), ("later", "this"),
    ("soon", "as"), ("early", "as"), ("supposed", "to"), ("aims", "to"), ("aim", "to"),
    ("hoping", "to"), ("the", "coming"), ("be", "held")))
_PAST_WORDS = frozenset(
    "was were had did ago last earlier previous since yesterday said told says met came went took "
    "gave made left held began saw sent won lost fell rose led struck spoke wrote became brought "
    "bought thought found kept paid ran shot sought stood swore threw fought flew drew grew knew "
    "broke chose drove stole woke arose sold sank fled hid slid spent sat felt heard meant".split())
_NOT_PAST_ED = frozenset(
    "supposed related based limited united interested concerned used need speed scheduled "
    "expected shed fled proceed exceed succeed indeed hundred red bed seed feed".split())
_REPORTING = frozenset(("said", "told", "says"))


def _tense_of(words: list[str]) -> list[str]:
    """Per word: "future", "past" or "" (a tense cue, see ``Context.tense``)."""
    out = []
    prev = ""
    for w in words:
        if w in _FUTURE_WORDS or w.endswith("'ll") or (prev, w) in _FUTURE_BIGRAMS:
            out.append("future")
        elif w in _PAST_WORDS:
            out.append("past")
        elif w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED:
            out.append("past?")  # a weak cue: could be an adjective ("reduced dividend")
        else:
            out.append("")
        prev = w
    return out


_SENT_END = re.compile(r"[.!?;\n]")


@dataclass
class Context:
    """State while normalising one document: text, DCT, last mentioned dates."""

    text: str
    dct: date | None = None
    ref_day: date | None = None
    ref_value: str | None = None
    last_quarter: str | None = None
    last_year: int | None = None
    last_pos: int | None = None
    _tense: dict[tuple[int, int], str] = field(default_factory=dict)

    def anchor_day(self) -> date | None:
        return self.ref_day or self.dct

    def tense(self, s: int, e: int) -> str:
        """"future", "past" or "" from the words in the clause around ``text[s:e]``."""
        return self.tense_cue(s, e).rstrip("?")

    def tense_cue(self, s: int, e: int) -> str:
        """Like :meth:`tense`, but "past?" when the nearest cue is only an -ed word."""
        key = (s, e)
        if key not in self._tense:
            t = self.text
            a = max(0, s - 150)
            left = t[a:s]
            cut = max((m.end() for m in _SENT_END.finditer(left)), default=0)
            left = left[cut:]
            right = t[e:e + 100]
            m = _SENT_END.search(right)
            right = right[:m.start()] if m else right
            best = (10**9, "")
            lw = _WORD.findall(left.lower())
            for k, t in enumerate(_tense_of(lw)):
                if t:
                    best = min(best, (len(lw) - k + (4 if t == "past?" else 0), t))
            rw = _WORD.findall(right.lower())
            for k, t in enumerate(_tense_of(rw)):
                if t and rw[k] not in _REPORTING:  # "..., he said": no cue for the date
                    best = min(best, (k + 3 + (4 if t == "past?" else 0), t))
                    break
            res = best[1]
            self._tense[key] = res
        return self._tense[key]


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: "Rule"
    match: re.Match[str]

    def text_lower(self, text: str) -> str:
        return text[self.start:self.end].lower()


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: Callable[[re.Match[str], Context], Result | None]
    check: Callable[[re.Match[str], str], bool] | None = None
    group: str | int = 0
    kind: str = "date"  # date | duration | ref | set | time: what prefix modifiers apply


# --------------------------------------------------------------------------- helpers

def _num(s: str | None) -> float | None:
    return None if s is None else words_to_number(s)


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _y(v: str) -> int:
    v = v.strip().lstrip("'")
    y = int(v)
    if len(v) == 2:
        y += 1900 if y >= 30 else 2000
    return y


def _month(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def _weekday(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip(".")]


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _pick_year(ctx: Context, s: int, e: int, make: Callable[[int], date | None],
               granularity_days: int = 1) -> int | None:
    """Year for an underspecified date: the DCT year moved by tense to the nearest fit."""
    dct = ctx.dct
    if dct is None:
        return None
    tense = ctx.tense(s, e)
    if ctx.last_year and ctx.last_year < dct.year and ctx.ref_value and tense != "future" and \
            ctx.ref_value.startswith(str(ctx.last_year)) and _same_sentence(ctx, s) and \
            ctx.last_pos is not None and s - ctx.last_pos < 60:
        return ctx.last_year  # "in July 1997 ... on March 12": the narrative's year
    y = dct.year
    d0 = make(y)
    if d0 is None:
        return y
    # the nearest occurrence, unless the tense clearly points the other way
    best = min((y - 1, y, y + 1), key=lambda k: abs(((make(k) or d0) - dct).days))
    db = make(best) or d0
    limit = 10 if granularity_days > 1 else 120  # months are dated mid-month
    if tense == "past" and (db - dct).days > limit:
        best -= 1
    elif tense == "future" and (dct - db).days > limit:
        best += 1
    return best


def _same_sentence(ctx: Context, s: int) -> bool:
    return ctx.last_pos is not None and not _SENT_END.search(ctx.text, ctx.last_pos, s)


def _weekday_date(ctx: Context, wd: int, s: int, e: int, det: str = "") -> date | None:
    base = ctx.dct
    if base is None:
        return None
    det = det.lower().split()[-1] if det else ""
    if det in ("following", "previous") or (det == "next" and "the" in det):
        base = ctx.anchor_day() or base
    diff = wd - base.isoweekday()
    if det in ("last", "past", "previous"):
        return base + timedelta(days=(diff - 7) if diff >= 0 else diff)
    if det in ("next", "coming", "following"):
        return base + timedelta(days=diff + 7 if diff <= 0 else diff)
    if det == "this":
        return base + timedelta(days=diff)
    if diff == 0:
        return base
    tense = "past" if ctx.text.startswith(("'s", "’s"), e) else ctx.tense(s, e)
    if tense == "future":
        return base + timedelta(days=diff if diff > 0 else diff + 7)
    return base + timedelta(days=diff if diff < 0 else diff - 7)


def _day_value(d: date | None, fallback: str = "XXXX-XX-XX") -> str:
    return d.isoformat() if d else fallback


def _time_suffix(pod: str | None) -> str:
    return "T" + PARTS_OF_DAY[pod.lower()] if pod else ""


# --------------------------------------------------------------------------- handlers

def h_iso(m: re.Match[str], ctx: Context) -> Result | None:
    v = f"{m['y']}-{m['m']}" + (f"-{m['d']}" if m["d"] else "")
    if m["H"] and m["d"]:
        return "TIME", f"{v}T{m['H']}:{m['M']}", ""
    return "DATE", v, ""


def h_slash(m: re.Match[str], ctx: Context) -> Result | None:
    a, b, y = int(m["a"]), int(m["b"]), _y(m["y"])
    mo, d = (a, b) if a <= 12 else (b, a)
    dd = _safe_date(y, mo, d)
    return ("DATE", dd.isoformat(), "") if dd else None


def _check_not_number_after(m: re.Match[str], text: str) -> bool:
    return not re.match(r"[.,]\d|\d", text[m.end():m.end() + 2])


def h_mdy(m: re.Match[str], ctx: Context) -> Result | None:
    mo = _month(m["mon"])
    gd = m.groupdict()
    d = ordinal_value(gd.get("day") or gd.get("day2") or gd.get("oday") or "")
    if not d or d > 31:
        return None
    if m["y"]:
        y: int | None = int(m["y"])
    elif m["rel"]:
        y = None if ctx.dct is None else ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    else:
        y = _pick_year(ctx, m.start(), m.end(), lambda k: _safe_date(k, mo, d))
    if y is None:
        return "DATE", f"XXXX-{mo:02d}-{d:02d}", ""
    dd = _safe_date(y, mo, d)
    return ("DATE", dd.isoformat(), "") if dd else None


def h_month_year(m: re.Match[str], ctx: Context) -> Result | None:
    mo = _month(m["mon"])
    if m["y"]:
        y = int(m["y"])
    else:
        if ctx.dct is None:
            return "DATE", f"XXXX-{mo:02d}", ""
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return "DATE", f"{y:04d}-{mo:02d}", ""


_PREP_BEFORE_MONTH = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|from|through|to|of|last|next|this|early|late|"
    r"mid|end|before|after|between|and|or|every|each|that|around|throughout|for|on|"
    r"beginning|start|middle|until|as)\s+|mid-)$", re.I)


def check_month_cap(m: re.Match[str], text: str) -> bool:
    """Month names are capitalised."""
    if not text[m.start("mon")].isupper():
        return False
    return True


def check_month(m: re.Match[str], text: str) -> bool:
    if not text[m.start("mon")].isupper():
        return False
    if m["det"]:
        return True
    name = m["mon"].lower().rstrip(".")
    if name in ("may", "march", "mar"):
        return bool(_PREP_BEFORE_MONTH.search(text[max(0, m.start() - 20):m.start()]))
    return True


def h_month(m: re.Match[str], ctx: Context) -> Result | None:
    mo = _month(m["mon"])
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    if det:
        if ctx.dct is None:
            return "DATE", f"XXXX-{mo:02d}", ""
        y, cur = ctx.dct.year, ctx.dct.month
        if det in ("last", "this past", "the previous"):
            y = y if mo < cur else y - 1
        elif det in ("next", "this coming", "the following"):
            y = y if mo > cur else y + 1
        return "DATE", f"{y:04d}-{mo:02d}", ""
    y = _pick_year(ctx, m.start(), m.end(), lambda k: date(k, mo, 15), granularity_days=15)
    if y is None:
        return "DATE", f"XXXX-{mo:02d}", ""
    return "DATE", f"{y:04d}-{mo:02d}", ""


_COUNT_NOUN = re.compile(
    r"\s+(?:people|persons|troops|soldiers|workers|employees|jobs|members|students|children|"
    r"women|men|deaths|cases|votes|seats|delegates|shares|tons|tonnes|barrels|miles|km|"
    r"kilometers|kilometres|meters|metres|feet|pounds|dollars|euros|yuan|rubles|points|units|"
    r"cars|vehicles|homes|houses|acres|hectares|refugees|migrants|prisoners|civilians|"
    r"casualties|victims|residents|households|companies|firms|missiles|rockets|tanks|"
    r"aircraft|planes|ships|pages|words|calories|kg|mph|yards|guests|participants|officers|"
    r"police|fighters|rebels|militants|protesters|demonstrators|marines|sailors|inmates|"
    r"patients|doctors|nurses|teachers|staff|personnel|customers|users|visitors|tourists|"
    r"households|hours|days|weeks|months|years)\b", re.I)
_NOT_YEAR_BEFORE = re.compile(
    r"\b(?:No\.|Nos\.|number|Resolution|resolution|Flight|flight|Article|Chapter|Section|"
    r"Route|Room|room|Highway|Interstate|Boeing|Windows|Model|Mark|Rule|Protocol|Bill|bill|"
    r"Act|Order|Decree|decree|Law|law|Code|Item|Page|page|Vol\.|p\.|pp\.|\$|US\$|Z)\s*$")


_YEAR_OK_AFTER = frozenset(
    "in since by until till from before after during through of for around circa and or to "
    "early late mid summer spring fall autumn winter fiscal year the as at between on "
    "about nearly almost beginning end start that this these those a an its his her their our "
    "christmas easter".split())


def check_year(m: re.Match[str], text: str) -> bool:
    y = int(m["y"])
    before = text[max(0, m.start() - 14):m.start()]
    if _NOT_YEAR_BEFORE.search(before):
        return False
    prev = re.search(r"(?<![.!?]\s)(?<!^)(?<!\n)\b([A-Z][a-z]+)\s$", text[max(0, m.start() - 40):m.start()])
    if prev and prev.group(1).lower() not in _YEAR_OK_AFTER and prev.group(1).lower() not in MONTHS:
        return False  # a name: "Expo 2020", "Windows 2000", "Orion 1980"
    if y < 1600 and not re.search(r"\b(?:in|since|year|until|from|circa|by|of|around)\s+$", before, re.I):
        return False
    after = text[m.end():m.end() + 30]
    if _COUNT_NOUN.match(after) or re.match(r"\s*(?:GMT|UTC|Z\b|hrs\b|hours\b|h\b|local\s+time)", after):
        return False  # "1830 GMT" is a time
    if re.match(r"\s*(?:-|to)\s*\d{1,3}(?!\d)", after) and not re.match(r"\s*-\s*\d\d(?!\d)", after):
        return False  # 1990-123, 2000 to 300: a number range
    if re.search(r"\d\s*(?:-|to|and)\s*$", before) and not re.search(r"(?:1[0-9]|20)\d\d\s*(?:-|to|and)\s*$", before):
        return False
    return True


def h_year(m: re.Match[str], ctx: Context) -> Result | None:
    return "DATE", m["y"], ""


def h_fiscal(m: re.Match[str], ctx: Context) -> Result | None:
    if m.groupdict().get("y"):
        return "DATE", f"{_y(m['y']):04d}", ""
    if ctx.dct is None:
        return "DATE", "XXXX", ""
    det = (m["det"] or "").lower()
    off = -1 if ("last" in det or "previous" in det) else 1 if ("next" in det or "new" in det) else 0
    return "DATE", f"{ctx.dct.year + off:04d}", ""


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}


def h_decade(m: re.Match[str], ctx: Context) -> Result | None:
    if m["c"]:
        return "DATE", f"{m['c']}{m['d']}", ""
    d = int(m["d2"]) if m["d2"] else _DECADE_WORDS[m["w"].lower()]
    c = 19
    if ctx.dct is not None:
        c = ctx.dct.year // 100
        if d * 10 > ctx.dct.year % 100:
            c -= 1
    return "DATE", f"{c}{d}", ""


def check_decade_words(m: re.Match[str], text: str) -> bool:
    if m["w"]:
        return bool(re.search(r"\bthe\s+(?:(?:early|mid|late)[\s-]*)?$", text[max(0, m.start() - 14):m.start()], re.I))
    return True


def h_century(m: re.Match[str], ctx: Context) -> Result | None:
    if m["o"]:
        n = ordinal_value(m["o"])
        if not n:
            return None
        return "DATE", f"{n - 1:02d}", ""
    rel = m["rel"].lower().split()[-1]
    if rel in ("past", "last") and m["rel"].lower().startswith("the"):
        return "DURATION", "P100Y", ""
    if ctx.dct is None:
        return "DATE", "XX", ""
    c = ctx.dct.year // 100 + {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "past": -1}[rel]
    return "DATE", f"{c:02d}", ""


_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _quarter_year(ctx: Context, q: int, s: int, e: int) -> int | None:
    if ctx.dct is None:
        return None
    if ctx.last_quarter and ctx.last_quarter.endswith(f"Q{q}"):
        pass
    if ctx.last_year and ctx.ref_value and ctx.ref_value.startswith(str(ctx.last_year)) and \
            _same_sentence(ctx, s):
        return ctx.last_year
    cq = quarter_of(ctx.dct)
    y = ctx.dct.year
    if q <= cq:
        return y
    return y if ctx.tense(s, e) == "future" else y - 1


def h_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    q = _ORD_Q[m["o"].lower()] if m["o"] else int(m["q"])
    det = re.sub(r"\s+", " ", (m["det"] or "").lower())
    y: int | None
    if m["y"] or m["y2"]:
        y = _y(m["y"] or m["y2"])
    elif m["yq"]:
        y = int(m["yq"])
    elif m["rely"] or "year's" in det:
        rel = (m["rely"] or det.split()[0]).lower()
        y = None if ctx.dct is None else ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
    elif "year-" in det or "year ago" in det:
        base = _reported_quarter(ctx) or (f"{ctx.dct.year}-Q{q}" if ctx.dct else None)
        if base is None:
            return "DATE", f"XXXX-Q{q}", ""
        return "DATE", f"{int(base[:4]) - 1:04d}-Q{q}", ""
    else:
        y = _quarter_year(ctx, q, m.start(), m.end())
    return "DATE", (f"{y:04d}" if y is not None else "XXXX") + f"-Q{q}", ""


def h_rel_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    det = re.sub(r"\s+", " ", m["det"].lower())
    if ctx.dct is None:
        return "DATE", "XXXX-QX", ""
    cur = f"{ctx.dct.year}-Q{quarter_of(ctx.dct)}"
    if det in ("this", "the current", "the present"):
        return "DATE", cur, ""
    if det in ("next", "the next", "the coming", "the following"):
        return "DATE", shift_value(cur, 1, "quarter"), ""
    if det in ("last", "the previous", "the past", "the last"):
        return "DATE", shift_value(cur, -1, "quarter"), ""
    if "year" in det:
        return "DATE", shift_value(_reported_quarter(ctx) or cur, -1, "year"), ""
    if det == "the latest":
        return "DATE", shift_value(cur, -1, "quarter"), ""
    # "the quarter", "that quarter": the quarter being discussed
    return "DATE", _reported_quarter(ctx) or cur, ""


def h_half(m: re.Match[str], ctx: Context) -> Result | None:
    h = 1 if m["h"].lower() == "first" else 2
    if m["y"]:
        y: int | None = int(m["y"])
    elif ctx.dct is None:
        y = None
    else:
        y = ctx.dct.year + {"this": 0, "the": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return "DATE", (f"{y:04d}" if y is not None else "XXXX") + f"-H{h}", ""


_SEASON_MID = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def check_season(m: re.Match[str], text: str) -> bool:
    det = (m["det"] or "").lower()
    if m["y"]:
        return True
    word = text[m.start("s"):m.end("s")]
    if word[0].isupper() and re.search(r"[A-Z]\w*\s+$", text[max(0, m.start() - 20):m.start()]) and not det:
        return False
    if re.match(r"\s+of\s+(?!\d)", text[m.end():m.end() + 8]) and det in ("the", "that"):
        return False
    if word.lower() == "fall" and det in ("the", "that"):
        return bool(re.search(r"\b(?:in|during|by|until|since|through|over|this|early|late|mid)\s+$",
                              text[max(0, m.start() - 14):m.start()], re.I))
    if det:
        return True
    if word.lower() == "fall":
        return False
    return bool(re.search(r"\b(?:in|during|since|until|by|through|throughout|over|early|late|mid|every|each|this|last|next)\s+$",
                          text[max(0, m.start() - 14):m.start()], re.I))


def h_season(m: re.Match[str], ctx: Context) -> Result | None:
    s = SEASONS[m["s"].lower()]
    if m["y"]:
        return "DATE", f"{m['y']}-{s}", ""
    if ctx.dct is None:
        return "DATE", f"XXXX-{s}", ""
    det = (m["det"] or "").lower()
    y = ctx.dct.year
    cur_mid = _SEASON_MID[s]
    # season containing the DCT?
    month = ctx.dct.month
    cur = {12: "WI", 1: "WI", 2: "WI"}.get(month) or ("SP" if month <= 5 else "SU" if month <= 8 else "FA")
    ybase = y - 1 if (s == "WI" and month <= 2) else y
    if "last" in det or "past" in det:
        if s == cur:
            return "DATE", f"{ybase - 1}-{s}", ""
        started = (cur_mid <= month) if s != "WI" else False
        return "DATE", f"{y if started else y - 1}-{s}", ""
    if "next" in det or "coming" in det:
        if s == cur:
            return "DATE", f"{ybase + 1}-{s}", ""
        started = (cur_mid <= month) if s != "WI" else False
        return "DATE", f"{y + 1 if started else y}-{s}", ""
    if s == cur:
        return "DATE", f"{ybase}-{s}", ""
    tense = ctx.tense(m.start(), m.end())
    started = (cur_mid <= month) if s != "WI" else False
    if tense == "past" or (not tense and det == "this" and started):
        return "DATE", f"{y if started else y - 1}-{s}", ""
    if tense == "future":
        return "DATE", f"{y + 1 if started else y}-{s}", ""
    return "DATE", f"{y}-{s}", ""


def _nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    d = date(y, m, 1)
    d += timedelta(days=(wd - d.isoweekday()) % 7)
    if n > 0:
        return d + timedelta(weeks=n - 1)
    last = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - wd) % 7)


_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": lambda y: date(y, 12, 25), "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24), "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31), "new year's": lambda y: date(y, 1, 1),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "easter": easter, "easter sunday": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "independence day": lambda y: date(y, 7, 4),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + timedelta(days=1),
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "halloween": lambda y: date(y, 10, 31), "valentine's day": lambda y: date(y, 2, 14),
    "veterans day": lambda y: date(y, 11, 11), "boxing day": lambda y: date(y, 12, 26),
    "may day": lambda y: date(y, 5, 1), "bastille day": lambda y: date(y, 7, 14),
}


def h_holiday(m: re.Match[str], ctx: Context) -> Result | None:
    key = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    f = _HOLIDAYS[key]
    if m["y"]:
        return "DATE", f(int(m["y"])).isoformat(), ""
    y = _pick_year(ctx, m.start(), m.end(), f, granularity_days=1)
    if y is None:
        return "DATE", "XXXX-XX-XX", ""
    return "DATE", f(y).isoformat(), ""


_WEEKDAY_STOP = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Star|Mail|People|Sport|"
    r"Independent|Magazine|Edition|School|Service|Review|Night\s+Live|Football|League|Paper|Business)\b")


def check_weekday(m: re.Match[str], text: str) -> bool:
    if m["pod"] and text[m.start("pod")].isupper() and re.match(r"\s+[A-Z]", text[m.end():m.end() + 2]):
        return False  # a title: "Saturday Night Live"
    if m["wd"].endswith(".") and not text[m.start("wd")].isupper():
        return False
    if _WEEKDAY_STOP.match(text, m.end()):
        return False
    before = text[max(0, m.start() - 10):m.start()]
    if re.search(r"\b(?:Bloody|Super|Black|Cyber|Palm|Ash|Holy|Maundy|Good|Easter|Great)\s+$", before):
        return False
    return True


def h_weekday(m: re.Match[str], ctx: Context) -> Result | None:
    wd = _weekday(m["wd"])
    pod = m["pod"]
    if m["pl"] or m["pl2"] or (m["det"] and m["det"].lower() in ("every", "each")):
        return "SET", f"XXXX-WXX-{wd}" + _time_suffix(pod), ""
    d = _weekday_date(ctx, wd, m.start(), m.end(), m["det"] or "")
    if d is None:
        return ("TIME" if pod else "DATE"), f"XXXX-WXX-{wd}" + _time_suffix(pod), ""
    return ("TIME" if pod else "DATE"), d.isoformat() + _time_suffix(pod), ""


def h_part_of_day(m: re.Match[str], ctx: Context) -> Result | None:
    if m["single"]:
        pod = m["single"].lower()
        d = ctx.dct
        if pod == "overnight":
            if d is not None and ctx.tense(m.start(), m.end()) == "past":
                d = d - timedelta(days=1)
            return "TIME", _day_value(d) + "TNI", ""
        return "TIME", _day_value(d) + _time_suffix(pod), ""
    day = re.sub(r"\s+", " ", m["day"].lower())
    pod = m["pod"].lower()
    base = ctx.dct
    if day in ("that", "the same"):
        base = ctx.anchor_day()
    off = {"yesterday": -1, "tomorrow": 1, "last": -1, "the next": 1, "the following": 1,
           "the previous": -1}.get(day, 0)
    if day in ("the next", "the following", "the previous"):
        base = ctx.anchor_day()
    if day == "last" and pod != "night":
        off = -1
    d = base + timedelta(days=off) if base else None
    return "TIME", _day_value(d) + _time_suffix(pod), ""


def h_clock(m: re.Match[str], ctx: Context) -> Result | None:
    gd = m.groupdict()
    if gd.get("nm") and re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "high noon"
    if gd.get("nm"):
        nm = gd["nm"].lower()
        hh, mi = (24, 0) if nm == "midnight" else (12, 0)
    else:
        h = gd.get("h") or gd.get("hw")
        n = words_to_number(h) if h else None
        if n is None or n > 24:
            return None
        hh = int(n)
        mi = int(gd["mi"]) if gd.get("mi") else 0
        ap = (gd.get("ap") or "").lower().replace(".", "")
        ipod = (gd.get("ipod") or "").lower()
        if ap in ("pm",) or ipod in ("afternoon", "evening", "night"):
            if hh < 12:
                hh += 12
        elif (ap == "am" or ipod == "morning") and hh == 12:
            hh = 0
        if ap and hh > 24:
            return None
    d = ctx.dct  # a bare clock time belongs to the day under discussion (if recent) or the DCT
    if ctx.ref_day and ctx.last_pos is not None and m.start() - ctx.last_pos < 1500:
        d = ctx.ref_day
    if gd.get("twd"):
        if gd.get("tmon"):
            mo, dd = _month(gd["tmon"]), ordinal_value(gd["tday"]) or 1
            y = _pick_year(ctx, m.start(), m.end(), lambda k: _safe_date(k, mo, dd))
            d = _safe_date(y, mo, dd) if y else None
        else:
            d = _weekday_date(ctx, _weekday(gd["twd"]), m.start(), m.end())
    elif gd.get("trel"):
        t = gd["trel"].lower()
        d = ctx.dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(t, 0)) if ctx.dct else None
    elif gd.get("tmon2"):
        mo, dd = _month(gd["tmon2"]), ordinal_value(gd["tday2"]) or 1
        y = int(gd["ty"]) if gd.get("ty") else _pick_year(ctx, m.start(), m.end(), lambda k: _safe_date(k, mo, dd))
        d = _safe_date(y, mo, dd) if y else None
    return "TIME", _day_value(d) + f"T{hh:02d}:{mi:02d}", ""


_DEICTIC = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "current": "PRESENT_REF", "the present": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "present-day": "PRESENT_REF",
    "today's": "PRESENT_REF", "right now": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF", "in the past": "PAST_REF",
    "once": "PAST_REF", "earlier": "PAST_REF", "hitherto": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "shortly": "FUTURE_REF", "in the future": "FUTURE_REF", "eventually": "FUTURE_REF",
}


def check_deictic(m: re.Match[str], text: str) -> bool:
    w = m["w"].lower()
    after = text[m.end():m.end() + 16]
    if w == "current":
        return not re.match(r"\s+(?:account|accounts|affairs|events|flow|flows|of|through|in)\b|s\b", after, re.I)
    if w == "future":
        return not re.match(r"s\b|\s+(?:tense|contracts?|market|of)\b", after)
    if w == "now":
        return not re.match(r"-(?:defunct|closed|retired)", after)
    return True


def h_deictic(m: re.Match[str], ctx: Context) -> Result | None:
    w = re.sub(r"\s+", " ", m["w"].lower())
    if w in ("today", "yesterday", "tomorrow", "the day before yesterday", "the day after tomorrow"):
        off = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
               "the day after tomorrow": 2}[w]
        d = ctx.dct + timedelta(days=off) if ctx.dct else None
        return "DATE", _day_value(d), ""
    if w in ("tonight",):
        return "TIME", _day_value(ctx.dct) + "TNI", ""
    if w.endswith("future") or w.endswith("term"):
        return "DATE", "FUTURE_REF", ""
    return "DATE", _DEICTIC[w], ""


_REL_OFF = {"that same": 0, "this": 0, "current": 0, "the current": 0, "the": 0, "the same": 0, "that": 0,
            "the present": 0,
            "last": -1, "past": -1, "previous": -1, "the previous": -1, "the past": -1,
            "the last": -1, "this past": -1, "the preceding": -1, "the prior": -1, "prior": -1,
            "next": 1, "coming": 1, "following": 1, "the following": 1, "the next": 1,
            "the coming": 1, "this coming": 1, "the ensuing": 1, "the subsequent": 1}
_ANCHORED = {"that same", "the same", "that", "the previous", "the following", "following", "the ensuing",
             "the subsequent", "the preceding", "the prior", "prior"}


def check_rel_unit(m: re.Match[str], text: str) -> bool:
    """Not a title ("ABC's This Week"): both words capitalised in mid-sentence."""
    if text[m.start("u")].isupper() and not text[m.start()].isupper():
        return False  # "Performer of the Week"
    if text[m.start("u")].isupper() and text[m.start()].isupper():
        before = text[max(0, m.start() - 3):m.start()]
        return not re.search(r"[\w,'\"]\s*$", before) or bool(re.search(r"[.!?]\s*$", before))
    return True


def h_rel_unit(m: re.Match[str], ctx: Context) -> Result | None:
    det = re.sub(r"\s+", " ", m["det"].lower())
    unit = m["u"].lower()
    off = _REL_OFF[det]
    if unit == "day":
        if det in ("the next", "the following", "the previous", "the same", "that", "the preceding", "that same",
                   "the prior", "following", "the ensuing", "the subsequent"):
            base = ctx.anchor_day()
            return "DATE", _day_value(base + timedelta(days=off) if base else None), ""
        return None
    if unit == "decade":
        if det in ("the past", "the last", "the next", "the coming", "past", "the previous"):
            return "DURATION", "P10Y", ""
        if ctx.dct is None:
            return "DATE", "XXX", ""
        return "DATE", str(ctx.dct.year // 10 + off), ""
    anchored = det in _ANCHORED
    base_day = (ctx.anchor_day() if anchored else ctx.dct)
    if base_day is None:
        v = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX"}[unit]
        return "DATE", v, ""
    if unit == "weekend" and det in ("the", "this") and base_day.isoweekday() < 6 \
            and ctx.tense(m.start(), m.end()) == "past":
        off = -1
    if unit in ("week", "weekend"):
        v = iso_week(base_day + timedelta(weeks=off))
        return "DATE", v + ("-WE" if unit == "weekend" else ""), ""
    if unit == "month":
        return "DATE", shift_value(f"{base_day.year:04d}-{base_day.month:02d}", off, "month"), ""
    if unit == "year":
        if det == "the" and re.match(r"\s+(?:ended|ending|through|to\s+(?:date|\w+\s+\d))", ctx.text[m.end():m.end() + 16]):
            return "DURATION", "P1Y", ""  # a fiscal year: "the year ended March 31"
        if anchored and ctx.last_year and det in ("that", "the same"):
            return "DATE", f"{ctx.last_year:04d}", ""
        return "DATE", f"{base_day.year + off:04d}", ""
    return None


def _duration_value(n: float | None, unit: str) -> str:
    u = unit.lower().rstrip("s") if unit.lower() not in ("centuries",) else "centurie"
    if u == "millennia":
        u = "millennia"
    code = UNITS.get(u, "X")
    if n is not None:
        n = n * UNIT_FACTOR.get(u, 1)
    t = "T" if u in TIME_UNITS else ""
    if n is None:
        code = {"decade": "DE", "century": "CE", "centurie": "CE"}.get(u, code)
        return f"P{t}X{code}"
    if code == "WE":
        return f"P{_fmt_num(n)}WE"
    if not float(n).is_integer():
        whole = int(n)
        frac = n - whole
        smaller = {"Y": (12, "M", ""), "W": (7, "D", ""), "D": (24, "H", "T"),
                   "H": (60, "M", "T"), "M": (30, "D", "") if not t else (60, "S", "T")}.get(code)
        if smaller and float(frac * smaller[0]).is_integer():
            parts = f"{whole}{code}" if whole else ""
            if t:
                return f"PT{parts}{int(frac * smaller[0])}{smaller[1]}"
            if smaller[2]:
                return f"P{parts}T{int(frac * smaller[0])}{smaller[1]}"
            return f"P{parts}{int(frac * smaller[0])}{smaller[1]}"
    return f"P{t}{_fmt_num(n)}{code}"


_SET_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*%?|percent|per\s+cent|cents?|dollars?|euros?|pounds?|yen|yuan|rubles?|"
    r"times|once|twice|thrice|million|billion|trillion|barrels|tons|tonnes|units|visitors|"
    r"people|hours|days|miles|meals|flights|sessions|shifts|calls)\s*$", re.I)


def h_duration(m: re.Match[str], ctx: Context) -> Result | None:
    nraw = re.sub(r"\s+", " ", m["n"].lower())
    unit = m["u"].lower()
    n = words_to_number(nraw)
    if n is None:  # a range, "two to three weeks", "48-72 hours": its lower end
        first = re.split(r"\s*(?:\bto\b|\bor\b|-)\s*", nraw)[0]
        if first != nraw:
            n = words_to_number(first)
    suf = (m["suf"] or "").lower()
    suf = re.sub(r"\s+", " ", suf)
    uname = unit.rstrip("s") if unit != "centuries" else "century"
    uname = {"yr": "year", "hr": "hour", "min": "minute", "sec": "second", "fortnight": "week",
             "centurie": "century"}.get(uname, uname)
    if unit.startswith("fortnight") and n is not None:
        n *= 2
    if m["half"] and n is not None:
        n += 0.5  # "an hour and a half"
    if nraw in ("a", "an") and not suf and not m["det"] and _SET_BEFORE.search(ctx.text[max(0, m.start() - 24):m.start()]):
        return "SET", _duration_value(1, unit), ""
    if suf in ("ago", "earlier", "later", "before", "after", "from now", "hence", "back"):
        if n is None:
            return "DATE", ("FUTURE_REF" if suf in ("later", "from now", "hence", "after") else "PAST_REF"), ""
        sign = 1 if suf in ("later", "from now", "hence", "after") else -1
        k = int(round(n))
        if uname in ("second", "minute", "hour"):
            return "DATE", _day_value(ctx.dct) if suf in ("ago", "from now", "hence") else _day_value(ctx.anchor_day()), ""
        if uname == "weekend":
            uname = "week"
        if suf == "ago" and uname == "year" and ctx.last_quarter and ctx.last_pos is not None \
                and m.start() - ctx.last_pos < 300:
            return "DATE", shift_value(_reported_quarter(ctx) or ctx.last_quarter, -k, "year"), ""
        if suf in ("ago", "from now", "hence", "back") or not ctx.ref_value:
            base = ctx.dct
            if base is None:
                return "DATE", "XXXX", ""
            d = shift_date(base, sign * k, uname)
            if uname == "day":
                v = d.isoformat()
            elif uname == "week":
                v = iso_week(d)
            elif uname in ("month",):
                v = f"{d.year:04d}-{d.month:02d}"
            elif uname == "quarter":
                v = f"{d.year:04d}-Q{quarter_of(d)}"
            else:
                v = f"{d.year:04d}"
            return "DATE", v, ""
        return "DATE", shift_value(ctx.ref_value, sign * k, uname), ""
    if m["old"] and m["old"].lower().endswith("old"):
        return None  # ages ("a 6-year-old") are not annotated in TimeBank/TempEval
    return "DURATION", _duration_value(n, unit), ""


def check_duration(m: re.Match[str], text: str) -> bool:
    nraw = m["n"].lower().strip()
    unit = m["u"].lower()
    if re.fullmatch(r"1[0-9]\d\d|20\d\d", nraw) and not unit.endswith("s"):
        return False  # "the 1988 quarter"
    if unit.startswith("quarter") and re.match(r"\s+of\b", text[m.end():m.end() + 4]):
        return False  # "three-quarters of", "a quarter of the market"
    if nraw in ("a", "an") and unit == "second" and not m["suf"]:
        return False  # "a second round"
    if text[m.start("u")].isupper() and not text[m.start("n")].isupper() and m.start("n") > 0:
        return False  # a title: "60 Minutes"
    if nraw in ("a", "an", "one") and unit.endswith("s") and unit not in ("hours",):
        return False
    if nraw == "some" and not unit.endswith("s"):
        return False  # "some day"
    if nraw in ("a", "an") and unit in ("day",) and not m["det"] and not m["suf"]:
        # "a day" alone is rarely temporal ("twice a day" is a set, handled)
        return bool(_SET_BEFORE.search(text[max(0, m.start() - 24):m.start()])) or \
            bool(re.search(r"\b(?:for|in|within|than|about|nearly|almost|over|only|just|after|least)\s+$",
                           text[max(0, m.start() - 12):m.start()], re.I))
    if nraw in ("many", "some", "few") and not m["det"] and not m["suf"]:
        return bool(re.search(r"\b(?:for|in|within|over|after|the|than)\s+$", text[max(0, m.start() - 10):m.start()], re.I))
    return True


def h_bare_plural(m: re.Match[str], ctx: Context) -> Result | None:
    x = m["x"].lower()
    u = re.sub(r"-long$", "", x.split()[-1] if not x.endswith(" ahead") else x.split()[1])
    if u == "years" and re.search(r"recent|past", x):
        return "DATE", "PAST_REF", ""
    return "DURATION", _duration_value(None, u), ""


_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
                "annually": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M",
                "biweekly": "P2W", "bimonthly": "P2M", "biannually": "P6M", "semiannually": "P6M",
                "semi-annually": "P6M", "fortnightly": "P2W"}


def check_set_adverb(m: re.Match[str], text: str) -> bool:
    w = text[m.start("w"):m.end("w")]
    if w[0].isupper():
        before = text[max(0, m.start() - 20):m.start()]
        after = text[m.end():m.end() + 12]
        if re.search(r"[A-Z][\w.]*\s+$", before) or re.match(r"\s+[A-Z]", after):
            return False
    return True


def h_set_adverb(m: re.Match[str], ctx: Context) -> Result | None:
    return "SET", _SET_ADVERBS[m["w"].lower()], ""


def h_set_every(m: re.Match[str], ctx: Context) -> Result | None:
    u = m["u"]
    ul = u.lower().rstrip(".")
    if m["n"]:
        n = words_to_number(m["n"])
        return "SET", _duration_value(n, u), ""
    if ul in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[ul]}", ""
    if ul in MONTHS:
        return "SET", f"XXXX-{MONTHS[ul]:02d}", ""
    if ul in SEASONS:
        return "SET", f"XXXX-{SEASONS[ul]}", ""
    if ul in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[ul]}", ""
    k = 2 if m["other"] and m["other"].lower() == "other" else 1
    if ul == "weekend":
        return "SET", "XXXX-WXX-WE", ""
    return "SET", _duration_value(k, ul), ""


def _reported_quarter(ctx: Context) -> str | None:
    """The quarter under discussion: the last one mentioned unless it lies after the DCT,
    else the last completed quarter (results are reported for past quarters)."""
    if ctx.dct is None:
        return ctx.last_quarter
    cur = f"{ctx.dct.year}-Q{quarter_of(ctx.dct)}"
    if ctx.last_quarter and ctx.last_quarter <= cur:
        return ctx.last_quarter
    return shift_value(cur, -1, "quarter")


def h_year_ago(m: re.Match[str], ctx: Context) -> Result | None:
    tail = (m["tail"] or "").lower()
    qm = re.search(r"(first|second|third|fourth)", tail)
    if ctx.dct is None:
        return "DATE", "XXXX", ""
    base = _reported_quarter(ctx) if ("quarter" in tail or "period" in tail or not tail) else None
    if qm:
        q = _ORD_Q[qm.group(1)]
        rq = _reported_quarter(ctx)
        y = int(rq[:4]) if rq else ctx.dct.year
        return "DATE", f"{y - 1:04d}-Q{q}", ""
    if base:
        return "DATE", shift_value(base, -1, "year"), ""
    if ctx.ref_value and re.match(r"\d{4}", ctx.ref_value):
        return "DATE", shift_value(ctx.ref_value, -1, "year"), ""
    return "DATE", f"{ctx.dct.year - 1:04d}", ""


def h_year_end(m: re.Match[str], ctx: Context) -> Result | None:
    if ctx.dct is None:
        return "DATE", "XXXX", "END"
    before = ctx.text[max(0, m.start() - 8):m.start()].lower()
    y = ctx.dct.year - (1 if re.search(r"since\s+$", before) else 0)
    return "DATE", f"{y:04d}", "END"


def h_same_period(m: re.Match[str], ctx: Context) -> Result | None:
    """"the same period last year", "last year's quarter": the reported quarter a year back."""
    if ctx.dct is None:
        return "DATE", "XXXX", ""
    rq = _reported_quarter(ctx) if ctx.last_quarter else None
    return "DATE", shift_value(rq, -1, "year") if rq else f"{ctx.dct.year - 1:04d}", ""


def h_latest_period(m: re.Match[str], ctx: Context) -> Result | None:
    if ctx.dct is None:
        return "DATE", "XXXX-QX", ""
    cur = f"{ctx.dct.year}-Q{quarter_of(ctx.dct)}"
    return "DATE", ctx.last_quarter or shift_value(cur, -1, "quarter"), ""


_WORD_YEAR_TENS = {w: i * 10 for i, w in enumerate(["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]) if w}


def h_word_year(m: re.Match[str], ctx: Context) -> Result | None:
    if m["thou"] is not None:
        rest = words_to_number(m["thou"]) if m["thou"] else 0
        return "DATE", f"{2000 + int(rest or 0):04d}", ""
    a = {"nineteen": 19, "eighteen": 18, "twenty": 20}[m["a"].lower()]
    b = m["b"].lower()
    if b == "hundred":
        return "DATE", f"{a}00", ""
    b = re.sub(r"^oh[\s-]+", "", b)
    n = words_to_number(b)
    if n is None or n >= 100:
        return None
    return "DATE", f"{a * 100 + int(n):04d}", ""


# --------------------------------------------------------------------------- rule table

def _r(pattern: str) -> re.Pattern[str]:
    """Compile a rule: it runs over lower-cased text and starts at a word boundary."""
    return re.compile(r"(?<![\w])(?:" + pattern + ")")


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The compiled rule table (built once, on first use)."""
    nw9 = "one|two|three|four|five|six|seven|eight|nine"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    det_rel = (r"that\s+same|this\s+past|this\s+coming|the\s+current|the\s+same|the\s+previous|the\s+following|"
               r"the\s+next|the\s+coming|the\s+past|the\s+last|the\s+preceding|the\s+prior|"
               r"the\s+ensuing|the\s+subsequent|the\s+present|this|last|next|past|coming|previous|"
               r"following|current|prior|that|the")
    ord_cent = (r"\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty)[\s-](?:first|second|third)|"
                r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                r"nineteenth|twentieth")
    day_tail = (rf"(?:,?\s+(?:on\s+)?(?:(?P<twd>{_WD})(?:,?\s+(?P<tmon>{MONTH_I})\s*(?P<tday>{DAYNUM}))?"
                rf"|(?P<trel>today|yesterday|tomorrow|tonight)(?![\w])|(?P<tmon2>{MONTH_I})\s*(?P<tday2>{DAYNUM})(?:,?\s*(?P<ty>{YEAR}))?))?")
    holidays = (r"(?:christmas(?:\s+day|\s+eve)?|new\s+year['’]s(?:\s+day|\s+eve)?|"
                r"thanksgiving(?:\s+day)?|easter(?:\s+sunday|\s+monday)?|good\s+friday|"
                r"independence\s+day|election\s+day|labor\s+day|memorial\s+day|halloween|"
                r"valentine['’]s\s+day|veterans\s+day|boxing\s+day|may\s+day|bastille\s+day)")
    R = Rule
    return (
        R("iso", _r(r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?"
                    r"(?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
                    r"(?![\w/-]|\.\d)"), h_iso),
        R("slash", _r(r"(?<![\w/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\w/]|\.\d)"), h_slash),
        R("mdy", _r(rf"(?:(?:{_WD}),?\s+)?(?P<mon>{MONTH_I})\s*(?P<day>{DAYNUM})(?:,?\s*(?P<y>{YEAR})"
                    rf"|,?\s+(?P<rel>this|last|next)\s+year)?(?![\w]|[.,]\d)"), h_mdy, check_month_cap),
        R("dmy", _r(rf"(?:(?:{_WD}),?\s+)?(?:(?:the\s+)?(?:(?P<day2>{DAYNUM})|(?P<oday>{ORDINAL_DAY}))\s+of|(?P<day>{DAYNUM}))"
                    rf"\s+(?P<mon>{MONTH_I})(?:,?\s*(?P<y>{YEAR})|,?\s+(?P<rel>this|last|next)\s+year)?(?![\w])"), h_mdy, check_month_cap),
        R("month_year", _r(rf"(?P<mon>{MONTH_I})(?:(?:\s+of|,)?\s*(?P<y>{YEAR})|\s+(?P<rel>this|last|next)\s+year)(?![\w])"),
          h_month_year, check_month_cap),
        R("month", _r(rf"(?:(?P<det>last|next|this\s+past|this\s+coming|this|the\s+following|the\s+previous)\s+)?(?P<mon>{MONTH_I})"),
          h_month, check_month),
        R("year", _r(rf"(?<![\w$£€#@/.:])(?<!\d,)(?:the\s+year\s+)?(?P<y>{YEAR})(?!\w|[.,:]\d|\s*(?:%|percent|per\s+cent))"),
          h_year, check_year),
        R("word_year", _r(rf"(?:the\s+year\s+)?(?:(?P<a>nineteen|eighteen)[\s-]+(?P<b>(?:{tens})(?:[\s-](?:{nw9}))?|{teens}|hundred|oh[\s-](?:{nw9}))"
                          rf"|two\s+thousand(?:\s+and)?(?P<thou>(?:\s+(?:{teens}|{nw9}))?))(?![\w-])(?!\s+(?:years|days|people|troops))"),
          h_word_year),
        R("fiscal", _r(rf"(?:(?:the\s+current|this|last|next|the\s+latest|the\s+previous|the|its|the\s+new)\s+)?"
                       rf"fiscal(?:\s+year)?\s*(?P<y>{YEAR}|'\d\d)(?![\w])|fy\s*'?(?P<y2>\d{{4}}|\d\d)(?![\w])"),
          lambda m, c: ("DATE", f"{_y(m['y'] or m['y2']):04d}", ""),
          lambda m, t: not m["y2"] or t[m.start():m.start() + 2] == "FY"),
        R("fiscal_rel", _r(r"(?P<det>the\s+current|this|last|next|the\s+latest|the\s+previous|the|its|the\s+new|the\s+full)\s+fiscal\s+year"),
          h_fiscal),
        R("decade", _r(r"(?:(?P<c>1[0-9]|20)(?P<d>\d)0(?:s|'s)|'(?P<d2>\d)0s|(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\w])"),
          h_decade, check_decade_words),
        R("century", _r(rf"(?:the\s+)?(?P<o>{ord_cent})[\s-]+century|(?P<rel>this|last|next|the\s+last|the\s+past|the\s+previous|the\s+current|the\s+next)\s+century"),
          h_century),
        R("quarter", _r(rf"(?:(?P<det>the|this|last|next|this\s+year['’]s|last\s+year['’]s|next\s+year['’]s|(?P<yq>{YEAR})['’]?s?|"
                        rf"the\s+latest|the\s+current|the\s+previous|the\s+same|the\s+year-earlier|the\s+year-ago|year-earlier|year-ago|"
                        rf"the\s+comparable(?:\s+year-(?:ago|earlier))?)\s+)?(?:(?:fiscal|calendar)[\s-]+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)"
                        rf"[\s-]+(?:fiscal[\s-]+)?(?:quarter|qtr\.?)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y>{YEAR})|(?P<rely>this|last|next)\s+year)|,?\s+(?P<y2>{YEAR}))?"
                        rf"|q(?P<q>[1-4])(?:\s*(?:'|FY)?(?P<y3>\d{{4}}|\d\d))?(?![\w])"),
          lambda m, c: h_quarter_q(m, c), check_quarter),
        R("rel_quarter", _r(r"(?P<det>the\s+latest|the\s+current|the\s+previous|the\s+same|the\s+past|the\s+last|the\s+next|"
                            r"the\s+coming|the\s+following|the\s+year-earlier|the\s+year-ago|the\s+comparable|the\s+present|this|last|next|that|the)\s+"
                            r"(?:fiscal\s+)?quarter(?![\w-])"), h_rel_quarter),
        R("half", _r(rf"(?:the\s+)?(?P<h>first|second|latter|last)\s+half\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<rel>this|last|next|the)\s+year)"),
          h_half),
        R("season", _r(rf"(?:(?P<det>this\s+past|this\s+coming|the\s+past|the\s+coming|this|last|next|the|that)\s+)?"
                       rf"(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?(?![\w])"), h_season, check_season),
        R("holiday", _r(rf"(?P<h>{holidays})(?:,?\s+(?P<y>{YEAR}))?(?![\w])"), h_holiday,
          lambda m, t: t[m.start()].isupper()),
        R("weekday", _r(rf"(?:(?P<det>last|next|this\s+past|this\s+coming|this|coming|past|the\s+following|the\s+previous|every|each)\s+)?"
                        rf"(?P<wd>{_WD})(?P<pl>s)?(?:\s+(?P<pod>morning|afternoon|evening|night|overnight)(?P<pl2>s)?)?(?![\w])"),
          h_weekday, check_weekday),
        R("part_of_day", _r(r"(?:(?P<day>yesterday|today|tomorrow|this|last|that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+"
                            r"(?P<pod>morning|afternoon|evening|night)|(?P<single>tonight|overnight))(?![\w])"), h_part_of_day),
        R("clock", _r(rf"(?<![\d:.])(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>{AMPM})|"
                      rf"(?P<h2>[01]?\d|2[0-3]):?(?P<mi2>[0-5]\d)(?::\d\d)?(?=\s*(?:{ZONE}|hours|hrs|h\b))|"
                      rf"(?P<nm>noon|midnight|midday)|(?P<hw>{NUMWORD}|\d{{1,2}})\s+(?:o['’]clock|in\s+the\s+(?P<ipod>morning|afternoon|evening)))"
                      rf"(?:\s*(?:{ZONE})(?![\w]))?(?:\s+(?:local\s+time|hours|hrs))?{day_tail}(?![\w])"),
          lambda m, c: h_clock_any(m, c)),
        R("deictic", _r(r"(?<![\w-])(?P<w>today|yesterday|tomorrow|tonight|now|currently|presently|nowadays|recently|lately|"
                        r"formerly|the\s+(?:near|short)\s+term|the\s+past|the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|"
                        r"these\s+days|recent|current|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)(?![\w-])"),
          h_deictic, check_deictic),
        R("rel_unit", _r(rf"(?P<det>{det_rel})\s+(?P<u>day|week|weekend|month|year|decade)(?![\w-])"), h_rel_unit,
          check_rel_unit),
        R("duration", _r(rf"(?:(?P<det>the|these|those|its|their|his|her|our|my|your|this|that)\s+)?"
                         rf"(?:(?P<adj>past|last|next|first|coming|previous|following|latest|final|initial|remaining|"
                         rf"same|full|entire|whole|other|preceding|ensuing|intervening|subsequent)\s+)?"
                         rf"(?P<n>{NUMBER}(?:\s*(?:to|or|-)\s*{NUMBER})?)(?:\s+(?:more|full|straight|consecutive|successive|"
                         rf"long|short|trading|business|working|calendar|additional|extra|whole|entire))?[\s-]+(?P<u>{UNIT})"
                         rf"(?P<half>\s+and\s+a\s+half)?(?P<old>[\s-]+(?:long|old))?(?![\w-])(?:\s+(?P<suf>ago|earlier|from\s+now|hence|back)(?![\w]))?"),
          h_duration, check_duration, kind="duration"),
        R("bare_plural", _r(r"(?:\b(?:for|within|over|after|took|take|takes|taking|lasting|lasted|spent|spend|spending|in)\s+)"
                            r"(?P<x>years|months|weeks|days|decades|hours|minutes|centuries)(?!\s+(?:of|before|after|ago|earlier|later|old)\b)(?![\w-])"
                            r"|(?P<x2>(?:the\s+)?(?:recent|coming|ensuing|following|intervening|subsequent|past)\s+(?:years|months|weeks|days|decades|hours|quarters)"
                            r"|the\s+(?:years|months|weeks|days)\s+ahead|(?:years|months|weeks|days|decades|centuries)-long)(?![\w-])"),
          lambda m, c: h_bare_plural_any(m, c), group=0, kind="duration"),
        R("set_adverb", _r(r"(?P<w>daily|weekly|monthly|yearly|hourly|nightly|biweekly|bimonthly|"
                           r"biannually|semi-?annually|fortnightly)(?![\w-])"), h_set_adverb, check_set_adverb, kind="set"),
        R("set_every", _r(rf"(?:every|each|per)\s+(?:(?P<other>other|single)\s+)?(?:(?P<n>{NUMBER})\s+(?=\w+s\b))?"
                          rf"(?P<u>{UNIT}|morning|afternoon|evening|night|summer|winter|spring|autumn|{_WD}|{MONTH_I})(?![\w'])"),
          h_set_every, kind="set"),
        R("year_ago", _r(r"(?:the\s+)?(?:comparable\s+)?year-(?:ago|earlier)(?P<tail>\s+(?:period|quarter|(?:first|second|third|fourth)\s+quarter))?(?![\w-])"),
          h_year_ago),
        R("year_end", _r(r"(?P<det>the\s+)?(?:year-end|year\s+end|year['’]s\s+end|end-of-year|end\s+of\s+the\s+year)(?![\w-])"),
          h_year_end),
        R("full_year", _r(r"the\s+(?:full|whole|entire)\s+year(?![\w-])"),
          lambda m, c: ("DATE", f"{c.dct.year:04d}" if c.dct else "XXXX", "")),
        R("same_period", _r(r"(?:the\s+)?(?:corresponding|same|comparable|year-earlier|year-ago)\s+(?:period|quarter)\s+"
                            r"(?:of\s+)?(?:a\s+year\s+(?:ago|earlier)|last\s+year)|last\s+year['’]s\s+(?:period|quarter)(?![\w-])"),
          h_same_period),
        R("latest_period", _r(r"the\s+latest\s+period(?![\w])"), h_latest_period),
    )


def check_quarter(m: re.Match[str], text: str) -> bool:
    return not m["q"] or text[m.start("q") - 1] == "Q"


def h_quarter_q(m: re.Match[str], ctx: Context) -> Result | None:
    if m["q"]:
        q = int(m["q"])
        if m["y3"]:
            return "DATE", f"{_y(m['y3']):04d}-Q{q}", ""
        y = _quarter_year(ctx, q, m.start(), m.end())
        return "DATE", (f"{y:04d}" if y is not None else "XXXX") + f"-Q{q}", ""
    return h_quarter(m, ctx)


def h_clock_any(m: re.Match[str], ctx: Context) -> Result | None:
    gd = m.groupdict()
    if gd.get("h2") is not None:
        d = dict(gd)
        d["h"], d["mi"] = gd["h2"], gd["mi2"]
        return h_clock(_FakeMatch(m, d), ctx)
    return h_clock(m, ctx)


class _FakeMatch:
    """A match stand-in carrying substituted groups (for rule variants)."""

    def __init__(self, m: re.Match[str], groups: dict[str, str | None]) -> None:
        self._m = m
        self._g = groups

    def groupdict(self) -> dict[str, str | None]:
        return self._g

    def __getitem__(self, k: str) -> str | None:
        return self._g.get(k)

    def start(self, *a: object) -> int:
        return self._m.start()

    def end(self, *a: object) -> int:
        return self._m.end()


def h_bare_plural_any(m: re.Match[str], ctx: Context) -> Result | None:
    x = m["x"] or m["x2"]
    return h_bare_plural(_FakeMatch(m, {"x": x}), ctx)


# --------------------------------------------------------------------------- search

_CAT_WORDS = {
    "MON": list(MONTHS),
    "WD": list(WEEKDAYS),
    "UNIT": ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
             "weeks", "fortnight", "fortnights", "month", "months", "quarter", "quarters", "year",
             "years", "yr", "yrs", "decade", "decades", "century", "centuries", "millennium",
             "millennia", "weekend", "weekends", "min", "mins", "sec", "secs", "hr", "hrs"],
    "DEIXIS": ["today", "yesterday", "tomorrow", "tonight", "now", "currently", "presently",
               "nowadays", "recently", "lately", "previously", "formerly", "soon", "past",
               "future", "days", "recent", "current", "term"],
    "POD": ["morning", "afternoon", "evening", "night", "tonight", "overnight", "noon",
            "midnight", "midday", "clock", "a.m", "p.m", "am", "pm", "gmt", "utc", "est", "edt", "cst",
            "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "eet", "msk", "jst", "kst",
            "ist", "aest", "aedt", "hkt", "sgt", "wib", "hours", "hrs", "local"],
    "SEASON": ["spring", "summer", "autumn", "fall", "winter"],
    "QUARTER": ["quarter", "qtr", "q1", "q2", "q3", "q4"],
    "FISCAL": ["fiscal", "fy"],
    "DECADE": ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
               "nineties"],
    "HOLIDAY": ["christmas", "easter", "thanksgiving", "halloween", "independence", "election",
                "labor", "memorial", "valentine", "veterans", "boxing", "bastille", "new",
                "good", "may"],
    "SET": ["daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly",
            "biweekly", "bimonthly", "biannually", "semiannually", "semi", "fortnightly",
            "every", "each", "per"],
    "WORDYEAR": ["nineteen", "eighteen", "thousand"],
    "CENTURY": ["century"],
    "PERIOD": ["period", "ago", "earlier"],
}
# which token categories can start/anchor each rule, and the window (chars before, after)
_RULE_TRIGGERS: dict[str, tuple[tuple[str, ...], int, int]] = {
    "iso": (("Y4",), 2, 30), "slash": (("NUM",), 10, 12), "mdy": (("MON",), 30, 30),
    "dmy": (("MON",), 40, 20), "month_year": (("MON",), 4, 30), "month": (("MON",), 16, 12),
    "year": (("Y4",), 16, 8), "word_year": (("WORDYEAR",), 20, 40),
    "fiscal": (("FISCAL",), 30, 20), "fiscal_rel": (("FISCAL",), 30, 20),
    "decade": (("DECADE",), 4, 14), "century": (("CENTURY",), 40, 12),
    "quarter": (("QUARTER",), 60, 30), "rel_quarter": (("QUARTER",), 40, 12),
    "half": (("UNIT",), 40, 10), "season": (("SEASON",), 20, 16),
    "holiday": (("HOLIDAY",), 4, 30), "weekday": (("WD",), 20, 16),
    "part_of_day": (("POD",), 20, 12), "clock": (("POD",), 14, 50),
    "deictic": (("DEIXIS",), 40, 20), "rel_unit": (("UNIT",), 20, 12),
    "duration": (("UNIT",), 60, 30), "bare_plural": (("UNIT",), 30, 12),
    "set_adverb": (("SET",), 2, 16), "set_every": (("SET",), 2, 40),
    "year_ago": (("UNIT",), 20, 40), "year_end": (("UNIT",), 14, 20), "full_year": (("UNIT",), 16, 6), "latest_period": (("PERIOD",), 14, 10),
    "same_period": (("PERIOD", "QUARTER"), 40, 30),
}
_NUMBER_TOKEN = re.compile(r"\d+(?:s\b)?")


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` factored as a trie (much faster in ``re``)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return build(trie)


@lru_cache(maxsize=1)
def _token_categories() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    cats: dict[str, list[str]] = {}
    for cat, words in _CAT_WORDS.items():
        for w in words:
            cats.setdefault(w, []).append(cat)
    words_re = re.compile(r"\b(?:" + _trie_pattern(sorted(cats)) + r"|fy\d+)\b")
    return words_re, {w: tuple(c) for w, c in cats.items()}


def _triggers(low: str) -> dict[str, list[tuple[int, int]]]:
    """Positions of trigger words and numbers by category (two fast scans of the text)."""
    words_re, table = _token_categories()
    out: dict[str, list[tuple[int, int]]] = {}
    for m in words_re.finditer(low):
        w = m.group()
        for c in table.get(w, ("FISCAL",)):
            out.setdefault(c, []).append(m.span())
    nums = out.setdefault("NUM", [])
    years = out.setdefault("Y4", [])
    decades = out.setdefault("DECADE", [])
    pod = out.setdefault("POD", [])
    pod_glued: list[tuple[int, int]] = []
    for m in _NUMBER_TOKEN.finditer(low):
        w = m.group()
        span = m.span()
        nums.append(span)
        if low.startswith(("am", "pm", "a.m", "p.m"), span[1]):
            pod_glued.append(span)  # "10.30am": no word boundary before "am"
        if w[-1] == "s":
            decades.append(span)
            if len(w) == 5:
                years.append(span)
        elif len(w) == 4 and w[0] in "12":
            years.append(span)
    decades.sort()  # words ("nineties") and numbers ("1990s") were collected separately
    if pod_glued:
        pod.extend(pod_glued)
        pod.sort()
    return out


def _segments(spans: list[tuple[int, int]], before: int, after: int, n: int) -> list[tuple[int, int]]:
    """Merged windows ``[start - before, end + after)`` around sorted trigger spans."""
    segs: list[tuple[int, int]] = []
    for s, e in spans:  # sorted by start
        a, b = max(0, s - before), min(n, e + after)
        if segs and a <= segs[-1][1]:
            if b > segs[-1][1]:
                segs[-1] = (segs[-1][0], b)
        else:
            segs.append((a, b))
    return segs


def lower_text(text: str) -> str:
    """``text.lower()`` with the same length (characters whose lower case is longer stay)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def candidates(text: str) -> list[Candidate]:
    """Non-overlapping rule matches, the longest winning (earlier rules break ties)."""
    found: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    low = lower_text(text)
    trig = _triggers(low)
    n = len(text)
    for prio, rule in enumerate(rules()):
        cats, before, after = _RULE_TRIGGERS[rule.name]
        if len(cats) == 1:
            spans = trig.get(cats[0])  # already in text order
        else:
            spans = sorted(sp for c in cats for sp in trig.get(c, ()))
        if not spans:
            continue
        for a, b in _segments(spans, before, after, n):
            for m in rule.regex.finditer(low, a, b):
                if rule.name == "bare_plural":
                    g = "x" if m["x"] else "x2"
                    s, e = m.span(g)
                else:
                    s, e = m.span(rule.group)
                if e <= s:
                    continue
                if rule.check is not None and not rule.check(m, text):
                    continue
                found.append((s, e, prio, rule, m))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Candidate] = []
    starts: list[int] = []
    for s, e, _, rule, m in found:
        i = bisect.bisect_right(starts, s)
        if i > 0 and taken[i - 1][1] > s:
            continue
        if i < len(taken) and taken[i][0] < e:
            continue
        starts.insert(i, s)
        taken.insert(i, (s, e))
        out.append(Candidate(s, e, rule, m))
    out.sort(key=lambda c: c.start)
    return out
