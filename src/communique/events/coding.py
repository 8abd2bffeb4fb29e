"""Coding: the CAMEO code an event's context selects within its trigger class, and its label.

What an appeal asks for, what a pledge promises, the kind of aid, where a meeting takes place,
what a threat names and whether a material act is only threatened ("will impose sanctions if")
refine the pattern's code. The word lists are data (``events/data/cues/``, ``aid_words.tsv``).
"""

from __future__ import annotations

import functools
import re

import communique.events.cameo as _cameo
from communique.events.document import Doc, Ev
from communique.events.lexicon import aid_words, trigger_classes
from communique.events.modality import conditional_after, cue, negated_before

__all__ = ["refine_code", "label", "aid_kinds", "aid_word", "deadline_follows", "threat_code", "sent_forces", "promises_force"]


@functools.cache
def _aid() -> re.Pattern:
    return re.compile(aid_words(), re.IGNORECASE)


def aid_word(text: str, start: int, end: int) -> re.Match | None:
    """The first word of ``aid_words.tsv`` in ``text[start:end]`` ("sent firefighters to Canada")."""
    return _aid().search(text, start, end)


def aid_kinds(text: str) -> set[str]:
    """Kinds of aid ``text`` names: mil, hum, eco, gen."""
    return {k for m in _aid().finditer(text) for k, v in m.groupdict().items() if v}


