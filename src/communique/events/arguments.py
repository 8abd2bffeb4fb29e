"""Arguments: the source, target and location of a trigger, read from its clause.

* a verb's source is the nearest actor before it in its clause not inside a prepositional phrase
  (the subject), its target the first actor after it across a short gap holding only the
  prepositions of the pattern's frame ("met with Y", "called on Y"); passives swap them;
* a noun's source is a possessive or modifier ("Russia's annexation", "US sanctions") or a
  by-phrase, its target the actor after the class's noun prepositions ("sanctions on X"); after
  face/under the actor before the noun is the target ("Russia is facing sanctions");
* a noun without arguments of its own ("the meeting") refers back to an earlier meeting-type event;
* a speaker ("..., Kuleba said") is never a participant of the act they report.
"""

from __future__ import annotations

import functools
import re

from communique.events.actors import Mention, gazetteer
from communique.events.clauses import governing_prep, words
from communique.events.document import Doc, Ev, actors_in, heads_company, heads_non_state, longest_mention, mentions_between
from communique.events.lexicon import code_list, cue_regex
from communique.events.modality import cue
from communique.events.triggers import TriggerClass

__all__ = ["COREF_CLASSES", "CONTENT_CLASSES", "RECIPIENT_CLASSES", "lifted_measure", "armed_group_after", "find_location", "pick_subject", "first_object", "noun_args", "antecedent",
           "complement", "group_of", "is_location_arg", "is_speaker", "light_verb", "patient", "speaker_tail", "CLAUSE_VERB_AFTER"]

COREF_CLASSES = frozenset({"meet", "summit", "negotiate", "visit", "phone"})
# classes whose object is the content of a statement: a noun event inside it is not a second event
CONTENT_CLASSES = frozenset({"appeal", "call_on", "pledge", "agree", "provide", "criticise", "deplore", "accuse",
                             "reject", "veto", "praise", "support", "reaffirm", "demand", "threaten", "investigate",
                             "recognise", "contribute", "retaliate", "halt", "deny", "allow", "comment", "mediate"})
#: classes whose target is a recipient: a place after to/for/into stands for its state ("sent food to Gaza")
RECIPIENT_CLASSES = frozenset({"provide", "contribute", "pledge", "aid"})
_RECIPIENT_PREPS = frozenset({"to", "for", "into"})
_NOUN_AND = re.compile(r"\b([a-z]+)\s+and\s+(?!(?:the|a|an|its|their|then|also)\b)([a-z]+(?<!ed))(?=\s+(?:to|for|into|in|of)\b)")
_GROUP_FROM = re.compile(r"\b(?:officials|delegations?|representatives|diplomats|negotiators|envoys|ministers|leaders|"
                         r"lawmakers|experts|teams?)\s+from\s+(?:the\s+)?(?:[\w'’-]+,?\s+(?:and\s+|&\s+)?(?:the\s+)?){0,4}$",
                         re.IGNORECASE)
_WS = r"[^\S\n]+"
_QUANTIFIED = re.compile(r"\s(?:(?:more|fewer|less)\s+than|at\s+least|up\s+to|and)\s+0(?=\s)", re.IGNORECASE)
_NOT_COUNTED = re.compile(r"\b(?:[$£€]?\d[\d.,]*|million|billion|bn|m|tens|hundreds|thousands|dozens)\b", re.IGNORECASE)
_GEO_HEAD = r"(?:[Ii]sland|[Ii]slands|[Pp]eninsula|[Rr]egion|[Pp]rovince|[Oo]blast|[Cc]ity|[Rr]esort|[Pp]alace)"
_NOT_PLACES = frozenset("January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That".split())


@functools.cache
def _place_phrase() -> re.Pattern:
    return re.compile(
        rf"\b(?P<prep>[Ii]n|[Oo]n|[Aa]t)\s+(?:the\s+)?(?P<place>(?:[A-Z][\w'’-]+{_WS}){{0,2}}[A-Z][\w'’-]+(?:{_WS}{_GEO_HEAD})?)"
        rf"(?P<near>,?{_WS}near{_WS}(?:the{_WS})?(?:[\w-]+{_WS}){{0,4}}?(?:(?:city|town|port)\s+of\s+)?"
        rf"(?P<near_place>[A-Z][\w'’-]+(?:{_WS}[A-Z][\w'’-]+)?))?")


def armed_group_after(doc: Doc, m: Mention) -> bool:
    """Whether an armed non-state group noun follows a demonym ("Syrian rebels", "Somali pirates")."""
    return bool(cue("armed_groups", r"^(?:-\w+)?\s+(?:[\w-]+\s+)?{}\b").match(doc.text[m.end:m.end + 40]))  # ("Russian-based hackers")


def armed_agent_after(text: str, m: Mention) -> bool:
    """Whether a state's armed agents follow a mention ("Russian forces", "Russian special forces"): the state itself
    (cues/armed_agents.txt)."""
    return bool(cue("armed_agents", r"^\s+(?:[\w-]+\s+)?{}\b").match(text[m.end:m.end + 40]))


def light_verb() -> re.Pattern:
    """A light verb ending the text before a noun trigger ("launched a massive ..."), with no preposition between
    ("begins to pay the price for sanctions" is no imposition)."""
    return cue("light_verbs", r"\b{}\s+(?:" + cue_regex("verb_adjuncts") + r"\s+)?"  # ("announced on Tuesday the ...")
                              r"(?:(?!(?:for|of|over|to|against|after|about|with|by|from|on|in|under)\s)"
                              r"[\w$%€£,.'’-]+\s+|(?:round|rounds|series)\s+of\s+){0,5}$")  # "held a new round of talks"


def patient() -> re.Pattern:
    """Words before a noun trigger that make the actor before them its target ("is facing ...")."""
    return cue("patient", r"\b{}\s+(?:\w+\s+){0,2}$")


@functools.cache
def reaction() -> re.Pattern:
    """Verbs before a reaction noun whose agent follows "from" ("..., drawing condemnation from Japan"): the actor
    before them did what drew the reaction, its target."""
    return cue("reactions", r"\b{}\s+(?:\w+\s+){0,2}$")


@functools.cache
def _any_prep() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(sorted(words('any'), key=len, reverse=True))})\b", re.IGNORECASE)


@functools.cache
def _speech_after() -> re.Pattern:
    verbs = "|".join(sorted((re.sub(" +", r"\\s+", w) for w in words("speech_verbs")), key=len, reverse=True))
    return re.compile(rf"^(?:['’]s(?=\s+(?:\w+ly\s+)?(?:\w+ed|said|told|thought|written)\b))?\s*(?:,\s*)?(?:(?:has|had|have|also|then|later|again|on\s+\w+)\s+){{0,2}}"
                      rf"(?:{verbs})\b(?!(?<!say)(?<!says)(?<!said)\s+(?:a|an)\s(?!(?:[\w-]+\s+){{1,3}}(?:\w+ed|had|has|was|were|is|would|will)\b))(?<!tell)(?<!tells)(?<!told)(?<!telling)"
                      rf"|^\s*(?:tells?|told|telling)\b(?!\s+(?:(?!(?:that|what|how|whether|if|why)\b)[\w'’.-]+\s+){{1,4}}?"
                      rf"to\s+(?!the\b|a\b)[a-z])", re.IGNORECASE)
    # ("told Putin to withdraw" is a demand, not a report: the subject of tell + object + infinitive acts;
    # after "'s" only a participle is a verb: "Russia's said" (has said), but "China's claim" is a noun;
    # "claimed a victory", "noted a rise" take an object, but "said a Russian hacker attacked" and "claims an
    # Iranian national offered" report a clause)


