"""Resolution context for temporal expressions: the DCT, what the text last mentioned,
tense cues around an expression, and calendar helpers shared by the rule handlers.

>>> from datetime import date
>>> ctx = Context("Kim will meet Putin on Sunday.", date(2019, 4, 25))
>>> ctx.tense(23, 29)
'future'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from communique.timex.lexicon import (MONTHS, PARTS_OF_DAY, WEEKDAYS, accession_phrases, extension_verbs,
                                      futurate_verbs, named_past_act_nouns, words_to_number)
from communique.timex.values import astro_year, parse_value, year_str


Result = tuple[str, str, str]  # (type, value, mod)

_WORD = re.compile(r"[a-z']+")
_FUTURE_WORDS = frozenset("will won't shall 'll next upcoming would tomorrow scheduled until till should expect expects".split())
_FUTURE_BIGRAMS = frozenset((
    ("going", "to"), ("is", "to"), ("are", "to"), ("plans", "to"), ("plan", "to"),
    ("planning", "to"), ("expected", "to"), ("expects", "to"), ("due", "to"), ("set", "to"),
    ("hopes", "to"), ("hope", "to"), ("intends", "to"), ("intend", "to"), ("later", "this"),
    ("soon", "as"), ("early", "as"), ("supposed", "to"), ("aims", "to"), ("aim", "to"),
    ("hoping", "to"), ("the", "coming"), ("be", "held"), ("planned", "for"), ("planned", "to"),
    ("scheduled", "for"), ("due", "in"), ("ahead", "of"), ("likely", "to"), ("unlikely", "to"),
    ("due", "back"), ("due", "home"), ("due", "out"),  # "is due back in Maine in the spring": a return ahead
    ("expected", "in"),  # "is expected in Ankara on Thursday": an arrival ahead
    # a decision or promise points ahead: "has decided to admit them in early March"
    ("decided", "to"), ("agreed", "to"), ("promised", "to"), ("pledged", "to"), ("vowed", "to"),
    ("voted", "to"), ("threatened", "to"), ("decide", "to"), ("agree", "to"), ("promise", "to"),
    # and so does its noun: "announced an agreement to acquire the bank in January"
    ("agreement", "to"), ("decision", "to"), ("pledge", "to"), ("proposal", "to"),
    ("commitment", "to"), ("offer", "to"), ("bid", "to"), ("deal", "to"),
    ("hoped", "to"), ("wanted", "to"), ("wants", "to"), ("want", "to")))
# before a plan's participle ("originally scheduled for"): the plan was changed, so it points nowhere by itself
_SUPERSEDED = frozenset("first originally initially previously once".split())
_PAST_WORDS = frozenset(
    "was were had did ago last earlier previous since yesterday said told says met came went took "
    "gave made left held began saw sent won lost fell rose led struck spoke wrote became brought "
    "bought thought found kept paid ran shot sought stood swore threw fought flew drew grew knew "
    "broke chose drove stole woke arose sold sank fled hid slid spent sat felt heard meant "
    # other irregular past forms that are no present or participle ("tore across Florida overnight")
    "tore wore bore swept built caught taught withdrew undertook underwent upheld withheld oversaw overthrew "
    "overtook overran foresaw forgave forgot froze shook hung swung sang rang rode strode swam sprang "
    "stuck slept wept dug fed bled lent dealt lit shrank sped slew strove".split())
_NOT_PAST_ED = frozenset(
    "supposed related based limited united interested concerned used need speed scheduled "
    "expected shed fled proceed exceed succeed indeed hundred red bed seed feed".split())
_UNTIL = frozenset(("until", "till"))
_END_PREPOSITIONS = frozenset(("through", "to", "into", "until", "till", "for"))
_MODALS = frozenset("will would could should might may must can is was".split())
_BE_NOT_PAST = frozenset(("be", "is", "are", "am", "being"))  # a passive participle after these is no past
_BE_PRESENT = frozenset(("is", "are", "am"))
_REPORTING = frozenset(("said", "told", "says"))
# after these an -ed word is an adjective ("a still unspecified date", "the proposed merger")
_BEFORE_ADJECTIVE = frozenset("a an the this that these those its their his her our my your still very "
                              "more most less least newly recently previously already".split())


# before these a verb of futurate.tsv is an infinitive, a form the auxiliary governs, or a noun ("his visit")
_NOT_BEFORE_FUTURATE = frozenset("to will would could should might may must can shall do does did not never "
                                 "a an the this that these those its their his her our my your whose "
                                 "first last next "
                                 # a preposition makes it a noun: "approved it on Monday by 146 votes to 23"
                                 "by of in with for from at into about over under between among than".split())
# a base form after these and their object is a bare infinitive ("let the offensive begin Saturday")
_BARE_INFINITIVE = frozenset("let lets make makes made help helps helped see saw watch watched hear heard".split())


# words of a short time adverbial between a verb of plan and its "to" ("agreed over the weekend to begin")
_TIME_ADVERBIAL = frozenset("over on at in during the this last late early earlier weekend yesterday today week "
                            "night morning afternoon evening month".split()) | frozenset(WEEKDAYS)


#: a headline's subject (capitalised words, up to five) and "to" before a verb: "Zelensky to meet Biden", "EU
#: to impose sanctions" (a sentence has a finite verb there: "Officials expect Zelensky to meet ...")
_HEADLINE_INFINITIVE = re.compile(r"\s*(?:(?:[A-Z][\w.'’-]*|and|of|the|&),?\s+){1,5}?(?P<to>to)\s+(?:[a-z]+ly\s+)?[a-z]+\b")


def _plan_across_time(words: list[str], i: int) -> bool:
    """``words[i]`` ("to") follows a verb of plan across a time adverbial ("decided on Sunday to")."""
    for k in range(i - 2, max(-1, i - 5), -1):
        if (words[k], "to") in _FUTURE_BIGRAMS:
            return all(x in _TIME_ADVERBIAL for x in words[k + 1:i])
        if words[k] not in _TIME_ADVERBIAL:
            return False
    return False


def _tense_of(words: list[str]) -> list[str]:
    """Per word: "future", "past" or "" (a tense cue, see ``Context.tense``)."""
    out = []
    prev = prev2 = ""
    for i, w in enumerate(words):
        if w in ("was", "were") and words[i + 1:i + 2] == ["to"] and i + 2 < len(words) and \
                words[i + 2] != "have":
            out.append("future")  # "was to visit the town on Saturday": a plan still ahead
        elif w in ("was", "were") and tuple(words[i + 1:i + 3]) in _FUTURE_BIGRAMS and words[i + 1] != "due" and \
                words[i + 3:i + 4] != ["have"]:
            # "protesters were planning to march Saturday": the plan's future decides ("it was supposed
            # to have been discussed on Monday" stays past)
            out.append("")
        elif (prev, w) == ("expected", "in") and prev2 in ("than", "as"):
            out.append("")  # "inflation rose less than expected in July": a comparison, no arrival ahead
        elif (prev, w) in _FUTURE_BIGRAMS and prev2 in _SUPERSEDED:
            out.append("")  # "The meeting, first planned for late January, was postponed": a plan since changed
        elif ("had", "been") in ((prev2, prev), tuple(words[max(0, len(out) - 3):len(out) - 1])) and \
                (w in _FUTURE_WORDS or w == "due" or (prev, w) in _FUTURE_BIGRAMS):
            out.append("past")  # "had been scheduled to expire Friday": a plan in the past
        elif w == "would" and words[i + 1:i + 2] in (["like"], ["love"]):
            out.append("")  # "I would like to thank the Assembly for adopting ... on May 23rd": a wish now, no future
        elif w in _FUTURE_WORDS or w.endswith("'ll") or (prev, w) in _FUTURE_BIGRAMS or \
                (w == "to" and _plan_across_time(words, i)):
            out.append("future")
        elif w in futurate_verbs() and prev not in _NOT_BEFORE_FUTURATE and not prev.endswith("'s") and \
                not _BARE_INFINITIVE.intersection(words[max(0, i - 4):i]):
            out.append("future")  # "the leaders meet Monday", "the offer expires Thursday": a scheduled event ahead
        elif prev in _BE_NOT_PAST and (w in _PAST_WORDS or w.endswith("ed")):
            out.append("")  # a participle after "be", "is" ("will be paid", "is heard"): the auxiliary decides
        elif w in _PAST_WORDS and not (w == "last" and prev in _BEFORE_ADJECTIVE):
            out.append("past")  # "the last major race" is no "last week"
        elif w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED and prev not in _BEFORE_ADJECTIVE:
            out.append("past?")  # a weak cue: could be an adjective ("reduced dividend")
        else:
            out.append("")
        prev2, prev = prev, w
    return out


#: the words of :data:`_WORD` in text that is not lower-cased (the same words, in the same order, for ASCII letters)
_CASED_WORD = re.compile(r"[A-Za-z']+")


def _named_not_past(words: list[str], tenses: list[str]) -> list[str]:
    """``tenses`` without the weak past cue of a capitalised word inside the text ("Mohammed", "Ahmed"): a name, not
    an -ed verb (``words`` as written; left as they are when they do not line up with the lower-cased ones)."""
    if len(words) != len(tenses):
        return tenses
    return ["" if t == "past?" and k > 0 and w[:1].isupper() else t for k, (w, t) in enumerate(zip(words, tenses))]


_MONTH_OF = re.compile(r"(?:BC)?\d{4}-(\d\d)(?:-\d\d)?$")
_HOUR_OF = re.compile(r"T(\d\d):\d\d|T(MO|AF|EV|NI)$")
_CLOCK_OF = re.compile(r"T(\d\d):(\d\d)")
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_POD_HOUR = {"MO": 9, "AF": 15, "EV": 19, "NI": 22}
# a decimal point ("$29.75"), an abbreviation before a comma ("Birmingham, Ala., killed") and a title or
# "vs." before a name ("Roe vs. Wade", "Dr. Slepian") end no sentence
_SENT_END = re.compile(r"[!?;\n]|\.(?![\d,])(?<!\bvs\.)(?<!\bv\.)(?<!\b[DM]r\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bSt\.)")
# a relative clause set off by commas ("The sale, which had been expected, is part of a plan to
# pay down debt by February") has its own tense: the main clause's verb, right after it, governs the date
# a report set off by commas ("will take place in the autumn, officials said, after a ceremony in October"):
# the clause's own verb tells its tense
_REPORT_ASIDE = re.compile(r",\s*(?:[A-Za-z]+\s+){1,3}(?:said|says|told\s+\w+|added|reported)\s*,", re.I)
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whom|whose)\b[^,]*,(?=\s*(?:is|are|was|were|has|have|had|will|would|"
                             r"can|could|may|might|must|should|does|do|did|remains|remain|seems|seem)\b)", re.I)
# a time word pointing back to the last time told ("that May", "the summer of that year", "the same
# day") or a span counted from it ("two years afterwards", "a month later")
_ANAPHOR = re.compile(r"(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?:year|month|week|day|night|"
                      r"morning|afternoon|evening|spring|summer|autumn|fall|winter|decade|season|"
                      r"january|february|march|april|may|june|july|august|september|october|november|december)\b|"
                      r"[\w-]+(?:\s+[\w-]+)?\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:later|afterwards?|earlier)\b",
                      re.I)
_DAY_ANAPHOR = re.compile(r"that(?:\s+same)?\s+(?:day|night|morning|afternoon|evening)\b|the\s+same\s+day\b", re.I)
_CLAUSE_BREAK = re.compile(r"[.!?;,)\n]|\s[-–—]\s")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n][\"'”’]?\s+)(?:in|on|by|since|until|after|before|during)\s+$", re.I)


# "After a flat second quarter, the company attributed the gain to ...": a period named as what
# the news came after is background, not the period reported on
_BACKGROUND = re.compile(r"\b(?:after|following)\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,3}quarter\s*$", re.I)


@lru_cache(maxsize=1)
def _accession() -> re.Pattern[str]:
    words = sorted((re.sub(r"\s+", r"\\s+", w) for w in accession_phrases()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)


@lru_cache(maxsize=1)
def _extended_to() -> re.Pattern[str]:
    """A verb of extension.tsv and, in the same clause, "through/to/into/until/till/for" right before a date
    ("have extended the credit line through| January", "was postponed to| March"): the date is the new one, still
    ahead."""
    verbs = "|".join(sorted((v.replace(" ", r"\s+") for v in extension_verbs()), key=len, reverse=True))
    return re.compile(r"\b(?:" + verbs + r")\b[^.,;:!?()\n]{0,60}?\b(?:through|to|into|until|till|for)\s+$", re.I)


_HEADING_PUNCT = re.compile(r"[.!?;:,]\s*$|[.!?;]\s")


_YEAR_LINE = re.compile(r"[ \t]*\d{4}[ \t]*:?[ \t]*")  # "2023" alone on its line, a timeline's heading
_OBITUARY_LEAD = re.compile(r"\b(?:has|have)\s+died\b|\bobituary\b", re.I)
_DEATH_BEFORE = re.compile(r"\b(?:died|death|passed\s+away)\b[^.;!?]{0,40}$", re.I)
_YEAR_ENTRY = re.compile(r"[ \t\u2022*]*(1[0-9]\d\d|20\d\d)[ \t]*(?:[:\u2013\u2014]|-[ \t])")  # a timeline's line "1919 – ..."
_LINE_ITEM = re.compile(r"(?:^|\n)[ \t\u2022*\-\u2013\u2014]*$")  # a date opening its line: a timeline's entry


def _line_end(text: str, pos: int) -> int:
    b = text.find("\n", pos)
    return len(text) if b < 0 else b


def _is_heading(line: str) -> bool:
    """A section heading: a short line of its own without sentence punctuation ("The summer of 1969")."""
    return 0 < len(line) <= 60 and not _HEADING_PUNCT.search(line)


@dataclass
class Context:
    """State while normalising one document: text, DCT, last mentioned dates."""

    text: str
    dct: date | None = None
    ref_day: date | None = None
    ref_value: str | None = None
    last_quarter: str | None = None
    report_quarter: str | None = None  # the last quarter not named in a forecast: the one results are compared for
    last_year: int | None = None  # astronomical (0 = 1 BC, -489 = 490 BC)
    last_pos: int | None = None
    genre: str = "news"  # news: the DCT anchors underspecified dates; narrative: the story's time
    ref_granularity: str = ""  # granularity of ``ref_value`` (see values.parse_value)
    _tense: dict[tuple[int, int], str] = field(default_factory=dict)
    _main: tuple | None = None  # the story's reference, saved while an aside looks back
    exact_day: str = ""  # the day a coarser value stands for ("a week later" from 7 Sep: 14 Sep)
    _aside_end: int = -1
    _aside_scope: str = ""
    ref_hour: int | None = None  # hour of the last TIME remembered (parts of day: their middle)
    ref_clock: tuple[int, int] | None = None  # (hour, minute) of the last clock time remembered ("at 05:30")
    small_hours: bool = False  # the reference is "the early hours of" a day: the night ends on that day
    months_seen: set[tuple[int, int]] = field(default_factory=set)  # (astronomical year, month) of dates told
    days_seen: dict[tuple[int, int], int] = field(default_factory=dict)  # (month, day) of days told: their last year
    years_told: dict[int, int] = field(default_factory=dict)  # how often each (astronomical) year was the reference
    day_one: tuple[date, date] | None = None  # (first day, last day told) of an event counted "on the second day"
    last_decade: tuple[str, int] | None = None  # the last decade told ("the 1840s": "184") and where it ends
    reign_start: int | None = None  # astronomical year of the last accession told ("was crowned about 268 BC")
    heading_year: int | None = None  # a year standing on a line of its own (a timeline's "2023"): its entries' year

    def note_reign(self, start: int, end: int, value: str) -> None:
        """A date in the clause of an accession word ("was crowned only four years later") starts the
        reign that "the eighth year of his reign" counts from."""
        y = astro_year(value)
        if y is None:
            return
        a = max(self.text.rfind(c, 0, start) for c in ",;.:") + 1
        ends = [i for i in (self.text.find(c, end) for c in ",;.:") if i >= 0]
        if _accession().search(self.text, a, min(ends, default=len(self.text))):
            self.reign_start = y

    def story_year(self) -> int | None:
        """The year the story is mostly about: the one most often its reference (the earlier on a tie)."""
        return min(self.years_told, key=lambda y: (-self.years_told[y], y)) if self.years_told else None

    @property
    def narrative(self) -> bool:
        return self.genre == "narrative"

    def anchor_day(self) -> date | None:
        """The day anchored expressions ("the next day", "that week") count from."""
        if self.narrative and self.ref_day is None and self.ref_value:
            start = parse_value(self.ref_value).start
            if start is not None:
                return start
        return self.ref_day or self.dct

    def remember(self, value: str, end: int, forecast: bool = False) -> None:
        """A resolved date becomes the reference time for what follows (a quarter in a
        ``forecast``, "will result in a fourth-quarter charge", is no quarter results are
        compared for: see ``report_quarter``)."""
        self._main = None
        self.small_hours = False
        if self.exact_day and value[:4] == self.exact_day[:4]:
            value = self.exact_day
        self.exact_day = ""
        tm = _HOUR_OF.search(value)
        self.ref_hour = (int(tm.group(1)) if tm.group(1) else _POD_HOUR[tm.group(2)]) if tm else None
        clock = _CLOCK_OF.search(value)
        self.ref_clock = (int(clock.group(1)), int(clock.group(2))) if clock else None
        v = value.split("T")[0] if "T" in value else value[:10] if not value.startswith("BC") else value
        info = parse_value(v)
        if self.narrative and info.granularity in ("month", "season") and self._in_heading(end):
            # a section heading "The summer of 1969" names the section's year; its text may start
            # earlier in that year ("Through the spring ...", "A storm on 14 November")
            v = v[:6] if v.startswith("BC") else v[:4]
            info = parse_value(v)
        self.ref_value = v
        self.ref_granularity = info.granularity
        self.last_pos = end
        if info.granularity == "year" and _YEAR_LINE.fullmatch(self.text, self.text.rfind("\n", 0, end) + 1,
                                                               _line_end(self.text, end)):
            self.heading_year = astro_year(v)
        y = astro_year(v)
        if y is not None:
            self.last_year = y
            self.years_told[y] = self.years_told.get(y, 0) + 1
            mo = _MONTH_OF.match(v)
            if mo:
                self.months_seen.add((y, int(mo.group(1))))
                if len(v.removeprefix("BC")) == 10:
                    self.days_seen[(int(mo.group(1)), int(v[-2:]))] = y
        if _QUARTER_VALUE.fullmatch(v) and not _BACKGROUND.search(self.text, max(0, end - 60), end):
            self.last_quarter = v
            if not forecast:
                self.report_quarter = v
        if _DAY_VALUE.match(v):
            self.ref_day = date.fromisoformat(v[:10])
        elif self.narrative:
            self.ref_day = None  # a coarser date moved the story on: no day to count from

    def _in_heading(self, end: int) -> bool:
        """The expression ending at ``end`` is in a short line of its own without sentence punctuation."""
        a = self.text.rfind("\n", 0, end) + 1
        b = self.text.find("\n", end)
        return a > 0 and b >= 0 and _is_heading(self.text[a:b].strip())

    def remember_aside(self, value: str, end: int, scope: str = "sentence") -> None:
        """A flashback date ("which had annexed Bosnia in 1908"): the reference for the rest of
        its ``scope`` ("clause" or "sentence") only; the story's own time comes back after it
        (see :meth:`restore`)."""
        main = self._main or (self.ref_value, self.ref_granularity, self.last_pos, self.last_year,
                              self.last_quarter, self.ref_day, self.ref_hour, self.small_hours)
        self.remember(value, end)
        self._main, self._aside_end, self._aside_scope = main, end, scope

    @property
    def aside_scope(self) -> str:
        """The scope of the aside the text is in ("clause", "sentence"), "" when in the story."""
        return self._aside_scope if self._main is not None else ""

    def restore(self, pos: int) -> None:
        """Back to the story's reference once the end of an aside's clause (a comma, a closing
        parenthesis) or sentence lies between it and ``pos``."""
        self.exact_day = ""
        brk = _CLAUSE_BREAK if self._aside_scope == "clause" else _SENT_END
        if self._main is not None and brk.search(self.text, self._aside_end, pos) and \
                not (self._aside_scope == "sentence" and (self._flashback_goes_on(pos) or self._anaphor_next(pos))):
            (self.ref_value, self.ref_granularity, self.last_pos, self.last_year,
             self.last_quarter, self.ref_day, self.ref_hour, self.small_hours) = self._main
            self._main = None

    def _anaphor_next(self, pos: int) -> bool:
        """The expression at ``pos`` opens the sentence right after the aside's and points back to
        the last time told ("Earlier, in 1635, the emperor had made peace with Saxony. That May,
        France declared war": May 1635): a demonstrative, "the same" or "N units later" takes the
        flashback's time."""
        first = _SENT_END.search(self.text, self._aside_end, pos)
        if not first or _SENT_END.search(self.text, first.end(), pos):
            return False
        if self._main is not None and self._main[5] is None and _DAY_ANAPHOR.match(self.text, pos):
            # "(In the winter of 1812 ...) It had entered the city on 14 September; a fire broke out that
            # night": the story's own time has no day, so the day told just before is the one meant
            return True
        return (not (lead := self.text[first.end():pos].strip(" \"'“(")) or bool(_FRONTED_AT.fullmatch(lead + " "))) \
            and bool(_ANAPHOR.match(self.text, pos))

    def _flashback_goes_on(self, pos: int) -> bool:
        """Every sentence from the aside's to the one at ``pos`` is in the pluperfect: the
        flashback goes on ("Genghis Khan had died in 1227. A force had reached the Black Sea
        five years earlier": 1222)."""
        t = self.text
        first = _SENT_END.search(t, self._aside_end, pos)
        end = _SENT_END.search(t, pos)
        rest = t[first.end():end.start() if end else len(t)]
        sentences = [x for x in _SENT_END.split(rest) if x.strip()]
        return bool(sentences) and all(_PLUPERFECT.search(x) for x in sentences)

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
            left = _RELATIVE_ASIDE.sub(" ", left[cut:])
            if "," in left:
                left = _REPORT_ASIDE.sub(" ", left)
            # a date opening its sentence ("In January, a week after the anniversary of ..., a bombing
            # killed"): the main verb may come after a long adverbial
            opens = not t[max(0, s - 4):s].strip(" \n\"'“") or bool(_OPENS_SENTENCE.search(t, max(0, s - 6), s))
            right = t[e:e + (200 if opens else 100)]
            m = _SENT_END.search(right)
            right = right[:m.start()] if m else right
            best = (10**9, "")
            lw = _WORD.findall(left.lower())
            if (headline := _HEADLINE_INFINITIVE.match(left)) is not None:
                # "Zelensky to meet Biden at White House on Thursday": a headline's "X to <verb>" is a plan ahead
                best = (len(lw) - len(_WORD.findall(left[:headline.end("to")].lower())) + 1, "future")
            if lw and lw[-1] in _END_PREPOSITIONS and _extended_to().search(left) is not None:
                best = (0, "future")  # "have extended the loans through January": the new end lies ahead
            for k, t in enumerate(_named_not_past(_CASED_WORD.findall(left), _tense_of(lw))):
                if t == "future" and k == 0 and lw[0] in _UNTIL:
                    t = "future?"  # "Until Thursday, they had not called him": the main clause decides
                if not t and lw[k] in _BE_PRESENT and k + 1 < len(lw) and lw[k + 1] not in _NOT_PAST_ED and \
                        (lw[k + 1] in _PAST_WORDS or lw[k + 1].endswith("ed")):
                    t = "present"  # a present passive ("had not signed ... when the case is heard in May") is nearer
                if t:
                    dist = len(lw) - k
                    # an -ed word right before the date is a verb ("announced Wednesday")
                    weak = t == "past?" and not (dist == 1 or (dist == 2 and lw[-1] in ("on", "last")))
                    best = min(best, (dist + (4 if weak else 12 if t == "future?" else 0), t))
            rw = _WORD.findall(right.lower())
            if rw and rw[0] in _MODALS and lw and lw[-1] in _REPORTING:
                # "Diplomats said Tuesday would be used ...": the day is the subject of what follows
                best = (0, "future" if rw[0] in _FUTURE_WORDS else "")
            after_and = 0
            for k, t in enumerate(_named_not_past(_CASED_WORD.findall(right), _tense_of(rw))):
                if rw[k] in _REPORTING or rw[k] == "since":
                    # "..., he said (that ...)": the date's clause ends there; "(in July,) marking 75 years
                    # since the alliance was founded": what follows "since" is an earlier time
                    break
                if rw[k] in ("and", "but"):
                    after_and = 6  # "had met on Monday and would resume ...": a coordinated verb has its own tense
                if t:
                    best = min(best, (k + 3 + after_and + (4 if t == "past?" else 0), t))
                    break
            res = "" if best[1] == "present" else best[1]
            self._tense[key] = res
        return self._tense[key]



# --------------------------------------------------------------------------- helpers

def fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def year_number(v: str) -> int:
    v = v.strip().lstrip("'")
    y = int(v)
    if len(v) == 2:
        y += 1900 if y >= 30 else 2000
    return y


def month_number(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def weekday_number(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip(".")]


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def year_ahead(ctx: Context, e: int) -> int | None:
    """In a story that has not yet named a year, the first one it writes within the next few
    sentences (astronomical): "On 6 June Allied troops landed. ... By the end of 1944 ..." """
    m = _YEAR_AHEAD.search(ctx.text, e, e + 600)
    if not m:
        return None
    return int(m.group(1)) if m.group(1) else 1 - int(m.group(2))


def pick_year(ctx: Context, s: int, e: int, make: Callable[[int], date | None],
               granularity_days: int = 1) -> int | None:
    """Year for an underspecified date: the DCT year moved by tense to the nearest fit."""
    if ctx.heading_year is not None and _LINE_ITEM.search(ctx.text, max(0, s - 8), s):
        return ctx.heading_year  # "2023 / October 7: Militants attack ...": an entry under a timeline's year
    entry = _YEAR_ENTRY.match(ctx.text, ctx.text.rfind("\n", 0, s) + 1)
    if entry is not None and entry.end() <= s:
        return int(entry[1])  # "1919 – The peace conference opens in Paris in January": the entry's year
    if ctx.narrative and ctx.dct is not None and _DEATH_BEFORE.search(ctx.text, max(0, s - 50), s) and \
            _OBITUARY_LEAD.search(ctx.text, 0, 400):
        # an obituary ("X, who has died aged 91, ... She died on January 14 at her home"): the death is the news
        d = make(ctx.dct.year)
        return ctx.dct.year if d is None or d <= ctx.dct else ctx.dct.year - 1
    if ctx.narrative and ctx.last_year is not None:
        return narrative_year(ctx, s, e, make)
    first = year_ahead(ctx, e) if ctx.narrative else None
    if first is not None:
        return first
    dct = ctx.dct
    if dct is None:
        return None
    ago = _YEARS_AGO_BEFORE.search(ctx.text, max(0, s - 40), s)
    n = words_to_number(ago.group(1).lower()) if ago else None
    if n is not None and float(n).is_integer() and 0 < n < 100:
        return dct.year - int(n)  # "struck two years ago in late September": in that year
    tense = ctx.tense(s, e)
    if not tense and _THING_OF.search(ctx.text, max(0, s - 30), s):
        tense = "past"  # "the Minsk agreements of 12 February": a thing named by its date exists
    done = _named_past_act().match(ctx.text, e) is not None and ctx.text[max(0, s - 4):s].lower() == "the "
    base = dct
    near = max(ctx.last_pos or 0, s - 40)
    if ctx.ref_value and same_sentence(ctx, s) and ctx.last_pos is not None and (
            (tense == "future" and _FUTURE_IN_PAST.search(ctx.text, ctx.last_pos, s)) or
            (_FUTURE_IN_PAST.search(ctx.text, near, s) and not _CLAUSE_BREAK.search(ctx.text, near, s))):
        # "In January he said the talks would resume in March": ahead of that January, not of the DCT
        start = parse_value(ctx.ref_value).start
        if start is not None and start < dct:
            base, tense = start, "future"
    if base is dct and ctx.last_year and ctx.ref_value and ctx.ref_value.startswith(str(ctx.last_year)) and \
            same_sentence(ctx, s) and ctx.last_pos is not None and (s - ctx.last_pos < 60 or (
                # "In September 1978, Sadat and Begin spent thirteen days there before signing the accords on
                # September 17": a month of a past year told, the sentence goes on in it
                s - ctx.last_pos < 200 and ctx.ref_granularity in ("month", "day") and ctx.last_year < dct.year - 1)) and (
                (ctx.last_year < dct.year and tense != "future") or
                (ctx.last_year >= dct.year and ctx.tense_cue(s, e) != "past" and ctx.ref_granularity == "year" and
                 ctx.text[max(0, ctx.last_pos - 4):ctx.last_pos].isdigit())):  # a written year, not "next year"
        # "in July 1997 ... on March 12": the narrative's year; "fiscal 2024, which ends in
        # December", "The 2025 Tour starts on July 5": the year just written
        return ctx.last_year
    y = base.year
    d0 = make(y)
    if d0 is None:
        return y
    # the nearest occurrence, unless the tense clearly points the other way
    # (a year without the day, 29 February out of a leap year, is no candidate)
    best = min((y - 1, y, y + 1), key=lambda k: abs((make(k) - base).days) if make(k) else 10**6)
    db = make(best) or d0
    limit = granularity_days if granularity_days > 1 else 120  # months are dated mid-month: the DCT's own month is not future
    if tense == "past" and (db - base).days > limit:
        best -= 1
    elif tense == "future" and (base - db).days > (limit if granularity_days > 1 else _FUTURE_DAY_LIMIT) and not done:
        best += 1
    if done and (make(best) or d0) > base:
        best -= 1  # "In the wake of the October 7th attacks, Greece will ...": a done act's day, before the DCT
    return best


_FUTURE_DAY_LIMIT = 30
_YEARS_AGO_BEFORE = re.compile(r"\b(an?|\d+|[a-z]+)\s+years?\s+ago,?\s+(?:in|on)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$", re.I)


@lru_cache(maxsize=1)
def _named_past_act() -> re.Pattern[str]:
    """A noun of named_past_acts.tsv right after a date ("the October 7th| attacks")."""
    nouns = "|".join(sorted((re.sub(r"\s+", r"\\s+", n) for n in named_past_act_nouns()), key=len, reverse=True))
    return re.compile(rf"\s+(?:{nouns})\b", re.IGNORECASE)
_FUTURE_IN_PAST = re.compile(r"\b(?:would|(?:was|were)\s+(?:to|due|expected|scheduled|set|going))\b", re.I)


_THING_OF = re.compile(r"\b(?!(?:week|weekend|night|morning|evening|afternoon|day|end|beginning|middle|start|"
                       r"rest|part|half|month|year|close|turn)s?\b)[a-z]{3,}\s+of\s+$")
_YEAR_AHEAD = re.compile(r"(?<![\w$£€#./:-])(1[0-9]\d\d|20\d\d)(?![\w%]|[.,]\d|\s*(?:hours|hrs|h)\b)|(?<![\w.])(\d{1,4})\s*(?:BCE?|B\.C\.)(?!\w)")
# "(news reached America in February 1815,) weeks after the battle on 8 January": the dated event
# is the earlier one
_SINCE_EVENT = re.compile(r"\b(?:days?|weeks?|months?)\s+after\b", re.I)
# "after" and an event's noun phrase dated with no verb between ("after the fall of the city on 2 January")
_AFTER_EVENT = re.compile(r"\bafter\s+(?=(?:the|a|an|his|her|its|their)\s)", re.I)
_BACKWARD = re.compile(r"\b(?:had|earlier|before|previous|previously|prior|preceding|since)\b", re.I)
# a date after "by" ("By mid-January the bulge had been eliminated"): the pluperfect counts up to it, no look back
_BY_DATE = re.compile(r"\bby\s+(?:the\s+)?(?:(?:early|mid|late|the\s+(?:end|middle|start|beginning)\s+of)[\s-]+)?$", re.I)
_BACKWARD_WORD = re.compile(r"\b(?:earlier|before|previous|previously|prior|preceding|since)\b", re.I)


# a pluperfect ("had reached", "had already left"), not "had" as a main verb ("had no army", "had to")
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:already|just|never|not|only|first|long|once|earlier|previously|also)\s+)?"
                         r"(?!(?:to|no|a|an|the|its|their|his|her|our|my|your|this|that|these|those|some|any|"
                         r"many|much|few|little|more|less|one|two|three|several|all|both|each|every|enough|"
                         r"nothing|none)\b)[a-z]+(?:ed|en|wn|ne|un|ught|ought|ft|lt|nt|pt|st|ung|ank|oke|ote|"
                         r"ade|ave|id|ld|ound|ew|ame|ot|on|ook|ood|ept|eft|ent|ost|uck|ut|et|ad|it)\b", re.I)


