"""Diplomatic events: who did what to whom, when and where, coded with CAMEO.

Rules over the text, clause by clause (no parser needed):

* triggers are verb forms and nouns of the classes in :mod:`communique.events.triggers`;
* a verb's source is the nearest actor before it in its clause (the subject), its target
  the first actor after it ("X met with Y"); passives swap them ("X was visited by Y");
  a subject-less verb after a comma or "and" shares the previous verb's subject
  ("Kim meets Putin, thanks Russian leader"); "X and Y met" splits a coordinated subject;
* a noun's source is a possessive or modifier ("Russia's annexation", "US sanctions") or a
  by-phrase, its target the actor after of/to/on/against/with ("sanctions on X"); after
  face/under the actor before the noun is the target ("Russia is facing sanctions");
  a noun without arguments of its own ("the meeting", "talks") refers back to an earlier
  meeting-type event and becomes another mention of it;
* the date is the temporal expression in the trigger's clause (not one after "since"), or
  the expression a temporal anaphor refers to ("after the deadline"), else the publication
  date (``date_basis`` says which); bounds follow the value's granularity and its mod;
* modal and hedge cues over the trigger (may, might, could, would, possible, unlikely,
  "deemed", questions) and negation set ``speculative``; such rows are kept, flagged.

>>> ev = extract_events("Kim Jong-un met Russian President Vladimir Putin in Vladivostok on Thursday.",
...                     dct="2019-04-27")
>>> ev[["source", "target", "cameo", "date", "date_basis", "location"]].values.tolist()
[['PRK', 'RUS', '042', '2019-04-25', 'text', 'Vladivostok']]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

import communique.events.cameo as _cameo
from communique.events.actors import Mention, gazetteer, _scan
from communique.text.corpus import Article, paragraph_spans
from communique.text.tokens import sentence_spans
from communique.events.triggers import CLASSES, Form, TriggerClass, lexicon, trigger_regex

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EVENT_COLUMNS", "extract_events", "extract_events_many", "clause_spans", "date_bounds"]

EVENT_COLUMNS = [
    "doc_id", "event_id", "date", "date_start", "date_end", "date_basis", "source", "source_name",
    "target", "target_name", "cameo", "cameo_root", "quad_class", "goldstein", "label", "location",
    "trigger", "trigger_start", "trigger_end", "sent_start", "sent_end", "sentence", "speculative",
    "modality", "duration", "timex", "coref", "published",
]

_WS = r"[^\S\n]+"
_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:(?!\d)|--|—|–(?=\s)|\(|\)|\?|!)\s*"
    r"|,\s*(?=(?:though|although|while|whereas|as|after|before|since|when|because|but|and|which|who|where|"
    r"so|yet|until|unless|if|more\s+so|however|even\s+as|according)\b)"
    r"|\s+(?=(?:though|although|whereas|because|while|amid|amidst|despite|following)\s)|\s+(?=as\s+(?-i:[A-Z]))"
    r"|\s+[-–—]\s+"
    r"|,\s*(?=[\"“'‘])|(?<=[\"”’']),\s*",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    "the a an this that these those his her its their our first second last next further new more fresh any no "
    "such official two-day three-day state first-ever landmark historic planned proposed upcoming latest "
    "one-to-one bilateral good very".split()
)
_CLAUSE_WORDS = frozenset("as amid after before if when while because since until unless and or but is are was were "
                          "will would could may might has have had".split())
_PREPS = frozenset("of in at near on from with to for about between against into over by under".split())
_LOC_PREPS = frozenset("in at near on".split())
_HEDGE_BEFORE = re.compile(
    r"\b(?:may|might|could|would|possibl[ey]|perhaps|maybe|likely|unlikely|potential(?:ly)?|whether|if|"
    r"reportedly\s+considering|considering|mulls?|mulling|rumou?red|speculat\w+|can\s+be\s+seen|"
    r"expected\s+to|hypothetical|hopes?|hoped|hoping|seek(?:s|ing)?\s+to|fears?\s+(?:of|that)|threat\s+of|"
    r"risk\s+of|possibility\s+of|prospects?\s+of|concerns?\s+(?:about|over|of)|wants?\s+to|would-be|"
    r"propos\w+|plann?(?:ed|ing)?\s+(?:to\s+)?|ready\s+to|willing\s+to)\b",
    re.IGNORECASE,
)
_HEDGE_AFTER_NOUN = re.compile(
    r"^\s*(?:fears?|threats?|risks?|warnings?|scare|plans?)\b|\b(?:unlikely|likely|possible|deemed|doubtful|uncertain|in\s+doubt|up\s+for\s+discussion|"
    r"considered|expected|rumou?red|speculat\w+)\b", re.IGNORECASE)
_CANCELLED = re.compile(r"\b(?:cancel+ed|cancels?|postponed?|postpones|called\s+off|calls\s+off|scrapped|scraps|"
                        r"shelved|suspended|suspends|no)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_FUTURE_AFTER_NOUN = re.compile(r"^\s*(?:[\w-]+\s+){0,5}?(?:will|would|could|may|might|are\s+expected|is\s+expected|"
                                r"to\s+(?:start|begin|be\s+held|take\s+place))\s+(?:start|begin|take|be|resume|go)",
                                re.IGNORECASE)
_NEGATION = re.compile(r"(?:\bnot|n't|\bnever|\bno\s+plans?\s+to|\brefused\s+to|\bdeclined\s+to|\bfailed\s+to)\s+(?:\w+\s+){0,2}$",
                       re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|to|plans?\s+to|planning\s+to|agreed\s+to|agree\s+to|due\s+to|set\s+to|'ll|shall)"
                     r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_PATIENT = re.compile(r"\b(?:fac(?:e|es|ed|ing)|under|hit\s+(?:by|with)|subject\s+to|suffer\w*|receiv\w+|"
                      r"get(?:s|ting)?|got|won|secured?)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_TEMPORAL_ANAPHOR = re.compile(r"\b(?:the\s+deadline|then|at\s+the\s+time|that\s+day|the\s+same\s+day|that\s+time|"
                               r"the\s+following\s+day|the\s+next\s+day)\b", re.IGNORECASE)
_AID_WORDS = re.compile(
    r"\b(?P<mil>weapons?|arms|missiles?|tanks?|howitzers?|ammunition|artillery|drones?|military|air\s+defen[cs]e|"
    r"javelins?|himars|rockets?|jets?|armou?red)\b|\b(?P<hum>humanitarian|food|medical|medicine|vaccines?|grain|"
    r"relief)\b|\b(?P<eco>financial|economic|loans?|funding|funds|budget|money|cash|credit|grants?|billion|million)\b"
    r"|\b(?P<gen>aid|assistance|help|support|supplies|equipment)\b",
    re.IGNORECASE,
)
_COOP_WORDS = re.compile(r"\b(?:employ\w*|hire|invest\w*|trade|buy|purchase|import|export|supply|supplies|"
                         r"cooperat\w+|workers|labou?r\w*)\b", re.IGNORECASE)
_YIELD_WORDS = re.compile(r"\b(?:ceasefire|cease-fire|truce|withdraw\w*|pull\s+out|stop|halt|end|release|free|"
                          r"de-?escalat\w+|lift|ease|surrender)\b", re.IGNORECASE)
_MEET_WORDS = re.compile(r"\b(?:meet|talks|negotiat\w+|dialogue|summit)\b", re.IGNORECASE)
_MILITARY_THREAT = re.compile(r"\b(?:military|nuclear|force|strikes?|attacks?|invade|invasion|missiles?|troops)\b",
                              re.IGNORECASE)
_OUTCOME = re.compile(r"\b(?:ended|collapsed|broke\s+down|was\s+cut\s+short|failed|stalled)(?:\s+(?:abruptly|"
                      r"early|without\s+(?:a\s+)?(?:deal|agreement)))?\b", re.IGNORECASE)
_GROUP_NOUNS = ("labourers", "laborers", "workers", "diplomats", "nationals", "citizens", "staff", "envoys",
                "troops", "soldiers", "forces", "journalists", "students", "refugees")
_LEAVE = re.compile(
    rf"\b(?:due|ordered|told|forced|asked|required|given\s+\w+\s+\w+|have|has|must|will\s+have)\s+to\s+"
    rf"(?P<trig>leave|depart|return\s+home)\b", re.IGNORECASE)
_GEO_HEAD = r"(?:[Ii]sland|[Ii]slands|[Pp]eninsula|[Rr]egion|[Pp]rovince|[Oo]blast|[Cc]ity|[Rr]esort|[Pp]alace)"
_PLACE_PHRASE = re.compile(
    rf"\b(?P<prep>in|on|at)\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'’-]+{_WS}){{0,2}}[A-Z][\w'’-]+(?:{_WS}{_GEO_HEAD})?)"
    rf"(?P<near>,?{_WS}near{_WS}(?:the{_WS})?(?:[\w-]+{_WS}){{0,4}}?(?:(?:city|town|port)\s+of\s+)?"
    rf"(?P<near_place>[A-Z][\w'’-]+(?:{_WS}[A-Z][\w'’-]+)?))?")
_NOT_PLACES = frozenset("January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That".split())


@dataclass
class _Ev:
    cls: TriggerClass
    cameo: str
    pos: str
    t_start: int
    t_end: int
    sent: tuple[int, int]
    clause: tuple[int, int]
    source: Mention | None = None
    target: Mention | None = None
    location: str = ""
    loc_code: str = ""
    speculative: bool = False
    modality: str = ""
    date: str = ""
    date_basis: str = ""
    timex: str = ""
    duration: str = ""
    coref: int = -1
    extra: str = ""  # complement or group noun for the label
    mentions: int = 1
    key: int = 0
    data: dict = field(default_factory=dict)


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause-like spans of a sentence: split at ; : -- ( ) and at commas before conjunctions.

    >>> s = "Sanctions remain, more so after the summit ended."
    >>> [s[a:b] for a, b in clause_spans(s, 0, len(s))]
    ['Sanctions remain', 'more so after the summit ended.']
    """
    spans, pos = [], start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return [(a, b) for a, b in spans if text[a:b].strip()] or [(start, end)]


