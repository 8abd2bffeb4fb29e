"""One document prepared for event extraction (actors, pronouns, temporal expressions) and the
event record the extraction steps fill in."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from communique.events.actors import Mention, leader_on, pair_halves, scan_text, settle_shared_names
from communique.events.clauses import governing_prep
from communique.events.lexicon import cue, cue_regex
from communique.events.triggers import Form, TriggerClass
from communique.text.regex_trie import quick_start

__all__ = ["Doc", "Ev", "actors_in", "longest_mention", "mentions_between"]


#: what may stand between a state and the noun it modifies: up to two modifiers ("state gas firm"), no verb form
#: in -ed, -ing or -s ("Japan invited Indian companies" leaves Japan the subject), no determiner, no line break
_NON_STATE_GAP = r"(?:-\w+)?[^\S\n]+(?:(?!(?:the|a|an|and|or|of|to|for)\b)(?![\w-]*(?:ed|ing|[^asiu]s)\b)[\w-]+[^\S\n]+){0,2}"


@functools.cache
def _non_state_heads() -> tuple[re.Pattern, ...]:
    return (cue("civilian_nouns", _NON_STATE_GAP + r"{}\b"), cue("company_nouns", _NON_STATE_GAP + r"{}\b"),
            cue("currency_nouns", r"[^\S\n]+{}\b"),
            # goods right after a state ("US oil"; not across a word, "Russia cut gas supplies"), or after a demonym
            # and one modifier at most ("frozen Russian state assets", "Russian natural gas")
            cue("commodity_nouns", r"[^\S\n]+{}\b"), cue("commodity_nouns", r"(?:-\w+)?[^\S\n]+(?:[a-z][\w-]*[^\S\n]+)?{}\b"))


@functools.lru_cache(maxsize=256)
def _heads_after(text: str, end: int, demonym: bool) -> tuple[bool, bool]:
    """(a business noun, a civilian noun) right after ``end``: asked again and again of the same mention (each
    pronoun after it, each trigger after it), so kept for the last few hundred (the few documents in hand)."""
    civilian, company, currency, state_goods, demonym_goods = _non_state_heads()  # (an amount in a state's currency,
    # a state's goods or assets count as a business's: "Russian gas", "frozen Russian assets")
    goods = demonym_goods if demonym else state_goods
    return bool(company.match(text, end) or currency.match(text, end) or goods.match(text, end)), \
        bool(civilian.match(text, end))


def heads_company(text: str, m: Mention) -> bool:
    """Whether a state or demonym mention modifies a business ("a US bank", "Russian state gas firm Gazprom";
    cues/company_nouns.txt), an amount of its money or its goods and assets ("Russian gas"; cues/commodity_nouns.txt)."""
    return m.kind in ("demonym", "state") and _heads_after(text, m.end, m.kind == "demonym")[0]


def heads_non_state(text: str, m: Mention) -> bool:
    """Whether a state or demonym mention modifies a noun of people or businesses that do not act for the
    state ("Irish fishermen", "a US bank"): no source, and no antecedent of "it" (cues/civilian_nouns.txt,
    cues/company_nouns.txt)."""
    return m.kind in ("demonym", "state") and any(_heads_after(text, m.end, m.kind == "demonym"))


@dataclass
class Ev:
    """An event being built: trigger, clause, arguments, modality, date and label parts."""

    cls: TriggerClass
    cameo: str
    pos: str
    t_start: int
    t_end: int
    sent: tuple[int, int]
    clause: tuple[int, int]
    form: Form | None = None
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


#: (the determiner written to open with its first letter, as _PRONOUN below: ``re`` skips to those letters)
_ANAPHOR = re.compile(r"(?P<det>[TtHhIi](?<=\b[TtHhIi])(?:(?<=[Tt])he|(?<=[Hh])(?:is|er)|(?<=[Ii])ts))\s+(?P<head>alliance|bloc|union|organi[sz]ation|country|kingdom|"
                      r"republic)\b(?!\s+(?:of|that|which|where|whose)\b)")


#: \b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Ii]ts|[Ii]t)\b, written to open with its first letter (so that ``re``
#: skips to those letters instead of trying every position); the same matches
_PRONOUN = re.compile(r"[HhSsIi](?<=\b[HhSsIi])(?:(?<=[Hh])(?:e|is|er|im)|(?<=[Ss])he|(?<=[Ii])ts?)\b")


def _us_state(text: str, m: Mention) -> bool:
    """ "Georgia prosecutors", "Georgia's governor", "the Georgia runoff": the US state, no actor (the
    country of that name is GEO). Cue words in events/data/cues/us_state_context.txt."""
    return m.code == "GEO" and m.text.startswith("Georgia") and not m.text.startswith("Georgian") and bool(
        cue("us_state_context", r"(?:['’]s)?\s+(?:[A-Z][\w.]*\s+)?{}\b").match(text, m.start + len("Georgia")) or
        cue("us_state_context", r"\b{}\s+(?:of\s+)?$").search(text, max(0, m.start - 30), m.start))


def _continent(text: str, m: Mention) -> bool:
    """ "Latin America", "South American leaders": a part of the continent, not the United States (the qualifying
    words are in events/data/cues/continent_qualifiers.txt)."""
    return m.code == "USA" and m.text.startswith("America") and bool(
        cue("continent_qualifiers", r"\b{}[\s-]+$").search(text, max(0, m.start - 12), m.start))


def _of_a_civil_body(text: str, m: Mention) -> bool:
    """ "the Muslim Council of Britain", "the Confederation of British Industry": a state named in a body of civil
    society's name is no actor (the bodies are in events/data/cues/civil_bodies.txt)."""
    if m.kind not in ("state", "demonym"):
        return False
    last = text[max(0, m.start - 50):m.start].rstrip()[-3:].lower()
    if not (last.endswith("of") or last == "the"):
        return False  # (a match ends in "of" or "the" and spaces: most mentions need no search)
    return bool(cue("civil_bodies", r"\b{}\s+of\s+(?:the\s+)?$").search(text, max(0, m.start - 50), m.start))


