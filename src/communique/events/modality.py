"""Modality: whether an event is stated as a fact, or hedged, negated, cancelled, conditional or asked.

The cue words are data (``events/data/cues/*.txt``); the positions they must take relative to the
trigger are the rules here.

>>> import communique.events.extract as x
>>> x.extract_events("Serbia may recognise Kosovo.", "2022-03-04")[["speculative", "modality"]].values.tolist()
[[True, 'hedged']]
"""

from __future__ import annotations

import functools
import re

from communique.events.document import Doc, Ev, actors_in
from communique.events.lexicon import cue, cue_list, prepositions

__all__ = ["speculation", "cue", "conditional_after", "negated_before", "ADVERB"]

#: an adverb between a modal and its verb: "will also expel", "would officially visit"
ADVERB = r"(?:\w+ly|soon|also|then|again|now|later|first|still|finally|even)"




# classes of speech acts, done by saying them (a first-person "I would like to ..." is no hedge for them)
_PERFORMATIVE = frozenset({"appeal", "call_on", "praise", "reaffirm", "criticise", "deplore", "empathy", "support",
                           "accuse", "reject", "demand"})


@functools.cache
def _negation() -> re.Pattern:
    parts = [(r"(?<=\w)" if c.startswith(("n'", "n’")) else r"\b") + re.sub(" +", r"\\s+", c) for c in cue_list("negation")]
    return re.compile(rf"(?:{'|'.join(parts)})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)


def negated_before(text: str) -> bool:
    """Whether ``text`` (what precedes a verb in its clause) ends with a negation within two words."""
    return bool(_negation().search(text[-40:]))


def conditional_after(doc: Doc, ev: Ev) -> bool:
    """A conditional connective after the trigger in its sentence ("... if it joins NATO")."""
    return bool(cue("conditional").search(doc.text, ev.t_end, ev.sent[1]))


@functools.cache
def _said_before() -> re.Pattern:
    verbs = "|".join(sorted((re.sub(" +", r"\\s+", w) for w in prepositions()["speech_verbs"]), key=len, reverse=True))
    return re.compile(rf"\b(?:{verbs}|announced|declared|stated|agreed|warned|demanded)\s+$", re.IGNORECASE)


_NEGATED_MODAL = re.compile(r"^\s*(?:[\w'’-]+\s+){0,8}?(?:(?:would|will|could|can|may|might)\s+(?:not|never)|"
                            r"wouldn['’]t|won['’]t|couldn['’]t|cannot|can['’]t)\s+(?!only\b)\w", re.IGNORECASE)


def _headline_infinitive(doc: Doc, ev: Ev, before: str) -> bool:
    """A headline's future "X to <verb>" ("U.S. to impose sanctions"): 'to' right after a named actor."""
    m = re.search(r"\s+to\s+(?:not\s+)?(?:\w+ly\s+)?$", before, re.I)  # (also Title Case: "Croatia To Withdraw")
    if not m:
        return False
    end = ev.clause[0] + m.start()
    return any(x.end == end and x.is_actor and _COORDINATED_ACTORS.fullmatch(_without_actors(doc, ev.clause[0], x.start))
               for x in doc.mentions)  # the actor, or a list of actors, opens the clause: its subject
    # ("Israel, Jordan and UAE to sign a deal")


_COORDINATED_ACTORS = re.compile(r"\s*(?:[Tt]he\s+)?(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:the\s+)?)*")


def _without_actors(doc: Doc, start: int, end: int) -> str:
    """The text between ``start`` and ``end`` with the actor mentions inside it cut out."""
    out, at = [], start
    for x in doc.mentions:
        if x.is_actor and start <= x.start and x.end <= end and x.start >= at:
            out.append(doc.text[at:x.start])
            at = x.end
    return "".join(out) + doc.text[at:end]


#: the auxiliaries of a passive before its participle ("was rejected", "has been endorsed")
_PASSIVE_GROUP = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: reported speech's backshifted future: "X said (that) it would <act>" states what X will do, no hypothetical
_REPORTED_WOULD = re.compile(r"\b(?:said|announced|declared|stated|confirmed|promised|pledged|added|told\s+[\w.'’ -]{2,40}?)"
                             r"\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|he|she|they|we|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                             r"\s+(?P<would>would)\s+(?:(?!not\b|never\b|be\b|have\b)[\w'’-]+\s+){0,3}$")


#: a clause that opens with a bare verb (a coordinated verb phrase) and the modal that governs the first one
_BARE_VERB_OPENING = re.compile(r"\s*(?:and\s+|or\s+)?(?:then\s+|also\s+)?(?!(?:we|i|you|they|he|she|it|the|a|an|this|that|these|"
                                r"those|our|their|its|his|her|there|not|no)\b)(?P<verb>(?-i:[a-z])[a-z]+)\s+"
                                r"(?:(?:the|a|an|its|their|our|his|her|this|that|further|new|more|direct)\s+)*", re.IGNORECASE)
#: (the trigger right after the bare verb and its determiners: "and then continue the dialogue with ...")
_MODAL_VP = re.compile(r"\b(?:must|should|ought\s+to|need\s+to|needs\s+to|have\s+to|has\s+to|could|might|may)\s+"
                       r"(?:(?:also|not|still|then|now|firmly)\s+)?(?-i:[a-z])[a-z]+\b[^.;:]*$")


#: "will" right before the trigger, and a sentence-final attribution (", Macron said", ", said the Kremlin")
_WILL_BEFORE = re.compile(r"\bwill\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_SAID_TAIL = re.compile(r",\s*(?:[^,;.]{2,80}?\s+(?:said|says|announced|confirmed|added)\b[^,;]{0,60}?|"
                        r"(?:said|says|announced|confirmed|added)\s+[^,;]{2,80}?)\s*[.!]?\s*$")


def _told_by_itself(doc: Doc, ev: Ev) -> bool:
    """Whether the sentence's final attribution names a speaker of the act's own source ("..., Macron said")."""
    tail = _SAID_TAIL.search(doc.text, ev.t_end, ev.sent[1])
    return tail is not None and any(m.code == ev.source.code for m in actors_in(doc, tail.start(), tail.end()))


def speculation(doc: Doc, ev: Ev) -> tuple[bool, str]:
    """(speculative?, modality) of an event from the cues around its trigger."""
    text = doc.text
    before = text[ev.clause[0]:ev.t_start]
    reported = _REPORTED_WOULD.search(text, ev.sent[0], ev.t_start)
    if reported and reported.start("would") >= ev.clause[0] and not conditional_after(doc, ev) and \
            not cue("vague_times").search(text, ev.t_end, ev.sent[1]):
        at = reported.start("would") - ev.clause[0]  # ("Iraq said it would release the prisoners" = "will release")
        before = before[:at] + "will " + before[at + 6:]
        ev.data["stated_intent"] = True  # the actor states it: an intent (03) when the act is cooperative
    if not reported and ev.source is not None and _WILL_BEFORE.search(before) and _told_by_itself(doc, ev):
        ev.data["stated_intent"] = True  # "France will withdraw its troops from Niger, Macron said": the actor's own word
    if ev.clause[0] > ev.sent[0] and (bare := _BARE_VERB_OPENING.fullmatch(before)) is not None and \
            not re.search(r"(?:s|ed|ing)$", bare.group("verb")) and \
            _MODAL_VP.search(text, max(ev.sent[0], ev.clause[0] - 300), ev.clause[0]):
        return True, "hedged"  # "... must impose sanctions on Russia, and then continue the dialogue with the
        # Kremlin": a coordinated bare verb phrase stays under the first one's modal
    if ev.pos == "verb" and cue("refused_permissions", r"\b(?:refus\w*|denied|deny|denies|denying|withh[eo]ld\w*)\s+"
                                r"(?:[\w'’-]+\s+){0,4}?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{}\s+to\s+$").search(before):
        return True, "negated"  # "had been refused a visa to attend a meeting in New York": a permission refused, the
        # act it would permit did not happen (cues/refused_permissions.txt)
    if ev.coref >= 0:  # "the meeting could be useful" hedges the usefulness, not the meeting
        return (True, "cancelled") if cue("cancellation", r"\b{}\s+(?:\w+\s+){0,2}$").search(before[-40:]) \
            else (False, "")
    sent = text[ev.sent[0]:ev.sent[1]]
    if ev.pos == "noun":
        after = text[ev.t_end:ev.clause[1]]
        plan = cue("plan_premodifiers", r"\b{}\s+(?:[\w-]+\s+){0,2}$").search(before)
        if plan and not cue("cancellation").search(after) and not cue("negation").search(before) and \
                not cue("hedges").search(before, 0, plan.start()):  # (not "will not attend a planned meeting")
            ev.data["planned"] = True  # "the upcoming talks between X and Y": a plan (036 for a meeting, below)
            return True, "future"
        if cue("noun_hedge_heads", r"^\s*{}\b").search(after) or cue("hedges_after_noun").search(after) or \
                cue("future_after_noun", r"^\s*(?:[\w-]+\s+){0,5}?{}\s+(?:start|begin|take|be|resume|go)").search(after):
            return True, "hedged"
        definite = re.search(r"(?:\b(?:the|this|that|its|his|her|their)|['’]s)\s+(?:[\w-]+\s+){0,2}$", before, re.I)
        if (definite and definite.group().lower().startswith("that") and _said_before().search(before, 0, definite.start())
                and not re.search(r"\b(?:the|this|its|his|her|their)\b|['’]s\b", definite.group()[4:], re.I)):
            definite = None  # "said that talks must resume": a complementiser, not a determiner
        if not definite and cue("modals", r"^\s*(?:[\w'’-]+\s+){0,8}?{}\b").search(after):
            return True, "hedged"  # "a ceasefire would not work" (but "the visit would help" presupposes the visit)
        if _NEGATED_MODAL.search(after):
            return True, "hedged"  # "the talks would not work without ...": a hypothetical, even with "the"
        if re.match(r"\s*(?:[\w'’-]+\s+){0,8}?(?:would|could|might)\s+(?:not\s+)?(?:be|constitute|amount\s+to|mean|"
                    r"represent|cross)\b", after, re.I):
            return True, "hedged"  # "the use of nuclear weapons by Russia would be a war crime": a hypothetical
        if cue("cancellation", r"\b{}\s+(?:\w+\s+){0,2}$").search(before[-40:]):
            return True, "cancelled"
        if cue("intent_nouns", r"\b{}\s+(?:not\s+)?to\s+(?:[\w'’-]+\s+){1,4}$").search(before[-60:]):
            return True, "hedged"  # "Kyiv's threat to drop talks with Moscow": planned or threatened, not done
    if ev.cameo[:2] in ("16", "17", "18", "19", "20") and ev.pos == "noun" and re.search(
            r"(?<!continue\s)(?<!continues\s)(?<!continued\s)(?<!began\s)(?<!started\s)"
            r"\b(?:to|will|would|plans?\s+to|set\s+to|expected\s+to|due\s+to)\s+(?:\w+\s+)?"
            r"(?:announce|impose|introduce|launch|unveil|adopt|slap|carry\s+out|begin|start)\w*\s+(?:\S+\s+){0,4}$",
            before, re.I):
        return True, "future"  # "U.S. to announce sanctions next week": not yet an act
    if ev.pos == "noun" and ev.cameo[:2] in ("15", "17", "18", "19", "20") and re.search(
            r"\b(?:(?:forces|troops|reserves|equipment|preparations?|prepar(?:e|es|ed|ing)|ready|readiness)\s+for|"
            r"prepar(?:e|es|ed|ing)\s+to\s+(?:continue|resume|launch|start|begin|conduct|carry\s+out|intensify|step\s+up|expand)|"
            r"plan(?:s|ned|ning)?\s+to\s+(?:continue|resume|launch|start|begin|conduct|carry\s+out|intensify|step\s+up|expand))\s+"
            r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$", before[-60:], re.I):
        return True, "future"  # "gathering forces for a renewed attack on Kharkiv": prepared, not yet made
    if ev.pos == "noun" and ev.cameo[:2] not in ("03", "13") and re.search(
            r"\b(?:will|shall|going\s+to|plans?\s+to|planning\s+to|set\s+to|(?<=\w)['’]ll)\s+(?:not\s+)?(?:\w+ly\s+)?"
            r"(?!continue|keep)\w+\s+(?:[\w'’-]+\s+){0,4}$", before[-60:], re.I):
        return True, "future"  # "will facilitate a visit", "will put an end to negotiations": an announced act
    if ev.cls.name in _PERFORMATIVE and cue("performative_frames", r"\b{}\s*(?:\w+ly\s+)?$").search(before[-50:]):
        return False, ""  # "I would like to thank Japan", "allow me to congratulate": done in the saying
    if re.match(r"expected\s", text[ev.t_start:ev.t_end], re.I):
        return True, "hedged"  # "is expected in Riyadh": a visit others expect, which the text does not assert
    before = re.sub(r"(?<=\S)(\s+)May\b", r"\1Mai", before)  # the month ("On May 3"), not the modal
    hedge = cue("hedges").search(before) or cue("hedges_near", r"\b{}\s+(?:[\w'’-]+\s+){0,4}$").search(before) or \
        cue("hedged_sources").search(before)  # ("according to rumours in Berlin, Germany will ...")
    if hedge and ev.pos == "verb" and ev.form is not None and ev.form.form in ("s", "past") and \
            (re.search(r"\b(?:and|but)\s+$", hedge.group()) or
             re.search(r"\s(?:and|but)\s+(?:also\s+|then\s+)?$", before[hedge.end():]) and
             not re.match(r"\s+by\b", text[ev.t_end:ev.t_end + 4])):  # (not a participle: "and approved by all")
        # ("calls for the mandate to be honoured and calls on all States to ...": a finite verb coordinated after
        # the hedge's phrase is asserted on its own)
        hedge = None  # "expressed concern over the fighting and urged Russia to ...": the hedge noun's phrase ends
        # at the conjunction; the verb after it is the subject's own second act
    if hedge and re.fullmatch(r"(?:plans?|proposals?)\s*", hedge.group(), re.I) and \
            (group := _PASSIVE_GROUP.search(before)) is not None and hedge.end() <= group.start():
        hedge = None  # "Egypt's proposal was rejected by Israel": the noun heads the passive's patient, no hedge
    if hedge and ev.cameo[:2] == "03" and not re.search(r"\b(?:may|might|could|possibl[ey]|perhaps|maybe|likely|"
                                                         r"unlikely|whether|if|unless|considering|mull\w*|must|should|ought\s+to|ha(?:s|ve)\s+to|"
                                                         r"reportedly|allegedly|purportedly|apparently|"
                                                         r"needs?\s+to|(?:believed|thought|understood|said|reported|alleged|supposed)\s+to|"
                                                         r"(?:calls?|appeals?|requests?|demands?)\s+(?:for|on|to))\b", before, re.I) \
            and not cue("hedged_sources").search(before):
        hedge = None  # an intent (03) is stated by its future marker ("would visit", "ready to resume talks");
        # what someone must or should do is an opinion, not an intent ("will have to start negotiations"); one
        # only reported ("has reportedly agreed to sell drones") is hedged
    if hedge:
        return True, "hedged"
    if ev.pos == "verb" and ev.cameo[:2] != "13" and re.search(r"\b(?:will|would|could|might)\s+(?:\w+\s+){0,3}$", before[-40:]) \
            and conditional_after(doc, ev):
        return True, "conditional"  # "the authorities will be forced to extradite them in the event that ...": not a fact
    if ev.pos == "verb" and (ev.cameo[:2] in ("12", "14", "15", "16", "17", "18", "19", "20") or ev.cameo[:2] in (
            "05", "06", "08") and ev.cls.name not in ("meet", "summit", "negotiate", "discuss", "visit", "arrive",
                                                     "phone")) and ((planned := re.search(
            r"(?:\b(?:will|shall|going\s+to|is\s+to|are\s+to|set\s+to|due\s+to|poised\s+to|expected\s+to|"
            r"prepar(?:es|ing|ed)\s+to|plans?\s+to|planning\s+to|intends?\s+to)|"
            r"(?<=\w)['’]ll)\s+(not\s+)?(?:" + ADVERB + r"\s+)?$", before[-40:], re.I))
            or _headline_infinitive(doc, ev, before)):  # ("will also expel", "will soon sign")
        # (a bare "to" is future only in a headline's "X to <verb>": "starts using the airport to shell Ukraine"
        # is a purpose, "Britain's decision to expel" a decided act)
        if planned and (planned.group(1) or negated_before(before[-40:][:planned.start()])):
            return True, "negated"  # "NATO will not recognise the annexation": a refusal, no act to come
        return True, "future"  # "Russia will invade Ukraine", "Finland set to sign a deal": not yet an act
    if ev.pos == "verb" and ev.cameo[:2] in ("10", "11", "12", "13") and re.search(
            r"\b(?:set|due|poised|expected|scheduled|slated)\s+to\s+(?:" + ADVERB + r"\s+)?$", before[-40:], re.I):
        return True, "future"  # "Biden set to warn Putin in video call": a words' act scheduled is not yet made (a bare
        # "will" stays: "Russia will reject any proposal" states the rejection now)
    if ev.pos == "verb" and ev.cameo[:2] in ("15", "17", "18", "19", "20") and re.search(
            r"\b(?:attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying))\s+to\s+(?:\w+ly\s+)?$", before[-40:], re.I):
        return True, "hedged"  # "continues attempts to seize all of Ukraine", "trying to occupy": not achieved
    if ev.pos == "verb" and ev.cameo[:2] in ("15", "17", "18", "19", "20") and re.search(
            r"\benough\s+(?:[\w-]+\s+){0,4}to\s+(?:\w+ly\s+)?$|\b(?:capable|able|capacity|ability)\s+(?:of|to)\s+(?:\w+ly\s+)?$",
            before[-60:], re.I):
        return True, "hedged"  # "Russia has enough troops massed to invade Ukraine": a capability, not an act
    if ev.pos == "verb" and ev.cameo[:2] in ("18", "19", "20") and re.search(
            r"\b(?:decision|decided|voted|ordered)\s+to\s+$", before[-30:], re.I):
        return True, "future"  # "Putin has decided to invade Ukraine": a decision to use force is not yet the use
    if ev.pos == "verb" and cue("intent_nouns", r"(?:\b(?:his|her|its|their|our|the|a|an)|['’]s)\s+(?:[\w-]+\s+)?{}\s+"
                                                r"(?:for\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}?)?(?:not\s+)?to\s+(?:help\s+(?:to\s+)?)?(?:\w+ly\s+)?$").search(before[-70:]):
        return True, "hedged"  # "his call to block Ukraine", "a plan to expel diplomats", "an EU demand for Turkey to
        # recognise Cyprus", "a request to help release Ukrainians": asked or planned, not done
    if ev.pos == "verb" and negated_before(before):
        return True, "negated"
    if cue("negated_frames", r"\b{}\s+(?:that\s+)?[^.;:!?]{0,100}$").search(text, ev.sent[0], ev.t_start):
        return True, "negated"  # "the withdrawal did not mean that Libya had cut its ties": the frame denies the act
    if ev.pos == "verb" and cue("negative_nouns", r"\b{}\b(?:\s+(?:of|by)\s+[^,;]{1,60}?)?\s+to\s+$").search(before[-90:]):
        return True, "negated"  # "the unwillingness of Macron to recognize the genocide": not done
    if re.match(r"\s*(?:[‘'\"“]\s*)?(?:[Nn]o|[Nn]either|[Nn]one\s+of\s+the)\s+(?:[\w'’-]+\s+(?:or\s+)?){0,4}$", before):
        return True, "negated"  # "No Russian missiles or strikes can break ...": a quantifier denying the act
    if ev.pos == "noun" and re.search(r"(?:\bnot|n't|\bnever|\bcannot|\bno\s+longer)\s+(?:[\w-]+\s+){1,4}$", before[-60:], re.I) \
            and re.search(r"\b(?:carry|launch|conduct|impose|hold|start|begin|make|mount|stage|have|pay|announce|"
                          r"introduce|resume)\w*\s+(?:[\w-]+\s+){0,3}$", before[-60:], re.I):
        return True, "negated"  # "cannot carry out an invasion", "did not impose sanctions"
    if re.search(r"\?[\s.\"”’']*$", sent) and (re.search(r"\b(?:may|might|could|would|will|can)\b", sent, re.I) or
                                        re.match(r"\s*(?:did|does|do|is|are|was|were|has|have|had|will|can)\b",
                                                 sent, re.I)):
        return True, "question"
    return False, ""
