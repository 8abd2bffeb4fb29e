r"""Checks of the timex rules: each looks at a match in the original (cased) text and rejects
look-alikes (a verb "May", "Sunday Times", "Expo 2020", "60 Minutes") before any resolution.
A rule names its check in ``timex/data/rules.toml``; :data:`CHECKS` maps those names here.

>>> import re
>>> m = re.match(r"(?P<y>\d{4})", "2020")
>>> year(m, "2020 was a year"), year(re.search(r"(?P<y>\d{4})", "at Expo 2020"), "at Expo 2020")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from functools import lru_cache

from communique.timex.lexicon import MONTH_NAMES, MONTHS, WEEKDAYS, holidays, period_styles, round_the_clock_nouns

_PREP_BEFORE_MONTH = re.compile(
    r"(?:\b(?:in|since|until|till|by|during|from|through|to|of|last|next|this|early|late|"
    r"mid|end|before|after|between|and|or|every|each|that|around|throughout|for|on|"
    r"beginning|start|middle|until|as)\s+|mid-)$", re.I)


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


_WEEKDAY_STOP = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Star|Mail|People|Sport|"
    r"Independent|Magazine|Edition|School|Service|Review|Night\s+Live|Football|League|Paper|Business)\b")


SET_BEFORE = re.compile(
    r"(\d[\d,.]*(?<![,.])\s*%?|percent|per\s+cent|cents?|dollars?|euros?|pounds?|yen|yuan|rubles?|"
    r"times|once|twice|thrice|million|billion|trillion|barrels|tons|tonnes|units|visitors|"
    r"people|hours|days|miles|meals|flights|sessions|shifts|calls|seats|shares|jobs)\s*$", re.I)


def month_cap(m: re.Match[str], text: str) -> bool:
    """Month names are capitalised."""
    if not text[m.start("mon")].isupper():
        return False
    return True


def month(m: re.Match[str], text: str) -> bool:
    if not text[m.start("mon")].isupper():
        return False
    if m["det"] and m["det"].lower() != "that":  # "that" may be a conjunction: "said that May would"
        return True
    if re.search(r"\b[Tt]he\s+$", text[max(0, m.start() - 5):m.start()]) and \
            re.match(r"\s+[A-Z][a-z]+\b(?<!Day)", text[m.end():m.end() + 20]) and \
            not re.match(r"\s+(?:%s)\b" % "|".join(map(re.escape, WEEKDAYS)), text[m.end():m.end() + 20], re.I):
        return False  # the name of an event: "the July Crisis", "the October Revolution"
    name = m["mon"].lower().rstrip(".")
    if name in ("may", "march", "mar"):
        if m["det"] and (text[m.start()].isupper() or _PUNCT_AFTER.match(text, m.end())):
            # "rejected by the assembly that May, and", "That May he married": a determiner, not the
            # conjunction of "said that May would"
            return True
        if _DET_BEFORE_MONTH.search(text[max(0, m.start() - 12):m.start()]) and \
                _NOUN_AFTER_MONTH.match(text, m.end()):
            return True  # a month modifying a noun: "the March accession", "the May elections"
        return bool(_PREP_BEFORE_MONTH.search(text[max(0, m.start() - 20):m.start()]))
    return True


# after an article or possessive, "May" is no modal verb and "March" no verb; before a lower-case word
# that is no preposition or verb form, it modifies a noun ("the March on Washington" stays out)
_DET_BEFORE_MONTH = re.compile(r"\b(?:the|a|an|its|his|her|their|our|your|my)\s+$", re.I)
_NOUN_AFTER_MONTH = re.compile(
    r"\s+(?!(?:on|of|to|in|into|for|from|at|by|with|through|past|against|toward|towards|across|around|"
    r"and|or|but|was|is|were|are|be|been|will|would|had|has|have|began|ended)\b)[a-z][a-z-]+(?:s\b|\b)")


_PUNCT_AFTER = re.compile(r"\s*[,.;:)!?]")
# the year check's patterns, compiled once (re's module functions looked them up in its cache at every year)
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)(?<!\n)\b([A-Z][a-z]+)\s$")
_EARLY_YEAR_BEFORE = re.compile(r"\b(?:in|since|year|until|from|circa|by|of|around|between|after|before|during|"
                                r"c\.|ca\.)\s+(?:(?:early|late|mid)(?:\s+|-))?$|\b1[0-9]\d\d\s*(?:and|to|-|–)\s*$", re.I)
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|Z\b|hrs\b|hours\b|h\b|local\s+time)")
_NUMBER_RANGE_AFTER = re.compile(r"\s*(?:-|to)\s*\d{1,3}(?!\d)")
_SHORT_YEAR_AFTER = re.compile(r"\s*-\s*\d\d(?!\d)")
_NUMBER_RANGE_BEFORE = re.compile(r"\d\s*(?:-|to|and)\s*$")
_YEAR_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|to)\s*(1[0-9]\d\d)(?!\d)")
_YEAR_RANGE_BEFORE = re.compile(r"(?:1[0-9]|20)\d\d\s*(?:-|to|and)\s*$")


def year(m: re.Match[str], text: str) -> bool:
    if vintage(m, text):
        return False
    y = int(m["y"])
    before = text[max(0, m.start() - 14):m.start()]
    if _NOT_YEAR_BEFORE.search(before):
        return False
    prev = _NAME_BEFORE.search(text[max(0, m.start() - 40):m.start()])
    if prev and prev.group(1).lower() not in _YEAR_OK_AFTER and prev.group(1).lower() not in MONTHS:
        return False  # a name: "Expo 2020", "Windows 2000", "Orion 1980"
    if y < 1600 and not _EARLY_YEAR_BEFORE.search(text[max(0, m.start() - 20):m.start()]) and \
            not ((r := _YEAR_RANGE_AFTER.match(text, m.end())) and y < int(r[1]) <= y + 150):  # "in late 1453" too
        return False  # (but "Henry VIII (1491-1547)", a span of years, opens with one)
    after = text[m.end():m.end() + 30]
    if _COUNT_NOUN.match(after) or _CLOCK_AFTER.match(after):
        return False  # "1830 GMT" is a time
    if _NUMBER_RANGE_AFTER.match(after) and not _SHORT_YEAR_AFTER.match(after):
        return False  # 1990-123, 2000 to 300: a number range
    if _NUMBER_RANGE_BEFORE.search(before) and not _YEAR_RANGE_BEFORE.search(before):
        return False
    return True


@lru_cache(maxsize=1)
def _period_style() -> re.Pattern[str]:
    return re.compile(r"-(?:" + "|".join(map(re.escape, period_styles())) + r")\b", re.I)


def vintage(m: re.Match[str], text: str) -> bool:
    """"its 1990s-era tankers", "a 1960s-vintage ferry": the decade or year names the thing's vintage
    (data/period_styles.tsv), no time told."""
    return bool(_period_style().match(text, m.end()))


def decade_words(m: re.Match[str], text: str) -> bool:
    if vintage(m, text):
        return False
    if m["w"]:  # "the nineties", "the late eighties" (the match may open with its "the")
        return bool(re.match(r"the\s", text[m.start():m.start("w")], re.I)) or \
            bool(re.search(r"\bthe\s+(?:(?:early|mid|late)[\s-]*)?$", text[max(0, m.start() - 14):m.start()], re.I))
    return True


def season(m: re.Match[str], text: str) -> bool:
    det = (m["det"] or "").lower()
    if m["y"] or m["ybc"] or m["sy"] or m["ana"] or m["dy"]:
        return True
    word = text[m.start("s"):m.end("s")]
    if word[0].isupper() and re.search(r"[A-Z]\w*\s+$", text[max(0, m.start() - 20):m.start()]) and not det:
        return False
    if word[0].isupper() and not m["y"] and not m["ybc"] and re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]):
        return False  # a name: "the Winter War", "the Summer Palace"
    if re.match(r"\s+of\s+(?!\d)", text[m.end():m.end() + 8]) and det in ("the", "that"):
        return False
    if word.lower() == "fall" and det in ("the", "that"):
        return bool(re.search(r"\b(?:in|during|by|until|since|through|over|this|early|late|mid)\s+$",
                              text[max(0, m.start() - 14):m.start()], re.I))
    if det:
        return True
    if word.lower() == "fall":
        return False
    return bool(re.search(r"\b(?:in|during|since|until|by|through|throughout|over|early|late|mid|every|each|this|last|next)\s+$|"
                          r"\b(?:spring|summer|autumn|winter)\s+(?:and|or)\s+$",  # "That summer and autumn"
                          text[max(0, m.start() - 14):m.start()], re.I))


def weekday(m: re.Match[str], text: str) -> bool:
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


def deictic(m: re.Match[str], text: str) -> bool:
    w = m["w"].lower()
    if mentioned(m, text):
        return False  # "they keep saying 'tomorrow'"
    after = text[m.end():m.end() + 16]
    if w in ("today", "tonight") and text[m.start()].isupper() and \
            re.search(r"(?<![.!?]\s)(?<![.!?])\b[A-Z][\w.]*(?<![.])\s+$", text[max(0, m.start() - 20):m.start()]):
        return False  # a title after a name in mid-sentence: "USA Today", "This is VOA Today" (not "Rome. Today")
    if w == "current":
        # the noun ("a current of air", "the current carried the ice"): followed by a verb or a function word
        return not re.match(r"\s+(?:account|accounts|affairs|events|flow|flows|of|through|in|must|would|could|can|will|"
                            r"may|might|should|is|was|were|are|had|has|carried|carries|swept|sweeps|flowed|flows|ran|"
                            r"runs|from|to|that|which)\b|s\b|\s*[.;:!?)]", after, re.I)
    if w.endswith("future") and text[m.end() - 6].isupper() and \
            re.search(r"[A-Z][\w'-]*\s+of\s+$", text[max(0, m.start() - 30):m.start()]):
        return False  # a name: "the Summit of the Future"
    if w == "future":
        return not re.match(r"s\b|\s+(?:tense|contracts?|market|of)\b", after)
    if w == "the past" and re.match(r"\s+(?:\d+|%s|few|several|many|couple)\b" % "|".join(
            "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty hundred".split()),
            after, re.I):
        return False  # "for the past three summers": a span of those units, not "the past"
    if w == "now":
        return not re.match(r"-(?:defunct|closed|retired)", after)
    if w == "present":  # the idiom "at [present]" (now), not "was present", "the present", "at present levels"
        return bool(re.search(r"\bat\s+$", text[max(0, m.start() - 4):m.start()], re.I)) and bool(
            re.match(r"\s*[,.;:!?)]|\s+(?:the|a|an|is|are|was|were|there|it|he|she|they|we|in|on|and|but|or|that|"
                     r"this|no|only|not|than|because|while|with|for|to|of)\b", after, re.I))
    if w.startswith("the") and w.endswith("time"):  # "At the time, ...": then (not "at the time of X")
        before = text[max(0, m.start() - 24):m.start()]
        if not re.search(r"\bat\s+$", before, re.I):
            return False
        if re.match(r"\s*[,;.]", after):
            return True
        # mid-sentence before a verb ("Polls at the time gave her little chance") or after a reporting
        # verb before "that" ("said at the time that ..."), not a clause ("at the time he was captured")
        return bool(re.search(r"[a-z]\s+at\s+$", before)) and bool(
            _AT_THE_TIME_VERB.match(after) or (re.search(r"\b(?:said|told|says|wrote|warned|argued|insisted)\s+at\s+$",
                                                         before, re.I) and re.match(r"\s+that\b", after)))
    if w == "soon":  # "as soon as he arrives" is a conjunction, "as soon as possible" a time
        return not (text[max(0, m.start() - 3):m.start()].lower() == "as " and
                    re.match(r"\s+as\b(?!\s+possible)", after, re.I))
    return True


# a verb after "at the time" in mid-sentence: not a subject (a pronoun, determiner or name) starting a clause
_AT_THE_TIME_VERB = re.compile(r"\s+(?!(?:of|when|that|he|she|it|they|we|i|you|the|a|an|his|her|its|their|this|these|"
                               r"those|there|and|or|but|in|on|for|to|with|by)\b)[a-z]+(?:ed|s|ew|ave|ook|ought|ent|ere|as)\b")


_OPEN_SINGLE = ("'", "‘")
_CLOSE_SINGLE = re.compile(r"[,.!?]?['’](?![\w])")
_WORD_BEFORE_QUOTE = re.compile(r"[a-z]\s+$")


def mentioned(m: re.Match[str], text: str) -> bool:
    """The words alone in single quotes, a phrase people say ("we have been told 'next year'"): a mention, no time."""
    # not speech in British single quotes ("'Next week,' he said"): the quote opens after a word in mid-sentence
    return m.start() > 0 and text[m.start() - 1] in _OPEN_SINGLE and bool(_CLOSE_SINGLE.match(text, m.end())) and \
        bool(_WORD_BEFORE_QUOTE.search(text, max(0, m.start() - 30), m.start() - 1))


def rel_unit(m: re.Match[str], text: str) -> bool:
    """Not a title ("ABC's This Week"): both words capitalised in mid-sentence; not a mention in quotes."""
    if mentioned(m, text):
        return False
    if text[m.start("u")].isupper() and not text[m.start()].isupper():
        return False  # "Performer of the Week"
    if text[m.start("u")].isupper() and text[m.start()].isupper():
        before = text[max(0, m.start() - 3):m.start()]
        return not re.search(r"[\w,'\"]\s*$", before) or bool(re.search(r"[.!?]\s*$", before))
    return True


_COMPARATIVE_AFTER = re.compile(r"\s+(?:slower|faster|quicker|ahead|behind|off\s+the\s+pace)\b", re.I)
_DISTANCE_AFTER = re.compile(r"\s+(?:miles?|milers?|km|kilomet(?:re|er)s?|metres?|meters?|laps?|marathons?|pace)\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:ages?|aged)\s+$", re.I)
# an age range after the people it counts ("children between 6 months and 17 years"), both ends;
# a race's winning margin ("a margin of 41 seconds")
_AGE_RANGE_BEFORE = re.compile(r"\b(?:children|kids|babies|infants|toddlers|teenagers|people|adults|patients|girls|boys|"
                               r"those|pupils|students)\s+(?:aged\s+|ages\s+)?(?:between|from)\s+"
                               r"(?:[\w.-]+\s+(?:months?|years?|weeks?)\s+(?:and|to)\s+)?$", re.I)
_MARGIN_BEFORE = re.compile(r"\bmargin\s+of\s+$", re.I)


_NAME_AFTER = re.compile(r"(?:['’]s?)?\s+[A-Z][a-z]")
_YEAR_NUMBER = re.compile(r"1[0-9]\d\d|20\d\d")


def duration(m: re.Match[str], text: str) -> bool:
    nraw = m["n"].lower().strip()
    unit = m["u"].lower()
    groups = m.re.groupindex  # the rule "later" has no "det" group (a look-up, not the whole groupdict)
    det = m.group("det") if "det" in groups else None
    suf = m.group("suf") if "suf" in groups else None
    # measurements and ages are not times (TimeML): "one second slower", "a five-minute mile",
    # "children ages 6 months and older"
    if _COMPARATIVE_AFTER.match(text, m.end()) or _AGE_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
        return False
    if _AGE_RANGE_BEFORE.search(text[max(0, m.start() - 50):m.start()]) or \
            _MARGIN_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
        return False
    if _DISTANCE_AFTER.match(text, m.end()) and "-" in text[m.start("n"):m.end("u")]:
        return False
    if _YEAR_NUMBER.fullmatch(nraw) and not unit.endswith("s"):
        return False  # "the 1988 quarter"
    if unit.startswith("quarter") and re.match(r"\s+of\b", text[m.end():m.end() + 4]) and not (
            nraw in ("several", "a few") and unit == "quarters" and
            not re.search(r"\bin\s+$", text[max(0, m.start() - 4):m.start()], re.I)):
        # "three-quarters of", "a quarter of the market", "criticised in some quarters of the party";
        # "after several quarters of losses" is a time
        return False
    if unit == "hour" and nraw in ("24", "twenty-four") and "-" in text[m.end("n"):m.start("u")] and \
            _round_the_clock().match(text, m.end()):
        return False  # "a 24-hour news channel": open round the clock, no span of time (round_the_clock.tsv)
    if nraw in ("a", "an") and unit == "second" and not suf:
        return False  # "a second round"
    if unit == "second" and re.fullmatch(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-",
                                         text[m.start("n"):m.start("u")].lower()):
        return False  # the ordinal "seventy-second"
    if text[m.start("u")].isupper() and not text[m.start("n")].isupper() and m.start("n") > 0:
        return False  # a title: "60 Minutes"
    if text[m.start("u")].isupper() and _NAME_AFTER.match(text, m.end()):
        return False  # the name of an event: "the Thirty Years' War", "the Six-Day War"
    if nraw in ("a", "an", "one") and unit.endswith("s") and unit not in ("hours",):
        return False
    if nraw == "some" and not unit.endswith("s"):
        return False  # "some day"
    if nraw in ("a", "an") and unit in ("day",) and not det and not suf:
        # "a day" alone is rarely temporal ("twice a day" is a set, handled); a measure from an event
        # is ("a day before the summit", "a day after the vote")
        return bool(SET_BEFORE.search(text[max(0, m.start() - 24):m.start()])) or \
            (bool(_FROM_EVENT_AFTER.match(text, m.end())) and not _CALL_IT.search(text, max(0, m.start() - 16), m.start())) or \
            bool(re.search(r"\b(?:for|in|within|than|about|nearly|almost|over|only|just|after|least|"
                           r"took|take|takes|taking|taken|lasted|lasting|spent|spend|spending)\s+$",
                           text[max(0, m.start() - 12):m.start()], re.I))
    if nraw in ("many", "some", "few") and not det and not suf:
        return bool(re.search(r"\b(?:for|in|within|over|after|the|than)\s+$", text[max(0, m.start() - 10):m.start()], re.I))
    return True


_CALL_IT = re.compile(r"\bcall(?:s|ed|ing)?\s+it\s+$", re.I)  # the idiom "called it a day"
_FROM_EVENT_AFTER = re.compile(r"\s+(?:before|after|ahead\s+of|prior\s+to)\s+(?:the|a|an|his|her|its|their|this|that)\b", re.I)


@lru_cache(maxsize=1)
def _round_the_clock() -> re.Pattern[str]:
    """The noun after "24-hour" (or one word later: "a 24-hour radio station") of round_the_clock.tsv."""
    nouns = "|".join(sorted((re.sub(r"\s+", r"\\s+", n) for n in round_the_clock_nouns()), key=len, reverse=True))
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{nouns})(?![\w-])", re.I)


_PERIODICAL = frozenset(("daily", "weekly", "monthly"))
# a capitalised name after the adverb (not a day or month: "trading daily Monday to Friday")
_PAPER_NAME = re.compile(rf"\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:{MONTH_NAMES})\b)[A-Z][a-z]")


def set_adverb(m: re.Match[str], text: str) -> bool:
    w = text[m.start("w"):m.end("w")]
    before = text[max(0, m.start() - 24):m.start()]
    if w.lower() == "annually" and (SET_BEFORE.search(before) or re.search(r"\d[\d,.]*\s+[a-z]+s\s*$", before)):
        return False  # a rate ("rise 8.5% annually", "10,000 units annually"), not a recurrence
    if w.lower() in _PERIODICAL and _PAPER_NAME.match(text, m.end()):
        return False  # a newspaper ("the Communist Party daily Granma", "the weekly Der Spiegel"), no recurrence
    if w[0].isupper():
        before = text[max(0, m.start() - 20):m.start()]
        after = text[m.end():m.end() + 12]
        if re.search(r"[A-Z][\w.]*\s+$", before) or re.match(r"\s+[A-Z]", after):
            return False
    return True


def quarter_q(m: re.Match[str], text: str) -> bool:
    return text[m.start("q") - 1] == "Q"



_ERA_CAPS = re.compile(r"(?<![\w.])(?:B\.?\s?C\.?(?:E\.?)?|A\.D\.?|AD|C\.E\.?|CE)(?![\w])")


def era(m: re.Match[str], text: str) -> bool:
    """"490 BC", "AD 79": the era is written in capitals ("ad" and "ce" are words too)."""
    return bool(_ERA_CAPS.search(text, m.start(), m.end()))


def era_date(m: re.Match[str], text: str) -> bool:
    """An era date: the era in capitals, the month name capitalised."""
    g = "mon" if m["mon"] else "mon2"
    return era(m, text) and text[m.start(g)].isupper()


def era_month(m: re.Match[str], text: str) -> bool:
    return era(m, text) and text[m.start("mon")].isupper()


AFTER_EARLY_YEAR = re.compile(
    r"\s*(?:[.,;:!?)–—-]|$)|\s+(?:the|a|an|and|or|but|when|after|before|until|he|she|it|they|his|her|its|their|"
    r"to|at|on|was|were|as|with|under|[A-Z]\w*)\b")


# a quantifier before a spoken number makes it a count ("some two thousand cavalry", "about eighteen hundred men")
_COUNT_BEFORE = re.compile(r"\b(?:some|about|around|nearly|almost|over|roughly|approximately|least|than|only|just|"
                           r"perhaps|another|the)\s+$", re.I)


def word_year(m: re.Match[str], text: str) -> bool:
    """A spoken year ("in nineteen ninety-eight"), not a spoken count ("some two thousand cavalry")."""
    return m.group().lower().startswith("the year") or not _COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start())


def early_year(m: re.Match[str], text: str) -> bool:
    """A year written with three digits ("in 410", "24 August 410") in a story: the month name
    capitalised, and no count noun after it ("in 410 cases")."""
    g = "mon" if m["mon"] else "mon2" if m["mon2"] else ""
    if g and not text[m.start(g)].isupper():
        return False
    if re.match(r"\s*(?:-|–|to|and)\s*\d{1,4}\s*(?:BCE?|B\.C\.)", text[m.end():m.end() + 16]):
        return False  # "from 431 to 404 BC": the range's era is written once, at its end
    r = _RANGE_TO_NUMBER.match(text, m.end())
    if r and not ends_a_year(text, r.end()):
        return False  # "from 200 to 250 men": a range of counts, its noun after the second number
    return bool(AFTER_EARLY_YEAR.match(text, m.end()))


def ends_a_year(text: str, pos: int) -> bool:
    """What follows a number at ``pos`` lets it be a year: punctuation, a function word, a name or a
    past verb ("the war of 685–692 ended ..."), not a noun it counts ("250 men")."""
    return bool(AFTER_EARLY_YEAR.match(text, pos) or _VERB_AFTER.match(text, pos))


_RANGE_TO_NUMBER = re.compile(r"\s*(?:-|–|to|and|or)\s*\d{1,4}(?![\d,.]\d)")


_DECADE_BEFORE = re.compile(r"\d0s\s*(?:and|or|to|-|–)\s*$")


def early_decade(m: re.Match[str], text: str) -> bool:
    """A decade of the first millennium without an era in a story ("the 630s", "the 370s and 360s"):
    written with its article or after another decade; "the 300s" is a century's name, not a decade."""
    if int(m["d"]) % 10 == 0:
        return False
    return text[m.start():m.start() + 3].lower() == "the" or bool(_DECADE_BEFORE.search(text, max(0, m.start() - 12), m.start()))