#: "said Britain would provide": 'would' after a verb of saying is the reported speaker's 'will'
_BACKSHIFTED = re.compile(r"\b(?:said|says|told\s+[\w-]+|announced|added|stated|confirmed)\s+(?:that\s+)?"
                          r"(?:[\w'’.-]+\s+){1,6}?would\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_DEADLINE = re.compile(r"\s+(?:[\w'’-]+\s+){1,6}?(?:\d+|an?|one|two|three|four|five|six|seven|ten|several|a\s+few|"
                       r"twenty-four|forty-eight|seventy-two)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?)\s+to\s+[a-z]",
                       re.IGNORECASE)


def deadline_follows(text: str, start: int, end: int) -> bool:
    """Whether a deadline follows a verb of giving ("gave Kyiv a week to accept"): an ultimatum, not aid."""
    return bool(_DEADLINE.match(text, start, end))


#: armed or security personnel as the object of "send": forces, not goods or released people
_SENT_FORCES = re.compile(r"\s+(?:[\w'’,-]+\s+){0,3}?(?:troops|soldiers|peacekeepers|peacekeeping\s+(?:troops|forces)|"
                          r"police(?:men|\s+officers)?|forces|marines|paratroopers|military\s+(?:advisers|advisors|"
                          r"instructors|observers)|(?:military\s+)?observers|battalions?|brigades?)\b", re.IGNORECASE)
def sent_forces(text: str, start: int, end: int, trigger: str) -> re.Match | None:
    """Armed or security personnel as the object of "send" ("sent 2,000 peacekeepers to"), not "sent back".

    >>> bool(sent_forces("France sent troops to Chad.", 11, 27, "sent")), bool(sent_forces(" back 20 soldiers", 0, 17, "sent"))
    (True, False)
    """
    if not re.match(r"sen[dt]|dispatch", trigger, re.I) or re.match(r"\s+(?:back|home)\b", text[start:end], re.I):
        return None
    return _SENT_FORCES.match(text, start, end)


#: an adjective of feeling before "to": the infinitive is what happened ("were honoured to welcome", "pleased to meet")
_GLAD_TO = re.compile(r"\b(?:honou?red|pleased|glad|happy|delighted|proud|privileged|thrilled)\s+to\s+$", re.IGNORECASE)
_MEETING = frozenset({"meet", "summit", "negotiate", "discuss", "visit", "arrive", "host"})  # "will host": an intent (036)


def _mediation_offer(comp: str) -> bool:
    """An intent's complement that offers mediation: "to mediate between ...", "to host the next round of
    talks between Ukraine and Russia" (039)."""
    return bool(cue("mediation_words", r"^\s*(?:to\s+)?(?:\w+\s+){0,3}?{}\b").match(comp) or cue(
        "meet_words", r"^\s*(?:to\s+)?(?:host|hold|organi[sz]e|convene)\s+(?:[\w-]+\s+){0,5}?{}\s+between\b").match(comp))



_AT_A_MEETING = re.compile(r"\b(?:at|during|after|before|on\s+the\s+sidelines\s+of)\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
                           r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _meeting_promised(comp: str) -> bool:
    """Whether a pledge's or an agreement's complement promises a meeting ("agreed to hold talks"), not only names the
    meeting where it was made ("pledged to improve relations at a meeting in Athens")."""
    return any(not _AT_A_MEETING.search(comp, 0, m.start()) for m in cue("meet_words").finditer(comp))


def _meeting_first(comp: str) -> bool:
    """Whether a complement's first act is to hold talks ("to resume military talks", "to open negotiations on
    arms"), whatever words of aid name their topic."""
    return bool(_TALKS_FIRST.match(comp)) and _meeting_promised(comp)


#: "to (resume|hold|...) (up to three words) talks": a meeting as the complement's act
_TALKS_FIRST = re.compile(r"\s*(?:to\s+)?(?:\w+ly\s+)?(?:resume|hold|restart|start|begin|open|continue|relaunch|"
                          r"launch)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|dialogue|consultations|contacts)\b",
                          re.IGNORECASE)

_GIVING = re.compile(r"\b(?:giv|gave|send|sent|provid|donat|deliver|suppl|transfer|allocat|contribut|lend|lent|pay|paid|fund|"
                     r"financ|grant|offer|loan)\w*|\b(?:aid|assistance|weapons|arms|ammunition|vaccines|food)\b|"
                     r"\b(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
#: an amount as the pledge's object: "pledges £1bn to the vaccine effort"
_AMOUNT_FIRST = re.compile(r"\s*(?:(?:an?|another|more|further|extra|additional|new)\s+)*(?:[$£€]\s?)?\d", re.IGNORECASE)


def _given_object(comp: str) -> bool:
    """Whether a pledge's object is an amount or a good ("pledges £1bn", "promised more air defence"), not a
    clause ("pledge joint fighter jet will go ahead")."""
    if _CLAUSE_OBJECT.match(comp):
        return False
    return bool(_AMOUNT_FIRST.match(comp)) or bool(aid_kinds(" ".join(comp.split()[:4])) - {"gen"})


_TO_INFINITIVE = re.compile(r"\s*(?:\w+ly\s+)?to\s+(?:\w+ly\s+)?[a-z]+\b")  # "agreed to reopen ...": a clause, no given object
_CLAUSE_OBJECT = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?(?:will|would|is|are|was|were|must|should|can|could)\b", re.IGNORECASE)


#: force words a pledge promises, and the words before one that make it a phrase about past force ("the hunt for
#: those behind the attacks", "power plants damaged by Russian strikes"): no threat
_FORCE_WORD = re.compile(r"\b(?:attacks?|strikes?)\b", re.IGNORECASE)
_ABOUT_PAST_FORCE = re.compile(r"\b(?:behind|after|for|over|since|following|by|from|of)\s+(?:(?:the|these|those|recent|such)\s+)?"
                               r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_RETALIATION = re.compile(r"\b(?:retaliat|respond\w*\s+(?:militarily|with\s+force)|punish|aveng|revenge)", re.IGNORECASE)


def promises_force(text: str) -> bool:
    """Whether ``text`` (what a pledge promises) is retaliation or force ("vowed to retaliate against Israel",
    "vowed missile strikes on X"; not "cooperation in the hunt for those behind the attacks")."""
    return bool(_RETALIATION.search(text)) or \
        any(not _ABOUT_PAST_FORCE.search(text, max(0, m.start() - 40), m.start()) for m in _FORCE_WORD.finditer(text))


#: the modal that opens a warning's consequence: "that X would face ...", "that X will pay a price"
_CONSEQUENCE_MODAL = re.compile(r"\b(?:would|will|could|might|shall|'d|'ll)\b", re.IGNORECASE)


def threat_code(consequence: str, default: str = "130") -> str:
    """The code of a threat from what it threatens: 138 force, 131 sanctions or ties, else ``default``."""
    if cue("military_words").search(consequence):
        return "138"
    return "131" if cue("sanction_words").search(consequence) else default


def _yields(comp: str) -> bool:
    """Whether a pledge's or agreement's complement is to yield: its first verb stops, ends or withdraws
    ("pledged to withdraw its troops", "agreed to a ceasefire"), not "vows to stop the US from ..." (preventing
    another's act) or "offers help to end ..." (help is what is offered)."""
    return bool(cue("yield", r"^\s*(?:to\s+)?(?:(?:an?|the|its|their|immediate|full|complete)\s+)*(?:\w+ly\s+)?{}\b"
                             r"(?!\s+(?:(?![‘'\"“]?from\b)[\w.'’-]+\s+){1,3}[‘'\"“]?from\s+\w+ing\b)").match(comp))


#: the object of "deny" that makes it a rejection: "denied Russia's request", "denied the US application"
_DENIED_REQUEST = re.compile(r"\s+(?:the\s+|an?\s+)?(?:[\w.'’-]+\s+){0,2}?(?:requests?|applications?|demands?|bids?|pleas?|"
                             r"appeals?)\b", re.IGNORECASE)


def refine_code(doc: Doc, ev: Ev, comp: str) -> str:
    """The code of ``ev`` given its complement or the rest of its clause (``comp``)."""
    name, code = ev.cls.name, ev.cameo
    text = doc.text
    before = text[ev.clause[0]:ev.t_start]
    future = cue("future", r"\b{}\s+(?:(?-i:[a-z])\w*\s+)?$")  # ("ambassador to Ukraine arrives": no future)
    if name == "reject" and cue("denied_objects", r"\s+(?:of\s+)?(?:[\w'’-]+\s+){0,4}?{}\b(?!\s+(?:to|over)\b)").match(
            text, ev.t_end):
        return "016"  # "dismissed Somalia's allegations as baseless": a denial, not a rejected proposal (nor a
        # rejected territorial claim, "claims to the shoal")
    if name == "reject" and ev.pos == "verb" and code == "120" and cue(
            "refused_demands", r"\s+(?:[\w'’-]+\s+){0,3}?{}\b").match(text, ev.t_end):
        return "124"  # "refused Moscow's demand to revoke ...", "rejected an American ultimatum": a refusal to yield
    if name == "reject" and ev.pos == "verb" and re.search(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$", before) and \
            cue("denied_objects", r"^(?:the\s+|an?\s+)?(?:[\w'’.-]+\s+){0,3}?{}\b").search(before):
        return "016"  # "Britain's accusation that Moscow ... was dismissed by the Kremlin": the passive's subject is
        # what was denied
    if name == "allow" and ev.pos == "verb" and (future.search(before[-30:]) or _BACKSHIFTED.search(before)):
        return "035"  # "said it would allow UN agencies access": an intent to allow international involvement
    if name in _MEETING and ev.pos == "verb" and future.search(before[-30:]) and not _GLAD_TO.search(before[-40:]):
        return "036"  # "will meet", "to travel to Poland next week": intent to meet (but "were honoured to welcome"
        # the guest is a fact)
    if name in _MEETING and ev.pos == "noun" and re.search(
            r"\b(?:ready|willing|prepared|agreed|offered|plans?|planning|wants?|set|due)\s+to\s+(?:[\w–-]+\s+){0,3}$|"
            r"\bneeds?\s+(?:\w+\s+){0,2}$|"
            r"\b(?:will|would|to)\s+(?:\w+ly\s+|soon\s+)?(?:hold|have|resume|start|begin|pay|make)\s+(?:\w+\s+){0,3}$",
            before[-60:], re.I):
        return "036"  # "ready to resume talks with": intent to negotiate
    if name == "withdraw" and ev.target is not None and ev.target.code.startswith("IGO:") and (
            re.match(r"\s+from\b", text[ev.t_end:ev.t_end + 8]) or re.match(r"(?:quit|exit)", text[ev.t_start:ev.t_end], re.I)):
        return "160"  # "withdrew from the ICC": leaving an organisation reduces relations, no retreat
    if name in ("meet", "discuss") and ev.pos == "verb" and cue("by_phone").search(text, ev.sent[0], ev.sent[1]):
        return "041"  # "spoke with Merz in a phone call", "met by video link": a call, not a meeting
    if name == "negotiate" and ev.pos == "noun" and ev.loc_code and ev.source and ev.target and \
            re.fullmatch(r"(?:talks|consultations)", text[ev.t_start:ev.t_end], re.I) and \
            not re.search(r"\b(?:peace|ceasefire|truce|border|nuclear|trade|security)\s+$", text[ev.clause[0]:ev.t_start], re.I):
        name = "meet"  # "held talks with Kim in Beijing": a meeting placed by the text (046 is for negotiations)
    if name in _MEETING and ev.pos == "noun" and re.match(r"\s+(?:is\s+|was\s+|has\s+been\s+)?(?:scheduled|slated|planned)\s+"
                                                        r"(?:for|to|on)\b", text[ev.t_end:ev.clause[1]], re.I):
        return "036"  # "the Association Council meeting scheduled for Sept 5": a planned meeting
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
    if name == "relations" and re.match(r"(?:deepen|strengthen)", ev.data.get("trigger", ""), re.I) and \
            re.search(r"\b(?:hopes?|hoped|hoping|wants?|wished?|wishes|seeks?)\s+to\s+$", before[-30:], re.I):
        return code  # "hopes to deepen ties": a wish, hedged by modality, not an intent
    if name == "relations" and re.match(r"(?:deepen|strengthen)", ev.data.get("trigger", ""), re.I) and (
            future.search(before[-30:]) or re.search(r"\b(?:ready|willing|prepared|vowed|pledged|promised|agreed|"
                                                     r"plans?)\s+to\s+$", before[-40:], re.I)):
        return "030"  # "was ready to deepen its partnership with Vietnam": intent to cooperate
    if name in ("appeal", "call_on"):
        if re.search(r"\b(?:help|assistance|aid)\b", ev.data.get("trigger", ""), re.I):
            return "023"  # "sought France's help": the phrase names what is asked
        if cue("lifted_measures", r"\b(?:lift\w*|end(?:ing)?|eas(?:e|ed|es|ing)|remov\w+)\s+(?:(?:of|to|on)\s+)?(?:the\s+)?"
                                  r"(?:[\w,'’-]+\s+){0,6}?{}\b").search(comp):
            return "025"  # "calls for the lifting of the embargo on Cuba": an appeal to yield, not to pressure
        if cue("yield", r"^\s*(?:for\s+|to\s+)?(?:an?\s+|the\s+)?(?:immediate\s+|complete\s+|full\s+)?{}\b").match(comp):
            return "025"  # "calls for a stop to weapons testing": what is asked first is to stop, whatever follows
        # several demands in one appeal are coded by the first ("urges destruction of Israel prior to talks": not 026)
        found = []
        candidates = ((cue("investigation_words"), "021"), (cue("pressure_words"), "022"),
                      (re.compile(r"\b(?:aid|assistance|help|weapons?|arms|supplies|money|funds)\b", re.I), "023"),
                      (cue("meet_words"), "026"), (cue("cooperation"), "021"),
                      (cue("settlement_words"), "027"), (cue("yield"), "025"),
                      (cue("military_words"), "020"))
        for rank, (pattern, c) in enumerate(candidates):
            m = pattern.search(comp)
            if m and (c != "023" or aid_kinds(comp)):
                found.append((m.start(), rank, c))
        return min(found)[2] if found else "020"
    if name == "arrest" and re.match(r"(?:seiz|captur)", ev.data.get("trigger", ""), re.I) and \
            cue("seized_places", r"^\s*(?:[\w'’,-]+\s+){0,4}?{}\b").match(comp):
        return "192"  # "troops seized a Syrian town": territory taken, not people arrested
    if name == "arrest" and re.match(r"seiz", ev.data.get("trigger", ""), re.I) and \
            cue("seized_property", r"^\s*(?:[\w'’,-]+\s+){0,4}?{}\b").match(comp):
        return "171"  # "seized a British-flagged oil tanker": property taken, not people arrested
    if name == "reaffirm" and cue("commitment_nouns", r"\s*(?:(?:its|their|his|her|our|the)\s+)?(?:[\w-]+\s+){0,2}?{}\s+to\s+"
                                                 r"(?!the\b|an?\b|its\b|their\b|(?-i:[A-Z]))").match(text, ev.t_end):
        name = "pledge"  # "reaffirmed its readiness to punish Russia": the reaffirmed pledge's act decides the code
    if name == "pledge" and conditional_after(doc, ev) and (cue("harm_words").search(comp) or
                                                           cue("sanction_words").search(comp)):
        ev.data["conditional_threat"] = True  # "vows disaster for Russia if it invades": harm on a condition
        return threat_code(comp)
    if name == "pledge" and _yields(comp) and (condition := cue("conditional").search(text, ev.t_end, ev.sent[1])) and \
            cue("hostile_conditions").search(text, condition.end(), ev.sent[1]):
        ev.data["conditional_threat"] = True  # "pledges end to Nord Stream 2 if Russia invades Ukraine": a halt
        return threat_code(comp)  # promised on another's hostile act threatens; it concedes nothing
    if name in ("pledge", "agree") and re.search(r"\b(?:resolv|settl)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:dispute|differences|"
                                                 r"conflict|row)", comp, re.I):
        return "037"  # "committed to resolving their border dispute": intent to settle
    if name == "pledge" and re.match(r"\s*(?:(?:its|his|her|their|our|the)\s+|[\w.-]+['’]s\s+)?(?:(?:deep|deepest|sincere|heartfelt|"
                                    r"profound)\s+)?(?:condolences|sympathy|sympathies)\b", text[ev.t_end:ev.clause[1]], re.I):
        return "018"  # "offered its condolences to Israel": an empathetic comment, no pledge
    if name == "pledge":
        # (the words before a target inside the complement count too: "vowed to retaliate against Israel for ...")
        lead = text[ev.t_end:ev.target.start] if ev.target is not None and ev.target.start > ev.t_end else ""
        if re.match(r"\s*(?:not|never)\s+to\b", comp, re.I) and (promises_force(comp) or cue("military_words").search(comp)):
            return "035"  # "promised not to attack Odesa": restraint promised, an intent to de-escalate (no threat)
        if promises_force(lead + " " + comp):
            return "138"  # "vowed to retaliate against Israel", "vowed strikes": a threat (but "pledged cooperation in
            # the hunt for those behind the attacks" names past attacks, no threat)
        if re.search(r"\bhold\w*\s+(?:[\w,'’-]+\s+){0,5}?(?:accountable|responsible|to\s+account)\b|\bbring\w*\s+(?:[\w'’-]+\s+){0,4}?to\s+justice\b",
                     lead + " " + comp, re.I):
            return "130"  # "vows to hold Iran accountable", "to bring the killers to justice": a threat of punishment
        if (aid_kinds(comp) - {"gen"} and (_GIVING.search(lead + " " + comp) or _given_object(comp))) or \
                re.search(r"\b(?:aid|assistance|supplies|equipment)\b", comp, re.I):
            return "033"  # material aid promised ("support" alone is a pledge of support: 030; an amount is aid
            # only when it is given: "promised to cut taxes by 6.5bn euros" is no aid)
        if _mediation_offer(comp):
            return "039"
        if _meeting_promised(comp):
            return "036"
        if _yields(comp):
            return "035"
        return code
    if name == "deny" and ev.pos == "verb" and _DENIED_REQUEST.match(text, ev.t_end, ev.clause[1]):
        return "120"  # "Kazakhstan denied Russia's request to extradite ...": a request turned down, not a denial
    if name == "recognise" and cue("hostile_labels", r"\bas\s+(?:an?\s+|the\s+)?['‘\"“]?(?:[\w-]+\s+)?{}\b").search(comp):
        return "112"  # "recognised China's treatment of Uyghurs as genocide": an accusation, not recognition
    if name == "recognise" and re.match(r"\s*(?:[#\w'’.-]+\s+){1,5}?as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                                        r"(?:terror\w*|aggressor|genocid\w*|occupier|occupying|criminal|sponsor)",
                                        text[ev.t_end:ev.sent[1]], re.I):  # (the sentence: "as State ..." may open a clause)
        return "112"  # "recognised Russia as a state sponsor of terrorism": a designation is an accusation
    if name == "recognise" and cue("endorsed_objects", r"^\s*(?:[\w'’-]+\s+){0,4}?{}\b").match(comp):
        return "051"  # "recognised the legitimate rights of the Palestinians": an endorsement, not 054
    if name == "support" and re.match(r"approv", ev.data.get("trigger", ""), re.I) and (re.match(r"\s*(?:[\w'’-]+\s+){0,3}?(?:[$£€]\s?\d|\d[\d.,]*\s*"
                                                      r"(?:million|billion|bn|m)\b)", comp, re.I)
                                             or re.match(r"\s*(?:[\w'’-]+\s+){0,4}?(?:aid|assistance|funding|loans?|grants?)\b", comp, re.I)):
        return "033"  # "approved $500 million in aid to": money still to be transferred
    if name in ("reaffirm",) and re.search(r"\bsupport\b", comp + doc.text[ev.t_end:ev.t_end + 30], re.I):
        return "051"  # "reaffirmed its support for": endorsement
    if name == "agree":
        if re.match(r"(?!\s+to\s+(?:\w+ly\s+)?(?:lift|ease|end|remove|suspend|scrap|drop|relax|phase\s+out)\b)"  # (lifting yields)
                    r"\s+(?:on\s+|upon\s+|to\s+(?:impose|introduce|adopt)\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
                    r"(?:packages?\s+of\s+(?:new\s+)?)?(?:sanctions|embargo|restrictive\s+measures)\b", text[ev.t_end:ev.clause[1]], re.I):
            return "163"  # "EU ministers agreed new sanctions against Russia": sanctions decided or agreed
        if _meeting_first(comp):
            return "036"  # "agree to resume military talks": the talks are what is agreed, "military" their topic
        if aid_kinds(comp) - {"gen"} and (_GIVING.search(comp) or not _TO_INFINITIVE.match(comp) and _given_object(comp)):
            return "033"  # aid agreed on is given ("agreed to provide military aid"), not only a topic ("agreed to
            # resume military-to-military communications": 030)
        if _mediation_offer(comp):
            return "039"
        if _meeting_promised(comp):
            return "036"
        if _yields(comp):
            return "035"
        return code
    if name == "support" and code == "051" and ev.pos == "verb" and ev.form is not None and ev.form.form == "base" and \
            re.search(r"\b(?:will|shall|to)\s+(?:(?:always|continue\s+to|further|also|fully)\s+)*$", before[-40:], re.I):
        return "030"  # "Canada to always support Ukraine", "will continue to support Ukraine": a pledge of support
    if code[:2] == "06" and ev.pos == "verb" and ev.form is not None and ev.form.form != "ing" and future.search(before[-30:]):
        return "031"  # "Kazakhstan will extradite the evaders to Russia": intent to cooperate, not yet done
    if name == "protest" and ev.pos == "verb" and ev.data.get("trigger", "").lower().startswith("protest") and \
            ev.source is not None and ev.source.kind in ("state", "capital", "seat", "person", "role", "igo"):
        return "114"  # "Japan protested to China": a government's protest is an official complaint, not dissent
    if name == "posture" and ev.pos == "verb" and ev.target is not None and ev.target.kind in ("state", "capital") and \
            re.match(r"deploy", ev.data.get("trigger", ""), re.I) and \
            re.search(r"\b(?:to|into|in)\s+(?:the\s+)?$", text[max(ev.t_end, ev.target.start - 10):ev.target.start]) and \
            re.search(r"\b(?:police|peacekeep\w*|medics|medical|engineers|trainers|to\s+(?:help|support|assist|train|protect)|"
                      r"to\s+fight\s+(?:the\s+)?(?:[\w-]+\s+)?(?:insurgents|militants|rebels|jihadists|gangs))\b",
                      text[ev.t_end:ev.clause[1]], re.I):
        return "074"  # "deployed 400 police officers to Haiti": forces sent into a state (peacekeeping), not posture
    if name == "provide" and (sent := sent_forces(text, ev.t_end, ev.clause[1], ev.data.get("trigger", ""))) is not None:
        # "sent peacekeepers to Bosnia": forces sent into a state (074); towards a border, a build-up (154)
        if re.search(r"\b(?:border|frontier)s?\b", text[sent.end():ev.clause[1]], re.I):
            return "154"
        return "033" if future.search(before[-30:]) else "074"  # ("will send peacekeepers": an intent, 033)
    if name == "arrive" and ev.pos == "verb" and ev.source is not None and ev.source.end <= ev.t_start and \
            cue("peacekeepers").search(text, ev.source.end, ev.t_start):
        return "074"  # "Nigerian peacekeepers landed in Liberia": forces deployed into a state, not a visit
    if name == "provide" and code == "075":
        return code  # "granted asylum to": the pattern's code
    if name == "provide" and not re.match(r"giv|gave", ev.data.get("trigger", ""), re.I) and \
            cue("released_objects", r"^\s+(?:[\w'’-]+\s+){0,3}?{}\b").match(text[ev.t_end:ev.clause[1]]):
        # ("gives activists a restored faith": to give people something is no hand-over of them)
        return "084"  # "handed over 32 prisoners of war": a release, not aid
    if name == "provide" and deadline_follows(text, ev.t_end, ev.clause[1]):
        return "139"  # "gave the Armenian forces 24 hours to lay down their arms": a deadline is an ultimatum
    if name == "support" and ev.pos == "noun" and re.match(r"\s+packages?\b", text[ev.t_end:ev.t_end + 12]):
        name = "aid"  # "announced a medical support package for Ukraine": aid, not an endorsement
    if name == "aid" and ev.pos == "noun" and cue("aid_halts", r"\b{}\s+(?:of|on|in|to)\s+(?:(?:the|all|its|their|most|some|further|new)\s+)*"
                                                   r"(?:[\w-]+\s+){0,2}$").search(before[-50:]):
        return "162"  # "announced the suspension of aid to Myanmar", "a freeze on aid to Egypt": aid stopped
    if name in ("aid", "provide", "contribute"):
        promised = future.search(before[-30:]) or _BACKSHIFTED.search(before) or (ev.pos == "noun" and re.search(
            r"\b(?:announc|pledg|promis|offer|approv|unveil|commit|earmark|plan|prepar|allocat)\w*\s+(?:[\w$£€,.'’-]+\s+){0,6}$",
            before, re.I)) or re.match(r"(?:allocat|earmark)", ev.data.get("trigger", ""), re.I)
        # ("allocated $200 million to Ukraine": set aside, still to be transferred)
        if promised:
            return "033"  # aid still to be transferred: intent to provide material aid
        window = text[max(ev.clause[0], ev.t_start - 40):min(ev.clause[1], ev.t_end + 60)]
        kinds = aid_kinds(window)
        if "mil" in kinds:
            return "072"
        if "hum" in kinds:
            return "073"
        if "eco" in kinds or name == "contribute":
            return "071"
        return "070"
    if name == "threaten":
        after = text[ev.target.end if ev.target is not None and ev.target.start > ev.t_end else ev.t_end:ev.sent[1]]
        if cue("imperatives", r"^\s*[:,–—-]\s*[‘'\"“]?{}\b").match(after):
            return "020"  # 'warns Belarusians: "Don't let Putin drag you into war"': an appeal in the imperative
        that = re.match(r"\s*,?\s*that\s+[^.;:!?]{1,150}", after)
        if that and (modal := _CONSEQUENCE_MODAL.search(that.group())) is not None:
            # "warned Beijing that providing weapons to Russia would have consequences": what the modal says is the
            # consequence, the words before it the condition (weapons there threaten no force)
            return threat_code(that.group()[modal.start():], code)
        return threat_code(that.group() if that else comp, code)  # ("warned Kampala that signing the bill would
        # complicate relations": the whole that-clause is the consequence, its modal included)
    if name == "protest" and code == "140" and ev.source is not None and ev.source.kind != "demonym":
        return "114"  # a government's protest is an official complaint; dissent (14) is by people ("Georgians")
    if name == "retaliate":
        if cue("military_words").search(comp):
            return "190"
        if cue("sanction_words").search(comp):
            return "163"
        return code
    if name == "release" and re.search(r"\bsanctions?\b", comp, re.I):
        return "085"
    # (a negated hostile act on a condition is no threat: "would not arrest Netanyahu if he visited")
    if code[:2] in ("16", "17", "19") and conditional_after(doc, ev) and not negated_before(before) and (
            future.search(before[-40:]) or re.search(r"\b(?:would|will|could)\s+(?:\w+\s+){0,3}$", before[-40:]) or
            cue("readiness", r"\b{}\s+to\s+(?:\w+\s+){0,2}$").search(before[-50:])):
        ev.data["conditional_threat"] = True  # "will impose sanctions if ...", "would impose further sanctions on
        # Caracas unless ...", "was ready to impose further sanctions on Belarus if ...": a conditional threat (13)
        return "138" if code[:2] == "19" else "131"
    if name == "expel" and (cue("diplomat_words").search(text, ev.t_end, ev.clause[1]) or (
            ev.target is not None and ev.target.end <= ev.t_start and
            cue("diplomat_words").search(text, ev.target.start, ev.t_start))):
        return "166"  # "expelled two Russian diplomats", "the Russian diplomat whom Bulgaria expelled"
    if name == "expel" and ev.pos == "verb" and cue("expelled_presences", r"^\s+(?:[\w'’.-]+\s+){0,3}?{}\b").match(
            text[ev.t_end:ev.clause[1]]):
        return "166"  # "voted to expel US troops": a state's forces or missions withdrawn, not individuals deported
    return code


@functools.cache
def _verb_of_code(code: str) -> str:
    """The label verb of the class whose default code is ``code`` (else the root's X0 code), "" if none."""
    classes = trigger_classes().values()
    for wanted in (code, code[:2] + "0"):
        found = next((c.verb3 for c in classes if c.code == wanted and c.verb3), "")
        if found:
            return found
    return ""


def label(ev: Ev) -> str:
    s = ev.data.get("source_name") or ""
    t = ev.data.get("target_name") or ""
    cls = ev.cls
    name = _cameo.info(ev.cameo).name if ev.cameo in _cameo.codes() else cls.name
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
    if ev.cameo == "036":  # "Czech ministers to visit Kyiv next week": a planned trip to a place is a visit
        trip = cls.name in ("visit", "arrive") or ev.target is not None and ev.target.kind in ("capital", "city", "region")
        return f"{s} to {'visit' if trip else 'meet'} {t}"
    if cls.name in ("appeal", "call_on", "pledge") and ev.extra:
        verb = {"appeal": "asks", "call_on": "calls on", "pledge": "pledges"}[cls.name]
        if ev.target is not None and ev.target.text in ev.extra:
            verb = "asks" if cls.name != "pledge" else verb  # the target named inside what is asked or promised
            return f"{s} {verb} {ev.extra}".replace("  ", " ").strip()  # ("pledges to defend Taiwan")
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
    if ev.cameo in _cameo.codes() and cls.code in _cameo.codes() and "01" not in (ev.cameo[:2], cls.code[:2]) and \
            (_cameo.info(ev.cameo).quad_class > 2) != (_cameo.info(cls.code).quad_class > 2):
        # a refined code of the other side (cooperation / conflict) is labelled by that code's own class
        verb = _verb_of_code(ev.cameo) or verb  # ("recognised the regime as terrorist": 112 "accuses", not "recognises")
    if ev.cameo[:2] == "13" and cls.name != "threaten":
        verb = "threatens"  # a conditional pledge of harm ("vows disaster for Russia if ...") is a threat
    if cls.name == "threaten" and ev.cameo[:2] == "02":
        verb = "urges"  # a warning in the imperative is an appeal
    if cls.name == "praise" and re.match(r"thank", ev.data.get("trigger", ""), re.I):
        verb = "thanks"
    return f"{s} {verb} {t}".strip()