def _in_a_water_body(text: str, m: Mention) -> bool:
    """A state in the name of a sea, gulf or strait ("the Indian Ocean", "the Gulf of Mexico", "the South China
    Sea") is no actor; the names are in events/data/cues/water_bodies.txt."""
    if m.kind not in ("state", "demonym") or not (text.startswith(" ", m.end) or text[m.start - 3:m.start] == "of "):
        return False
    return any(w.start() <= m.start and m.end <= w.end() for w in cue("water_bodies").finditer(
        text, max(0, m.start - 12), min(len(text), m.end + 12)))


def _inside_a_name(text: str, m: Mention) -> bool:
    """A place that begins the name of a group, format or accord ("the Bucharest Nine", "the Normandy Format",
    "the Minsk Agreements") is no actor; the head words are in events/data/cues/place_name_heads.txt."""
    return m.kind in ("capital", "city", "region") and text[m.end + 1:m.end + 2].isupper() and bool(
        cue("place_name_heads", r"\s+{}\b").match(text, m.end))


#: a story's dateline: a city opening a line, then an optional date or country, an agency in brackets, and a dash or
#: colon: "MANILA - ", "BEIJING, July 23 (Xinhua) -- ", "ISLAMABAD: ", "DOHA, Qatar (AP) - "
_DATELINE = quick_start(re.compile(r"(?:^|\n)(?P<city>[A-Z][\w'’.]+(?: [A-Z][\w'’.]+)?)(?:,\s+[A-Z][\w.]*(?:\s+\d{1,2}\.?)?)?"
                       r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:--|[-–—:])\s"))


def dateline(text: str, dct: str | None) -> tuple[str, str, int] | None:
    """(capital's name, its state's code, end of the dateline) when the story's first or second line opens with a
    dateline in a capital ("MANILA - ", "BEIJING, July 23 (Xinhua) -- "), else None."""
    from communique.events.actors import code_on, gazetteer

    m = _DATELINE.search(text, 0, 400)
    if m is None or text[:m.start()].count("\n") > 1:
        return None
    entry = gazetteer().get(m["city"].title()) or gazetteer().get(m["city"])
    if entry is None or entry.kind != "capital":
        return None
    return entry.name, code_on(entry.code, dct, entry.name), m.end()


def _dateline_institutions(text: str, mentions: list[Mention], dct: str | None) -> list[Mention]:
    """Institutions named by title only ("The Department of Foreign Affairs", "the foreign ministry":
    events/data/cues/dateline_institutions.txt) in a story datelined in a capital: that capital's state."""
    place = dateline(text, dct)
    if place is None:
        return []
    name, code, end = place
    taken = [(a.start, a.end) for a in mentions]
    out = []
    for x in cue("dateline_institutions", r"\b[Tt]he\s+{}\b(?!\s+of\s+[A-Z]|['’]s)").finditer(text, end):
        if not any(a < x.end() and x.start() < b for a, b in taken):
            out.append(Mention(x.start(), x.end(), x.group(), code, name, "seat"))
    return out


@functools.cache
def _anaphor_heads() -> frozenset[str]:
    """Strings one of which every match of _ANAPHOR holds (its head words, read from the pattern)."""
    from communique.text.regex_trie import required_literals

    # the set whose shortest string is longest: the rarest to find ("": nothing certain, always search)
    return max(required_literals(_ANAPHOR), key=lambda s: min(map(len, s)), default=frozenset({""}))


#: a possessive pronoun's visit to a place: "his visit to", "her first trip to the"
_OWN_VISIT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|journey|travels?)\s+to\s+(?:the\s+)?", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\b(?:and|but)\s+$")
_CLAUSE_AND_BEFORE = re.compile(r",\s*(?:and|but)\s+$")