# a date opening its sentence as a point in time ("In the spring,", "On 4 May", "During the winter")
_FRONTED_AT = re.compile(r"\s*(?:(?:early|late|later|earlier|also)\s+)?(?:in|on|at|during)\s+", re.I)


_SUBORDINATOR = frozenset("who whom whose which that when where after before because since as while though although if".split())


def looks_back(ctx: Context, s: int, e: int | None = None) -> bool:
    """A pluperfect governs the date at ``s`` in a sentence after the story's reference: the
    last "had + participle" before it with no other verb between ("She had reached Scutari on
    4 November", not "the men who had crossed in June returned in December", nor "had been told
    they would be home by July"); a story told in the pluperfect from its own reference on
    ("In March 1938 Hitler had annexed Austria, and in September ...") does not look back.
    Given the date's end ``e``, a date fronted by "in", "on" or "during" also looks back when its
    main clause is in the pluperfect ("In the spring, the parliament had opened"; not "By the
    spring they had lost ...", which counts up to that time)."""
    start = max((m.end() for m in _SENT_END.finditer(ctx.text, max(0, s - 200), s)), default=max(0, s - 200))
    if ctx.last_pos is None or ctx.last_pos > start:
        return False
    pp = None
    for pp in _PLUPERFECT.finditer(ctx.text, start, s):
        pass
    if pp is None:
        if e is None or not _FRONTED_AT.fullmatch(ctx.text, start, s):
            return False
        end = _SENT_END.search(ctx.text, e)
        pp = _PLUPERFECT.search(ctx.text, e, end.start() if end else len(ctx.text))
        if pp is None or not (0 < len(between := _WORD.findall(ctx.text[e:pp.start()].lower())) <= 6):
            return False
        # the subject and "had" in the main clause, not a relative or other clause between
        return "," not in ctx.text[e:pp.start()].strip(" ,") and not _SUBORDINATOR.intersection(between) \
            and not any(_tense_of(between))
    words = _WORD.findall(ctx.text[pp.end():s].lower())
    if pp.group().lower().endswith("been") and words and (words[0] in _PAST_WORDS or words[0].endswith(("ed", "en"))):
        words = words[1:]  # a passive pluperfect: "had been recalled from Asia in the spring"
    return not any(_tense_of(words))