def ordinal_day(m: re.Match[str], text: str) -> bool:
    """"on the 14th" alone is a day ("on the 14th floor", "by the 2nd round" are not); so is
    "On the 25th" opening a sentence before a clause ("On the 25th police fired"), unless the
    word after it is a noun it counts ("On the 25th anniversary of ...", "On the 14th floor, ...")."""
    if AFTER_EARLY_YEAR.match(text, m.end()) or _VERB_AFTER.match(text, m.end()):
        return True
    return bool(_SENTENCE_ON.search(text, max(0, m.start() - 6), m.start()) and _CLAUSE_AFTER.match(text, m.end()))


# a past verb right after it: "and on the 20th made camp", "on the 3rd crossed the river"
_VERB_AFTER = re.compile(r"\s+(?:[a-z]{3,}ed|made|took|came|went|gave|fell|began|won|lost|left|sent|met|held|led|"
                         r"fought|rode|drove|saw|wrote|spoke|struck|broke|arrived|set|ran|sailed|marched)\s+[a-z]")
_SENTENCE_ON = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))On\s+$")
_CLAUSE_AFTER = re.compile(r"\s+[a-z]+\s+(?!of\b)[a-z]")


def fy_capital(m: re.Match[str], text: str) -> bool:
    """"FY2019" is written in capitals ("fy" alone is no fiscal year)."""
    return text[m.start():m.start() + 2] == "FY"


