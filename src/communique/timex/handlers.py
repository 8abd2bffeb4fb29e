"""Normalisers of the timex rules: each turns a regex match into ``(type, value, mod)``,
resolving it against a :class:`~communique.timex.context.Context`. A rule names its normaliser in
``timex/data/rules.toml``; :data:`NORMALISERS` maps those names here (checks: ``checks.py``).

>>> import re
>>> from datetime import date
>>> from communique.timex.context import Context
>>> deictic(re.match(r"(?P<w>yesterday)", "yesterday"), Context("yesterday", date(2019, 4, 25)))
('DATE', '2019-04-24', '')
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import lru_cache, partial

from communique.timex.checks import SET_BEFORE
from communique.timex.context import (Context, Result, date_value, day_value, fmt_num, looks_back, month_number,
                                      pick_year, safe_date, same_sentence, time_suffix, told_just_before, weekday_date,
                                      weekday_number, year_ahead, year_number)
from communique.timex.lexicon import (MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS, decades, deictic_words, habitual_phrases,
                                      holiday_date, ordinal_value, report_periods, set_adverbs, spoken_year, units,
                                      weekday_parts, words_to_number)
from communique.timex.values import SEASON_MONTHS, astro_year, iso_week, parse_value, quarter_of, shift_date, shift_value, year_str

_SPACES = re.compile(r"\s+")  # (compiled once: re.sub looked it up in its cache at every match)


# --------------------------------------------------------------------------- handlers

def iso(m: re.Match[str], ctx: Context) -> Result | None:
    v = f"{m['y']}-{m['m']}" + (f"-{m['d']}" if m["d"] else "")
    if m["H"] and m["d"]:
        return "TIME", f"{v}T{m['H']}:{m['M']}", ""
    return "DATE", v, ""


def slash(m: re.Match[str], ctx: Context) -> Result | None:
    a, b, y = int(m["a"]), int(m["b"]), year_number(m["y"])
    mo, d = (a, b) if a <= 12 else (b, a)
    dd = safe_date(y, mo, d)
    return ("DATE", dd.isoformat(), "") if dd else None


def mdy(m: re.Match[str], ctx: Context) -> Result | None:
    mo = month_number(m["mon"])
    gd = m.groupdict()
    d = ordinal_value(gd.get("day") or gd.get("day2") or gd.get("oday") or "")
    if not d or d > 31:
        return None
    if m["y"]:
        y: int | None = int(m["y"])
    elif m["rel"]:
        y = None if ctx.dct is None else ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    elif gd.get("ana"):  # "15 March of that year": the year under discussion
        y = None if ctx.last_year is None else ctx.last_year + _ANA_OFF[gd["ana"].split()[-1].lower()]
    elif gd.get("det") and ctx.dct is not None:
        # "last Oct. 23": the latest such day before the DCT; "next June 5": the first after it
        back = gd["det"].lower().split()[-1] in ("last", "past")
        y = ctx.dct.year
        dd = safe_date(y, mo, d)
        if dd is not None and back and dd >= ctx.dct:
            y -= 1
        elif dd is not None and not back and dd <= ctx.dct:
            y += 1
    else:
        y = pick_year(ctx, m.start(), m.end(), lambda k: safe_date(k, mo, d))
        if y is not None and ctx.dct is not None and not ctx.narrative and _ENDED_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
            dd = safe_date(y, mo, d)
            if dd is not None and dd > ctx.dct:
                y -= 1  # "the fiscal year ended Jan. 31": a period that has ended, so before the DCT
    if y is None:
        return "DATE", f"XXXX-{mo:02d}-{d:02d}", ""
    v = date_value(y, mo, d)
    if v is None and (mo, d) == (2, 29) and not m["y"]:
        # "on 29 February and 1 March 1992" told in a story at 1995: the year of the date it is joined to,
        # else a 29 February of no known year
        j = _JOINED_YEAR.match(ctx.text, m.end())
        y2 = int(j.group(1)) if j else None
        return "DATE", date_value(y2, 2, 29) if y2 and calendar.isleap(y2) else "XXXX-02-29", ""
    return ("DATE", v, "") if v else None


# a date with its year joined to the one before by a range or "and" ("29 February and 1 March 1992")
_JOINED_YEAR = re.compile(r"\s*(?:-|–|—|to|and|or|until|through)\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?|"
                          r"[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(\d{4})\b")
_ENDED_BEFORE = re.compile(r"\bended\s+$", re.I)
_ANA_OFF = {"that": 0, "same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}


def month_year(m: re.Match[str], ctx: Context) -> Result | None:
    mo = month_number(m["mon"])
    if m["y"]:
        y = int(m["y"])
    elif m["sy"]:  # "January nineteen ninety-seven" (broadcast transcripts)
        sy = spoken_year(m["sy"])
        if sy is None:
            return None
        y = sy
    elif m["ana"]:  # "December of that year", "in May of the following year": the year under discussion
        if ctx.last_year is None:
            return "DATE", f"XXXX-{mo:02d}", ""
        return "DATE", date_value(ctx.last_year + _ANA_OFF[m["ana"].split()[-1].lower()], mo), ""
    else:
        if ctx.dct is None:
            return "DATE", f"XXXX-{mo:02d}", ""
        y = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return "DATE", f"{y:04d}-{mo:02d}", ""


def month(m: re.Match[str], ctx: Context) -> Result | None:
    mo = month_number(m["mon"])
    det = _SPACES.sub(" ", (m["det"] or "").lower())
    if det == "that":
        if not ctx.narrative and ctx.last_year is not None and ctx.last_year > 0 and told_just_before(ctx, m.start()):
            # news: "(The first swap took place in September 2022.) A second followed that December": that year's
            return "DATE", date_value(ctx.last_year, mo), ""
        det = ""  # "that August": the August of the time under discussion, as a bare month
    if det == "the next":
        det = "the following"  # "(That December ...) the next June": the story's next June, as "the next spring"
    if det:
        story = _story_month(ctx) if det in ("the following", "the previous") else None
        if ctx.dct is None and story is None:
            return "DATE", f"XXXX-{mo:02d}", ""
        y, cur = story or (ctx.dct.year, ctx.dct.month)
        if det in ("last", "this past", "the previous"):
            y = y if mo < cur else y - 1
        elif det in ("next", "this coming", "the following"):
            y = y if mo > cur else y + 1
        return "DATE", date_value(y, mo), ""
    if not ctx.narrative and habitual(ctx, m.start()):
        return "DATE", f"XXXX-{mo:02d}", ""  # "the fire season usually peaks in July": any year's July
    y = pick_year(ctx, m.start(), m.end(), lambda k: date(k, mo, 15), granularity_days=15)
    if y is None:
        return "DATE", f"XXXX-{mo:02d}", ""
    return "DATE", date_value(y, mo), ""


@lru_cache(maxsize=1)
def _habitual_re() -> re.Pattern[str]:
    words = sorted(habitual_phrases(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b", re.I)


def habitual(ctx: Context, s: int) -> bool:
    """Whether the clause before ``s`` (its sentence, up to 80 characters back) is habitual
    ("usually", "runs from": ``data/habitual.tsv``)."""
    a = max(0, s - 80)
    cut = max((m.end() for m in _SENT_STOP.finditer(ctx.text, a, s)), default=a)
    return _habitual_re().search(ctx.text, cut, s) is not None


_SENT_STOP = re.compile(r"[!?;\n]|\.(?!\d)(?<![ap]\.)(?:(?<![ap]\.m\.)|(?=\s+[A-Z]))")  # "6 a.m. to" ends no clause


def _story_month(ctx: Context) -> tuple[int, int] | None:
    """(astronomical year, month) of the story's reference time, in narratives."""
    if not ctx.narrative or ctx.last_year is None:
        return None
    m = re.match(r"(?:BC)?\d{4}-(\d\d)", ctx.ref_value or "")
    return ctx.last_year, int(m.group(1)) if m and ctx.ref_granularity in ("day", "month") else 6


def _ref_month(ctx: Context) -> int:
    """The month of the reference time (a day or month value; 6 when it has none)."""
    m = re.match(r"(?:BC)?\d{4}-(\d\d)", ctx.ref_value or "")
    return int(m.group(1)) if m else 6


def year(m: re.Match[str], ctx: Context) -> Result | None:
    return "DATE", m["y"], ""


def fiscal(m: re.Match[str], ctx: Context) -> Result | None:
    """"the next fiscal year": the DCT's year moved by the determiner."""
    det = (m["det"] or "").lower()
    if det == "the" and _ENDED.match(ctx.text, m.end()):
        return "DURATION", "P1Y", ""  # "in the fiscal year ended Jan. 31": a period, like "the year ended"
    if ctx.dct is None:
        return "DATE", "XXXX", ""
    off = -1 if ("last" in det or "previous" in det) else 1 if ("next" in det or "new" in det) else 0
    return "DATE", f"{ctx.dct.year + off:04d}", ""


_ENDED = re.compile(r"\s+end(?:ed|ing)\b", re.I)


def decade(m: re.Match[str], ctx: Context) -> Result | None:
    if m["c"]:
        if m["d"] == "0" and 10 <= int(m["c"]) <= 19:
            return "DATE", m["c"], ""  # "the 1800s" are the hundred years 1800-1899, a century ("the 2000s" a decade)
        return "DATE", f"{m['c']}{m['d']}", ""
    d = int(m["d2"]) if m["d2"] else decades()[m["w"].lower()]
    c = 19
    if ctx.dct is not None:
        c = ctx.dct.year // 100
        if d * 10 > ctx.dct.year % 100:
            c -= 1
    return "DATE", f"{c}{d}", ""


_STORY_CENTURY = frozenset(("following", "preceding", "ensuing", "subsequent"))


def century(m: re.Match[str], ctx: Context) -> Result | None:
    if m["o"]:
        n = ordinal_value(m["o"])
        if not n:
            return None
        return "DATE", f"{n - 1:02d}", ""
    rel = m["rel"].lower().split()[-1]
    if rel in ("past", "last") and m["rel"].lower().startswith("the"):
        return "DURATION", "P100Y", ""
    story = ctx.last_year if ctx.last_year is not None and (rel in _STORY_CENTURY or (
        ctx.narrative and m["rel"].lower().startswith("the") and rel in ("next", "previous"))) else None
    if story is not None:
        # "(c. 450 BC) In the following century the kingdom declined": the century after the story's year
        off = 1 if rel in ("next", "following", "ensuing", "subsequent") else -1
        if story <= 0:
            n = (-story) // 100 - off  # 450 BC (astronomical -449) lies in BC04
            return ("DATE", f"BC{n:02d}", "") if n >= 0 else None
        return "DATE", f"{story // 100 + off:02d}", ""
    if ctx.dct is None:
        return "DATE", "XX", ""
    c = ctx.dct.year // 100 + {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "past": -1,
                               "following": 1, "ensuing": 1, "subsequent": 1, "preceding": -1}[rel]
    return "DATE", f"{c:02d}", ""


