"""Handlers of the timex rules: each turns a regex match into ``(type, value, mod)``,
resolving it against a :class:`~communique.timex.context.Context`; ``check_*`` functions
reject look-alikes (a verb "May", "Sunday Times", "Expo 2020") before any resolution.

>>> import re
>>> from datetime import date
>>> from communique.timex.context import Context
>>> h_deictic(re.match(r"(?P<w>yesterday)", "yesterday"), Context("yesterday", date(2019, 4, 25)))
('DATE', '2019-04-24', '')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from communique.timex.lexicon import (MONTHS, PARTS_OF_DAY, SEASONS, TIME_UNITS, UNIT_FACTOR, UNITS,
                            WEEKDAYS, ordinal_value, words_to_number)
from communique.timex.values import easter, iso_week, quarter_of, shift_date, shift_value
from communique.timex.context import (Context, Result, _day_value, _fmt_num, _month, _pick_year, _safe_date,
                            _same_sentence, _time_suffix, _weekday, _weekday_date, _y)


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
    if (m["old"] and m["old"].lower().endswith("old")) or \
            re.match(r"\s+of\s+age\b", ctx.text[m.end():m.end() + 8], re.I):
        return None  # ages ("a 6-year-old", "40 years of age") are not annotated in TimeBank
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
    if unit == "second" and re.fullmatch(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-",
                                         text[m.start("n"):m.start("u")].lower()):
        return False  # the ordinal "seventy-second"
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