def not_a_title(m: re.Match[str], text: str) -> bool:
    """The unit is written in lower case ("The Final Days" is a film, "the final days" a time)."""
    last = re.search(r"[A-Za-z]+(?=\W*$)", text[m.start():m.end()])
    return not (last and last.group()[0].isupper() and not last.group().isupper())


def capitalised(m: re.Match[str], text: str) -> bool:
    """The expression starts with a capital letter (holiday names)."""
    return text[m.start()].isupper()


# a name after "from ... to" or before "to ..." of a journey: "from Corpus Christi to the Rio Grande"
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_NAME_AFTER = re.compile(r"\s+to\s+(?:the\s+)?([A-Z][a-z]+)")
_FROM_NAME_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*\s+to\s+$")


def _time_word(word: str) -> bool:
    w = word.lower()
    return w in MONTHS or w in WEEKDAYS or any(h.split()[0] == w for h in holidays())


def holiday_name(m: re.Match[str], text: str) -> bool:
    """A holiday's name, capitalised, that is not a place: a feast can be one end of a span of time
    ("from Easter to Whitsun") but not of a journey ("marched from Corpus Christi to the Rio Grande")."""
    if not capitalised(m, text):
        return False
    if _FROM_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        other = _TO_NAME_AFTER.match(text, m.end())
        return not (other and not _time_word(other.group(1)))
    other = _FROM_NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
    return not (other and not _time_word(other.group(1)))


