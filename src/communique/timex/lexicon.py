"""The one loader of ``timex/data/``: word tables, holidays and the rule table, and the regex
fragments assembled from them (used by :mod:`communique.timex.rules` and the handlers).

Every data file opens with a ``# FORMAT:`` line; further ``#`` lines are comments.

>>> words_to_number("twenty-five"), words_to_number("a couple of"), words_to_number("2 1/2")
(25.0, 2.0, 2.5)
>>> words_to_number("several") is None
True
>>> holiday_date("thanksgiving", 2019), holiday_date("easter monday", 2019)
(datetime.date(2019, 11, 28), datetime.date(2019, 4, 22))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

from communique.text.regex_trie import alternation

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
    "fri": 5, "sat": 6, "sun": 7,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "overnight": "NI", "midday": "MI", "noon": "MI", "dawn": "MO",
                "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "sunset": "EV", "nightfall": "NI",
                "first light": "MO", "last light": "EV"}

_month_full = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
_month_abbr = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
MONTH_NAMES = "|".join(_month_full)  # the capitalised full names, for case-sensitive scans of the original text
# Patterns run over the lower-cased text; capitalisation is checked on the original.
MONTH = ("(?:" + "|".join(m.lower() for m in _month_full) + "|"
         + "|".join(rf"{a.lower()}\.|{a.lower()}(?=\s*\d)" for a in _month_abbr) + r")(?![\w])")


# --------------------------------------------------------------------------- reading data files

def _text(name: str) -> str:
    return resources.files("communique.timex").joinpath("data", name).read_text(encoding="utf-8")


def table(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file (the ``# FORMAT:`` line and comments skipped)."""
    lines = _text(name).splitlines()
    if not lines or not lines[0].startswith("# FORMAT:"):
        raise ValueError(f"timex/data/{name} must open with a '# FORMAT:' line")
    return [ln.split("\t") for ln in lines[1:] if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def rule_table() -> dict[str, Any]:
    """``rules.toml`` as a dict: ``fragments`` and the list ``rule``."""
    import tomllib

    src = _text("rules.toml")
    if not src.startswith("# FORMAT:"):
        raise ValueError("timex/data/rules.toml must open with a '# FORMAT:' line")
    return tomllib.loads(src)


@dataclass(frozen=True)
class NumberWords:
    """``number_words.tsv``: cardinal and phrase values, vague quantities, ordinals."""

    values: dict[str, float]
    cardinals: dict[str, int]
    vague: frozenset[str]
    ordinals: dict[str, int]


@lru_cache(maxsize=1)
def number_words() -> NumberWords:
    values: dict[str, float] = {}
    cardinals: dict[str, int] = {}
    vague: set[str] = set()
    ordinals: dict[str, int] = {}
    for word, value, kind in table("number_words.tsv"):
        if kind == "vague":
            vague.add(word)
        elif kind == "ordinal":
            ordinals[word] = int(value)
        else:
            values[word] = float(value)
            if kind == "cardinal":
                cardinals[word] = int(value)
    return NumberWords(values, cardinals, frozenset(vague), ordinals)


@dataclass(frozen=True)
class Unit:
    """A row of ``units.tsv``: TIMEX3 duration letter, its multiple, and whether it is a clock unit."""

    code: str
    factor: int
    clock: bool


@lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    return {u: Unit(code, int(f), clock == "yes") for u, code, f, clock in table("units.tsv")}


@lru_cache(maxsize=1)
def decades() -> dict[str, int]:
    return {w: int(d) for w, d in table("decades.tsv")}


@lru_cache(maxsize=1)
def habitual_phrases() -> tuple[str, ...]:
    """Words that make a clause habitual ("usually", "runs from"), from ``habitual.tsv``."""
    return tuple(row[0] for row in table("habitual.tsv"))


@lru_cache(maxsize=1)
def prospective_phrases() -> tuple[str, ...]:
    """Words that make a later date in their clause a prospect ("invited ... to a diet on 2 February",
    "was to be crowned on 22 June"), from ``prospective.tsv``."""
    return tuple(row[0] for row in table("prospective.tsv"))


@lru_cache(maxsize=1)
def futurate_verbs() -> frozenset[str]:
    """Present-tense forms of verbs of scheduled events ("meet", "meets"; "fly", "flies") whose
    simple present before a date speaks of the future, from ``futurate.tsv``."""
    out: set[str] = set()
    for row in table("futurate.tsv"):
        v = row[0]
        third = v[:-1] + "ies" if re.search(r"[^aeiou]y$", v) else v + "es" if re.search(r"(?:s|sh|ch|x|z|o)$", v) else v + "s"
        out.update((v, third))
    return frozenset(out)


@lru_cache(maxsize=1)
def extension_verbs() -> frozenset[str]:
    """Forms of verbs that set a later date or end ("extend", "extends", "extended", "extending"; "postponed",
    "pushed back"), whose "through/to/until <date>" in the clause is the new date, from ``extension.tsv``."""
    out: set[str] = set()
    for row in table("extension.tsv"):
        head, _, rest = row[0].partition(" ")
        tail = " " + rest if rest else ""
        stem, ed = (head[:-1], "d") if head.endswith("e") else (head, "ed")
        out.update(f + tail for f in (head, head + "s", head + ed, stem + "ing"))
    return frozenset(out)


@lru_cache(maxsize=1)
def accession_phrases() -> tuple[str, ...]:
    """Words that tell a ruler's accession ("was crowned", "came to the throne"), from ``accession.tsv``."""
    return tuple(row[0] for row in table("accession.tsv"))


@lru_cache(maxsize=1)
def named_past_act_nouns() -> tuple[str, ...]:
    """Nouns of acts or disasters that a date right before them names as done ("the October 7th attacks"),
    from ``named_past_acts.tsv``."""
    return tuple(row[0] for row in table("named_past_acts.tsv"))


@lru_cache(maxsize=1)
def period_styles() -> tuple[str, ...]:
    """Words that, hyphened after a decade or year ("1990s-era", "1960s-vintage"), make it an adjective
    of vintage, from ``period_styles.tsv``."""
    return tuple(row[0] for row in table("period_styles.tsv"))


@lru_cache(maxsize=1)
def round_the_clock_nouns() -> tuple[str, ...]:
    """Nouns that "24-hour" before them describes as open round the clock ("a 24-hour news channel"),
    not as lasting a day, from ``round_the_clock.tsv``."""
    return tuple(row[0] for row in table("round_the_clock.tsv"))


@lru_cache(maxsize=1)
def weekday_parts() -> frozenset[str]:
    """Parts of the day a weekday keeps in news ("Friday evening" ...TEV), from ``weekday_parts.tsv``."""
    return frozenset(row[0] for row in table("weekday_parts.tsv") if row[1] == "yes")


@lru_cache(maxsize=1)
def report_periods() -> dict[str, str]:
    """Words naming a results report's period -> the granularity of a comparison after them
    ("a year earlier" after "the nine months": a year), from ``report_periods.tsv``."""
    return {row[0]: row[1] for row in table("report_periods.tsv")}


@lru_cache(maxsize=1)
def deictic_words() -> dict[str, tuple[str, str]]:
    """Phrase -> (TIMEX3 type, value rule) from ``deictic.tsv``."""
    return {w: (typ, v) for w, typ, v in table("deictic.tsv")}


@lru_cache(maxsize=1)
def set_adverbs() -> dict[str, str]:
    return {w: v for w, v in table("set_adverbs.tsv")}


@lru_cache(maxsize=1)
def genre_cues() -> dict[str, tuple[str, ...]]:
    """Cue ("past", "present", "auxiliary", "not_past", "speaker") -> its words for genre detection (``genre_cues.tsv``)."""
    return {row[0]: tuple(row[1].split()) for row in table("genre_cues.tsv")}


@lru_cache(maxsize=1)
def holidays() -> dict[str, str]:
    """Holiday name -> date rule (see ``holidays.tsv``)."""
    return {row[0]: row[1] for row in table("holidays.tsv")}


@lru_cache(maxsize=1)
def trigger_words() -> dict[str, tuple[str, ...]]:
    """Category -> words that open search windows (``triggers.tsv`` plus the calendar tables)."""
    out = {cat: tuple(words.split()) for cat, words in table("triggers.tsv")}
    out["MON"] = tuple(MONTHS)
    out["WD"] = tuple(WEEKDAYS)
    out["DECADE"] = tuple(decades())
    out["HOLIDAY"] = tuple(dict.fromkeys(re.match(r"[a-z]+", h).group() for h in holidays()))
    return out


_WD_ABBR = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}