#: a seat of government speaking, up to the role it speaks of: "The White House said on Monday that "
_SEAT_SAID = re.compile(r"[^\S\n]+(?:said|says|announced|confirmed|stated)(?:[^\S\n]+on[^\S\n]+[A-Z][a-z]+day)?"
                        r"(?:[^\S\n]+that)?[^\S\n]+")


@functools.cache
def _role_anaphor() -> re.Pattern:
    r"""\b[Tt]he\s+(?P<head>...)\b (cues/role_anaphors.txt, case-insensitive) not before "of", "for", "to" or "'s", written
    to open with its first letter, its \b after it (as _PRONOUN): ``re`` then skips to each "t" of the document
    instead of trying the pattern at every character (the same matches; cue() would put a look-ahead first)."""
    return re.compile(r"t(?<=\bt)he\s+(?P<head>" + cue_regex("role_anaphors") + r")\b(?!\s+(?:of|for|to)\b|['’]s\b)",
                      re.IGNORECASE)


class Doc:
    """Everything extracted from one document before its sentences are read."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], dct: str | None, doc_id: str,
                 genre: str = "auto", speaker: str = ""):
        self.text = text
        self.shown = text  # the text as read, when ``text`` is a recased copy (same offsets)
        self.paragraphs = paragraphs
        self.dct = dct
        self.doc_id = doc_id
        self.speaker = speaker
        self.mentions, self.persons = scan_text(text, dct)
        self.mentions = settle_shared_names(self.mentions, dct, speaker)
        self.mentions = pair_halves(text, self.mentions, dct)
        self.mentions = [m for m in self.mentions if not _us_state(text, m) and not _continent(text, m) and not _inside_a_name(text, m)
                         and not _in_a_water_body(text, m)
                         and not _of_a_civil_body(text, m)]
        if (dateline := _dateline_institutions(text, self.mentions, dct)):
            self.mentions = sorted(self.mentions + dateline, key=lambda m: m.start)
        self.actors = [m for m in self.mentions if m.is_actor or m.kind in ("city", "region")]
        self.pronouns = self._pronouns() + self._first_person()
        self._genre = genre
        self.events: list[Ev] = []
        self.sentence_triggers: list[tuple[int, int]] = []
        self.sentence_events: list[Ev] = []
        self.data: dict = {}  # scratch state of the sentence loop

    @functools.cached_property
    def timexes(self) -> list[tuple[int, int, str, str, str, str]]:
        """(start, end, text, type, value, mod) of the document's temporal expressions, tagged on first use: only
        a document with an event to date needs them, and most have none."""
        from communique.timex.tagger import tag

        if not self.text:
            return []
        # a year- or month-precision publication date goes to the tagger as it is: "today" in a speech known only to
        # the year is that year, not its first day (the tagger keeps the DCT's precision for deictic words)
        return [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in tag(self.text, self.dct, genre=self._genre)]

    def _anaphors(self) -> list[Mention]:
        """Definite descriptions that refer back: "the alliance", "the bloc" (the last organisation named), "his
        country", "the country" (the state of the last person named, or the last state)."""
        out = []
        first = next((a.end for a in self.mentions if a.is_actor), None)
        if first is None or not any(w in self.text for w in _anaphor_heads()):
            return out  # nothing to refer back to, or no head word ("alliance", "country", ...) to refer with
        ends = [a.end for a in self.mentions]
        ordered = all(a <= b for a, b in zip(ends, ends[1:]))  # (mentions do not overlap: their ends are in order)
        for m in _ANAPHOR.finditer(self.text, first):  # (one before the first actor's end has no antecedent)
            word = m["head"].lower()
            near = self.mentions[bisect.bisect_right(ends, m.start() - 400):bisect.bisect_right(ends, m.start())] \
                if ordered else self.mentions
            prior = [a for a in near if a.end <= m.start() and a.is_actor and m.start() - a.end < 400]
            if word in ("alliance", "bloc", "union", "organisation", "organization"):
                prior = [a for a in prior if a.code.startswith("IGO:")]
            elif m["det"].lower() in ("his", "her"):
                prior = [a for a in prior if a.kind in ("person", "role") and not a.code.startswith(("IGO", "NGO"))]
            else:  # "the country": only a state named earlier in the same sentence (across sentences it is often
                # the other party: "Britain to give Ukraine launchers. The country has already provided three")
                stop = max(self.text.rfind(". ", 0, m.start()), self.text.rfind("\n", 0, m.start()))
                prior = [a for a in prior if not a.code.startswith(("IGO", "NGO")) and a.start > stop]
            if prior:
                a = prior[-1]
                out.append(Mention(m.start(), m.end(), m.group(), a.code, a.name, "seat", word))
        return out

    def _role_anaphors(self) -> list[Mention]:
        """ "The crown prince", "the minister" opening a clause: the last person named before whose role ends with
        that head ("Crown Prince Mohammed bin Salman ... The crown prince visited Greece"; cues/role_anaphors.txt); with
        none, the office-holder on the publication date of a seat of government that speaks right before it ("The
        Kremlin said the president would visit Beijing")."""
        out = []
        people = [a for a in self.mentions if a.is_actor and a.kind in ("person", "role") and a.role]
        seats = [a for a in self.mentions if a.is_actor and a.kind == "seat"]
        if not people and not seats:
            return out
        pattern = _role_anaphor()
        starts, reach = reach_index(self.mentions)
        for m in pattern.finditer(self.text, min(a.end for a in people + seats)):
            k = bisect.bisect_right(starts, m.start("head"))
            if k and reach[k - 1] > m.start("head"):
                continue  # a role named with its state ("the Brazilian president") is a mention of its own
            head = re.sub(r"\s+", " ", m["head"].lower())
            prior = [a for a in people if a.end <= m.start() and m.start() - a.end < 600 and
                     re.sub(r"\s+", " ", a.role.lower()).endswith(head)]
            if prior:
                a = _subject_first(self.text, m.start(), prior)
                out.append(Mention(m.start(), m.end(), m.group(), a.code, a.name, a.kind, a.role, a.former))
            elif (seat := next((a for a in reversed(seats) if a.end <= m.start() and
                                _SEAT_SAID.fullmatch(self.text, a.end, m.start())), None)) is not None and \
                    (holder := leader_on(seat.code, head, self.dct)) is not None:
                # "The White House said the president would travel ...": the office-holder of the speaking seat's state
                out.append(Mention(m.start(), m.end(), m.group(), seat.code, holder["name"], "person", holder["role"]))
        return out

    def _pronouns(self) -> list[Mention]:
        import bisect

        roles = self._role_anaphors()
        out = self._anaphors() + roles
        taken = [(a.start, a.end) for a in out]
        # antecedent candidates in text order (mentions do not overlap, so their ends are sorted too; "the crown
        # prince" is a person to refer back to: "The crown prince visited Greece, where he signed ...")
        pools = {flag: sorted([a for a in self.mentions if a.is_actor and a.kind != "city" and
                               (a.kind in ("person", "role")) == flag] + (roles if flag else []), key=lambda a: a.start)
                 for flag in (True, False)}
        ends = {flag: [a.end for a in pool] for flag, pool in pools.items()}
        first = min((e[0] for e in ends.values() if e), default=None)
        text = self.text
        non_state: dict[int, bool] = {}  # id of an antecedent -> heads_non_state (asked again at each pronoun after it)
        for m in _PRONOUN.finditer(text, first) if first is not None else ():  # (none before has an antecedent)
            word, start = m.group(), m.start()
            lower = word.lower()
            want_person = lower not in ("its", "it")
            k = bisect.bisect_right(ends[want_person], start)
            if k and not (taken and any(s <= start < e for s, e in taken)):
                a = pools[want_person][k - 1]
                blocked = non_state.get(id(a))
                if blocked is None:
                    blocked = non_state[id(a)] = heads_non_state(text, a)
                if blocked:
                    continue  # "A US bank has said it will donate ...": "it" is the bank, not the US
                if lower in ("he", "she") and _AND_BEFORE.search(text, max(0, start - 8), start):
                    # "X spoke to Y on Saturday and she invited him": the subject of a coordinated clause is
                    # the first clause's subject, the sentence's first person
                    floor = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
                    a = next((b for b in pools[True] if b.start >= floor and b.end <= start), a)
                if lower == "it" and _CLAUSE_AND_BEFORE.search(text, max(0, start - 8), start):
                    # "Kenya criticised Somalia, and it demanded an apology": the subject of a clause coordinated after
                    # a comma is the first clause's subject, the sentence's first actor not inside a prepositional phrase
                    floor = _sentence_floor(text, start)
                    subject = next((b for b in pools[False] if floor <= b.start and b.end <= start and
                                    not governing_prep(text, b.start, floor)), a)
                    if heads_non_state(text, subject):
                        continue  # "A US bank criticised Russia, and it demanded ...": the bank
                    a = subject
                if word in ("He", "She"):
                    a = _subject_first(text, start, pools[True][:k])  # "X met Y. He visited Z": X
                if want_person and (to := _OWN_VISIT.match(text, m.end())):
                    # "Macron met Xi during his visit to Beijing": nobody visits his own state, so "his" is the
                    # person before of another state, in the same sentence
                    place = next((x for x in self.mentions if x.start == to.end() and x.is_actor), None)
                    if place is not None and place.code == a.code:
                        floor = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
                        a = next((b for b in reversed(pools[True][:k]) if b.start >= floor and b.code != place.code), a)
                if start - a.end < 600:
                    out.append(Mention(start, m.end(), word, a.code, a.name, a.kind, a.role, a.former))
        return sorted(out, key=lambda x: x.start)

    def _first_person(self) -> list[Mention]:
        """First-person references of a speech ("we", "my Government") as the speaking state.

        Only when the caller names the speaker (a UN General Debate speech's country): in news, "we"
        is a quoted speaker the text does not identify.
        """
        if not self.speaker:
            return []
        from communique.events.lexicon import first_person_pattern

        starts, reach = reach_index(self.mentions)
        out = []
        for m in first_person_pattern().finditer(self.text):
            k = bisect.bisect_left(starts, m.end())  # the mentions that start before this word ends:
            if k and reach[k - 1] > m.start():  # one of them overlaps it when the furthest end is past its start
                continue
            out.append(Mention(m.start(), m.end(), m.group(), self.speaker, self.speaker, "state"))
        return out

    def in_a_mention(self, pos: int) -> bool:
        """Whether a mention holds the character at ``pos`` (``any(m.start <= pos < m.end for m in mentions)``)."""
        index = self.data.get("mention_reach")
        if index is None:
            index = self.data["mention_reach"] = reach_index(self.mentions)
        starts, reach = index
        k = bisect.bisect_right(starts, pos)
        return bool(k) and reach[k - 1] > pos

    def salient_leader(self, code: str) -> str:
        heads = [p for p in self.persons.values() if p.code == code and not p.former]
        return sorted(heads, key=lambda p: p.first)[0].name if heads else ""