def date_bounds(value: str, mod: str = "") -> tuple[str, str]:
    """ISO first/last day covered by a TIMEX3 value, narrowed to a third by START/MID/END mods.

    >>> date_bounds("2019"), date_bounds("2019", "END"), date_bounds("2019-04-25T18:59")
    (('2019-01-01', '2019-12-31'), ('2019-09-01', '2019-12-31'), ('2019-04-25', '2019-04-25'))
    """
    from communique.timex.values import parse_value

    first, last = parse_value(value).bounds
    if first is None or last is None:
        return "", ""
    days = (last - first).days + 1
    if mod in ("START", "END", "MID") and days >= 28:
        if days >= 365:  # whole months for years: Jan-Apr, May-Aug, Sep-Dec
            y = first.year
            a, b = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
            first = date(y, a, 1)
            last = (date(y, b + 1, 1) if b < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
        else:
            third = days // 3
            if mod == "START":
                last = first + timedelta(days=third - 1)
            elif mod == "END":
                first = last - timedelta(days=third - 1)
            else:
                first, last = first + timedelta(days=third), last - timedelta(days=third)
    return first.isoformat(), last.isoformat()


def _prev_word(text: str, pos: int, floor: int) -> str:
    m = re.search(r"([\w'’-]+)\W*$", text[max(floor, pos - 40):pos])
    return m.group(1).lower() if m else ""


def _is_pp(text: str, m: Mention, floor: int) -> str:
    """The preposition governing a mention ('' when none), skipping determiners/adjectives."""
    before = text[max(floor, m.start - 60):m.start]
    words = re.findall(r"[\w'’-]+|[^\w\s]", before)
    for w in reversed(words[-4:]):
        lw = w.lower()
        if lw in _PREPS:
            return lw
        if lw in ("the", "a", "an", "former", "its", "their") or (lw.endswith("-eastern") or lw.endswith("ern")):
            continue
        if re.fullmatch(r"[\d,.]+", lw):
            continue
        return ""
    return ""


class _Doc:
    """Everything extracted from one document, built once."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], dct: str | None, doc_id: str,
                 genre: str = "news"):
        from communique.timex.tagger import tag

        self.text = text
        self.paragraphs = paragraphs
        self.dct = dct
        self.doc_id = doc_id
        self.mentions, self.persons = _scan(text)
        self.actors = [m for m in self.mentions if m.is_actor or m.kind in ("city", "region")]
        self.pronouns = self._pronouns()
        # communique.timex.tagger.tag gives the rows of find_timexes without building a DataFrame per document
        # a year- or month-precision publication date anchors relative expressions at its first day
        anchor = (dct + "-01-01"[len(dct) - 4:]) if dct and len(dct) in (4, 7) else dct
        self.timexes = [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in tag(text, anchor, genre=genre)] if text else []
        self.events: list[_Ev] = []
        self.sentence_triggers: list[tuple[int, int]] = []
        self.sentence_events: list[_Ev] = []
        self.groups: dict[str, tuple[Mention, Mention | None]] = {}

    def _pronouns(self) -> list[Mention]:
        out = []
        for m in re.finditer(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Ii]ts)\b", self.text):
            word = m.group().lower()
            want_person = word != "its"
            prior = [a for a in self.mentions if a.end <= m.start() and a.is_actor
                     and (a.kind in ("person", "role")) == want_person and a.kind != "city"]
            if prior:
                a = prior[-1]
                if m.start() - a.end < 600:
                    out.append(Mention(m.start(), m.end(), m.group(), a.code, a.name, a.kind, a.role, a.former))
        return out

    def salient_leader(self, code: str) -> str:
        heads = [p for p in self.persons.values() if p.code == code and not p.former]
        return sorted(heads, key=lambda p: p.first)[0].name if heads else ""


def _actors_in(doc: _Doc, start: int, end: int, *, places: bool = False) -> list[Mention]:
    out = [m for m in doc.actors if start <= m.start and m.end <= end and (m.is_actor or places)]
    out += [p for p in doc.pronouns if start <= p.start and p.end <= end]
    return sorted(out, key=lambda m: m.start)


def _is_location_arg(doc: _Doc, m: Mention, floor: int) -> bool:
    prep = _is_pp(doc.text, m, floor)
    return prep in _LOC_PREPS and m.kind in ("capital", "city", "region", "state") or m.kind in ("city", "region")


@functools.cache
def _lower_gazetteer() -> dict:
    return {k.lower(): v for k, v in gazetteer().items()}


def _find_location(doc: _Doc, clause: tuple[int, int], t_start: int, t_end: int) -> tuple[str, str]:
    text = doc.text
    gaz = gazetteer()
    lower_gaz = _lower_gazetteer()
    # "the Hanoi summit": a place right before a noun trigger
    before = [m for m in doc.mentions if clause[0] <= m.start and m.end <= t_start and m.kind in ("capital", "city")
              and not text[m.end:t_start].strip(" -")]
    if before:
        return before[-1].name, before[-1].code
    for m in _PLACE_PHRASE.finditer(text, clause[0], clause[1]):
        place = re.sub(r"\s+", " ", m["place"])
        first = place.split()[0]
        if first in _NOT_PLACES or first in doc.persons:
            continue
        entry = lower_gaz.get(place.lower()) or lower_gaz.get(re.sub(" " + _GEO_HEAD + "$", "", place).lower())
        if entry is None:
            found = [x for x in doc.mentions if m.start("place") <= x.start < m.end("place")]
            entry = next((gaz.get(x.text) for x in found if x.kind in ("capital", "city", "region", "state")), None)
        if entry is not None and entry.kind not in ("capital", "city", "region", "state"):
            continue
        near = ""
        code = entry.code if entry else ""
        if m["place"] and m.start() > t_end + 60:
            continue
        if m["near_place"]:
            city_of = re.match(r"[^.;]{0,60}?\b(?:city|town|port|village)\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
                               doc.text[m.start("near"):m.start("near") + 100])
            near_entry = gaz.get(re.sub(r"\s+", " ", city_of.group(1) if city_of else m["near_place"]))
            if near_entry is not None:
                near = near_entry.name
                code = code or near_entry.code
        if entry is None and not near and not re.search(_GEO_HEAD + "$", place):
            continue
        name = entry.name if entry and entry.kind != "state" else place
        if re.search(_GEO_HEAD + "$", place):
            name = place[: place.rfind(" ")] + " " + place.split()[-1].capitalize()
        return (f"{name}, near {near}" if near else name), code
    return "", ""


def _pick_subject(doc: _Doc, left: list[Mention], floor: int,
                  passive: bool = False) -> tuple[Mention | None, Mention | None]:
    """Nearest actor before the trigger not inside a PP (else inside an of-PP); plus a coordinated partner."""
    text = doc.text
    left = [m for k, m in enumerate(left) if not (k + 1 < len(left) and left[k + 1].kind in ("person", "role")
                                                 and re.fullmatch(r"['’]s\s+", text[m.end:left[k + 1].start]))]
    bare = [m for m in left if not _is_pp(text, m, floor)]
    of_pp = [m for m in left if _is_pp(text, m, floor) == "of"]
    by_pp = [m for m in left if _is_pp(text, m, floor) == "by"] if passive else []
    pool = bare or by_pp or of_pp
    if not pool:
        return None, None
    subj = pool[-1]
    partner = None
    k = left.index(subj)
    if k > 0 and re.fullmatch(r"\s*(?:,|and|&)\s*(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)?",
                              text[left[k - 1].end:subj.start]):
        partner, subj = subj, left[k - 1]
    # a possessive person before the subject's noun ("Kim's father Kim Jong-il") is not the subject
    return subj, partner


def _first_object(doc: _Doc, right: list[Mention], floor: int, cls: TriggerClass,
                  verb_end: int | None = None) -> Mention | None:
    """First actor after the trigger; for verbs, only across a short gap with the class's prepositions."""
    allowed = _OBJECT_PREPS.get(cls.name, set())
    for m in right:
        if m.text.lower() in ("his", "her", "its"):
            continue
        if verb_end is not None:
            gap = re.sub(r"\b(?:the\s+)?(?:city|town|village|region|port|province|oblast|capital)\s+of\b", " ",
                         doc.text[verb_end:m.start])
            if re.search(r"[,;:\"“”]|\s[-–—]\s|\b(?:and|that|which|who|but|if|when|while|as|because|after|before|unless|until|amid)\b", gap) \
                    or len(gap.split()) > 6:
                return None
            preps = {p.lower() for p in _ANY_PREP.findall(gap)}
            if preps - allowed or (cls.name in ("sign", "agree") and "with" not in preps):
                continue
        if _is_location_arg(doc, m, floor) and not cls.places_as_target:
            continue
        if m.kind in ("city", "region") and not cls.places_as_target:
            continue
        return m
    return None


def _noun_args(doc: _Doc, ev: _Ev, left: list[Mention], right: list[Mention]) -> tuple:
    """(source, target, explicit?) for a noun trigger."""
    text = doc.text
    src = tgt = None
    # possessive or modifier immediately before: "Russia's annexation", "US sanctions", "its annexation"
    premod = None
    if left:
        last = left[-1]
        gap = text[last.end:ev.t_start]
        gap_words = re.findall(r"[\w$.'’-]+", gap.replace("'s", "").replace("’s", ""))
        verb_like = any((w.endswith(("ing", "ed", "s")) and "-" not in w and not w[0].isdigit() and w != "US")
                        or w.lower() in _AUX or w.lower() in ("a", "an", "the", "this", "that", "these", "those")
                        for w in gap_words)
        if re.fullmatch(r"(?:['’]s)?\s*(?:[\w$,.-]+\s+){0,3}", gap) and last.kind not in ("city", "region") \
                and not verb_like and not _LIGHT_VERB.search(" " + gap) \
                and not (last.kind == "capital" and not gap.startswith(("'", "’"))) \
                and not re.search(r"\b(?:of|in|at|on|with|to|for|after|before|by|than|and|or|as|amid)\b|,", gap, re.I):
            possessive = gap.startswith(("'s", "’s")) or last.text.lower() in ("its", "his", "her")
            pair = len(left) > 1 and re.fullmatch(r"\s*[-–/]\s*", text[left[-2].end:last.start])
            if pair and not gap.strip():
                src, tgt = left[-2], last
            elif possessive or last.kind in ("demonym", "person", "role", "seat", "igo") or last.code.startswith("IGO"):
                src = last
            else:
                premod = last  # a bare state name: "Ukraine invasion", "US sanctions"
                if len(left) > 1 and re.fullmatch(r"['’]s\s+", text[left[-2].end:last.start]):
                    src = left[-2]  # "Zelensky's U.S. visit": the possessor acts
    # NP-internal PPs after the noun
    tail = text[ev.t_end:ev.clause[1]]
    m = re.match(r"\s*(?:(?:package|packages|supplies|deliveries|efforts?|programmes?|programs?)\s+)?"
                 r"(by|of|to|on|against|with|between|for|over|into|from|in)\s", tail)
    if m and m.group(1).lower() not in _NOUN_PREPS.get(ev.cls.name, _NOUN_PREPS_DEFAULT):
        m = None
    if m:
        prep = m.group(1).lower()
        after = [x for x in right if x.start >= ev.t_end + m.end(1) and x.text.lower() not in ("his", "her", "its")]
        after = [x for x in after if x.start - (ev.t_end + m.end(1)) < 45]
        if after and any(w.lower() in _AUX or w.lower() in _CLAUSE_WORDS
                         for w in re.findall(r"[\w'’]+", text[ev.t_end + m.end(1):after[0].start])):
            after = []  # the PP's own object is no actor ("the visit by Kim would help Russia")
        if after and after[0].kind in ("city", "region") and not ev.cls.places_as_target:
            after = []
        if after:
            first = after[0]
            if first.kind in ("city", "region", "capital", "state") and prep in ("of",) and \
                    ev.cls.places_as_target:
                tgt = first
            elif prep == "by":
                if src is None:
                    src = first
                # "the visit by Polish, Czech and Slovenian leaders to Kyiv": the target follows to/with/...
                tgt = next((x for x in right if x.start > first.end and x.code != first.code and re.search(
                    r"\b(?:to|with|against|on)\s+(?:the\s+)?$", text[max(first.end, x.start - 12):x.start])), None)
            elif prep == "between":
                nxt = [x for x in after[1:] if re.fullmatch(r"\s*(?:and|,)\s*", text[first.end:x.start])]
                if src is None and nxt:
                    src, tgt = first, nxt[0]
                else:
                    tgt = first
            elif prep == "from" and ev.cls.name in ("aid",):
                src = src or first
            elif prep == "of" and first.kind == "demonym" and ev.cls.name in ("attack", "shell", "bomb"):
                src = src or first  # "attacks of Russian invaders"
            elif first.kind not in ("city",) or ev.cls.places_as_target:
                tgt = first
    if src is None and tgt is not None:
        by = re.match(r"\s*(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?", text[tgt.end:ev.clause[1]])
        if by:
            src = next((x for x in right if x.start == tgt.end + by.end() and x.is_actor), None)
    if premod is not None:
        conflict = ev.cls.name in _PREMOD_TARGET and not (ev.cls.name == "sanction" and premod.code in _SANCTIONERS)
        if tgt is None and conflict:
            tgt = premod
        elif src is None:
            src = premod
    # "Russia is facing sanctions", "Ukraine received aid": the actor before is the patient
    if src is not None and tgt is None and _PATIENT.search(text[src.end:ev.t_start]):
        src, tgt = None, src
    elif src is None and left and _PATIENT.search(text[left[-1].end:ev.t_start]) and \
            ev.cls.name in ("sanction", "aid", "attack", "threaten", "criticise", "accuse"):
        tgt = tgt or left[-1]
    explicit = src is not None or tgt is not None
    return src, tgt, explicit


_COREF_CLASSES = frozenset({"meet", "summit", "negotiate", "visit", "phone"})
_NOUN_PREPS_DEFAULT = frozenset({"to", "on", "against", "with", "between", "by", "of"})
_NOUN_PREPS = {
    "sanction": {"on", "against", "by", "from"}, "aid": {"to", "for", "from", "by"},
    "attack": {"on", "against", "of", "into", "in", "by"}, "shell": {"of", "on", "in", "by"},
    "bomb": {"of", "on", "in", "by"}, "annex": {"of", "by"}, "blockade": {"of", "on", "by"},
    "meet": {"with", "between", "by", "of"}, "summit": {"with", "between", "of"},
    "negotiate": {"with", "between", "by"}, "visit": {"to", "by", "of", "in"}, "arrive": {"in", "at", "of"},
    "criticise": {"of", "by", "from", "against"}, "accuse": {"against", "of", "by", "from"},
    "threaten": {"to", "against", "from", "by"}, "protest": {"against", "by", "outside"},
}
_ADJECTIVAL_HEAD = re.compile(
    r"\s+(?:forces|troops|army|armies|authorities|administration|territor\w+|areas?|regions?|lands?|zones?|parts?|"
    r"cities|towns|villages|soldiers|units|power|state|countries|nations?|side|party|parties)\b", re.IGNORECASE)
_WITH_CLASSES = frozenset({"meet", "discuss", "negotiate", "sign", "agree", "phone"})
_PRAISE = next(c for c in CLASSES if c.name == "praise")
_PHONE = next(c for c in CLASSES if c.name == "phone")
_LEAVE_CLASS = next(c for c in CLASSES if c.name == "leave")
_AUX = frozenset("is are was were be been being has have had will would could may might can should says said "
                 "do does did not".split())
_PREMOD_TARGET = frozenset({"attack", "annex", "shell", "bomb", "blockade", "aid", "sanction", "visit"})
# Frequent senders of sanctions: "US sanctions" are sanctions *by* the US, "Russia sanctions" *on* Russia.
_SANCTIONERS = frozenset({"USA", "GBR", "CAN", "JPN", "AUS", "CHE", "NZL", "NOR", "KOR", "TWN"})
_LIGHT_VERB = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)\s+out|launch\w*|conduct\w*|step\w*\s+up|hold|holds|held|holding|continu\w+|"
    r"beg[iau]n\w*|start\w*|impos\w+|announc\w+|provid\w+|sen[dt]s?|sending|offer\w*|sign\w*|agree\w*\s+(?:to|on)|"
    r"reach\w*|make|makes|made|host\w*|order\w*|approv\w+|unveil\w*|slap\w*|extend\w*|expand\w*|tighten\w*|"
    r"pledg\w+|promis\w+|deliver\w*|request\w*|seek\w*|sought|call\w*\s+for|demand\w*|stag\w+|mount\w*|"
    r"intensif\w+|escalat\w+|resum\w+|renew\w*|joins?|joined)\s+(?:[\w$,.'’-]+\s+){0,4}$", re.IGNORECASE)