def nth_weekday(y: int, m: int, wd: int, n: int) -> date:
    """The ``n``-th ISO weekday ``wd`` of month ``m`` (``n=-1``: the last)."""
    d = date(y, m, 1)
    d += timedelta(days=(wd - d.isoweekday()) % 7)
    if n > 0:
        return d + timedelta(weeks=n - 1)
    last = date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - wd) % 7)


_HOLIDAY_RULE = re.compile(r"(?:(?P<md>\d\d-\d\d)|nth:(?P<m>\d\d?):(?P<wd>[a-z]{3}):(?P<n>-?\d)"
                           r"|easter(?P<e>[+-]\d+))(?:\+(?P<plus>\d+)d)?")


def holiday_date(name: str, year: int) -> date:
    """The date of holiday ``name`` (a key of ``holidays.tsv``) in ``year``."""
    from communique.timex.values import easter

    m = _HOLIDAY_RULE.fullmatch(holidays()[name])
    if m is None:
        raise ValueError(f"bad holiday rule for {name!r}: {holidays()[name]!r}")
    if m["md"]:
        d = date(year, int(m["md"][:2]), int(m["md"][3:]))
    elif m["m"]:
        d = nth_weekday(year, int(m["m"]), _WD_ABBR[m["wd"]], int(m["n"]))
    else:
        d = easter(year) + timedelta(days=int(m["e"]))
    return d + timedelta(days=int(m["plus"] or 0))


# --------------------------------------------------------------------------- regex fragments