def century_told(m: re.Match[str], ctx: Context) -> Result | None:
    """"by the end of the century", "later that century": the century of the story's year (narratives)
    or of the DCT; a year BC in the century BC it lies in ("250 BC": ``BC02``)."""
    y = ctx.last_year if ctx.narrative and ctx.last_year is not None else ctx.dct.year if ctx.dct else None
    if y is None:
        return "DATE", "XX", ""
    if y <= 0:
        return "DATE", f"BC{(-y) // 100:02d}", ""  # astronomical 0 is 1 BC
    return "DATE", f"{y // 100:02d}", ""


_ORD_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


_NEW_CLAUSE = re.compile(r"[,;]\s+(?:but|and|while|whereas|although|though)\b", re.I)


def _quarter_year(ctx: Context, q: int, s: int, e: int) -> int | None:
    if ctx.dct is None:
        return None
    if ctx.last_quarter and ctx.last_quarter.endswith(f"Q{q}"):
        pass
    if ctx.last_year and ctx.ref_value and ctx.ref_value.startswith(str(ctx.last_year)) and \
            same_sentence(ctx, s) and ctx.last_pos is not None and s - ctx.last_pos < 60 and \
            not _NEW_CLAUSE.search(ctx.text, ctx.last_pos, s):
        return ctx.last_year  # the year just written ("in 1988, third-quarter profit"), not a clause before
    ended = _QUARTER_ENDED.match(ctx.text, e)
    if ended and ended.group(0).lower().strip().startswith("ended") and \
            ended.group(1).lower().rstrip(".") in MONTHS and 1 <= int(ended.group(2)) <= 31:
        # "the second quarter ended Oct. 31" (written 27 October 1989): a period that has ended, in
        # the year of its last day, the most recent one before the DCT (1988), as TimeBank writes it
        mo, day = month_number(ended.group(1)), int(ended.group(2))
        return ctx.dct.year - (1 if (mo, day) > (ctx.dct.month, ctx.dct.day) else 0)
    cq = quarter_of(ctx.dct)
    y = ctx.dct.year
    if q <= cq:
        return y
    return y if ctx.tense(s, e) == "future" else y - 1


def quarter(m: re.Match[str], ctx: Context) -> Result | None:
    q = _ORD_Q[m["o"].lower()] if m["o"] else int(m["q"])
    det = _SPACES.sub(" ", (m["det"] or "").lower())
    y: int | None
    if m["y"] or m["y2"]:
        y = year_number(m["y"] or m["y2"])
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
    elif not ctx.narrative and habitual(ctx, m.start()):
        # "business usually peaks in the fourth quarter(s)": that quarter of any year
        return ("SET" if m.group().lower().endswith("s") else "DATE"), f"XXXX-Q{q}", ""
    else:
        y = _quarter_year(ctx, q, m.start(), m.end())
    return "DATE", (f"{y:04d}" if y is not None else "XXXX") + f"-Q{q}", ""


def quarter_ellipsis(m: re.Match[str], ctx: Context) -> Result | None:
    """"the second [and fourth quarters]": a quarter whose noun the coordination leaves out."""
    q = _ORD_Q[m["o"].lower()]
    if m["y"]:
        return "DATE", f"{m['y']}-Q{q}", ""
    if not ctx.narrative and habitual(ctx, m.start()):
        return "SET", f"XXXX-Q{q}", ""
    y = _quarter_year(ctx, q, m.start(), m.end())
    return "DATE", (f"{y:04d}" if y is not None else "XXXX") + f"-Q{q}", ""


def year_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    """"the 1988 quarter": the quarter under discussion, in that year; "the 1988 period" too
    when a quarter is under discussion (else the year)."""
    rq = _reported_quarter(ctx) if (ctx.last_quarter or m["p"].lower() == "quarter") else None
    if m["p"].lower() == "period" and _report_granularity(ctx, m.start()) == "year":
        rq = None  # "In the first nine months, net was $306 million, against $195 million in the 1988 period"
    return "DATE", f"{m['y']}-{rq[-2:]}" if rq else m["y"], ""


def rel_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    det = _SPACES.sub(" ", m["det"].lower())
    if ctx.dct is None:
        return "DATE", "XXXX-QX", ""
    cur = f"{ctx.dct.year}-Q{quarter_of(ctx.dct)}"
    if det in ("this", "the current", "the present"):
        if det == "this" and ctx.report_quarter and ctx.report_quarter < cur and \
                _RESULTS_OF.match(ctx.text, m.end()):
            # "(net loss for the third quarter ended Sept. 30.) This quarter's loss includes ...":
            # the results told are the reported quarter's, written after it ended
            return "DATE", ctx.report_quarter, ""
        return "DATE", cur, ""
    if det in ("next", "the next", "the coming", "the following"):
        return "DATE", shift_value(cur, 1, "quarter"), ""
    if det in ("last", "the previous", "the past", "the last"):
        return "DATE", shift_value(cur, -1, "quarter"), ""
    if "year" in det:
        return "DATE", shift_value(_reported_quarter(ctx) or cur, -1, "year"), ""
    if det == "the latest":
        return "DATE", shift_value(cur, -1, "quarter"), ""
    # "the quarter ended Sept. 30": the calendar quarter that ends then
    ended = _QUARTER_ENDED.match(ctx.text, m.end())
    if ended and det in ("the", "that") and ended.group(1).lower().rstrip(".") in MONTHS and int(ended.group(2)) <= 31:
        mo, day = month_number(ended.group(1)), int(ended.group(2))
        y = ctx.dct.year - (1 if ended.group(0).lower().strip().startswith("ended")
                            and (mo, day) > (ctx.dct.month, ctx.dct.day) else 0)
        # a fiscal quarter is named by the calendar quarter of its middle month ("ended July 31":
        # May to July, the second); "ended Oct. 1" ends with September
        end = mo if day >= 15 else mo - 1
        mid = end - 1
        if mid < 1:
            y, mid = y - 1, mid + 12
        return "DATE", f"{y:04d}-Q{(mid - 1) // 3 + 1}", ""
    # "the quarter", "that quarter": the quarter being discussed
    return "DATE", _reported_quarter(ctx) or cur, ""


_MONTH_VALUE = re.compile(r"\d{4}-\d\d")
_PART_OF_MONTH = re.compile(r"\b(early|mid|late)[\s-]+[A-Za-z]+\.?(?:,?\s+\d{3,4})?$", re.I)  # "in late August" just told
_RESULTS_OF = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?(?:loss|losses|profits?|earnings|results|net|income|sales|revenues?)\b", re.I)
_QUARTER_ENDED = re.compile(r"\s+end(?:ed|ing)\s+([a-z]+\.?)\s*(\d{1,2})\b", re.I)