_DAY_WRITTEN = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?")


def _opens_section(text: str, s: int) -> bool:
    """``s`` is in the first sentence under a heading (a short line of its own without punctuation)."""
    a = text.rfind("\n", 0, s)
    if a <= 0 or _SENT_END.search(text, a + 1, s):
        return False
    b = text.rfind("\n", 0, a)
    return _is_heading(text[b + 1:a].strip())


def narrative_year(ctx: Context, s: int, e: int, make: Callable[[int], date | None]) -> int:
    """Year of an underspecified date in a story: the reference year, or the next one when the
    date would fall before the reference and nothing in the clause looks back ("had", "earlier").

    Chronicles move forward: "The siege began in October 1941. By January, ..." is January 1942.
    """
    y = ctx.last_year
    assert y is not None
    if _THING_OF.search(ctx.text, max(0, s - 30), s) and _DAY_WRITTEN.fullmatch(ctx.text, s, e):
        d = make(2000)  # "(6 October 1973 ... April 1974) the crossing of 6 October": the day told before
        told = ctx.days_seen.get((d.month, d.day)) if d else None
        if told is not None and told < y:
            return told
    ref = parse_value(ctx.ref_value).start if ctx.ref_value and not ctx.ref_value.startswith("BC") else None
    if ref is None or ctx.ref_granularity not in ("day", "month", "week", "weekend", "season"):
        return y
    d = make(ref.year)
    if d is not None and (d - ref).days > 20 and looks_back(ctx, s, e):
        return y - 1  # "(In January 1855 ...) She had reached Scutari on 4 November": before the story's time
    if d is None or d >= ref:
        return y
    cut = max((m.end() for m in _SENT_END.finditer(ctx.text, max(0, s - 80), s)), default=max(0, s - 80))
    clause = ctx.text[cut:e + 40]
    backward = _BACKWARD_WORD if _BY_DATE.search(ctx.text, max(0, s - 30), s) else _BACKWARD
    if backward.search(clause) or (ref - d).days < 20 or _SINCE_EVENT.search(ctx.text, cut, s):
        return y
    if (ref - d).days < 92 and _opens_section(ctx.text, s):
        return y  # "(29 September) The airport meeting / Ho Chi Minh died on 2 September": a section steps back
    after = _AFTER_EVENT.search(ctx.text, cut, s)
    if after and not any(_tense_of(_WORD.findall(ctx.text[after.end():s].lower()))):
        return y  # "(the spring of 1492) soon after the surrender of Granada on 2 January": the event before
    if _THING_OF.search(ctx.text, max(0, s - 30), s):
        return y  # "(20 March 1815 ...) A declaration of 8 February condemned ...": a thing named by its date, told out of turn
    return y + 1


