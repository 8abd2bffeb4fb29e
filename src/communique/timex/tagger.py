"""Temporal expressions: find them in English news and normalise them to TimeML TIMEX3.

Rule based, pure Python (``re`` and ``datetime``). Relative and underspecified
expressions are resolved against the document creation time (DCT, the publication
date), using the tense around them and dates mentioned earlier in the text.

Modules: ``lexicon`` (the loader of ``timex/data/``: word tables, holidays, the rule table),
``rules`` (the compiled rules and the windowed search), ``handlers`` and ``checks``
(normalisation of each rule's matches, rejection of look-alikes), ``context`` (DCT, tense
cues, anchors), ``values`` (the TIMEX3 value grammar: :func:`parse_value`, calendar
arithmetic); this module merges and post-processes the results.
Without a DCT, absolute values still come out; relative ones stay underspecified
(``XXXX-WXX-5``, ``XXXX``).

>>> df = find_timexes("Talks ended on April 25 after nearly two hours.", "2019-04-27")
>>> df[["text", "type", "value", "mod"]].values.tolist()
[['April 25', 'DATE', '2019-04-25', ''], ['nearly two hours', 'DURATION', 'PT2H', 'LESS_THAN']]
>>> [t.value for t in tag("last year and the end of this year", "2019-04-25")]
['2018', '2019']
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from communique.timex.checks import AFTER_EARLY_YEAR, ends_a_year
from communique.timex.handlers import truncate
from communique.timex.lexicon import MONTH_NAMES, PARTS_OF_DAY
from communique.timex.values import astro_year, coerce_date, iso_week, shift_value, value_bounds

if TYPE_CHECKING:
    import pandas as pd

    from communique.timex.context import Context

__all__ = ["Timex", "tag", "find_timexes", "detect_genre", "value_bounds", "COLUMNS", "GENRES"]

COLUMNS = ["doc_id", "start", "end", "text", "type", "value", "mod", "anchor"]
# Value shapes tested for (nearly) every expression, compiled once: re's cache lookup per call
# cost more than the test.
_APPOSED_LATER = re.compile(r",\s*(?:about|some|nearly|almost|roughly|around|just|only)?\s*")
_APPOSITION_END = re.compile(r"\s*,")
_DECADE_VALUE = re.compile(r"(?:BC)?\d{3}")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_VALUE = re.compile(r"(?:BC)?\d{4}-\d\d")
_YEAR_VALUE = re.compile(r"(?:BC)?\d{4}")
_UNIT_DURATION = re.compile(r"PT?\d+[A-Z]")
_DAY_OF_YEAR = re.compile(r"\d{4}-\d\d-\d\d|XXXX-\d\d-\d\d")
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_ANY_ERA_DAY = re.compile(r"(?:BC)?\d{4}-\d\d-\d\d")
_PLAIN_YEAR = re.compile(r"\d{4}")
_BC_DECADE = re.compile(r"BC\d{3}")
_MONTH_DAY_SEASON = re.compile(r"\d{4}-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI)")
_ON_OR_IN = re.compile(r"\s+(?:on|in)\s+")
# a rate within a month or finer ("cut deliveries to once a month in April"): the date after it is one
# date, not the recurring day of "every year on 27 January"
_SUB_YEAR_RATE = re.compile(r"P\d*(?:\.\d+)?(?:M|W|D|T\d*(?:\.\d+)?[HMS])")
_UNIT_LETTERS = re.compile(r"[YMWDHS]")
_TWO_DIGITS = re.compile(r"\d\d")
_VALUE_PARTS = re.compile(r"(?:BC)?\d{4}(?:-(\d\d)(?:-(\d\d))?)?")
_BY_AT_END = re.compile(r"\bby\s+$", re.I)
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?")  # a DCT known only to the year or month


@dataclass(frozen=True)
class Timex:
    """One temporal expression: offsets into the text, TIMEX3 type/value/mod, DCT used."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""
    anchor: str = ""


_DUR_PREFIX = re.compile(
    r"(?:^|(?<=\W))(?P<p>about|around|approximately|roughly|some|nearly|almost|more\s+than|over|"
    r"less\s+than|under|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|up\s+to|just\s+over|"
    r"just\s+under|well\s+over|fewer\s+than|close\s+to|upwards\s+of|an\s+estimated|longer\s+than|"
    r"barely|nearly\s+all\s+of|a\s+mere|(?:a\s+)?little\s+(?:(?:more|less)\s+than|over))\s+$", re.I)
_DATE_PREFIX = re.compile(
    r"(?:^|(?<=\W))(?P<p>(?:the\s+)?(?:very\s+)?(?:early|earlier|late|later|mid)(?:\s*-\s*|\s+)"
    r"|mid-|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|outset|dawn|latter\s+part|"
    r"early\s+part|first\s+part|(?:first|second|latter)\s+half|rest|remainder|balance)\s+of\s+|"
    r"about\s+|around\s+|approximately\s+|roughly\s+|circa\s+|c\.\s*|ca\.\s*)$", re.I)  # TimeBank: "as early as [Tuesday]"
_SET_PREFIX = re.compile(r"(?:^|(?<=\W))(?P<p>almost|nearly)\s+$", re.I)
_SUFFIX = re.compile(r"\s+or\s+(?P<s>later|earlier|so|more|less|longer|after|before)\b", re.I)

_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "circa": "APPROX", "c.": "APPROX", "ca.": "APPROX", "an estimated": "APPROX", "close to": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "just under": "LESS_THAN", "fewer than": "LESS_THAN", "barely": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "well over": "MORE_THAN", "upwards of": "MORE_THAN", "longer than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "little more than": "MORE_THAN", "little less than": "LESS_THAN", "little over": "MORE_THAN",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "early": "START", "earlier": "START", "beginning": "START", "start": "START",
    "outset": "START", "dawn": "START", "early part": "START", "first part": "START",
    "first half": "START", "second half": "END", "latter half": "END",
    "late": "END", "later": "END", "end": "END", "close": "END", "latter part": "END",
    "mid": "MID", "middle": "MID", "turn": "", "rest": "", "remainder": "", "balance": "",
    "a mere": "",
}
_SUFFIX_MODS = {"later": "ON_OR_AFTER", "after": "ON_OR_AFTER", "earlier": "ON_OR_BEFORE",
                "before": "ON_OR_BEFORE", "so": "APPROX", "more": "EQUAL_OR_MORE",
                "longer": "EQUAL_OR_MORE", "less": "EQUAL_OR_LESS"}
_WEEK_OF = re.compile(r"\s+of\s+", re.I)
_RANGE = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and|or)\s*", re.I)
_WHEN_AFTER = re.compile(r",?\s+when\b")  # "from 25 February until 30 March, when the treaty was signed": an event at the end
_EXPLICIT_YEAR_RULES = ("month_year", "mdy", "dmy")


_NEW = object.__new__


def _timex(start: int, end: int, text: str, type: str, value: str, mod: str, anchor: str) -> Timex:
    """``Timex(start, end, text, type, value, mod, anchor)``, its fields written straight into the
    instance's dict: the frozen dataclass's ``__init__`` sets each through ``object.__setattr__``, a
    third of the cost of the record the tagger makes for every expression (the same object: equal,
    same hash, repr and dict)."""
    t = _NEW(Timex)
    fields = t.__dict__
    fields["start"], fields["end"], fields["text"], fields["type"] = start, end, text, type
    fields["value"], fields["mod"], fields["anchor"] = value, mod, anchor
    return t