def half(m: re.Match[str], ctx: Context) -> Result | None:
    h = 1 if (m["h"] or m["hq"]).lower() == "first" else 2  # "the first two quarters of 1990": H1
    if m["y"]:
        y: int | None = int(m["y"])
    elif ctx.dct is None:
        y = None
    else:
        y = ctx.dct.year + {"this": 0, "the": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return "DATE", (f"{y:04d}" if y is not None else "XXXX") + f"-H{h}", ""


def report_half(m: re.Match[str], ctx: Context) -> Result | None:
    """"sales rose in the first half": the DCT's year's half, or last year's when a past clause
    tells its figures before it has ended."""
    if ctx.dct is None:
        return "DATE", f"XXXX-H{1 if m['h'].lower() == 'first' else 2}", ""
    h = 1 if m["h"].lower() == "first" else 2
    ended = h == 1 and ctx.dct.month > 6
    y = ctx.dct.year if ended or ctx.tense(m.start(), m.end()) != "past" else ctx.dct.year - 1
    return "DATE", f"{y:04d}-H{h}", ""


_SEASON_MID = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


_NEWS_STORY_SEASON = frozenset(("the following", "the next", "the previous", "the preceding", "that", "that same",
                                "the same"))


def season(m: re.Match[str], ctx: Context) -> Result | None:
    s = SEASONS[m["s"].lower()]
    if m["y"]:
        return "DATE", f"{m['y']}-{s}", ""
    sy = spoken_year(m["sy"]) if m["sy"] else None
    if sy is not None:  # "the winter of nineteen ninety-four"
        return "DATE", f"{sy:04d}-{s}", ""
    if m["ybc"]:  # "the spring of 218 BC"
        return "DATE", f"{year_str(1 - int(m['ybc']))}-{s}", ""
    ye = _story_era_year(ctx, int(m["ye"])) if m["ye"] else None
    if ye is not None:  # "(AD 43 ...) in the summer of 43"
        return "DATE", f"{year_str(ye)}-{s}", ""
    if m["dy"]:  # "in the spring of last year": a season of the year before the DCT's
        if ctx.dct is None:
            return "DATE", f"XXXX-{s}", ""
        return "DATE", f"{ctx.dct.year + {'last': -1, 'this': 0, 'next': 1}[m['dy'].lower()]:04d}-{s}", ""
    if m["ana"]:  # "the autumn of that year": the year under discussion
        if ctx.last_year is None:
            return "DATE", f"XXXX-{s}", ""
        return "DATE", f"{year_str(ctx.last_year + _ANA_OFF[m['ana'].split()[-1].lower()])}-{s}", ""
    det = (m["det"] or "").lower()
    if m["post"] and det == "the":  # "cast the winter before", "the summer after": the previous, the following
        det = "the previous" if m["post"].lower() == "before" else "the following"
    if not ctx.narrative and det in ("", "the") and habitual(ctx, m.start()):
        return "DATE", f"XXXX-{s}", ""  # "they usually meet in the spring": any year's spring
    ahead = year_ahead(ctx, m.end()) if ctx.narrative and ctx.last_year is None else None
    if ahead is not None and not re.search(r"last|this|next|following|coming|past", det):
        return "DATE", f"{year_str(ahead)}-{s}", ""  # "In the spring the Allies planned ... in 1944"
    # news background: "(In late 2022 the leaders met.) The following spring ...": the story's, as in a narrative
    news_story = not ctx.narrative and _SPACES.sub(" ", det) in _NEWS_STORY_SEASON and ctx.last_year is not None and \
        ctx.dct is not None and ctx.last_year < ctx.dct.year - 1 and told_just_before(ctx, m.start())
    if (ctx.narrative or news_story) and ctx.last_year is not None and "last" not in det and "this" not in det \
            and det != "next":  # "next spring" is the DCT's, "the next spring" the story's
        y = ctx.last_year
        first, last = SEASON_MONTHS[s]
        # the story's month; a year just named ("The following year ... in the spring") has
        # passed none of its seasons yet
        month_now = _ref_month(ctx) if ctx.ref_granularity in ("day", "month") else \
            SEASON_MONTHS[ctx.ref_value[-2:]][0] if ctx.ref_granularity == "season" and \
            ctx.ref_value and ctx.ref_value[-2:] in SEASON_MONTHS else None
        if s == "WI" and month_now is not None and month_now < SEASON_MONTHS["SP"][0]:
            # the story is in January or February: inside the winter that began the December before
            # ("met again on 5 January [1885] ... spent the winter signing treaties": 1884-WI)
            y, month_now = y - 1, month_now + 12
        if "previous" in det or "preceding" in det:  # "(May 1588) The previous autumn": the last one before
            y -= not (month_now is not None and month_now > last)
        elif "following" in det or "coming" in det or "next" in det:
            y += (12 if month_now is None else month_now) >= first  # the next such season
        elif month_now is not None and month_now > last and not det.startswith("that") and "same" not in det and \
                not looks_back(ctx, m.start(), m.end()):
            y += 1  # a season the story has already passed: the next one (unless "had ... in spring")
        elif (det.startswith("that") or "same" in det) and month_now is not None and month_now < first and \
                month_now + 12 - last < first - month_now and any((y - 1, k if k <= 12 else k - 12) in ctx.months_seen if k <= 12 else (y, k - 12) in ctx.months_seen
                    for k in range(first, last + 1)):
            # "(September, November 1814 ... February 1815) said the prince that autumn": "that"
            # points back to a season the story has told and that is nearer than the one still ahead
            y -= 1
        return "DATE", f"{year_str(y)}-{s}", ""
    if ctx.dct is None:
        return "DATE", f"XXXX-{s}", ""
    y = ctx.dct.year
    cur_mid = _SEASON_MID[s]
    # season containing the DCT?
    month = ctx.dct.month
    cur = {12: "WI", 1: "WI", 2: "WI"}.get(month) or ("SP" if month <= 5 else "SU" if month <= 8 else "FA")
    ybase = y - 1 if (s == "WI" and month <= 2) else y
    if "last" in det or "past" in det or "previous" in det or "preceding" in det:
        if s == cur:
            return "DATE", f"{ybase - 1}-{s}", ""
        started = (cur_mid <= month) if s != "WI" else False
        return "DATE", f"{y if started else y - 1}-{s}", ""
    if "next" in det or "coming" in det or "following" in det:
        if s == cur:
            return "DATE", f"{ybase + 1}-{s}", ""
        started = (cur_mid <= month) if s != "WI" else False
        return "DATE", f"{y + 1 if started else y}-{s}", ""
    if s == cur:
        return "DATE", f"{ybase}-{s}", ""
    tense = ctx.tense(m.start(), m.end())
    started = (cur_mid <= month) if s != "WI" else False
    if det == "this" and s != "WI" and tense != "future" and month < SEASON_MONTHS[s][0]:
        # "has invited them to Washington this summer" (April): a season of this year still ahead is this
        # year's, whatever the tense (a past "this summer" written in April is no last year's)
        return "DATE", f"{y}-{s}", ""
    if tense == "past" or (not tense and det == "this" and started):
        return "DATE", f"{y if started else y - 1}-{s}", ""
    if tense == "future":
        return "DATE", f"{y + 1 if started else y}-{s}", ""
    return "DATE", f"{y}-{s}", ""


def holiday(m: re.Match[str], ctx: Context) -> Result | None:
    key = _SPACES.sub(" ", m["h"].lower()).replace("’", "'")
    f = partial(holiday_date, key)
    week = iso_week if m["wk"] else date.isoformat  # "Easter week": the week the feast falls in
    if m["y"]:
        return "DATE", week(f(int(m["y"]))), ""
    y = pick_year(ctx, m.start(), m.end(), f, granularity_days=1)
    if y is None:
        return "DATE", "XXXX-WXX" if m["wk"] else "XXXX-XX-XX", ""
    return "DATE", week(f(y)), ""


_APPOSED_WEEKDAY = re.compile(r",\s+(?:which\s+was\s+)?a\s+", re.I)


def weekday(m: re.Match[str], ctx: Context) -> Result | None:
    wd = weekday_number(m["wd"])
    pod = m["pod"]
    if m["pl"] or m["pl2"] or (m["det"] and m["det"].lower() in ("every", "each")):
        return "SET", f"XXXX-WXX-{wd}" + time_suffix(pod), ""
    if ctx.ref_day is not None and ctx.last_pos is not None and ctx.ref_value == ctx.ref_day.isoformat() and \
            _APPOSED_WEEKDAY.fullmatch(ctx.text, ctx.last_pos, m.start()):
        d: date | None = ctx.ref_day  # "on 29 May, a Tuesday": the day just written, whatever the calendar
    else:
        d = weekday_date(ctx, wd, m.start(), m.end(), m["det"] or "")
    if not ctx.narrative and pod and pod.lower() not in weekday_parts():
        pod = None  # news (TBAQ's majority) writes "Friday night" as the DATE of that day (data/weekday_parts.tsv)
    if d is None:
        return ("TIME" if pod else "DATE"), f"XXXX-WXX-{wd}" + time_suffix(pod), ""
    return ("TIME" if pod else "DATE"), d.isoformat() + time_suffix(pod), ""


# "overnight" before a noun ("overnight losses", "overnight trading"): the night before the day it is told of
_OVERNIGHT_NOUN = re.compile(r"\s+(?!(?:and|or|but|to|in|on|at|of|by|for|from|with|as|after|before|the|a|an)\b)[a-z]+\b")


def _coarse_ref(ctx: Context) -> str:
    """The story's reference as a base for a part of day: a month or year as it is, a season
    or week as its year ("the afternoon" after "the spring of 1274 BC": BC1274TAF)."""
    v = ctx.ref_value or ""
    if ctx.ref_granularity in ("month", "year"):
        return v
    return year_str(ctx.last_year) if ctx.last_year is not None else v


def part_of_day(m: re.Match[str], ctx: Context) -> Result | None:
    if m["single"]:
        pod = m["single"].lower()
        d = ctx.dct
        named = _day_named_after(ctx, m.start(), m.end()) if ctx.narrative else None
        if named is not None:
            return "TIME", named.isoformat() + "TNI", ""  # "overnight on 12–13 August 1961"
        if pod == "overnight" and ctx.narrative and ctx.ref_value and ctx.ref_granularity == "day":
            return "TIME", ctx.ref_value + "TNI", ""  # "Overnight the front collapsed": the story's night
        if pod == "overnight":
            if d is not None and ctx.tense(m.start(), m.end()) == "past":
                if _OVERNIGHT_NOUN.match(ctx.text, m.end()) and ctx.ref_day is not None and \
                        timedelta(0) <= d - ctx.ref_day <= timedelta(days=7) and told_just_before(ctx, m.start()):
                    d = ctx.ref_day  # "closed lower Friday. ... depressed by overnight losses": the night before that day
                d = d - timedelta(days=1)
            return "TIME", day_value(d) + "TNI", ""
        return "TIME", day_value(d) + time_suffix(pod), ""
    day = _SPACES.sub(" ", m["day"].lower())
    if day == "that same":
        day = "the same"  # "That same night the government left"
    pod = m["pod"].lower()
    base = ctx.dct
    if day in ("that", "the same"):
        base = ctx.anchor_day()
    off = {"yesterday": -1, "tomorrow": 1, "last": -1, "the next": 1, "the following": 1,
           "the previous": -1}.get(day, 0)
    if day in ("the next", "the following", "the previous"):
        base = ctx.anchor_day()
        if off == 1 and pod in ("morning", "afternoon", "evening") and ctx.ref_hour is not None and ctx.ref_hour < 6:
            off = 0  # "tanks came at 2 a.m. ... the next morning", "the following afternoon": the day after that night
    if day == "last" and pod != "night":
        off = -1
    if ctx.narrative and day in ("that", "the same", "the next", "the following", "the previous") and \
            (ctx.ref_value or "").startswith("BC") and ctx.ref_granularity == "day":
        return "TIME", shift_value(ctx.ref_value, off, "day") + time_suffix(pod), ""  # a BC day
    if ctx.narrative and day in ("that", "the same", "the next", "the following", "the previous") and \
            ctx.ref_value and ctx.ref_granularity in ("month", "season", "year"):
        # "in September 52 BC ... the next morning": a day of that month, not one the text names
        return "TIME", _coarse_ref(ctx) + time_suffix(pod), ""
    d = base + timedelta(days=off) if base else None
    return "TIME", day_value(d) + time_suffix(pod), ""


def part_of_day_def(m: re.Match[str], ctx: Context) -> Result | None:
    """"in the morning", "by mid-afternoon": that part of the day under discussion (a day the
    text dated shortly before, else the DCT); "mid-afternoon yesterday" of that day."""
    pod = (m["pod"] or m["pod2"] or m["pod3"]).lower()  # pod3: "talked late into the night", "through the night"
    d = ctx.dct
    if m["day"]:
        d = ctx.dct + timedelta(days=-1 if m["day"].lower() == "yesterday" else 0) if ctx.dct else None
    elif ctx.ref_day and ctx.last_pos is not None and m.start() - ctx.last_pos < 1500:
        d = ctx.ref_day
        if pod == "night" and ctx.narrative and looks_back(ctx, m.start()):
            d -= timedelta(days=1)  # "(at dawn on 11 April) they had crossed during the night": the night before
        elif pod == "morning" and ctx.ref_hour is not None and ctx.ref_hour >= 21 and not ctx.small_hours and \
                not _EARLIER_WORD.search(ctx.text, max(0, m.start() - 60), m.end() + 30):
            d += timedelta(days=1)  # "worked through the night, and by the morning ...": the morning after that night
    elif ctx.narrative and ctx.ref_value and ctx.ref_granularity in ("month", "season", "year"):
        return "TIME", _coarse_ref(ctx) + time_suffix(pod), ""  # a story's day it does not name
    return "TIME", day_value(d) + time_suffix(pod), ""


_CLOCK_THEN = re.compile(r"(?:\s+[A-Z][a-z]+\s+time)?,?\s+(?:on\s+)?(?P<det>the\s+next|the\s+following|"
                         r"the\s+previous|the\s+same|that)\s+(?:day|morning|afternoon|evening|night)\b")
_THEN_OFF = {"the next": 1, "the following": 1, "the previous": -1, "the same": 0, "that": 0}


_EARLIER = re.compile(r"\b(?:earlier|before|previous|had)\b", re.I)
_EARLIER_WORD = re.compile(r"\b(?:earlier|before|previous)\b", re.I)


def clock(m: re.Match[str], ctx: Context) -> Result | None:
    gd = m.groupdict()
    if gd.get("nm") and re.search(r"\bhigh\s+$", ctx.text[max(0, m.start() - 6):m.start()], re.I):
        return None  # "high noon"
    if gd.get("nm"):
        nm = gd["nm"].lower()
        hh, mi = (24, 0) if nm == "midnight" else (12, 0)
        pm = gd.get("pm") or gd.get("pm2") or gd.get("pm3")
        if pm:  # "one minute past midnight", "a quarter to noon" ("6 to midnight" is a range)
            pm = _SPACES.sub(" ", pm.lower())
            n = {"a quarter": 15, "half": 30}.get(pm) or words_to_number(pm)
            if n is None or not 0 < n < 60:
                return None
            past = bool(gd.get("pm"))
            hh, mi = ((0 if hh == 24 else hh), int(n)) if past else (hh - 1, 60 - int(n))
    else:
        h = gd.get("h") or gd.get("hw")
        n = words_to_number(h) if h else None
        if n is None or n > 24:
            return None
        hh = int(n)
        mi = int(gd["mi"]) if gd.get("mi") else int(gd["hmi"]) if gd.get("hmi") else 0  # "1:30 in the morning"
        ap = (gd.get("ap") or "").lower().replace(".", "")
        ipod = (gd.get("ipod") or "").lower()
        if ap in ("pm",) or ipod in ("afternoon", "evening", "night"):
            if hh < 12:
                hh += 12
        elif (ap == "am" or ipod == "morning") and hh == 12:
            hh = 0
        if ap and hh > 24:
            return None
        if gd.get("hw") and not ipod and 0 < hh < 12 and ctx.ref_hour is not None and ctx.ref_hour >= 12 and \
                ctx.last_pos is not None and m.start() - ctx.last_pos < 200 and abs(hh + 12 - ctx.ref_hour) <= 4:
            hh += 12  # "that afternoon at 4 o'clock", "that evening at eight": the hour of the part of the day told
    if not ctx.narrative and not any(gd.get(g) for g in ("twd", "trel", "tmon2", "tmon3", "tord")) and habitual(ctx, m.start()):
        return "TIME", f"XXXX-XX-XXT{hh:02d}:{mi:02d}", ""  # "the crossing is open from 6 a.m. to midnight": any day's hour
    d = ctx.dct  # a bare clock time belongs to the day under discussion (if recent) or the DCT
    as_of = not ctx.narrative and _AS_OF.search(ctx.text, max(0, m.start() - 12), m.start()) is not None
    if ctx.ref_day and ctx.last_pos is not None and m.start() - ctx.last_pos < 1500 and not as_of:
        # (news: "was only 8 percent contained as of 6 a.m.": the latest status, the day of writing)
        d = ctx.ref_day
        if ctx.ref_hour is not None and (ctx.ref_hour >= 18 or (ctx.narrative and ctx.ref_hour >= 12)) and hh < 6 and not _EARLIER.search(
                ctx.text, max(0, m.start() - 60), m.end() + 30):
            # "Later that night they fired. Tanks came at 2 a.m.", "(left on the afternoon of 17 September)
            # last heard from at 12:10 a.m.": the small hours after
            d += timedelta(days=1)
        elif ctx.ref_hour is not None and 6 <= hh < 18 and (
                (ctx.narrative and ctx.ref_hour >= 21 and not ctx.small_hours) or
                (not ctx.narrative and ctx.ref_hour >= 18 and hh < 12 and ctx.dct is not None and ctx.ref_day < ctx.dct)) and \
                not _EARLIER_WORD.search(ctx.text, max(0, m.start() - 60), m.end() + 30):
            # "they crossed during the night, and by midday ...": the day after that night (but "the early
            # hours of 22 January ... at noon" is that day's noon); in news a
            # morning hour after an evening before the day of writing ("hit at 8:30 p.m. Wednesday.
            # The governor said at 7 a.m. ...")
            d += timedelta(days=1)
    if not ctx.narrative and ctx.dct is not None and d is not None and d > ctx.dct and \
            ctx.tense(m.start(), m.end()) == "past":
        d = ctx.dct  # "(the envoy joins on Friday.) The conference opened at 9 a.m.": a past hour is not that day's ahead
    named = _day_named_after(ctx, m.start(), m.end()) if ctx.narrative and not gd.get("twd") and \
        not gd.get("tmon2") and not gd.get("tmon3") and not gd.get("trel") else None
    if named is not None:
        d = named  # "at midnight on 14–15 August 1947": the day written after it
    then = _CLOCK_THEN.match(ctx.text, m.end()) if not gd.get("twd") and not gd.get("tmon2") and \
        not gd.get("tmon3") and not gd.get("trel") and not gd.get("tord") else None
    if then and ctx.anchor_day() is not None:  # "at 11 a.m. the next day": that day's hour
        base = ctx.anchor_day()
        d = base + timedelta(days=_THEN_OFF[_SPACES.sub(" ", then["det"].lower())])
        if ctx.ref_day is not None:
            ctx.exact_day = base.isoformat()  # the day phrase that follows still counts from the story's day
    if gd.get("tord"):  # "at 10 a.m. on the 24th": that day of the month under discussion
        od = ordinal_day_value(ctx, int(gd["tord"]))
        d = date.fromisoformat(od) if od and _DAY_OF_YEAR.fullmatch(od) else None
    if gd.get("twd"):
        if gd.get("tmon") or gd.get("tmon4"):  # "7 p.m. on Monday, October 22", "9 a.m. on Monday, 18 April"
            mo = month_number(gd.get("tmon") or gd["tmon4"])
            dd = ordinal_value(gd.get("tday") or gd["tday4"]) or 1
            y = pick_year(ctx, m.start(), m.end(), lambda k: safe_date(k, mo, dd))
            d = safe_date(y, mo, dd) if y else None
        else:
            d = weekday_date(ctx, weekday_number(gd["twd"]), m.start(), m.end())
    elif gd.get("trel"):
        t = gd["trel"].lower()
        d = ctx.dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(t, 0)) if ctx.dct else None
    elif gd.get("tmon3"):
        mo, dd = month_number(gd["tmon3"]), ordinal_value(gd["tday3"]) or 1
        y = int(gd["ty3"]) if gd.get("ty3") else pick_year(ctx, m.start(), m.end(), lambda k: safe_date(k, mo, dd))
        d = safe_date(y, mo, dd) if y else None
    elif gd.get("tmon2"):
        mo, dd = month_number(gd["tmon2"]), ordinal_value(gd["tday2"]) or 1
        y = int(gd["ty"]) if gd.get("ty") else pick_year(ctx, m.start(), m.end(), lambda k: safe_date(k, mo, dd))
        d = safe_date(y, mo, dd) if y else None
    return "TIME", day_value(d) + f"T{hh:02d}:{mi:02d}", ""