_FIGURES = re.compile(r"[$£€¥]\s*\d|\b\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|million\b|billion\b)", re.I)
_SENTENCE_EDGE = re.compile(r"[.!?](?=\s+[A-Z\"“])|\n")


def figures_told(m: re.Match[str], text: str) -> bool:
    """The sentence of the match gives an amount or a percentage ("profit rose 38% in the first half")."""
    a = max((x.end() for x in _SENTENCE_EDGE.finditer(text, max(0, m.start() - 250), m.start())),
            default=max(0, m.start() - 250))
    b = _SENTENCE_EDGE.search(text, m.end(), m.end() + 250)
    return _FIGURES.search(text, a, b.start() if b else min(len(text), m.end() + 250)) is not None


CHECKS: dict[str, Callable[[re.Match[str], str], bool]] = {
    "month_cap": month_cap, "month": month, "year": year, "decade_words": decade_words,
    "season": season, "weekday": weekday, "deictic": deictic, "rel_unit": rel_unit,
    "duration": duration, "set_adverb": set_adverb, "quarter_q": quarter_q,
    "fy_capital": fy_capital, "capitalised": capitalised, "holiday_name": holiday_name, "era": era,
    "era_date": era_date, "era_month": era_month, "early_year": early_year, "early_decade": early_decade, "word_year": word_year,
    "ordinal_day": ordinal_day, "not_a_title": not_a_title, "figures_told": figures_told,
}