_OBJECT_PREPS = {
    "meet": {"with"}, "negotiate": {"with"}, "discuss": {"with"}, "phone": {"with"}, "agree": {"with"},
    "sign": {"with"}, "cooperate": set(), "visit": {"to", "in", "at"}, "arrive": {"in", "at"},
    "appeal": {"on", "upon", "for"}, "call_on": {"on", "upon", "for"}, "protest": {"against", "outside"},
    "attack": {"on", "against", "in"}, "shell": {"on", "in"}, "bomb": {"on", "in"}, "provide": {"to", "for"},
    "demand": {"from"}, "expel": {"from"}, "mediate": {"between", "with"}, "pledge": {"to"},
    "reject": {"from", "by"}, "withdraw": {"from"}, "criticise": {"from", "by"}, "praise": {"from", "by", "for"},
}
_ANY_PREP = re.compile(r"\b(?:with|to|in|at|on|upon|for|against|from|of|about|over|between|into|by|after|before|"
                       r"under|during|amid|outside|than)\b", re.IGNORECASE)


def _antecedent(doc: _Doc, ev: _Ev, sentence_actors: list[Mention]) -> _Ev | None:
    codes = {m.code for m in sentence_actors}
    cands = [e for e in doc.events if e.cls.name in _COREF_CLASSES and e.coref < 0 and e.source and e.target
             and not e.speculative]
    if not cands:
        return None

    def score(e: _Ev):
        overlap = len({e.source.code, e.target.code} & codes)
        return (overlap, e.mentions, e.t_start)

    return max(cands, key=score)