_INVERTED_TAIL = re.compile(r"\s+(?:on\s+\w+day\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){0,6}[\w'’.-]+[\s.!?\"”’]*"
                            r"(?:\s[|«]\s.*)?")  # (a headline's section or site after a bar: "... | Paris Olympic Games 2024")


def speaker_tail(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a short subject ending the sentence after its verb ("..., said the minister.")."""
    return bool(_INVERTED_TAIL.fullmatch(text, start, end))
_INSIDE_ADJUNCT = re.compile(r",\s*(?:\w+ing|who|which|whose)\b[^,]*$", re.IGNORECASE)
@functools.cache
def _said_before() -> re.Pattern:
    """A verb of saying right before a speaker, with only the speaker's titles between ("said Ukraine's
    foreign minister Kuleba"); a reported clause ("said Putin visited Hungary") is no title."""
    title = rf"(?:[A-Z][\w'’.-]*|{cue_regex('speaker_titles')})"
    return re.compile(rf"\b(?i:said|says|told|added|wrote|stressed|noted)\s+(?:(?i:the)\s+)?(?:{title}\s+){{0,3}}$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?\"”’)]|on\s+\w+day|$)")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


@functools.cache
def _according() -> re.Pattern:
    from communique.text.regex_trie import quick_start

    return quick_start(_ACCORDING)  # (the same matches, searched fast)


#: an "according to" source phrase open before a place, no comma closing it ("according to officials in ")
_ACCORDING_PHRASE = re.compile(r"\baccording\s+to\b[^,;]*$", re.IGNORECASE)
_DASH_BEFORE = re.compile(r"\s[-–—]\s*,?\s*(?:[\w'’.-]+\s+){0,4}$")
_PUNCT_TAIL = re.compile(r"[\s.,;:!?\"”’)]*(?:\(.*)?")


_OWN_BODY_SAID = re.compile(r"['’]s\s+(?:(?-i:[a-z])[\w-]*\s+){1,3}(?:said|says|told|added|stated|reported|claimed|alleged)\b",
                            re.IGNORECASE)


#: a finite verb (or modal) right after a noun phrase: what makes the noun phrase the subject of a clause
#: ("Ukraine warns Russia has built up forces", "warns Moscow may stage ...")
CLAUSE_VERB_AFTER = re.compile(r"\s+(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|plans?|intends?|wants?|"
                               r"is\s+preparing|did)\b|\w+(?:ed|s)\s)")
_WARNS_BEFORE_CLAUSE = re.compile(r"\s+(?:(?:has|had|have|also|again)\s+)?warn(?:s|ed)?\s+(?:the\s+)?", re.IGNORECASE)


def _warns_of_a_clause(doc: Doc, m: Mention, sent: tuple[int, int]) -> bool:
    """ "U.S. warns Russia may stage a video to invade": a warning whose object is the subject of a that-less
    clause reports that clause, like "says" (the clause's acts are the object's, not the warner's)."""
    warns = _WARNS_BEFORE_CLAUSE.match(doc.text, m.end, sent[1])
    if warns is None:
        return False
    told = next((x for x in mentions_between(doc, warns.end(), warns.end() + 1) if x.is_actor), None)
    return told is not None and told.end < sent[1] and CLAUSE_VERB_AFTER.match(doc.text, told.end, sent[1]) is not None \
        and not re.match(r"\s+(?:of|against|with|not)\b", doc.text[told.end:told.end + 12])


def is_speaker(doc: Doc, m: Mention, sent: tuple[int, int]) -> bool:
    """A mention that is the speaker of its sentence: "X said (that) ...", "..., said X", "... - X"."""
    text = doc.text
    said = _speech_after().match(text[m.end:min(sent[1], m.end + 40)])
    if not said and _warns_of_a_clause(doc, m, sent):
        return True
    if not said and m.kind in ("state", "demonym", "igo") and _OWN_BODY_SAID.match(text, m.end, min(sent[1], m.end + 60)):
        return True  # "..., South Korea's spy agency said on Wednesday": the state's body speaks
    if not said and m.kind in ("state", "igo") and (own := re.match(r"['’]s\s+", text[m.end:m.end + 4])) and any(
            x.kind in ("person", "role") and is_speaker(doc, x, sent)
            for x in mentions_between(doc, m.end + own.end(), m.end + own.end() + 1)):
        return True  # "..., Germany's Scholz says": the state of the person speaking speaks, no party of the report
    if said and m.kind == "demonym" and re.match(r"\s+claims?\b", text[m.end:m.end + 10], re.I):
        said = None  # "backs Chinese claim to Taiwan": an adjective before the noun, no one saying anything
    if said and "," in said.group() and governing_prep(text, m.start, sent[0]) not in ("", "of", "by"):
        said = None  # "announces sanctions against Russia, says ...": a headline's second verb, of its subject
    if said and "," in said.group() and speaker_tail(text, m.end + said.end(), sent[1]):
        said = None  # "Russia attacked Kyiv, said the minister.": the speaker follows the verb, Kyiv is no speaker
    if said and not ("," in said.group() and _INSIDE_ADJUNCT.search(text, sent[0], m.start)):
        return True  # (but in "X, speaking after meeting Y, said" the speaker is X, not the adjunct's Y)
    before = text[max(sent[0], m.start - 45):m.start]
    # a speaker after the verb of saying ends the sentence or clause: "..., said Kuleba.", "according to Kyiv,"
    if _CLAUSE_END.match(text[m.end:m.end + 12]) and _said_before().search(before) or _according().search(before):
        return True
    # a headline attribution at the end: "Russia shelled Kharkiv - Kuleba", "..., - Shmyhal"
    return bool(_DASH_BEFORE.search(before + " ") and _PUNCT_TAIL.fullmatch(text[m.end:sent[1]]))


def is_location_arg(doc: Doc, m: Mention, floor: int) -> bool:
    prep = governing_prep(doc.text, m.start, floor)
    return prep in words("locative") and m.kind in ("capital", "city", "region", "state") or m.kind in ("city", "region")

@functools.cache
def _lower_gazetteer() -> dict:
    return {k.lower(): v for k, v in gazetteer().items()}


_COMPOUND_MODIFIER = re.compile(r"-[a-z][\w'’]*(?:\s|$)")  # a hyphenated word ending lower-case ("-brokered", "-led")
_SIDELINES = re.compile(r"\b(?:on|at|in)\s+the\s+(?:sidelines|margins?)\s+of\b[^.;,]*$", re.IGNORECASE)


def _right_after_a_party(doc: Doc, t_end: int, place_start: int) -> bool:
    """Whether a place phrase at ``place_start`` directly follows an actor named after the trigger (a long
    by-phrase or list of parties between the trigger and "in <place>")."""
    last = max((x.end for x in actors_in(doc, t_end, place_start) if x.end <= place_start), default=-1)
    return last >= 0 and not doc.text[last:place_start].strip()


# classes whose object may be a planned act ("welcomed the plan to ..."), whose own object is no target of theirs
_OBJECT_IS_AN_ACT = frozenset({"provide", "praise", "support", "criticise", "deplore", "reject"})


@functools.cache
def _occasion() -> re.Pattern:
    """The occasion of an act right before its place: "at a summit in Cairo", "during a news conference in Doha"
    (cues/verdict_occasions.txt): where the act was made, whatever it asks."""
    return cue("verdict_occasions", r"\b(?:at|during|in)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?{}\s+$")


def find_location(doc: Doc, clause: tuple[int, int], t_start: int, t_end: int, noun: bool = True,
                  content: bool = False) -> tuple[str, str]:
    """(place, its state's code) where the act of the trigger at ``t_start:t_end`` happens, or ("", "").
    ``noun``: the trigger is a noun, which a place right before it modifies ("the Hanoi summit"; before a verb,
    "Moscow threatened ...", the place is the subject). ``content``: the trigger is a verb of appeal or demand, whose
    object is what it asks ("called for a ceasefire in Gaza": the ceasefire's place, not the appeal's). A place after
    a participle that opens a text's content ("a resolution calling for a ceasefire in Gaza";
    cues/content_participles.txt) is never the act's."""
    text = doc.text
    gaz = gazetteer()
    lower_gaz = _lower_gazetteer()
    # "the Hanoi summit": a place right before a noun trigger
    before = [m for m in mentions_between(doc, clause[0], t_start + 1) if noun and m.end <= t_start and m.kind in ("capital", "city")
              and not text[m.end:t_start].strip(" -")]
    if before:
        return before[-1].name, before[-1].code
    found_before: tuple[str, str] | None = None
    for m in _place_phrase().finditer(text, clause[0], clause[1]):
        place = re.sub(r"\s+", " ", m["place"])
        first = place.split()[0]
        if first in _NOT_PLACES or first in doc.persons:
            continue
        if _COMPOUND_MODIFIER.search(place):
            continue  # "in UAE-brokered talks", "in a US-led push": a name inside an adjective, no place
        if re.search(r"\bnot\s+$", text[max(clause[0], m.start() - 8):m.start()]):
            continue  # "backs the idea of a meeting, but not at Chernobyl": a place denied, none of the act's
        if m.start() < t_start and _ACCORDING_PHRASE.search(text, max(clause[0], m.start() - 80), m.start() + 1) and \
                "," in text[m.end():t_start]:
            continue  # "according to rumours among experts in Poland, Warsaw will ...": the place of the act's source
        if owner := re.match(r"(.*?)['’]s\b", place):
            after = m.start("place") + owner.end()
            if re.match(r"\s+[A-Z]", text[after:after + 2]):
                place = place[owner.end():].strip()  # "in Ukraine's Donetsk region": the region
            elif cue("possessed_places", r"\s+(?:[a-z]+ern\s+)?{}\b").match(text, after):
                place = owner[1]  # "in Ukraine's east", "in Ukraine's border regions": a part of the state, the state
            else:
                continue  # "injured in Russia's shelling of Kramatorsk": the owner of an act, no place
        entry = lower_gaz.get(place.lower()) or lower_gaz.get(re.sub(" " + _GEO_HEAD + "$", "", place).lower())
        if entry is None:
            # (from the preposition's end: a name that opens with "the" and goes on in lower case is a mention from
            # its "the", "at the Great Hall of the People")
            found = mentions_between(doc, m.end("prep"), m.end("place"))
            entry = next((gaz.get(x.text) for x in found if x.kind in ("capital", "city", "region", "state")), None)
        if entry is not None and entry.kind == "seat" and m["prep"].lower() == "at":
            return entry.name, entry.code  # "talks at the White House", "received at the Kremlin": that state's soil
        if entry is not None and entry.kind not in ("capital", "city", "region", "state"):
            continue
        if m["prep"].lower() == "on" and (entry is None or entry.kind == "state"):
            continue  # "a meeting on Ukraine's defence", "talks on Syria": the topic, not where they are held
        if m["prep"].lower() == "in" and _SEAT_OF_POWER.search(text, max(clause[0], m.start() - 40), m.end("prep") + 1):
            continue  # "urged the junta in Niger": the state governed, an addressee, not where the act happens
        if m["prep"].lower() == "in" and m.start() > t_end and cue("situation_nouns", r"\b{}\s+$").search(text, max(t_end, m.start() - 20), m.start()):
            continue  # "a summit on the crisis in Burundi": the place of the crisis, a topic, not of the summit
        if m.start() > t_end and (cue("content_participles").search(text, t_end, m.start()) or content and
                                  text[t_end:m.start()].strip() and not _right_after_a_party(doc, t_end, m.start())) \
                and not _occasion().search(text, t_end, m.start()):
            continue  # "vetoed a resolution calling for a ceasefire in Gaza", "urged Israel to halt its offensive in
            # Gaza": a place inside what is asked (but "urged Netanyahu in Jerusalem to ...", "... at a summit in
            # Cairo": where the appeal was made)
        near = ""
        code = entry.code if entry else ""
        if m["place"] and m.start() > t_end + 60 and not (m.start() <= t_end + 160 and (
                _SIDELINES.search(text, t_end, m.start()) or _right_after_a_party(doc, t_end, m.start()))):
            continue  # (a meeting "on the sidelines of the G20 summit in Rio" is where the summit is; "signed by the
            # Japanese foreign minister and the Philippine defence secretary in Manila": where the parties signed)
        if m["near_place"]:
            city_of = re.match(r"[^.;]{0,60}?\b(?:city|town|port|village)\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)",
                               doc.text[m.start("near"):m.start("near") + 100])
            near_entry = gaz.get(re.sub(r"\s+", " ", city_of.group(1) if city_of else m["near_place"]))
            if near_entry is not None:
                near = near_entry.name
                code = code or near_entry.code
        if entry is None and not near and not re.search(_GEO_HEAD + "$", place) and not cue("water_bodies").fullmatch(place):
            continue  # (a sea named after a state is a place of no state: "in the South China Sea")
        name = entry.name if entry and entry.kind != "state" else place
        if re.search(_GEO_HEAD + "$", place):
            name = place[: place.rfind(" ")] + " " + place.split()[-1].capitalize()
        where = (f"{name}, near {near}" if near else name), code
        if m.start() < t_start and found_before is None and text.find(",", m.end(), t_start) >= 0:
            # "After the summit in Geneva, Russia and the US met in Vienna": a fronted phrase's place is the act's
            # only when the clause names no other place after the trigger
            found_before = where
            continue
        return where
    return found_before or ("", "")



def without_determiner_pronouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without possessive pronouns that only determine the next mention ("and his counterpart")."""
    return [m for k, m in enumerate(mentions) if not (m.text.lower() in ("his", "her", "its", "their")
                                                      and k + 1 < len(mentions)
                                                      and not doc.text[m.end:mentions[k + 1].start].strip())]


_LED_BY = re.compile(r"\b(?:led|headed|chaired|sent|dispatched|deployed|fielded)\s+by\s+(?:the\s+)?$", re.I)  # (a group "sent by" X acts for X)


_POSTED_TO = re.compile(r"\b(?:ambassadors?|envoys?|representatives?|consuls?(?:\s+general)?|charg[eé]s?\s+d['’]affaires|"
                        r"(?:high\s+)?commissioners?)\s+to\s+(?:the\s+)?$", re.IGNORECASE)


_POSTED_AND = re.compile(_POSTED_TO.pattern[:-1] + r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:,\s*)?and\s+(?:the\s+|his\s+|her\s+)?$",
                         re.IGNORECASE)  # "the Polish ambassador to Kenya and the Kenyan minister": not inside the PP


def posted_to(text: str, floor: int, m: Mention) -> bool:
    """Whether ``m`` is the host state of a diplomat's title ("the Polish ambassador to Kenya"): part of the role,
    no party of its own."""
    return text.endswith(("to ", "the "), 0, m.start) and bool(_POSTED_TO.search(text, max(floor, m.start - 40), m.start))


def group_origin(text: str, m: Mention, floor: int = 0) -> bool:
    """Whether ``m`` is in the from-phrase of a group of people ("officials from Russia and Ukraine"): the party."""
    return bool(_GROUP_FROM.search(text, max(floor, m.start - 80), m.start))


def pick_subject(doc: Doc, left: list[Mention], floor: int,
                  passive: bool = False) -> tuple[Mention | None, Mention | None]:
    """Nearest actor before the trigger not inside a PP (else inside an of-PP); plus a coordinated partner."""
    text = doc.text
    left = [m for k, m in enumerate(left) if not (k + 1 < len(left) and left[k + 1].kind in ("person", "role")
                                                 and re.fullmatch(r"['’]s\s+", text[m.end:left[k + 1].start]))]
    left = [m for k, m in enumerate(left) if not (m.text.lower() in ("his", "her", "its", "their") and k + 1 < len(left)
                                                 and not text[m.end:left[k + 1].start].strip())]  # "his Guatemalan counterpart"
    left = [m for m in left if passive or not heads_non_state(text, m)]
    # "Irish fishermen", "Russian activists", "Canada truckers", "US oil giant Exxon": not the state (as an agent; the
    # subject of a passive is the patient: "two Estonian citizens were arrested by ..." names Estonia's citizens)
    left = [m for m in left if not (m.kind == "demonym" and armed_group_after(doc, m))]  # "Syrian rebels": not Syria
    left = [m for m in left if not (m.kind == "demonym" and cue("population_quantifiers", r"\b{}\s+$").search(
        text[max(0, m.start - 25):m.start]))]  # "most Russians approve": public opinion, not the state
    left = without_determiner_pronouns(doc, left)
    left = [m for m in left if m.text.lower() not in ("him", "them")]  # an object pronoun is no subject
    left = [m for m in left if not cue("intent_nouns", r"\b{}\s+to\s+(?-i:[a-z])[a-z]+\s+(?:the\s+)?$").search(
        text, max(floor, m.start - 50), m.start)]  # "a resolution to expel Russia ... expresses concern": the object
    # of the noun's infinitive, no subject
    # an apposition is one party: "Japan's prime minister, Fumio Kishida, and ..." (the name stands for both)
    collapsed: list[Mention] = []
    opens: dict[int, int] = {}  # where a name's phrase opens, when a nationality before it joined it
    for m in left:
        if collapsed and collapsed[-1].code == m.code and m.kind in ("person", "role") and \
                re.fullmatch(r"\s*,\s*", text[collapsed[-1].end:m.start]):
            collapsed[-1] = m
        elif collapsed and collapsed[-1].code == m.code and m.kind in ("person", "role") and \
                collapsed[-1].kind == "demonym" and re.fullmatch(r"\s+(?:(?-i:[a-z])[\w-]*\s+){1,3}", text[collapsed[-1].end:m.start]):
            opens[id(m)] = collapsed[-1].start  # "Ukrainian official Oleksiy Danilov": one party, the person
            collapsed[-1] = m
        else:
            collapsed.append(m)
    left = collapsed
    preps = [governing_prep(text, m.start, floor) for m in left]  # (once per mention, for the four pools)
    bare = [m for m, prep in zip(left, preps) if not prep or
            prep == "to" and _POSTED_AND.search(text, max(floor, m.start - 80), m.start)]
    of_pp = [m for m, prep in zip(left, preps) if prep == "of" or
             prep == "from" and group_origin(text, m, floor)]
    # ("officials from Russia and Ukraine met": the group's origin is the party)
    by_pp = [m for m, prep in zip(left, preps) if prep == "by"] if passive else []
    # "a delegation led by the Chinese vice premier met ...": the group's leader is the party
    led_by = [m for m, prep in zip(left, preps) if prep == "by" and _LED_BY.search(text, max(floor, m.start - 40), m.start)]
    pool = bare or by_pp or of_pp or led_by
    if not pool:
        return None, None
    subj = pool[-1]
    partner = None
    k = left.index(subj)
    gap_start = left[k - 1].end if k > 0 else 0
    if k > 0 and _POSTED_TO.search(left[k - 1].text + " to "):  # "the Polish ambassador to Kenya and ...": the title's PP
        posted = re.match(r"\s+to\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*){1,3}(?=,|\s|$)", text[gap_start:subj.start])
        gap_start += posted.end() if posted else 0
    if k > 0 and re.fullmatch(r"\s*(?:,\s*and|,|and|&)\s*(?:the\s+|his\s+|her\s+|their\s+|an?\s+)?(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)?",
                              text[gap_start:opens.get(id(subj), subj.start)]) and not (
            "," in text[left[k - 1].end:subj.start] and governing_prep(text, left[k - 1].start, floor) not in ("", "of")):
        partner, subj = subj, left[k - 1]
    # a possessive person before the subject's noun ("Kim's father Kim Jong-il") is not the subject
    return subj, partner


_SEAT_OF_POWER = re.compile(r"\b(?:the\s+)?(?:(?:military|ruling|new|interim|transitional)\s+)?(?:regimes?|governments?|authorities|"
                            r"leadership|juntas?|rulers|leaders)\s+(?:in|of)\s+$", re.I)


_NAMED_OBJECT_OF = re.compile(r"\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}\s+of\s")  # "accused Hawley of ..."


#: nouns after a state's adjective that stand for the nation as a whole: the state as a target of goodwill
_THE_NATION = re.compile(r"[^\S\n]+(?:people|peoples|nation|citizens|nationals|public|government|authorities)\b", re.I)


#: a place and a weekday between a meeting noun and its partner: "talks in Doha on Thursday with", "talks in Geneva with"
_PLACE_OR_DAY_THEN_WITH = re.compile(r"(?:\s*(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|"
                                     r"on\s+[A-Z][a-z]+day))+\s+(with)\s")
#: a collective of states whose members follow: "seven Latin American countries, including", "several states such as"
_INCLUDING = re.compile(r"\b(?:countries|states|nations|governments|neighbou?rs|members|allies|partners)\s*,?\s+"
                        r"(?:including|among\s+them|such\s+as|notably|especially)\s*$", re.IGNORECASE)


def first_object(doc: Doc, right: list[Mention], floor: int, cls: TriggerClass,
                 verb_end: int | None = None, frame: frozenset[str] | None = None,
                 strict: bool = False) -> Mention | None:
    """First actor after the trigger; for verbs, only across a short gap with the frame's prepositions
    (the pattern's frame, else the class's object prepositions or a bare object)."""
    allowed = (frame if frame is not None else cls.object_preps | {"-"}) | {"of"}  # "the president of X"
    if strict:
        pass  # only the frame: a direct object or its prepositions ("agreed with X")
    elif cls.name in CONTENT_CLASSES - {"appeal", "call_on", "threaten"}:  # the target inside the content: "condemned the coup in Niger"
        allowed = allowed | {"in", "on", "between", "over", "against", "from", "by", "for", "to", "with"}
    elif cls.name in ("appeal", "call_on", "threaten"):  # the addressee, not the place or beneficiary ("called for a truce in Sudan")
        allowed = allowed - {"of"}
    cooperative = cls.cameo[:2] < "09"
    for m in right:
        if m.text.lower() in ("his", "her", "its"):
            continue
        if cooperative and (heads_company(doc.text, m) or cls.cameo[:2] < "06" and heads_non_state(doc.text, m) and
                                             not _THE_NATION.match(doc.text, m.end)):
            continue  # "invited Chinese firms to bid", "welcomed Ethiopian Jews": businesses and communities are no
            # state (but "sanctions on Russian banks" hit Russia, "condolences to the American people" go to the US,
            # and freeing, hiring or sheltering a state's people, roots 06-08, is towards it)
        if cooperative and verb_end is not None and m.start > verb_end and cue(
                "civilian_nouns", r"\b{}\s+(?:in|from)\s+(?:the\s+)?$").search(doc.text, verb_end, m.start):
            continue  # "gives activists in the US hope", "praised students from Ukraine": the people, not their state
        if cls.cameo[:2] == "04" and m.kind == "demonym" and cue(
                "civilian_nouns", r"(?:-\w+)?(?:\s+(?:and|or)\s+(?-i:[A-Z])[\w-]*)?\s+(?:[\w-]+\s+)?{}\b").match(doc.text, m.end):
            continue  # "will visit the Pakistani community in Manchester", "met Ukrainian refugees", "met Ukrainian and
            # Hungarian people": people, not their state
        if m.kind == "demonym" and armed_group_after(doc, m):
            continue  # "the release of a journalist by Syrian rebels": the rebels are not Syria
        if re.match(r"[-–](?:held|occupied|controlled|annexed|seized|captured)\b", doc.text[m.end:m.end + 12]):
            continue  # "visited the Russian-held plant": the holder, not the place or its state
        if verb_end is not None and cls.name in ("accuse", "criticise") and _NAMED_OBJECT_OF.match(doc.text, verb_end, m.start):
            return None  # "accuses Hawley of parroting Russian talking points": the object is the named person, the
            # state after "of" is the content
        if verb_end is not None:
            if cls.name in ("support", "reaffirm") and lifted_measure().fullmatch(re.sub(
                    r"^\s*(?:(?:its|our|their|his|her|the)\s+)?(?:(?:full|firm|strong|continued|unwavering)\s+)?support\s+for\b",
                    "", doc.text[verb_end:m.start])):
                return m  # "reiterates our support for an end to the embargo against Cuba": the state the measure hits
            if re.match(r"\s+(?:us|them|him|me|you)\b", doc.text[verb_end:m.start]):
                return None  # "Johnson supported us from the first day of Russia's war": the pronoun is the object
            gap = re.sub(r"\b(?:the\s+)?(?:(?:entire|whole)\s+)?(?:city|town|village|region|port|province|oblast|capital|territory)\s+of\b",
                         " ", doc.text[verb_end:m.start])  # ("threatening the entire territory of Ukraine")
            gap = _INCLUDING.sub(" ", gap)  # "expelled diplomats from seven countries, including Chile": the members named
            seat = m.kind in ("capital", "state") and _SEAT_OF_POWER.search(gap)  # ("urged the junta in Niger",
            # "the military rulers of Mali": the state they govern is the addressee)
            gap = _SEAT_OF_POWER.sub(" ", gap)  # "called on the regime in Pyongyang": the state, not a place
            if cls.name == "threaten":  # "warned of serious consequences for Turkey": what is threatened, then whom
                gap = cue("threat_contents", r"\bof\s+(?:[\w-]+\s+){0,2}?{}\b").sub(" ", gap)
                # "threatened an invasion of Taiwan", "a blockade of Cuba": the force threatened, then whom it hits
                gap = cue("military_words", r"^\s*(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?{}\s+(?:of|on|against)\s+(?:the\s+)?$").sub(" ", gap)
            gap = _NOUN_AND.sub(r"\1 \2", gap)  # "food and medicine to Gaza": nouns coordinated inside the object
            gap = re.sub(r"\d[\d,.]*\d", "0", gap)  # "2,000 soldiers to": a number's comma ends no phrase
            gap = _QUANTIFIED.sub(" 0", gap)  # "more than 100 Myanmar nationals", "1,000 anti-tank weapons and 500
            # Stinger missiles to Ukraine": a quantifier and a second counted noun stay inside the object
            if re.search(r"[,;:\"“”]|\s[-–—]\s|\b(?:and|that|which|who|but|if|when|while|as|because|after|before|unless|until|"
                         r"amid|since|though|although|whereas)\b", gap) \
                    or len(_NOT_COUNTED.sub(" ", gap).split()) > 8:
                return None  # (amounts do not lengthen the gap: "an extra 500 million pounds in aid to")
            if cls.name in _OBJECT_IS_AN_ACT and cue(
                    "intent_nouns", r"\b{}\b(?:\s+[\w'’-]+){0,4}?\s+to\s+(?:\w+ly\s+)?(?-i:[a-z])[a-z]+\s").search(gap):
                return None  # "sent a request to Congress to provide Ukraine with ...", "welcomed moves to cut Russia
                # off from SWIFT": the state is the object of the noun's infinitive (its own trigger), not of the verb
            if cls.name in _OBJECT_IS_AN_ACT - {"provide"} and cue("intent_nouns", r"\b{}\b(?:\s+[\w'’-]+){0,5}?\s+"
                                                                 r"(?:urging|calling\s+(?:on|for|upon)|demanding|asking|for)\s").search(gap):
                return None  # "supports the call of the international community urging North Korea to comply", "backed
                # calls for Russia to withdraw": the state is the one the backed appeal addresses
            if cls.name in ("praise", "support", "reaffirm") and cue(
                    "abstract_goods", r"\b{}\s+(?:[\w'’-]+\s+){0,2}?in\s+(?:the\s+)?(?:our\s+)?(?:neighbou?r(?:ing)?\s+)?$").search(gap):
                continue  # "supported peace in our neighbour Ukraine": where, not whom
            if cls.cameo[:2] == "04":  # "hosted a delegation from Iran", "met envoys from Qatar": the guests' state
                gap = cue("guest_heads", r"\b{}\s+from\b").sub(" ", gap)
            preps = {p.lower() for p in _any_prep().findall(gap)}
            if preps - allowed or (not preps and "-" not in allowed):
                continue
        if verb_end is not None and seat:
            return m
        if re.match(r"\s+(?:war|conflict|crisis|dispute|question|issue|file|dossier)\b", doc.text[m.end:m.end + 12]):
            continue  # "the legality of the Iraq war", "the Ukraine crisis": a topic, not a party
        recipient = cls.name in RECIPIENT_CLASSES and governing_prep(doc.text, m.start, floor) in _RECIPIENT_PREPS
        if is_location_arg(doc, m, floor) and not cls.places_as_target and not recipient and \
                governing_prep(doc.text, m.start, floor) not in allowed:
            continue  # "met Putin in Moscow"; but "invested in Serbia", "sanctions on Belarus" take their target
        if m.kind in ("city", "region") and not cls.places_as_target and not recipient:
            continue
        if not cls.symmetric and _in_pair_compound(doc, m):
            continue  # "backs de-escalation of the Ukraine-Russia crisis": the pair names the crisis, not a party
        return m
    return None


# "to the Government and the people of Venezuela": the state itself
_GOV_PEOPLE = re.compile(r"\s+(?:the\s+)?(?:(?:brotherly|friendly|sister|heroic)\s+)?(?:government|people|peoples|nation|authorities)"
                         r"(?:\s+and\s+(?:the\s+)?(?:(?:brotherly|friendly|sister|heroic)\s+)?(?:government|people|peoples|nation))?"
                         r"\s+of\s+(?:the\s+)?", re.I)
def _in_pair_compound(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is one half of an 'X-Y' modifier of a situation noun ('the Ukraine-Russia crisis')."""
    text = doc.text
    if re.match(r"[-–/]", text[m.end:m.end + 1]):
        nxt = next(iter(mentions_between(doc, m.end + 1, m.end + 3)), None)
        return nxt is not None and bool(cue("situation_nouns", r"^\s+{}\b").match(text[nxt.end:nxt.end + 14]))
    prv = next((x for x in mentions_between(doc, m.start - 2 - longest_mention(doc), m.start) if 0 < m.start - x.end <= 2
                and re.fullmatch(r"\s*[-–/]\s*", text[x.end:m.start])), None)  # (one ending just before ``m``)
    return prv is not None and bool(cue("situation_nouns", r"^\s+{}\b").match(text[m.end:m.end + 14]))


@functools.cache
def lifted_measure() -> re.Pattern:
    """ "an end to the economic embargo against", "the lifting of sanctions on", "(offered) to lift sanctions on": a
    measure whose end is sought or promised, up to the state it hits (cues/lifted_measures.txt)."""
    return cue("lifted_measures", r"\s*(?:to\s+)?(?:an?\s+|the\s+)?(?:immediate\s+|complete\s+|full\s+)?(?:end(?:ing)?|lifting|removal|"
                                  r"easing|ease|lift|remove|end)\s+(?:to|of)?\s*(?:the\s+|all\s+)?(?:[\w,'’-]+\s+){0,7}?{}\s+"
                                  r"(?:imposed\s+)?(?:against|on|upon)\s+(?:the\s+)?(?:(?:sister|brotherly|friendly)\s+)?"
                                  r"(?:(?:Republic|people|State)\s+of\s+)?")


#: a verb of hitting after an attack noun ("missile strike hits Kharkiv"), up to its object
HIT_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:hits?|struck|strikes|targets|targeted|pounds|pounded|rocks|rocked|slams|"
                       r"slammed)\s+(?:the\s+)?(?:(?:city|town|village|region|outskirts|centre|center|port)\s+of\s+(?:the\s+)?)?")