_AS_OF = re.compile(r"\bas\s+of\s+(?:about\s+|around\s+)?$", re.I)


def deictic(m: re.Match[str], ctx: Context) -> Result | None:
    word = _SPACES.sub(" ", m["w"].lower())
    typ, rule = deictic_words()[word]
    if word == "today" and ctx.narrative and not _in_quote(ctx.text, m.start()):
        return "DATE", "PRESENT_REF", ""  # a history's own "today" is nowadays ("scholars today think")
    if rule.startswith(("day:", "night:")):  # the DCT moved by N days
        kind, off = rule.split(":")
        base = ctx.dct
        if ctx.narrative and ctx.ref_day is not None and _in_quote(ctx.text, m.start()):
            base = ctx.ref_day  # a speaker's "tomorrow" in a story: from the day the story is at
        d = base + timedelta(days=int(off)) if base else None
        return typ, day_value(d) + ("TNI" if kind == "night" else ""), ""
    return typ, rule, ""


def _in_quote(text: str, pos: int) -> bool:
    """Inside a quotation opened earlier on its line (a speaker's "today" is the day they spoke)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def present_ref(m: re.Match[str], ctx: Context) -> Result | None:
    """Generic "today" ("today's world", "today's youth"): the present, not the DCT (TimeML)."""
    return "DATE", "PRESENT_REF", ""


def future_ref(m: re.Match[str], ctx: Context) -> Result | None:
    """Generic "tomorrow" ("the people of tomorrow", "tomorrow's leaders"): the future, not the day
    after the DCT (TimeML)."""
    return "DATE", "FUTURE_REF", ""


# a count of something just before "a year" / "a week": "4,000 chests", "300 junks", "two caravans"
_COUNT_BEFORE = re.compile(r"(?<![\w.,])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|"
                           r"forty|fifty|hundreds?|thousands?|millions?|dozens?)\s+(?:[a-z]+\s+){0,2}[a-z-]{2,}s"
                           r"(?:\s+of\s+[a-z]+)?\s+$")  # "50 million cubic metres of water a year"
_REL_OFF = {"that same": 0, "this": 0, "current": 0, "the current": 0, "the": 0, "the same": 0, "that": 0,
            "the present": 0,
            "last": -1, "past": -1, "previous": -1, "the previous": -1, "the past": -1,
            "the last": -1, "this past": -1, "the preceding": -1, "the prior": -1, "prior": -1,
            "next": 1, "coming": 1, "following": 1, "the following": 1, "the next": 1,
            "the coming": 1, "this coming": 1, "the ensuing": 1, "the subsequent": 1}
_ANCHORED = {"that same", "the same", "that", "the previous", "the following", "following", "the ensuing",
             "the subsequent", "the preceding", "the prior", "prior"}


_STORY_DECADE = {"the previous": -1, "the preceding": -1, "the next": 1, "the following": 1, "that": 0,
                 "the same": 0, "the": 0}  # "by the end of the decade": the story's decade
_EDGE_OF_BEFORE = re.compile(r"\b(?:start|beginning|middle|end|close|turn)\s+of\s+$", re.I)
_SPAN_BEFORE = re.compile(r"\b(?:for|over|within|during|throughout)\s+$", re.I)


def rel_unit(m: re.Match[str], ctx: Context) -> Result | None:
    return _rel_unit(m, ctx, _SPACES.sub(" ", m["det"].lower()), m["u"].lower())


def regnal_year(m: re.Match[str], ctx: Context) -> Result | None:
    """"in the eighth year of his reign": counted from the accession the story told (the first year is
    the accession year; data/accession.tsv)."""
    n = ordinal_value(m["o"])
    if ctx.reign_start is None or not n:
        return None
    return "DATE", year_str(ctx.reign_start + n - 1), ""


def in_the_unit(m: re.Match[str], ctx: Context) -> Result | None:
    """"earlier in the day", "later in the year": the unit the text is in, as "that day" / "that year"."""
    return _rel_unit(m, ctx, "that", m["u"].lower())


def _rel_unit(m: re.Match[str], ctx: Context, det: str, unit: str) -> Result | None:
    off = _REL_OFF[det]
    if ctx.narrative and (ctx.ref_value or "").startswith("BC") and unit in ("day", "week", "month", "year") \
            and (det in _ANCHORED or det in ("the next", "the last")):
        # no calendar dates before year 1: count from the story's BC value itself
        g = parse_value(ctx.ref_value).granularity
        if unit == "day" and g != "day" or unit == "month" and g not in ("day", "month"):
            return None
        if unit == "week":
            return None
        return "DATE", truncate(shift_value(ctx.ref_value, off, unit), unit), ""
    if unit == "day":
        if det in ("the next", "the following", "the previous", "the same", "that", "the preceding", "that same",
                   "the prior", "following", "the ensuing", "the subsequent"):
            if not ctx.narrative and m.group().lower().startswith("that") and ctx.ref_granularity == "month" and \
                    ctx.ref_value and _MONTH_VALUE.fullmatch(ctx.ref_value):
                # "killed last October ... crossed out that same day": a day of the month just told
                return "DATE", ctx.ref_value + "-XX", ""
            base = ctx.anchor_day()
            return "DATE", day_value(base + timedelta(days=off) if base else None), ""
        return None
    if unit == "decade":
        if ctx.last_decade is not None and ctx.last_decade[1] >= (ctx.last_pos or 0) and det in _STORY_DECADE and \
                not _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
            # "In the 1840s the port grew; by the end of the decade ...": the decade told last
            v, step = ctx.last_decade[0], _STORY_DECADE[det]
            if v.startswith("BC"):
                return ("DATE", f"BC{int(v[2:]) - step:03d}", "") if int(v[2:]) - step > 0 else None
            return "DATE", f"{int(v) + step:03d}", ""
        if ctx.narrative and ctx.last_year is not None and det in _STORY_DECADE and \
                not _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
            # "the previous decade had seen his father's murder": the decade before the story's
            y = ctx.last_year
            bc_decade = (1 - y) // 10 if y <= 0 else None  # 331 BC lies in the 330s BC (BC033)
            step = _STORY_DECADE[det]
            if bc_decade is not None and bc_decade - step > 0:
                return "DATE", f"BC{bc_decade - step:03d}", ""
            return "DATE", f"{y // 10 + step:03d}", ""
        if det in ("the past", "the last", "the next", "the coming", "past", "the previous"):
            if ctx.dct is not None and _EDGE_OF_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()):
                return "DATE", str(ctx.dct.year // 10 + off), ""  # "by the middle of the next decade": a point in it
            return "DURATION", "P10Y", ""
        if ctx.dct is None:
            return "DATE", "XXX", ""
        return "DATE", str(ctx.dct.year // 10 + off), ""
    anchored = det in _ANCHORED or (ctx.narrative and det in ("the next", "the last", "the coming"))
    if ctx.narrative and det == "the" and unit in ("month", "year") and ctx.last_year is not None and \
            not _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        anchored = True  # "Early in the year the Carnutes rose": the year the story is in
    if anchored and ctx.narrative and unit == "year" and ctx.last_year is not None:
        return "DATE", year_str(ctx.last_year + off), ""
    if anchored and unit == "year" and det in ("the previous", "the preceding", "the prior") and \
            ctx.ref_granularity == "year" and ctx.last_year is not None and same_sentence(ctx, m.start()):
        # "reached $54.8 billion last year, up 31.8 percent on the previous year": the year before the one just told
        return "DATE", year_str(ctx.last_year + off), ""
    if not ctx.narrative and unit == "year" and det in _NEWS_STORY_YEAR and ctx.last_year is not None and \
            ctx.dct is not None and ctx.last_year < ctx.dct.year - 1 and told_just_before(ctx, m.start()) and \
            ctx.tense(m.start(), m.end()) != "future" and not _AHEAD_AFTER.match(ctx.text, m.end(), m.end() + 60):
        # news background: "In 2016 they resumed. Early the next year officials said ...": the year after the one told
        return "DATE", year_str(ctx.last_year + off), ""
    base_day = (ctx.anchor_day() if anchored else ctx.dct)
    if not anchored and ctx.narrative and ctx.ref_day is not None and _in_quote(ctx.text, m.start()):
        base_day = ctx.ref_day  # '(he wrote on 4 March 1801:) "The emperor will arrive next week"': the speaker's week
    if anchored and unit == "month" and det in ("the same", "that", "that same") and ctx.narrative and \
            ctx.ref_granularity == "year":
        told = max((k for k in ctx.months_seen if k[0] == ctx.last_year), default=None)
        if told is not None:  # "(On May 5 ... later that year) in the same month": the month the story told
            return "DATE", f"{year_str(told[0])}-{told[1]:02d}", ""
    if ctx.narrative and unit == "weekend" and det == "the" and ctx.ref_day is not None:
        # "(On Thursday, October 18, ...) By the weekend the majority favoured ...": the story's weekend
        return "DATE", iso_week(ctx.ref_day) + "-WE", ""
    if ctx.narrative and unit == "week" and det == "the" and ctx.ref_day is not None and \
            not _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        # "(The session opened on 18 April 1955.) The committees met through the week": the story's week
        return "DATE", iso_week(ctx.ref_day), ""
    if anchored and unit in ("month", "year") and ctx.ref_value and \
            ctx.ref_granularity in ("month", "quarter", "season"):
        # "In March, ... The following month": counted from the month under discussion
        base_day = parse_value(ctx.ref_value).start or base_day
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
        if anchored and ctx.last_year and det in ("that", "the same", "the"):
            return "DATE", year_str(ctx.last_year), ""
        return "DATE", f"{base_day.year + off:04d}", ""
    return None


_NEWS_STORY_YEAR = frozenset(("the next", "the following", "the previous", "the preceding", "the prior"))


def _duration_value(n: float | None, unit: str) -> str:
    u = unit.lower().rstrip("s") if unit.lower() not in ("centuries",) else "centurie"
    if u == "millennia":
        u = "millennia"
    info = units().get(u)
    code = info.code if info else "X"
    if n is not None:
        n = n * (info.factor if info else 1)
    t = "T" if info and info.clock else ""
    if n is None:
        code = {"decade": "DE", "century": "CE", "centurie": "CE"}.get(u, code)
        return f"P{t}X{code}"
    if code == "WE":
        return f"P{fmt_num(n)}WE"
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
    return f"P{t}{fmt_num(n)}{code}"


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|should|must)\s+$", re.I)
_OF_AGE = re.compile(r"\s+of\s+age\b", re.I)


def duration(m: re.Match[str], ctx: Context) -> Result | None:
    nraw = _SPACES.sub(" ", m["n"].lower())
    unit = m["u"].lower()
    n = words_to_number(nraw)
    if n is None:  # a range, "two to three weeks", "48-72 hours": its lower end
        first = re.split(r"\s*(?:\bto\b|\bor\b|-)\s*", nraw)[0]
        if first != nraw:
            n = words_to_number(first)
    suf = (m["suf"] or "").lower()
    suf = _SPACES.sub(" ", suf)
    suf = "from now" if suf == "from today" else suf  # "four weeks from today"
    uname = unit.rstrip("s") if unit != "centuries" else "century"
    uname = {"yr": "year", "hr": "hour", "min": "minute", "sec": "second", "fortnight": "week",
             "centurie": "century"}.get(uname, uname)
    if m["half"] and n is not None:
        n += 0.5  # "an hour and a half"
    # counted in weeks when anchored (units.tsv doubles fortnights for the duration itself)
    n_anchored = n * 2 if unit.startswith("fortnight") and n is not None else n
    if nraw == "one" and uname == "day" and not suf and not m["det"] and \
            _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return "DATE", "FUTURE_REF", ""  # "Islam will one day be ...": some day (TimeML)
    rate = SET_BEFORE.search(ctx.text[max(0, m.start() - 24):m.start()]) if nraw in ("a", "an") and not suf \
        and not m["det"] else None
    if rate and not re.match(r"(?i)times|once|twice|thrice", rate.group(1)):
        return None  # a rate ("$2 million a year", "four flights a week"): a measure, not a time
    if nraw in ("a", "an") and not suf and not m["det"] and \
            _COUNT_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        return None  # a rate after any counted noun ("about 4,000 chests a year"): a measure
    if rate:
        return "SET", _duration_value(1, unit), ""  # "twice a week"
    if suf in ("earlier", "later") and _THAN.match(ctx.text, m.end()):
        return "DURATION", _duration_value(n, unit), ""  # "two years earlier than planned": a difference
    if suf in ("ago", "earlier", "later", "before", "after", "from now", "hence", "back"):
        if m["orso"]:  # "a week or so ago": about that date
            res = _duration_anchored(m, ctx, n_anchored, suf, uname)
            return (res[0], res[1], "APPROX") if res else None
        return _duration_anchored(m, ctx, n_anchored, suf, uname)
    if (m["old"] and m["old"].lower().endswith("old")) or \
            _OF_AGE.match(ctx.text[m.end():m.end() + 8]):
        return None  # ages ("a 6-year-old", "40 years of age") are not annotated in TimeBank
    if not m["det"] and not m["adj"] and not ctx.narrative and uname not in ("second", "minute", "hour") and \
            _IN_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()) and (
                _TIME_AFTER.match(ctx.text, m.end()) or ctx.tense(m.start(), m.end()) == "future") \
            and not _SPAN_COUNTED.search(ctx.text, max(0, m.start() - 50), m.start()):
        # "the stock would be redeemed in five years": the point that far from now (TIDES/TimeML)
        return _duration_anchored(m, ctx, n_anchored, "from now", uname)
    return "DURATION", _duration_value(n, unit), ""


_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
_TIME_AFTER = re.compile(r"['’]\s+time\b", re.I)  # "in 26 years' time": a point ahead whatever the tense
# "the first time in four years", "the lowest level in a decade", "twice in a week": a span counted in
_SPAN_COUNTED = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                           r"last|only|[a-z]{2,}est|most|least|times?|twice|once|number\s+one)\b[^.;,:!?]{0,40}$", re.I)


def _duration_anchored(m: re.Match[str], ctx: Context, n: float | None, suf: str, uname: str) -> Result | None:
    """"two years ago" (from the DCT), "a year earlier" (from the date under discussion)."""
    if n is None and ctx.narrative and ctx.ref_value and suf in ("earlier", "later") and uname in _VAGUE_LATER:
        return "DATE", truncate(ctx.ref_value, _VAGUE_LATER[uname]), ""  # as in later(): "a few days earlier"
    if n is None:
        return "DATE", ("FUTURE_REF" if suf in ("later", "from now", "hence", "after") else "PAST_REF"), ""
    sign = 1 if suf in ("later", "from now", "hence", "after") else -1
    k, step = _whole_from(ctx, n, uname, sign)
    hours_day = _hours_day(ctx, sign * n) if uname == "hour" and ctx.narrative and suf in ("later", "earlier") else None
    if hours_day is not None:
        return "DATE", hours_day, ""
    if uname in ("second", "minute", "hour"):
        return "DATE", day_value(ctx.dct) if suf in ("ago", "from now", "hence") else day_value(ctx.anchor_day()), ""
    if uname == "weekend":
        uname = "week"
    if suf in ("ago", "earlier") and uname == "year" and k == 1 and ctx.last_quarter and ctx.last_pos is not None:
        # results compared with "a year ago/earlier": the period under discussion, a year back (a
        # quarter, or the year of a span such as "the nine months")
        gran = _report_granularity(ctx, m.start())
        v = shift_value(_reported_quarter(ctx, compared=True) or ctx.last_quarter, -k, "year")
        if gran == "year":
            return "DATE", v[:4], ""
        if m.start() - ctx.last_pos < 300 or gran == "quarter":
            # near the quarter told, or after words naming a quarter in its sentence or the one
            # before ("The quarter-to-quarter comparison ... lower than a year ago")
            return "DATE", v, ""
    if suf in ("ago", "from now", "hence", "back") or not ctx.ref_value:
        base = ctx.dct
        if base is None:
            return "DATE", "XXXX", ""
        d = shift_date(base, sign * k, step)
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
    if not ctx.narrative and ctx.ref_granularity not in _FINE_ENOUGH.get(uname, ctx.ref_granularity):
        # "five weeks earlier" after "last year": no date that fine to count from, the measure
        return "DURATION", _duration_value(n, uname), ""
    shifted = shift_value(ctx.ref_value, sign * k, step)
    if ctx.narrative:  # "a week earlier" in a story: as coarse as its unit, like "a week later"
        return "DATE", truncate(shifted, _UNIT_GRANULARITY.get(uname, "day")), ""
    # "two centuries earlier" than a day: a year, as coarse as the unit allows; "two weeks earlier"
    # than a day: that week (TimeBank: "six weeks ago" 1998-W02)
    if uname in ("decade", "century"):
        return "DATE", truncate(shifted, "year"), ""
    return "DATE", truncate(shifted, _UNIT_GRANULARITY[uname]) if uname in _NEWS_TRUNCATE else shifted, ""


def bare_plural(m: re.Match[str], ctx: Context) -> Result | None:
    x = m["x"].lower()
    u = re.sub(r"-long$", "", x.split()[-1] if not x.endswith(" ahead") else x.split()[1])
    if u == "years" and re.search(r"recent|past", x):
        return "DATE", "PAST_REF", ""
    return "DURATION", _duration_value(None, u), ""


def unit_long(m: re.Match[str], ctx: Context) -> Result | None:
    """"a week-long visit": one such unit."""
    return "DURATION", _duration_value(1, m["u"]), ""


def nth_day(m: re.Match[str], ctx: Context) -> Result | None:
    """"today is the eighth day of the strike", "it's the second day of the offensive": the day of
    writing, counted in the days of an event (the present tense says which day)."""
    return "DATE", day_value(ctx.dct), ""


# the days of a meeting written once as a range, up to the story's last date ("on 11 and 12 October 1986")
_DAYS_TOLD = re.compile(r"\b(?P<a>[12]?\d|3[01])(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|through)\s*"
                        r"(?P<b>[12]?\d|3[01])(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?(?:,?\s+\d{1,4})?(?:\s*(?:BC|AD|BCE|CE))?$")


def story_nth_day(m: re.Match[str], ctx: Context) -> Result | None:
    """"(The talks opened on 22 August.) On the first day ...; on the second day ...": the days of what
    opened on the story's day, counted from it (the first day is that day)."""
    n = ordinal_value(m["o"])
    if not n or ctx.ref_day is None:
        return None
    one = ctx.day_one[0] if ctx.day_one is not None and ctx.day_one[1] == ctx.ref_day else ctx.ref_day
    r = _DAYS_TOLD.search(ctx.text, max(0, (ctx.last_pos or 0) - 40), ctx.last_pos or 0)
    if one == ctx.ref_day and r is not None and int(r["a"]) < int(r["b"]) == ctx.ref_day.day:
        one = ctx.ref_day - timedelta(days=int(r["b"]) - int(r["a"]))  # "met on 11 and 12 October": from the 11th
    day = one + timedelta(days=n - 1)
    ctx.day_one = (one, day)
    return "DATE", day_value(day), ""