#: a sentence end: a stop after a word of two letters or more (not an initial: "S. Jaishankar"), or a line break
#: (behind a look-ahead on a stop or line break, quick_start: the look-behind it opens with kept ``re`` trying both
#: alternatives at every character of the document; the same matches, about 2.5 times faster)
_SENTENCE_END = quick_start(re.compile(r"(?:(?<=\w\w)[.!?]['\"”’]?[^\S\n]+(?=[A-Z\"“‘])|\n)"))


@functools.lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the matches of _SENTENCE_END in ``text`` (found once per document, not per anaphor)."""
    spans = [m.span() for m in _SENTENCE_END.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans]


def _sentence_floor(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (within the 2,000 characters before it): the end of the last
    sentence end at or before ``pos`` that starts in that window (the matches a search of the window finds: no
    match can start inside another, and the look-behind sees before the window)."""
    lo = max(0, pos - 2000)
    starts, ends = _sentence_ends(text)
    k = bisect.bisect_right(ends, pos)
    return ends[k - 1] if k and starts[k - 1] >= lo else lo


def _subject_first(text: str, pos: int, prior: list[Mention]) -> Mention:
    """The antecedent of a person anaphor at ``pos`` among ``prior`` (persons before it, in text order): the last one
    in its own sentence; for one that opens its sentence, the first person of the last sentence naming one, its
    subject ("Crown Prince X met Macron in Paris. He (the crown prince) visited Greece")."""
    floor = _sentence_floor(text, pos)
    if any(a.start >= floor for a in prior) or text[floor:pos].strip():
        return prior[-1]
    start = _sentence_floor(text, prior[-1].start)
    return next(a for a in prior if a.start >= start)


