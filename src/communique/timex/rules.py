"""The rule table and the search for temporal expressions in English text.

Each :class:`Rule` is a regex (run over the lower-cased text, only in windows around
trigger words such as month names, units or digits) with a handler from
``timex_handlers``. :func:`candidates` returns the longest non-overlapping matches.

>>> [(c.start, c.end, c.rule.name) for c in candidates("It ended last year.")]
[(9, 18, 'rel_unit')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from communique.timex.lexicon import (AMPM, DAYNUM, MONTH_I, MONTHS, NUMBER, NUMWORD, ORDINAL_DAY, UNIT,
                            WEEKDAYS, YEAR, ZONE)
from communique.timex.context import Context, Result, _y
from communique.timex.handlers import (check_decade_words, check_deictic, check_duration, check_month,
                             check_month_cap, check_quarter, check_rel_unit, check_season,
                             check_set_adverb, check_weekday, check_year, h_bare_plural_any,
                             h_century, h_clock_any, h_decade, h_deictic, h_duration, h_fiscal,
                             h_half, h_holiday, h_iso, h_latest_period, h_mdy, h_month,
                             h_month_year, h_part_of_day, h_quarter_q, h_rel_quarter, h_rel_unit,
                             h_same_period, h_season, h_set_adverb, h_set_every, h_slash,
                             h_weekday, h_word_year, h_year, h_year_ago, h_year_end)


_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"


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