def _speculation(doc: _Doc, ev: _Ev) -> tuple[bool, str]:
    text = doc.text
    before = text[ev.clause[0]:ev.t_start]
    if ev.coref >= 0:  # "the meeting could be useful" hedges the usefulness, not the meeting
        return (True, "cancelled") if _CANCELLED.search(before[-40:]) else (False, "")
    sent = text[ev.sent[0]:ev.sent[1]]
    if ev.pos == "noun":
        after = text[ev.t_end:ev.clause[1]]
        if _HEDGE_AFTER_NOUN.search(after) or _FUTURE_AFTER_NOUN.search(after):
            return True, "hedged"
        if _CANCELLED.search(before[-40:]):
            return True, "cancelled"
    if _HEDGE_BEFORE.search(before):
        return True, "hedged"
    if ev.pos == "verb" and _NEGATION.search(before[-40:]):
        return True, "negated"
    if sent.rstrip().endswith("?") and re.search(r"\b(?:may|might|could|would|will|can)\b", sent, re.I):
        return True, "question"
    return False, ""


def _link_date(doc: _Doc, ev: _Ev) -> None:
    text = doc.text
    usable = []
    for s, e, tx_text, typ, value, mod in doc.timexes:
        if typ == "DURATION" and ev.clause[0] <= s and e <= ev.clause[1]:
            ev.duration = ev.duration or f"{value} ({tx_text})"
        if typ not in ("DATE", "TIME") or not value[:1].isdigit():
            continue
        if re.search(r"\b(?:since|until|till|ago)\s*$", text[max(0, s - 8):s], re.I):
            continue
        usable.append((s, e, tx_text, value, mod))
    in_clause = [t for t in usable if ev.clause[0] <= t[0] and t[1] <= ev.clause[1]]

    def distance(a: int, b: int, t) -> int:
        return min(abs(t[0] - b), abs(a - t[1]))

    def owner(t) -> tuple[int, int]:
        """A temporal expression modifies the nearest event before it in its clause ("visited Russia in
        2011", "the annexation of Crimea in 2014"), else the nearest one after it ("On Monday, X met Y")."""
        spans = [(a, b) for a, b in doc.sentence_triggers if ev.clause[0] <= a < ev.clause[1]]
        before = [(a, b) for a, b in spans if b <= t[0]]
        if before:
            return max(before, key=lambda x: x[1])
        return min(spans, key=lambda x: x[0]) if spans else (ev.t_start, ev.t_end)

    def owned(t) -> bool:
        a, b = owner(t)
        if (a, b) == (ev.t_start, ev.t_end):
            return True
        # "sanctions over its annexation of Crimea in 2014" share the date of their reason, and
        # "criticised NATO during a visit to Portugal in April" the date of the visit
        between = text[ev.t_end:a] if a > ev.t_end else ""
        if re.fullmatch(r"\s+(?:[\w'’.-]+\s+){0,3}?(?:during|while\s+on|on\s+the\s+sidelines\s+of)\s+"
                        r"(?:[\w'’-]+\s+){0,2}", between):
            return True
        if ev.cls.name in ("visit", "arrive") and re.fullmatch(r"\s+(?:[\w'’.-]+\s+){0,3}?for\s+(?:[\w'’-]+\s+){0,2}",
                                                               between):
            return True  # "flew to Moscow for talks with Putin on Saturday": the trip and the talks
        owner_ev = next((e for e in doc.sentence_events if (e.t_start, e.t_end) == (a, b)), None)
        after_owner = text[b:ev.t_start] if ev.t_start >= b else ""
        if owner_ev is not None and owner_ev.cls.name in ("visit", "arrive") and \
                re.fullmatch(r"\s+(?:[\w'’.-]+\s+){0,4}?for\s+(?:[\w'’-]+\s+){0,2}", after_owner):
            return True  # "arrived in Beijing on Sunday for talks": the talks share the trip's date
        return ev.pos == "noun" and bool(re.fullmatch(r"\s+(?:over|for|after|following)\s+(?:[\w'’-]+\s+){0,2}",
                                                      between))

    in_clause = [t for t in in_clause if owned(t)]
    chosen = None
    if in_clause:
        chosen = min(in_clause, key=lambda t: min(abs(t[0] - ev.t_end), abs(ev.t_start - t[1])))
    elif _TEMPORAL_ANAPHOR.search(text[ev.clause[0]:ev.clause[1]]):
        earlier = [t for t in usable if ev.sent[0] <= t[0] < ev.clause[0]]
        if earlier:
            chosen = earlier[-1]
    if chosen is not None:
        s, e, tx_text, value, mod = chosen
        ev.date = value.split("T")[0] if "T" in value else value
        ev.date_basis = "text"
        ev.timex = tx_text
        ev.data["mod"] = mod
        return
    if ev.coref >= 0:
        ante = doc.events[ev.coref]
        ev.date, ev.date_basis, ev.timex = ante.date, ante.date_basis, ante.timex
        ev.data["mod"] = ante.data.get("mod", "")
        return
    ev.date = doc.dct or ""
    ev.date_basis = "publication" if doc.dct else "none"