def reach_index(mentions: list[Mention]) -> tuple[list[int], list[int]]:
    """The mentions' starts in order and, for each k, the furthest end among the first k + 1: a span [s, e)
    overlaps a mention when ``reach[k - 1] > s`` for ``k = bisect_left(starts, e)``."""
    spans = sorted((m.start, m.end) for m in mentions)
    reach, furthest = [], -1
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)
    return [a for a, _ in spans], reach


def mentions_between(doc: Doc, start: int, end: int) -> list[Mention]:
    """``[x for x in doc.mentions if start <= x.start < end]`` (in the same order), by bisection: the per-trigger
    and per-mention lookups of a neighbour ("X-Y", "X's Z said") need not walk a long document's every mention.
    (The mentions are in order of start; the index is rebuilt if ``doc.mentions`` is replaced.)"""
    index = doc.data.get("mention_starts")
    if index is None or index[0] is not doc.mentions:
        index = doc.data["mention_starts"] = (doc.mentions, [m.start for m in doc.mentions],
                                              max((m.end - m.start for m in doc.mentions), default=0))
    mentions, starts, _ = index
    return mentions[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)] if start < end else []


def longest_mention(doc: Doc) -> int:
    """The length of the document's longest mention (a mention ending at ``e`` starts at ``e - longest_mention`` or
    later)."""
    mentions_between(doc, 0, 0)  # (builds the index)
    return doc.data["mention_starts"][2]