def _holds_any(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` holds one of ``words`` (lower case) in any case: a cheap test before
    a case-insensitive search that needs one of them (no letter of theirs has a non-ASCII twin under
    ``re.IGNORECASE``, see ``_CASE_TWINS``)."""
    part = text[start:end].lower()
    return any(w in part for w in words)


def _with_year(t: Timex, year: str) -> Timex:
    """``t`` with the year of its value replaced (month and day values only)."""
    if year.isdigit() and _MONTH_OR_DAY.fullmatch(t.value):
        return Timex(t.start, t.end, t.text, t.type, year + t.value[4:], t.mod, t.anchor)
    return t


_JOIN = re.compile(r"\s*,?\s*(?:at\s+)?")
# a month or season apposed to a year just written, or in its "when" clause
_YEAR_APPOSED = re.compile(r",\s+(?:(?:in|on|during)\s+(?:the\s+)?|(?:when|as)\b[^.;:!?\n()]{0,100}\b(?:in|during|over|through)\s+(?:the\s+)?)")
_REF_VALUES = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}


@lru_cache(maxsize=1024)
def _mod_of(prefix: str) -> str:
    p = re.sub(r"\s+", " ", prefix.lower()).strip().rstrip("-").strip()
    p = re.sub(r"^the ", "", p)
    p = re.sub(r"^a little ", "", p)  # "a little more than a century": more than
    p = re.sub(r"^very ", "", p)
    p = re.sub(r" of$", "", p)
    return _MODS.get(p, "")


_PREFIX_LAST_WORDS = frozenset(
    "about around approximately roughly some nearly almost than over under least most to of "
    "estimated barely early earlier late later mid as circa mere c ca".split())


# "over" means "more than" after these ("for over a week", "lasted over an hour"); after other words it
# is the preposition ("can be used over three years", "paid over four years")
_OVER_MORE = frozenset("for last lasted lasting lasts took take takes taking wait waited waiting waits spent spend been be "
                       "spending spends than in of after within".split())


def _last_word(text: str, s: int, floor: int) -> str:
    """The word just before ``text[s]`` (lower case), "" if none; "mid" for "mid-"."""
    i = s
    while i > floor and text[i - 1] in " \t\n-.":  # "." for "c. 1279"
        i -= 1
    j = i
    while j > floor and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower()


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _extend(text: str, s: int, e: int, typ: str, value: str, floor: int,
            narrative: bool = False) -> tuple[int, int, str]:
    """Absorb modifier words before/after an expression; returns (start, end, mod)."""
    mod = ""
    if _last_word(text, s, floor) not in _PREFIX_LAST_WORDS:
        window = ""
    else:
        window = text[max(floor, s - 40):s]
        breaks = [b.end() for b in _PARAGRAPH_BREAK.finditer(window)] if "\n" in window else None
        if breaks:  # "How the treaty came about / (blank line) 1919 – ...": no modifier across a paragraph
            floor = s - len(window) + breaks[-1]
            window = text[floor:s]
    if not window:
        pass
    elif typ == "DURATION":
        m = _DUR_PREFIX.search(window)
        if m:
            p = m["p"].lower()
            core = text[s:e].lower()
            if p.startswith(("just ", "well ")):
                absorb = False
                s -= len(window) - m.start("p") - len(p.split()[0]) - 1  # "Just [over an hour]"
                mod = _mod_of(p)
            elif p == "over":  # "for over a week", "lasted over an hour" (not "over the next years")
                absorb = not core.startswith("the ") and \
                    _last_word(text, s - (len(window) - m.start("p")), floor) in _OVER_MORE
            else:
                absorb = not (p in ("under", "some") and core.startswith(("the ", "a ", "an ")))
            if absorb:
                s -= len(window) - m.start("p")
                mod = _mod_of(p)
    elif typ == "SET" and narrative:
        m = _SET_PREFIX.search(window)
        if m:  # a story's "almost every year", as the narrative sets write "almost daily" (TimeBank: "almost [daily]")
            s -= len(window) - m.start("p")
    elif typ in ("DATE", "TIME") and value not in _REF_VALUES:
        m = _DATE_PREFIX.search(window)
        window2 = text[max(floor, s - 40):s]
        if m:
            p = m["p"]
            pl = p.lower()
            if not (pl.strip() in ("later", "earlier") and text[s:s + 1].isdigit()):
                s -= len(window) - m.start("p")
                mod = _mod_of(p)
                window2 = text[max(floor, s - 40):s]
        if not mod and text.endswith(("ago", "earlier", "later"), s, e):  # "nearly two weeks ago"
            m = _DUR_PREFIX.search(window2)
            if m:
                s -= len(window2) - m.start("p")
                mod = _mod_of(m["p"])
    m = _SUFFIX.match(text, e)
    if m and typ in ("DATE", "DURATION") and value not in _REF_VALUES:
        sm = _SUFFIX_MODS.get(m["s"].lower(), "")
        if sm and not (typ == "DATE" and m["s"].lower() in ("more", "less", "longer")):
            e = m.end()
            mod = mod or sm
    return s, e, mod


GENRES = ("news", "narrative", "auto")
# Starts with a digit (no leading look-behind) so the search skips to digits; what may stand before a
# year is checked by _year_starts (a look-behind first made this scan 7% of the events' time).
_EXPLICIT_YEAR = re.compile(r"(1[0-9]\d\d|20\d\d)(?![\w%]|[.,]\d)|(\d{1,4})\s*(?:BCE?|B\.C\.)(?!\w)")
_NOT_BEFORE_YEAR = re.compile(r"[\w$£€#./:-]")
_NOT_BEFORE_BC = re.compile(r"[\w.]")


def _year_starts(text: str, m: re.Match[str]) -> bool:
    """Whether the year match ``m`` starts a token (what the look-behind used to check)."""
    before = text[m.start() - 1:m.start()] if m.start() else ""
    return not before or not (_NOT_BEFORE_BC if m.group(2) else _NOT_BEFORE_YEAR).match(before)


_DIGITS = re.compile(r"\d+")


def _explicit_years(text: str) -> list[re.Match[str]]:
    """The matches of ``_EXPLICIT_YEAR`` in ``text`` that start a token (``_year_starts``).

    A match starts within the last four digits of a run of digits, and one that starts after
    the run's first digit follows a digit and is dropped: so only runs of at most four digits
    are tried, at their first digit (a fast scan for digits instead of a regex try at every
    character; matches never reach into the next run, so none is skipped).
    """
    return _year_scan(text, [m.span() for m in _DIGITS.finditer(text)])[0]


def _year_scan(text: str, runs: list[tuple[int, int]]) -> tuple[list[re.Match[str]], bool]:
    """:func:`_explicit_years` from the text's runs of digits, and whether a run of exactly three
    digits starts with 1-9 (what ``_EARLY_YEAR_IN`` needs: its number is a whole run, after a space
    and before no word character)."""
    out = []
    three = False
    for start, end in runs:
        width = end - start
        if width <= 4:
            if width == 3 and text[start] in "123456789":
                three = True
            m = _EXPLICIT_YEAR.match(text, start)
            if m is not None and _year_starts(text, m):
                out.append(m)
    return out, three


_NEWS_CUES = re.compile(r"\b(?:yesterday|today|tomorrow|tonight|(?:last|this|next)\s+(?:week|month)|said(?!\s+to\b)|says|"
                        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


@lru_cache(maxsize=16)
def _quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind :func:`~communique.text.regex_trie.quick_start` (the same matches, found faster)."""
    from communique.text.regex_trie import quick_start

    return quick_start(pattern)


@lru_cache(maxsize=1)
def _news_cues() -> re.Pattern[str]:
    from communique.text.regex_trie import quick_start

    return quick_start(_NEWS_CUES)  # (the same matches, found faster)


# _NEWS_CUES as one pattern per alternative, each opening with its literal (which the regex engine
# finds at string-search speed); the start of a word is checked here. No two of its matches can
# overlap (whole words; none inside another), so together they are its matches.
_NEWS_CUE_PARTS = tuple(re.compile(p + r"\b") for p in (
    "yesterday", "today", "tomorrow", "tonight", r"last\s+(?:week|month)", r"this\s+(?:week|month)",
    r"next\s+(?:week|month)", r"said(?!\s+to\b)", "says", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday"))


# "said" first: most news says it, and the count can stop once a cue other than "said" follows
_WEEKDAY_CUES = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
_NEWS_CUE_ORDER = tuple(sorted(_NEWS_CUE_PARTS, key=lambda part: not part.pattern.startswith("said")))


def _news_cue_count(text: str, threshold: float, chronology: bool) -> tuple[int, bool]:
    """How many news cues of :func:`_news_cue_matches` ``text`` holds, a weekday written with its date
    ("on Monday, 8 December") not counted, and whether all of them are "said", "says" or weekdays
    (``chronology`` given: whether the text's years are all old). Counting stops once the count reaches
    ``threshold`` and another cue has been seen: neither the count's side of ``threshold`` nor
    ``chronology`` can change after that (the test needs no text order)."""
    found = 0
    for part in _NEWS_CUE_ORDER:
        for m in part.finditer(text):
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] == "_"):
                continue
            cue = m.group()
            if cue.endswith("day") and _DATE_AFTER_WEEKDAY.match(text, m.end()):
                continue  # part of a full date, no news cue
            found += 1
            if cue not in ("said", "says") and cue not in _WEEKDAY_CUES:
                chronology = False  # (a weekday among old years only is a day of the story's chronology)
            if found >= threshold and not chronology:
                return found, chronology
    return found, chronology


def _news_cue_matches(text: str) -> list[re.Match[str]]:
    """The matches of ``_NEWS_CUES`` in ``text``, in text order."""
    out = []
    for part in _NEWS_CUE_PARTS:
        for m in part.finditer(text):
            s = m.start()
            if not s or not (text[s - 1].isalnum() or text[s - 1] == "_"):
                out.append(m)
    if len(out) > 1:
        out.sort(key=lambda m: m.start())
    return out


_EARLY_YEAR_IN = re.compile(r"\b(?:in|since|until|by|from|after|before|around|circa)\s+[1-9]\d{2}(?![\w%]|[.,:]\d)")
_EARLY_PREPOSITION = re.compile(r"\b(?:in|since|until|by|from|after|before|around|circa)$")  # (of _EARLY_YEAR_IN)
_EARLY_YEAR_TAIL = re.compile(r"(?![\w%]|[.,:]\d)")


def _early_years(text: str, runs: list[tuple[int, int]]) -> int:
    """How many matches of ``_EARLY_YEAR_IN`` in ``text`` are followed by ``AFTER_EARLY_YEAR``, from the
    text's runs of digits: a match's number is a whole run of three digits (white space before it,
    no word character after), so only those runs are tried, backwards (a search of the whole text
    stopped at every "a", "b", "c", "f", "i", "s" and "u")."""
    n = 0
    for start, end in runs:
        if end - start != 3 or text[start] not in "123456789":
            continue
        gap = start
        while gap and text[gap - 1].isspace():  # (\s is str.isspace)
            gap -= 1
        if gap < start and _EARLY_PREPOSITION.search(text, max(0, gap - 6), gap) and \
                _EARLY_YEAR_TAIL.match(text, end) and AFTER_EARLY_YEAR.match(text, end):
            n += 1
    return n
_DAY_MONTH = re.compile(rf"\b(?:\d{{1,2}}\s+(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}})\b")
_DATE_AFTER_WEEKDAY = re.compile(rf",?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})\b|"
                                 rf",?\s+(?:{MONTH_NAMES})\s+\d{{1,2}}\b")
_AD_YEAR = re.compile(r"\b(?:AD|A\.D\.)\s?\d{1,4}\b|\b\d{1,4}\s?(?:AD|A\.D\.)(?!\w)")
_QUOTE = re.compile(r'"[^"\n]{0,400}"|“[^”\n]{0,400}”')


@lru_cache(maxsize=1)
def _genre_words() -> dict[str, re.Pattern[str]]:
    from communique.text.regex_trie import quick_start  # (the same matches, found faster)
    from communique.timex.lexicon import genre_cues

    return {cue: quick_start(re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I))
            for cue, words in genre_cues().items()}


_HISTORY_YEARS = 8  # old years from which regular simple pasts count (a news story with some background has fewer)
_SIMPLE_PAST = re.compile(r"(?:\b([a-z]+)\s+)?\b([a-z]{3,}(?<!e)ed)\b")


def _past_count(told: str, cue_words: dict[str, re.Pattern[str]]) -> int:
    """The past tense words of a text: the "past" cue words and every lower-case regular simple past
    ("signed", "entered"; an encyclopedic article tells its events so while it describes a
    standing institution in the present), not a participle after an auxiliary ("is signed")."""
    n = len(cue_words["past"].findall(told))
    for m in _SIMPLE_PAST.finditer(told):
        before, word = m.group(1), m.group(2)
        if not (before and cue_words["auxiliary"].fullmatch(before)) and not cue_words["not_past"].fullmatch(word):
            n += 1
    return n


# The non-ASCII letters that re.IGNORECASE equates with ASCII ones (as the re module documents):
# in a text without them, ASCII letters lower-cased and searched case-sensitively count the same.
_CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=1)
def _cue_scan() -> re.Pattern[str] | None:
    """The past and present cue words in one case-sensitive search of lower-cased text (the past
    words captured); None unless the words are ASCII word characters and no word is in both lists."""
    from communique.timex.lexicon import genre_cues

    past, present = ([w.lower() for w in genre_cues()[cue]] for cue in ("past", "present"))
    if not all(w.isascii() and re.fullmatch(r"\w+", w) for w in past + present) or set(past) & set(present):
        return None
    from communique.text.regex_trie import quick_start

    return quick_start(re.compile(r"\b(?:(" + "|".join(map(re.escape, past)) + ")|" + "|".join(map(re.escape, present)) + r")\b"))


def _cue_counts(told: str) -> tuple[int, int]:
    """How many past and present cue words ``told`` holds (as ``_genre_words`` finds them, in one pass)."""
    scan = _cue_scan()
    if scan is None or any(twin in told for twin in _CASE_TWINS):
        cue_words = _genre_words()
        return len(cue_words["past"].findall(told)), len(cue_words["present"].findall(told))
    # only the ASCII letters lower-cased (UTF-8 bytes.lower leaves other characters alone)
    folded = told.lower() if told.isascii() else \
        told.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    found = scan.findall(folded)  # the past word, or "" for a present one
    present = found.count("")
    return len(found) - present, present


def detect_genre(text: str, dct: date | datetime | str | None = None) -> str:
    """"narrative" when the text is told in its own time, else "news".

    A story names years BC, or at least half of the years it writes out lie ten or more years
    before the DCT (all of them without a DCT; "AD 43" counts, and so do two or more three-digit
    years after a preposition in a text with no four-digit year: "fell in 476"); it is told in the
    past ("was", "had" at least as often as "is", "will" outside quotations: a speech or a
    commentary about history speaks in the present; in a history that writes many old years every
    regular simple past counts, and "we", "you" count as present); and
    news cues ("said", weekdays, "yesterday", "this week") are rare beside its dates (fewer than
    two, or than half the number of old years). A weekday written with its date ("Monday, 8
    December") is no cue, nor "is said to"; "said" alone beside old years and three or more
    "day Month" dates is a chronology told in reported speech.

    >>> detect_genre("In 1940 the army fell back. By 1941 it had regrouped; in 1943 it won.", "2019-04-25")
    'narrative'
    >>> detect_genre("Kim met Putin on Thursday, their first summit since 2011.", "2019-04-25")
    'news'
    >>> detect_genre("In 1945 we founded this Organization; in 1948 we wrote the Declaration. Today "
    ...              "we are at a crossroads, and we must act now.", "2019-09-25")
    'news'
    """
    from communique.timex.rules import digit_runs

    return _detect_genre(text, dct, digit_runs(text))


def _detect_genre(text: str, dct: date | datetime | str | None, runs: list[tuple[int, int]]) -> str:
    """:func:`detect_genre` given the text's runs of digits (``rules.digit_runs``)."""
    d = coerce_date(dct)
    years = []
    bc = 0
    written, three_digits = _year_scan(text, runs)
    for m in written:
        if m.group(2):
            bc += 1
        else:
            years.append(int(m.group(1)))
    old = sum(1 for y in years if d is None or d.year - y >= 10)
    if "AD" in text or "A.D." in text:  # first-millennium years ("AD 43") are old years too
        ad = len(_AD_YEAR.findall(text))
        years += [0] * ad
        old += ad
    if not bc and not years and three_digits:  # a history of the first millennium writes its years with three digits ("in 476")
        early = _early_years(text, runs)
        if early >= 2:  # one may be a count ("rose in 410 and 476 cities")
            years += [0] * early
            old += early
    if not bc and (not years or old / len(years) < 0.5):
        return "news"
    # The news cues first: where they are many the story is news whatever its tenses (the tense
    # counts below cost several passes over the text; the test is only reordered, the same answer).
    threshold = max(2, (old + bc) / 2)
    found, chronology = _news_cue_count(text, threshold, old == len(years))
    if found >= threshold and not chronology:
        return "news"
    if chronology and found and len(list(islice(_quick(_DAY_MONTH).finditer(text), 3))) == 3:  # (the first three)
        found = 0  # only "said" beside old years and a chronology of days: a story told in reported speech
    if found >= threshold:
        return "news"
    told = _QUOTE.sub(" ", text)  # a quotation speaks in its own tense ("The canal will pay," he said)
    cue_words = _genre_words()
    past, present = _cue_counts(told)
    present += len(cue_words["speaker"].findall(told))
    if old + bc >= _HISTORY_YEARS:  # a history dates many events, told in the simple past
        past = _past_count(told, cue_words)
    return "news" if past < present else "narrative"


def _group(m: re.Match[str], name: str) -> str | None:
    """``m.groupdict().get(name)`` without building the dict (the rules have many groups)."""
    return m.group(name) if name in m.re.groupindex else None


def tag(text: str, dct: date | datetime | str | None = None, *, genre: str = "auto") -> list[Timex]:
    """Temporal expressions in ``text`` as :class:`Timex` records, in text order.

    ``genre`` chooses the reference time: ``news`` resolves underspecified dates against the
    DCT (the publication date), ``narrative`` against the story's own time (each resolved date
    anchors what follows; deictic words such as "yesterday" keep the DCT), ``auto`` decides
    from the text (:func:`detect_genre`).

    >>> [(t.text, t.value) for t in tag("He left on Sunday.", "2019-04-25")]
    [('Sunday', '2019-04-21')]
    >>> [t.value for t in tag("The siege began on June 10, 1940. Twelve days later it was over.",
    ...                       "2019-04-25", genre="narrative")]
    ['1940-06-10', '1940-06-22']
    """
    from communique.timex.context import Context
    from communique.timex.rules import candidates, digit_runs

    if genre not in GENRES:
        raise ValueError(f"genre must be one of {', '.join(GENRES)}, not {genre!r}")
    runs = digit_runs(text)  # (one scan for the genre's years and the rules' numbers)
    if genre == "auto":
        genre = _detect_genre(text, dct, runs)
    d = coerce_date(dct)
    anchor = d.isoformat() if d else ""
    if d and isinstance(dct, str) and _YEAR_OR_MONTH.fullmatch(dct.strip()):
        anchor = dct.strip()  # a DCT known only to the year or month: say so
    ctx = Context(text, d, genre=genre)
    narrative = ctx.narrative  # (the genre stays: read once, not at every test of every candidate)
    out: list[Timex] = []
    inferred: list[bool] = []  # year guessed (not written) for each of ``out``
    floor = 0
    for c in candidates(text, genre, runs=runs):
        ctx.restore(c.start)
        res = c.rule.handler(c.match, ctx)
        if res is None:
            continue
        typ, value, mod = res
        s, e = c.start, c.end
        if typ in ("DATE", "TIME") and c.rule.name == "later_news":
            e = c.match.end("suf")  # an anchored date takes its "later" ("a year earlier"), a measure does not
        s2, e2, mod2 = _extend(text, s, e, typ, value, floor, narrative)
        if mod2 or (s2, e2) != (s, e):
            s, e, mod = s2, e2, mod or mod2
        if out and s < out[-1].end:
            s = max(s, out[-1].end)
        prev = out[-1] if out else None
        if prev is not None and typ == "TIME" and prev.type == "DATE" and not prev.mod \
                and _DAY_VALUE.fullmatch(prev.value) and "T" in value \
                and _JOIN.fullmatch(text, prev.end, s) and c.rule.name == "clock" \
                and not any(_group(c.match, g) for g in ("twd", "trel", "tmon2", "tmon3")):
            # "April 25, 2019, 06:59 PM", "on Friday at 3 p.m.": one TIME on that day
            out[-1] = Timex(prev.start, e, text[prev.start:e], "TIME",
                            prev.value + "T" + value.split("T", 1)[1], mod, anchor)
            floor = e
            hour = _TWO_DIGITS.match(value.split("T", 1)[1])
            if hour and ctx.ref_value == prev.value:
                ctx.ref_hour = int(hour.group())  # "on 4 June at 5 p.m. ... Before dawn": the story's hour
                clock = value.split("T", 1)[1]
                ctx.ref_clock = (ctx.ref_hour, int(clock[3:5])) if clock[2:3] == ":" and clock[3:5].isdigit() else None
            continue
        if prev is not None and prev.text.lower() in ("the week", "week") and typ == "DATE" \
                and _DAY_VALUE.fullmatch(value) and _WEEK_OF.fullmatch(text, prev.end, s):
            # "the week of March 6": that date's ISO week
            out[-1] = Timex(prev.start, e, text[prev.start:e], "DATE",
                            iso_week(date.fromisoformat(value)), mod, anchor)
            floor = e
            continue
        rel = _UNIT_BEFORE.search(text, max(0, s - 70), s) if typ == "DATE" and \
            _DAY_VALUE.fullmatch(value) and _holds_any(text, max(0, s - 70), s, ("before", "after")) else None
        if rel and out and out[-1].end > rel.start():
            if out[-1].start >= rel.start() and out[-1].end <= rel.end(2):
                out.pop()  # "the week" of "the week after May 3" is part of this expression
                inferred.pop()
                prev = out[-1] if out else None
            else:
                rel = None
        if rel:  # "the day before last Tuesday's hearing": that day moved by one unit
            written = (s, typ, value, mod)
            unit = rel.group(1).lower()
            night = unit == "night"
            shifted = shift_value(value, 1 if rel.group(2).lower() == "after" else -1, "day" if night else unit)
            s, value = rel.start(), shifted if unit in ("day", "night") else truncate(shifted, unit)
            mod = ""
            if rel.end(2) < rel.end() - 1:  # an event between: the expression is "the day before" alone
                e0 = rel.end(2)
                if night:
                    typ, value = "TIME", value + "TNI"
                out.append(Timex(s, e0, text[s:e0], typ, value, mod, anchor))
                inferred.append(False)
                s, typ, value, mod = written  # the event's own date stays as written
                prev = out[-1]
        if prev is not None and prev.type == "SET" and typ == "DATE" and _MONTH_OR_DAY.fullmatch(value) \
                and _ON_OR_IN.fullmatch(text, prev.end, s) and not _group(c.match, "y") \
                and not _SUB_YEAR_RATE.fullmatch(prev.value):
            value = "XXXX" + value[4:]  # "every year on 27 January": that day of any year
        elif typ == "DATE" and _ANY_ERA_DAY.fullmatch(value) and not _group(c.match, "y") \
                and _RECURRING_DAY.match(text, e):
            value = "XXXX" + value[-6:]  # "23 October is a national holiday": that day of every year
        edge = _DAY_OF.search(text, max(floor, s - 20), s) if typ == "DATE" and not mod and \
            _MONTH_VALUE.fullmatch(value) and _holds_any(text, max(floor, s - 20), s, ("day",)) else None
        if edge:  # "the last day of December": that day of that month
            first = edge.group(1).lower() == "first"
            y = astro_year(value)
            last_day = calendar.monthrange(y if y and y > 0 else 2000 + (y or 0) % 400, int(value[-2:]))[1]
            s, value = edge.start(), f"{value}-{1 if first else last_day:02d}"
        pod = _POD_OF.search(text, max(floor, s - 30), s) if narrative and typ == "DATE" and \
            _ANY_ERA_DAY.fullmatch(value) else None
        if pod:  # "the morning of 26 July": that part of that day
            part = pod.group(1).lower()  # the early or small hours are a part of the night
            if pod.group(2) and 0 < int(pod.group(2)) < int(value[-2:]):
                value = value[:-2] + f"{int(pod.group(2)):02d}"  # "the night of 5/6 June": a night starts on its first day
            s, typ, value = pod.start(), "TIME", value + "T" + PARTS_OF_DAY.get(part, "NI")
        if inferred and out and inferred[-1] and _RANGE.fullmatch(text, out[-1].end, s) \
                and c.rule.name in _EXPLICIT_YEAR_RULES and c.match["y"]:
            out[-1] = _with_year(out[-1], value[:4])  # "from March to May 2018"
            if narrative and ctx.last_pos == out[-1].end:
                # the story goes on from the range's start, now in the year its end wrote ("a meeting
                # from 28 April to 2 May 1954. By the autumn ...": 1954, not an earlier story year)
                ctx.remember(out[-1].value, out[-1].end)
        elif inferred and out and inferred[-1] and c.rule.name in ("month", "mdy", "dmy") \
                and not _group(c.match, "y") and len(out[-1].value) == len(value) \
                and _MONTH_OR_DAY.fullmatch(value) and out[-1].value > value \
                and out[-1].value[:4] != value[:4] and _RANGE.fullmatch(text, out[-1].end, s):
            # "between 1 January and 14 September": a range runs forward, so its start is the
            # same year as its end, not the next one
            out[-1] = _with_year(out[-1], value[:4])
        if not narrative and prev is not None and prev.type == "DATE" and _YEAR_VALUE.fullmatch(prev.value) \
                and c.rule.name in ("month", "mdy", "dmy", "season") and not _group(c.match, "y") \
                and _MONTH_DAY_SEASON.fullmatch(value) and value[:4] != prev.value \
                and _YEAR_APPOSED.fullmatch(text, prev.end, s):
            # "two years ago, in June", "since 2017, when fires burned over the summer": that year's
            value = prev.value + value[4:]
        if narrative and c.rule.name == "later" and prev is not None and prev.type == "DATE" and \
                (prev.value[:1].isdigit() or prev.value.startswith("BC")) and _APPOSED_LATER.fullmatch(text, prev.end, s) and \
                _APPOSITION_END.match(text, e) and _group(c.match, "u"):
            # "In 1938, some eight years later, they resumed": the measure restates the date it is set off after
            unit = c.match["u"].lower().rstrip("s")
            if unit in ("year", "month", "week", "day"):
                value = truncate(prev.value, unit)
        inferred.append(c.rule.name in ("month", "mdy", "dmy")
                        and not _group(c.match, "y") and value[:1].isdigit())
        out.append(_timex(s, e, text[s:e], typ, value, mod, anchor))
        floor = e
        # remember what the text is talking about, for anchored expressions (the end of a range
        # "from 431 to 404 BC" does not move a story on: it goes on from the start)
        range_end = narrative and ((prev is not None and bool(_RANGE.fullmatch(text, prev.end, s))
                                        and not _coordinated(text, prev, s, value) and not _WHEN_AFTER.match(text, e))
                                       or bool(_BC_START.search(text, max(floor, s - 12), s)))
        if not range_end and typ in ("DATE", "TIME") and (value[:1].isdigit() or value.startswith("BC")) and len(value.removeprefix("BC")) >= 4 \
                and c.rule.name not in ("year_ago", "duration", "rel_quarter", "same_period", "year_quarter") \
                and "year-" not in c.text_lower(text):
            # a date inside an aside's clause or sentence belongs to the aside too
            scope = (ctx.aside_scope or _aside(text, s, e, value, ctx)) if narrative else ""
            if not narrative and ctx.dct and _PLAIN_YEAR.fullmatch(value) and int(value) < ctx.dct.year \
                    and _DET_BEFORE.search(text, max(0, s - 12), s) and _NOUN_AFTER.match(text, e):
                pass  # news: a past year naming a thing ("the 2015 agreement expires in October") is no time told
            elif not narrative and ctx.dct and _PLAIN_YEAR.fullmatch(value) and int(value) < ctx.dct.year \
                    and _NAME_OF_BEFORE.search(text, max(0, s - 30), s):
                pass  # news: a past year ending a name ("the Strategic Arms Reduction Treaty of 1991, which expired in December") is no time told
            elif not narrative and _SPAN_TO_NOW.fullmatch(text, s, e):
                pass  # "eased over the past year, and exports resumed in August": a span up to the DCT, no year to date in
            elif scope:
                ctx.remember_aside(value, e, scope)
            else:
                r = _DAY_RANGE_END.match(text, e) if not narrative and _DAY_VALUE.fullmatch(value) else None
                if r is not None and int(value[8:]) < int(r["d"]) <= calendar.monthrange(int(value[:4]), int(value[5:7]))[1]:
                    # news: "talks held from March 6 to 10" end on the 10th, where the report goes on
                    value, e = f"{value[:8]}{int(r['d']):02d}", r.end()
                ctx.remember(value, e, forecast=not narrative and "-Q" in value and ctx.tense(s, e) == "future")
                if narrative:
                    ctx.note_reign(s, e, value)
            ctx.small_hours = bool(pod and "hours" in pod.group(1).lower())
            if value.endswith("T24:00") and _AFTER_HOUR.search(text, max(0, s - 8), s):
                ctx.ref_hour = 0  # "(on 6 June) troops landed after midnight, and at dawn ...": the small hours of that day
        if typ == "DATE" and _DECADE_VALUE.fullmatch(value):
            ctx.last_decade = (value, e)  # "In the 1840s ... by the end of the decade": the decade told
    out = _compound_durations(text, _shared_heads(text, _range_ends(text, _second_days(text, out)), runs))
    return _at_dct_precision(text, out, anchor) if _YEAR_OR_MONTH.fullmatch(anchor) else out


_WRITTEN_DAY_OR_MONTH = re.compile(rf"\d|\b(?:{MONTH_NAMES}|spring|summer|autumn|fall|winter)\b", re.IGNORECASE)  # (and seasons)


@lru_cache(maxsize=None)
def _counted_from_dct() -> re.Pattern:
    """Words that count from the DCT itself, however far ("three months ago", "last week"), not from a date of
    the text: "ago", "from now", the day words of deictic.tsv ("yesterday", "tonight"), and "last/next/this ..."."""
    from communique.timex.lexicon import deictic_words

    days = "|".join(sorted((re.sub(" +", r"\\s+", w) for w, (_, rule) in deictic_words().items()
                            if rule.startswith(("day:", "night:"))), key=len, reverse=True))
    return re.compile(rf"\b(?:ago|from\s+now|{days})\b|^(?:earlier\s+|later\s+)?(?:last|next|this|past|coming)\b", re.IGNORECASE)


def _at_dct_precision(text: str, timexes: list[Timex], dct: str) -> list[Timex]:
    """With a DCT known only to the year (or month), a date the text gives no day, month or season of
    ("yesterday", "on Monday", "last month", "this week") is resolved against a guessed day of
    that period: its value keeps only what the DCT knows ("2015"), not an invented day.
    Dates the text writes ("18 September"), and dates anchored on other dates of the text ("the
    next day" after "5 May 1945") keep their values.

    >>> [(t.text, t.value) for t in tag("Yesterday we met. On 18 September we left.", "2015")]
    [('Yesterday', '2015'), ('18 September', '2015-09-18')]
    """
    guess = coerce_date(dct)
    near = 50 if len(dct) == 4 else 31  # days from the guessed day within which a value was counted from it
    # (up to "two months ago"; "the next day" after "18 September" is a date of the text)
    out = []
    for t in timexes:
        if t.type in ("DATE", "TIME") and len(t.value) > len(dct) and not _WRITTEN_DAY_OR_MONTH.search(t.text) and \
                (day := _middle_day(t.value)) is not None and day.isoformat().startswith(dct) and \
                (abs((day - guess).days) <= near or _counted_from_dct().search(t.text)):
            t = Timex(t.start, t.end, t.text, "DATE", dct, t.mod, t.anchor)
        out.append(t)
    return out


def _middle_day(value: str) -> date | None:
    """The middle day of what a dated value covers (:func:`value_bounds`), or None.

    >>> _middle_day("2019-06-30T14:00"), _middle_day("2019-06"), _middle_day("2019-W27")
    (datetime.date(2019, 6, 30), datetime.date(2019, 6, 15), datetime.date(2019, 7, 4))
    """
    first, last = value_bounds(value)
    return first + (last - first) / 2 if first is not None and last is not None else None


_ONE_UNIT = re.compile(r"P(T?)(\d+)([YMWDHS])")
_COMPOUND = re.compile(r"P(?=.)(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?")
_UNIT_ORDER = "Y,M,W,D,TH,TM,TS".split(",")
_COMPOUND_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|\s)\s*")


def _compound_durations(text: str, found: list[Timex]) -> list[Timex]:
    """"two hours and 27 minutes", "3 years, 2 months": one DURATION (``PT2H27M``), its units
    from larger to smaller."""
    out: list[Timex] = []
    for t in found:
        prev = out[-1] if out else None
        a = _COMPOUND.fullmatch(prev.value) if prev is not None and prev.type == "DURATION" else None
        b = _ONE_UNIT.fullmatch(t.value) if t.type == "DURATION" and not t.mod else None
        if a and b and prev is not None and _COMPOUND_LINK.fullmatch(text, prev.end, t.start):
            # the last unit written so far must be larger than the new one
            last = prev.value.rsplit("T", 1)[-1] if "T" in prev.value else prev.value
            ua = ("T" if "T" in prev.value else "") + _UNIT_LETTERS.findall(last)[-1]
            ub = b.group(1) + b.group(3)
            if _UNIT_ORDER.index(ua) < _UNIT_ORDER.index(ub):
                v = prev.value + (("T" if "T" not in prev.value else "") if b.group(1) else "") + b.group(2) + b.group(3)
                out[-1] = Timex(prev.start, t.end, text[prev.start:t.end], "DURATION", v, prev.mod, prev.anchor)
                continue
        out.append(t)
    return [_and_a_unit(text, t) if t.type == "DURATION" else t for t in out]  # (the test of its first line, inlined)


_AND_A_UNIT = re.compile(r"\s+and\s+(?:a|an|one)\s+([a-z]+)\b(?![\w-])", re.I)


def _and_a_unit(text: str, t: Timex) -> Timex:
    """"a year and a day", "an hour and a minute": one DURATION (``P1Y1D``) when the unit after
    "and a" is smaller than the last one written ("a year and a half" is P1Y6M elsewhere)."""
    if t.type != "DURATION":
        return t
    from communique.timex.lexicon import units

    m = _AND_A_UNIT.match(text, t.end) if _COMPOUND.fullmatch(t.value) else None
    u = units().get(m.group(1).lower()) if m else None
    if m is None or u is None or u.factor != 1 or u.code in ("X", "WE", "Q"):
        return t
    last = t.value.rsplit("T", 1)[-1] if "T" in t.value else t.value
    ua = ("T" if "T" in t.value else "") + _UNIT_LETTERS.findall(last)[-1]
    ub = ("T" if u.clock else "") + u.code
    if _UNIT_ORDER.index(ua) >= _UNIT_ORDER.index(ub):
        return t
    v = t.value + ("T" if u.clock and "T" not in t.value else "") + "1" + u.code
    return replace(t, end=m.end(), text=text[t.start:m.end()], value=v)


_CLAUSE_END = re.compile(r"[.!?;:,()\n]|\s[-–—]\s")
_PLUPERFECT = re.compile(r"\bhad\s+(?!(?:to|a|an|the|no|his|her|their|its|some|many|more|much|little|few|one|"
                         r"two|three|several|\d+)\b)[a-z]+", re.I)
# "the past year" (TimeBank's value: the calendar year before the DCT) reaches up to the DCT
_AFTER_HOUR = re.compile(r"\b(?:after|past)\s+$", re.I)  # "just after midnight"
_SPAN_TO_NOW = re.compile(r"the\s+(?:past|last)\s+year", re.I)
# "until" right after a measure ("over 39 years, until"): the date closes that span
_SPAN_END = re.compile(r"\b(?:for|over)\s+(?:[\w,-]+\s+){0,3}(?:years|months|weeks|days|decades|centuries)\s*,?\s+"
                       r"(?:until|till|to)\s+$", re.I)
# "has/have" and a participle: the present perfect speaks from the time of writing
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:always|long|since|ever|also|often|never|not|only)\s+)?(?:been\s+)?"
                              r"(?!(?:to|a|an|the|no|his|her|their|its|some|many|more|much|little|few|one|two|three|"
                              r"several|\d+)\b)[a-z]+(?:ed|en|wn|ne|ght|pt|lt|nt|ld|id|ot|de|un)\b", re.I)
_NOUN_OF = re.compile(r"\b[A-Za-z]{3,}\s+of\s+$")
_LOOKING_BACK = re.compile(r"\b(?:since|until\s+then)\s+$", re.I)
_DET_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s)\s+$", re.I)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# the bare day that closes a range of days written once ("from March 6 to 10", "May 27-28")
_DAY_RANGE_END = re.compile(r"\s*(?:-|–|to|through|until)\s*(?P<d>[12]?\d|3[01])(?![\w:.,]\d|\w)(?!\s+(?:%|per|percent|people|years?|days?))")
# a capitalised noun (no month or season) and "of" before a year: the name of a treaty, an act, a war
_NAME_OF_BEFORE = re.compile(rf"\b(?!(?:{MONTH_NAMES}|Spring|Summer|Autumn|Fall|Winter|End|Beginning|Start|Middle)\b)"
                             r"[A-Z][a-z]{2,}\s+of\s+$")
_NOUN_AFTER = re.compile(r"\s*[-–]?\s*(?!(?:and|or|to|in|on|at|by|for|of|with|when|as|the|a|an|was|were|is|are|had|"
                         r"has|have|but|after|before|until|from|that|which|who|saw|brought|ended|began|marked)\b)[A-Za-z]")


# a calendar day named as what recurs every year: a holiday or a day that is kept
_RECURRING_DAY = re.compile(r"\s+(?:is|was|became|has\s+been|remains)\s+(?:now\s+|still\s+)?(?:(?:a|an|the)\s+"
                            r"(?:national|public|bank|official|state|religious)\s+(?:holiday|day\s+of)|"
                            r"(?:celebrated|commemorated|observed|marked|kept)\s+(?:every|each|as|by|with|in)\b)",
                            re.I)


_AND = re.compile(r"\s+and\s+", re.I)
_BETWEEN_START = re.compile(r"\bbetween\s+$", re.I)


def _coordinated(text: str, prev: Timex, s: int, value: str) -> bool:
    """Two years joined by "and" outside "between ... and": two times told, not a range ("reforms in
    2006 and 2009 failed. In the same year ...": the story has reached the later one). Months and
    days so joined stay a range: a list the next sentences take one by one ("friendlies in March and
    August ... on 29 March")."""
    return bool(_AND.fullmatch(text, prev.end, s)) and bool(_YEAR_VALUE.fullmatch(value)) and \
        bool(_YEAR_VALUE.fullmatch(prev.value)) and not _BETWEEN_START.search(text, max(0, prev.start - 12), prev.start)


def _sentence_start(text: str, s: int) -> int:
    """Offset where the sentence holding ``text[s]`` starts (200 characters back at most)."""
    return max((m.end() for m in _SENT_START.finditer(text, max(0, s - 200), s)), default=max(0, s - 200))


_SENT_START = re.compile(r"[.!?;\n]\s")


def _aside(text: str, s: int, e: int, value: str, ctx: Context) -> str:
    """How far a date that speaks of another time than the story's reaches: "clause", "sentence",
    or "" when it is the story's own time (it moves the story on).

    The rest of its clause: in parentheses ("Gavrilo Princip (1894-1918)"), and, when it lies
    before the story's current date, a year as a modifier ("under the 1839 Treaty of London", "the
    Cabinet Mission of 1946"), "since 1908", a pluperfect relative clause ("Austria, which had
    annexed Bosnia in 1908, blamed Serbia"). The rest of its sentence: a pluperfect main clause
    ("In March 1938 Hitler had annexed Austria; in September he took ...") and the present in a
    story told long ago ("Today the site is a museum").
    """
    left = text[max(0, s - 60):s]
    if left.rfind("(") > left.rfind(")"):
        return "clause"
    y, cur, dct = astro_year(value), ctx.last_year, ctx.dct
    if y is not None and cur is not None and dct is not None and abs(y - dct.year) <= 1 < 10 <= abs(cur - dct.year):
        return "sentence"
    ref = ctx.ref_value
    if y is not None and cur is not None and ref and _order_key(value) > _order_key(ref):
        cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
        if _prospect().search(left[cut:]):
            return "clause"  # "invited the pope to a diet on 2 February 1077": a plan, the story stays where it was
        if _SPAN_END.search(left) and _prospect().search(text, _sentence_start(text, s), s):
            # "(1901) China agreed to pay in instalments over 39 years, until 1940": the end of a span the
            # prospect tells ahead ("the troops stayed for years, until 1904" moves the story on)
            return "clause"
        if dct is not None and cur <= dct.year - 30 and abs(dct.year - y) < y - cur and _PRESENT_PERFECT.search(left[cut:]):
            # a story long ago, a date nearer the writing than the story, in the present perfect ("(11 September
            # 1714,) which Catalonia has commemorated since 1980"): told from the writer's time
            return "clause"
    if y is None or cur is None or not ref or _order_key(value) >= _order_key(ref):
        return ""
    if y < cur and _YEAR_VALUE.fullmatch(value) and (
            (_DET_BEFORE.search(left) and _NOUN_AFTER.match(text, e)) or _NOUN_OF.search(left)):
        return "clause"
    if y < cur and _LOOKING_BACK.search(left):
        return "clause"
    cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
    clause = left[cut:]
    m = _CLAUSE_END.search(text, e, e + 80)
    if m and text[m.start()] == "," and not text[e:m.start()].strip() and _FRONTED.fullmatch(clause):
        m = _CLAUSE_END.search(text, m.end(), e + 100)  # "In March 1938, Hitler had annexed ...": its clause goes on
    after = text[e:m.start() if m else e + 80]
    if _BY_AT_END.search(clause):
        return ""  # "by 1916 the army had lost ...": the perfect looks back from that date
    if not (_PLUPERFECT.search(clause) or _PLUPERFECT.search(after)):
        return ""
    # a relative clause, also one inside a noun phrase ("Rajk, a leader who had been executed in 1949, ...")
    return "clause" if _RELATIVE.match(clause) or _RELATIVE_PLUPERFECT.search(clause) else "sentence"


@lru_cache(maxsize=1)
def _prospect() -> re.Pattern[str]:
    from communique.timex.lexicon import prospective_phrases
    words = sorted(prospective_phrases(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


_FRONTED = re.compile(r"\s*(?:(?:in|on|at|during|by|from|early\s+in|late\s+in)\s+)?", re.I)
_RELATIVE_PLUPERFECT = re.compile(r"\b(?:which|who|whom|whose)\s+(?:\w+\s+)?had\b", re.I)
_RELATIVE = re.compile(r"\s*(?:which|who|whom|whose|where|when|after\s+it|as\s+it)\b", re.I)


def _order_key(value: str) -> tuple[int, int, int]:
    """(astronomical year, month, day) of a value, 0 for what it does not say."""
    start = None if value.startswith("BC") else value_bounds(value)[0]
    if start is not None:  # weeks, quarters, seasons: their first day
        return (start.year, start.month, start.day)
    m = _VALUE_PARTS.match(value)
    y = astro_year(value)
    if not m or y is None:
        return (10**6, 0, 0)
    return (y, int(m.group(1) or 0), int(m.group(2) or 0))


# "the day before last Tuesday's hearing", "the night before its hearing on 9 November": the event's
# date moved by the unit (an event of up to four words between, then "on"/"of")
_UNIT_BEFORE = re.compile(r"\b(?:the\s+)?(day|night|week|month)\s+(before|after)\s+"
                          r"(?:(?:a|an|the|its|his|her|their)\s+(?:[a-z][\w'-]*\s+){0,3}?(?:on|of)\s+)?$", re.I)
_DAY_OF = re.compile(r"\b(?:the\s+)?(first|last)\s+day\s+of\s+$", re.I)
_POD_OF = re.compile(r"\b(?:the\s+)?(morning|afternoon|evening|night|(?:early|small)\s+hours)\s+of\s+(?:(\d{1,2})\s*/\s*)?$", re.I)
_YEAR_END = re.compile(r"[-–/](\d\d)(?![\d\w])")
_EARLY_YEAR_END = re.compile(r"\s*(?:-|–|to)\s*([1-9]\d\d)(?![\w%]|[.,:]\d)")
_AD_TEXT = re.compile(r"(?<![\w.])(?:A\.D\.?|AD|C\.E\.?|CE)(?![\w])")
# the start of a range whose era is written at its end ("431 to 404 BC"), with a circa of its own ("(c. 535 – c. 475 BC)")
_BC_START = re.compile(r"(?:(?<![\w.,])(?P<c>(?:c|ca)\.\s*|circa\s+)|(?<![\w.,]))(\d{1,4})\s*(?:-|–|to|and|or)\s*$", re.I)
_RANGE_LINK = re.compile(r"\s*(?:-|–|to|and|or)\s*", re.I)
_BC_DECADE_START = re.compile(r"(?<![\w.,])((?:the\s+)?(\d{1,3})0s)\s*(?:-|–|to|and|or)\s*$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(\d+|[a-z]+)\s+and\s+$", re.I)
# a duration written as a range of numbers before one unit (words joined by "to"/"or", digits also by a dash)
_DURATION_RANGE = re.compile(r"(?P<a>\d+|[a-z]+)(?:\s+(?:to|or)\s+|(?<=\d)\s*[-–]\s*(?=\d))(?P<b>(?:\d+|[a-z]+)(?:-[a-z]+)?)\s", re.I)


@lru_cache(maxsize=3)
def _shared_head_re(parts: tuple[bool, bool] = (True, True)) -> re.Pattern[str]:
    """Conjoined ordinals before "century" and conjoined decades; ``parts`` says which of the two
    alternatives to search for (a text where one cannot match is searched for the other alone: the
    same matches)."""
    from communique.timex.lexicon import fragments

    from communique.text.regex_trie import quick_start  # (the same matches, found faster)

    o = fragments()["ord_cent"]
    ordinals = (r"(?<![\w])(?P<a>(?:the\s+)?(?P<o1>" + o + r"))\s*(?:-|–|to|and|or|,)\s*(?P<b>(?:the\s+)?(?P<o2>" + o +
                r")[\s-]+centur(?:y|ies)(?:\s*(?P<era>BCE?|B\.C\.|AD|CE|A\.D\.)(?![\w]))?)")
    decades = r"(?<![\w'’])(?P<d1>(?:the\s+)?(?P<c>1\d|20)(?P<d>\d)0s)\s*(?:-|–|to|and|or|,)\s*(?P<d2>['’]?(?P<e>\d)0s)(?![\w])"
    return quick_start(re.compile("|".join(p for p, on in zip((ordinals, decades), parts) if on), re.I))


def _shared_heads(text: str, found: list[Timex], runs: list[tuple[int, int]] | None = None) -> list[Timex]:
    """Both conjuncts of ordinals or decades that share their head noun: "the 13th and 14th
    centuries" (12, 13), "from the 12th to the 14th century BC" (BC11, BC13), "the 1920s and 30s"
    (192, 193); what was found inside them ("the 13th" as a day) gives way."""
    from communique.timex.lexicon import ordinal_value

    if "centur" not in text and "0s" not in text:
        return found
    # the ordinals need "centur" (in any case), the decades one of four digits and an "s" ("1920s")
    century = "centur" in text or "centur" in text.lower()
    decade = runs is None or any(e - s == 4 and text[e:e + 1] in ("s", "S") for s, e in runs)
    if not century and not decade:
        return found
    anchor = found[0].anchor if found else ""
    extra: list[Timex] = []
    for m in _shared_head_re((century, decade)).finditer(text):
        if century and m["o1"]:
            n1, n2 = ordinal_value(m["o1"]), ordinal_value(m["o2"])
            if not n1 or not n2:
                continue
            bc = "BC" if m["era"] and m["era"].upper().startswith("B") else ""
            pairs = [("a", f"{bc}{n1 - 1:02d}"), ("b", f"{bc}{n2 - 1:02d}")]
        else:
            pairs = [("d1", f"{m['c']}{m['d']}"), ("d2", f"{m['c']}{m['e']}")]
            if int(m["e"]) <= int(m["d"]):
                continue  # "the 1920s and 10s" is no range forward
        extra += [Timex(m.start(g), m.end(g), m.group(g), "DATE", v, "", anchor) for g, v in pairs]
    if not extra:
        return found
    kept = [t for t in found if not any(t.start < x.end and x.start < t.end for x in extra)]
    return sorted(kept + extra, key=lambda t: (t.start, t.end))


def _range_ends(text: str, found: list[Timex]) -> list[Timex]:
    """The other end of a range written once: "1915-16" (1916), "431 to 404 BC" (431 BC),
    "between 12 and 18 months" (12 months)."""
    from communique.timex.lexicon import words_to_number

    out: list[Timex] = []
    for i, t in enumerate(found):
        nxt = found[i + 1].start if i + 1 < len(found) else len(text)
        prev_end = out[-1].end if out else 0
        ad = t.type == "DATE" and not t.value.startswith("BC") and ("D" in t.text or "E" in t.text) \
            and _AD_TEXT.search(t.text) is not None  # (each era sign has a "D" or an "E")
        if t.type == "DATE" and _YEAR_VALUE.fullmatch(t.value) and \
                (t.text[-4:].isdigit() or t.value.startswith("BC") or ad or (t.mod == "APPROX" and t.text[-3:].isdigit())):
            m = _BC_START.search(text, max(prev_end, t.start - 12), t.start) if t.value.startswith("BC") or ad else None
            if ad:  # "between 622 and 628 CE": one era for both ends
                if m and 100 <= int(m.group(2)) < int(t.value):
                    out.append(Timex(m.start(), m.end(2), text[m.start():m.end(2)], "DATE", f"{int(m.group(2)):04d}",
                                     "APPROX" if m["c"] else "", t.anchor))
                out.append(t)
                continue
            p = out[-1] if out and t.value.startswith("BC") else None
            if p is not None and p.type == "DATE" and _PLAIN_YEAR.fullmatch(p.value) and \
                    _RANGE_LINK.fullmatch(text, p.end, t.start) and int(p.value) > int(t.value[2:]):
                out[-1] = replace(p, value=f"BC{p.value}")  # "between 1259 and 1258 BC": one era for both
            elif m and int(m.group(2)) > int(t.value[2:]):
                out.append(Timex(m.start(), m.end(2), text[m.start():m.end(2)], "DATE", f"BC{int(m.group(2)):04d}",
                                 "APPROX" if m["c"] else "", t.anchor))
            out.append(t)
            m = _YEAR_END.match(text, t.end)
            if m and m.end() <= nxt and not t.value.startswith("BC"):
                y = int(t.value[:2] + m.group(1))
                if y > int(t.value):
                    out.append(Timex(m.start(1), m.end(1), m.group(1), "DATE", f"{y:04d}", "", t.anchor))
            # (also after a circa of its own: "(c. 673 – 735)")
            m = _EARLY_YEAR_END.match(text, t.end) if len(t.value) == 4 and t.value[0] == "0" and t.text[-3:].isdigit() \
                and not t.text[-4:-3].isdigit() and not t.value.startswith("BC") else None
            if m and m.end() <= nxt and 0 < int(m.group(1)) - int(t.value) < 100 and ends_a_year(text, m.end()):
                # "602–628", "from 572 to 591": a range of first-millennium years written in full
                out.append(Timex(m.start(1), m.end(1), m.group(1), "DATE", f"{int(m.group(1)):04d}", "", t.anchor))
            continue
        if t.type == "DATE" and _BC_DECADE.fullmatch(t.value):  # "the 440s and 430s BC": one era for both
            m = _BC_DECADE_START.search(text, max(prev_end, t.start - 16), t.start)
            if m and int(m.group(2)) > int(t.value[2:]):
                out.append(Timex(m.start(1), m.end(1), m.group(1), "DATE", f"BC{int(m.group(2)):03d}", "", t.anchor))
        r = _DURATION_RANGE.match(t.text) if t.type == "DURATION" and _UNIT_DURATION.fullmatch(t.value) else None
        if r is not None:
            # "two to six days", "48-72 hours", "three or four weeks": each end is a duration of its
            # own, as TimeBank writes them ("between two to six days": P2D and P6D)
            a, b = words_to_number(r["a"]), words_to_number(r["b"])
            if a is not None and b is not None and float(a).is_integer() and float(b).is_integer() and a < b:
                head, unit = t.value[:-1].rstrip("0123456789"), t.value[-1]
                out.append(Timex(t.start, t.start + r.end("a"), r["a"], "DURATION", f"{head}{int(a)}{unit}", "", t.anchor))
                out.append(replace(t, start=t.start + r.start("b"), text=t.text[r.start("b"):],
                                   value=f"{head}{int(b)}{unit}"))
                continue
        if t.type == "DURATION" and _UNIT_DURATION.fullmatch(t.value):
            m = _BETWEEN.search(text, max(prev_end, t.start - 30), t.start) \
                if _holds_any(text, max(prev_end, t.start - 30), t.start, ("between",)) else None
            n = words_to_number(m.group(1)) if m else None
            if m and n is not None and float(n).is_integer():
                unit = t.value[-1]
                out.append(Timex(m.start(1), m.end(1), m.group(1), "DURATION",
                                 t.value[:-1].rstrip("0123456789") + f"{int(n)}{unit}", "", t.anchor))
        out.append(t)
    return out


_NEXT_DAY = re.compile(r"(\s*(?:and|or|to|through|-|–)\s*)((?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)"
                       r"(?![\d:.,]\d|\s*(?:%|percent|per\s+cent|[ap]\.?m\b))(?!\w)", re.I)


def _second_days(text: str, found: list[Timex]) -> list[Timex]:
    """Add the bare second day of "April 24 and 25" / "May 3-5" as a DATE of its own."""
    out: list[Timex] = []
    skip_until = -1
    for i, t in enumerate(found):
        if t.start < skip_until:
            continue
        p = _PREV_DAY.search(text, max(0, t.start - 14), t.start) \
            if t.text[:1].isdigit() and _ANY_ERA_DAY.fullmatch(t.value) else None
        g = 1 if p and p.group(1) else 2
        if p and (not out or out[-1].end <= p.start(g)) and int(p.group(g)) < int(t.value[-2:]):
            # "14 - 20 May 2022", "from 4 to 11 February": the first day shares the month and year
            out.append(Timex(p.start(g), p.end(g), p.group(g), "DATE",
                             f"{t.value[:-2]}{int(p.group(g)):02d}", "", t.anchor))
        out.append(t)
        if not _DAY_OF_YEAR.fullmatch(t.value):
            continue
        ordinal = _ORDINAL_END.search(t.text) is not None  # "on the 8th and 9th"
        if not (t.text[-1:].isdigit() or ordinal):
            continue
        m = _NEXT_DAY.match(text, t.end)
        if not m or (i + 1 < len(found) and found[i + 1].start < m.end()):
            continue
        if ordinal and not (m.group(2)[-1:].isalpha() and ends_a_year(text, m.end())):
            continue  # "the 8th and 9th floors": ordinals of a noun, not days
        day = int(_DIGITS.match(m.group(2)).group())
        if day <= int(t.value[8:10]):
            continue
        s, e, value = m.start(2), m.end(), f"{t.value[:8]}{day:02d}"
        y = _YEAR_AFTER.match(text, e)
        if y:  # "May 3-5, 2019": the year belongs to both days
            e, skip_until = y.end(), y.end()
            value = y.group(1) + value[4:]
            out[-1] = Timex(t.start, t.end, t.text, t.type, y.group(1) + t.value[4:], t.mod, t.anchor)
        out.append(Timex(s, e, text[s:e], "DATE", value, "", t.anchor))
    return out


_PREV_DAY = re.compile(r"(?:(?<![\d,.])\b|\bbetween\s+)((?:3[01]|[12]\d|0?[1-9]))(?:\s*[-–]\s*|(?<=between\s\d)\s+and\s+|(?<=between\s\d\d)\s+and\s+)$"
                       r"|\b(?:from|on)\s+((?:3[01]|[12]\d|0?[1-9]))\s+(?:to|and|or)\s+$", re.I)
_YEAR_AFTER = re.compile(r",?\s*((?:1[0-9]|20)\d\d)(?!\d)")
_ORDINAL_END = re.compile(r"(?<=\d)(?:st|nd|rd|th)$", re.I)


def find_timexes(text: str, dct: date | datetime | str | None = None, *,
                 doc_id: str | None = None, genre: str = "auto") -> "pd.DataFrame":
    """Temporal expressions as a DataFrame with columns ``COLUMNS``, sorted by ``start``.

    ``text[start:end] == text`` for every row; ``anchor`` is the DCT used ("" when none),
    ``mod`` is "" when there is none; ``genre`` as in :func:`tag`.

    >>> find_timexes("Since 2011, and currently.", dct="2019-04-25")["value"].tolist()
    ['2011', 'PRESENT_REF']
    """
    import pandas as pd

    found = tag(text, dct, genre=genre)
    if not found:  # typed empty columns
        return pd.DataFrame({c: pd.Series([], dtype="int64" if c in ("start", "end") else "str")
                             for c in COLUMNS})
    doc = doc_id or ""
    return pd.DataFrame.from_records(  # the fastest constructor for small tables
        [(doc, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor) for t in found],
        columns=COLUMNS)