def a_while(m: re.Match[str], ctx: Context) -> Result | None:
    """"for a while": a duration of unknown length and unit."""
    return "DURATION", "PXX", ""


def set_adverb(m: re.Match[str], ctx: Context) -> Result | None:
    return "SET", set_adverbs()[m["w"].lower()], ""


_COUNTED_PER = re.compile(r"(?:\d[\d,.]*|[a-z]{3,}s)\s+$", re.I)


def set_every(m: re.Match[str], ctx: Context) -> Result | None:
    u = m["u"]
    ul = u.lower().rstrip(".")
    if m.group().lower().startswith("per") and _COUNTED_PER.search(ctx.text, max(0, m.start() - 30), m.start()) \
            and not re.search(r"\b(?:times|once|twice|thrice)\s+$", ctx.text[max(0, m.start() - 12):m.start()], re.I):
        return None  # a rate or a speed ("15 million instructions per second", "100 miles per hour"): a measure
    if m["n"]:
        n = words_to_number(m["n"])
        return "SET", _duration_value(n, u), ""
    if ul in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[ul]}", ""
    if m["md"] or m["dm"]:  # "every September 13", "every 4 July": that day of every year
        mon = (m["mon"] or m["mon2"]).lower().rstrip(".")
        return "SET", f"XXXX-{MONTHS[mon]:02d}-{ordinal_value(m['md'] or m['dm']):02d}", ""
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