def _refine_code(doc: _Doc, ev: _Ev, comp: str) -> str:
    name, code = ev.cls.name, ev.cls.cameo
    before = doc.text[ev.clause[0]:ev.t_start]
    if name in ("meet", "summit", "negotiate", "discuss", "visit", "arrive") and ev.pos == "verb" and \
            _FUTURE.search(before[-30:]):
        return "036"  # "will meet", "to travel to Poland next week": intent to meet
    if name in ("meet", "summit"):
        src = ev.source.code if ev.source else ""
        tgt = ev.target.code if ev.target else ""
        if ev.loc_code and src and tgt:
            if ev.loc_code == tgt:
                return "042"
            if ev.loc_code == src:
                return "043"
            return "044"
        return code
    if name in ("appeal", "call_on"):
        if _AID_WORDS.search(comp) and re.search(r"\b(?:aid|assistance|help|weapons?|arms|supplies)\b", comp, re.I):
            return "023"
        if _MEET_WORDS.search(comp):
            return "026"
        if _COOP_WORDS.search(comp):
            return "021"
        if _YIELD_WORDS.search(comp):
            return "025"
        return "020"
    if name == "pledge":
        if _AID_WORDS.search(comp):
            return "033"
        if _MEET_WORDS.search(comp):
            return "036"
        return "030"
    if name == "agree" and _MEET_WORDS.search(comp):
        return "036"
    if name in ("aid", "provide"):
        window = doc.text[max(ev.clause[0], ev.t_start - 40):min(ev.clause[1], ev.t_end + 60)]
        kinds = {k for m in _AID_WORDS.finditer(window) for k, v in m.groupdict().items() if v}
        if "mil" in kinds:
            return "072"
        if "hum" in kinds:
            return "073"
        if "eco" in kinds:
            return "071"
        return "070"
    if name == "threaten" and _MILITARY_THREAT.search(comp):
        return "138"
    if name == "release" and re.search(r"\bsanctions?\b", comp, re.I):
        return "085"
    return code


