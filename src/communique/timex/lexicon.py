"""Word lists and regex fragments for English temporal expressions (used by ``timex_rules``).

>>> words_to_number("twenty-five"), words_to_number("a couple of"), words_to_number("2 1/2")
(25.0, 2.0, 2.5)
>>> words_to_number("several") is None
True
"""

from __future__ import annotations

import re

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
                "tonight": "NI", "overnight": "NI", "midday": "MI", "noon": "MI"}

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30}
WORD_VALUES: dict[str, float] = {w: float(i) for i, w in enumerate(ONES)}
WORD_VALUES.update({w: float(10 * i) for i, w in enumerate(TENS) if w})
WORD_VALUES.update({"a": 1.0, "an": 1.0, "dozen": 12.0, "a dozen": 12.0, "couple": 2.0,
                    "a couple": 2.0, "a couple of": 2.0, "couple of": 2.0, "hundred": 100.0,
                    "a hundred": 100.0, "thousand": 1000.0, "a thousand": 1000.0,
                    "half": 0.5, "half a": 0.5, "half an": 0.5, "a half": 0.5, "single": 1.0})
VAGUE = {"few", "a few", "several", "many", "some", "numerous", "a number of", "dozens of",
         "hundreds of", "thousands of", "a couple more"}

UNITS = {
    "second": "S", "sec": "S", "minute": "M", "min": "M", "hour": "H", "hr": "H", "day": "D",
    "night": "D", "week": "W", "fortnight": "W", "month": "M", "quarter": "M", "year": "Y",
    "yr": "Y", "decade": "Y", "century": "Y", "centurie": "Y", "millennium": "Y",
    "millennia": "Y", "weekend": "WE", "season": "X",
}
UNIT_FACTOR = {"quarter": 3, "fortnight": 2, "decade": 10, "century": 100, "centurie": 100,
               "millennium": 1000, "millennia": 1000}
TIME_UNITS = {"second", "sec", "minute", "min", "hour", "hr"}

# ---- regex fragments (all used with re.IGNORECASE unless said otherwise) ----
_ones = "|".join(ONES[1:][::-1])
_tens = "|".join(t for t in TENS if t)
NUMWORD = rf"(?:(?:{_tens})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|{_ones})"
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?(?:\s+1/2|\s*½)?|{NUMWORD}(?:\s+and\s+a\s+half)?"
          rf"(?:\s+(?:hundred|thousand))?|a\s+hundred|a\s+thousand|a\s+dozen|dozens\s+of|hundreds\s+of"
          rf"|a\s+couple\s+of|couple\s+of|a\s+couple|a\s+few|few|several|many|some|half\s+an?"
          rf"|an?(?:\s+single)?)")
UNIT = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?"
        r"|quarters?|years?|yrs?|decades?|century|centuries|millenni(?:um|a)|weekends?)")

_month_full = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
_month_abbr = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
# Patterns run over the lower-cased text; capitalisation is checked on the original.
MONTH = ("(?:" + "|".join(m.lower() for m in _month_full) + "|"
         + "|".join(rf"{a.lower()}\.|{a.lower()}(?=\s*\d)" for a in _month_abbr) + r")(?![\w])")
MONTH_I = MONTH
_wd_full = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.)"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
ORDINAL_DAY = ("(?:" + "|".join(["thirty-first", "thirtieth", "twenty-first", "twenty-second",
               "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
               "twenty-eighth", "twenty-ninth", "twentieth"] + ORDINALS[1:20][::-1]) + ")")
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d%])"
ZONE = (r"(?:[ecmp][sd]t|gmt|utc|bst|cet|cest|eet|msk|jst|kst|ist|aest|aedt|hkt|sgt|wib"
        r"|(?:utc|gmt)[+-]\d{1,2}(?::?\d\d)?|z(?![\w]))(?![\w])")
AMPM = r"(?:a\.m\.?|p\.m\.?|am(?![\w])|pm(?![\w]))"


def words_to_number(s: str) -> float | None:
    """The number written by ``s`` (digits or English words); None for vague quantities."""
    t = re.sub(r"\s+", " ", s.strip().lower().replace("½", " 1/2")).replace(",", "")
    if t in VAGUE:
        return None
    if t in WORD_VALUES:
        return WORD_VALUES[t]
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
        if p not in WORD_VALUES:
            return None
        total += WORD_VALUES[p]
    return total * mult + half


def ordinal_value(s: str) -> int | None:
    """1 for "first"/"1st", 21 for "twenty-first"; None if not an ordinal.

    >>> ordinal_value("twenty-first"), ordinal_value("3rd"), ordinal_value("twentieth")
    (21, 3, 20)
    """
    t = s.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", t)
    if m:
        return int(m.group(1))
    if t in ORDINAL_TENS:
        return ORDINAL_TENS[t]
    if t in ORDINALS:
        return ORDINALS.index(t)
    m = re.fullmatch(r"(twenty|thirty)[\s-](\w+)", t)
    if m and m.group(2) in ORDINALS:
        return (20 if m.group(1) == "twenty" else 30) + ORDINALS.index(m.group(2))
    return None