def _phrase_units(phrase: str) -> list[str]:
    """Regex pieces of a phrase for :func:`alternation`: a space matches spaces, ' matches ’."""
    return [r"\s+" if ch == " " else "['’]" if ch == "'" else re.escape(ch) for ch in phrase]


@lru_cache(maxsize=1)
def fragments() -> dict[str, str]:
    """Named regex pieces for ``%{name}`` in rule patterns, fully expanded."""
    nw = number_words()
    by_value = sorted(nw.cardinals.items(), key=lambda kv: kv[1])
    ones = [w for w, v in by_value if 1 <= v <= 19]
    base = {
        "month": MONTH,
        "nw9": "|".join(w for w, v in by_value if 1 <= v <= 9),
        "teens": "|".join(w for w, v in by_value if 10 <= v <= 19),
        "tens": "|".join(w for w, v in by_value if v >= 20),
        "ones_desc": "|".join(ones[::-1]),
        "ordinal_day": _ordinal_day(nw.ordinals),
        "decade_word": "|".join(decades()),
        "holiday": alternation(holidays(), _phrase_units),
        "deictic": alternation(deictic_words(), _phrase_units),
        "set_adverb": alternation(set_adverbs()),
    }
    raw = dict(rule_table()["fragments"])
    out: dict[str, str] = dict(base)
    for name in raw:
        out[name] = expand(raw[name], {**raw, **out})
    return out


def _ordinal_day(ordinals: dict[str, int]) -> str:
    small = sorted((w for w, v in ordinals.items() if v < 10), key=ordinals.get)
    days = ["thirty-first", "thirtieth"] + [f"twenty-{w}" for w in small] + ["twentieth"]
    days += sorted((w for w, v in ordinals.items() if v < 20), key=ordinals.get, reverse=True)
    return "(?:" + "|".join(days) + ")"


_PLACEHOLDER = re.compile(r"%\{(\w+)\}")


def expand(pattern: str, names: dict[str, str]) -> str:
    """``pattern`` with every ``%{name}`` replaced (recursively) by ``names[name]``."""
    def sub(m: re.Match[str]) -> str:
        key = m.group(1)
        if key not in names:
            raise KeyError(f"unknown placeholder %{{{key}}} in a timex rule pattern")
        return expand(names[key], names)

    return _PLACEHOLDER.sub(sub, pattern)


# --------------------------------------------------------------------------- numbers

@lru_cache(maxsize=4096)  # (pure over the number words: the same quantities recur)
def words_to_number(s: str) -> float | None:
    """The number written by ``s`` (digits or English words); None for vague quantities."""
    nw = number_words()
    t = re.sub(r"\s+", " ", s.strip().lower().replace("½", " 1/2")).replace(",", "")
    if t in nw.vague:
        return None
    if t in nw.values:
        return nw.values[t]
    half = 0.0
    if t.endswith(" 1/2"):
        half, t = 0.5, t[:-4].strip()
    elif t.endswith(" and a half"):
        half, t = 0.5, t[:-11].strip()
    try:
        return float(t) + half
    except ValueError:
        pass
    total = 0.0
    mult = 1.0
    parts = re.split(r"[\s-]+", t)
    if parts and parts[-1] in ("hundred", "thousand"):
        mult = 100.0 if parts[-1] == "hundred" else 1000.0
        parts = parts[:-1] or ["one"]
    for p in parts:
        if p in ("a", "an", "and"):
            total += 1 if p != "and" and not total else 0
            continue
        if p not in nw.values:
            return None
        total += nw.values[p]
    return total * mult + half



def spoken_year(words: str) -> int | None:
    """A year written in words as it is spoken: "nineteen ninety-seven" 1997, "eighteen hundred"
    1800, "nineteen oh five" 1905, "two thousand and one" 2001 (None for anything else)."""
    w = re.sub(r"\s+", " ", words.lower()).strip()
    if w.startswith("two thousand"):
        rest = re.sub(r"^ and\b", "", w[len("two thousand"):]).strip()
        n = words_to_number(rest) if rest else 0
        return 2000 + int(n) if n is not None and n < 100 else None
    head, _, tail = re.sub(r"^(nineteen|eighteen)-", r"\1 ", w).partition(" ")
    a = {"nineteen": 19, "eighteen": 18}.get(head)
    if a is None:
        return None
    if tail == "hundred":
        return a * 100
    n = words_to_number(re.sub(r"^oh[\s-]+", "", tail))
    return a * 100 + int(n) if n is not None and n < 100 else None


def ordinal_value(s: str) -> int | None:
    """1 for "first"/"1st", 21 for "twenty-first"; None if not an ordinal.

    >>> ordinal_value("twenty-first"), ordinal_value("3rd"), ordinal_value("twentieth")
    (21, 3, 20)
    """
    ordinals = number_words().ordinals
    t = s.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", t)
    if m:
        return int(m.group(1))
    if t in ordinals:
        return ordinals[t]
    m = re.fullmatch(r"(twenty|thirty)[\s-](\w+)", t)
    if m and ordinals.get(m.group(2), 99) < 10:
        return (20 if m.group(1) == "twenty" else 30) + ordinals[m.group(2)]
    return None