def _label(ev: _Ev) -> str:
    s = ev.data.get("source_name") or ""
    t = ev.data.get("target_name") or ""
    cls = ev.cls
    name = _cameo.info(ev.cameo).name if ev.cameo in _cameo.CODES else cls.name
    if cls.name == "leave":
        group = ev.target.text if ev.target is not None and ev.target.kind == "demonym" else t
        return f"{group} {ev.extra} due to leave {s}".strip()
    if cls.name in ("summit", "ceasefire"):
        word = "summit" if cls.name == "summit" else "ceasefire"
        label = f"{s}–{t} {word}" if s and t else f"{word} with {t or s}"
        return label + (f" ({ev.data['outcome']})" if ev.data.get("outcome") else "")
    if cls.name == "sanction":
        return f"{s} sanctions on {t}".strip() if s else f"sanctions on {t}"
    if cls.name == "aid":
        kind = {"071": "financial aid", "072": "military aid", "073": "humanitarian aid"}.get(ev.cameo, "aid")
        return f"{s} {kind} to {t}".strip()
    if cls.name == "annex":
        verb = "occupies" if ev.data.get("trigger", "").lower().startswith("occup") else "annexes"
        return f"{s} {verb} {ev.location or t}"
    if ev.cameo == "036":
        return f"{s} to meet {t}"
    if cls.name in ("appeal", "call_on", "pledge") and ev.extra:
        verb = {"appeal": "asks", "call_on": "calls on", "pledge": "pledges"}[cls.name]
        return f"{s} {verb} {t} {ev.extra}".replace("  ", " ").strip()
    if cls.name in ("meet", "negotiate", "discuss", "phone") and ev.cameo in ("042", "043", "044", "040", "046", "041"):
        verb = {"042": "visits", "043": "hosts", "044": "meets", "040": "meets", "046": "holds talks with",
                "041": "speaks by phone with"}[ev.cameo]
        if cls.name == "meet" and ev.target is not None and ev.target.kind == "person":
            verb = "meets"
        if cls.name == "negotiate":
            verb = "holds talks with"
        return f"{s} {verb} {t}".strip()
    verb = cls.verb3 or name
    if cls.name == "praise" and re.match(r"thank", ev.data.get("trigger", ""), re.I):
        verb = "thanks"
    return f"{s} {verb} {t}".strip()


def _complement(doc: _Doc, ev: _Ev) -> tuple[str, int]:
    """'to continue to employ their workers' after an appeal/pledge target; returns (text, end)."""
    start = ev.target.end if ev.target and ev.target.start > ev.t_end else ev.t_end
    tail = doc.text[start:ev.clause[1]]
    m = re.match(r"\s*(?:on\s+|upon\s+|for\s+)?((?:to\s+|for\s+|that\s+)[^,;]*)", tail)
    if not m:
        return "", start
    comp = m.group(1).strip().rstrip(".")
    comp = re.sub(r"\s+(?:after|before|by|until)\s+the\s+deadline$", "", comp)
    comp = re.split(r"\s+(?:was|were|is|are|has|have|had|went|will|would|remains?|remained)\b", comp)[0]
    return comp[:80], start + m.end()


def _group_of(doc: _Doc, ev: _Ev) -> tuple[Mention | None, Mention | None, str]:
    """'the labourers are due to leave': nationality and host of the group (looked up earlier)."""
    text = doc.text
    before = text[ev.clause[0]:ev.t_start]
    nouns = "|".join(_GROUP_NOUNS)
    m = re.search(rf"\b({nouns})\b", before, re.I)
    if not m:
        return None, None, ""
    noun = m.group(1).lower()
    for g in re.finditer(rf"\b({nouns})\b", text[:ev.t_start], re.I):
        if g.group(1).lower() != noun:
            continue
        nat = [x for x in doc.mentions if x.kind == "demonym" and 0 < g.start() - x.end < 25]
        if not nat:
            continue
        host_m = re.match(rf"\s+(?:\w+\s+){{0,2}}?(?:in|from)\s+", text[g.end():g.end() + 40])
        host = None
        if host_m:
            pos = g.end() + host_m.end()
            host = next((x for x in doc.mentions if x.start == pos and x.kind in ("state", "capital")), None)
        return nat[-1], host, noun
    return None, None, noun