def actors_in(doc: Doc, start: int, end: int, *, places: bool = False) -> list[Mention]:
    """Actor mentions (and with ``places`` also cities and regions) inside [start, end), pronouns included."""
    index = doc.data.get("actor_index")
    if index is None:  # starts in order, to look at the mentions from ``start`` on only (called per trigger)
        pronouns = sorted(doc.pronouns, key=lambda m: m.start)  # (first-person words follow the pronouns)
        actors = [m for m in doc.actors if m.is_actor]  # (without places: most calls, no property read per mention)
        index = doc.data["actor_index"] = ((([m.start for m in actors], actors), ([m.start for m in doc.actors], doc.actors)),
                                           [m.start for m in pronouns], pronouns)
    pools, pronoun_starts, pronouns = index
    actor_starts, pool = pools[1 if places else 0]  # (0: actors only, 1: with the places)
    lo, hi = bisect.bisect_left(actor_starts, start), bisect.bisect_right(actor_starts, end)
    out = [m for m in pool[lo:hi] if m.end <= end] if lo < hi else []
    if not pronoun_starts:
        return out
    p_lo, p_hi = bisect.bisect_left(pronoun_starts, start), bisect.bisect_right(pronoun_starts, end)
    if p_lo < p_hi:
        found = [p for p in pronouns[p_lo:p_hi] if p.end <= end]
        out = sorted(out + found, key=lambda m: m.start) if out else found
    return out  # (each part is in order of start already)