@lru_cache(maxsize=1)
def _report_period_re() -> re.Pattern[str]:
    words = sorted(report_periods(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\b", re.I)


def _report_granularity(ctx: Context, s: int) -> str:
    """The granularity of the period a results report gives figures for, read from the last
    words naming one (``data/report_periods.tsv``) in the sentence of ``s`` or the one before:
    "For the nine months, net rose ... from $7 million a year earlier" compares years."""
    a = max(0, s - 400)
    ends = [m.end() for m in _SENT_STOP.finditer(ctx.text, a, s)]
    start = ends[-2] if len(ends) >= 2 else a
    last = None
    for last in _report_period_re().finditer(ctx.text, start, s):
        pass
    return report_periods()[_SPACES.sub(" ", last.group().lower())] if last else ""


def _reported_quarter(ctx: Context, compared: bool = False) -> str | None:
    """The quarter under discussion: the last one mentioned unless it lies after the DCT,
    else the last completed quarter (results are reported for past quarters). ``compared``:
    the one figures are compared for ("a year ago"), which no forecast names."""
    last = ctx.report_quarter if compared else ctx.last_quarter
    if ctx.dct is None:
        return last
    cur = f"{ctx.dct.year}-Q{quarter_of(ctx.dct)}"
    if last and last <= cur:
        return last
    return shift_value(cur, -1, "quarter")


def year_ago(m: re.Match[str], ctx: Context) -> Result | None:
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
        v = shift_value(base, -1, "year")
        return "DATE", v[:4] if "quarter" not in tail and _report_granularity(ctx, m.start()) == "year" else v, ""
    if ctx.ref_value and re.match(r"\d{4}", ctx.ref_value):
        return "DATE", shift_value(ctx.ref_value, -1, "year"), ""
    return "DATE", f"{ctx.dct.year - 1:04d}", ""


def year_ago_span(m: re.Match[str], ctx: Context) -> Result | None:
    """"the year-earlier nine months": a period of that length (TimeBank: a DURATION)."""
    return "DURATION", _duration_value(words_to_number(_SPACES.sub(" ", m["n"].lower())), m["u"]), ""


_AHEAD_AFTER = re.compile(r"[^.;!?]*?\b(?:will|would|shall|expects?|plans?|aims?|hopes?)\b", re.I)


def year_end(m: re.Match[str], ctx: Context) -> Result | None:
    if ctx.narrative and ctx.last_year is not None:  # "by the end of the year": the story's year
        return "DATE", year_str(ctx.last_year), "END"
    if ctx.dct is None:
        return "DATE", "XXXX", "END"
    if ctx.last_year is not None and ctx.last_year < ctx.dct.year - 1 and told_just_before(ctx, m.start()) and \
            ctx.tense(m.start(), m.end()) == "past" and not _AHEAD_AFTER.match(ctx.text, m.end(), m.end() + 60):
        # news background: "In March 2011 talks broke down, and by the end of the year troops had moved": that year
        return "DATE", year_str(ctx.last_year), "END"
    before = ctx.text[max(0, m.start() - 8):m.start()].lower()
    y = ctx.dct.year - (1 if re.search(r"since\s+$", before) else 0)
    return "DATE", f"{y:04d}", "END"


def same_period(m: re.Match[str], ctx: Context) -> Result | None:
    """"the same period last year", "last year's quarter": the reported quarter a year back."""
    if ctx.dct is None:
        return "DATE", "XXXX", ""
    rq = _reported_quarter(ctx) if ctx.last_quarter else _three_months_to(ctx, m.start())
    return "DATE", shift_value(rq, -1, "year") if rq else f"{ctx.dct.year - 1:04d}", ""


_THREE_MONTHS_TO = re.compile(r"\bthree\s+months\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?([A-Za-z]+)", re.I)


def _three_months_to(ctx: Context, s: int) -> str | None:
    """The quarter "the three months to December" just told (a quarter closing with that month,
    the month the last date told), so that "the same period a year earlier" is that quarter a year back."""
    m = None
    for m in _THREE_MONTHS_TO.finditer(ctx.text, max(0, s - 300), s):
        pass
    mon = MONTHS.get(m.group(1).lower().rstrip(".")) if m else None
    told = re.fullmatch(r"(\d{4})-(\d\d)", ctx.ref_value or "")
    if mon is None or mon % 3 or not told or int(told.group(2)) != mon:
        return None
    return f"{told.group(1)}-Q{mon // 3}"


def latest_period(m: re.Match[str], ctx: Context) -> Result | None:
    if ctx.dct is None:
        return "DATE", "XXXX-QX", ""
    cur = f"{ctx.dct.year}-Q{quarter_of(ctx.dct)}"
    return "DATE", ctx.last_quarter or shift_value(cur, -1, "quarter"), ""


def word_year(m: re.Match[str], ctx: Context) -> Result | None:
    y = spoken_year(m.group().lower().removeprefix("the year").strip())
    return ("DATE", f"{y:04d}", "") if y is not None else None


def quarter_q(m: re.Match[str], ctx: Context) -> Result | None:
    """"Q3", "Q3 2018"."""
    q = int(m["q"])
    if m["y3"]:
        return "DATE", f"{year_number(m['y3']):04d}-Q{q}", ""
    y = _quarter_year(ctx, q, m.start(), m.end())
    return "DATE", (f"{y:04d}" if y is not None else "XXXX") + f"-Q{q}", ""


def fiscal_year(m: re.Match[str], ctx: Context) -> Result | None:
    """"fiscal 1998", "FY2019": the year written."""
    return "DATE", f"{year_number(m['y']):04d}", ""


def full_year(m: re.Match[str], ctx: Context) -> Result | None:
    """"the full year": the DCT's year."""
    return "DATE", f"{ctx.dct.year:04d}" if ctx.dct else "XXXX", ""


def year_era(m: re.Match[str], ctx: Context) -> Result | None:
    """"490 BC" -> ``BC0490``, "AD 79" -> ``0079`` (TIMEX2/TIMEX3 write BC years with a prefix)."""
    y = int(m["y"] or m["y2"])
    if y == 0:
        return None
    return "DATE", (f"BC{y:04d}" if m["bc"] else f"{y:04d}"), ""


def date_era(m: re.Match[str], ctx: Context) -> Result | None:
    """"January 49 BC", "15 March 44 BC": month and day in a year of an era."""
    y = int(m["y"])
    gd = m.groupdict()
    dtext = gd.get("day") or gd.get("day2")
    day = ordinal_value(dtext) if dtext else None
    v = date_value(1 - y if m["bc"] else y, month_number(gd.get("mon") or gd["mon2"]), day)
    return ("DATE", v, "") if v and y else None


def _story_era_year(ctx: Context, y: int) -> int | None:
    """The astronomical year of a year written without an era in a story: BC when the story's
    time is BC and that is within a century of it; a year of one or two digits only when it is
    within a century of the story's time ("In AD 43 ... in 60 or 61"), else None."""
    ref = ctx.last_year
    if ref is not None and ref <= 0 and abs(1 - y - ref) <= 100:
        return 1 - y
    if y < 100 and (ref is None or abs(y - ref) > 100):
        return None
    return y


def year_early(m: re.Match[str], ctx: Context) -> Result | None:
    """A year of the first millennium without an era ("in 410", "September 476"): AD, or BC in a
    story whose time is BC when that is within a century of it ("In 216 BC ... In 212 he took Tarentum")."""
    gd = m.groupdict()
    y = _story_era_year(ctx, int(m["y"]))
    if y is None:
        return None
    mon = gd.get("mon") or gd.get("mon2")
    if not mon:
        return "DATE", year_str(y), ""
    dtext = gd.get("day") or gd.get("day2")
    v = date_value(y, month_number(mon), ordinal_value(dtext) if dtext else None)
    return ("DATE", v, "") if v else None


def ordinal_day(m: re.Match[str], ctx: Context) -> Result | None:
    """"on the 14th": that day of the month under discussion (the DCT's month when there is none)."""
    v = ordinal_day_value(ctx, int(m["d"]))
    return None if v is None else ("DATE", v, "")


_DAY_OF_YEAR = re.compile(r"\d{4}-\d\d-\d\d")
_ON_ORDINAL = re.compile(r"\s+on\s+the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b", re.I)


def ordinal_day_value(ctx: Context, d: int) -> str | None:
    """The value of day ``d`` of the month under discussion ("the 14th"), None when it has no such day."""
    ref = re.match(r"(?:BC)?\d{4}-\d\d(?=-|$)", ctx.ref_value or "")
    told = max((k for k in ctx.months_seen if k[0] == ctx.last_year), default=None) if ctx.narrative else None
    if ref:
        ym = ref.group()
    elif told is not None:  # "(March ... through the spring) signed on the 9th": the story's last month, not the DCT's
        ym = f"{year_str(told[0])}-{told[1]:02d}"
    elif ctx.dct is not None:
        ym = f"{ctx.dct.year:04d}-{ctx.dct.month:02d}"
    else:
        return f"XXXX-XX-{d:02d}"
    y = astro_year(ym)
    if y is None or safe_date(y if y > 0 else 2000 + y % 400, int(ym[-2:]), d) is None:
        return None
    return f"{ym}-{d:02d}"


def decade_era(m: re.Match[str], ctx: Context) -> Result | None:
    """"the 490s BC" -> ``BC049``."""
    return "DATE", ("BC" if m["bc"] else "") + f"{int(m['d']):03d}", ""


def decade_early(m: re.Match[str], ctx: Context) -> Result | None:
    """"the 630s" in a story: AD, or BC when the story's time is BC and within a century of it
    ("In 382 ... renewed in the 370s": ``BC037``)."""
    d = int(m["d"])
    y = _story_era_year(ctx, d * 10 + 9)  # the decade's end is what lies nearest a BC story's later years
    if y is None or ctx.last_year is None or abs(y - ctx.last_year) > 300:
        return None  # no story in the first millennium: "speeds in the 120s" is no decade
    return "DATE", ("BC" if y <= 0 else "") + f"{d:03d}", ""


def century_era(m: re.Match[str], ctx: Context) -> Result | None:
    """"the fifth century BC" (500-401 BC) -> ``BC04``; "the 2nd century AD" -> ``01``."""
    n = ordinal_value(m["o"])
    if not n:
        return None
    if "millennium" in m.group().lower():  # "the third millennium BC" (3000-2001 BC) -> BC2
        return "DATE", ("BC" if m["bc"] else "") + f"{n - 1}", ""
    return "DATE", ("BC" if m["bc"] else "") + f"{n - 1:02d}", ""


_UNIT_GRANULARITY = {"day": "day", "week": "week", "weekend": "week", "month": "month",
                     "quarter": "quarter", "year": "year", "decade": "year", "century": "year"}


def truncate(value: str, granularity: str) -> str:
    """``value`` cut to a coarser granularity ("1942-06-10" to "1942" for "year")."""
    info = parse_value(value)
    if info.start is None:
        if value.startswith("BC") and granularity in ("year", "month"):
            return value[:6 if granularity == "year" else 9]
        return value
    d = info.start
    if granularity == "year" and info.granularity != "year":
        return f"{d.year:04d}"
    if granularity == "month" and info.granularity in ("day", "week"):
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "week" and info.granularity == "day":
        return iso_week(d)
    return value


_THAN = re.compile(r"\s+than\b", re.I)


_SMALLER = {"century": (100, "year"), "decade": (10, "year"), "year": (12, "month"), "week": (7, "day"),
            "day": (24, "hour")}


def _whole(n: float, unit: str) -> tuple[int, str]:
    """A count of whole units to move by: "half a century later" is 50 years later."""
    if not float(n).is_integer() and unit in _SMALLER:
        f, u = _SMALLER[unit]
        return int(round(n * f)), u
    return int(round(n)), unit


def _hours_day(ctx: Context, hours: float) -> str | None:
    """The day a count of hours from the story's hour falls on ("(On the evening of 2 August) Twelve
    hours later": 3 August), None without a day and an hour to count from."""
    if ctx.ref_day is None or ctx.ref_hour is None or ctx.ref_value != ctx.ref_day.isoformat() or \
            not float(hours).is_integer():
        return None
    return (ctx.ref_day + timedelta(days=(ctx.ref_hour + int(hours)) // 24)).isoformat()


_AMPM_DOTS = re.compile(r"\b[ap]\.\s?m\.", re.I)
_CLOCK_SENTENCE_END = re.compile(r"(?:[!?;\n]|\.(?!\d))[\s!?;.\"'’”)]*")


def _clock_moved(ctx: Context, s: int, n: float | None, unit: str, sign: int) -> str | None:
    """"(at 05:30 ...) Three hours later": the clock time told in this sentence or the one before,
    moved by the count of hours or minutes (08:30 that day), None without such a clock time."""
    u = unit.lower().rstrip("s")
    u = {"hr": "hour", "min": "minute"}.get(u, u)
    if n is None or u not in ("hour", "minute") or ctx.ref_clock is None or ctx.ref_clock[0] != ctx.ref_hour or \
            ctx.ref_day is None or ctx.ref_value != ctx.ref_day.isoformat() or ctx.last_pos is None or \
            len(_CLOCK_SENTENCE_END.findall(_AMPM_DOTS.sub("", ctx.text[ctx.last_pos:s]))) > 1:
        return None  # (the clock in this sentence or the one before: the dots of "a.m." end none)
    minutes = n * (60 if u == "hour" else 1)
    if not float(minutes).is_integer():
        return None
    h, mi = ctx.ref_clock
    t = datetime(ctx.ref_day.year, ctx.ref_day.month, ctx.ref_day.day, h, mi) + timedelta(minutes=sign * int(minutes))
    return t.strftime("%Y-%m-%dT%H:%M") if t.year >= 1000 else None


def _whole_from(ctx: Context, n: float, unit: str, sign: int) -> tuple[int, str]:
    """:func:`_whole` for a count from the story's reference: from a year, years and a half are
    counted from its start, to the year they land in ("(1702) A year and a half later": 1703)."""
    k, step = _whole(n, unit)
    if step == "month" and unit == "year" and ctx.ref_granularity == "year":
        k, step = (k // 12 if sign > 0 else -(-k // 12)), "year"
    return k, step


def season_unit(m: re.Match[str], ctx: Context) -> Result | None:
    """"each season" (of sport, of flu): once a year; "this/next/last season": that year."""
    det = m["det"].lower()
    if det in ("every", "each"):
        return "SET", "P1Y", ""
    base = ctx.last_year if ctx.narrative and ctx.last_year is not None else ctx.dct.year if ctx.dct else None
    if base is None:
        return "DATE", "XXXX", ""
    return "DATE", year_str(base + {"this": 0, "next": 1, "last": -1}[det]), ""


def set_freq(m: re.Match[str], ctx: Context) -> Result | None:
    """"twice a year", "three times a week": the set of the unit (TimeML writes the count as freq)."""
    return "SET", _duration_value(1, m["u"]), ""


_APPOSITION = re.compile(r",\s*")
# "a few days/weeks later" in a story: the date it is counted from, at the next coarser granularity
_VAGUE_LATER = {"day": "month", "week": "month", "month": "year"}


def later(m: re.Match[str], ctx: Context) -> Result | None:
    """"twelve days later" in a story: the reference date moved by the measure (narratives)."""
    n = words_to_number(_SPACES.sub(" ", m["n"].lower()))
    if n is not None and m.groupdict().get("half"):
        n += 0.5  # "a year and a half later"
    if _THAN.match(ctx.text, m.end()):  # "a year later than planned": the difference, a duration
        return "DURATION", _duration_value(n, m["u"]), ""
    suf = m["suf"].lower()
    sign = -1 if suf in ("earlier", "before") else 1
    if n is None and suf in ("before", "after"):
        return "DURATION", _duration_value(n, m["u"]), ""  # "some years after.": a vague span, not a date
    clock = _clock_moved(ctx, m.start(), n, m["u"], sign)
    if clock is not None:
        return "TIME", clock, ""
    if not ctx.narrative and not _news_anchor(ctx, m.start(), m["u"]):
        # news: only a date the text just wrote anchors it ("on Monday ... three days later");
        # otherwise the measure, as TimeBank has "A day earlier"
        return "DURATION", _duration_value(n, m["u"]), ""
    unit = m["u"].lower().rstrip("s")
    unit = {"yr": "year", "hr": "hour", "min": "minute", "sec": "second", "centurie": "century",
            "fortnight": "week"}.get(unit, unit)
    named = _day_named_after(ctx, m.end(), m.end(), _APPOSED_DAY) if unit in ("day", "week") else None
    if named is not None:
        # "Thirteen days later, on 15 March": the day in apposition says which day it is (the
        # count may be from an event the text has not dated); "a week later, on 12 October" its week
        return "DATE", truncate(named.isoformat(), unit), ""
    if n is None and ctx.narrative and ctx.ref_value and unit in _VAGUE_LATER:
        # "put to death a few days later" after "late February 628": within the story's month,
        # as far as the text tells it ("a few months later" after August 636: 636)
        return "DATE", truncate(ctx.ref_value, _VAGUE_LATER[unit]), ""
    if n is None or not ctx.ref_value:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", ""
    hours_day = _hours_day(ctx, sign * n) if unit == "hour" else None
    if hours_day is not None:
        return "DATE", hours_day, ""
    if unit in ("second", "minute", "hour"):
        return "DATE", ctx.ref_value, ""
    if ctx.last_pos is not None and _APPOSITION.fullmatch(ctx.text, ctx.last_pos, m.start()):
        # "entered Paris on 20 March, nineteen days later": it renames the date just written
        return "DATE", truncate(ctx.ref_value, _UNIT_GRANULARITY.get(unit, "day")), ""
    k, step = _whole_from(ctx, n * (2 if m["u"].lower().startswith("fortnight") else 1), unit, sign)
    part = _PART_OF_MONTH.search(ctx.text, max(0, ctx.last_pos - 30), ctx.last_pos) \
        if unit == "week" and ctx.ref_granularity == "month" and ctx.last_pos is not None else None
    if part is not None and _MONTH_VALUE.fullmatch(ctx.ref_value):
        # "an armistice in late August ..., which broke down two weeks later": from the part of the
        # month told (early: the 5th, mid: the 15th, late: the 25th), to the week it lands in
        day = {"early": 5, "mid": 15, "late": 25}[part.group(1).lower()]
        start = date(int(ctx.ref_value[:4]), int(ctx.ref_value[5:7]), day)
        return "DATE", iso_week(start + timedelta(weeks=sign * k)), ""
    shifted = shift_value(ctx.ref_value, sign * k, "week" if step == "weekend" else step)
    story = ctx.story_year()
    if ctx.narrative and sign > 0 and step == "year" and story is not None and ctx.dct is not None and \
            (astro_year(shifted) or 0) > ctx.dct.year >= story + k and ctx.tense(m.start(), m.end()) != "future":
        # "(Kissinger's book of 1957) Two hundred years later, Vienna held ...": a past event cannot
        # lie ahead of the writing; the count is from the year the story is about (1815)
        return "DATE", year_str(story + k), ""
    if unit == "week" and ctx.ref_granularity == "day":
        ctx.exact_day = shifted  # the story goes on from that very day
    return "DATE", truncate(shifted, _UNIT_GRANULARITY.get(unit, "day")), ""


_NEWS_TRUNCATE = ("week", "month")  # units an anchored news date is as coarse as ("a year earlier" keeps a day, as often in TimeBank)
_NEWS_ANCHOR_CHARS = 300  # the same sentence or the one before: further back, a news story has moved on
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])")
_FINE_ENOUGH = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month"),
                "year": ("day", "week", "month", "quarter", "year", "season", "half")}
_FINE_ENOUGH["decade"] = _FINE_ENOUGH["century"] = _FINE_ENOUGH["year"]  # "In September 1978 ... A decade later": 1988


def _news_anchor(ctx: Context, s: int, unit: str) -> bool:
    """Whether a news story wrote a date fine enough for "<N> <unit> later" just before ``s``."""
    if ctx.last_pos is None or not ctx.ref_value or s - ctx.last_pos > _NEWS_ANCHOR_CHARS \
            or "\n" in ctx.text[ctx.last_pos:s] or len(_SENTENCE_END.findall(ctx.text, ctx.last_pos, s + 1)) > 1:
        return False
    u = unit.lower().rstrip("s")
    u = {"fortnight": "week", "centurie": "century"}.get(u, u)
    return ctx.ref_granularity in _FINE_ENOUGH.get(u, ())


def unit_anchored(m: re.Match[str], ctx: Context) -> Result | None:
    """"the day before", "the night after", "the year before" closing a clause in a story: the
    date under discussion moved by one unit (nothing when the story has no date that fine)."""
    if not ctx.ref_value:
        return None
    u = m["u"].lower()
    sign = 1 if m["dir"].lower() == "after" else -1
    if u in PARTS_OF_DAY or u == "day":
        if ctx.ref_granularity != "day":
            return None
        v = shift_value(ctx.ref_value, sign, "day")
        return ("TIME", v + "T" + PARTS_OF_DAY[u], "") if u in PARTS_OF_DAY else ("DATE", v, "")
    if ctx.ref_granularity == "year" and u != "year":
        return None
    return "DATE", truncate(shift_value(ctx.ref_value, sign, u), _UNIT_GRANULARITY[u]), ""


_APPOSITION_CHARS = 60
_CLAUSE_END = re.compile(r"[.!?;:,()\n]|\s[-–—]\s")


def unit_apposition(m: re.Match[str], ctx: Context) -> Result | None:
    """"on 8 May, the day after the fall": an apposition renaming the date just written (the
    event it counts from is not dated), so that date, as coarse as the unit."""
    if not ctx.ref_value or ctx.last_pos is None or m.start() - ctx.last_pos > _APPOSITION_CHARS or \
            (m.start() - ctx.last_pos > 3 and _CLAUSE_END.search(ctx.text, ctx.last_pos, m.start() - 2)):
        return None
    g = _UNIT_GRANULARITY[m["u"].lower()]
    if g == "day" and ctx.ref_granularity != "day":
        return None
    return "DATE", truncate(ctx.ref_value, g), ""


_ON_DAY = re.compile(r"\s+(?:on|of)\s+(?:(?P<d>\d{1,2})(?:\s*[–/-]\s*\d{1,2})?\s+(?P<m>[A-Za-z]+)|"
                     r"(?P<m2>[A-Za-z]+)\s+(?P<d2>\d{1,2})\b(?:\s*[–/-]\s*\d{1,2})?)(?:,?\s+(?P<y>1\d{3}|20\d\d)\b)?")


_APPOSED_DAY = re.compile(r",(?=\s+on\s)" + _ON_DAY.pattern)  # ", on 15 March" after an expression


def _day_named_after(ctx: Context, s: int, e: int, pattern: re.Pattern[str] = _ON_DAY) -> date | None:
    """The day written right after an expression ("overnight on 12–13 August 1961", "at midnight
    on 14–15 August"): its first day (a night across two days starts on the first)."""
    nxt = pattern.match(ctx.text, e)
    mon = (nxt["m"] or nxt["m2"]).lower() if nxt else ""
    if mon not in MONTHS:
        return None
    mo, dd = MONTHS[mon], int(nxt["d"] or nxt["d2"])
    y = int(nxt["y"]) if nxt["y"] else pick_year(ctx, s, nxt.end(), lambda k: safe_date(k, mo, dd))
    return safe_date(y, mo, dd) if y is not None and y > 0 else None


_EVENT_NOUN_AFTER = re.compile(r"[\s-]+(?:attacks?|raids?|assaults?|bombings?|offensives?|crossings?|landings?|marches)\b",
                               re.I)
_CLAUSE_REST = re.compile(r"[^.;:!?]{0,100}")
_ON_WORD = re.compile(r"\s+(?:on|of)\s+", re.I)


def part_of_day_bare(m: re.Match[str], ctx: Context) -> Result | None:
    """"at dawn", "night raids" in a story: that part of the reference day, or of the day named
    right after it ("before dawn on 25 April", which is tagged on its own)."""
    code = PARTS_OF_DAY[_SPACES.sub(" ", m["pod"].lower())]  # ("first  light")
    ordinal = _ON_ORDINAL.match(ctx.text, m.end())
    od = ordinal_day_value(ctx, int(ordinal.group(1))) if ordinal else None
    if od is not None and _DAY_OF_YEAR.fullmatch(od):
        return "TIME", od + "T" + code, ""  # "at dawn on the 4th" (tagged on its own too): that day's dawn
    then = _CLOCK_THEN.match(ctx.text, m.end())
    if then and ctx.ref_day is not None:  # "at dawn the next day": that day's dawn, as "at 11 a.m. the next day"
        ctx.exact_day = ctx.ref_day.isoformat()  # the day phrase that follows still counts from the story's day
        return "TIME", (ctx.ref_day + timedelta(days=_THEN_OFF[_SPACES.sub(" ", then["det"].lower())])).isoformat() \
            + "T" + code, ""
    nxt = _ON_DAY.match(ctx.text, m.end())
    if nxt is None and _EVENT_NOUN_AFTER.match(ctx.text, m.end()):
        # "A night attack by the fire ships on 28 April": the day the event noun's clause names
        clause = _CLAUSE_REST.match(ctx.text, m.end())
        nxt = next((d for d in (_ON_DAY.match(ctx.text, k.start()) for k in
                                _ON_WORD.finditer(ctx.text, m.end(), clause.end())) if d), None)
    mon = (nxt["m"] or nxt["m2"]).lower() if nxt else ""
    if nxt and mon in MONTHS:
        mo, dd = MONTHS[mon], int(nxt["d"] or nxt["d2"])
        y = pick_year(ctx, m.start(), nxt.end(), lambda k: safe_date(k, mo, dd))
        v = date_value(y, mo, dd) if y is not None else None
        return "TIME", (v or f"XXXX-{mo:02d}-{dd:02d}") + "T" + code, ""
    if ctx.ref_value and ctx.ref_granularity != "day" and ctx.last_year is not None:
        return "TIME", _coarse_ref(ctx) + "T" + code, ""  # "in late October ... before dawn": that month's
    if code == "MO" and ctx.ref_day is not None and ctx.ref_hour is not None and ctx.ref_hour >= 12 and \
            ctx.ref_value == ctx.ref_day.isoformat() and not looks_back(ctx, m.start()) and \
            not _EARLIER_WORD.search(re.sub(r"(?i)before\s*$", "", ctx.text[max(0, m.start() - 60):m.start()]) +
                                     ctx.text[m.end():m.end() + 30]):
        # "The attack came at 4.30 p.m. ... Before dawn the enemy withdrew": the dawn after that day
        return "TIME", (ctx.ref_day + timedelta(days=1)).isoformat() + "T" + code, ""
    return "TIME", (ctx.ref_value or "XXXX-XX-XX") + "T" + code, ""


NORMALISERS: dict[str, Callable[[re.Match[str], Context], Result | None]] = {
    f.__name__: f for f in (
        iso, slash, mdy, month_year, month, year, word_year, fiscal, fiscal_year, decade, century, century_told,
        quarter, quarter_ellipsis, quarter_q, rel_quarter, year_quarter, half, report_half, season, season_unit, holiday, weekday, part_of_day, part_of_day_def, clock, deictic, present_ref,
        future_ref,
        rel_unit, in_the_unit, regnal_year, duration, set_freq, bare_plural, unit_long, nth_day, story_nth_day, a_while, set_adverb, set_every, year_ago, year_ago_span, year_end, full_year,
        same_period, latest_period, year_era, date_era, decade_era, decade_early, century_era, year_early, ordinal_day, later, unit_anchored, unit_apposition, part_of_day_bare)
}