def _process_sentence(doc: _Doc, s_start: int, s_end: int) -> None:
    text = doc.text
    clauses = clause_spans(text, s_start, s_end)
    lex = lexicon()
    sentence_actors = _actors_in(doc, s_start, s_end)
    consumed: list[tuple[int, int]] = []
    prev_verb: _Ev | None = None
    found: list[tuple[int, int, Form]] = []
    for m in trigger_regex().finditer(text, s_start, s_end):
        key = re.sub(r"[\s-]+", " ", m.group().lower())
        form = lex.get(key) or lex.get(key.replace(" ", "")) or lex.get(m.group().lower())
        if form is not None:
            found.append((m.start(), m.end(), form))
    for m in _LEAVE.finditer(text, s_start, s_end):
        found.append((m.start("trig"), m.end("trig"), Form("leave", "174", "verb", "base", _LEAVE_CLASS)))
    found.sort(key=lambda x: x[0])
    kept: list[_Ev] = []
    for t_start, t_end, form in found:
        if any(a <= t_start < b for a, b in consumed):
            continue
        word = text[t_start:t_end]
        # inside a person's mention ("Summit" in a name) or a capitalised name-like token mid-sentence
        if any(x.start <= t_start < x.end for x in doc.mentions):
            continue
        clause = next(((a, b) for a, b in clauses if a <= t_start < b), (s_start, s_end))
        pos, cls = form.pos, form.cls
        prev = _prev_word(text, t_start, clause[0])
        if pos == "noun" and form.verb_cls is not None and prev not in _DETERMINERS and not \
                re.search(r"['’]s\s*$", text[max(clause[0], t_start - 4):t_start]):
            left_all = _actors_in(doc, clause[0], t_start)
            nxt = text[t_end:t_end + 40]
            object_follows = bool(re.match(r"\s+(?:\w+ly\s+)?(?:the|a|an|its|his|her|their|[A-Z])", nxt)) or \
                any(0 < x.start - t_end <= 2 for x in doc.mentions)
            next_word = re.match(r"\s*([\w'’-]+)", nxt)
            next_is_word = bool(next_word) and next_word.group(1).lower() not in _PREPS | _CLAUSE_WORDS
            actor_before = bool(left_all) and not text[left_all[-1].end:t_start].strip() and \
                left_all[-1].kind not in ("capital", "city", "region")
            if (actor_before and next_is_word) or (object_follows and (
                    prev in ("and", "also", "", "to", "will", "would", "must", "should", "can", "could", "may",
                             "might", "not", "never")
                    or text[clause[0]:t_start].rstrip().endswith(",")
                    or re.match(r"\w+s$", prev))):
                pos, cls = "verb", form.verb_cls
        if pos == "verb" and prev in _DETERMINERS and cls.nouns:
            pos = "noun"
        if word.lower() == "call" and pos == "noun" and re.match(r"\s+with\b", text[t_end:t_end + 8]):
            cls = _PHONE
        if pos == "verb" and form.form in ("ing", "past") and _ADJECTIVAL_HEAD.match(text, t_end):
            continue  # "occupying forces", "occupied territories", "attacking troops": adjectives
        ev = _Ev(cls, cls.cameo, pos, t_start, t_end, (s_start, s_end), clause)
        ev.data["trigger"] = word
        left = _actors_in(doc, clause[0], t_start)
        right = _actors_in(doc, t_end, clause[1], places=cls.places_as_target)
        right_all = _actors_in(doc, t_end, clause[1], places=True)
        floor = clause[0]
        explicit = True
        if cls.name == "leave":
            nat, host, noun = _group_of(doc, ev)
            obj = _first_object(doc, [x for x in right_all if x.kind in ("state", "capital")], floor, cls)
            ev.source, ev.target, ev.extra = obj or host, nat, noun
        elif pos == "verb":
            before = text[clause[0]:t_start]
            if cls.name == "release" and not re.match(
                    r"\s+(?:\w+\s+){0,3}?(?:prisoners?|hostages?|detainees?|captives?|POWs?|soldiers|servicemen|crew|"
                    r"journalists?|citizens?|nationals?|sailors|fighters|defenders|bodies)\b", text[t_end:clause[1]]):
                continue  # "released information" is no concession; prisoners are (084)
            if cls.name == "withdraw" and not re.match(r"\s+(?:\w+\s+){0,3}?(?:troops|forces|soldiers|units|army)\b",
                                                        text[t_end:clause[1]]):
                continue  # only military withdrawals are coded (087); "withdraw from talks" is not
            if cls.name == "host" and word.lower().startswith("welcom"):
                gap_m = re.match(r"\s+(?:the\s+)?([a-z][\w-]*)|\s+[\w.-]+(?:\s[A-Z][\w.-]*)?(['’]s)\s",
                                 text[t_end:t_end + 40])
                if gap_m and (gap_m.group(2) or gap_m.group(1) not in ("president", "prime", "minister", "leader",
                                                                          "king", "queen")):
                    cls = _PRAISE  # "welcomed the decision by Belgrade": approval, not hosting
                    ev.cls = cls
            aid_word = _AID_WORDS.search(text, t_end, min(clause[1], t_end + 70))
            if cls.name == "provide":
                if not aid_word:
                    continue
                consumed.append((t_end, aid_word.end()))
            passive = form.form == "past" and bool(_PASSIVE.search(before[-25:]))
            if passive:
                agent = [x for x in right if re.search(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                                                        text[max(t_end, x.start - 40):x.start], re.I)]
                subj, _ = _pick_subject(doc, left, floor, passive=True)
                ev.source = agent[0] if agent else None
                ev.target = subj
            else:
                coordinated = prev_verb is not None and prev_verb.source is not None and \
                    re.search(r"(?:,|\band)\s*(?:also\s+|then\s+)?$", before)
                if coordinated:
                    ev.source = prev_verb.source
                elif form.form == "ing" and not re.search(r"\b(?:is|are|was|were|be|been|being|'s|'re)\s+(?:\w+ly\s+)?$",
                                                          before) and not (left and not before[left[-1].end - clause[0]:].strip()):
                    ev.source = None  # a participle modifying a noun: "the UN vote condemning Russia"
                else:
                    ev.source, partner = _pick_subject(doc, left, floor)
                    with_obj = None
                    if cls.name in _WITH_CLASSES:
                        with_obj = next((x for x in right if re.search(r"\bwith\s+(?:the\s+)?$",
                                                                       text[max(t_end, x.start - 12):x.start])), None)
                    if with_obj is not None:
                        ev.target = with_obj
                    elif partner is not None and cls.symmetric:
                        ev.target = partner
                if ev.target is None and cls.name in _WITH_CLASSES:
                    ev.target = next((x for x in right if re.search(r"\bwith\s+(?:the\s+)?$",
                                                                    text[max(t_end, x.start - 12):x.start])), None)
                if ev.target is None and cls.name not in _WITH_CLASSES - {"meet"}:
                    ev.target = _first_object(doc, right, t_end, cls, verb_end=t_end)
                if ev.source is None:
                    continue  # a verb without a subject (and not passive): no actor to credit
            prev_verb = ev
        else:
            ev.source, ev.target, explicit = _noun_args(doc, ev, left, right_all)
        if pos == "noun" and not explicit and cls.name in _COREF_CLASSES:
            ante = _antecedent(doc, ev, sentence_actors)
            if ante is not None:
                ev.coref = doc.events.index(ante)
                ante.mentions += 1
                ev.source, ev.target = ante.source, ante.target
                ev.location, ev.loc_code = ante.location, ante.loc_code
        light = pos == "noun" and bool(_LIGHT_VERB.search(text[clause[0]:t_start]))
        if pos == "noun" and ev.coref < 0 and ev.source is None and light:
            subj, partner = _pick_subject(doc, [x for x in left if x is not ev.target], floor)
            if subj is not None and not _PATIENT.search(text[subj.end:t_start]):
                ev.source = subj
                if partner is not None and cls.symmetric and ev.target is None:
                    ev.target = partner
                explicit = True
        if pos == "noun" and not explicit and ev.coref < 0:
            continue
        if cls.name == "summit" and ev.target is None and ev.source is not None and ev.source.code.startswith("IGO"):
            continue  # "the G7 summit": an organisation's own meeting, not a meeting between two actors
        # fall back to the sentence for a missing party of nouns ("the Hanoi summit with US President ...")
        if pos == "noun" and ev.coref < 0 and (ev.source is None) != (ev.target is None) and \
                cls.name in ("summit", "meet", "aid", "visit", "phone", "negotiate"):
            known = ev.source or ev.target
            loc = _find_location(doc, clause, t_start, t_end)[0]
            others = [x for x in sentence_actors if x.code != known.code and x.kind not in ("city", "region")
                      and not (x.kind == "capital" and loc.startswith(x.name))
                      and not re.fullmatch(r"\s*(?:and|,|or)\s*", doc.text[known.end:x.start])]
            if others:
                before_ = [x for x in others if x.end <= t_start]
                subjects = [x for x in before_ if not _is_pp(doc.text, x, s_start)]
                other = subjects[0] if subjects else (before_[-1] if before_ else others[0])
                if ev.source is None:
                    ev.source = other
                else:
                    ev.target = other
        if ev.source is None and ev.target is None:
            continue
        if ev.target is None and pos == "verb" and cls.needs_target and not cls.symmetric:
            continue
        if (ev.target is None or ev.source is None) and cls.symmetric and ev.coref < 0:
            continue
        if pos == "noun" and ev.target is None and cls.name not in ("attack", "annex", "shell", "bomb", "blockade"):
            continue
        if ev.source is not None and ev.target is not None and ev.source.code == ev.target.code:
            if ev.source.name == ev.target.name or ev.source.kind != "person" or ev.target.kind != "person":
                continue
        if not ev.location:
            ev.location, ev.loc_code = _find_location(doc, clause, t_start, t_end)
        if cls.places_as_target and ev.target is not None and ev.target.kind in ("city", "region", "capital") \
                and not ev.location:
            ev.location, ev.loc_code = ev.target.name, ev.target.code
        comp = ""
        if pos == "verb" and cls.name in ("appeal", "call_on", "pledge", "provide") and ev.target is not None \
                and ev.target.start > t_end:
            consumed.append((t_end, ev.target.end))  # "pledged aid to Ukraine": the aid is this event's object
        if cls.name in ("appeal", "call_on", "pledge", "agree", "threaten", "release"):
            comp, comp_end = _complement(doc, ev)
            if comp and cls.name in ("appeal", "call_on", "pledge", "agree"):
                consumed.append((t_end, comp_end))
                ev.extra = comp
        ev.cameo = _refine_code(doc, ev, comp or text[t_end:clause[1]])
        ev.speculative, ev.modality = _speculation(doc, ev)
        outcome = _OUTCOME.search(text, t_end, clause[1])
        if outcome and pos == "noun":
            ev.data["outcome"] = re.sub(r"\s+", " ", outcome.group())
        kept.append(ev)
        for role, mention in (("source", ev.source), ("target", ev.target)):
            name = mention.name if mention is not None else ""
            if mention is not None and cls.name == "summit" and mention.kind != "person":
                name = doc.salient_leader(mention.code) or name
            ev.data[f"{role}_name"] = name
        ev.key = len(doc.events)
        doc.events.append(ev)
    # dates last: an expression goes to the nearest kept event (see _link_date)
    doc.sentence_triggers = [(e.t_start, e.t_end) for e in kept]
    doc.sentence_events = kept
    for ev in kept:
        _link_date(doc, ev)