@functools.cache
def _noun_passive() -> re.Pattern:
    """A passive verb after a noun trigger (its by-agent and PPs are the noun's arguments): "talks were held in Rome
    between France and Italy", "sanctions were imposed on Belarus by the EU"."""
    return re.compile(r"(?:\s+(?:on|of|against|to|for)\s+(?:(?!\b(?:who|which|that|whom)\b)[^,;]){0,60}?)?\s+"
                      r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being)\s+(?:\w+ly\s+)?"
                      r"(?:\w+(?:ed|en)|" + cue_regex("irregular_participles") + r")\b", re.IGNORECASE)


def noun_args(doc: Doc, ev: Ev, left: list[Mention], right: list[Mention]) -> tuple:
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
                        or w.lower() in words("auxiliaries") or w.lower() in ("a", "an", "the", "this", "that", "these", "those")
                        for w in gap_words)
        led = re.match(r"-(?:led|brokered|mediated|sponsored|hosted|backed)\b", gap)  # "UN-led negotiations": no party
        if not led and re.fullmatch(r"(?:['’]s)?\s*(?:[\w$,.-]+\s+){0,3}", gap) and last.kind not in ("city", "region") \
                and not verb_like and not light_verb().search(" " + gap) \
                and not (last.kind == "capital" and not gap.startswith(("'", "’"))) \
                and not re.search(r"\b(?:of|in|at|on|with|to|for|after|before|by|than|and|or|as|amid|over|against|from|into|about|under|during|without)\b|,", gap, re.I):
            possessive = gap.startswith(("'s", "’s")) or last.text.lower() in ("its", "his", "her")
            pair = len(left) > 1 and re.fullmatch(r"\s*[-–/]\s*", text[left[-2].end:last.start])
            if pair and not gap.strip():
                src, tgt = left[-2], last
            elif last.kind == "demonym" and ev.cls.name == "sanction" and not possessive:
                premod = last  # "Russian sanctions" are mostly sanctions on Russia; sanctioners.txt decides
            elif possessive or last.kind in ("demonym", "person", "role", "seat", "igo") or last.code.startswith("IGO"):
                src = last
            elif re.match(r"\s+(?:war|conflict|crisis)\b", gap):
                pass  # "Ukraine war summits": the state names the topic, no party
            elif ev.cls.name != "offensive":  # "Ukraine offensive": the attacker or the place, the text does not say
                premod = last  # a bare state name: "Ukraine invasion", "US sanctions"
                if len(left) > 1 and re.fullmatch(r"['’]s\s+", text[left[-2].end:last.start]):
                    src = left[-2]  # "Zelensky's U.S. visit": the possessor acts
    # NP-internal PPs after the noun
    tail = text[ev.t_end:ev.clause[1]]
    m = re.match(r"\s*(?:(?:package|packages|supplies|deliveries|efforts?|programmes?|programs?|operations?|campaigns?|"
                 r"actions)\s+|"
                 r"and\s+(?:full\s+|unwavering\s+|firm\s+)?(?:solidarity|support|sympathy|friendship)\s+|"
                 r"and\s+(?:(?!(?:the|a|an|its|their|his|her|our)\b)[a-z][\w-]*\s+){1,2}(?=on\s|against\s))?"
                 r"(by|of|to|on|against|with|between|for|over|into|from|in|near|along|around|off)\s", tail)
    noun_preps = ev.cls.noun_preps if ev.cls.noun_preps is not None else words("noun_default")
    if ev.form is not None and ev.form.pos == "noun" and ev.form.frame:
        noun_preps = ev.form.frame - {"-"}  # the pattern's own frame: "support for X", "solidarity with X"
    if m and m.group(1).lower() not in noun_preps:
        m = None
    if "with" in noun_preps and (adjunct := _PLACE_OR_DAY_THEN_WITH.match(tail)) is not None:
        m = adjunct  # "talks in Doha on Thursday with mediators from Qatar": the partner after the time and place
    if m:
        prep = m.group(1).lower()
        after = [x for x in right if x.start >= ev.t_end + m.end(1) and x.text.lower() not in ("his", "her", "its")]
        if prep == "from" and ev.cls.name == "sanction":
            after = []  # "face a ban from the Paris Olympics": what one is banned from, not who is banned
        lifting = lifted_measure().match(text, ev.t_end + m.end(1)) if ev.cls.name == "support" else None
        if lifting:  # "our support for an end to the embargo against Cuba": support of the state the measure hits
            after = [x for x in after if x.start == lifting.end()]
        if after and not lifting and after[0].start - (ev.t_end + m.end(1)) >= 45:
            after = []  # (the PP's first actor is near; those coordinated with it may come later: "by Israeli Foreign
            # Minister Shimon Peres and PLO official Mahmoud Abbas")
        between = text[ev.t_end + m.end(1):after[0].start] if after else ""
        if after and not lifting and not _GOV_PEOPLE.fullmatch(between) and any(
                w.lower() in words("auxiliaries") or w.lower() in words("clause_words") for w in re.findall(r"[\w'’]+", between)):
            after = []  # the PP's own object is no actor ("the visit by Kim would help Russia")
        if after and prep == "by" and not _GOV_PEOPLE.fullmatch(between) and re.search(r"\b(?:in|near|at|on|from|around)\s", between):
            after = []  # "the attack by the occupiers in the Horodnia region of Chernihiv": the agent is the common noun
        if after and topic_situation(text, ev.t_end, after[0].start):
            after = []  # "a summit of leaders on the crisis in Burundi": the state of the topic, not of the PP
        if after and not lifting and re.search(r"\bto\s+(?:\w+ly\s+)?(?-i:[a-z])[a-z]+\s", between):
            after = []  # "a request to Congress to provide Ukraine with ...": the state is the infinitive's object
        if after and after[0].kind in ("city", "region") and not ev.cls.places_as_target and not (
                ev.cls.name in RECIPIENT_CLASSES and prep in _RECIPIENT_PREPS):
            after = []  # (but "aid to Gaza": a recipient place stands for its state)
        if after and after[0].kind == "demonym" and ev.cls.name != "sanction" and cue("civilian_nouns", r"^(?:-\w+)?\s+(?:[\w-]+\s+)?{}\b").match(
                text[after[0].end:after[0].end + 40]) and not _THE_NATION.match(text, after[0].end):
            after = []  # "strikes on a Qatari enterprise": a company or group of a state is not the state (but
            # sanctions on a state's companies are on the state)
        if after:
            first = after[0]
            if first.kind in ("city", "region", "capital", "state") and prep in ("of",) and \
                    ev.cls.places_as_target:
                tgt = first
            elif prep in ("by", "of") and (prep == "by" or ev.cls.of_is_source and first.kind not in
                                           ("city", "region", "capital", "state")):
                if src is None:
                    src = first
                # "the visit by Polish, Czech and Slovenian leaders to Kyiv": the target follows to/with/...
                tgt = next((x for x in right if x.start > first.end and x.code != first.code and re.search(
                    r"\b(?:to|with|against|on|in|at)\s+(?:the\s+)?$", text[max(first.end, x.start - 12):x.start])), None)
            elif prep == "between" or (prep == "of" and ev.cls.symmetric and any(
                    re.fullmatch(r"\s*(?:and|,)\s*(?:the\s+)?", text[first.end:x.start]) for x in after[1:2])):
                # "the meeting of Putin and Erdogan" is the meeting between them
                nxt = [x for x in after[1:] if re.fullmatch(r"\s*(?:and|,)\s*(?:the\s+)?", text[first.end:x.start])]
                # ("the signing of the accord by Israel and the PLO": the article of the second party too)
                if src is None and nxt:
                    src, tgt = first, nxt[0]
                else:
                    tgt = first
            elif prep == "from" and ev.cls.from_is_source:
                src = src or first
            elif prep == "of" and first.kind in ("demonym", "seat") and ev.cls.name in ("attack", "shell", "bomb") and \
                    (cue("armed_agents").search(first.text) or
                     armed_agent_after(text, first)):
                src = src or first  # "attacks of Russian invaders" (but "the bombing of a Ukrainian mall": the target)
                tgt = next((x for x in right if x.start > first.end and x.code != first.code and re.search(
                    r"\b(?:on|against|in|at|near)\s+(?:the\s+)?$", text[max(first.end, x.start - 12):x.start])), None)
            elif first.kind not in ("city",) or ev.cls.places_as_target:
                tgt = first
    aimed = re.match(r"\s+(?:[\w-]+\s+){0,2}?(?:targeting|targetting|aimed\s+at)\s+(?:the\s+)?", tail) \
        if ev.cls.name == "sanction" and tgt is None else None
    if aimed is not None:  # "new sanctions targeting Russia's defence sector"
        tgt = next((x for x in right if x.start == ev.t_end + aimed.end()), None)
    toll = re.match(r"\s+(?:kill(?:s|ed)?|injur(?:e|es|ed)|wound(?:s|ed)?)\s+(?:[\w,-]+\s+){0,4}?(?:in|near|at)\s+(?:the\s+)?", tail) \
        if ev.cls.name in ("attack", "shell", "bomb") and tgt is None else None
    if toll is not None:  # "Russian missile attacks kill 19 in Odesa": where the attack kills is where it hits
        tgt = next((x for x in right if x.start == ev.t_end + toll.end() and x.code and (src is None or x.code != src.code)), None)
    hit = HIT_AFTER.match(text, ev.t_end, ev.clause[1]) if ev.cls.name in ("attack", "shell", "bomb") and tgt is None else None
    if hit is not None:  # "Russian missile strike hits Kharkiv": what the attack hits is its target
        tgt = next((x for x in right if hit.end() <= x.start and x.code and (src is None or x.code != src.code) and
                    re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}", text[hit.end():x.start])), None)  # ("hits southern Ukrainian city")
    passive = _noun_passive().match(tail)
    # (not across a relative pronoun: in "condolences for the UN staff who were killed by Israeli fire" the by-agent
    # is the relative clause's)
    if passive is not None and src is None:
        start = ev.t_end + passive.end()
        for x in right:
            if x.start < start or x.start > ev.clause[1]:
                continue
            prep = governing_prep(text, x.start, start)
            if prep == "by" and src is None:
                src = x
            elif prep == "between" and src is None and tgt is None and (partner := next((
                    y for y in right if y.start > x.end and re.fullmatch(r"\s*(?:and|,)\s*(?:the\s+)?", text[x.end:y.start])),
                    None)) is not None:
                src, tgt = x, partner  # "talks were held in Rome between France and Italy": the two parties
            elif prep in noun_preps and prep != "by" and tgt is None:
                tgt = x
    if src is None and tgt is not None:
        by = re.match(r"\s*(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?", text[tgt.end:ev.clause[1]])
        if by and re.search(r"[a-z](?:ed|en)\b", by.group()) and not cue(
                "performing_participles", r"^\s*(?:[\w-]+\s+)?{}\s+(?:[\w-]+\s+)?by\b").match(by.group()):
            by = None  # "the blockade on Kaliningrad sanctioned by the EU": the participle's agent, not the blockader's
        if by:
            src = next((x for x in right if x.start == tgt.end + by.end() and x.is_actor), None)
    if premod is not None:
        conflict = ev.cls.premodifier_is_target and not (ev.cls.name == "sanction"
                                                         and premod.code in code_list("sanctioners.txt"))
        if tgt is None and conflict:
            tgt = premod
        elif conflict and src is None and tgt is not None and tgt.start >= ev.t_end and \
                governing_prep(text, tgt.start, ev.t_end) in ("in", "at", "near"):
            tgt = premod  # "the Ukraine invasion being viewed in Russia": the invaded state before, a place after
        elif src is None:
            src = premod
    # "Russia is facing sanctions", "Ukraine received aid": the actor before is the patient
    if src is not None and tgt is None and src.start >= ev.t_end and ev.cls.from_is_source and left and \
            governing_prep(text, src.start, ev.t_end) == "from" and (reaction().search(text[left[-1].end:ev.t_start]) or
                                                              patient().search(text[left[-1].end:ev.t_start])):
        tgt = left[-1]  # "North Korea tested a missile, drawing condemnation from Japan", "faced criticism from": to North Korea
        if reaction().search(text[left[-1].end:ev.t_start]):  # the subject of what drew it, not an actor inside its
            # object: "the US approved an arms sale to Taiwan, drawing condemnation from Beijing" is aimed at the US
            tgt = pick_subject(doc, left, ev.sent[0])[0] or tgt
    if src is not None and tgt is None and patient().search(text[src.end:ev.t_start]):
        src, tgt = None, src
    elif src is None and left and patient().search(text[left[-1].end:ev.t_start]) and \
            ev.cls.name in ("sanction", "aid", "attack", "threaten", "criticise", "accuse"):
        tgt = tgt or left[-1]
    elif src is not None and tgt is None and ev.cls.name in ("attack", "shell", "bomb", "offensive"):
        # "the Ukrainian army repelled five Russian attacks", "Kyiv came under Russian shelling", "border guards
        # fended off an attack by Belarusian forces": the one who repels or suffers the attack is its target
        before = [x for x in actors_in(doc, ev.clause[0], ev.t_start, places=True) if x is not src and x.end <= src.start
                  or src.start > ev.t_end]
        if before and before[-1].code and before[-1].code != src.code and patient().search(text[before[-1].end:ev.t_start]):
            tgt = before[-1]
    explicit = src is not None or tgt is not None
    return src, tgt, explicit

def antecedent(doc: Doc, ev: Ev, sentence_actors: list[Mention]) -> Ev | None:
    codes = {m.code for m in sentence_actors}
    cands = [e for e in doc.events if e.cls.name in COREF_CLASSES and e.coref < 0 and e.source and e.target
             and not e.speculative]
    if not cands:
        return None

    def score(e: Ev):
        overlap = len({e.source.code, e.target.code} & codes)
        return (overlap, e.mentions, e.t_start)

    return max(cands, key=score)

#: a time, place or occasion between the verb and its infinitive or that-clause: "agreed on Wednesday in Istanbul to
#: extend the truce", "agreed at their first meeting, held in Lima on Friday, to pursue ...", "threatened on Friday to
#: cut off supplies to Lithuania", "denied on Monday that its tests were aimed at China" (the complement is the content)
_ADJUNCT_THEN_TO = re.compile(
    r"\s*(?:(?:(?:on|in|at|during)\s+(?:(?!(?:for|to|that)\b)[\w'’.-]+\s+){1,5}?)+|(?:at|during)\s+[^,;]{1,40},[^,;]{1,50},\s+)"
    r"((?:to|that)\s+(?:[^,;]|(?<=\d),(?=\d{3}))*)")
#: classes whose complement may follow such an adjunct (an appeal's addressee comes first: "urged Serbia on Monday to")
_ADJUNCT_CLASSES = frozenset({"agree", "pledge", "threaten", "deny", "reaffirm", "demand"})


#: an occasion after a pledge, an agreement or an appeal, without a comma: the act's content ends before it
#: ("pledged to boost cooperation during a visit by Marcos to Hanoi": the visitor is no party to the pledge)
#: (lower case: "at the recently concluded Summit of the Future" names a summit; an adjunct of the act is near it)
_BARE_OCCASION = re.compile(r"\s(?:during|at|on\s+the\s+sidelines\s+of)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:call|conversation|meeting|talks|visit|summit|negotiations)\b")
_OCCASION_REACH = 100  # characters from the act's trigger within which an occasion can end its content


def topic_situation(text: str, t_end: int, start: int) -> bool:
    """Whether a mention at ``start`` names where the situation of a meeting's topic is: "a summit on the crisis in
    Burundi", "talks about the war in Ukraine" (the topic's preposition, then a situation noun, then "in"/"of").

    >>> text = "Tanzania hosted a summit on the crisis in Burundi."
    >>> topic_situation(text, text.index("summit") + 6, text.index("Burundi"))
    True
    >>> text = "France held a meeting on trade with Chad."
    >>> topic_situation(text, text.index("meeting") + 7, text.index("Chad"))
    False
    """
    return bool(_TOPIC_SITUATION.search(text, max(t_end, start - 80), start)) and \
        not re.search(r"[,;:]", text[t_end:start]) and \
        bool(cue("situation_nouns", r"\b{}\s+(?:in|of|over)\s+(?:the\s+)?$").search(text, max(t_end, start - 30), start))


_TOPIC_SITUATION = re.compile(r"\s(?:on|about|over|regarding|concerning)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+"
                              r"(?:in|of|over)\s+(?:the\s+)?$", re.I)


def content_end(text: str, start: int, end: int) -> int:
    """Where the content of a pledge, an agreement or an appeal that starts at ``start`` ends: at an occasion after
    some of it (an adjunct of a visit, meeting, call or summit within 100 characters), else at ``end`` (the clause's end); an
    occasion before the content is no end of it ("pledged at the summit to provide ...").

    >>> t = "pledged to boost cooperation during a visit to Hanoi"
    >>> t[:content_end(t, 7, len(t))]
    'pledged to boost cooperation'
    """
    occasion = _BARE_OCCASION.search(text, start, min(end, start + _OCCASION_REACH))
    return occasion.start() if occasion is not None and text[start:occasion.start()].strip() else end


def complement(doc: Doc, ev: Ev) -> tuple[str, int]:
    """'to continue to employ their workers' after an appeal/pledge target; returns (text, end)."""
    start = ev.target.end if ev.target and ev.target.start > ev.t_end else ev.t_end
    if start > ev.t_end and re.match(r"\s*(?:to|that)\s+\S+\s", doc.text[ev.t_end:ev.target.start]):
        start = ev.t_end  # "pledged to return captured Americans to families": the target is inside what is promised
    tail = doc.text[start:content_end(doc.text, start, ev.clause[1])]
    m = re.match(r"\s*(?:on\s+|upon\s+|for\s+)?((?:to\s+|for\s+|that\s+)(?:[^,;]|(?<=\d),(?=\d{3}))*)", tail) or \
        (_ADJUNCT_THEN_TO.match(tail) if ev.cls.name in _ADJUNCT_CLASSES else None)
    if not m:
        return "", start
    comp = m.group(1).strip().rstrip(".")
    comp = re.sub(r"\s+(?:after|before|by|until)\s+the\s+deadline$", "", comp)
    comp = re.split(r"\s+(?:was|were|is|are|has|have|had|went|will|would|remains?|remained)\b", comp)[0]
    return comp[:80], start + m.end()

def group_of(doc: Doc, ev: Ev) -> tuple[Mention | None, Mention | None, str]:
    """'the labourers are due to leave': nationality and host of the group (looked up earlier)."""
    text = doc.text
    before = text[ev.clause[0]:ev.t_start]
    nouns = cue_regex("group_nouns")
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