def date_value(y: int, mo: int, d: int | None = None) -> str | None:
    """A TIMEX3 month or day value for an astronomical year (BC years written ``BC0490``)."""
    if d is not None and safe_date(y if y > 0 else 2000, mo, d) is None:
        return None
    return f"{year_str(y)}-{mo:02d}" + (f"-{d:02d}" if d is not None else "")


def same_sentence(ctx: Context, s: int) -> bool:
    return ctx.last_pos is not None and not _SENT_END.search(ctx.text, ctx.last_pos, s)


_SENT_BREAK = re.compile(r"(?:[!?;\n]|\.(?!\d))[\s!?;.\"'’”)]*")  # one sentence end, with its closing marks and blank lines


def told_just_before(ctx: Context, s: int) -> bool:
    """The reference was told in the sentence of ``s`` or in the one before it."""
    return ctx.last_pos is not None and len(_SENT_BREAK.findall(ctx.text, ctx.last_pos, s)) <= 1


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_WOULD = re.compile(r"\bwould\b", re.I)  # the future-in-past of reported speech


def weekday_date(ctx: Context, wd: int, s: int, e: int, det: str = "") -> date | None:
    base = ctx.dct
    det = det.lower().split()[-1] if det else ""
    # "On the Friday" in a news text that has just told another week's day ("The talks opened on 5 March"):
    # the definite article picks that story's week, as in a narrative, not the week of the writing
    story_week = not det and _THE_BEFORE.search(ctx.text, max(0, s - 5), s) is not None and ctx.ref_day is not None and \
        ctx.dct is not None and abs((ctx.ref_day - ctx.dct).days) > 6
    if (ctx.narrative or story_week) and ctx.ref_day is not None and det not in ("last", "this", "past", "coming"):
        diff = (wd - ctx.ref_day.isoweekday()) % 7  # a story moves forward, unless it looks back
        cut = max((m.end() for m in _SENT_END.finditer(ctx.text, max(0, s - 80), s)), default=max(0, s - 80))
        # (after "by", a pluperfect counts up to the day: "By the Wednesday the strike had spread")
        backward = _BACKWARD_WORD if _BY_DATE.search(ctx.text, max(0, s - 30), s) else _BACKWARD
        if diff and (det == "previous" or backward.search(ctx.text, cut, e + 30)):
            diff -= 7
        return ctx.ref_day + timedelta(days=diff)
    if base is None:
        return None
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
    tense = ctx.tense(s, e)
    if tense == "future" and ctx.text.startswith(("'s", "’s"), e) and _WOULD.search(
            ctx.text, max([m.end() for m in _SENT_END.finditer(ctx.text, max(0, s - 150), s)], default=max(0, s - 150)), s):
        # "Monday's vote" names a thing by its day: past unless the clause looks ahead ("will attend
        # Friday's summit"); a reported "would" ("would look for ways around Wednesday's ruling") does not
        tense = "past"
    if tense == "future":
        return base + timedelta(days=diff if diff > 0 else diff + 7)
    return base + timedelta(days=diff if diff < 0 else diff - 7)


def day_value(d: date | None, fallback: str = "XXXX-XX-XX") -> str:
    return d.isoformat() if d else fallback


def time_suffix(pod: str | None) -> str:
    return "T" + PARTS_OF_DAY[pod.lower()] if pod else ""