def _rows(doc: _Doc) -> list[dict]:
    rows = []
    for k, ev in enumerate(doc.events):
        info = _cameo.info(ev.cameo)
        start, end = date_bounds(ev.date, ev.data.get("mod", "")) if ev.date else ("", "")
        rows.append({
            "doc_id": doc.doc_id,
            "event_id": f"E{k + 1:03d}",
            "date": ev.date,
            "date_start": start,
            "date_end": end,
            "date_basis": ev.date_basis,
            "source": ev.source.code if ev.source else "",
            "source_name": ev.data.get("source_name", ""),
            "target": ev.target.code if ev.target else "",
            "target_name": ev.data.get("target_name", ""),
            "cameo": ev.cameo,
            "cameo_root": info.root,
            "quad_class": info.quad_class,
            "goldstein": info.goldstein,
            "label": _label(ev),
            "location": ev.location,
            "trigger": doc.text[ev.t_start:ev.t_end],
            "trigger_start": ev.t_start,
            "trigger_end": ev.t_end,
            "sent_start": ev.sent[0],
            "sent_end": ev.sent[1],
            "sentence": re.sub(r"\s+", " ", doc.text[ev.sent[0]:ev.sent[1]]),
            "speculative": bool(ev.speculative),
            "modality": ev.modality,
            "duration": ev.duration,
            "timex": ev.timex,
            "coref": f"E{ev.coref + 1:03d}" if ev.coref >= 0 else "",
            "published": doc.dct or "",
        })
    return rows


def _document(source: str | Article, dct: str | None, doc_id: str | None, genre: str = "news") -> _Doc:
    if isinstance(source, Article):
        text = source.text
        paragraphs = [(p.start, p.end) for p in source.spans()]
        dct = dct or source.dct
        doc_id = doc_id if doc_id is not None else source.id
    else:
        text = source
        paragraphs = paragraph_spans(text)
    if dct is not None:
        from communique.timex.values import coerce_date

        dct = coerce_date(dct).isoformat() if len(str(dct)) >= 10 else str(dct)
    doc = _Doc(text, paragraphs, dct, doc_id or "", genre)
    for p_start, p_end in paragraphs:
        for s_start, s_end in sentence_spans(text, p_start, p_end):
            _process_sentence(doc, s_start, s_end)
    return doc


def extract_events(source: str | Article, dct: str | None = None, *, doc_id: str | None = None,
                   genre: str = "news") -> pd.DataFrame:
    """Events of one text or :class:`Article` as a DataFrame with columns :data:`EVENT_COLUMNS`.

    ``dct`` (the publication date) overrides the article's own; for an article only content
    paragraphs (title, standfirst, body) are searched. ``genre`` is the timex tagger's
    (:func:`communique.timex.tagger.tag`).
    """
    import pandas as pd

    doc = _document(source, dct, doc_id, genre)
    return _frame(pd, _rows(doc))


def _frame(pd, rows: list[dict]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    return table.astype({"trigger_start": "int64", "trigger_end": "int64", "sent_start": "int64",
                         "sent_end": "int64", "quad_class": "int64", "goldstein": "float64", "speculative": bool})


def extract_events_many(sources: Iterable[str | Article], *, dct: str | None = None,
                        genre: str = "news") -> pd.DataFrame:
    """One events table for many articles (``dct`` only for those without a date)."""
    import pandas as pd

    rows: list[dict] = []
    for number, source in enumerate(sources):
        doc_id = None if isinstance(source, Article) else f"doc{number}"
        own = source.dct if isinstance(source, Article) else None
        rows.extend(_rows(_document(source, own or dct, doc_id, genre)))
    return _frame(pd, rows)
