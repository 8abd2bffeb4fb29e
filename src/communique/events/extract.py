"""Diplomatic events: who did what to whom, when and where, coded with CAMEO.

Rules over the text, clause by clause (no parser needed), in named steps:

* :func:`find_triggers`: forms and phrases of ``events/data/patterns.tsv`` (see
  :mod:`communique.events.triggers`), phrases with gaps winning over the words inside them;
* :func:`reading`: a form shared by a noun and a verb ("visits", "attack") is read from its
  neighbours; an -ed/-ing form before a noun ("occupied territories") is an adjective, no event;
* :func:`verb_arguments` / :func:`communique.events.arguments.noun_args`: source and target
  (see :mod:`communique.events.arguments`), coordinated subjects and objects giving one event each;
* :func:`keep`: an event needs a source; no actor is its own target unless the text names a
  distinct party of that state ("Russian police detained a Russian activist");
* coding (:mod:`communique.events.coding`), modality (:mod:`communique.events.modality`),
  dates (:mod:`communique.events.dating`).

>>> ev = extract_events("Kim Jong-un met Russian President Vladimir Putin in Vladivostok on Thursday.",
...                     dct="2019-04-27")
>>> ev[["source", "target", "cameo", "date", "date_basis", "location"]].values.tolist()
[['PRK', 'RUS', '042', '2019-04-25', 'text', 'Vladivostok']]
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import communique.events.cameo as _cameo
from communique.events.actors import Mention, code_on, gazetteer, out_of_office
from communique.events.arguments import (armed_agent_after, CONTENT_CLASSES, HIT_AFTER, content_end, posted_to, topic_situation, without_determiner_pronouns, COREF_CLASSES, RECIPIENT_CLASSES,
                                         antecedent, complement, find_location, first_object,
                                         CLAUSE_VERB_AFTER, group_of, group_origin, is_speaker, lifted_measure, light_verb, noun_args, patient, pick_subject,
                                         speaker_tail)
from communique.events.clauses import clause_spans, governing_prep, opens_relative, prev_word, topic_label_end, words
from communique.events.coding import aid_kinds, aid_word as aid_word_in, deadline_follows, label, promises_force, refine_code, sent_forces, threat_code
from communique.events.dating import date_bounds, link_date, relative_host
from communique.events.document import Doc, Ev, actors_in, heads_company, mentions_between, reach_index
from communique.events.lexicon import cue_regex
from communique.events.modality import ADVERB, conditional_after, cue, speculation
from communique.text.regex_trie import quick_start
from communique.events.triggers import Form, TriggerClass, class_named, lexicon, phrase_matches, trigger_scanner
from communique.text.corpus import Article, paragraph_spans
from communique.text.lexicon import function_words
from communique.text.tokens import sentence_spans

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["EVENT_COLUMNS", "extract_events", "extract_events_many", "clause_spans", "date_bounds",
           "find_triggers", "process_sentence"]

EVENT_COLUMNS = [
    "doc_id", "event_id", "date", "date_start", "date_end", "date_basis", "source", "source_name",
    "target", "target_name", "cameo", "cameo_root", "quad_class", "goldstein", "label", "location",
    "trigger", "trigger_start", "trigger_end", "sent_start", "sent_end", "sentence", "speculative",
    "modality", "duration", "timex", "coref", "published",
]

_LEAVE = re.compile(
    r"\b(?:due|ordered|told|forced|asked|required|given\s+\w+\s+\w+|have|has|must|will\s+have)\s+to\s+"
    r"(?P<trig>leave|depart|return\s+home)\b", re.IGNORECASE)
_SPACES = re.compile(r"[\s-]+")
_BACKGROUND = re.compile(
    r"\b(?:since\s+(?:[\w'’.-]+\s+){1,3}?(?:launched|began|started|unleashed)|since|amid|amidst|regarding|concerning|because\s+of|due\s+to|as\s+a\s+result\s+of|"
    r"in\s+connection\s+with|in\s+response\s+to|as\s+(?:a\s+)?part\s+of|in\s+the\s+wake\s+of|caused\s+by|"
    r"fled|flee|flees|fleeing|escap\w+|displaced\s+by|survived|(?:beginning|start|outbreak|anniversary|"
    r"days?|months?|year|victims?|consequences|results?|onset|eve|course|launch)\s+of|resistance\s+to|fight\s+against|"
    r"(?:days?|weeks?|months?|years?)\s+into|days?\s+\d+\s+of|(?:compensation|reparations?|punishment|accountability|"
    r"responsibility)\s+(?:to\s+\w+\s+)?for|related\s+to|linked\s+to|connected\s+(?:to|with)|(?:opposition|resistance)\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3})?to)\s+"
    r"(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


#: a counted span of a meeting ("four days of talks", "two weeks of intense negotiations"): the talks took place
_SPAN_OF_TALKS = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+"
                            r"(?:days?|weeks?|hours?|months?|rounds?)\s+of\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@functools.cache
def _background() -> re.Pattern:
    return quick_start(_BACKGROUND)  # (the same matches, searched fast: see scanner.quick_start)


#: roots of a directed act that two parties can trade ("traded accusations", "exchanged threats"): one event each way
_DIRECTED_EXCHANGES = frozenset({"11", "12", "13"})
_COMPLEMENT_TARGET = frozenset({"pledge", "agree", "reaffirm", "threaten", "deny", "demand", "appeal", "call_on"})
_WITH_CLASSES = frozenset({"meet", "discuss", "negotiate", "sign", "agree", "phone", "relations", "share_intel"})
_NOUN_ONLY_TARGETLESS = frozenset({"attack", "offensive", "annex", "shell", "bomb", "blockade", "call_on",
                                   "mediate"})
#: verdict classes whose passive subject is what is judged ("X's decision was welcomed by Y")
_PASSIVE_VERDICTS = frozenset({"praise", "support", "criticise", "deplore", "reject", "host"})  # (host: "welcomed")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_NOUN_DETERMINERS = frozenset({"official", "state"})  # determiners that are also nouns ("official visit" / "official warns")
_COORD = re.compile(r"(?:\s*\(\s*(?:the\s+)?[A-Z][A-Za-z0-9.&'’-]{1,15}\s*\)|\s*\))?"  # (a name's abbreviation: "(IAEA), Russia")
                    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|&\s*|[-–/]|as\s+well\s+as\s+)(?:the\s+)?$")


_INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?(?!the\b|an?\b|its\b|their\b|his\b|her\b)(?-i:[a-z]){2,}\b", re.IGNORECASE)
_SPORTING_ROOTS = frozenset({"03", "04", "06", "07", "15", "16", "18", "19"})  # what teams and sports bodies do: play, host, ban, attack
# (praise stays: "we congratulate Saudi Arabia on its bid to host the FIFA World Cup")
_PREDICATIVE = quick_start(re.compile(r"\b(?:is|are|was|were|be|been|being|seem\w*|appear\w*|sound\w*)\s+(?:not\s+)?(?:\w+ly\s+)?$",
                          re.IGNORECASE))
_MODAL_ADVERB = re.compile(r"\b(?:to|will|would|must|should|can|could|may|might|shall|not|never|['’]ll)\s+" + ADVERB + r"\s+$",
                           re.IGNORECASE)


@functools.cache
def _adjectival_head() -> re.Pattern:
    return cue("adjectival_heads", r"\s+(?:(?-i:[A-Z])[\w-]*\s+)?{}\b")


def find_triggers(doc: Doc, s_start: int, s_end: int) -> list[tuple[int, int, Form, int]]:
    """Trigger matches (start, end, form, end of the head word) in a sentence: gapped phrases first, then
    words and phrases not inside them (matched once per document, then taken by sentence)."""
    found = doc.data.get("triggers")
    if found is None:
        found = doc.data["triggers"] = _all_triggers(doc.text, doc.data)
        doc.data["trigger_starts"] = [t[0] for t in found]
    starts = doc.data["trigger_starts"]
    return [t for t in found[bisect.bisect_left(starts, s_start):bisect.bisect_left(starts, s_end)] if t[1] <= s_end]


@functools.cache
def _cue_literals(name: str) -> re.Pattern | None:
    """A case-insensitive pattern one of whose keys every match of ``cue(name)`` holds, for the trigger scanner to
    find in its one pass: a sentence without one needs no search for the cue. Either an alternation of strings the
    list itself requires (:func:`communique.text.regex_trie.required_literals`) or, when the words every match starts
    with are longer (fewer hits: "have", "has", "had" rather than "ha"), the cue itself, whose start keys the scanner
    reads (:func:`communique.events.scanner.pattern_keys`). None when nothing is certain."""
    from communique.events.lexicon import cue_regex
    from communique.events.scanner import pattern_keys
    from communique.text.regex_trie import required_literals

    source = cue_regex(name)
    needs = required_literals(re.compile(source))  # (case-sensitive here: the cue's own letters)
    whole = re.compile(source, re.IGNORECASE)
    keys = pattern_keys(whole)
    if not needs:
        return whole if keys else None
    one = min(needs, key=lambda s: (len(s), -min(map(len, s))))
    if keys and min(len(k) for k, _ in keys) > min(map(len, one)):
        return whole
    return re.compile("|".join(re.escape(w) for w in sorted(one, key=len, reverse=True)), re.IGNORECASE)


@functools.cache
def _pattern_literals(pattern: re.Pattern) -> re.Pattern | None:
    """Like :func:`_cue_literals` for a sentence pattern of this module (case-insensitive): the set of strings one
    of which each of its matches holds whose shortest string is longest (the fewest hits), read from the pattern
    without its case flag and matched with it. None when nothing is certain."""
    from communique.text.regex_trie import required_literals

    needs = required_literals(re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE))
    if not needs:
        return None
    one = max(needs, key=lambda s: (min(map(len, s)), -len(s)))
    return re.compile("|".join(re.escape(w) for w in sorted(one, key=len, reverse=True)), pattern.flags & re.IGNORECASE)


@functools.cache
def _trigger_extras() -> tuple[tuple[str, re.Pattern], ...]:
    cues = (("sports", "sports_context"), ("hostile", "hostile_plans"), ("light", "light_verbs"))
    # (and the sentence patterns searched in every sentence: a sentence without one of their strings is skipped)
    patterns = (("trailing_threat", _TRAILING_THREAT), ("named_threat", _NAMED_THREAT), ("force_option", _FORCE_OPTION), ("act_verdict", _act_verdict()),
                ("observers", _OBSERVERS_SAID), ("trailing_break", _trailing_break()), ("dismissed", _dismissed_accusation()))
    return (("leave", _LEAVE),) + tuple((key, pattern) for key, name in cues if (pattern := _cue_literals(name)) is not None) + \
        tuple((key, literals) for key, pattern in patterns if (literals := _pattern_literals(pattern)) is not None)


#: what follows an attack verb's object when the attack is in words: a verb of saying, or its reason in words
_VERBAL_ATTACK = re.compile(r"\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+(?:,\s*(?:saying|accusing|calling|describing|branding|arguing)\b|"
                            r"\s+(?:for|over)\s+(?:its|his|her|their)\s+(?:[\w-]+\s+)?(?:polic(?:y|ies)|stance|positions?|remarks?|"
                            r"comments?|statements?|rhetoric|hypocrisy|record|handling|failures?|decisions?|claims?)\b)", re.IGNORECASE)


def _cue_may_match(doc: Doc, name: str, start: int, end: int) -> bool:
    """False when the trigger scanner's pass found none of the cue's required strings (:func:`_cue_literals`)
    in [start, end): then ``cue(name)`` has no match there either."""
    starts = (doc.data.get("begins") or {}).get(name)
    if starts is None:
        return True  # (not scanned for: search)
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end


def _all_triggers(text: str, keep: dict | None = None) -> list[tuple[int, int, Form, int]]:
    lex = lexicon()
    scanner = trigger_scanner(_trigger_extras())  # one pass for where forms, phrases, _LEAVE and cues can match
    begins = scanner.starts(text)
    if keep is not None:
        keep["begins"] = begins
    found = [(m.start(), m.end(), form, head_end) for m, form, head_end in phrase_matches(text, begins=begins)]
    spans = [(a, b) for a, b, _, _ in found]
    for m in scanner.finditer("form", text, begins):
        if spans and any(a <= m.start() < b or a < m.end() <= b for a, b in spans):
            continue
        word = m.group().lower()
        key = word if word.isalpha() else _SPACES.sub(" ", word)  # (a plain word has no space or hyphen to join)
        form = lex.get(key) or lex.get(key.replace(" ", "")) or lex.get(word)
        if form is not None:
            found.append((m.start(), m.end(), form, m.end()))
    leave = class_named("leave")
    for m in scanner.finditer("leave", text, begins):
        found.append((m.start("trig"), m.end("trig"), Form("leave", "174", "verb", "base", leave), m.end("trig")))
    return sorted(found, key=lambda x: x[0])


# (the patterns reading() tries at every trigger, compiled once)
_POSSESSIVE_END = re.compile(r"['’]s\s*$")
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+ed\s+(?:with|by|in|at|on|for|from)\b")
_BEFORE_PARTICIPLE = re.compile(r"\b(?<!-)(?:the|a|an|its|their|his|her|our|of|in|from|to|into|at|near|across|with|for|"
                                r"about|newly|temporarily|illegally|partially|recently)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: a number word or quantifier before a regular participle and its noun ("six jailed Americans", "two detained
#: French citizens"); these words can also be the subject ("The two met on ...", "Some criticised the move"),
#: so the word after must be a noun (see _COUNTED_PARTICIPLE_NOUN), a capitalised one only opening its clause ("The
#: Group of Seven condemned ..."), and digits never count ("in 2022 invaded Ukraine")
_COUNT_BEFORE_PARTICIPLE = quick_start(re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|"
                                      r"thousands|several|some|many|these|those)\s+$", re.IGNORECASE))
_COUNTED_PARTICIPLE_NOUN = re.compile(r"ed\s+(?!(?:the|a|an|to|on|in|at|by|for|with|from|that|and|or|its|their|his|her|"
                                      r"this|these|those|it|them|him|us|as|into|over|after|before|during|out|up|off)\b)"
                                      r"(?-i:[a-z])[\w-]*\b", re.IGNORECASE)
_PLACE_PREP_END = re.compile(r"\b(?<!-)(?:to|into|at|near|across|towards|in|from|of)\s+$", re.I)


@functools.cache
def _before_participle() -> tuple[re.Pattern, re.Pattern]:
    """(a word before a participle that makes it an adjective, a place preposition ending a phrase); the end of a
    hyphenated name is no such word ("Moon Jae-in urged ...")."""
    return quick_start(_BEFORE_PARTICIPLE), quick_start(_PLACE_PREP_END)


_WARNED_THAT = re.compile(r"\s+(?:on\s+[A-Z][a-z]+day\s+)?that\s+(?:the\s+)?")


@functools.cache
def _warned_consequence() -> re.Pattern:
    return cue("warned_consequences", r"\s+(?:would|could|will|may|might|'d|'ll|risks?\s+to)\s+(?:\w+ly\s+)?(?:{})\b")


def _called_on_the_phone(doc: Doc, t_start: int, t_end: int, clause: tuple[int, int]) -> bool:
    """Whether the bare verb "call" is a phone call: after its subject (cues/call_subject_gap.txt), before an actor
    object that nothing but a time, purpose or coordinated verb follows (cues/call_object_end.txt).

    "Biden called Xi on Monday" is a call; "called Putin a war criminal" and "a group called Hamas" are naming."""
    text = doc.text
    before = actors_in(doc, clause[0], t_start)
    right_after_subject = bool(before) and not text[before[-1].end:t_start].strip(" ,")
    if not right_after_subject and text[clause[0]:t_start].strip() and not _call_subject_gap().search(text, clause[0], t_start):
        return False
    obj = next((x for x in actors_in(doc, t_end, clause[1]) if x.is_actor and
                x.text.lower() not in ("his", "her", "its", "their")), None)  # ("called his Russian counterpart")
    if obj is None or not _CALL_OBJECT_GAP.fullmatch(text, t_end, obj.start):
        return False
    end = obj.end
    for x in actors_in(doc, obj.end, clause[1]):  # to the end of coordinated objects: "called Russia and Ukraine to ..."
        if x.is_actor and re.fullmatch(r"\s*(?:,\s*and|,|and|&)\s+(?:the\s+)?", text[end:x.start]):
            end = x.end
    return bool(_call_object_end().match(text, end))


_CALL_OBJECT_GAP = re.compile(r"\s+(?:(?:his|her|their|its|the)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2})?")


@functools.cache
def _call_subject_gap() -> re.Pattern:
    return cue("call_subject_gap", r"(?<![\w-]){}\s+\Z")


@functools.cache
def _call_object_end() -> re.Pattern:
    return cue("call_object_end", r"\s*(?:\Z|[,.;:!?)\n]|(?:{})\b)")


def reading(doc: Doc, form: Form, t_start: int, t_end: int, clause: tuple[int, int]) -> tuple[str, Form] | None:
    """(pos, form) of a trigger in context, or None when it is no event (an adjective)."""
    text = doc.text
    pos = form.pos
    prev = prev_word(text, t_start, clause[0])
    determiners = words("determiners")
    if pos == "noun" and form.verb_cls is not None and prev not in determiners and not \
            _POSSESSIVE_END.search(text[max(clause[0], t_start - 4):t_start]):
        left_all = actors_in(doc, clause[0], t_start)
        nxt = text[t_end:min(t_end + 40, clause[1])]  # not across the sentence end ("... Russia sanctions\n\nThe EU")
        object_follows = bool(re.match(r"\s+[‘'\"“]?(?:\w+ly\s+)?(?:(?:the|a|an|its|his|her|their)\b|[A-Z])", nxt)) or \
            bool(mentions_between(doc, t_end + 1, t_end + 3))
        next_word = re.match(r"\s*[‘\"“]?([\w'’-]+)", nxt)
        next_is_word = bool(next_word) and next_word.group(1).lower() not in words("governing") | words("clause_words")
        actor_before = bool(left_all) and not text[left_all[-1].end:t_start].strip() and \
            left_all[-1].kind not in ("capital", "city", "region")
        # headline syntax: "UK demands immediate release of ...", "China demands end to ...": after a named
        # actor, a verb-like plural noun followed by a lower-case noun phrase and its preposition is the verb
        headline_verb = actor_before and next_is_word and form.verb_form == "s" and \
            left_all[-1].kind not in ("demonym",) and \
            bool(re.match(r"\s+[‘'\"“]?(?:[a-z][\w-]*[’'\"”]?\s+){1,2}(?:of|to|for|from|on|that)\b", nxt))
        # a plural subject of coordinated actors before a bare form: "US, Germany and UK promise military support"
        plural_verb = actor_before and next_is_word and form.verb_form == "base" and len(left_all) > 1 and \
            bool(re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?", text[left_all[-2].end:left_all[-1].start]))
        # "Zelenskyy pledges to return ...": before an infinitive the -s form after a named actor is the verb
        infinitive_verb = actor_before and form.verb_form == "s" and left_all[-1].kind != "demonym" and \
            bool(re.match(r"\s+to\s+(?!(?:the|a|an|its|his|her|their)\b)[a-z]+\b", nxt))
        # "IAEA demands that Russia withdraw ...": before a complementiser and a name the -s form is the verb
        that_verb = actor_before and form.verb_form == "s" and left_all[-1].kind != "demonym" and \
            bool(re.match(r"\s+that\s+(?:the\s+)?(?-i:[A-Z])", nxt))
        if headline_verb or plural_verb or infinitive_verb or that_verb or (actor_before and next_is_word and object_follows) or (object_follows and (
                prev in ("and", "also", "", "to", "will", "would", "must", "should", "can", "could", "may",
                         "might", "not", "never")
                or text[clause[0]:t_start].rstrip().endswith(",")
                or _MODAL_ADVERB.search(text, max(clause[0], t_start - 40), t_start)  # "will soon visit China"
                or re.match(r"\w+s$", prev)
                or form.verb_form == "ing" and prev in _GERUND_PREPS  # "after meeting Putin": a gerund
                or form.verb_form == "ing" and re.fullmatch(r"continu(?:e|es|ed)|keeps?|kept|beg[ia]n|begins|start(?:s|ed)?|"
                                                            r"resum(?:e|es|ed)", prev))):  # "continued shelling Kharkiv"
            form = Form(form.verb_cls.name, form.verb_code or form.verb_cls.cameo, "verb", form.verb_form,
                        form.verb_cls, frame=form.verb_frame)
            pos = "verb"
    if pos == "verb" and " " not in text[t_start:t_end].strip() and (prev in determiners or _POSSESSIVE_END.search(
            text[max(clause[0], t_start - 4):t_start])) and cue("noun_homographs", r"(?:{})\Z").match(text[t_start:t_end].strip()):
        return None  # "in a sign of a thaw", "a host of countries", "the Russian press": the noun names no act
    if pos == "noun" and form.cameo[:2] == "04" and cue("surveillance_verbs", r"\b{}\s+(?:[\w'’-]+\s+){0,2}\Z").search(
            text, max(clause[0], t_start - 50), t_start):
        return None  # "Russian forces intercept Ukrainian phone calls": what is spied on, no act of its actors
    if form.cls.name == "visit" and cue("travel_modifiers", r"\b{}[^\S\n]+\Z").search(text, max(clause[0], t_start - 24), t_start):
        return None  # "granted visa-free travel to Georgians": travel in general, no visit by anyone
    if form.cameo[:2] in ("18", "19", "20") and cue("non_force_modifiers", r"\b{}[^\S\n]+\Z").search(
            text, max(clause[0], t_start - 30), t_start):
        return None  # "a hunger strike", "a heart attack", "a charm offensive": no use of force
    if pos == "verb" and form.cls.name == "phone" and text[t_start:t_end].lower().startswith("call") and \
            not _called_on_the_phone(doc, t_start, t_end, clause):
        return None  # "called Putin a war criminal", "a group called Hamas": naming, no call
    if pos == "verb" and form.form == "s" and _PARTICIPLE_AFTER.match(text[t_end:t_end + 30]):
        return None  # "State Department phones hacked with spyware": a plural noun before its participle
    if pos == "verb" and prev in determiners and form.form == "past" and " " not in text[t_start:t_end].strip() and \
            _adjectival_head().match(text, t_end):
        return None  # "its occupied territories", "the liberated villages": a participle after a determiner is an adjective
    if pos == "verb" and form.form == "past" and " " not in text[t_start:t_end].strip() and \
            (before := lexicon().get(prev)) is not None and (before.pos == "verb" or before.verb_cls is not None) and \
            before.form in ("base", "s", "past") and (_adjectival_head().match(text, t_end) or any(
                x.kind == "demonym" and not text[t_end:x.start].strip() for x in mentions_between(doc, t_end, t_end + 40))):
        return None  # "Venezuela releases detained Colombians", "shelled occupied Donetsk": a participle right after a
        # verb of an act, before its object's noun, is an adjective inside that object, no act of its own
    if pos == "verb" and prev in determiners and form.cls.nouns and not form.copular and not (
            prev in _NOUN_DETERMINERS and form.form in ("s", "past")) and not (
            # "the two leaders first met": an ordinal after a plural noun, before a past form, is an adverb
            form.form == "past" and prev in words("adverbial_ordinals") and
            re.search(r"[a-z]s\s+\w+\s+$", text[max(clause[0], t_start - 30):t_start])):
        pos = "noun"  # "a strike", "the first strikes" (but "Russian official warns": a subject noun, then the verb)
    if pos == "verb" and " " in text[t_start:t_end].strip() and not re.search(r"\sof\b", text[t_start:t_end]) and not (
            form.cls.name == "halt" and re.search(r"\s(?:on|in)\s", text[t_start:t_end])) and (  # ("a freeze on aid to
        # Egypt", "a cut in aid": a halt's noun phrase, read as a noun below)
            prev in ("the", "a", "an", "its", "his", "her", "their", "our") or
            _POSSESSIVE_END.search(text[max(clause[0], t_start - 4):t_start])):
        return None  # "for his call to block Ukraine": a verb phrase's words after a determiner are a noun phrase
    elif pos == "verb" and (prev in ("the", "a", "an", "its", "his", "her", "their", "our") or _POSSESSIVE_END.search(
            text[max(clause[0], t_start - 4):t_start])) and form.form not in ("past", "ing"):
        pos = "noun"  # "the use of nuclear weapons by Russia", "the supply of weapons": a verb form used as a noun
    if pos == "verb" and form.form in ("ing", "past") and " " not in text[t_start:t_end].strip():
        if _adjectival_head().match(text, t_end) and not _subject_right_before(doc, t_start):
            return None  # "occupying forces", "occupied territories", "the occupied city of": adjectives
            # (but "Russia deployed troops": a named subject right before makes it the verb)
        if form.cls.name == "annex" and re.search(r"\b(?:temporarily|illegally|partially|newly)\s+$", text[max(clause[0], t_start - 14):t_start],
                                                  re.I) and re.match(r"\s+[A-Z]", text[t_end:t_end + 3]):
            return None  # "the temporarily occupied Enerhodar": a participle before a place name
        count = _COUNT_BEFORE_PARTICIPLE.search(text, max(clause[0], t_start - 14), t_start)
        if count and (text[count.start()].islower() or not text[clause[0]:count.start()].strip()) and (
                _COUNTED_PARTICIPLE_NOUN.match(text, t_end - 2) or text[t_end - 2:t_end].lower() == "ed" and any(
                    x.kind == "demonym" and 0 < x.start - t_end <= 2 for x in doc.mentions)) and form.cls.name != "call_on":
            return None  # "six jailed Americans", "two detained French citizens": a participle before its noun
        if _before_participle()[0].search(text[max(clause[0], t_start - 40):t_start]) and \
                (re.match(r"\s+[a-z]", text[t_end:t_end + 3]) or any(
                    x.kind in ("demonym", "state") and 0 < x.start - t_end <= 2 and
                    (x.kind == "demonym" or re.match(r"\s+[‘'\"“]?[a-z]", text[x.end:x.end + 4]))
                    for x in doc.mentions)) and form.cls.name != "call_on":
            return None  # "the temporarily occupied city", "to detained Russian fighters", "the jailed Americans": a
            # participle before its noun (a demonym may be the noun itself)
        if _before_participle()[1].search(text[max(clause[0], t_start - 12):t_start]) and \
                re.match(r"\s+\w", text[t_end:t_end + 3]) and form.cls.name in ("annex", "attack", "liberate"):
            return None  # "the mission to occupied Zaporizhzhia", "in Occupied Ukraine": a participle before its noun
    if pos == "noun" and _PREDICATIVE.search(text, max(clause[0], t_start - 30), t_start) and \
            re.match(r"\s*(?:[,.;:!?]|$|\s(?:but|and|or|because|if)\b)", text[t_end:t_end + 10]):
        return None  # "his comments may have been offensive but": an adjective after a copula, no act
    if (pos == "noun" or form.form == "base") and " " not in text[t_start:t_end].strip() and \
            (pos == "noun" or prev not in ("to", "will", "would", "must", "should", "can", "could", "may", "might", "not")) and \
            cue("compound_heads", r"\s+{}\b").match(text, t_end):
        return None  # "the US travel advisory": a compound noun, no event
    if form.cls.name == "posture" and pos == "noun" and re.search(r"\bjoint\s+(?:[\w-]+\s+)?$", text[clause[0]:t_start],
                                                                   re.IGNORECASE):
        exercise = class_named("exercise")  # "joint live-fire drills": a drill held together is cooperation (062)
        form = Form(exercise.name, exercise.cameo, "noun", form.form, exercise)
    if form.cls.name == "exercise" and pos == "noun" and not re.search(r"\bjoint\b", text[max(clause[0], t_start - 30):t_end], re.I) \
            and re.match(r"\s+(?:[\w-]+\s+){0,3}?(?:near|off|around|close\s+to|along)\b", text[t_end:clause[1]]):
        posture = class_named("posture")  # "China held military exercises near Taiwan": a show of force (150)
        form = Form(posture.name, posture.cameo, "noun", form.form, posture)
    if text[t_start:t_end].lower() == "call" and pos == "noun" and re.match(r"\s+with\b", text[t_end:t_end + 8]):
        form = Form("phone", "041", "noun", "sg", class_named("phone"))
    return pos, form


#: the end of a coordination before a verb, with its adverbs ("..., and later sent", "and then quickly signed")
_AND_ADVERBS = re.compile(r"(?:,|\band)\s*(?:(?:also|then|later|again|soon|subsequently|[a-z]+ly)\s+){0,2}$")


def _content_stop(text: str, name: str, t_end: int, clause_end: int) -> int:
    """Where the content of a verb of class ``name`` ends: at the comma before an occasion (", in a call with
    Putin"), at a comment's first comma ("expressed concern about ..., the minister said"), at an occasion without a
    comma ("pledged to boost cooperation during a visit by Marcos": the visit is no content), else at the clause's end."""
    comma = text.find(",", t_end, clause_end)
    if comma >= 0 and (name == "comment" or _OCCASION.match(text, comma)):
        return comma
    return content_end(text, t_end, clause_end)


def _subject_right_before(doc: Doc, t_start: int) -> bool:
    """Whether a named actor (not a demonym) ends just before ``t_start`` ("Russia deployed troops")."""
    ends = doc.data.get("mention_ends")
    if ends is None:
        ends = doc.data["mention_ends"] = [m.end for m in doc.mentions]
    k = bisect.bisect_right(ends, t_start)
    for m in doc.mentions[max(0, k - 3):k]:
        if m.kind != "demonym" and m.is_actor and re.fullmatch(r"\s+(?:\w+ly\s+)?", doc.text[m.end:t_start]):
            return True
    return False


# "Canada joins the US and Britain in imposing ...", "Australia, joining Britain, recognised ...": the one who joins
# and the ones joined all do the act
_JOINED = quick_start(re.compile(r"\bjoin(?:s|ed)?\s+(?P<list>[^;:!?\n]{1,80}?)\s+in\s+(?:\w+ly\s+)?"
                     r"(?P<gerund>[a-z]+ing\s+(?:[\w'’-]+\s+){0,3})?$|"
                     r",\s*joining\s+(?P<list2>[^,;.]+?)\s*,\s*(?:\w+ly\s+)?$", re.IGNORECASE))


def _joined_parties(doc: Doc, ev: Ev, noun: bool = False) -> tuple[Mention, list[Mention]] | None:
    """(the one who joins, the ones joined) when the trigger is what they join in doing ("Japan joined the United
    States in condemning Russia"); for a noun, only after the gerund of a light verb ("in imposing new sanctions")."""
    m = _JOINED.search(doc.text, ev.sent[0], ev.t_start)
    if m is None or noun and not (m.group("gerund") and light_verb().match(m.group("gerund"))):
        return None
    a, b = m.span("list") if m.group("list") is not None else m.span("list2")
    allies = [x for x in actors_in(doc, a, b) if x.is_actor]
    joiner = next((x for x in reversed(actors_in(doc, ev.sent[0], m.start())) if x.is_actor), None)
    if joiner is None or not allies or governing_prep(doc.text, joiner.start, ev.sent[0]):
        return None
    return joiner, [x for x in allies if x.code != joiner.code]


#: classes of assent: ratifying, approving or backing an act is agreeing to it
_ASSENTS = frozenset({"ratify", "support", "praise", "sign"})


def verb_arguments(doc: Doc, ev: Ev, form: Form, left: list[Mention], right: list[Mention],
                   prev_verb: Ev | None, speakers: set[Mention]) -> bool:
    """Source and target of a verb trigger; False when the verb has no subject to credit."""
    text = doc.text
    cls = ev.cls
    if (joined := _joined_parties(doc, ev)) is not None:
        ev.source, ev.data["co_sources"] = joined[0], joined[1]
        ev.target = first_object(doc, right, ev.t_end, cls, verb_end=ev.t_end, frame=form.frame)
        return True
    if text[ev.t_start:ev.t_end].lower().endswith("ing") and prev_verb is not None and prev_verb.source is not None and \
            prev_verb.sent == ev.sent and _GERUND_ADJUNCT.fullmatch(text, prev_verb.t_end, ev.t_start):
        ev.source = prev_verb.source  # "visited Kyiv before meeting Putin": a gerund adjunct of time shares the main
        ev.target = first_object(doc, right, ev.t_end, cls, verb_end=ev.t_end, frame=form.frame)  # clause's subject
        ev.data["adjunct_of"] = prev_verb  # (and its time: "will visit Kyiv before meeting Putin" is a plan too)
        return True
    floor = ev.data.get("subject_floor", ev.clause[0])  # after a fronted adjunct's comma
    before = text[floor:ev.t_start]
    passive = form.form == "past" and not form.copular and (
        bool(cue("passive", r"\b{}\s+(?:\w+ly\s+)?$").search(before[-25:])) or
        bool(re.match(r"\s+by\b(?!\s+[a-z]+ing\b)", text[ev.t_end:ev.t_end + 30]) and " " not in text[ev.t_start:ev.t_end]) or
        # ("retaliated by expelling": a means, no agent)
        # a participle after its noun and before a preposition: "UN accused of collaborating", "Iran criticised by"
        # (also across a bare noun: "Russian warship accused of", and "Taiwan invited to")
        bool(left and re.fullmatch(r"(?:\s+[a-z][\w-]*){0,2}\s*,?\s*", text[left[-1].end:ev.t_start]) and
             " " not in text[ev.t_start:ev.t_end] and not re.search(r"\b(?:who|which|that)\b", text[left[-1].end:ev.t_start]) and
             not _TEMPORAL_PP.match(text, ev.t_end) and  # "whom Albania expelled on Monday": active
             not re.search(r"\b(?:whom|which|that)\s+(?:the\s+)?$", text[max(floor, left[-1].start - 12):left[-1].start]) and
             (re.match(r"\s+(?:of|by|for|over|after|in|at|on)\b", text[ev.t_end:ev.t_end + 8]) and
              cls.name in ("accuse", "criticise", "arrest", "expel", "reject", "praise", "sanction", "attack") or
              re.match(r"\s+to\b", text[ev.t_end:ev.t_end + 4]) and cls.name in ("appeal", "call_on") and
              not (form.frame and "to" in form.frame))) or  # ("appealed to the UN" is active)
        # "settlers accused of violence": 'accused of' with no object between is passive, whatever precedes it
        (cls.name == "accuse" and " " not in text[ev.t_start:ev.t_end] and
         bool(re.match(r"\s+of\b", text[ev.t_end:ev.t_end + 5]))))
    # a speaker is the source of their statement, not of the act they report ("X said Russia attacked ...");
    # a subject pronoun after the verb of saying refers back to the speaker ("X said it had expelled ...")
    subjects = without_determiner_pronouns(doc, [x for x in left if x not in speakers or _speaker_is_subject(doc, x, ev)])
    if cls.name == "threaten" and not passive and re.match(r"warn", text[ev.t_start:ev.t_end], re.I) and \
            re.search(r",\s*$", before) and speaker_tail(text, ev.t_end, ev.sent[1]):
        # "Russia will pay a price, warns Biden": the speaker follows the verb, what is warned of precedes it
        teller = next((x for x in actors_in(doc, ev.t_end, ev.sent[1]) if x.is_actor), None)
        content = [t for t in find_triggers(doc, ev.sent[0], ev.t_start) if t[0] >= floor]
        if teller is None or content:
            return False  # no named speaker ("warns senior IOC member"), or a prediction of another's act
        # ("Russia will invade Ukraine, warns a US official" reports the invasion; it threatens nothing)
        ev.source = teller
        ev.target = next((x for x in actors_in(doc, ev.sent[0], ev.t_start) if x.is_actor and x.code != teller.code), None)
        return ev.target is not None
    if _effort_to().search(before):
        return False  # "backed Egypt's efforts to broker a truce": an attempted act, the content of its noun
    if _RELATIVE_TAIL.search(before) and (relative := _RESTRICTIVE_RELATIVE.search(before)) is not None:
        # "Turkey expelled ten Western ambassadors who had called for ...": the verb of a restrictive relative
        # clause has its antecedent for subject, never the main clause's; an antecedent naming no actor gives none
        heads = [x for x in subjects if x.is_actor and floor + relative.start(1) <= x.start and x.end <= floor + relative.end(1)]
        if not heads:
            return False
        subjects = heads[-1:]
    if (sub := _subordinate_subject().search(before)) is not None:
        # "France recalled its ambassador from Niger after the junta demanded his departure": the verb of a subordinate
        # clause has the clause's own subject, never the main clause's; one naming no actor gives none
        own = [x for x in subjects if x.is_actor and floor + sub.start("np") <= x.start and x.end <= floor + sub.end("np")]
        if not own:
            return False
        subjects = own
    if re.search(r"\b(?:used|designed|intended|meant|built)\s+(?:by\s+[^,;]{1,60}?\s+)?to\s+$", before):
        return False  # "railways used to deliver weapons to Ukraine", "arms that could be used by China to threaten
        # Taiwan": a purpose, the content of the noun it serves (whoever the agent), no act of its own
    if (causee := _CAUSEE_BEFORE.search(before)) is not None:
        # "working to convince allies to send more ammunition to Ukraine", "helped Kyiv to ...": the one persuaded
        # or helped does the verb; a collective or unnamed one gives no event
        doers = [x for x in subjects if floor + causee.start(1) <= x.start and x.end <= floor + causee.end(1) and x.is_actor]
        if not doers:
            return False
        subjects = doers[:1]
    if prev_verb is not None and prev_verb.target is not None and re.search(r"\bto\s+$", before):
        subjects = [x for x in subjects if x is not prev_verb.target]  # "visits Kyiv to meet ...": not Kyiv
    if doc.data.get("subjectless_verb_end", -1) >= floor and re.search(r"\band\s+(?:also\s+)?$", before):
        return False  # "the parties condemned ... and called on ...", "the charity criticised Britain's policy and
        # called on ...": the second verb has the first one's subject (an actor between is the first verb's object)
    aux_passive = passive and bool(cue("passive", r"\b{}\s+(?:\w+ly\s+)?$").search(before[-25:]))
    if passive and not aux_passive:  # "brigade accused by Ukraine": the noun right before is the patient
        subjects = [x for x in subjects if re.fullmatch(r"[\s,]*(?:(?![\w-]+ly\b)[a-z][\w-]*\s+){0,3}", text[x.end:ev.t_start])
                    and not _VERB_AND_OBJECT.search(text, x.end, ev.t_start)]
        # ("Lithuania boycotted a summit hosted by China": the summit is hosted, not Lithuania)
    if passive and (content := cue("content_nouns", r"\b{}\s+that\s").search(text, floor, ev.t_start)) is not None and \
            any(x.end <= content.start() for x in subjects):
        subjects = [x for x in subjects if x.end <= content.start()]  # "Britain's accusation that Moscow ... was
        # dismissed by the Kremlin": the that-clause is the noun's content, its actors no patient
    if passive:
        agent = [x for x in right if re.search(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                                                text[max(ev.t_end, x.start - 40):x.start], re.I)
                 and x.text.lower() not in ("his", "her", "its", "their")  # ("by his Polish counterpart")
                 and not heads_company(text, x)]  # ("brokered by US firm Arbor Networks": a business, no state's act)
        subj, _ = pick_subject(doc, subjects, floor, passive=True)
        if not agent and (move := _FRONTED_MOVE.match(text, ev.sent[0], floor)) is not None:
            agent = [x for x in actors_in(doc, ev.sent[0] + move.end(), floor) if x.is_actor][:1]
            # "In a retaliatory move announced by the Kremlin, 25 British diplomats were ordered to leave": the
            # agent of the fronted move is the agent of the agentless passive it frames
        ev.source = agent[0] if agent else None
        ev.target = subj
        first = next((x for x in right if x.is_actor and x.end <= ev.clause[1] and
                      re.fullmatch(r"\s+between\s+(?:the\s+)?", text[ev.t_end:x.start])), None) \
            if ev.source is None and ev.target is None and cls.symmetric else None
        if first is not None and (partners := _coordinated(doc, first, right, ev.clause[1])):
            ev.source, ev.target = first, partners[0]  # "an accord was signed between Peru and Ecuador": the two parties
            # (right after the verb: in "no date had been agreed for a meeting between X and Y" they are the noun's)
        if agent and not cls.symmetric and (patients := _subject_chain(doc, subjects, subj)):
            ev.target = patients[0]  # "Croatia and Slovenia were recognised by Germany": one event per patient
            ev.data["more_targets"] = patients[1:]
        if ev.source is not None:  # "condemned by Turkey, Jordan and Egypt": one event per agent
            more = _coordinated(doc, ev.source, right, ev.clause[1])
            if more and cls.symmetric and ev.target is None:
                ev.target, more = more[0], more[1:]  # "the agreement was signed by Serbia and Kosovo"
            if more:
                ev.data["co_sources"] = more
        if ev.source is not None and ev.target is None and cls.name in ("provide", "aid", "contribute") and \
                (recipient := next((x for x in right if x.is_actor and x.code != ev.source.code and
                                    governing_prep(text, x.start, ev.t_end) == "to"), None)) is not None:
            ev.target = recipient  # "aid was provided by Japan to Bangladesh": the goods are the subject, "to" the party
        if ev.source is not None and ev.target is None and cls.name in _PASSIVE_VERDICTS and \
                (between := [x for x in left if x.is_actor and governing_prep(text, x.start, floor) == "between"]):
            ev.target = between[0]  # "the restoration of ties between Saudi Arabia and Iran was welcomed by China":
            ev.data["more_targets"] = between[1:]  # the parties of the act judged
        if ev.source is not None and ev.target is None and cls.name == "mediate":
            between = [x for x in left if governing_prep(text, x.start, floor) == "between"]
            if between:  # "the deal between Iran and Saudi Arabia was brokered by China" (a non-state party: null)
                between = [None if x.code.startswith("NGO:") else x for x in between]
                ev.target = between[0]
                ev.data["more_targets"] = between[1:]
        return ev.source is not None
    coordinated = prev_verb is not None and prev_verb.source is not None and \
        _AND_ADVERBS.search(before)
    if coordinated and not (left and not text[left[-1].end:ev.t_start].strip(" ,")):
        ev.source = prev_verb.source
        if shared := [x for x in prev_verb.data.get("all_sources", ()) if x.code != ev.source.code]:
            ev.data["co_sources"] = shared  # "the United States and Britain rejected ... and threatened": both threaten
        if cls.shares_target and prev_verb.target is not None:
            ev.data["shared_target"] = prev_verb.target  # (taken below when the verb names no target of its own)
    elif coordinated and left and prev_verb.target is not None and left[-1].start == prev_verb.target.start and re.fullmatch(r",\s*", text[left[-1].end:ev.t_start]):
        ev.source = prev_verb.source  # headline "Biden visits Poland, decries Putin": the object before the comma
        # is the first verb's; the second verb shares its subject
    elif form.form == "ing" and prev_verb is not None and prev_verb.source is not None and \
            (re.search(r",\s*$", before) or prev_verb.cls.name == "retaliate" and re.search(r"\bby\s+$", before)):
        ev.source = prev_verb.source  # ", accusing it of crimes": an adjunct shares the main clause's subject
        ev.target = first_object(doc, right, ev.t_end, cls, verb_end=ev.t_end, frame=form.frame)
        return True
    elif form.form == "ing" and (said := _SAID_WHEN.search(before)) is not None and \
            (teller := next((x for x in reversed(left) if x.end <= floor + said.start() and
                             re.fullmatch(r"\s*", text[x.end:floor + said.start()])), None)) is not None:
        ev.source = teller  # "..., the German chancellor said after meeting the French president": the speaker met
        ev.target = first_object(doc, right, ev.t_end, cls, verb_end=ev.t_end, frame=form.frame)
        return True
    elif form.form == "ing" and (inner := _INNER_ADJUNCT.search(before)) is not None and \
            (host := next((x for x in reversed(left) if x.end <= floor + inner.start() and
                           not text[x.end:floor + inner.start()].strip()), None)) is not None:
        ev.source = host  # "The Thai minister, speaking after meeting his Cambodian counterpart, said": the minister
        ev.target = first_object(doc, right, ev.t_end, cls, verb_end=ev.t_end, frame=form.frame)
        return True
    elif form.form == "ing" and _FRONTED.fullmatch(text, ev.sent[0], ev.t_start) and \
            (main := _main_subject(doc, ev)) is not None:
        ev.source = main  # "After arriving in Hanoi, Xi said ...": a fronted adjunct has the main clause's subject
        ev.target = first_object(doc, [x for x in right if x.end <= main.start], ev.t_end, cls, verb_end=ev.t_end,
                                 frame=form.frame)
        return True
    elif form.form == "ing" and _DOCUMENT_BEFORE.search(before) and \
            (author := pick_subject(doc, [x for x in subjects if x.end <= floor + _DOCUMENT_BEFORE.search(before).start()
                                          and not governing_prep(text, x.start, floor) and
                                          not re.search(r"\b(?:of|from|in|with|for)\b", text[floor:x.start], re.I)],
                                    floor)[0]) is not None:
        # (the author is the bare subject: "the heads of committees of EU states issued ..." names no author)
        ev.source = author  # "the Assembly adopted a resolution condemning Russia": the author of the text acts
        ev.target = first_object(doc, right, ev.t_end, cls, verb_end=ev.t_end, frame=form.frame)
        return True
    elif form.form == "ing" and _RESPONSE_BY.search(before) and \
            (agent := pick_subject(doc, [x for x in subjects if x.end <= floor + _RESPONSE_BY.search(before).start()],
                                   floor)[0]) is not None:
        ev.source = agent  # "Moscow retaliated by expelling four diplomats": the means has the clause's subject
        ev.target = first_object(doc, right, ev.t_end, cls, verb_end=ev.t_end, frame=form.frame)
        if ev.target is None and prev_verb is not None and prev_verb.source is not None and \
                prev_verb.source.code != agent.code and prev_verb.t_end <= agent.start:
            ev.target = prev_verb.source  # "Japan tightened export controls, and Seoul responded by threatening to
            # end a pact": a response is aimed at whoever did the act it answers
        return True
    elif form.form == "ing" and not re.search(r"\b(?:is|are|was|were|be|been|being|'s|'re)\s+(?:(?:\w+ly|not|never|no\s+longer|still|also|now|again)\s+)*$",
                                              before) and not (left and not before[left[-1].end - floor:].strip()) and \
            not _GERUND_OF_ACT.search(before) and not _ASPECTUAL.search(before):
        # ("Egypt began supplying gas to Israel": after a verb of beginning or continuing the gerund is the act)
        return False  # a participle modifying a noun: "the UN vote condemning Russia"
    else:
        ev.source, partner = pick_subject(doc, subjects, floor)
        if ev.source is not None and ev.source.kind == "demonym" and re.search(r"\band\s+(?:also\s+|then\s+)?$", before) and \
                re.match(r"\s+(?-i:[a-z])", text[ev.source.end:ev.source.end + 3]) and \
                (first := next((x for x in subjects if x.end <= ev.source.start and not governing_prep(text, x.start, floor)),
                               None)) is not None and first.code != ev.source.code and \
                re.search(r"\b(?-i:[a-z])[a-z]+(?:ed|s)\s+(?:[\w'’-]+\s+){0,3}$", text[first.end:ev.source.start]):
            ev.source, partner = first, None  # "Turkey violated Greek airspace and expelled a Greek diplomat": the
            # demonym modifies the first verb's object; the coordinated verb has the clause's subject
        if form.form == "ing" and ev.source is not None and _GERUND_OF_ACT.search(before) and (
                governing_prep(text, ev.source.start, floor) or
                re.search(r"\b(?:of|from|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", text[max(floor, ev.source.start - 30):ev.source.start])):
            return False  # "the heads of committees of seven EU parliaments issued a statement calling for ...": no state acts
        chain = _subject_chain(doc, subjects, ev.source)
        if chain:  # "Spain, Ireland and Norway recognised ...": the first is the source, each other one too
            ev.source = chain[0]
            partner = chain[1] if len(chain) > 1 else partner
            if len(chain) > 2:
                ev.data["chain"] = chain[2:]
        topic_party = None
        if cls.name in _WITH_CLASSES:
            ev.target = next((x for x in right if re.search(r"\bwith\s+(?:the\s+)?$",
                                                            text[max(ev.t_end, x.start - 12):x.start])), None)
            if ev.target is not None and partner is not None and partner.code != ev.target.code and \
                    _TOPIC_WITH.search(text, ev.t_end, ev.target.start):
                topic_party, ev.target = ev.target, None  # "NATO and the EU are discussing possible negotiations with Russia": the pair
                # meets; the with-phrase belongs to the topic noun
        obj = first_object(doc, right, ev.t_end, cls, verb_end=ev.t_end, frame=form.frame, strict=True) \
            if ev.target is None and partner is not None and cls.symmetric else None
        if obj is not None and ev.source is not None and obj.code == ev.source.code:
            obj = None  # "agreed to hold a summit in Seoul": a place of the source's own country is no party
        if obj is not None and obj is topic_party:
            obj = None
        if obj is not None and cls.name == "discuss" and obj.start > ev.t_end:
            obj = None  # "Blinken, Borrell discuss build-up of Russian troops near Ukraine's borders": what a pair
            # discusses is its topic, the pair are the parties
        if obj is not None and obj.kind == "demonym" and re.search(r"\b[a-z][\w-]*\s+of\s+(?:the\s+|an?\s+)?(?:[a-z]+ing\s+)?$",
                                                                 text[ev.t_end:obj.start]):
            obj = None  # "X and Y discussed the threat of Russian escalation": a modifier inside the topic, no party
        # (what is pledged ends at an occasion: "pledged to boost cooperation during a visit by Putin" names no partner)
        pledged_end = content_end(text, ev.t_end, ev.clause[1]) if cls.name == "pledge" else ev.clause[1]
        if obj is None and partner is not None and cls.name in ("meet", "phone") and _BARE_OBJECT.match(text, ev.t_end):
            ev.data["co_sources"] = [partner]  # "Qatari and Egyptian mediators met Hamas officials": both met them
        elif ev.target is None and partner is not None and cls.symmetric and obj is None:
            ev.target = partner  # "Kenya and Ethiopia ratified a treaty": the partner
        elif ev.target is None and partner is not None and cls.name == "pledge" and not any(
                x.is_actor and x.kind not in ("capital", "city", "region") and x.start < pledged_end for x in right) and \
                cue("reciprocal_objects").search(text, ev.t_end, pledged_end):
            ev.target = partner  # "Greece and Turkey pledged to improve relations": a pledge the two make each other
        elif partner is not None:
            ev.data["co_sources"] = [partner]  # "Canada and Norway ratified Finland's membership": two sources
            if chain := ev.data.pop("chain", []):
                ev.data["co_sources"] += chain
    if ev.target is None:
        ev.target = first_object(doc, right, ev.t_end, cls, verb_end=ev.t_end, frame=form.frame)
    if ev.target is None and cls.name == "threaten" and (that := _WARNED_THAT.match(text, ev.t_end)) is not None:
        told = next((x for x in right if x.start == that.end() and x.is_actor), None)
        if told is not None and _warned_consequence().match(text, told.end) and \
                (ev.source is None or told.code != ev.source.code):
            ev.target = told  # "Britain warned that Iran could face further sanctions": the one told what it would suffer
            ev.data["told_consequence"] = True  # (a threat, not a report of the target's act: kept below)
    if ev.target is None and ev.source is not None and not passive:
        ev.target = _relative_antecedent(doc, ev.source, left, floor)
    if ev.target is None and (shared_target := ev.data.pop("shared_target", None)) is not None and \
            ev.source is not None and shared_target.code != ev.source.code:
        ev.target = shared_target  # "rejected the vote in Zimbabwe and threatened further sanctions": on Zimbabwe
    ev.data.pop("shared_target", None)
    if cls.name in ("appeal", "call_on") and ev.target is not None and re.match(
            r"\s+(?:on\s+|upon\s+)?(?:(?:all|the|other|fellow|its|their|our)\s+)*(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?:s|community|world)"
            r"\s+(?:to|not\s+to)\b", text[ev.t_end:ev.target.start]):
        ev.target = None  # "urges countries to give Ukrainians haven": a common-noun addressee is no actor
    partner = ev.data.get("co_sources", [None])[0]
    if partner is not None and ev.source is not None and ev.target is None and \
            re.match(r"(?:exchang|swap|trad)", text[ev.t_start:ev.t_end], re.I):
        ev.target = partner  # "Ukraine and Russia exchanged prisoners": a reciprocal act between the two
        ev.data.pop("co_sources", None)
        ev.data["reciprocal"] = ev.cameo[:2] in _DIRECTED_EXCHANGES  # "X and Y traded accusations": X>Y and Y>X
    elif partner is not None and ev.source is not None and ev.target is None and cls.name in ("pledge", "agree") and \
            _SHARED_MATTER.search(text, ev.t_end, ev.clause[1]):
        ev.target = partner  # "Armenia and Azerbaijan committed to resolving their border dispute": with each other
        ev.data.pop("co_sources", None)
    elif ev.source is not None and ev.target is not None and ev.cameo[:2] in _DIRECTED_EXCHANGES and \
            re.match(r"(?:exchang|swap|trad)", text[ev.t_start:ev.t_end], re.I):
        ev.data["reciprocal"] = True  # "India traded accusations with Pakistan": each accuses the other
    elif partner is not None and ev.source is not None and re.match(r"\s+(?:each\s+other|one\s+another)\b", text[ev.t_end:]):
        ev.target = partner  # "Moscow and Kyiv accused each other": both directions
        ev.data.pop("co_sources", None)
        ev.data["reciprocal"] = True
    return ev.source is not None


# "admits to buying weapons from", "began shelling", "resumed supplying": the gerund is the subject's act
_GERUND_OF_ACT = quick_start(re.compile(r"\b(?:admit(?:s|ted|ting)?\s+to|confess(?:es|ed)?\s+to|beg[ia]n|begins?|start(?:s|ed)?|resum(?:e|es|ed)|"
                            r"continu(?:e|es|ed)|stopp?(?:s|ed)|ke(?:ep|eps|pt)|finish(?:es|ed))\s+(?:\w+ly\s+)?$|"
                            # "signed a decree recognising ...", "issued a statement condemning ...": the document's act
                            r"\b(?:sign(?:s|ed)?|issu(?:es|ed)|adopt(?:s|ed)|publish(?:es|ed))\s+(?:a|an|the|its|their)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:decree|law|resolution|order|statement|declaration|communiqu[eé])\s+$", re.I))
_TEMPORAL_PP = re.compile(r"\s+(?:on\s+(?:\w+day|\d)|in\s+(?:\d{4}|January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)|at\s+the\s+weekend|on\s+the\s+\d)", re.IGNORECASE)
_RECEIVED_FROM = re.compile(r"\s+(?:[\w$,.'’-]+\s+){1,8}?from\s+(?:the\s+)?")
_HOSTED_TALKS = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:talks|negotiations|meetings?|consultations)\s+between\s+(?:the\s+)?",
                           re.IGNORECASE)
#: a verb of issuing and its document, before a participle that says what the document does
_DOCUMENT_BEFORE = re.compile(r"\b(?:adopt|issu|pass|releas|approv|publish|sign|sen[dt]|deliver|support|back|endors|"
                              r"vot(?:e|es|ed|ing)\s+for)\w*\s+(?:a|an|the|its|their)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:resolution|statement|declaration|communiqu[eé]|letter|note|motion)\s+$",
                              re.IGNORECASE)
#: a restrictive relative clause right before a verb trigger, its antecedent (up to four words, no comma) in group 1:
#: "ambassadors who had | called for", "the lawmakers that | visited" (auxiliaries and adverbs may stand between)
#: the end every restrictive relative clause before a trigger has: "who"/"that" and up to three auxiliaries or adverbs
_RELATIVE_END = (r"(?:who|that)\s+(?:(?:has|have|had|would|will|could|can|may|might|should|must|also|already|then|once|"
                 r"not|never|reportedly|recently|allegedly|previously|earlier|later|subsequently)\s+){0,3}$")
_RESTRICTIVE_RELATIVE = re.compile(r"(?:^|\s)((?:[\w'’.-]+\s+){0,3}[\w'’.-]+)\s+" + _RELATIVE_END, re.IGNORECASE)
#: the same end after a space, which every match of _RESTRICTIVE_RELATIVE holds: searched first, as it tries only the
#: spaces before a "who" or "that", where the whole pattern tries up to four words before every space of the text
#: before the trigger; most of those texts have no such end
_RELATIVE_TAIL = re.compile(r"\s" + _RELATIVE_END, re.IGNORECASE)
#: a subordinate clause's own subject right before the trigger: a conjunction (cues/subordinators.txt), a noun phrase
#: that opens with a determiner (an "of" or "in" phrase inside it) and up to two auxiliaries or adverbs: "after the
#: junta demanded", "when the new government in Niger had ordered"
_AUXILIARY = r"(?:has|have|had|was|were|is|are|will|would|could|also|then|later|again|been|\w+ly)"


@functools.cache
def _subordinate_subject() -> re.Pattern:
    return cue("subordinators", r"\b{}\s+(?P<np>(?:the|a|an|its|their|his|her)\s+(?:(?!(?:who|which|that|and|or|but|to|"
               r"on|with|by|for|from|at|against|over)\b)[\w'’.-]+\s+){1,5}?)(?:" + _AUXILIARY + r"\s+){0,2}$")


#: a verb of persuading, pressing or helping and its object before "to <verb>": the object does the verb
_CAUSEE_BEFORE = quick_start(re.compile(r"\b(?:convinc|persuad|pressur|encourag|push|help|enabl|forc|allow)\w*\s+"
                            r"((?:(?!to\b)[\w'’.-]+\s+){1,4}?)to\s+(?:\w+ly\s+)?$", re.IGNORECASE))
_ACCESSION_AFTER = re.compile(r"[^\S\n]+(?:membership|accession|entry)(?:[^\S\n]+(?:bids?|applications?|protocols?))?"
                             r"|[^\S\n]+(?:bids?|applications?)\b", re.IGNORECASE)


def _candidates_of(doc: Doc, igo: Mention, right: list[Mention]) -> list[Mention]:
    """The states whose membership of ``igo`` the text names around it: "NATO membership for/of/by Finland and Sweden",
    "Finland's NATO accession" (empty when the IGO itself is the party)."""
    text = doc.text
    after = _ACCESSION_AFTER.match(text, igo.end)
    if after is None:
        return []
    owner = next((x for x in doc.actors if x.end <= igo.start and re.fullmatch(r"['’]s\s+(?:the\s+)?", text[x.end:igo.start])
                  and x.kind == "state"), None)
    if owner is not None:
        return [owner]
    prep = re.match(r"\s+(?:for|of|by)\s+(?:the\s+)?", text[after.end():after.end() + 12])
    if prep is None:
        return []
    start = after.end() + prep.end()
    first = next((x for x in right if x.start == start and x.kind == "state"), None)
    return [first] + _coordinated(doc, first, right, len(text)) if first is not None else []


#: a supported document that says what it does: "supported a resolution recognizing Russia as ...", whose
#: participle is the act (of the supporter), not support of anyone
_SUPPORTED_DOCUMENT = re.compile(r"\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:resolution|statement|declaration|"
                                 r"motion)\s+\w+ing\b", re.IGNORECASE)
_FORCES_NEAR = re.compile(r"\s+(?:[\w,-]+\s+){0,3}?(?:warships?|troops|forces|soldiers|bombers|fighter\s+jets|submarines?|"
                          r"aircraft\s+carriers?|naval\s+vessels?)\s+(?:near|off|along|towards|toward|close\s+to|to\s+the\s+border)\b",
                          re.IGNORECASE)
_ENVOYS = re.compile(r"\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:delegations?|envoys?|mission|"
                     r"negotiators|representatives?|emissary|emissaries)\b", re.IGNORECASE)
_SENT_ARMED = re.compile(r"[^.;]*?\b(?:military|armed|troops|soldiers|peacekeep\w*)\b", re.IGNORECASE)
#: civilians as the object of "deploy": staff, inspectors or monitors sent in, no show of force
_CIVILIANS_DEPLOYED = re.compile(r"\s+(?:(?:a|an|the|its|his|her|their|some|roughly|about|around|up\s+to|more\s+than)\s+)*"
                                 r"(?:[\w-]+\s+){0,2}?(?:staff|inspectors|experts|monitors|observers|personnel|"
                                 r"officials|delegations?|envoys?|(?:monitoring|observer|fact-finding)\s+missions?)\b",
                                 re.IGNORECASE)
#: an appeal's collective addressee ("urged Arab states to ...", "called on the international community"): a null
#: target, but an addressee all the same
_COLLECTIVE_ADDRESSEE = re.compile(r"\s+(?:on\s+|upon\s+)?(?:the\s+|all\s+|other\s+|fellow\s+|its\s+|their\s+|our\s+|his\s+|her\s+)*(?:[A-Z][\w-]*\s+)?"
                                   r"(?:states|countries|nations|allies|partners|governments|(?:international\s+)?community|"
                                   r"world|members|neighbours|neighbors)\s+(?:to|not\s+to|for)\b")
_SHARED_MATTER = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,2}?(?:dispute|disputes|differences|conflict|relations|ties|"
                            r"border|borders|talks|cooperation)\b|"  # (or a bond they make: "pledged a 'no limits' partnership")
                            r"\b(?:an?|the)\s+(?:[\"“'‘]?[\w-]+[\"”'’]?\s+){0,3}?(?:partnership|alliance|friendship|relationship)\b",
                            re.IGNORECASE)
_EFFORT_TO = re.compile(r"(?:['’]s|\b(?:the|its|their|his|her|an?|all))\s+(?:[\w-]+\s+)?(?:efforts?|attempts?|bids?|offers?|"
                        r"proposals?|push|drive|initiative)\s+to\s+$", re.IGNORECASE)
#: verbs of beginning, resuming and continuing before a gerund, which is then the clause's act
_ASPECTUAL = re.compile(r"\b(?:beg[ia]n|begins?|beginning|start(?:s|ed)?|continu(?:e|es|ed)|resum(?:e|es|ed)|kept|keeps?)\s+$")
#: a verb of responding and 'by' before a gerund: the gerund is the act, done by the verb's subject
_RESPONSE_BY = re.compile(r"\b(?:retaliat\w*|respond\w*|react\w*|hit\s+back|struck\s+back|strikes\s+back|answer\w*)"
                       r"(?:\s+[\w'’-]+){0,4}?\s+by\s+$")


@functools.cache
def _effort_to() -> re.Pattern:
    return quick_start(_EFFORT_TO)


_GERUND_PREPS = frozenset({"after", "before", "upon", "on", "while", "since", "by", "without", "when"})
_FRONTED_ADJUNCT = re.compile(r"\s*(?:after|before|upon|on|while|when|since|following|during|in|at|speaking|despite|"
                              r"amid)\b[^,;:]{3,90},", re.IGNORECASE)
_SAID_WHEN = re.compile(r"\s+(?:said|says|told\s+[\w-]+|added|stressed)\s+(?:(?:on\s+)?\w+day\s+)?(?:after|before|upon|while|when|on)\s+$",
                        re.IGNORECASE)
_INNER_ADJUNCT = re.compile(r",\s*(?:[\w-]+\s+){0,2}?(?:after|before|upon|on|while|since|following)\s+$", re.IGNORECASE)
_FRONTED = re.compile(r"\s*(?:after|before|upon|on|while|when|since|following)\s+", re.IGNORECASE)
_OBJECT_RELATIVE = re.compile(r"(?:(?P<gap>(?:\s+[\w-]+){1,3})\s+(?:whom|that|which)|\s+whom)\s+(?:the\s+)?")


#: a direct object after a verb: a noun phrase, not a preposition, adverb or time ("met Hamas officials")
_BARE_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?!(?:in|on|at|off|near|aboard|with|for|to|again|twice|today|"
                          r"yesterday|briefly|here|there|later|after|before|during|over|last|this|next|and|but)\b)"
                          r"[A-Za-z][\w-]*(?<!ly)\b")


#: a demonym that only says where a thing was made or who holds it ("Iranian-made drones used by Russia")
_MAKER = re.compile(r"[-–](?:made|manufactured|built|produced|supplied|designed|held|occupied|controlled|based|headquartered|"
                    r"registered|flagged|owned)\b")  # ("the Gibraltar-based Menatep Group is suing Russia": a company)
_YIELDED = re.compile(r"\b(?:withdraw\w*|releas\w+|return\w*|retreat\w*|compl\w+|stop\w*|end(?:ing)?|halt\w*|leav\w+|"
                      r"cease\w*|lift\w*|free\w*|hand\w*)\b", re.I)  # what a demand insists another state do
_TOPIC_WITH = re.compile(r"\b(?:negotiations|talks|relations|ties|cooperation|war|conflict|dialogue|deal|agreement|"
                         r"contacts|dispute|partnership)\s+with\s+(?:the\s+)?$", re.I)
_FRONTED_PLACE = re.compile(r"\s*(?:In|Near|Around|Over)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+\s*,\s*")


def _and_light_verb(text: str, floor: int, t_start: int) -> int:
    """Offset of the "and" before a light verb that governs the noun at ``t_start`` ("condemned the test and
    imposed sanctions on ..."), else 0."""
    m = light_verb().search(text, max(floor, t_start - 60), t_start)
    if m is None:
        return 0
    conj = re.search(r"\band\s+(?:also\s+|then\s+)?$", text[max(floor, m.start() - 12):m.start()])
    return max(floor, m.start() - 12) + conj.start() if conj else 0


def _coordinated_modifiers(doc: Doc, ev: Ev, left: list[Mention]) -> None:
    """ "Qatari and Egyptian mediators", "American and South Korean troops held joint drills": two modifiers
    of one head are two sources (a joint act with no other party: the second is the partner)."""
    text = doc.text
    src = ev.source
    if src not in left or src.end > ev.t_start:
        return
    k = left.index(src)
    if k == 0 or left[k - 1].kind not in ("demonym", "seat", "state") or left[k - 1].code == src.code or \
            not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[left[k - 1].end:src.start]):
        return
    first = left[k - 1]
    if first.kind == "state" and src.kind == "state":
        return  # "Russia and Ukraine talks": handled as a pair of names
    if ev.cls.symmetric and ev.target is None:
        ev.source, ev.target = first, src
    else:
        ev.data.setdefault("co_sources", []).append(first)


def _main_subject(doc: Doc, ev: Ev) -> Mention | None:
    """The subject of the main clause after a fronted adjunct ("After arriving in Hanoi, Xi said"): the first
    actor right after the adjunct's comma."""
    comma = doc.text.find(",", ev.t_end, ev.sent[1])
    if comma < 0:
        return None
    after = actors_in(doc, comma + 1, ev.sent[1])
    if after and re.fullmatch(r"\s*(?:the\s+)?", doc.text[comma + 1:after[0].start], re.IGNORECASE):
        return after[0]
    return None


def _relative_antecedent(doc: Doc, subject: Mention, left: list[Mention], floor: int) -> Mention | None:
    """The object an object relative clause leaves out: "the Russian diplomat whom Bulgaria expelled" (the
    antecedent, a noun phrase of at most three words ending before the relative pronoun)."""
    text = doc.text
    for m in reversed([x for x in left if x.end <= subject.start]):
        rel = _OBJECT_RELATIVE.fullmatch(text, m.end, subject.start)
        if rel is None:
            return None
        gap = (rel["gap"] or "").split()
        if any(w.lower() in words("speech_verbs") or w.lower() in words("auxiliaries") or w.endswith("ed")
               for w in gap):
            return None  # "Lithuania said that Belarus expelled ...": a complementiser, not a relative pronoun
        if (gap and m.kind != "demonym") or (not gap and m.kind not in ("person", "role", "seat")):
            return None  # the antecedent is a noun phrase ("the Russian diplomat whom"); after a state name the
            # word before "that" is a verb ("The IAEA demands that Russia withdraw")
        return m if m.code != subject.code else None
    return None


@functools.cache
def _office_coord() -> re.Pattern:
    """A conjunction before plural office-holders of the next state: "Lithuania's president and the presidents of"."""
    return cue("office_plurals", r"(?:['’]s(?:\s+[a-z][\w-]*){1,2})?\s*(?:,\s*)?and\s+(?:the\s+)?{}\s+of\s+(?:the\s+)?$")


@functools.cache
def _related_coord() -> re.Pattern:
    """A relation noun of the first actor after "and its": "Saudi Arabia and its ally Bahrain" is one list (the
    possessive may be a mention of its own, then the text after it is matched)."""
    return cue("coordinated_relations", r"(?:\s*,?\s*and\s+(?:its|their))?\s+(?:(?:close|key|main|old|traditional|regional)\s+)?"
                                        r"{}\s+(?:the\s+)?")


def _coordinates(doc: Doc, before: Mention, after: Mention) -> bool:
    """Whether the text between two subjects joins them ("Canada, Denmark and", "X's president and the presidents of",
    "Saudi Arabia and its ally")."""
    between = doc.text[before.end:after.start]
    if before.code == after.code and after.kind == "person" and before.kind != "person" and \
            re.fullmatch(r"\s+(?-i:[a-z])[a-z-]+\s+", between):
        return True  # "PLO official Mahmoud Abbas": the body, its title and the name are one party (one link of a list)
    if before.text.lower() in ("its", "their"):
        return bool(re.search(r"\band\s+$", doc.text[max(0, before.start - 8):before.start]) and
                    _related_coord().fullmatch(between) and not between.startswith((" and", ",")))
    return bool(_COORD.fullmatch(between) or " of" in between and _office_coord().fullmatch(between) or
                " its " in between and _related_coord().fullmatch(between))


def _subject_chain(doc: Doc, left: list[Mention], subject: Mention | None) -> list[Mention]:
    """The coordinated subjects ending with the one nearest the verb ("Canada, Denmark and Norway")."""
    if subject is None or subject not in left:
        return []
    k = left.index(subject)
    if k + 1 < len(left) and _coordinates(doc, subject, left[k + 1]) and \
            not doc.text[left[-1].end:].startswith("'s"):
        k = max(i for i in range(k, len(left)) if i == k or _coordinates(doc, left[i - 1], left[i]))
    chain = [left[k]]
    while k > 0 and _coordinates(doc, left[k - 1], left[k]) and left[k - 1].kind not in ("city",) \
            and (governing_prep(doc.text, left[k - 1].start, 0) in ("", "of") or  # "after the talks with Kyiv, the EU"
                 governing_prep(doc.text, left[k - 1].start, 0) == "by" == governing_prep(doc.text, left[k].start, 0) or
                 governing_prep(doc.text, left[k - 1].start, 0) == "from" and group_origin(doc.text, left[k - 1])):
        # ("observers sent by South Africa and Nigeria", "officials from Germany, France and Italy": one phrase)
        k -= 1
        chain.insert(0, left[k])
    # an apposition is one member ("Japan's prime minister, Fumio Kishida, and South Korea's president, Yoon")
    chain = [c for i, c in enumerate(chain) if i == 0 or c.code != chain[i - 1].code]
    return chain if len(chain) > 1 else []


#: a fronted adjunct naming the agent of a move ("In a retaliatory move announced by the Kremlin, ..."), up to the agent
_FRONTED_MOVE = re.compile(r"\s*(?:In|As)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:move|step|measure|decision|response|"
                           r"retaliation|reprisal)\s+(?:announced|ordered|taken|decided|made)\s+(?:on\s+\w+day\s+)?by\s+")


_RELATIVE = re.compile(r"\s*(?:who|which)\s", re.IGNORECASE)


def _relative_left(doc: Doc, clause: tuple[int, int], t_start: int, sentence_actors: list[Mention]) -> list[Mention]:
    """Subject candidates for a trigger in or after a relative clause: "The Turkish president, who met Putin in
    Sochi, called on the West": both verbs take the antecedent, and the main verb none of the relative clause's
    actors ([] when the clause is no relative clause)."""
    text = doc.text
    rel = _RELATIVE.match(text[clause[0]:clause[0] + 8])
    if rel is None:
        return []
    antecedent = [m for m in sentence_actors if m.end <= clause[0] and m.kind not in ("city", "region")]
    if not antecedent or not re.fullmatch(r"(?:['’]s(?:\s+[a-z][\w-]*){1,3})?[\s,]*(?:(?:[A-Z][\w.'’-]*\s+){1,3}?"
                                          r"[A-Z][\w.'’-]*\s*,\s*)?", text[antecedent[-1].end:clause[0]]):
        return []  # (the antecedent may be a possessor's noun phrase: "Pakistan's army chief, who ...", and a name in
        # apposition may follow it: "Togo's foreign minister, Robert Dussey, who ...")
    close = text.find(",", clause[0], t_start)
    start = close + 1 if close >= 0 else clause[0]
    return [antecedent[-1]] + actors_in(doc, start, t_start)


def _speaker_is_subject(doc: Doc, speaker: Mention, ev: Ev) -> bool:
    """The speaker acts in the reported clause only through a pronoun ("X said it would ...")."""
    between = doc.text[speaker.end:ev.t_start]
    return bool(re.search(r"\b(?:said|says|told\s+\w+|added|stressed|noted|insisted|claimed)\s+(?:on\s+\w+\s+)?"
                          r"(?:that\s+)?(?:it|he|she|they|we|I)\s+(?:\w+\s+){0,3}$", between, re.I)) or \
        speaker.end >= ev.t_start or \
        bool(re.fullmatch(r"\s+(?:\w+ly\s+)?(?:(?:has|have|had|also|again)\s+)*", between))  # "Kyiv insists on ...":
    # the verb of saying is the trigger itself


def _coordinated(doc: Doc, first: Mention, pool: list[Mention], limit: int) -> list[Mention]:
    """Actors coordinated with ``first`` ("X, Y and Z"), in order, up to ``limit``."""
    out, last = [], first
    for x in pool:
        if x.start < last.end or x.start > limit:
            continue
        if x.code != last.code and (_COORD.fullmatch(doc.text[last.end:x.start]) or last.text.lower() in ("its", "their")
                                    and _coordinates(doc, last, x)) and x.kind not in ("city", "region"):
            out.append(x)
            last = x
        elif x.code == last.code and x.text.lower() in ("its", "their") and \
                re.fullmatch(r"\s*,?\s*and\s+", doc.text[last.end:x.start]):
            last = x  # "Saudi Arabia and its ally Bahrain": the possessive of the relation noun that joins the next
        elif x.code == last.code and re.fullmatch(r"\s*\(\s*(?:the\s+)?", doc.text[last.end:x.start]):
            last = x  # "the International Atomic Energy Agency (IAEA), Russia and China": the name's abbreviation
        elif x.start >= last.end:
            break
    # a comma-only last member followed by a verb starts a new clause ("As Russia invades Ukraine, Iraqis
    # remember ..."), while headline lists drop their "and" ("bids by Sweden, Finland as ...")
    if out:
        prev = out[-2] if len(out) > 1 else first
        link = doc.text[prev.end:out[-1].start]
        nxt = re.match(r"\s+([a-z][\w'’-]*)", doc.text[out[-1].end:out[-1].end + 30])
        if "," in link and not re.search(r"\b(?:and|or)\b|&", link) and nxt and nxt.group(1) not in _LIST_FOLLOWERS:
            out.pop()
    return out


_LIST_FOLLOWERS = frozenset("as in on at over for to with from after amid and or of by during since while who which "
                            "that about against".split())


_THIRD_PARTY = re.compile(r"(?:\b(?:auspices|mediation|invitation)\s+of|\b(?:mediated|brokered|hosted|facilitated|sponsored)\s+by)"
                          r"\s+(?:the\s+)?(?:(?:[Gg]overnment|[Rr]epublic|[Kk]ingdom|[Ss]tate)\s+of\s+(?:the\s+)?)*$")
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def _fallback_party(doc: Doc, ev: Ev, sentence_actors: list[Mention], clause: tuple[int, int]) -> None:
    """A noun meeting missing one party takes it from the sentence ("the Hanoi summit with Trump, Kim said")."""
    known = ev.source or ev.target
    loc = find_location(doc, clause, ev.t_start, ev.t_end)[0]
    others = [x for x in sentence_actors if x.code != known.code and x.kind not in ("city", "region")
              and not (x.kind == "capital" and loc.startswith(x.name))
              and not re.fullmatch(r"\s*(?:and|,|or)\s*", doc.text[known.end:x.start])
              and not cue("situation_nouns", r"^\s+{}\b").match(doc.text[x.end:x.end + 14])  # "the Ukraine war"
              and not (x.start > ev.t_end and governing_prep(doc.text, x.start, ev.t_end) in _TOPIC_PREPS)
              and not (x.start > ev.t_end and governing_prep(doc.text, x.start, ev.t_end) in ("in", "at") and not cue(
                  "situation_nouns", r"\b{}\s+(?:in|at)\s+(?:the\s+)?$").search(doc.text, max(ev.t_end, x.start - 30), x.start))
              and not topic_situation(doc.text, ev.t_end, x.start)
              and not _THIRD_PARTY.search(doc.text, max(0, x.start - 70), x.start)]
    # ("negotiations with hold-out groups under the auspices of the Government of Kenya": Kenya is the mediator)
    # ("a summit on the crisis in Burundi": the state of the crisis the meeting is about; "a conference on the
    # war in Sudan with Chad": Chad takes part)
    # ("a meeting on Ukraine's defence", "talks about Syria": what they are about, not who takes part; "talks between
    # the government and rebels resumed in Kenya": where, not who)
    # a party after a later trigger belongs to that act ("the visit follows a pledge ... to fight Russia")
    later = [t[0] for t in find_triggers(doc, ev.sent[0], ev.sent[1]) if t[0] > ev.t_end]
    others = [x for x in others if x.end <= ev.t_start or not later or x.start < later[0]]
    if others:
        before_ = [x for x in others if x.end <= ev.t_start]
        subjects = [x for x in before_ if not governing_prep(doc.text, x.start, ev.sent[0])]
        other = subjects[0] if subjects else (before_[-1] if before_ else others[0])
        if ev.source is None:
            ev.source = other
        else:
            ev.target = other


def ev_is_topic(text: str, floor: int, t_start: int) -> bool:
    """Whether a noun trigger at ``t_start`` is the topic of a report noun ("information on the invasion")."""
    return bool(cue("report_nouns", r"\b{}\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?(?:as\s+of\s+[^,;]{1,30}?\s+)?"
                                    r"(?:on|about|of|regarding|concerning)\s+"
                                    r"(?:[\w'’-]+\s+){0,3}$").search(text, max(floor, t_start - 80), t_start))
    # ("operational information of the General Staff on the Russian invasion", "information as of 6:00 on April 23 on")


#: the intent code (03) of a cooperative act announced for the future: to cooperate, to cooperate materially,
#: to give aid, to yield
_INTENT_OF = {"05": "030", "06": "031", "07": "033", "08": "035"}
#: a diplomatic post before a city: the city stands for the state the post is accredited to
_DIPLOMATIC_POST = re.compile(r"\b(?:ambassadors?|envoys?|embass(?:y|ies)|diplomats?|charg[eé]\s+d['’]affaires)\s+"
                              r"(?:to|from|in)\s+(?:the\s+)?$", re.IGNORECASE)
#: a veto's object: a (draft) resolution named before the state its content is about
_VETOED_RESOLUTION = re.compile(r"\s+(?:(?:a|an|the|its|their|another|two|three)\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?P<res>(?:draft\s+)?resolutions?|drafts?)(?:\s+(?:on|about|over|against|condemning|"
                                r"demanding|calling|urging|threatening|imposing|that|which)\b|\s*[.;,]|\s*$)")


# between a patient and its verb of facing or receiving: nothing but auxiliaries and adverbs ("Russia is now facing")
_PATIENT_GAP = re.compile(r"(?:['’]s)?(?:\s+(?:is|are|was|were|has|have|had|been|now|also|still|again|already|could|"
                          r"may|might|will|would|to|set|likely|soon|itself|themselves|\w+ly))*\s+", re.IGNORECASE)


def keep(doc: Doc, ev: Ev) -> bool:
    """Whether an event with its arguments is reportable."""
    cls, pos = ev.cls, ev.pos
    for role in ("source", "target"):
        m = getattr(ev, role)
        if m is not None and re.search(r"\b(?:anti|pro|non)[-–]$", doc.text[max(0, m.start - 5):m.start], re.I):
            setattr(ev, role, None)  # "anti-Ukrainian graffiti", "pro-Russian media": an attitude, not the state
    if ev.target is not None and not ev.target.code:
        ev.target = None  # a person of unknown allegiance ("Lib Dem leader Charles Kennedy") is no target
    if ev.source is not None and ev.source.code.startswith("NGO:"):
        return False  # a non-state body (the Red Cross) is never a source
    named_party = ev.target is not None and ev.target.code.startswith("NGO:")
    if named_party:
        ev.data["named_party"] = ev.target
        ev.target = None  # nor a target (but "condemned Hamas" is a criticism with a null target)
    if ev.target is not None and ev.target.text in ("We", "we", "I"):
        ev.target = None  # a speech's first-person subject is its speaker, never the object of an act
    if ev.source is not None and not ev.source.code:
        return False  # nor a source
    if ev.source is None and ev.cameo[:2] in ("18", "19", "20"):
        return False  # "repulse attacks": violence with nobody named as its agent tells the reader nothing
    if ev.source is None:
        # nobody to credit: collective or unnamed sources give no event, except a named patient of an
        # agentless act ("Russia is facing sanctions")
        faced = patient().search(doc.text, ev.target.end, ev.t_start) if ev.pos == "noun" and ev.target is not None and \
            ev.target.end <= ev.t_start and cls.name in ("sanction", "aid") else None
        return faced is not None and bool(_PATIENT_GAP.fullmatch(doc.text, ev.target.end, faced.start()))
        # (the patient is the subject of the verb of facing: not "refused under the EU arms code than under the
        # embargo", nor "US casino 'tricks' face ban")
        # ("Harris faces more criticism" names nobody who criticises: no entry)
    if ev.target is None:
        if cls.symmetric and ev.coref < 0 and not _open_agreement(doc, ev) and not (
                named_party and cls.name in ("meet", "negotiate", "summit", "phone", "ceasefire", "sign", "agree") and
                not cue("mediation_words").search(doc.text, ev.source.end, ev.t_start)):
            return False  # (but "Mobutu met the rebel leader Kabila": a named non-state party is a null target)
        if cls.name in ("aid", "provide", "contribute") and _AMOUNT.search(doc.text, ev.clause[0], ev.clause[1]) and \
                not ev.data.get("trigger", "").lower().startswith("allocat") and \
                (pos == "verb" or _cue_may_match(doc, "light", ev.clause[0], ev.t_start) and
                 light_verb().search(doc.text[ev.clause[0]:ev.t_start]) or
                 _AID_PROMISE.search(doc.text, ev.clause[0], ev.t_start)):
            ev.data["open_aid"] = True  # "announced $250M in food aid": kept only if it is a promise (033), below
            return True
        if pos == "verb" and cls.name in ("accuse", "criticise") and _WEST.match(doc.text, ev.t_end, ev.clause[1]):
            named_party = True  # "criticised Western countries for ...": a collective object is a null target (guidelines)
        if pos == "verb" and cls.needs_target and not cls.symmetric and not named_party and not _open_agreement(doc, ev):
            return False
        if pos == "noun" and cls.name not in _NOUN_ONLY_TARGETLESS and not (
                named_party and cls.name in ("meet", "negotiate", "summit", "phone")) and not (
                cls.name == "sanction" and not _domestic_ban(doc, ev) and (
                    _cue_may_match(doc, "light", ev.clause[0], ev.t_start) and light_verb().search(
                        doc.text[ev.clause[0]:ev.t_start]) or _IN_FORCE.match(doc.text, ev.t_end, ev.clause[1]))):
            return False  # "US ban on X" names no act; "the EU imposed sanctions" and "US ban comes into force" do
    if ev.target is not None and ev.source.code == ev.target.code:
        s, t = ev.source, ev.target
        # an actor is never its own target: a visit to a city of one's own country, "Russia ... Russian"; a
        # distinct person or group of the same state is ("Russian police detained a Russian journalist")
        distinct_party = t.kind in ("person", "demonym", "role") and (t.kind == "demonym" or t.name != s.name) and \
            cls.name in ("arrest", "expel", "release", "criticise", "accuse", "praise") and \
            not (t.kind == "person" and t.role and not t.former) and not (  # (a serving office-holder is the state
            # itself: "Russia decries the allegation against Putin" names no second Russian party; so are its armed
            # agents: "Putin thanked Russian special forces")
                t.kind == "demonym" and armed_agent_after(doc.text, t))
        if not distinct_party:
            return False
    return True


_SPACED_OF = re.compile(r"\sof\s")


def _light_governs(doc: Doc, cls: TriggerClass, clause: tuple[int, int], t_start: int) -> bool:
    """Whether a light verb before the noun trigger at ``t_start`` governs it in its clause ("imposed new sanctions"),
    or, for aid, a promise of it."""
    text = doc.text
    return bool(_cue_may_match(doc, "light", clause[0], t_start) and light_verb().search(text[clause[0]:t_start]) or (
        cls.name == "aid" and _AID_PROMISE.search(text, clause[0], t_start)))


class _Speakers:
    """The set ``{m for m in actors if is_speaker(doc, m, sent)}`` of a sentence, each actor asked on first use: most
    sentences' triggers are dropped before their arguments are read, and only the actors an event looks at need the
    test (``is_speaker`` reads only the text and the mentions: the same answer whenever it is asked)."""

    __slots__ = ("doc", "sent", "actors", "known")

    def __init__(self, doc: Doc, sent: tuple[int, int], actors: list[Mention]):
        self.doc, self.sent, self.actors, self.known = doc, sent, actors, {}

    def __contains__(self, m: Mention) -> bool:
        found = self.known.get(m)
        if found is None:
            found = self.known[m] = m in self.actors and is_speaker(self.doc, m, self.sent)
        return found

    def __iter__(self):
        return iter({m for m in self.actors if m in self})


#: the last character no match of _observer_before's pattern can hold (one outside \w, \s and ' ’ , -)
_LAST_NON_OBSERVER_CHAR = re.compile(r"(?s:.*)[^\w\s'’,-]")


def _observer_before(text: str, start: int, end: int) -> re.Match | None:
    """``cue("observer_verbs", ...).search(text, start, end)`` for an observer verb and up to four words ending at
    ``end`` ("Moldova recorded a hacker attack"), searched only after the last character such a match cannot hold:
    the same match (it could not cross that character; ``\b`` still sees the one before), without trying every
    position of a long span (the source may be an antecedent far back in the document)."""
    cut = _LAST_NON_OBSERVER_CHAR.match(text, start, end)
    return cue("observer_verbs", r"\b{}\s+(?:[\w'’,-]+\s+){0,4}$").search(text, cut.end() if cut else start, end)


def process_sentence(doc: Doc, s_start: int, s_end: int) -> None:
    """Find, link, code and date the events of one sentence (appended to ``doc.events``)."""
    text = doc.text
    triggers = find_triggers(doc, s_start, s_end)
    if triggers and any(t[2].cls.cameo[:2] in _SPORTING_ROOTS for t in triggers) and _cue_may_match(doc, "sports", s_start, s_end) \
            and cue("sports_context").search(text, s_start, s_end):  # (only a sporting root needs the search)
        # "Zambia will host Lesotho ... in the third group": teams and matches, not states and summits (a demand
        # or a criticism still is one: "US demands proof of tennis player Peng Shuai's well-being")
        triggers = [t for t in triggers if t[2].cls.cameo[:2] not in _SPORTING_ROOTS]
    sentence_actors = actors_in(doc, s_start, s_end)
    kept: list[Ev] = []
    if not triggers:  # most sentences: nothing to link (a reported accusation at most)
        if not sentence_actors and not doc.speaker:
            _close_sentence(doc, kept, [])  # no actor to accuse or be accused: no statement either
            return
        statements = _reported_hostility(doc, s_start, s_end, sentence_actors, set(), kept) or \
            _quoted_verdict(doc, s_start, s_end, sentence_actors, kept) or \
            _attributed_accusation(doc, s_start, s_end, sentence_actors, kept) or \
            _fronted_condition(doc, s_start, s_end, kept) or _trailing_condition(doc, s_start, s_end, kept) or \
            _force_option(doc, s_start, s_end, kept) or _verdict_on_act(doc, s_start, s_end, kept) or \
            _observers_verdict(doc, s_start, s_end, kept)
        _close_sentence(doc, kept, statements)
        return
    clauses = _split_at_clausal_and(doc, clause_spans(text, s_start, s_end))
    speakers = _Speakers(doc, (s_start, s_end), sentence_actors)
    consumed: list[tuple[int, int]] = []
    label_end = topic_label_end(text, s_start, s_end)
    prev_verb: Ev | None = None
    for v_start, v_end, vform, _ in triggers:  # "The lifting of sanctions on Iran by the EU was welcomed by China":
        # the subject of a passive verdict is its content; a noun event inside it is no event of its own
        if vform.pos == "verb" and vform.form == "past" and vform.cls.name in _PASSIVE_VERDICTS and \
                _PASSIVE_AUX.search(text, max(s_start, v_start - 25), v_start) and re.match(r"\s+by\b", text[v_end:v_end + 5]):
            consumed.append((next((a for a, b in clauses if a <= v_start < b), s_start), v_start))
    for t_start, t_end, form, head_end in triggers:
        if (form.pos == "noun" or _SPACED_OF.search(text, t_start, t_end)) and t_start < label_end:
            continue  # "Negotiations with Russia: the minister revealed ...": a topic heading, no event
        if form.pos == "noun" and form.cls.name in ("attack", "offensive", "annex", "aid") and \
                t_start < topic_label_end(text, s_start, s_end, possessive=True):
            continue  # "Russia's invasion of Ukraine: key events", "Czech Republic's assistance to Ukraine: ...": a heading
        inside = any(a <= t_start < b for a, b in consumed) and not (
            form.pos == "verb" and re.search(r"(?:\band|,)\s+(?:then\s+|also\s+)?$", text[max(s_start, t_start - 12):t_start])
            or form.pos == "noun" and _cue_may_match(doc, "light", s_start, t_start) and _and_light_verb(text, s_start, t_start)) \
            and not (form.pos == "verb" and _new_subject(doc, s_start, t_start))  # "... and imposed sanctions on X"
        if inside and form.pos == "verb" and form.cls.name == "mediate" and re.match(r"\s+by\b", text[t_end:t_end + 5]) and \
                kept and not kept[-1].speculative and kept[-1].cameo[:2] in ("03", "04", "05", "06", "08"):
            inside = False  # "accepted a peace plan brokered by the EU": the mediator of what was agreed mediated
        if inside and not (form.pos == "noun" and form.cls.name in COREF_CLASSES):
            continue  # the content of another event ("condemned an attack by X"), not an event of its own
        if doc.in_a_mention(t_start):
            continue  # inside an actor's name
        if _inside_a_proper_name(text, s_start, s_end, t_start, t_end):
            continue  # "the Ukrainian Air Assault Forces": a unit's name, no assault
        if form.cls.name == "pledge" and re.match(r"offer", text[t_start:t_end], re.IGNORECASE) and any(
                t_end < a <= t_end + 20 and f.pos == "noun" and f.cls.cameo[:2] in ("01", "05") and
                re.fullmatch(r"\s+(?:(?:his|her|its|their|our|the|an?|deep|deepest|sincere|heartfelt|warm|warmest|formal|"
                             r"official|public|full)\s+)*", text[t_end:a])
                for a, _, f, _ in triggers):
            continue  # "Xi offers condolences to Kishida", "offered a formal apology to China": the offered words are the
            # act (018, 055), not a pledge
        if form.pos == "noun" and form.cls.name in ("aid", "provide") and \
                cue("traded_goods", r"\b{}\s+$").search(text, max(s_start, t_start - 16), t_start) and \
                not _AID_NOUN.match(text, t_start, t_end):
            continue  # "gas supplies from Russia", "oil deliveries": trade in energy, not aid (but "energy aid" is aid)
        if form.cls.name == "attack" and form.pos == "verb" and _VERBAL_ATTACK.match(text, t_end, s_end):
            cls = class_named("criticise")  # "attacked British imperialists, saying ...", "attacked the US for its
            form = Form(cls.name, cls.cameo, "verb", form.form, cls)  # stance": criticism in words (111), not force
        if form.cls.name == "attack" and cue("argument_targets", r"\s+(?:(?:on|against|upon)\s+)?(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                                                               r"(?:[\w'’-]+\s+){0,3}?{}\b").match(text, t_end):
            continue  # "launched an attack on Conservative spending plans": criticism in debate, not force
        if form.cls.name == "demand" and re.fullmatch(r"tells?|told|telling", text[t_start:t_end], re.IGNORECASE) and \
                not ((told := re.match(r"\s+(?:(?!(?:that|what|how|whether|if|why)\b)[\w'’.-]+\s+){1,4}?to\s+['‘\"“]?(?!the\b|a\b)[a-z]",
                                       text[t_end:t_end + 60])) and
                     any(x.is_actor and t_end < x.start < t_end + told.end() for x in doc.mentions)):
            # (and the one told is a named party: "regulators tell banks to prepare" is no demand on anyone named)
            continue  # only "told X to <verb>" is a demand: "told reporters that", "Kyiv told to save electricity" are not
        clause = next(((a, b) for a, b in clauses if a <= t_start < b), (s_start, s_end))
        read = reading(doc, form, t_start, t_end, clause)
        if read is None:
            continue
        pos, form = read
        cls = form.cls
        if inside and pos == "verb":
            continue  # "allowed UN inspectors to visit the plant": a verb inside another act's content
        if pos == "verb" and cls.name == "support" and _SUPPORTED_DOCUMENT.match(text, t_end, clause[1]):
            continue  # "the Senate supported a resolution recognizing Russia as a state sponsor of terrorism": the
            # resolution's participle is the act
        if pos == "noun" and form.cls.name in COREF_CLASSES and kept and kept[-1].pos == "verb" and \
                kept[-1].cls.name in ("visit", "arrive") and kept[-1].clause == clause and \
                re.fullmatch(r"[^,;:]*?\bfor\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}", text[kept[-1].t_end:t_start]):
            continue  # "arrived in Beijing for the first Sino-Soviet summit": the purpose of the visit, one event
        if pos == "noun" and kept and kept[-1].pos == "noun" and kept[-1].cls.cameo[:2] == form.cameo[:2] and \
                re.fullmatch(r"\s+(?:and|&)\s+(?:[\w-]+\s+)?", text[kept[-1].t_end:t_start]):
            continue  # "our support and solidarity to Venezuela": one act named twice
        word = text[t_start:t_end]
        ev = Ev(cls, form.cameo, pos, t_start, t_end, (s_start, s_end), clause, form)
        ev.data["trigger"] = word
        left = _relative_left(doc, clause, t_start, sentence_actors) or actors_in(doc, clause[0], t_start)
        k = clauses.index(clause) if clause in clauses else -1
        if k > 0 and re.match(r"\s*and\s", text[clause[0]:clause[1]]) and \
                not any(clauses[k - 1][0] <= t[0] < clauses[k - 1][1] for t in triggers):
            # "Japan's prime minister, Fumio Kishida, and South Korea's president ... met": the comma before "and"
            # split one coordinated subject
            left = actors_in(doc, clauses[k - 1][0], t_start)
        if k > 1 and opens_relative(text, clauses[k - 1][0]) and text[clauses[k - 1][1]:clause[0]].strip() == ",":
            # "Germany, which signed the deal last year, has urged Russia to comply": the predicate after a
            # relative clause has the clause's antecedent as subject, not an actor inside the relative clause
            left = actors_in(doc, clauses[k - 2][0], clauses[k - 1][0]) + actors_in(doc, clause[0], t_start)
        fronted = _FRONTED_ADJUNCT.match(text, s_start, t_start)
        if fronted and clause[0] < fronted.end():  # "After meeting Putin in Moscow, the Chinese minister flew ...":
            left = [x for x in left if x.start >= fronted.end()]  # the adjunct holds no subject of the main verb
            ev.data["subject_floor"] = fronted.end()
        right = [x for x in actors_in(doc, head_end, clause[1], places=cls.places_as_target or cls.name in RECIPIENT_CLASSES)
                 if x not in speakers]
        right_all = [x for x in actors_in(doc, t_end, clause[1], places=True) if x not in speakers]
        left = [x for x in left if not posted_to(text, clause[0], x) and not _MAKER.match(text, x.end)]  # (after the verb the host can be the party:
        # "recalled its ambassador to France")
        explicit = True
        if cls.name == "leave":
            nat, host, noun = group_of(doc, ev)
            obj = first_object(doc, [x for x in right_all if x.kind in ("state", "capital")], clause[0], cls)
            ev.source, ev.target, ev.extra = obj or host, nat, noun
        elif pos == "verb":
            if cls.name == "release" and " " not in word and not cue(
                    "released_objects", r"\s+(?:\w+\s+){0,5}?{}\b").match(text, t_end, clause[1]) and not any(
                    x.kind == "demonym" and re.fullmatch(r"\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}", text[t_end:x.start]) and
                    (x.text.endswith("s") or re.search(r"\ban?\s+(?:[a-z]+ed\s+)?$", text[t_end:x.start]) or
                     not re.match(r"\s+[a-z]", text[x.end:x.end + 3]))
                    for x in right):  # (a demonym in the object names people of that state: "freed an Australian",
                # "freed two Americans held in ...", "six jailed Americans"; but in "return Ukrainian grain" it is an adjective of a thing)
                continue  # "released information" is no concession; prisoners are (084), and "five Americans"

            if cls.name == "withdraw" and not cue("withdrawn_objects", r"\s+(?:\w+\s+){0,3}?{}\b").match(
                    text, t_end, clause[1]) and not cue("withdrawn_objects", r"\b{}\s+(?:(?:have|has|had|also|then|began|begun|started|continued)\s+)?$").search(
                    text, max(clause[0], t_start - 30), t_start) and not any(
                    x.code.startswith("IGO:") and re.fullmatch(
                        r"\s+(?:the\s+)?" if re.match(r"(?:quit|exit)", word, re.I) else r"\s+from\s+(?:the\s+)?",
                        text[t_end:x.start]) for x in right):  # ("quit the ICC", "exited the Council of Europe": leaving it too)
                continue  # military withdrawals (087) and leaving an organisation (160) are coded; "withdraw from talks" is not
            if cls.name == "demand" and re.match(r"\s+(?:\w+ly\s+)?to\s+be\s+\w+(?:ed|en|wn)\b", text[t_end:t_end + 30]):
                continue  # "Trump demanded to be taken to the Capitol": a demand for oneself, no addressee
            if cls.name == "reject" and re.match(r"\s+(?:\w+ly\s+)?to\s+[a-z]", text[t_end:t_end + 20]) and not re.match(
                    r"\s+(?:\w+ly\s+)?to\s+(?:accept|receive|recogni[sz]e|sign|ratify|approve|endorse|extradite|return|hand|"
                    r"comply|cooperate|meet|negotiate|talk|grant|lift|allow|let|admit|release|join\s+(?:the\s+)?talks|"
                    r"withdraw|pull\s+(?:out|back)|free|end|stop|halt|cease|abandon|give\s+up|leave)\b",  # ("refused to withdraw": 12)
                    text[t_end:t_end + 40]):
                continue  # "Belarus military refuse to fight against Ukraine": a refused act (but "refused to accept ..." rejects)
            if cls.name == "meet" and cue("met_objects", r"\s+(?:[\w'’-]+\s+){0,2}?{}\b").match(text, t_end, clause[1]):
                continue  # "to meet the China challenge", "met its targets": to satisfy or face, no meeting
            if cls.name == "threaten" and cue("prediction_words").search(text, t_end, clause[1]):
                consumed.append((t_end, clause[1]))  # what is predicted is no fact either
                continue  # "warns military action highly likely": a prediction, not a threat by the speaker
            if cls.name == "host" and word.lower().startswith("welcom"):
                guest = next((x for x in right if x.start > t_end), None)
                direct = guest is not None and (re.fullmatch(r"\s+(?:the\s+|his\s+|her\s+|their\s+)?", text[t_end:guest.start]) and
                                                not re.match(r"['’]s\b", text[guest.end:guest.end + 3]) and guest.kind in ("person", "role")
                                                or _welcomed_guests(text, t_end, guest))
                hosted = re.search(r"\b(?:was|were|been|being|is|are)\s+$", text[clause[0]:t_start]) and \
                    any(x.kind in ("person", "role") for x in left)  # "the president was welcomed in Warsaw by ..."
                if not direct and not hosted:
                    cls = class_named("praise")  # "welcomed the decision by Belgrade": approval, not hosting
                    ev.cls, ev.cameo = cls, cls.cameo
            received = None
            if cls.name == "host" and word.lower().startswith("receiv"):
                got = _RECEIVED_FROM.match(text, t_end, clause[1])
                giver = next((x for x in right if got and x.start == got.end()), None)
                if giver is not None:  # "Ukraine received 40 interceptors from Germany": Germany gave them
                    cls = class_named("provide")
                    ev.cls, ev.cameo, received = cls, cls.cameo, giver
            if cls.name == "posture" and word.lower().startswith("deploy") and cue(
                    "deployed_helpers", r"\s+(?:(?:a|an|the|its|his|her|their|some|roughly|about|around|up\s+to|more\s+than|"
                    r"\d[\d,]*|dozens\s+of|hundreds\s+of)\s+)*(?:[\w-]+\s+){0,2}?{}\b").match(text, t_end, clause[1]):
                cls = class_named("provide")  # "deployed cyber experts in Ukraine": help sent, aid (no visit, no force)
                form = Form(cls.name, cls.cameo, "verb", form.form, cls)
                ev.cls, ev.cameo, ev.form = cls, cls.cameo, form
                ev.data["helpers_sent"] = True  # (the people sent are the aid, whatever the aid lexicon says)
            elif cls.name == "posture" and word.lower().startswith("deploy") and _CIVILIANS_DEPLOYED.match(text, t_end, clause[1]) \
                    and not _SENT_ARMED.match(text, t_end, clause[1]):
                cls = class_named("visit")  # "aiming to deploy roughly 15-20 staff to Ukraine": the sender's people go
                form = Form(cls.name, cls.cameo, "verb", form.form, cls)  # there (a visit, as a delegation sent is)
                ev.cls, ev.cameo, ev.form = cls, cls.cameo, form
            if cls.name == "ban" and cue("media_nouns", r"\s+(?:[\w'’-]+\s+){0,3}?{}\b").match(text, t_end, clause[1]):
                continue  # "Moldova bans Russian news, war films": a domestic measure on media, no sanction
            if cls.name == "provide" and cue("communication_nouns", r"\s+(?:(?:a|an|the|its|his|her|their|our)\s+)?"
                                                r"(?:[\w'’-]+\s+){0,2}?{}\b").match(text, t_end, clause[1]):
                continue  # "sent a request to NATO to supply weapons": words sent, no aid (the noun is its own trigger)
            if cls.name in ("provide", "contribute"):
                aid = re.compile(r"\b(?:aid|assistance|help|support|supplies|equipment|weapons?|arms|missiles?|"
                                 r"tanks?|ammunition|drones?|money|funds|billion|million|euros?|dollars?|food|"
                                 r"[\w-]*tanks?|howitzers?|artillery|jets?|systems?|vehicles?|vaccines?|medical|"
                                 r"humanitarian|military|financial|grain|javelins?|generators?|interceptors?|shells|loans?|credits?|grants?|asylum|refuge)\b", re.I)
                aid_word = next((w for w in aid.finditer(text, head_end, min(clause[1], t_end + 70))
                                 if not doc.in_a_mention(w.start())), None)
                if aid_word is None and cls.name == "provide":
                    aid_word = aid_word_in(text, head_end, min(clause[1], t_end + 40))
                    aid_word = None if aid_word is not None and doc.in_a_mention(aid_word.start()) else aid_word
                # (a phrase may hold it: "extended a loan"; the aid lexicon names more: "sent firefighters to Canada";
                # but not a name: "by the World Food Programme")
                if not aid_word and _PASSIVE_AUX.search(text, clause[0], t_start):
                    # "Tanks were delivered by Poland to Ukraine": the goods are the passive's subject (an aid noun
                    # that is a trigger of its own has given its event: "aid was sent to Gaza by Egypt")
                    before_aid = aid.search(text, clause[0], t_start)
                    if before_aid is not None and not any(e.t_start <= before_aid.start() < e.t_end for e in kept):
                        aid_word = before_aid
                if not aid_word and cls.name == "provide" and _FORCES_NEAR.match(text, t_end, clause[1]):
                    cls = class_named("posture")  # "sent warships near the Philippine coast": a show of force (150)
                    form = Form(cls.name, cls.cameo, "verb", form.form, cls)
                    ev.cls, ev.cameo, ev.form = cls, cls.cameo, form
                elif not aid_word and cls.name == "provide" and sent_forces(text, t_end, clause[1], word) is not None:
                    pass  # "sent peacekeepers to Bosnia": forces sent into a state, coded 074 (refine_code)
                elif not aid_word and cls.name == "provide" and _ENVOYS.match(text, t_end, clause[1]):
                    cls = class_named("visit")  # "will send a delegation to Pyongyang": a visit by the sender
                    form = Form(cls.name, cls.cameo, "verb", form.form, cls)
                    ev.cls, ev.cameo, ev.form = cls, cls.cameo, form
                elif not aid_word and cls.name == "provide" and not ev.data.get("helpers_sent") and \
                        not deadline_follows(text, t_end, clause[1]) and \
                        not word.lower().startswith("donat") and not cue(  # "donated ambulances": donating is aid
                        "released_objects", r"\s+(?:[\w'’-]+\s+){0,3}?{}\b").match(text, t_end, clause[1]):
                    continue  # (and "handed over 32 prisoners" is a release, coded 084)
                elif not aid_word and cls.name == "contribute" and not _AMOUNT.search(text, t_end, clause[1]):
                    continue  # "talks are contributing to de-escalation": no aid named
                if aid_word:
                    consumed.append((t_end, aid_word.end()))
            called_to = cls.name == "call_on" and word.lower().endswith(" to")
            own_speakers = speakers
            if cls.name == "demand" and word.lower().startswith(("tell", "told")):
                # "Russia and China tell NATO to stop expansion": a demand only with an addressee and a to-infinitive;
                # "X told Y that ..." stays reported speech, its subject the speaker
                addressee = next((x for x in right if x.start > t_end), None)
                if addressee is None or not re.fullmatch(r"\s+(?:the\s+)?", text[t_end:addressee.start]) or \
                        not re.match(r"(?:\s*(?:,|and|&)\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?)*"
                                     r"\s+(?:not\s+)?to\s+['‘\"“]?[a-z]", text[addressee.end:addressee.end + 60]):
                    # ("told the US and West to stop": addressees may be coordinated)
                    continue
                own_speakers = {x for x in speakers if x.end > t_start or text[x.end:t_start].strip(" ,")}
            if not verb_arguments(doc, ev, form, left, right, prev_verb, own_speakers) and \
                    not _said_and(doc, ev, form, s_start, right) and not _the_two(doc, ev, kept) and \
                    not _the_group(doc, ev, form, right, kept):
                doc.data["subjectless_verb_end"] = t_end
                if cls.name in ("appeal", "call_on", "demand") or cls.name == "deny" and form.pos == "verb":
                    consumed.append((t_end, clause[1]))  # "a statement calling for new sanctions": content, no act
                    # ("officials denied that Blinken had met ...": what is denied is no fact, whoever denies it)
                continue
            if ev.target is None and ev.source is not None and cls.name in _VERDICTS_ON_ACTS and \
                    (actor := _appositive_act_actor(doc, ev, s_start, left)) is not None:
                ev.target = actor  # "Seoul set up a fund, a move Tokyo welcomed": the verdict is on the main clause's
                # act, so on its subject; the appositive is the verdict's own clause (the act's "would" is no hedge of it)
                ev.clause = (text.rfind(",", s_start, min(ev.source.start, t_start)) + 1, ev.clause[1])
            if cls.name == "protest" and ev.target is not None and ev.target.code.startswith("IGO") and \
                    (accused := next((x for x in right if x.start > ev.target.end and x.start < clause[1] and x.is_actor
                                      and not x.code.startswith(("IGO", "NGO:")) and
                                      (governing_prep(text, x.start, ev.target.end) == "against" or
                                       governing_prep(text, x.start, ev.target.end) == "over" and
                                       text.startswith(("'s", "’s"), x.end))), None)) is not None:
                ev.target = accused  # "filed a complaint with the UN Security Council against Israel", "a protest
                # with the UN over Israel's strikes": the body is the forum, the state complained of is the target
            if word.lower().startswith(("extradit", "deport", "hand over", "handed over")) and \
                    (to := _TO_DESTINATION.search(text, t_end, clause[1])) is not None:
                dest = next((x for x in right if x.start == to.end() and x.is_actor), None)
                if dest is not None and (ev.source is None or dest.code != ev.source.code):
                    ev.target = dest  # "extradited a Russian suspect to the United States": the state handed to,
                    # not the nationality of the one handed over
            if received is not None:
                ev.source, ev.target = received, ev.source
            if "03" <= ev.cameo[:2] <= "08" and (mediator := next((x for x in right if x.is_actor and clause[1] >= x.end and
                                                                   _MEDIATED_AFTER.match(text, x.end)), None)) is not None \
                    and mediator is not ev.target:
                ev.data["mediator"] = mediator  # "signed a US-brokered peace deal": the broker mediated between them
            if ev.target is not None and ev.target.code.startswith("IGO:") and cls.name in ("sign", "ratify", "support") and \
                    (candidates := _candidates_of(doc, ev.target, right)):
                # "ratifies NATO membership for Finland and Sweden", "approved Finland's NATO accession": the candidates
                ev.target, ev.data["more_targets"] = candidates[0], candidates[1:]
            if ev.target is None and ev.source is not None and _OBJECT_PRONOUN.match(text, t_end) and kept and \
                    kept[-1].target is not None and kept[-1].target.code != ev.source.code and \
                    (kept[-1].source is None or kept[-1].source.code == ev.source.code):
                # "expelled two Algerian diplomats, accusing them of espionage": the pronoun is the last act's object
                ev.target = kept[-1].target
            if ev.target is None and pos == "verb" and _THE_TWO.search(text, clause[0], t_start):
                _the_two(doc, ev, kept)  # "X said the two leaders had agreed to ...": the meeting's parties, not X alone
            if ev.target is None and ev.source is not None and (obj := _THE_GROUP_OBJECT.match(text, t_end)) and \
                    (group := _group_of(doc, ev, kept, obj["count"])) is not None and \
                    (others := [x for x in group if x.code != ev.source.code]):
                ev.target, ev.data["more_targets"] = others[0], others[1:]  # "Zelensky thanked the three leaders"
            if ev.target is None and ev.source is not None and cls.name in ("reject", "deny") and \
                    (accuser := _accuser_of(doc, kept, ev)) is not None:
                ev.target = accuser  # "Y accused X of ... X rejected the accusation": the denial answers the accuser
            if ev.target is None and ev.source is not None and (answered := _answered_parties(doc, kept, ev)):
                # "Mexico invited Lula ... He accepted the invitation", "X and Y signed an accord. The UN welcomed
                # the accord": a definite noun names the story's earlier act, whose parties the answer is towards
                ev.target, ev.data["more_targets"] = answered[0], answered[1:]
            if ev.target is None and ev.source is not None and cls.name == "mediate" and \
                    _BETWEEN_THE_TWO.match(text, t_end, clause[1]) and (pair := _story_parties(doc, kept, ev)):
                ev.target, ev.data["more_targets"] = pair[0], [pair[1]]  # "mediating between the two countries"
            if ev.target is None and ev.source is not None and cls.name in ("appeal", "call_on", "demand", "praise",
                                                                             "criticise") and \
                    _BOTH_PARTIES.match(text, t_end, clause[1]) and (pair := _story_parties(doc, kept, ev)):
                ev.target, ev.data["more_targets"] = pair[0], [pair[1]]  # "urged both countries to ...": the story's pair
            if ev.target is None and ev.source is not None and cls.name in ("pledge", "agree") and \
                    _BILATERAL.match(text, t_end, clause[1]) and (pair := _meeting_pair(kept)) and ev.source.code in \
                    {x.code for x in pair}:
                # ", pledging to deepen ties between the two countries": the other party of the meeting
                ev.target = next(x for x in pair if x.code != ev.source.code)
            hosted = _HOSTED_TALKS.match(text, t_end, clause[1]) if cls.name == "host" else None
            if hosted is not None:  # "Ankara hosted talks between Ethiopia and Somalia": a host mediates (045)
                ev.target = next((x for x in right if x.start == hosted.end()), ev.target)
                ev.data["mediation"] = True
                consumed.append((t_end, hosted.end()))
            if cls.name in CONTENT_CLASSES and ev.source is not None and ev.target is not None and \
                    ev.target.code == ev.source.code and ev.target.start > t_end and \
                    governing_prep(text, ev.target.start, t_end) == "of":
                # "condemned the detention of a Dutch journalist in Russia": the Dutch victim is the content;
                # the state the act is about is the next actor
                other = first_object(doc, [x for x in right if x.start >= ev.target.end and x.code != ev.source.code],
                                     t_end, cls, verb_end=t_end, frame=form.frame)
                if other is None and ev.target.kind == "demonym" and governing_prep(text, ev.target.start, t_end) == "of":
                    ev.target = None  # "welcomed the release of an Italian journalist": its own national, no party
                else:
                    ev.target = other or ev.target
            if cls.name == "host" and ev.target is not None and ev.target.kind == "demonym" and (
                    re.search(r"(?:\d|thousands?|millions?|hundreds?|dozens?|many|some)\s+(?:of\s+)?(?:the\s+)?$",
                              text[max(clause[0], ev.target.start - 25):ev.target.start], re.I)
                    or re.search(r"(?:ans|ians|ese|is)$", ev.target.text)):
                continue  # "Poland hosts thousands of Ukrainians": refugees or residents, no state guest
            if called_to:
                ev.target = None  # "calls to recognise Donbas": no addressee; the content's actors are no target
            prev_verb = ev
            if cls.name == "retaliate" and _BY_MEANS.match(text, t_end):
                continue  # "retaliated by expelling two French diplomats": the means is the act, coded on its own
            if cls.name in ("demand", "appeal", "call_on") and ev.target is not None and ev.target.start > t_end and \
                    _RELEASE_OF.search(text, t_end, ev.target.start):
                ev.target = None  # "demands the release of UN staff": the released party is content, not the addressee
            if cls.name == "recognise" and re.match(r"\s+(?:that\b|(?:its|their|his|her|the)\s+(?:own\s+)?(?:inability|failure|"
                                                   r"need|importance|fact|mistake|error|defeat|weakness|role|right)\b|"
                                                   r"(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:issues?|problems?|"
                                                   r"challenges?|threats?|dangers?|urgency|gravity|seriousness|significance|"
                                                   r"reality|limits)\b)", text[t_end:t_end + 50], re.I):
                continue  # "Russia recognizes its inability to defeat Ukraine": acknowledging a fact, no recognition
            if cls.name == "recognise" and ev.target is not None and _open_agreement(doc, ev) and not (
                    ev.target.kind == "state" and re.search(r"\bindependence\s+of\s+(?:the\s+)?$", text[t_end:ev.target.start])):
                ev.target = None  # "recognised the separatist republics in eastern Ukraine": not Ukraine (but "the
                # independence of Kosovo" is Kosovo's own, a state of the gazetteer)
            if cls.name == "arrive" and word.lower().startswith("land") and ev.source is not None and \
                    ev.source.end <= t_start and cue("munitions").search(text, ev.source.end, t_start):
                continue  # "a Russian missile landed in Poland": a stray munition, no visit and no delivery
            if cls.name == "arrive" and ev.source is not None and cue("armed_agents", r"\b{}\b(?:\s+\w+){0,3}\s*$").search(
                    text, max(clause[0], ev.source.start - 40), t_start):
                continue  # "Russian troops arrived in Kherson", "a unit of Kadyrov's fighters arrived": a deployment, no visit
            if cls.name in ("visit", "arrive") and ev.source is not None and ev.source.kind not in ("person", "role") and \
                    aid_kinds(text[ev.source.end:t_start]) and not re.search(
                        r"\b(?:units?|troops|forces|soldiers|servicemen|fighters|battalions?|brigades?|personnel|mercenaries)\b",
                        text[ev.source.end:t_start], re.I):  # ("a unit of Kadyrov's military arrived": troops, not aid)
                # "US 'lethal aid' arrives in Kyiv": a delivery, not a visit (but a person who arrives visits, whatever
                # the title: "Canada's minister for economic development ... has arrived in Kenya")
                cls = class_named("aid")
                ev.cls, ev.cameo = cls, cls.cameo
            elif cls.name == "host" and word.lower().startswith("receiv") and ev.target is not None and \
                    aid_kinds(text[ev.target.end:min(clause[1], ev.target.end + 30)]):
                # "Poland receives US army equipment": the giver is the source, the receiver the target
                cls = class_named("aid")
                ev.cls, ev.cameo = cls, cls.cameo
                ev.source, ev.target = ev.target, ev.source
        else:
            mediator = _premodifying_mediator(doc, left, t_start) if pos == "noun" else None
            if mediator is not None:  # "at EU-mediated talks", "US-brokered talks": a mediator of both parties
                ev.data["mediator"] = mediator
            ev.source, ev.target, explicit = noun_args(doc, ev, [x for x in left if x not in speakers and x is not mediator]
                                                       if pos == "noun" else left, right_all)
            if pos == "noun" and (joined := _joined_parties(doc, ev, noun=True)) is not None:
                ev.source, ev.data["co_sources"] = joined[0], joined[1]  # "Canada joins the US in imposing sanctions"
                if ev.target is not None and ev.target.code in {x.code for x in joined[1]} | {joined[0].code}:
                    ev.target = None
            if pos == "noun" and ev.source is not None and cls.name in ("visit", "phone") and \
                    _FRONTED_NOUN.fullmatch(text, s_start, t_start) and \
                    0 <= (comma := text.find(",", t_end, s_end)) < ev.source.start:
                ev.source = None  # "Before a visit to Beijing, Scholz called Biden": no actor of the main clause's
                if ev.target is not None and ev.target.start > comma:  # object visits; the subject does (below)
                    ev.target = None
            if pos == "noun" and cls.name == "meet" and _MEETING_WITH.match(text, t_end) and \
                    _DURING.search(text, clause[0], t_start) and \
                    (host := next((x for x in left if x not in speakers and x.start < t_start and x.is_actor and
                                   not governing_prep(text, x.start, s_start)), None)) is not None and \
                    (ev.source is None or host.code != ev.source.code):
                # "Indonesia thanked the EU ... during a meeting with its envoy in Jakarta": the clause's subject met the
                # party named after "with" (or, when that is a pronoun, the one it stands for: the main verb's object)
                partner = next((x for x in right_all if t_end <= x.start < clause[1] and x.is_actor and
                                x.kind not in ("city", "region") and
                                governing_prep(text, x.start, t_end) in ("with", "from", "of")), None)
                object_ = next((x for x in left if x.start > host.end and x.is_actor and x.code != host.code), None) \
                    if _WITH_POSSESSIVE.match(text, t_end) else None
                ev.source, ev.target, explicit = host, partner or object_, True
                ev.data["occasion"] = True  # an adjunct of the main verb, not its content
            if pos == "noun" and ev.source is None and cls.name in ("visit", "phone") and \
                    _DURING.search(text, clause[0], t_start):
                # "thanked Denmark ... during a visit to Copenhagen": the visitor is the clause's subject
                bare = [x for x in left if x not in speakers and not governing_prep(text, x.start, s_start)]
                if bare and bare[0].start < t_start:
                    ev.source, explicit = bare[0], True
                    ev.data["occasion"] = True  # an adjunct of the main verb, not its content
                elif not bare and _FRONTED_NOUN.fullmatch(text, s_start, t_start) and \
                        (main := _main_subject(doc, ev)) is not None:
                    # "During a visit to Cairo, the French president called for ...": the main clause's subject
                    ev.source, explicit = main, True
                    ev.data["occasion"] = True
                    if ev.target is not None and ev.target.start > main.start:
                        ev.target = None  # (its target is inside the adjunct, before the comma)
                    if more := _coordinated(doc, main, actors_in(doc, main.end, ev.sent[1]), ev.sent[1]):
                        ev.data["co_sources"] = more  # "During a visit to Kyiv, Macron and Scholz ...": each visits
        if pos == "noun" and cls.name in ("attack", "shell", "bomb") and (hit := HIT_AFTER.match(text, t_end, clause[1])):
            consumed.append((t_end, hit.end()))  # "a drone attack struck Odesa": one act, named by the noun
        if pos == "noun" and not explicit and cls.name in COREF_CLASSES and not (
                _INDEFINITE_BEFORE.search(text, max(clause[0], t_start - 40), t_start) and
                _FUTURE_MODAL.search(text, clause[0], t_start)):
            # (an indefinite noun in a clause about the future is a new act: "officials will attend a summit in
            # Geneva" is no earlier meeting; in the past it may be: "the two held a summit" after "Kim met Putin")
            ante = antecedent(doc, ev, sentence_actors)
            if ante is not None:
                ev.coref = doc.events.index(ante)
                ante.mentions += 1
                ev.source, ev.target = ante.source, ante.target
                ev.location, ev.loc_code = ante.location, ante.loc_code
        if pos == "noun" and ev.coref < 0 and ev.source is not None:
            _coordinated_modifiers(doc, ev, left)
        light = None  # (whether a light verb governs the noun: read only where it decides, most nouns have their source)
        if pos == "noun" and cls.name == "sanction" and ev.source is not None and ev.target is None and \
                ev.source.kind == "state" and re.fullmatch(r"\s+", text[ev.source.end:t_start]) and \
                (light := _light_governs(doc, cls, clause, t_start)):
            # "Italy ... to impose new Russia sanctions": with a subject of the light verb, the bare state is the target
            subj, _ = pick_subject(doc, [x for x in actors_in(doc, s_start, ev.source.start) if x not in speakers], s_start)
            if subj is not None and subj.code != ev.source.code:
                ev.source, ev.target = subj, ev.source
        if pos == "noun" and ev.coref < 0 and ev.source is None and light is None:
            light = _light_governs(doc, cls, clause, t_start)
        if pos == "noun" and ev.coref < 0 and ev.source is None and light and \
                (shared := _and_light_verb(text, clause[0], t_start) if _cue_may_match(doc, "light", clause[0], t_start) else 0) and \
                prev_verb is not None and prev_verb.source is not None and prev_verb.t_end < shared:
            ev.source, explicit = prev_verb.source, True  # "condemned Hamas and expressed support for X": one subject
        if pos == "noun" and ev.coref < 0 and ev.source is None and light:
            # a demonym before an abstract noun modifies it ("condemning Russian aggression ... and expressing support"):
            # no subject of the light verb
            pool = [x for x in left if x is not ev.target and x not in speakers and x is not ev.data.get("mediator") and not (
                x.kind == "demonym" and re.match(r"\s+[a-z][a-z-]*(?:ion|ment|ance|ence|ity|ism|ness|ure|cy|war|policy)\b",
                                                 text[x.end:x.end + 30])) and
                    not cue("situation_nouns", r"^\s+{}\b").match(text[x.end:t_start])]
            # ("hosts Burundi crisis summit": the state names the crisis the summit is about, no subject)
            subj, partner = pick_subject(doc, pool, clause[0])
            lv = light_verb().search(text, clause[0], t_start) if _cue_may_match(doc, "light", clause[0], t_start) else None
            if lv is not None and cue("armed_groups", r"\b{}\s+$").search(text, clause[0], lv.start()):
                subj, partner = None, None  # "Russian-based hackers launched an attack": the light verb's subject is no actor
            if prev_verb is not None and prev_verb.source is not None and \
                    re.search(r",\s*\w+ing\s+(?:[\w$,.'’-]+\s+){0,4}$", text[s_start:t_start]):
                subj, partner = prev_verb.source, None  # "attacked the railway, launching three missile strikes": the main subject
            if subj is not None and not patient().search(text[subj.end:t_start]):
                ev.source = subj
                other_named = ev.target is not None
                if partner is not None and cls.symmetric and ev.target is None:
                    ev.target = partner
                elif partner is not None and partner.code != subj.code:
                    ev.data["co_sources"] = [partner]  # "US, Germany and UK promise military support for Ukraine"
                # (a symmetric act with its other party named has coordinated sources too: "Britain, France and
                # Germany held a video call with Zelensky")
                chain = _subject_chain(doc, pool, subj) if not cls.symmetric or other_named or partner is not None else []
                if len(chain) > 1 and cls.symmetric and not other_named:
                    ev.source, ev.target = chain[0], chain[1]  # "Spain, Portugal and Morocco held talks": the first
                    ev.data["chain"] = chain[2:]  # with each other one, as for a symmetric verb
                elif len(chain) > 1:
                    ev.source = chain[0]
                    ev.data["co_sources"] = [x for x in chain[1:] if x.code != chain[0].code]
                explicit = True
        if pos == "noun" and ev.coref < 0 and cls.name in ("attack", "offensive", "annex") and re.search(
                r"\b(?:after|following|before|during|throughout)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}$", text[max(s_start, t_start - 50):t_start],
                re.I):
            continue  # "changed its position after the Russian invasion", "killed during Russian occupation": background
        if pos == "noun" and ev.coref < 0 and (_background().search(text, max(s_start, t_start - 60), t_start) and not (
                cls.name in _MEDIATED_MEETINGS and _SPAN_OF_TALKS.search(text, max(s_start, t_start - 40), t_start)) or
                                               re.match(r"\s+(?:forces|troops|army|armies|units|soldiers)\b",
                                                        text[t_end:t_end + 12])):
            continue  # "since the beginning of the invasion", "Russian invasion forces": background, no new act
            # (talks that lasted a span took place: "after four days of talks between Iran and Saudi Arabia")
        if pos == "noun" and cls.name == "sanction" and re.search(
                r"\b(?:lift\w*|eas(?:e|es|ed|ing)|end(?:s|ed|ing)?|remov\w+|scrap\w*|drop\w*|waiv\w+)\s+(?:[\w'’-]+\s+){0,4}$",
                text[max(clause[0], t_start - 50):t_start], re.I):
            continue  # "moves to lift the EU's ban on arms exports": the ban stands already, no new imposition
        if (pos == "noun" or re.search(r"\sof\s", word)) and ev.coref < 0 and re.search(r"\b(?:respond\w*|react\w*|repl(?:y|ied|ies|ying))\s+to\s+(?:the\s+|a\s+|an\s+)?"
                                                      r"(?:[\w'’-]+\s+){0,2}$", text[max(clause[0], t_start - 50):t_start], re.I):
            continue  # "the Pentagon responded to the use of chemical weapons": what is responded to is content, no act of
            # the responder
        if pos == "noun" and cls.name in ("attack", "shell", "bomb") and re.search(
                r"\b(?:information(?:al)?|propaganda|disinformation|verbal|rhetorical|media|hybrid)\s+$", text[max(clause[0], t_start - 20):t_start], re.I):
            continue  # "Russia's information attacks": words, not force
        if pos == "verb" and cls.name == "contribute" and word.lower().startswith("contribut") and \
                _CONTRIBUTES_TO.match(text, t_end):
            continue  # "contributes to the increasing use of small arms", "to instability": a cause, no gift
        if pos == "verb" and word.lower().startswith("insist") and not _YIELDED.search(text, t_end, clause[1]):
            continue  # "insists on Moldova's EU membership": an outcome insisted on, no demand of the state named
        if pos == "noun" and cls.name in ("attack", "offensive", "annex") and ev_is_topic(text, s_start, t_start):
            continue  # "released information on the Russian invasion": the war as a report's topic, no new act
            # (from the sentence start: a clock time "6:00" splits the clause)
            # (a discrete act stays: "details about the president's visit to London" presuppose the visit)
        if pos == "noun" and cls.name == "sanction" and re.match(
                r"\s+(?:from|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:Olympics?|Olympic\s+Games|Paralympics?|World\s+Cup|"
                r"championships?|tournaments?|competitions?|league)\b", text[t_end:clause[1]], re.I):
            continue  # "Russia and Belarus face ban from Paris Olympics": a ban from a sport, no sanction of a state
        if pos == "noun" and word.lower().startswith(("discussion", "conversation")) and \
                re.search(r"\bfor\s+(?:further\s+|more\s+)?$", text[max(clause[0], t_start - 16):t_start], re.I):
            continue  # "the issues up for discussion", "topics for further discussion": an agenda, no meeting
        if pos == "noun" and cue("unnamed_agents", r"\b{}\s+(?:[\w-]+\s+)?$").search(text, max(clause[0], t_start - 30), t_start):
            continue  # "made the enemy offensive stall": the agent is unnamed, not the clause's subject
        if pos == "noun" and cue("prevention_verbs", r"\b{}\s+(?:[\w'’-]+\s+){0,3}$").search(text, clause[0], t_start):
            continue  # "to disrupt the supply of weapons to Ukraine": a prevented act is no fact of anyone's
        if pos == "noun" and ev.coref < 0 and (not explicit or inside and not ev.data.get("occasion")):
            continue  # inside another event's content a meeting noun only counts as a mention of an earlier one
        if pos == "noun" and cls.name == "visit" and ev.target is None and ev.source is not None and any(
                e.source is not None and e.source.code == ev.source.code and (e.cameo in ("036", "042", "043")) for e in kept):
            continue  # "will pay a state visit to Russia on Wednesday, his first trip abroad": the same trip again
        if cls.name == "summit" and ev.target is None and ev.source is not None and ev.source.code.startswith("IGO"):
            continue  # "the G7 summit": an organisation's own meeting, not a meeting between two actors
        if cls.name in ("summit", "meet") and pos == "noun" and ev.source is not None and ev.source.code.startswith("IGO") \
                and ev.source.end <= t_start and not text[ev.source.end:t_start].strip(" '’s").count(" ") > 2 \
                and not re.search(r"[-–/]", text[max(clause[0], ev.source.start - 3):ev.source.start] +
                                  text[ev.source.end:t_start]) \
                and not re.match(r"\s+(?:[\w'’-]+\s+){0,2}?(?:with|between)\b", text[t_end:t_end + 30]):
            continue  # "will call a UN Security Council meeting": the organisation's own session, no party met
        session_of = re.match(r"\s+of\s+(?:the\s+)?", text[t_end:t_end + 12])
        if cls.name in ("summit", "meet") and pos == "noun" and session_of and any(
                x.start == t_end + session_of.end() and x.code.startswith("IGO") for x in doc.mentions):
            continue  # "at a meeting of the OSCE Permanent Council": the organisation's own session
        named = re.search(r"(?:\b[A-Z][\w-]*\s+){1,3}$", text[max(clause[0], t_start - 40):t_start])
        if cls.name == "summit" and pos == "noun" and named and not any(
                x.is_actor and x.start < t_start and x.end > t_start - len(named.group()) for x in doc.mentions) and \
                not re.match(r"\s+(?:[\w'’-]+\s+){0,2}?(?:with|between)\b", text[t_end:t_end + 30]):
            continue  # "participation in the Crimea Platform summit": a named forum's session, no bilateral meeting
        if cls.name == "threaten" and pos == "verb" and ev.target is not None and ev.target.start > t_end and re.match(
                r"\s+[‘'\"“]?(?:ready|poised|set|about|likely|prepared|(?!(?:during|regarding|concerning|following|including|"
                r"according|saying)\b)[a-z]+ing)[’'\"”]?\s+(?:to\s+)?[a-z]", text[ev.target.end:ev.target.end + 30]):
            consumed.append((t_end, clause[1]))  # what the target is predicted to do is no fact either
            continue  # "Pentagon warns Moscow 'ready' to attack", "warns Moscow preparing to invade": a prediction
        if cls.name == "threaten" and pos == "verb" and ev.target is not None and ev.target.start > t_end and \
                not ev.data.get("told_consequence") and CLAUSE_VERB_AFTER.match(text[ev.target.end:ev.target.end + 20]) and \
                not re.match(r"\s+(?:of|against|with|not)\b", text[ev.target.end:ev.target.end + 12]):
            ev.target = None  # (so no later infinitive of the clause loses it as subject: "warns Russia may stage a
            # video to invade Ukraine" is Russia's invasion)
            continue  # "Ukraine warns Russia has built up forces": the target is the subject of a that-clause
        if cls.name == "reaffirm" and pos == "verb" and re.match(r"\s+(?:once\s+again\s+|again\s+)?that\b", text[t_end:t_end + 20]):
            continue  # "Putin reaffirms that Russia's military aims to ...": a statement, whose clause codes its own acts
        if cls.name in ("reaffirm", "support") and pos == "verb" and cue(
                "obligation_nouns", r"\s+(?:once\s+again\s+|again\s+)?(?:(?:the|its|his|her|their|our)\s+)?"
                r"(?:[\w-]+\s+)?{}\s+(?:for|of|to)\b").match(text, t_end):
            continue  # "reiterated the need for NATO to take ... seriously": what someone ought to do, no act
        if cls.name == "threaten" and pos == "verb" and word.lower().startswith("warn") and \
                not ev.data.get("told_consequence") and re.match(
                r"(?:\s+(?:in|on|at|during|after)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)?"  # ("warns in Bild am Sonntag that")
                r"\s+(?:that\s+|['‘\"“]\s*)(?!(?:it|we|they|he|she|I|its|their|his|her|our)\b)", text[t_end:clause[1]]) and not (
                ev.source is not None and (own := next((x for x in right_all if t_end < x.start < clause[1]), None)) is not None
                and own.code == ev.source.code and re.fullmatch(r"\s+(?:\S+\s+){0,5}?that\s+(?:the\s+)?", text[t_end:own.start])):
            # (but "Putin warned that Russia will retaliate": the speaker's own state's act to come, a threat)
            consumed.append((t_end, clause[1]))
            continue  # "warns that Russian forces have gathered": a report of a third party's act, no threat
        if cls.name == "threaten" and pos == "verb" and re.match(
                r"\s+(?:that\s+)?(?!(?:it|we|they|he|she|I)\b)(?:(?!that\b)[\w'’-]+\s+){1,6}?(?:would|will|could|might)\s+"
                r"(?:not\s+)?be\b", text[t_end:clause[1]]):
            consumed.append((t_end, clause[1]))
            continue  # "warns a Russian invasion would be 'disastrous'": a judgement, no threat
        if cls.name == "threaten" and pos == "verb" and re.match(r"\s+(?:of|about)\b", text[t_end:t_end + 7]) and (any(
                governing_prep(text, x.start, t_end) in ("from", "by") and (ev.source is None or x.code != ev.source.code)
                for x in right_all if x.start < clause[1]) or cue(
                "predicted_acts", r"^\s+(?:of|about)\s+(?:['‘\"“]?[\w-]+['’\"”]?\s+){0,3}?['‘\"“]?{}\b").match(text[t_end:clause[1]])):
            consumed.append((t_end, clause[1]))  # what is warned of is content (a prediction), not a fact
            continue  # "warned of a storm from Russian troops", "warns of attacks in Luhansk": a prediction, no threat
        if pos == "noun" and ev.coref < 0 and (ev.source is None) != (ev.target is None) and \
                (cls.name in ("summit", "meet", "visit", "phone", "negotiate") or cls.name == "aid" and ev.source is None):
            _fallback_party(doc, ev, sentence_actors if ev.source is None else
                            [x for x in sentence_actors if x not in speakers and clause[0] <= x.start < clause[1]], clause)
            # (a missing target comes from the trigger's own clause: in "..., French President Jacques Chirac - due to
            # speak by video link - and Thabo Mbeki, whose arrival has been delayed by Ivory Coast peace talks" Chirac
            # is no party to the talks; a missing source may be the sentence's speaker: "the Hanoi summit with Trump, Kim said")
        if pos == "verb" and ev.target is None and ev.source is not None and cls.name in _COMPLEMENT_TARGET:
            # "offered to host talks with Russia", "pledged to withdraw from Kyiv": the target is in the complement
            _, comp_end = complement(doc, ev)
            ev.target = next((x for x in right_all if t_end < x.start < comp_end and x.code != ev.source.code
                              and x.is_actor | (x.kind in ("city", "region")) and not (
                                  cls.name in ("appeal", "call_on", "demand") and
                                  _INFINITIVE.search(text, t_end, x.start))
                              and not (ev.cameo[:2] < "09" and heads_company(text, x))), None)
            # ("agreed to buy Russian gas", "agreed to use frozen Russian assets to arm Ukraine": a state's goods or
            # businesses are no partner of a cooperative act; the state after them may be)
            # (an appeal's addressee comes before what it asks: in "appealed to the people to promote the decision to
            # protect the sky from Russian attacks" Russia is in the content, no addressee)
        if cls.name in ("visit", "arrive", "host"):
            talks = re.match(r"\s*(?:[\w'’.-]+\s+){0,5}?(?:for\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|a\s+summit|"
                             r"consultations|negotiations)|to\s+(?:meet|hold\s+talks|confer)\b)\b[^,;]*", text[t_end:clause[1]])
            if talks:  # "travelled to Moscow for talks with Putin", "hosted Scholz for talks on aid to Ukraine": talks during a
                # visit are part of it, and what they are about is their content
                consumed.append((t_end, t_end + talks.end()))
            if talks and cls.name in ("visit", "arrive") and ev.source is not None and ev.target is not None and \
                    ev.target.kind in ("capital", "city", "state") and \
                    (partner := _third_party_talks(doc, ev, t_end + talks.start(), t_end + talks.end())) is not None:
                # "travelled to Minsk for talks with Kuleba": a meeting with the partner at a third location (044)
                ev.location, ev.loc_code = ev.target.name, ev.target.code
                ev.cls, ev.target = class_named("meet"), partner
                cls = ev.cls
        if cls.name == "support" and ev.target is not None and governing_prep(text, ev.target.start, t_end) in (
                "against", "from") and not lifted_measure().match(text, t_end, ev.target.start + 1):
            continue  # "weapons to defend against Russia": the opponent, not the one defended
        if cls.name == "support" and pos == "verb" and re.search(r"\b(?:evidence|proof|grounds|data|facts?)\s+(?:\w+\s+){0,2}to\s+$",
                                                             text[max(clause[0], t_start - 40):t_start], re.I):
            continue  # "has no evidence to support Kyiv's claims": to bear out, no backing of a state
        if cls.name in ("support", "praise", "pledge") and pos == "verb" and ev.target is not None and ev.target.start > t_end and \
                (cue("hostile_measures").search(text, t_end, ev.target.start) or
                 cue("hostile_measures", r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?{}\b").match(
                     text[ev.target.end:min(ev.target.end + 40, clause[1])])) and \
                not lifted_measure().match(text, t_end, ev.target.start + 1) and not (  # lifting a measure supports X
                    cls.name == "pledge" and (promises_force(text[t_end:clause[1]]) or conditional_after(doc, ev))):
            # (a vowed retaliation, or a measure promised on a condition, threatens)
            # ("France to support EU sanctions against Russia": the EU's measure, not the EU, is backed)
            consumed.append((t_end, clause[1]))
            continue  # "Ireland supports sanctions against Russia": backing a measure against X is no support of X, nor
            # is pledging one ("pledged to take multiple steps against Beijing", "offered a mechanism for confiscating
            # Russia's frozen assets": a plan of a hostile act, not yet one)
        if cls.name == "retaliate" and pos == "verb" and re.match(r"\s+by\s+[a-z]+ing\b", text[t_end:clause[1]]):
            continue  # "retaliated by expelling diplomats": the gerund is the act (coded on its own trigger)
        if pos == "verb" and (cls.name in CONTENT_CLASSES or cls.name == "discuss") and ev.source is not None:
            # what is pledged, condemned, asked or discussed is content, up to an occasion
            consumed.append((t_end, _content_stop(text, cls.name, t_end, clause[1])))
            # (even when the verb itself gives no event: "X and his counterpart discussed sanctions")
        if pos == "noun" and cls.name in COREF_CLASSES and cls.name != "visit" and ev.source is not None and \
                (topic := _meeting_topic().search(text, t_end, clause[1])):
            stop = re.compile(r"[;:]|\s[-–—]\s").search(text, topic.end(), s_end)
            end = min([stop.start() if stop else s_end] + [a for a, _, f, _ in triggers if f.pos == "verb" and a > topic.end()])
            consumed.append((topic.end(), end))
            # "a conversation with Biden on aid, sanctions and the situation in talks with Russia": what a meeting is
            # about is its content, as for "discussed", over the commas of its list, up to the next verb (", and the
            # two leaders signed a deal" is a new act)
        if ev.target is None and ev.source is not None and cls.name in ("attack", "shell", "bomb") and \
                (front := _FRONTED_PLACE.match(text, s_start, t_start)) and "," not in text[front.end():t_start] and \
                re.fullmatch(r"(?:[Tt]he\s+|an?\s+)?", text[front.end():ev.source.start]):  # (the attacker opens the clause)
            # "In the Odesa region, Russian drones attacked a port": the fronted place is the one hit (before keep, so
            # that a verb needing a target keeps it; nouns get _struck_place below)
            ev.target = next((x for x in actors_in(doc, s_start, front.end(), places=True)
                              if x.kind in ("city", "region") and x.code and x.code != ev.source.code), None)
        if pos == "noun" and ev.source is not None and ev.source.end <= t_start and _observer_before(text, ev.source.end, t_start):
            ev.source = None  # "Moldova recorded a hacker attack on state websites": the observer is no agent
        if ev.target is None and pos == "verb" and cls.name in ("cut_ties", "expel") and ev.source is not None and \
                (post := next((x for x in right_all if x.kind == "city" and x.code and x.code != ev.source.code and
                               x.end <= clause[1] and _DIPLOMATIC_POST.search(text, max(t_start, x.start - 40), x.start)),
                              None)) is not None:
            ev.target = post  # "recalled its ambassador from Tel Aviv": the city of an embassy stands for its state
        if pos == "verb" and ev.target is not None and ev.source is not None and ev.target.code == ev.source.code and \
                ev.target.start > t_end and re.match(r"['’]s\b", text[ev.target.end:ev.target.end + 3]):
            # "Kinkel offered Germany's condolences to Israel": the source's own possessive is no target
            ev.target = next((x for x in right if x.start > ev.target.end and x.code != ev.source.code), ev.target)
        if cls.name == "veto" and (ev.target is None or ev.target.start > t_end and ev.target.code != "IGO:UN") and \
                (res := _VETOED_RESOLUTION.match(text, t_end, ev.target.start if ev.target else clause[1])) is not None:
            # "vetoed a draft resolution threatening sanctions against Zimbabwe": the state is the resolution's
            # content; a veto is cast in the Security Council, the body whose resolution it is (IGO:UN)
            ev.target = Mention(t_end + res.start("res"), t_end + res.end("res"), res["res"], "IGO:UN", "United Nations", "igo")
        elif cls.name == "veto" and pos == "verb" and re.search(r"\bresolutions?$", text[t_start:t_end], re.I) and \
                (ev.target is None or ev.target.start > t_end and ev.target.code != "IGO:UN"):
            ev.target = Mention(t_start, t_end, text[t_start:t_end], "IGO:UN", "United Nations", "igo")  # ("blocked two
            # resolutions on Myanmar": the phrase names the resolution, the state after it is its content)
        if ev.target is None and pos == "verb" and ev.source is not None and kept and \
                cue("anaphoric_acts", r"\s+(?:the|this|that)\s+(?:[\w-]+\s+)?{}\b(?!\s+(?:of|by|from|to|for)\b)").match(text, t_end) and \
                (earlier := next((e for e in reversed(kept) if e.source is not None and e.source.code != ev.source.code
                                  and not e.speculative), None)) is not None:
            ev.target = earlier.source  # "Washington offered to lift sanctions ..., but Caracas rejected the offer": the
            # act noun refers back to the sentence's earlier act, whose actor is the target (cues/anaphoric_acts.txt)
        if not keep(doc, ev):
            continue
        if pos == "verb" and _PREP_END.search(text, t_start, t_end) and not (
                ev.target is not None and t_start < ev.target.start < t_end):
            continue  # a phrase ending in its preposition takes its target from the gap: "suspended Mali from" (the
            # bloc's activities), never "suspended imports from Russia"
        if not ev.location:
            ev.location, ev.loc_code = find_location(doc, clause, t_start, t_end, noun=pos == "noun",
                                                     content=pos == "verb" and cls.name in ("appeal", "call_on", "demand"))
        if cls.name == "mediate" and pos == "verb" and ev.source is not None and re.match(r"\s+by\b", text[t_end:t_end + 6]) \
                and (parties := _mediated_parties(kept, ev)) and (ev.target is None or ev.target.code in
                                                                   {x.code for x in parties[:2]}):
            # (a non-state party of the act is a null target: "the truce between Israel and Hamas, brokered by Egypt")
            sides = [None if x.code.startswith("NGO:") else x for x in parties[:2]]
            ev.target, ev.data["more_targets"], ev.data["mediated_act"] = sides[0], sides[1:2], parties[2]
        if cls.name == "mediate" and ev.source is not None and ev.target is None and not ev.data.get("more_targets") \
                and "mediated_act" not in ev.data and not any(
                    x.kind not in ("city", "capital", "region") for x in actors_in(doc, t_end, clause[1])):
            # a mediation that names no party: the parties of the sentence's talks ("held talks in Brussels under EU
            # mediation"), else no event ("flew to Kyiv to mediate in the crisis" says between whom nowhere)
            side = {ev.source.code} | {x.code for x in ev.data.get("co_sources", []) if x is not None}
            talks = next((e for e in reversed(kept) if e.cameo in ("040", "044", "046") and e.source is not None
                          and e.target is not None and not side & {e.source.code, e.target.code}), None)
            if talks is None:
                continue
            ev.target, ev.data["more_targets"] = talks.source, [talks.target]
        if ev.target is None and ev.source is not None and ev.cameo[:2] in ("18", "19", "20"):
            ev.target = _struck_place(doc, ev, s_start, s_end)  # "air strike kills nine in Sumy": Ukraine is hit
        if cls.places_as_target and ev.target is not None and ev.target.kind in ("city", "region", "capital") \
                and not ev.location:
            ev.location, ev.loc_code = ev.target.name, ev.target.code
        comp = ""
        if pos == "verb" and cls.name in CONTENT_CLASSES and ev.target is not None and ev.target.start > t_end:
            consumed.append((t_end, ev.target.end))  # "pledged aid to Ukraine": the aid is this event's object
        if cls.name in ("appeal", "call_on", "pledge", "agree", "threaten", "release", "reaffirm", "allow"):
            comp, comp_end = complement(doc, ev)
            if comp and cls.name in ("agree", "pledge") and ev.target is not None and t_end < ev.target.start and ev.target.end <= comp_end - len(comp) and \
                    ev.target.kind in ("capital", "city", "region") and \
                    governing_prep(text, ev.target.start, t_end) in ("in", "at"):
                # "agreed at their summit in The Hague to raise spending": a place, not a party; a party named in what
                # was agreed or pledged is ("pledged in Tokyo to provide aid to Kenya")
                ev.target = next((x for x in right_all if comp_end - len(comp) <= x.start < comp_end and x.is_actor and
                                  x.kind not in ("city", "region") and x.code != (ev.source.code if ev.source else "")),
                                 None)
            if comp and cls.name in ("appeal", "call_on", "pledge", "agree", "allow"):
                consumed.append((t_end, comp_end))
                ev.extra = comp
        if pos == "verb" and (cls.name in CONTENT_CLASSES or cls.name in ("discuss", "protest")):
            # (what a protest is about is its content: "lodged a protest over Israel's air strikes")
            consumed.append((t_end, _content_stop(text, cls.name, t_end, clause[1])))  # "condemned an attack by X": the content
        if ev.cameo[:2] in ("12", "13", "14", "15", "16", "17") and ev.source is not None and ev.target is not None and \
                (why := _REASON.search(text, t_end, clause[1])):
            # "sanctions on Belarus over its support for Russia's war": the reason presupposes an act, it reports none
            # (a measure by nobody named lets its reason be reported: "is facing sanctions over its annexation of the
            # Crimea peninsula in 2014")
            consumed.append((why.end(), clause[1]))
        ev.cameo = ("039" if cue("future", r"\b{}\s+(?:\w+\s+)?$").search(text[clause[0]:t_start][-30:]) or
                    re.search(r"\b(?:would|offered\s+to|ready\s+to)\s+$", text[clause[0]:t_start][-20:]) else "045") \
            if ev.data.get("mediation") else refine_code(doc, ev, comp or text[t_end:clause[1]])
        # ("would host talks between ...": an intent to mediate, 039)
        if ev.data.get("open_aid") and ev.cameo != "033":
            continue  # aid to nobody named counts only as a promise ("will give £4m in aid"); delivered aid needs a recipient
        if ev.target is None and (ev.data.get("open_aid") or _open_agreement(doc, ev)):
            ev.target = _far_party(doc, ev, right_all)
        if ev.target is None and pos == "verb" and (ev.cameo == "027" or ev.cameo in ("025", "026", "028") and
                                                    cls.name in ("appeal", "call_on")):
            ev.target = _disputant(doc, ev, right_all)  # ("called for a ceasefire between Ethiopia and Eritrea": both)
        if ev.target is None and cls.name in ("appeal", "call_on") and pos == "verb":
            # "called on the authorities of Ukraine to ...": the institution's state is the addressee
            ev.target = next((x for x in right_all if x.is_actor and x.code != (ev.source.code if ev.source else "") and
                              cue("addressed_institutions", r"\s+(?:on\s+|upon\s+)?(?:the\s+)?{}\s+of\s+(?:the\s+)?").fullmatch(
                                  text[t_end:x.start])), None)
        if ev.target is None and cls.name in ("appeal", "call_on") and pos == "verb" and \
                cue("domestic_addressees", r"^\s+(?:on\s+|upon\s+)?(?:the\s+|a\s+)?(?:[A-Z][\w.]*\s+|federal\s+|state\s+|local\s+)?{}\b").match(
                    text[t_end:t_end + 50]):
            continue  # "Biden asked Congress to approve aid": an appeal inside the speaker's own state
        if ev.target is None and ev.cameo[:2] == "10" and pos == "verb" and not (
                ev.source is not None and ev.source.code.startswith("IGO:")) and not any(
                x.is_actor and x.code != (ev.source.code if ev.source else "") for x in right_all) and \
                re.match(r"\s+(?:\w+ly\s+)?(?:that|to)\b", text[t_end:t_end + 20]):
            continue  # "Trump demanded to be taken to the Capitol": a demand naming no other party is domestic
            # (a demand of a thing stays: "US demands 'verifiable proof' of the player's safety")
        if ev.target is not None and cls.name in ("appeal", "call_on") and pos == "verb" and ev.target.start > t_end and \
                re.fullmatch(r"\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){1,5}?(?:to|on|against|over|towards?)\s+(?:the\s+)?",
                             text[t_end:ev.target.start], re.I) and \
                not re.match(r"\s+(?:to|on|upon)\b", text[t_end:t_end + 5], re.I):
            ev.target = None  # "urges a harsh world response to Russian assault": Russia is the object of what is
            # asked, not its addressee ("called for sanctions on Russia" likewise, guidelines: null target)
        if ev.target is not None and cls.name == "appeal" and pos == "verb" and ev.target.start > t_end and \
                _APPEAL_FOR_BENEFICIARY.fullmatch(text, t_end, ev.target.start):
            ev.target = None  # "appealed for $100 million to help Pakistani flood victims", "appealed for aid for Sudan":
            # an appeal to nobody named for a beneficiary; the guidelines give it a null target
        if ev.target is not None and cls.name in ("criticise", "deplore", "accuse") and pos == "verb" and \
                ev.target.start > t_end and cue("victimising_acts", r"\b{}\s+(?:of|on|against)\s+"
                                                r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$").search(text, t_end, ev.target.start):
            # "condemned the invasion of Ukraine": Ukraine is the victim; the agent, if named, follows "by"
            ev.target = ev.target if governing_prep(text, ev.target.start, t_end) == "by" else next(
                (x for x in right_all if x.is_actor and x.start > ev.target.end and governing_prep(text, x.start, t_end) == "by"),
                None)  # ("the killing of Albanians by Serbia": the first actor after the trigger may be the agent)
        if ev.target is not None and cls.name == "reject" and pos == "verb" and ev.target.kind == "demonym" and \
                ev.target.start > t_end and re.fullmatch(r"\s+(?:(?:the|an?|its|their|his|her)\s+)?(?:[\w-]+\s+)?",
                                                         text[t_end:ev.target.start]) and not cue(
                "rejected_proposals", r"\s+(?:[\w'’-]+\s+){0,2}?{}\b").match(text, ev.target.end, clause[1]):
            continue  # "Macron refused a Russian virus test": the adjective says where the thing is from; only a
            # proposal, offer or demand of the state ("rejected the Russian proposal") is rejected towards it
        if ev.target is not None and cls.name in _ASSENTS and pos == "verb" and ev.source is not None and \
                ev.target.start > t_end and cue("victimising_acts", r"\b{}\s+(?:of|on|against)\s+"
                                                r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$").search(text, t_end, ev.target.start):
            # "the Duma ratified the annexation of three Georgian regions": assent to a hostile act is no agreement
            # with (nor backing of) its victim; backing it backs its agent, when named after "by"
            ev.target = next((x for x in right_all if x.is_actor and x.start > ev.target.end and x.start < clause[1]
                              and governing_prep(text, x.start, t_end) == "by"), None)
            if ev.target is None or ev.target.code == ev.source.code:
                continue
        if ev.target is None and cls.name == "threaten" and ev.source is not None:
            # "warned of consequences if Finland joined NATO": the party the condition names is threatened
            ev.target = next((x for x in right_all if x.is_actor and x.code != ev.source.code and re.search(
                r"\bif\s+(?:the\s+)?$", text[max(t_end, x.start - 12):x.start], re.I)), None)
        if ev.target is not None and cls.name in ("appeal", "call_on") and pos == "verb" and \
                (addressee := _collective_addressee().match(text[t_end:clause[1]])) and ev.target.start >= t_end + addressee.end():
            ev.target = None  # "urged Western partners to impose sanctions on Russia": the addressee is the target, and
            # a collective is none (guidelines); Russia is the object of the act asked for
        if ev.target is not None and cls.name in ("accuse", "criticise") and pos == "verb" and \
                (addressee := _WEST.match(text, t_end, clause[1])) and ev.target.start >= addressee.end():
            ev.target = None  # "accused the West of prolonging the war in Ukraine": the collective object is the
            # (null) target; Ukraine is only in what it is accused of
        if ev.target is None and ev.cameo in ("020", "030", "130") and pos == "verb" and not (
                cls.name in ("appeal", "call_on") and (_COLLECTIVE_ADDRESSEE.match(text, t_end, clause[1]) or
                                                    _open_appeal(doc, ev))):
            continue  # "officials call for a lockdown", "promised to crack down on traitors": an appeal or pledge
            # to nobody of nothing specific is no diplomatic event
        if ev.target is None and ev.cameo[:3] == "035" and pos == "verb" and not any(
                cue(name).search(text, t_end, clause[1])
                for name in ("military_words", "sanction_words", "hostile_measures", "conflict_objects")):
            continue  # "promised to end teenage unemployment": a halt of nothing a state yields, to nobody
        if ev.data.get("conditional_threat"):
            ev.speculative, ev.modality = False, ""
            if ev.target is None:  # "promises a strong response if Russia increases attacks": the condition's actor
                cond = re.search(r"\b(?:if|should|unless|in\s+case)\s+", text[t_end:clause[1]], re.I)
                ev.target = next((x for x in right_all if cond and x.start >= t_end + cond.end() and x.is_actor and
                                  x.code != (ev.source.code if ev.source else "")), None)
        else:
            ev.speculative, ev.modality = speculation(doc, ev)
            main = ev.data.get("adjunct_of")
            if main is not None and not ev.speculative and (main.cameo == "036" or main.modality == "future"):
                ev.speculative, ev.modality = True, "future"  # the main clause's plan holds its adjunct
                if ev.cameo[:2] == "04" and ev.cameo not in ("041", "045"):
                    ev.data["planned"] = True  # (a planned meeting: 036, below)
            if ev.data.get("planned") and (pos == "noun" or main is not None) and ev.cameo[:2] == "04" and ev.cameo != "045":
                ev.cameo, ev.speculative, ev.modality = "036", False, ""  # a planned meeting is an intent to meet
            if ev.modality == "hedged" and pos == "verb" and ev.cameo[:2] in _INTENT_OF and \
                    cue("readiness", r"\b(?:is|are|was|were|stands?|stood|remains?|remained)\s+"
                                     r"(?:\w+\s+)?{}\s+to\s+(?:\w+\s+)?$").search(text, max(clause[0], t_start - 60), t_start) and \
                    not _CONDITION_AFTER.search(text, t_end, ev.sent[1]):
                # "Russia is ready to cooperate with Turkey": readiness is an intent (03), as for meetings (unless on a
                # condition: "ready to restore ties if ...")
                ev.cameo, ev.speculative, ev.modality = _INTENT_OF[ev.cameo[:2]], False, ""
            if ev.modality == "future" and pos == "verb" and ev.cameo[:2] in _INTENT_OF and ev.data.get("stated_intent"):
                # "Iraq said it would release the prisoners": an intent the actor states (03); a reporter's "will
                # sign" or "set to sign" stays a future act
                ev.cameo, ev.speculative, ev.modality = _INTENT_OF[ev.cameo[:2]], False, ""
        if pos == "verb" and form.form == "base" and kept and kept[-1].pos == "verb" and \
                (kept[-1].cameo == "036" or kept[-1].modality == "future") and \
                re.fullmatch(r"[^,;]*\band\s+(?:then\s+|also\s+)?", text[kept[-1].t_end:t_start]):
            # "will meet with the Polish president and visit Lviv": the auxiliary governs both verbs
            if ev.cameo[:2] == "04":
                ev.cameo = "036"
            elif ev.cameo[:2] != "03":
                ev.speculative, ev.modality = True, "future"
        elif pos == "verb" and form.form == "base" and kept and kept[-1].pos == "verb" and ev.cameo[:2] not in ("03", "04") \
                and (kept[-1].cameo == "036" or kept[-1].modality == "future") and \
                re.fullmatch(r"[^,;]*\bto\s+", text[kept[-1].t_end:t_start]):
            # "will travel to Paraguay on Saturday to sign the agreement": the purpose of a planned trip is planned too
            ev.speculative, ev.modality = True, "future"
        if pos == "verb" and form.form == "base" and (ev.cameo == "036" or ev.cameo[:2] == "04") and kept and \
                kept[-1].pos == "verb" and kept[-1].cameo[:2] == "04" and kept[-1].cameo not in ("041", "045") and \
                (ev.source is None or kept[-1].source is None or ev.source.code == kept[-1].source.code) and \
                re.fullmatch(r"[^,;]*\bto\s+", text[kept[-1].t_end:t_start]):
            kept[-1].mentions += 1  # "met his Italian counterpart in Cairo to discuss ...": talks are the meeting's
            continue  # purpose, part of it (one event, as talks during a visit are)
        if pos == "verb" and cls.name == "pledge" and kept and kept[-1].pos == "noun" and \
                kept[-1].cls.name in ("apologise", "empathy") and _PASSIVE_AUX.search(text, max(clause[0], t_start - 25), t_start):
            kept[-1].mentions += 1  # "An apology was offered to South Korea by Japan": the offering is the apology
            continue
        outcome = cue("outcome", r"\b{}(?:\s+(?:abruptly|early|without\s+(?:a\s+)?(?:deal|agreement)))?\b").search(
            text, t_end, clause[1])
        if outcome and pos == "noun":
            ev.data["outcome"] = re.sub(r"\s+", " ", outcome.group())
        for extra_ev in _expand(doc, ev, right_all, sentence_actors):
            if _visit_to_unknown_place(doc, extra_ev):
                continue
            twin = _twin(kept, extra_ev) or _purpose_of(doc, kept, extra_ev) or _occasion_of(kept, extra_ev) or \
                _visit_during(doc, kept, extra_ev) or _renamed_act(doc, kept, extra_ev)
            if twin is not None:
                twin.mentions += 1  # "accused Russia of ... and blamed the Kremlin for ...": one act of one kind
                continue
            kept.append(extra_ev)
            for role, mention in (("source", extra_ev.source), ("target", extra_ev.target)):
                name = mention.name if mention is not None else ""
                if mention is not None and cls.name == "summit" and mention.kind != "person":
                    name = doc.salient_leader(mention.code) or name
                extra_ev.data[f"{role}_name"] = name
            extra_ev.key = len(doc.events)
            doc.events.append(extra_ev)
    statements = _reported_hostility(doc, s_start, s_end, sentence_actors, speakers, kept) + \
        _quoted_verdict(doc, s_start, s_end, sentence_actors, kept) + _fronted_condition(doc, s_start, s_end, kept)
    statements += _trailing_condition(doc, s_start, s_end, kept + statements)
    statements += _force_option(doc, s_start, s_end, kept + statements)
    statements += _observers_verdict(doc, s_start, s_end, kept + statements)
    statements += _attributed_accusation(doc, s_start, s_end, sentence_actors, kept + statements)
    statements += _verdict_on_act(doc, s_start, s_end, kept + statements)
    statements += _in_what_verdict(doc, s_start, s_end, kept)
    _close_sentence(doc, kept, statements)


_AMOUNT = re.compile(r"[$£€]\s?\d|\b\d[\d.,]*\s?(?:m|bn|mln|million|billion|trillion)\b|\b(?:hundreds|tens)\s+of\s+(?:thousands|millions|billions)\b|"
                     r"\b(?:millions|billions)\s+of\s+(?:pounds|dollars|euros)\b|\b\d[\d.,]*\s+(?:pounds|dollars|euros|yen)\b", re.I)


# "announced $250M in food aid": a verb of giving or promising, then the amount "in" the aid
_AID_PROMISE = re.compile(r"\b(?:announc|pledg|promis|offer|approv|unveil|commit|earmark|allocat|giv|gave|provid|send|sent|"
                          r"donat|grant)\w*\s+(?:[\w$£€,.'’\"“”-]+\s+){0,6}?in\s+(?:[\w-]+\s+){0,2}$", re.I)


_CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def _inside_a_proper_name(text: str, s_start: int, s_end: int, t_start: int, t_end: int) -> bool:
    """A capitalised trigger between capitalised words in a sentence that is not written in Title Case
    ("a unit of the Ukrainian Air Assault Forces") is part of a name."""
    if not text[t_start:t_start + 1].isupper() or t_start == s_start:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", text[s_start:s_end])
    if sum(w.islower() and w not in function_words() for w in words) < 2:
        return False  # a headline in Title Case: its content words are all capitalised
    before = re.search(r"([\w'’-]+)\s+$", text[max(s_start, t_start - 40):t_start])
    after = re.match(r"\s+([\w'’-]+)", text[t_end:t_end + 40])
    return bool(before and _CAPITALISED.fullmatch(before.group(1)) and after and _CAPITALISED.fullmatch(after.group(1)))


def _domestic_ban(doc: Doc, ev: Ev) -> bool:
    """A ban on no named party inside the source's own state ("seeks a ban of plastic plates in England") is
    domestic policy, not a sanction (a trade ban that comes into force stays: "US ban on cotton from ...")."""
    return bool(re.fullmatch(r"bans?", doc.text[ev.t_start:ev.t_end], re.I)) and ev.source is not None and any(
        m.code == ev.source.code and m.kind in ("region", "city", "capital", "state") and ev.t_end <= m.start < ev.clause[1]
        and governing_prep(doc.text, m.start, ev.t_end) in ("in", "across", "throughout") for m in doc.actors)


def _struck_place(doc: Doc, ev: Ev, s_start: int, s_end: int) -> Mention | None:
    """Where an act of force with no named target strikes: the first place of another state after the
    trigger in its clause ("missile strike at factories in Kramatorsk"), else the last one before it in the
    sentence ("In Kremenchuk, ... the mall destroyed by Russia's missile attack")."""
    victims = cue("civilian_nouns", r"(?:-\w+)?\s+(?:[\w-]+\s+)?{}\b")
    armed = cue("armed_agents", r"\s+{}\b")  # ("three Ukrainian soldiers", "Ukrainian positions" are hit too)
    places = [m for m in doc.actors if s_start <= m.start and m.end <= s_end and m.code and m.code != ev.source.code and (
        m.kind in ("city", "region", "capital") or m.kind == "demonym" and (
            victims.match(doc.text, m.end) or armed.match(doc.text, m.end)))]
    # (people of a state hit by it count too: "Ukrainian children wounded in Russian attacks")
    after = [m for m in places if ev.t_end <= m.start < ev.clause[1]]
    before = [m for m in places if m.end <= ev.t_start]
    if before and _TALKED_ABOUT.search(doc.text, before[-1].end, ev.t_start):
        before = []  # "In Geneva, diplomats discussed Russian attacks": where the talk is, not where the attack hits
    return after[0] if after else before[-1] if before else None


#: verbs of talking or reporting between a place and an attack noun make the place the talk's, not the attack's
_TALKED_ABOUT = re.compile(r"\b(?:discuss\w*|debat\w*|talk\w*|spoke|speak\w*|said|says|told|condemn\w*|denounc\w*|"
                           r"report\w*|warn\w*|accus\w*)\b", re.I)


def _open_agreement(doc: Doc, ev: Ev) -> bool:
    """A recognition of a breakaway entity, or a signed agreement whose other party is no state ("Ukraine signed a deal for Westinghouse to supply
    fuel") or is not named is still an act of the source (057 with a null target), when the object is an
    agreement noun right after the verb (cues/agreement_nouns.txt)."""
    if ev.cls.name == "recognise" and ev.pos == "verb":  # "recognised the separatist republics": 054, no state target
        return bool(cue("breakaway_entities", r"\s+(?:[\w'’-]+\s+){0,3}?{}\b").match(doc.text, ev.t_end, ev.clause[1]))
    if ev.cls.name == "agree" and ev.pos == "verb":  # "Iran agreed on Sunday to curb its nuclear programme": a
        # commitment to yield (035) stands without a named partner
        return bool(cue("yield", r"\s+(?:(?:on|in|at)\s+(?:[\w'’.-]+\s+){1,3}?)?to\s+(?:\w+ly\s+)?{}\b").match(
            doc.text, ev.t_end, ev.clause[1]))
    return ev.cls.name in ("sign", "ratify") and ev.pos == "verb" and bool(cue(
        "agreement_nouns", r"\s+(?:[\w'’-]+\s+){0,3}?{}\b").match(
        doc.text, ev.t_end, ev.clause[1]))


# a measure that takes effect has been imposed: "US ban on cotton from forced labour comes into force"
_IN_FORCE = re.compile(r"\s+(?:[\w'’,-]+\s+){0,8}?(?:comes?|came|coming|enters?|entered|entering|takes?|took|taking|went|goes|"
                       r"going)\s+(?:into\s+)?(?:force|effect)\b", re.I)
_RELEASE_OF = re.compile(r"\b(?:release|return|freeing|freedom|extradition|handover|hand-over|repatriation|safety)\s+(?:of|for)\s+"
                         r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


#: a finite verb (or an auxiliary) right after a subject: a past form, a modal or a form of "be" or "have"
_FINITE = (r"(?:(?:also|then|later|quickly|promptly|swiftly|soon)\s+)?(?:(?:(?-i:[a-z])[a-z]+ed|{})\b"
           r"(?!\s+(?:at|by|to|in|on|for|with|from|into|against|over|under|as|of)\b)|(?:"  # ("the United States aimed at
           r"will|would|has|have|had|is|are|was|were|could|can|may|might|must|should|said|met|told|took|gave|went|came|"
           r"spoke|broke|froze|drew|withdrew|threw|flew|won|saw|began)\b)")  # a ceasefire": a participle, no clause)
_AND = re.compile(r"[^\S\n]+and[^\S\n]+")


@functools.cache
def _finite_after() -> re.Pattern:
    return re.compile(r"[^\S\n]+" + _FINITE.replace("{}", cue_regex("irregular_participles")), re.IGNORECASE)


@functools.cache
def _collective_subject() -> re.Pattern:
    return cue("collective_subjects", r"{}\b")


def _split_at_clausal_and(doc: Doc, clauses: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses split before an "and" that opens a clause with its own subject and verb ("Russia invaded Ukraine |
    and the EU imposed sanctions", "... and the West imposed sanctions"), when a verb stands before it: the actor
    after "and" is no second object of the first verb, nor the object a subject of the second verb."""
    text = doc.text
    out: list[tuple[int, int]] = []
    for a, b in clauses:
        start = a
        for m in _AND.finditer(text, a, b) if text.find("and", a, b) >= 0 else ():  # (most clauses have none)
            subj_start = m.end() + (4 if text.startswith(("the ", "The "), m.end()) else 0)
            subject = next((x for x in actors_in(doc, m.end(), b) if x.is_actor and x.start in (m.end(), subj_start)), None)
            subject_end = subject.end if subject is not None else \
                (c.end() if (c := _collective_subject().match(text, m.end(), b)) is not None else -1)
            if subject_end < 0 or not _finite_after().match(text, subject_end, b):
                continue
            first = next((x for x in actors_in(doc, start, m.start()) if x.is_actor), None)
            if first is None or not _finite_after().search(text, first.end, m.start()):
                continue  # "Russia and Ukraine agreed": no verb before the "and", the two are one subject
            if subject is not None and subject.code == first.code or \
                    re.search(r"\bbetween\s+(?:[\w'’.-]+\s+){0,3}[\w'’.-]+$", text[max(start, m.start() - 40):m.start()]):
                continue  # "Truss spoke to Zelensky on Saturday and she invited him": one subject, the date shared;
                # "a summit between Mubarak and Netanyahu was possible": one pair
            out.append((start, m.start()))
            start = m.start() + len(m.group()) - len(m.group().lstrip())  # (the new clause opens with its "and")
        out.append((start, b))
    return out


def _new_subject(doc: Doc, s_start: int, t_start: int) -> bool:
    """A named actor right before a verb after a comma or semicolon starts a new clause ("Russia and China tell NATO
    to stop expansion, Moscow backs Beijing"): its verb is no content of the clause before."""
    text = doc.text
    gap = t_start  # (the run of spaces before the verb: an actor ending in it has only spaces up to the verb)
    while gap > 0 and text[gap - 1].isspace():
        gap -= 1
    if gap == t_start:
        return False
    starts = doc.data.get("actor_starts")
    if starts is None:
        starts = doc.data["actor_starts"] = [m.start for m in doc.actors]
    # (the actors in order of start, as doc.actors: those starting inside the sentence before the verb)
    for m in doc.actors[bisect.bisect_right(starts, s_start):bisect.bisect_left(starts, t_start)]:
        if gap <= m.end < t_start:
            return bool(_SUBJECT_AFTER_COMMA.search(text[max(s_start, m.start - 8):m.start]))
    return False


_SUBJECT_AFTER_COMMA = re.compile(r"[,;]\s*(?:the\s+)?$")


def _far_party(doc: Doc, ev: Ev, right: list[Mention]) -> Mention | None:
    """The recipient of promised aid or the party of an agreement beyond the short object gap: "will provide a new
    tranche of EUR 500 million in military support to Ukraine", "ratified the agreement ... between the United
    Kingdom and Ukraine" (the party other than the source)."""
    text = doc.text
    prep = r"\b(?:to|for)\s+(?:the\s+)?$" if ev.cls.name in ("aid", "provide", "contribute") else \
        r"\b(?:with|between|and)\s+(?:the\s+)?$"
    for x in right:
        if x.kind in ("city", "region") or not x.code or x.code == ev.source.code or x.start < ev.t_end:
            continue
        if x.code.startswith("NGO:"):
            continue  # a non-state party is no target ("signed a deal with Hamas": a null target)
        if re.match(r"['’]s\b", text[x.end:x.end + 2]):
            continue  # "to respond to Russia's reliance on ...": a possessor, no recipient
        if re.search(prep, text[max(ev.t_end, x.start - 14):x.start], re.I) and x.start - ev.t_end < 120 and \
                not re.search(r"[;:]|\b(?:which|who|that|after|before|while|because)\b|,\s+\w+ing\b", text[ev.t_end:x.start]):
            return x
    return None


def _disputant(doc: Doc, ev: Ev, right: list[Mention]) -> Mention | None:
    """The party other than the source in "between X and Y" of an appeal to settle ("calls for
    reconciliation between Palestinians and Israelis", "relations between Mauritius and France");
    further coordinated parties are added by :func:`_expand`."""
    text = doc.text
    for x in right:
        if x.kind in ("city", "region") or not x.code or x.code == ev.source.code:
            continue
        if re.search(r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", text[max(ev.t_end, x.start - 30):x.start]) or \
                re.search(r"\bbetween\s+(?:the\s+)?[\w\s'’-]{1,40}?\band\s+(?:the\s+)?$", text[max(ev.t_end, x.start - 60):x.start]):
            return x
    return None


#: the West as a collective object of a charge or criticism ("accused the West of", "criticised Western countries"):
#: never expanded to states (EVENTS_GUIDELINES), so a null target; generic "States that ..." are no party at all
_WEST = re.compile(r"\s+(?:the\s+)?(?:West\b|Western\s+(?:countries|nations|states|governments|powers|allies|partners|"
                   r"capitals)\b)")


@functools.cache
def _collective_addressee() -> re.Pattern:
    return cue("collective_addressees", r"^\s+(?:on\s+|upon\s+)?(?:the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?{}\b")


def _open_appeal(doc: Doc, ev: Ev) -> bool:
    """An appeal with no named addressee that still counts (target null, guidelines): one addressed to a
    collective ("called on the international community to", "urged all States to") or a "call for" whose
    content is named ("calls for airstrikes on ..."); the source must be a state actor or the speech's
    speaker, so that "officials call for a lockdown" (no named actor) stays out."""
    text = doc.text
    if ev.source is None:
        return False
    aux = r"(?:(?:\w+ly|also|again|once|has|have|had|is|are|was|were|continues?|continued|to|the|first)\s+)*"
    head = r"[a-z][\w-]+\s+" if ev.source.kind == "demonym" else ""  # "Russian lawmaker calls for"
    first_person = doc.speaker and re.search(rf"\b(?:we|I)\s+{aux}$", text[ev.clause[0]:ev.t_start])
    between = text[ev.source.end:ev.t_start]
    if not first_person and not re.fullmatch(rf"(?:['’]s)?\s+{head}{aux}", between) and not (  # (the sentence's subject)
            re.search(r"\band\s+(?:also\s+|then\s+)?$", between) and not re.search(r"[,;:]", between) and
            not actors_in(doc, ev.source.end, ev.t_start) and
            re.fullmatch(r"(?:[^,]*,)?\s*(?:the\s+)?", text[ev.sent[0]:ev.source.start], re.I)):  # (or of a verb coordinated with the subject's first:
        return False  # "China condemned the fighting and urged all parties to ...")  # the appeal's named actor must be its subject ("officials call for ..." after a place is not)
    after = text[ev.t_end:ev.clause[1]]
    if _collective_addressee().match(after):
        return True
    word = text[ev.t_start:ev.t_end].lower()
    if word.startswith("urg") and re.match(r"\s+(?:[‘'\"“]|(?!(?:to|the|him|her|them|it|us|me|his|its|their)\b)[a-z][\w-]{3,}\b)",
                                            after):
        return True  # "urges restraint", 'urges "wake up"': an appeal whose content is named
    return word.endswith(" for") and bool(re.match(r"\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]{4,}", after))


#: a fronted adjunct ending with an occasion noun: "During a visit to", "On his first trip to"
_FRONTED_NOUN = re.compile(r"\s*(?:[Dd]uring|[Oo]n|[Ww]hile\s+on|[Ii]n|[Bb]efore|[Aa]fter|[Ff]ollowing|[Aa]head\s+of)\s+(?:(?:an?|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2})?")
# (a headline drops the article: "During visit to Kyiv, ..."; the pattern is only tried before a visit or call noun)
_CONTRIBUTES_TO = re.compile(r"\s+(?:greatly\s+|significantly\s+|also\s+)?to\s+(?:the\s+|an?\s+)?(?-i:[a-z])")  # no gift before "to"
def _welcomed_guests(text: str, t_end: int, guest: Mention) -> bool:
    """Whether "welcomed" ending at ``t_end`` takes people of ``guest``'s state: "welcomed the leaders of Chile and
    Peru", "welcomed a delegation from Iran to Ankara" (a head of cues/guest_heads.txt; hosting, not approval).

    >>> from types import SimpleNamespace as M
    >>> text = "Brazil welcomed the leaders of Chile to a summit."
    >>> _welcomed_guests(text, text.index(" the leaders"), M(start=text.index("Chile"), end=text.index("Chile") + 5))
    True
    >>> text = "Brazil welcomed the decision of Chile to join the talks."
    >>> _welcomed_guests(text, text.index(" the decision"), M(start=text.index("Chile"), end=text.index("Chile") + 5))
    False
    """
    return bool(cue("guest_heads", r"^\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w-]+\s+)?{}\s+(?:of|from)\s+(?:the\s+)?$")
                .match(text[t_end:guest.start])) and not re.match(r"['’]s\b", text[guest.end:guest.end + 3])


#: nouns that name a gift whatever it is of ("energy aid", "fuel assistance"), unlike "supplies" or "deliveries"
_AID_NOUN = re.compile(r"(?:aid|assistance|help|grants?|donations?)\b", re.IGNORECASE)
_CONDITION_AFTER = re.compile(r"\b(?:if|unless|provided|once|as\s+soon\s+as|on\s+condition)\b", re.IGNORECASE)
_MEETING_WITH = re.compile(r"\s+with\s")
_WITH_POSSESSIVE = re.compile(r"\s+with\s+(?:its|their|his|her)\s", re.IGNORECASE)
_DURING = re.compile(r"\b(?:during|on|while\s+on|in|before|after|following|ahead\s+of)\s+(?:(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2})?$", re.I)
@functools.cache
def _meeting_topic() -> re.Pattern:
    """The topic of a meeting noun: a preposition of aboutness, not of time or occasion ("on Monday", "on 5 January",
    "on the sidelines of", "on the phone"; the calendar words from text/data)."""
    from communique.text.lexicon import calendar_abbreviations, month_names, weekday_numbers

    calendar = "|".join(sorted({*month_names(), *weekday_numbers(), *calendar_abbreviations()}, key=len, reverse=True))
    return re.compile(r"\s(?:on|about|over|regarding|concerning)\s+(?!(?:the\s+)?(?:sidelines?|margins?|eve|phone|telephone|"
                      rf"behalf|occasion|day|morning|afternoon|evening|night|weekend|{calendar}|\d)\b)", re.I)


_OCCASION = re.compile(r",\s*(?:in|during|at)\s+(?:(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+)?(?:call|conversation|meeting|talks|"
                       r"visit|summit|deal|negotiations)|(?:talks|negotiations)\s+(?:mediated|brokered|hosted)\s+by)\b", re.I)
# (", in talks mediated by Turkey": the occasion, and its mediator, are outside what was agreed)


def _twin(kept: list[Ev], ev: Ev) -> Ev | None:
    """A fact of the same sentence with the same source, target and code as ``ev`` (verbal acts only: two attacks
    may be two acts)."""
    if ev.source is None or ev.target is None or ev.speculative or ev.coref >= 0 or ev.cameo[:2] not in ("11", "12", "01"):
        return None
    return next((e for e in kept if e.source is not None and e.target is not None and not e.speculative and
                 (e.source.code, e.target.code, e.cameo) == (ev.source.code, ev.target.code, ev.cameo)), None)


#: a reason phrase after a hostile measure ("over", "because of", "in response to", "in retaliation for", "in protest at")
_REASON = re.compile(r"\s(?:over|because\s+of|in\s+(?:response|reaction)\s+to|in\s+retaliation\s+for|"
                     r"in\s+protest\s+(?:at|over|against))\s", re.IGNORECASE)
_PREP_END = re.compile(r"\S\s+\S+\s+(?:from|to|with|of|in|on)$")
#: "X said <what>, and urged Y to ...": a verb coordinated with the verb of saying has the speaker as subject
_SAID_AND = quick_start(re.compile(r"\b(?:said|says|stated|told\s+reporters)\b[^;]*?\band\s+(?:also\s+|then\s+)?$", re.IGNORECASE))
_TELLER_GAP = re.compile(r"(?:['’]s?)?(?:\s+[a-z][\w-]*){0,3}\s+")


def _said_and(doc: Doc, ev: Ev, form: Form, s_start: int, right: list[Mention]) -> bool:
    """Credit a subjectless verb coordinated with a verb of saying to the speaker ("The OAS mission said the vote
    had been fair, and urged all parties to respect the result"); False when the sentence has no such speaker."""
    text = doc.text
    said = _SAID_AND.search(text, s_start, ev.t_start)
    if said is None or ev.pos != "verb":
        return False
    teller = next((x for x in reversed(actors_in(doc, s_start, said.start())) if x.kind not in ("city", "region") and
                   _TELLER_GAP.fullmatch(text, x.end, said.start())), None)
    if teller is None or teller.code.startswith("NGO:"):
        return False
    ev.source = teller
    ev.target = first_object(doc, right, ev.t_end, ev.cls, verb_end=ev.t_end, frame=form.frame)
    if ev.target is not None and ev.target.code == teller.code:
        ev.target = None
    return True


_THE_TWO = quick_start(re.compile(r"\b(?:(?:the\s+)?(?:two|both)\s+(?:leaders|heads\s+of\s+state|heads\s+of\s+government|presidents|"
                      r"(?:prime\s+|foreign\s+|defen[cs]e\s+)?ministers|sides|countries|governments|neighbou?rs|nations)"
                      r"|(?<![\w,] )(?<!\w)the\s+two)"  # (bare "The two met ...": the sentence's subject, not "of the two")
                      r"(?:\s+(?:also|jointly|first|later|then|again|previously|had|have|has|would|will))*\s+$", re.IGNORECASE))
_BILATERAL = re.compile(r"[^.;]*?\b(?:between\s+the\s+two|bilateral|their\s+(?:[\w-]+\s+){0,2}?(?:ties|relations|"
                        r"cooperation|partnership|relationship))\b", re.IGNORECASE)


def _meeting_pair(kept: list[Ev], facts: bool = True) -> tuple[Mention, Mention] | None:
    """The two parties of the last meeting, visit or signing in ``kept`` (a fact, unless ``facts`` is False:
    "no date was set for a meeting between Putin and Trump. The two presidents agreed ..." names the pair too)."""
    e = next((e for e in reversed(kept) if (not facts or not e.speculative) and e.source is not None and
              e.target is not None and e.source.code != e.target.code and
              (e.cameo[:2] == "04" and e.cameo != "045" or e.cameo == "057")), None)
    return (e.source, e.target) if e is not None else None


def _story_pair(doc: Doc, ev: Ev, kept: list[Ev]) -> tuple[Mention, Mention] | None:
    """The pair that "the two leaders" (ministers, sides, countries) refers to: the sentence's meeting, else the last
    meeting, visit or signing of an earlier sentence of the story ("X met Y in Beijing. The two leaders agreed ...")."""
    earlier = [e for e in doc.events if e.sent[1] <= ev.sent[0]]
    return _meeting_pair(kept) or _meeting_pair(earlier, facts=False) or _cooperating_pair(earlier)


def _the_group(doc: Doc, ev: Ev, form: Form, right: list[Mention], kept: list[Ev]) -> bool:
    """ "The three leaders urged Russia to ...": a verb whose subject is a group of the story's states
    (:func:`_story_group`) is each one's act towards its object; False when the subject is no such group."""
    group = _story_group(doc, ev, kept)
    if group is None:
        return False
    ev.source, ev.data["co_sources"] = group[0], list(group[1:])
    ev.target = first_object(doc, right, ev.t_end, ev.cls, verb_end=ev.t_end, frame=form.frame)
    if ev.target is not None and ev.target.code in {x.code for x in group}:
        ev.target = None
    return True


def _story_group(doc: Doc, ev: Ev, kept: list[Ev]) -> tuple[Mention, ...] | None:
    """The states "the three leaders" (the leaders, the four countries ...) opening ``ev``'s clause refer to: the
    subjects of the story's last act done by several named states together, when there are that many.

    "The leaders of Poland, France and Germany arrived in Kyiv. The three leaders called on Russia to ..." -> POL,
    FRA and DEU each appeal to Russia.
    """
    m = _THE_GROUP.search(doc.text, ev.clause[0], ev.t_start)
    if m is None or not _CLAUSE_OPENING.fullmatch(doc.text, ev.clause[0], m.start()):
        return None
    return _group_of(doc, ev, kept, m["count"])


def _group_of(doc: Doc, ev: Ev, kept: list[Ev], count_word: str | None) -> tuple[Mention, ...] | None:
    """The states of the story's last act by (or between) several named states before ``ev``, when there are
    ``count_word`` of them (at least three when no number is written)."""
    earlier = [e for e in doc.events if e.sent[1] <= ev.sent[0]] + [e for e in kept if e.t_end <= ev.t_start]
    group = None
    for e in reversed(earlier):
        if len(e.data.get("all_sources", ())) > 1:
            group = e.data["all_sources"]  # "Poland, France and Germany sent ...": the subjects
        elif e.cls.symmetric and e.source is not None and e.target is not None and not e.speculative:
            # "Egypt, Jordan and Saudi Arabia met": one event per partner of the first-named party, all the parties
            same = [x for x in earlier if x.t_start == e.t_start and x.source is e.source and x.target is not None]
            group = [e.source, *sorted({x.target for x in same}, key=lambda m: m.start)] if len(same) > 1 else None
        else:
            continue
        break
    if group is None:
        return None
    codes = {x.code for x in group}
    count = count_word and (_NUMBER_WORDS.index(count_word.lower()) + 3 if not count_word.isdigit() else int(count_word))
    if len(codes) != len(group) or (count and count != len(group)) or (not count and len(group) < 3):
        return None  # (a number that does not fit is a group we have not seen: "Starmer joined them. The four ...")
    return tuple(group)


_NUMBER_WORDS = ("three", "four", "five", "six", "seven", "eight", "nine", "ten")
#: "the three leaders", "all four countries": a counted (or bare) group of office-holders or states
_GROUP = (r"(?:the|all)\s+(?:(?P<count>" + "|".join(_NUMBER_WORDS) + r"|[3-9])\s+)?(?:visiting\s+)?"
          r"(?:leaders|heads\s+of\s+(?:state|government)|presidents|(?:prime\s+|foreign\s+|defen[cs]e\s+)?ministers|"
          r"countries|governments|nations)\b")  # (not "allies": a collective the guidelines do not expand)
#: "thanked the three leaders", "urged the leaders": a group of the story's states as a verb's object
_THE_GROUP_OBJECT = re.compile(r"\s+(?:on\s+)?" + _GROUP + r"(?!\s+of\b)", re.IGNORECASE)
#: "the three leaders", "the leaders", "all four countries" as a clause's subject (two: _THE_TWO)
_THE_GROUP = re.compile(r"\b" + _GROUP + r"(?:\s+(?:also|jointly|later|then|again|had|have|has|would|will))*\s+$",
                        re.IGNORECASE)
#: what may open a clause before its subject: nothing, or a fronted adverb and its comma ("Later, ", "On Sunday, ")
_CLAUSE_OPENING = re.compile(r"[\s\"“]*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3},\s*)?")


def _cooperating_pair(events: list[Ev]) -> tuple[Mention, Mention] | None:
    """The two states of the last intent or meeting (roots 03, 04) whose two parties were its coordinated subject (both
    named before the trigger): "X and Y agreed to speed up talks. The two met on the sidelines ..." """
    e = next((e for e in reversed(events) if e.source is not None and e.target is not None and
              e.source.code != e.target.code and e.cameo[:2] in ("03", "04") and e.cameo != "045" and
              e.source.end <= e.t_start and e.target.end <= e.t_start), None)
    return (e.source, e.target) if e is not None else None


def _the_two(doc: Doc, ev: Ev, kept: list[Ev]) -> bool:
    """ "X received Y in Beijing, and the two leaders pledged to deepen cooperation": "the two leaders" (sides,
    countries, ministers) are the parties of the sentence's meeting; False when there is no such subject or meeting."""
    if ev.pos != "verb":
        return False
    two = _THE_TWO.search(doc.text, ev.clause[0], ev.t_start)
    pair = _meeting_pair(kept) if two is None else _story_pair(doc, ev, kept)
    if pair is None:
        return False
    if two is not None and re.search(r"\b(?:since|after|before|when|until|as)\s+$", doc.text[ev.sent[0]:two.start()], re.I):
        return False  # "the first call since the two countries restored ties": a time clause, no act reported
    if two is not None:
        ev.source, ev.target = pair
        return True
    if ev.form is not None and ev.form.form == "ing" and re.search(r",\s*$", doc.text[ev.sent[0]:ev.t_start]) and \
            _BILATERAL.match(doc.text, ev.t_end, ev.sent[1]):
        # "Xi held talks with Kim in Beijing, pledging to deepen ties between the two neighbours": the host pledges
        # towards the other party
        ev.source, ev.target = pair
        return True
    return False


_OBJECT_PRONOUN = re.compile(r"\s+(?:them|him|her)\b|\s+it\s+(?:of|for)\b")
_APPEAL_FOR_BENEFICIARY = re.compile(r"\s+for\s+(?:an?\s+|the\s+)?(?:[\w'’$€£.,-]+\s+){1,6}?(?:for|to\s+(?:help|assist|"
                                     r"support|feed|aid|shelter))\s+(?:the\s+)?", re.IGNORECASE)
_BY_MEANS = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?by\s+[a-z]+ing\b")
_VERB_AND_OBJECT = re.compile(r"[a-z]\s+(?:a|an|the|its|their|his|her)\s+")
_FOR_PURPOSE = re.compile(r"[^.;,]*?\bfor\s+[^.;,]*", re.IGNORECASE)


#: "mediating between the two countries", "brokered a ceasefire between the two neighbours": parties named before
_PAIR_NOUNS = r"(?:countries|neighbou?rs|nations|states|governments|sides|parties|capitals)"
_BETWEEN_THE_TWO = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?between\s+(?:the\s+)?(?:two|both)\s+" + _PAIR_NOUNS + r"\b",
                              re.IGNORECASE)


#: "urged both countries to", "called on the two sides to": an addressee that is the story's pair of parties
_BOTH_PARTIES = re.compile(r"\s+(?:on\s+|upon\s+)?(?:the\s+two|both)\s+(?:" + _PAIR_NOUNS + r"|leaders)\b", re.IGNORECASE)


def _story_parties(doc: Doc, kept: list[Ev], ev: Ev) -> tuple[Mention, Mention] | None:
    """The two states of the story's last act between two parties other than ``ev``'s source (what "the two
    countries" refers to: "Ivory Coast demanded the release of its soldiers held in Mali. Togo, which is mediating
    between the two countries, ...")."""
    earlier = [e for e in doc.events if e.sent[1] <= ev.sent[0]] + [e for e in kept if e.t_end <= ev.t_start]
    e = next((e for e in reversed(earlier) if e.source is not None and e.target is not None and
              e.source.code != e.target.code and ev.source.code not in (e.source.code, e.target.code) and
              not (e.source.code + e.target.code).count("NGO:")), None)
    return (e.source, e.target) if e is not None else None


@functools.cache
def _anaphoric_accusation() -> re.Pattern:
    """A definite accusation noun right after a verb of rejecting: "rejected the accusation", "denied these charges"."""
    return cue("denied_objects", r"\s+(?:the|these|those|this|that|such)\s+(?:[\w'’-]+\s+){0,2}?{}\b(?!\s+(?:by|from|of)\b)")


@functools.cache
def _bare_denial() -> re.Pattern:
    """What follows a verb of denying that answers an earlier accusation without naming it: "denied any involvement"
    (cues/denied_involvement.txt), "denied that its jets had crossed the border", or nothing ("a charge Rwanda denies")."""
    return cue("denied_involvement", r"(?:\s+(?:(?:any|all|its|their|his|her)\s+)?(?:[\w'’-]+\s+)?{}\b|\s+that\b|\s*(?:[.,;]|$))")


def _accuser_of(doc: Doc, kept: list[Ev], ev: Ev) -> Mention | None:
    """The source of the story's last accusation, criticism or protest (11) of the rejecting party, which a verb of
    rejecting with a definite accusation noun answers ("Chavez accused Colombia of ... Colombia rejected the
    accusation"), and a verb of denying also with no accusation noun ("Khartoum denied any involvement")."""
    if not (_anaphoric_accusation().match(doc.text, ev.t_end, ev.clause[1]) or
            ev.cls.name == "deny" and _bare_denial().match(doc.text, ev.t_end, ev.clause[1])):
        return None
    earlier = [e for e in doc.events if e.sent[1] <= ev.sent[0]] + [e for e in kept if e.t_end <= ev.t_start]
    return next((e.source for e in reversed(earlier) if e.cameo[:2] == "11" and not e.speculative and
                 e.source is not None and e.target is not None and e.target.code == ev.source.code and
                 e.source.code != ev.source.code), None)


#: "accepted the invitation", "welcomed the accord": a definite noun that names an earlier act of the story
_DEFINITE = r"\s+(?:the|this|that|these|those)\s+(?:[\w'’-]+\s+){0,2}?{}\b(?!\s+(?:by|from|of|between|with)\b)"


def _answered_parties(doc: Doc, kept: list[Ev], ev: Ev) -> list[Mention]:
    """The parties an answer to an earlier act of the story is towards, when its object is a definite noun naming that
    act: an accepted invitation (036) answers the inviter of the answering party (the last appeal, 02, towards it);
    a welcomed accord (cues/agreement_nouns.txt) praises the parties of the last agreement or signing (03, 057)."""
    text = doc.text
    earlier = [e for e in doc.events if e.sent[1] <= ev.sent[0]] + [e for e in kept if e.t_end <= ev.t_start]
    earlier = [e for e in reversed(earlier) if not e.speculative and e.source is not None and e.target is not None]
    if ev.cls.name == "agree" and ev.cameo == "036" and re.match(_DEFINITE.replace("{}", r"invitations?"), text[ev.t_start:ev.clause[1]][
            len(text[ev.t_start:ev.t_end].split()[0]):], re.I):
        return next(([e.source] for e in earlier if e.cameo[:2] == "02" and e.target.code == ev.source.code and
                     e.source.code != ev.source.code), [])
    if ev.cls.name == "reject" and cue("answered_acts", _DEFINITE).match(text, ev.t_end, ev.clause[1]):
        # "Argentina protested to Britain. London rejected the protest": the source of the story's last appeal,
        # intent, demand, protest or threat (02, 03, 10, 11, 13) towards the rejecting party
        return next(([e.source] for e in earlier if e.cameo[:2] in ("02", "03", "10", "11", "13") and
                     e.target.code == ev.source.code and e.source.code != ev.source.code), [])
    if ev.cls.name in ("criticise", "deplore", "praise") and ev.pos == "verb" and \
            cue("act_anaphors", _DEFINITE + r"(?!\s+(?:of|by|from|to|against|on)\b)").match(text, ev.t_end, ev.clause[1]):
        # "The Council extended sanctions on South Sudan. Juba criticised the vote": a verdict on an act the story
        # reported is towards that act's source: the last one aimed at the speaker, else the last other state's act
        others = [e for e in earlier if e.source.code != ev.source.code and not e.source.code.startswith("NGO:")]
        act = next((e for e in others if e.target.code == ev.source.code), others[0] if others else None)
        return [act.source] if act is not None else []
    if ev.cls.name in ("host", "praise") and text[ev.t_start:ev.t_end].lower().startswith("welcom") and \
            cue("agreement_nouns", _DEFINITE).match(text, ev.t_end, ev.clause[1]):
        act = next((e for e in earlier if (e.cameo[:2] == "03" or e.cameo == "057") and
                    ev.source.code not in (e.source.code, e.target.code) and e.source.code != e.target.code), None)
        return [act.source, act.target] if act is not None else []
    return []


def _purpose_of(doc: Doc, kept: list[Ev], ev: Ev) -> Ev | None:
    """The meeting, visit or planned visit of the same pair that a meeting noun in a 'for' phrase is the purpose of
    ("arrived in Pretoria for talks with", "will travel to Iraq for the first papal visit to the country"): one act."""
    if ev.pos != "noun" or ev.cameo[:2] != "04" or ev.cameo in ("041", "045") or ev.source is None or ev.target is None:
        return None
    pair = {ev.source.code, ev.target.code}
    return next((e for e in reversed(kept) if e.source is not None and e.target is not None and
                 {e.source.code, e.target.code} == pair and e.t_end <= ev.t_start and
                 (e.cameo == "036" or e.cameo[:2] == "04" and e.cameo not in ("041", "045")) and
                 _FOR_PURPOSE.fullmatch(doc.text, e.t_end, ev.t_start)), None)


def _occasion_of(kept: list[Ev], ev: Ev) -> Ev | None:
    """The fronted visit of the same pair that a meeting is held during ("During a visit to Kyiv, Macron met
    Zelensky"): talks during a visit are part of the visit (EVENTS_GUIDELINES), one event."""
    if ev.cameo[:2] != "04" or ev.cameo in ("041", "045") or ev.source is None or ev.target is None or ev.speculative:
        return None
    return next((e for e in kept if e.data.get("occasion") and e.cameo == "042" and e.source is not None and
                 e.target is not None and (e.source.code, e.target.code) == (ev.source.code, ev.target.code)), None)


#: a visit noun after a meeting that it is the occasion of: "met Xi during his visit", "on a trip to Beijing"
_DURING_VISIT = re.compile(r"[^.;:]*\b(?:during|on|while\s+on|in\s+the\s+course\s+of)\s+(?:(?:an?|his|her|their|the)\s+)?"
                           r"(?:(?:[\w-]+\s+){0,2})$", re.IGNORECASE)


#: what lies between a main verb and a gerund adjunct of time or manner: "visited Kyiv before meeting Putin"
_GERUND_ADJUNCT = re.compile(r"[^,;:]*?\s(?:before|after|while|since|without|when|upon|on)\s+", re.IGNORECASE)
#: "to" before the state a visit goes to or a person is handed over to ("visit to the", "deported back to")
_TO_DESTINATION = re.compile(r"\s+(?:back\s+)?to\s+(?:the\s+)?", re.IGNORECASE)


#: between a trip and a noun in apposition that renames it: "will visit Australia next week, the first such trip"
_APPOSITION = re.compile(r"[^;:.]*,\s*(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
#: between a talk and the call it was held in: "discussed Ukraine in a video call", "spoke ... by telephone"
_MEANS_OF_TALK = re.compile(r"[^,;:.]{0,80}?\s(?:in|by|over|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def _renamed_act(doc: Doc, kept: list[Ev], ev: Ev) -> Ev | None:
    """The act of the sentence that a visit or call noun only names again (one act, EVENTS_GUIDELINES): a trip in
    apposition to a visit ("Li Qiang will visit Australia next week, the first such trip in seven years") or the
    call a talk was held in ("Putin and Xi discussed Ukraine in a video call")."""
    if ev.pos != "noun" or ev.cls.name not in ("visit", "phone") or not kept:
        return None
    prev = kept[-1]
    if prev.sent != ev.sent or prev.t_end > ev.t_start or prev.source is None:
        return None
    if ev.cls.name == "visit" and (prev.cls.name in ("visit", "arrive") or prev.cameo in ("036", "042")) and \
            _APPOSITION.fullmatch(doc.text, prev.t_end, ev.t_start):
        return prev  # (whatever the noun's own arguments: "visited China, the first trip by a G7 leader" is his trip)
    if ev.cls.name == "phone" and prev.cameo[:2] == "04" and _MEANS_OF_TALK.fullmatch(doc.text, prev.t_end, ev.t_start) \
            and (ev.source is None or ev.source.code == prev.source.code):
        return prev
    return None


def _visit_to_unknown_place(doc: Doc, ev: Ev) -> bool:
    """A visit noun whose destination names no state ("during his trip to Asia", "a tour of the Middle East" is
    not one): it goes to nobody the coder knows, whoever else the sentence names."""
    if ev.pos != "noun" or ev.cls.name != "visit":
        return False
    to = _TO_DESTINATION.match(doc.text, ev.t_end)
    if to is None or not doc.text[to.end():to.end() + 1].isupper():
        return False
    return not any(x.start <= to.end() < x.end or to.start() < x.start <= to.end() for x in doc.mentions)


def _visit_during(doc: Doc, kept: list[Ev], ev: Ev) -> Ev | None:
    """The meeting of the sentence that a later visit noun is the occasion of ("Macron met Xi during his visit to
    Beijing"): talks during a visit are part of the visit (EVENTS_GUIDELINES), one event. The meeting becomes the
    visit: 042 from its subject, or 043 when the visit goes to the subject's own state (the other party came)."""
    if ev.pos != "noun" or ev.cls.name != "visit" or ev.speculative:
        return None
    meeting = next((e for e in reversed(kept) if e.cameo[:2] == "04" and e.cameo not in ("041", "045") and
                    not e.speculative and e.source is not None and e.target is not None and e.t_end <= ev.t_start and
                    e.sent == ev.sent and _DURING_VISIT.fullmatch(doc.text, e.t_end, ev.t_start)), None)
    if meeting is None:
        return None
    pair = {meeting.source.code, meeting.target.code}
    to = _TO_DESTINATION.match(doc.text, ev.t_end)
    place = next((x for x in doc.mentions if to and x.start == to.end() and x.is_actor), None)
    if place is not None and place.code not in pair:
        return None  # "met Xi during a visit to Tokyo": another visit (a third place: its own event)
    if place is None and not ({x.code for x in (ev.source, ev.target) if x is not None} <= pair):
        return None
    meeting.cameo = "043" if place is not None and place.code == meeting.source.code else "042"
    return meeting


def _mediated_parties(kept: list[Ev], ev: Ev) -> list:
    """The parties of the act that a mediator's passive participle follows ("Chile and Peru signed a deal brokered by
    Brazil", "..., in talks mediated by Turkey"): the source and target of the sentence's last agreement, talks,
    concession or cooperation before it (mediation is towards each party, EVENTS_GUIDELINES), then that act."""
    for e in reversed(kept):
        if e.t_end <= ev.t_start and not e.speculative and e.cameo[:2] in ("03", "04", "05", "06", "08") and \
                e.source is not None and e.target is not None and ev.source.code not in (e.source.code, e.target.code):
            return [e.source, e.target, e]
    return []


def _close_sentence(doc: Doc, kept: list[Ev], statements: list[Ev]) -> None:
    """Add the sentence's statement events to ``kept``, record the sentence's events, then date
    them (last: an expression goes to the nearest kept event, see dating.link_date)."""
    for ev in statements:
        kept.append(ev)
        ev.key = len(doc.events)
        doc.events.append(ev)
    doc.sentence_triggers = [(e.t_start, e.t_end) for e in kept]
    doc.sentence_events = kept
    for ev in kept:
        link_date(doc, ev)
    for ev in kept:  # a meeting inside a visit is part of it ("a state visit to China, during which he attended ..."):
        host = relative_host(doc, ev)  # one act (EVENTS_GUIDELINES), folded into the visit as a mention of it
        if host is not None and host.cls.name in ("visit", "arrive") and ev.cameo[:2] == "04" and ev.coref < 0 and \
                ev.source is not None and host.source is not None and ev.source.code == host.source.code and \
                (ev.target.code if ev.target else "") == (host.target.code if host.target else ""):
            ev.coref = doc.events.index(host)
            host.mentions += 1
    for ev in kept:  # the mediation of an act happened when the act did ("signed on Monday, in a deal brokered by X")
        act = ev.data.get("mediated_act")
        if act is not None and ev.date_basis == "publication" and act.date_basis != "publication":
            ev.date, ev.date_basis, ev.timex = act.date, act.date_basis, act.timex
            if "mod" in act.data:
                ev.data["mod"] = act.data["mod"]


_SPEECH = re.compile(r"\b(?:says?|said|claims?|claimed|warns?|warned|alleges?|alleged|insists?|insisted)\b"
                     r"(?:\s+(?:on\s+\w+day|today|that))*(?:\s+|(?=[.!?]?\s*$))", re.IGNORECASE)


#: a hostile plan's words in the plain past ("deployed", "massed", "built up"), with no auxiliary before them
_PAST_REPORT = re.compile(r"\s*(?:[\w-]+\s+)?(?:\w+ed|built\s+up)", re.IGNORECASE)


def _reported_hostility(doc: Doc, s_start: int, s_end: int, sentence_actors: list[Mention], speakers: set[Mention],
                        kept: list[Ev]) -> list[Ev]:
    """ "X says (that) Y is planning/deploying ...", "Y plans to target Kyiv, X warns": X accuses Y (112)."""
    text = doc.text
    if len(sentence_actors) < 2 or not (_cue_may_match(doc, "hostile", s_start, s_end) and
                                        cue("hostile_plans").search(text, s_start, s_end)):
        return []  # no hostile plan named, or not two parties: nothing to read
    # (not after a possessive: "said that the EU's planned changes would ..." names no plan of the EU's)
    hostile = cue("hostile_plans", r"(?!['’]s\b)\s*(?:(?:is|are|was|were|has|have|had|been|already|now|almost|reportedly)\s+)*"
                                   r"(?:['‘\"]\s*)?(?:(?!(?:against|of|over|about|from|for|to|on)\s)[\w-]+\s+)?{}\b")
    # (a preposition before the plan makes it what is warned against, not what is said of the party: "warned NATO
    # against deploying troops")
    actors = [m for m in sentence_actors if m.code and m.kind not in ("city", "region")]
    pairs = []
    for sp in _SPEECH.finditer(text, s_start, s_end):
        before = [m for m in actors if m.end <= sp.start() and not text[m.end:sp.start()].strip(" ,")]
        after = [m for m in actors if m.start >= sp.end() and re.fullmatch(r"(?:the\s+)?", text[sp.end():m.start])]
        if before and after and hostile.match(text, after[0].end, s_end):
            pairs.append((before[-1], after[0], sp))
    tail = [m for m in actors if re.fullmatch(r"\s*(?:says?|said|claims?|claimed|warns?|warned)\W*", text[m.end:s_end],
                                              re.IGNORECASE)]
    for speaker in tail:  # post-posed: "Russia plans to target Kyiv, UK warns"
        first = actors[0] if actors else None
        sp = _SPEECH.search(text, speaker.end, s_end) or re.search(r"\b(?:says?|said|claims?|warns?|warned)\b",
                                                                     text[max(s_start, speaker.start - 12):speaker.start])
        plan = hostile.match(text, first.end, s_end) if first is not None else None
        if plan is not None and _PAST_REPORT.fullmatch(plan.group()) and \
                sp is not None and re.match(r"(?:says?|said)\b", sp.group(), re.I):
            continue  # "Belarus deployed troops near the border, the Lithuanian army said": a past act reported, no charge
        if first is not None and first is not speaker and first.start == min(m.start for m in actors) and \
                speaker.start > first.end and plan is not None and sp is not None:
            span = sp.span() if sp.re is _SPEECH else (speaker.start - 12 + sp.start(), speaker.start - 12 + sp.end())
            pairs.append((speaker, first, None if sp.re is _SPEECH else None))
            pairs[-1] = (speaker, first, span)
    out = []
    done = {(e.source.code, e.target.code) for e in kept if e.source and e.target and e.cameo[:2] == "11"}
    for source, target, sp in pairs:
        if source.code == target.code or (source.code, target.code) in done:
            continue
        a, b = (sp.start(), sp.end()) if hasattr(sp, "start") else sp
        b = a + len(text[a:b].split()[0]) if text[a:b].split() else b
        ev = Ev(class_named("accuse"), "112", "verb", a, b, (s_start, s_end), (s_start, s_end), None, source, target)
        ev.data.update(trigger=text[a:b], source_name=source.name, target_name=target.name, reported=True)
        done.add((source.code, target.code))
        out.append(ev)
    return out


_TAIL_SAYS = re.compile(r"\s*,\s*(?:(?:says?|said|claims?|claimed|warns?|warned|alleges?|alleged)\s+)?$", re.I)
_TAIL_AFTER = r"(?:\s+(?:[\w'’-]+)){0,3}?(?:\s+(?:says?|said|claims?|claimed|warns?|warned|alleges?|alleged))?[\s.!\"”’]*"
_TAIL_AFTER_RE = re.compile(_TAIL_AFTER, re.I)
_TOPIC_LABEL = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:war|crisis|conflict|live|latest|updates?)\s*:\s*", re.I)


def _tail_speaker(doc: Doc, s_start: int, s_end: int, actors: list[Mention]) -> tuple[Mention, int] | None:
    """The attribution that ends a headline or sentence and where it starts: "... - G7 leaders",
    "... – Ukrainian intelligence", "..., Ukraine ambassador says", "..., says Polish minister"."""
    text = doc.text
    for m in reversed(actors):
        if not _TAIL_AFTER_RE.fullmatch(text, m.end, s_end):  # (no look-around: the same as on the slice)
            continue
        lead = text[s_start:m.start]
        dash = re.search(r"\s[-–—]\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}$", lead)
        says = re.search(r",\s*(?:(?:says?|said|claims?|claimed|warns?|warned)\s+)?(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$", lead)
        if dash:
            return m, s_start + dash.start()
        if says and (re.search(r"\b(?:says?|said|claims?|claimed|warns?|warned)\b", says.group(), re.I) or
                     re.search(r"\b(?:says?|said|claims?|claimed|warns?|warned)\W*$", text[m.end:s_end], re.I)):
            return m, s_start + says.start()
        return None
    return None


def _front_speaker(doc: Doc, s_start: int, s_end: int, actors: list[Mention]) -> tuple[Mention, int] | None:
    """The speaker that opens a sentence with a verb of saying ("Ukraine's President Claims ...", "Kyiv says ...")
    and where what they say starts."""
    if not actors or actors[0].start - s_start > 4:
        return None
    sp = _SPEECH.match(doc.text, actors[0].end + (1 if doc.text[actors[0].end:actors[0].end + 1] == " " else 0)) or \
        _CALLED.match(doc.text, actors[0].end)
    return (actors[0], sp.end()) if sp else None


# "Chirac has called the UK's rebate 'unjustified'": a verb of naming whose object gets a verdict
_CALLED = re.compile(r"\s+(?:(?:has|have|had|also|again)\s+)*(?:called|calls|described|describes|branded|brands|labell?ed|"
                     r"termed|dubbed)\s+(?!(?:on|upon|for|off|in|out)\b)", re.I)


@functools.cache
def _EVALUATION() -> re.Pattern:
    return cue("evaluative", r"(?:\b(?:is|are|was|were|been|be|as)\s+|[‘'\"“]\s*)(?:(?:deeply|very|extremely|totally|completely|"
                             r"utterly|absolutely|highly|so|simply|clearly|an?)\s+)*{}\b")


def _attributed_accusation(doc: Doc, s_start: int, s_end: int, sentence_actors: list[Mention],
                           kept: list[Ev]) -> list[Ev]:
    """ "Russian strike on a shopping centre a war crime - G7 leaders", "Kremlin planning a terrorist attack on
    Mozyr – Ukrainian intelligence": an attributed statement that calls another named state's act a crime or
    reports its hostile plan is the speaker's accusation (112) of that state (cues/accusation_nouns.txt)."""
    text = doc.text
    actors = [m for m in sentence_actors if m.code and m.kind not in ("city", "region")]
    tail = _tail_speaker(doc, s_start, s_end, actors) if len(actors) >= 2 else None
    blame = cue("blame_frames", r"(?:['’]s\s+[\w-]+\s+)?\s*(?:(?:also|alone|solely|fully|directly|clearly|too|,)\s+)*{}")
    code = "112"
    if tail is not None:
        speaker, content_end = tail
        label = _TOPIC_LABEL.match(text, s_start, content_end)
        start = label.end() if label else s_start
        content = [m for m in actors if start <= m.start and m.end <= content_end and m.code != speaker.code]
        if not content or content[0].start - start > 3:
            return []  # the accused state opens the statement ("Russian strike ...", "Kremlin planning ...")
        target = content[0]
        hostile = cue("hostile_plans", r"\s*(?:(?:is|are|was|were|has|have|had|been|already|now|reportedly)\s+)*{}\b")
        frame = blame.match(text, target.end, content_end)
        if _EVALUATION().search(text, target.end, content_end) and not frame and not \
                cue("accusation_nouns").search(text, target.end, content_end):
            code = "111"  # "UK rebate 'unjustified' - Chirac": a verdict on the state that opens the statement
        elif not (cue("accusation_nouns").search(text, target.end, content_end) or frame) and (
                (plan := hostile.match(text, target.end, content_end)) is None or _PAST_REPORT.fullmatch(plan.group())
                and re.search(r"\b(?:says?|said)\b", text[content_end:s_end], re.I)):
            return []  # (no charge, or a past act reported: "Belarus deployed troops ..., the Lithuanian army said")
    elif (front := _front_speaker(doc, s_start, s_end, actors)) is not None:
        # "Ukraine's President Claims He's Uncovered Russian Plot": a state's plot or crime named by the speaker
        speaker, content_start = front
        content = [m for m in actors if m.start >= content_start and m.code != speaker.code and
                   not re.search(r"\b(?:in|on|at|against|to|into|for)\s+(?:the\s+)?$", text[max(s_start, m.start - 12):m.start])]
        accusation = cue("accusation_nouns", r"\s+(?:[\w'’-]+\s+){0,1}?{}\b")
        target = next((m for m in content if accusation.match(text, m.end, s_end)), None)
        frame = None
        if target is None and content and _EVALUATION().search(text, content[0].end, s_end):
            target, code = content[0], "111"  # "said that Japan's decision was regrettable", "called the UK's rebate 'unjustified'"
        if target is None:
            return []
    elif doc.speaker and not kept:
        # a speech's own statement: "Russia is responsible for this war" (the speaker is the speech's country)
        found = next(((m, f) for m in actors if m.code != doc.speaker and (f := blame.match(text, m.end, s_end))), None)
        if found is None:
            return []
        target, frame = found
        speaker = Mention(target.start, target.end, "", doc.speaker, doc.speaker, "state")
    else:
        return []
    if frame and re.search(r"\b(?:stop|end|cease|halt)\b", frame.group(), re.I):
        code = "111"  # "Russia needs to stop ...": a reproach
    if any(e.source is not None and e.target is not None and e.source.code == speaker.code and
           e.target.code == target.code and e.cameo[:2] in ("11", "12") for e in kept):
        return []
    earlier = next((e for e in doc.events if e.data.get("reported") and e.source is not None and e.target is not None
                    and (e.source.code, e.target.code, e.cameo[:2]) == (speaker.code, target.code, code[:2])), None)
    if earlier is not None:
        earlier.mentions += 1  # the headline's verdict repeated in the lead: one act
        return []
    a, b = (speaker.start, speaker.end) if speaker.text else (frame.start(), frame.end())
    ev = Ev(class_named("accuse" if code == "112" else "criticise"), code, "verb", a, b, (s_start, s_end),
            (s_start, s_end), None, speaker, target)
    ev.data.update(trigger=text[a:b], source_name=speaker.name, target_name=target.name, reported=True)
    return [ev]


#: "X called the decision arrogant", "described the move as regrettable": a verb of naming, an act noun, a verdict
_VERDICT_VERBS = r"\b(?:called|calling|calls|described|describing|describes|termed|terming|branded|branding|labell?ed)"


@functools.cache
def _act_verdict() -> re.Pattern:
    from communique.events.lexicon import cue_regex

    verdict = cue_regex("evaluative")
    return cue("act_anaphors", _VERDICT_VERBS + r"\s+(?:the|this|that|these|those|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?{}"
               r"\s+(?:as\s+)?[‘'\"“]?(?:(?:deeply|very|extremely|totally|completely|utterly|absolutely|highly|so|"
               r"simply|clearly|an?)\s+)*" + verdict + r"\b")


@functools.cache
def _dismissed_accusation() -> re.Pattern:
    from communique.events.lexicon import cue_regex

    return cue("denied_objects", r"(?:" + _VERDICT_VERBS + r"|\bdismiss(?:ed|es|ing))\s+(?:the|this|that|these|those|such)\s+(?:[\w'’-]+\s+){0,2}?{}"
               r"\s+(?:as\s+)?[‘'\"“]?(?:(?:completely|totally|utterly|absolutely|entirely|simply|an?)\s+)*" +
               cue_regex("dismissive") + r"\b")


def _dismissal_of_accusation(doc: Doc, s_start: int, s_end: int) -> list[Ev]:
    """ "Venezuela accused the United States of spying. The US embassy called the accusation baseless": the accused
    party's verdict on the story's accusation (cues/dismissive.txt) is a denial (016) towards the accuser."""
    text = doc.text
    m = _dismissed_accusation().search(text, s_start, s_end) if _cue_may_match(doc, "dismissed", s_start, s_end) else None
    speaker = _bare_first_actor(doc, s_start, m.start()) if m is not None else None
    if speaker is None or speaker.code.startswith("NGO:") or actors_in(doc, m.start(), m.end()):
        return []
    accuser = next((e.source for e in reversed([e for e in doc.events if e.sent[1] <= s_start]) if e.cameo[:2] == "11"
                    and not e.speculative and e.source is not None and e.target is not None and
                    e.target.code == speaker.code and e.source.code != speaker.code), None)
    if accuser is None:
        return []
    ev = Ev(class_named("deny"), "016", "verb", m.start(), m.end(), (s_start, s_end), (s_start, s_end), None,
            speaker, accuser)
    ev.data.update(trigger=text[m.start():m.end()], source_name=speaker.name, target_name=accuser.name)
    return [ev]


def _verdict_on_act(doc: Doc, s_start: int, s_end: int, kept: list[Ev]) -> list[Ev]:
    """ "India called off the talks. Pakistan's Prime Minister called the decision arrogant": a verdict on an act
    the story reported before is criticism (111) of that act's source by the speaker (the sentence's first actor
    that no preposition governs); the act is the story's last one with a state source other than the speaker's.
    A dismissive verdict of the accused on the story's accusation is a denial (:func:`_dismissal_of_accusation`)."""
    text = doc.text
    if (dismissal := _dismissal_of_accusation(doc, s_start, s_end)):
        return dismissal
    m = _act_verdict().search(text, s_start, s_end) if _cue_may_match(doc, "act_verdict", s_start, s_end) else None
    if m is None or any(e.cameo[:2] == "11" for e in kept):
        return []
    speaker = _bare_first_actor(doc, s_start, m.start())
    if speaker is None or speaker.code.startswith("NGO:") or actors_in(doc, m.start(), m.end()):
        return []  # (a named party in the object is the other rules' case: "called Japan's decision regrettable")
    act = next((e for e in reversed([e for e in doc.events if e.sent[1] <= s_start] + kept) if e.source is not None
                and e.source.code != speaker.code and not e.source.code.startswith("NGO:")), None)
    if act is None:
        return []
    ev = Ev(class_named("criticise"), "111", "verb", m.start(), m.end(), (s_start, s_end), (s_start, s_end), None,
            speaker, act.source)
    ev.data.update(trigger=text[m.start():m.end()], source_name=speaker.name, target_name=act.source.name)
    return [ev]


@functools.cache
def _in_what_verdict_re() -> re.Pattern:
    """ ", in what London called an act of state piracy": a verdict in a free relative after the act it judges."""
    return cue("evaluative", r",?\s*in\s+what\s+(?P<who>[^,;]{2,60}?)\s+(?:(?:has|had|have)\s+)?(?:called|calls|described\s+as|"
                             r"describes\s+as|termed|terms|branded|brands|denounced\s+as|condemned\s+as)\s+[‘'\"“]?"
                             r"(?:(?:a|an|the|deeply|very|utterly|totally|blatant|flagrant|clear)\s+)*{}\b")


def _in_what_verdict(doc: Doc, s_start: int, s_end: int, kept: list[Ev]) -> list[Ev]:
    """ "Iran seized a British-flagged tanker, in what London called an act of state piracy": the actor named in the
    free relative criticises (111) the source of the act before it in the sentence (cues/evaluative.txt)."""
    text = doc.text
    m = _in_what_verdict_re().search(text, s_start, s_end) if "what" in text[s_start:s_end] else None
    if m is None:
        return []
    speaker = next((x for x in actors_in(doc, m.start("who"), m.end("who")) if x.is_actor and
                    x.kind not in ("city", "region") and not x.code.startswith("NGO:")), None)
    act = next((e for e in reversed(kept) if e.t_end <= m.start() and e.source is not None and
                speaker is not None and e.source.code != speaker.code and not e.source.code.startswith("NGO:")), None)
    if speaker is None or act is None or any(e.cameo[:2] == "11" and e.source is speaker for e in kept):
        return []
    at = text.index("what", m.start())  # (the trigger is the free relative: "what London called an act of piracy")
    ev = Ev(class_named("criticise"), "111", "verb", at, m.end(), (s_start, s_end), (s_start, s_end), None,
            speaker, act.source)
    ev.data.update(trigger=text[at:m.end()], source_name=speaker.name, target_name=act.source.name)
    return [ev]


_IF_THEN = re.compile(r"\s*[\"“']?If\s+(?P<cond>[^,;]{3,150}),\s*(?:then\s+)?")
_THREAT_CONSEQUENCE = re.compile(
    r"\s+(?:will|would|is\s+going\s+to|shall|'ll)\s+(?:\w+ly\s+)?(?P<act>strike|respond|retaliate|attack|hit\s+back|"
    r"use\s+force|take\s+(?:military\s+)?action|impose|cut|expel|sever|recall|close)\b(?P<rest>[^.;]*)", re.IGNORECASE)


def _fronted_condition(doc: Doc, s_start: int, s_end: int, kept: list[Ev]) -> list[Ev]:
    """ "If Iran enriches uranium to 90 percent, Israel will strike": a conditional consequence by the main
    clause's subject against the condition's subject is a threat (138 force, 131 sanctions or ties, 130)."""
    text = doc.text
    m = _IF_THEN.match(text, s_start, s_end)
    if m is None or any(e.cameo[:2] == "13" for e in kept):
        return []
    cond = [x for x in actors_in(doc, m.start("cond"), m.end("cond")) if x.kind not in ("city", "region")
            and not governing_prep(text, x.start, m.start("cond"))]
    main = next((x for x in actors_in(doc, m.end(), s_end) if x.start - m.end() < 6), None)
    if not cond or main is None or cond[0].code == main.code or main.code.startswith("NGO:"):
        return []
    then = _THREAT_CONSEQUENCE.match(text, main.end, s_end)
    if then is None:
        return []
    act = then["act"].lower()
    code = "131" if act in ("impose", "cut", "expel", "sever", "recall", "close") and re.search(
        r"\b(?:sanctions?|ties|relations|ambassador|embassy|diplomats?|trade|aid|border)\b", then["rest"], re.I) else \
        "138" if act not in ("impose", "cut", "expel", "sever", "recall", "close") else "130"
    ev = Ev(class_named("threaten"), code, "verb", then.start("act"), then.end("act"), (s_start, s_end), (s_start, s_end),
            None, main, cond[0])
    ev.data.update(trigger=text[then.start("act"):then.end("act")], source_name=main.name, target_name=cond[0].name)
    return [ev]


#: "X said it would take resolute countermeasures if Y ...", "warned they would retaliate should Y ...": a consequence
#: that the speaker ("it", "they": the speaker's own side) promises on a condition another party names
_CONSEQUENCE = (r"(?:would|will|'d|'ll)\s+(?:\w+ly\s+|not\s+hesitate\s+to\s+)?(?P<act>(?:take|adopt|launch|deliver|"
                r"unleash|mount)\s+(?:[\w-]+\s+){0,3}?(?:counter-?measures|measures|action|steps|response|retaliation|"
                r"reprisals)|retaliate|respond|hit\s+back|strike\s+back|react)\b(?P<rest>[^.;:]{0,80}?)\b"
                r"(?:if|should|unless|in\s+case)\s+")
_TRAILING_THREAT = re.compile(r"\b(?:it|they|we)\s+" + _CONSEQUENCE, re.IGNORECASE)
#: the same consequence after a named subject ("Moscow would respond if Washington ...", "Russia will retaliate if ...")
_NAMED_THREAT = re.compile(r"(?<=\w)\s+" + _CONSEQUENCE, re.IGNORECASE)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|say|told|warned|predicted|expects?|expected|believes?|believed|thinks?|"
                            r"thought|feared|fears?|claimed|claims?)\b", re.IGNORECASE)


def _named_threat(doc: Doc, s_start: int, s_end: int) -> tuple[re.Match, Mention] | None:
    """A conditional consequence whose subject is a named actor right before its modal, in a sentence that reports
    nobody's words before it (so "Analysts said Russia would respond if ..." is a prediction, no threat)."""
    m = _NAMED_THREAT.search(doc.text, s_start, s_end)
    if m is None:
        return None
    subject = next((x for x in reversed(actors_in(doc, s_start, m.start() + 1)) if x.end == m.start()), None)
    if subject is None or subject.kind in ("city", "region") or subject.code.startswith("NGO:"):
        return None
    speech = _SPEECH_BEFORE.search(doc.text, s_start, subject.start)
    if speech is not None:  # words reported: a threat only when its own side says it ("Lavrov told reporters that
        # Moscow would respond if ...")
        teller = next((x for x in actors_in(doc, s_start, speech.start()) if x.kind not in ("city", "region")), None)
        if teller is None or teller.code != subject.code:
            return None
    return m, subject


@functools.cache
def _trailing_break() -> re.Pattern:
    """ "X said it would pull out of the treaty if Y imposed sanctions": a conflictual consequence on another party's
    condition (cues/threatened_breaks.txt), in the shape of _TRAILING_THREAT."""
    return cue("threatened_breaks", r"\b(?:it|they|we)\s+(?:would|will|'d|'ll)\s+(?:\w+ly\s+)?(?P<act>{})\b"
                                    r"(?P<rest>[^.;:]{0,80}?)\b(?:if|should|unless|in\s+case)\s+")


def _bare_first_actor(doc: Doc, s_start: int, end: int) -> Mention | None:
    """The sentence's first actor before ``end`` that no preposition governs: the speaker of what follows."""
    return next((x for x in actors_in(doc, s_start, end) if x.kind not in ("city", "region")
                 and not governing_prep(doc.text, x.start, s_start)), None)


def _trailing_condition(doc: Doc, s_start: int, s_end: int, kept: list[Ev]) -> list[Ev]:
    """ "North Korea said it would take countermeasures if Seoul and Washington held drills": the speaker threatens
    each actor the condition names first (130; 138 when the consequence names force, 131 sanctions or ties).
    The source is the sentence's first actor before the consequence that no preposition governs."""
    text = doc.text
    m = _TRAILING_THREAT.search(text, s_start, s_end) if _cue_may_match(doc, "trailing_threat", s_start, s_end) else None
    broken = False
    if m is None and _cue_may_match(doc, "trailing_break", s_start, s_end) and \
            re.search(r"\b(?:if|should|unless|in\s+case)\b", text[s_start:s_end]):  # (no break named: no search)
        m = _trailing_break().search(text, s_start, s_end)
        if m is not None and not (cue("broken_bonds").search(m["rest"]) or cue("agreement_nouns").search(m["rest"])):
            m = None  # "would end enrichment if the US lifted sanctions": a conditional concession, no threat
        broken = m is not None
    named = None
    if m is None and _cue_may_match(doc, "named_threat", s_start, s_end):
        named = _named_threat(doc, s_start, s_end)
        m = named[0] if named is not None else None
    if m is None or any(e.cameo[:2] == "13" for e in kept):
        return []
    speaker = named[1] if named is not None else _bare_first_actor(doc, s_start, m.start())
    after = [x for x in actors_in(doc, m.end(), s_end) if x.kind not in ("city", "region")]
    if speaker is None or not after or speaker.code.startswith("NGO:") or after[0].start - m.end() > 12:
        return []
    targets = [after[0]] + _coordinated(doc, after[0], after[1:], s_end)
    # (a break threatens no force, whatever the bond ended: "the armistice that ended the Korean War")
    code = ("131" if cue("sanction_words").search(m["rest"]) else "130") if broken else threat_code(m["act"] + m["rest"])
    out = []
    for t in targets:
        if t.code == speaker.code:
            continue
        ev = Ev(class_named("threaten"), code, "verb", m.start("act"), m.end("act"), (s_start, s_end), (s_start, s_end),
                None, speaker, None if t.code.startswith("NGO:") else t)
        ev.data.update(trigger=text[m.start("act"):m.end("act")], source_name=speaker.name,
                       target_name=t.name if not t.code.startswith("NGO:") else "")
        out.append(ev)
    return out


#: "X said military action against Y remained on the table": force kept as an option is a threat of force (138)
_FORCE_OPTION = re.compile(
    r"\b(?:military\s+(?:option|action|intervention|force)|(?:the\s+)?use\s+of\s+(?:military\s+)?force)\b"
    r"(?P<against>[^.;]{0,80}?)\b(?:remains?|remained|is|was|are|were)\s+(?:still\s+)?(?:very\s+much\s+)?"
    r"(?:an?\s+(?:real\s+)?option|on\s+the\s+table)\b", re.IGNORECASE)


def _force_option(doc: Doc, s_start: int, s_end: int, kept: list[Ev]) -> list[Ev]:
    """ "ECOWAS said the use of force to restore order in Niger remained an option": a threat of force by the
    speaker (the sentence's first actor no preposition governs) against the state the option names."""
    text = doc.text
    m = _FORCE_OPTION.search(text, s_start, s_end) if _cue_may_match(doc, "force_option", s_start, s_end) else None
    if m is None or any(e.cameo[:2] == "13" for e in kept):
        return []
    speaker = _bare_first_actor(doc, s_start, m.start())
    target = next((x for x in actors_in(doc, m.start("against"), m.end("against"), places=True)
                   if x.kind not in ("region",) and not x.code.startswith("NGO:")), None)
    if speaker is None or target is None or speaker.code == target.code or speaker.code.startswith("NGO:"):
        return []
    ev = Ev(class_named("threaten"), "138", "verb", m.start(), m.end(), (s_start, s_end), (s_start, s_end), None,
            speaker, target)
    ev.data.update(trigger=text[m.start():m.end()], source_name=speaker.name, target_name=target.name)
    return [ev]


#: election observers reporting their verdict: "Commonwealth observers said on Tuesday that ...", "the EU's election
#: observation mission concluded that ..." (the content is what follows the verb)
_OBSERVERS_SAID = re.compile(
    r"\b(?:observers?|monitors?|observ(?:er|ation)\s+(?:missions?|teams?|delegations?))\b[^.;]{0,40}?"
    r"\b(?:said|says|say|found|concluded|declared|judged|stated|reported)\b(?P<content>[^;]{0,220})", re.IGNORECASE)
_ELECTION = re.compile(r"\b(?:elections?|votes?|polls?|referendum|run-?off|ballot)\b", re.IGNORECASE)


def _observers_verdict(doc: Doc, s_start: int, s_end: int, kept: list[Ev]) -> list[Ev]:
    """ "Commonwealth observers said that Zimbabwe's election had not been free and fair": election observers'
    verdict on a vote is praise (051) or criticism (111) of the state that held it, by the observers' sender (the
    actor before the verb: "EU observers", "observers from the OSCE"); cues/election_verdicts_*.txt."""
    text = doc.text
    m = _OBSERVERS_SAID.search(text, s_start, s_end) if _cue_may_match(doc, "observers", s_start, s_end) else None
    if m is None:
        return []
    source = next((x for x in actors_in(doc, s_start, m.start("content")) if x.kind not in ("city", "region")), None)
    content_start, content_end = m.start("content"), min(m.end("content"), s_end)
    vote = _ELECTION.search(text, content_start, content_end)
    if source is None or vote is None:
        return []
    target = next((x for x in actors_in(doc, content_start, min(content_end, vote.end() + 50))
                   if x.kind in ("state", "demonym", "capital") and x.code != source.code), None)
    if target is None or any(e.source is not None and e.target is not None and e.source.code == source.code and
                             e.target.code == target.code for e in kept):
        return []
    verdict = text[vote.end():content_end]
    if cue("election_verdicts_disapproving").search(verdict):
        code = "111"
    elif (good := cue("election_verdicts_approving").search(verdict)) is not None:
        negated = re.search(r"\b(?:not|neither|never|nor)\s+(?:(?:been|be|entirely|fully|wholly)\s+)*$",
                            verdict[:good.start()], re.IGNORECASE)
        code = "111" if negated else "051"
    else:
        return []
    a, b = m.start(), m.start("content")
    verb = re.search(r"\b(?:said|says|say|found|concluded|declared|judged|stated|reported)\b", text[a:b], re.IGNORECASE)
    a, b = a + verb.start(), a + verb.end()
    cls = class_named("criticise" if code == "111" else "praise")
    ev = Ev(cls, code, "verb", a, b, (s_start, s_end), (s_start, s_end), None, source, target)
    ev.data.update(trigger=text[a:b], source_name=source.name, target_name=target.name)
    return [ev]


_QUOTE_MARK = re.compile(r"[‘\"“'](?<!\w')")  # (an apostrophe only after no word character; one class first: a fast scan)
_QUOTE_SOON = re.compile(r"\s+(?:[\w-]+\s+){0,3}?[‘'\"“]\w[^‘’'\"“”]*?\s\w[^‘’'\"“”]*[’'\"”]")  # two words or more


def _quoted_verdict(doc: Doc, s_start: int, s_end: int, sentence_actors: list[Mention], kept: list[Ev]) -> list[Ev]:
    """ "X says Y 'encouraging Putin'", "Y becoming 'a Fourth Reich', says X": a speaker's scare-quoted verdict
    on another named party, with no other act in the sentence, is criticism (111) by the speaker."""
    text = doc.text
    if kept or len(sentence_actors) < 2 or not _QUOTE_MARK.search(text, s_start, s_end):
        return []
    actors = [m for m in sentence_actors if m.code and m.kind not in ("city", "region")]
    if len(actors) < 2:
        return []
    pairs = []
    for sp in _SPEECH.finditer(text, s_start, s_end):
        if not sp.group().lower().startswith("sa"):
            continue  # "says", "said" only: a warning or a claim reports a plan, read by _reported_hostility
        before = [m for m in actors if m.end <= sp.start() and not text[m.end:sp.start()].strip(" ,")]
        after = [m for m in actors if m.start >= sp.end() and re.fullmatch(r"(?:the\s+)?", text[sp.end():m.start])]
        if before and after and (quote := _QUOTE_SOON.match(text, after[0].end, s_end)) and \
                not cue("approving_quotes").search(quote.group()):  # ('acted "by the book"': approval, no criticism)
            pairs.append((before[-1], after[0], (sp.start(), sp.start() + len(sp.group().split()[0]))))
    first = actors[0]
    if not pairs and first.start - s_start < 4 and (quote := _QUOTE_SOON.match(text, first.end, s_end)) and \
            not cue("approving_quotes").search(quote.group()):
        tail = re.search(r"[,–—-]\s*(?:says?|said)\s+(?:the\s+)?(?:[\w'’-]+\s*){1,5}[.!?]?\s*$", text[first.end:s_end])
        speaker = next((m for m in actors if m.start > first.end and tail and m.start >= first.end + tail.start()), None)
        if speaker is not None and re.fullmatch(r"[\w\s-]*[.!?]?\s*", text[speaker.end:s_end]):
            sp = re.search(r"\b(?:says?|said)\b", text[first.end + tail.start():s_end])
            a = first.end + tail.start() + sp.start()
            pairs.append((speaker, first, (a, a + len(sp.group()))))
    out = []
    for source, target, (a, b) in pairs[:1]:
        if source.code == target.code:
            continue
        ev = Ev(class_named("criticise"), "111", "verb", a, b, (s_start, s_end), (s_start, s_end), None, source, target)
        ev.data.update(trigger=text[a:b], source_name=source.name, target_name=target.name, reported=True)
        out.append(ev)
    return out


_MEDIATED_AFTER = re.compile(r"-(?:mediated|brokered|facilitated|sponsored)\b", re.IGNORECASE)
_MEDIATED_BEFORE = re.compile(r"-(?:mediated|brokered|facilitated|sponsored)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _premodifying_mediator(doc: Doc, left: list[Mention], t_start: int) -> Mention | None:
    """The actor that premodifies a noun trigger as its mediator ("EU-mediated talks", "Qatar-brokered deal")."""
    found = _MEDIATED_BEFORE.search(doc.text, max(0, t_start - 40), t_start)
    if found is None:
        return None
    return next((x for x in reversed(left) if x.end == found.start() and x.is_actor), None)


_FUTURE_MODAL = re.compile(r"\b(?:will|shall|(?:plans?|planning|due|set|expected|scheduled)\s+to)\b|'ll\b", re.IGNORECASE)
_VERDICTS_ON_ACTS = frozenset({"praise", "criticise", "deplore", "reject", "support", "protest"})
#: an appositive noun summing up the clause before it, then the verdict's subject or a passive: ", a move Tokyo
#: welcomed", ", a decision condemned by Beijing"
_APPOSITIVE_ACT = re.compile(r",\s+(?:a|an|the|in\s+a)\s+(?:[\w'’-]+\s+)?(?:move|step|decision|measure|gesture|"
                             r"announcement|act|deal|visit)\s+(?:that\s+|which\s+)?$", re.IGNORECASE)


def _appositive_act_actor(doc: Doc, ev: Ev, s_start: int, left: list[Mention]) -> Mention | None:
    """The main clause's subject when the verdict ``ev`` sits in an appositive on that clause's act (", a move Tokyo
    welcomed", ", a move condemned by Beijing"): the first actor of the sentence, not inside a PP."""
    text = doc.text
    end = ev.source.start if ev.source.end <= ev.t_start else ev.t_start  # (the verdict's own subject, or a passive)
    if ev.source.end <= ev.t_start and text[ev.source.end:ev.t_start].strip():
        return None
    if ev.source.start > ev.t_end and not re.match(r"\s+(?:\w+\s+)?$", text[end:ev.t_start] + " "):
        return None
    m = _APPOSITIVE_ACT.search(text, s_start, end)
    if m is None:
        return None
    main = next((x for x in left if x.start < m.start() and x.is_actor and not governing_prep(text, x.start, s_start)), None)
    return main if main is not None and main.code != ev.source.code else None


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_MEDIATED_MEETINGS = frozenset({"meet", "negotiate", "summit"})
#: the parties of a meeting that are its mediators: "with mediators from (the) X", "with X and Y mediators"
_MEDIATORS_FROM = re.compile(r"\bmediators\s+from\s+(?:the\s+)?$", re.IGNORECASE)
_MEDIATORS_AFTER = re.compile(r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*)?\s+mediators\b")


def _expand(doc: Doc, ev: Ev, right: list[Mention], sentence_actors: list[Mention]) -> list[Ev]:
    """The event and one copy per further coordinated source or target ("X and Y condemned Z and W")."""
    out = [ev]
    anchor = ev.target or ev.data.get("named_party")  # a non-state first party still heads the list
    limit = ev.clause[1]
    if anchor is not None and ev.data.get("occasion") and (comma := doc.text.find(",", anchor.end, limit)) >= 0:
        limit = comma  # "During a visit to Kyiv, Macron ...": the adjunct's list ends at its comma
    if anchor is not None and ev.coref < 0 and anchor.start > ev.t_end:
        for t in _coordinated(doc, anchor, right, limit):
            if t.code != ev.source.code:  # a non-state party is a null target ("between Hamas and Israel")
                out.append(dataclasses.replace(ev, target=None if t.code.startswith("NGO:") else t,
                                               data=dict(ev.data), mentions=1))
    for t in ev.data.pop("more_targets", []):
        out.append(dataclasses.replace(ev, target=t, data=dict(ev.data), mentions=1))
    agent = ev.source
    if agent is not None and ev.coref < 0 and agent.start > ev.t_end and \
            governing_prep(doc.text, agent.start, ev.t_end) in ("by", "from"):
        for s in _coordinated(doc, agent, right, ev.clause[1]):  # "condemnation from Japan and South Korea"
            if not s.code.startswith("NGO:") and s.code != agent.code:
                out += [dataclasses.replace(e, source=s, data=dict(e.data), mentions=1) for e in list(out)
                        if e.target is None or e.target.code != s.code]
    if ev.data.get("reciprocal") and ev.target is not None:
        out.append(dataclasses.replace(ev, source=ev.target, target=ev.source, data=dict(ev.data), mentions=1))
    chain = ev.data.pop("chain", [])
    if chain and ev.cls.symmetric:
        out += [dataclasses.replace(ev, target=t, data=dict(ev.data), mentions=1) for t in chain]
    elif chain:
        partner = ev.data.pop("co_sources", [])
        ev.data["co_sources"] = partner + chain
    ev.data["all_sources"] = [ev.source] + [s for s in ev.data.get("co_sources", []) if s is not None]
    # (a verb coordinated after this one shares its subjects: "X and Y rejected ... and threatened ...")
    for s in ev.data.pop("co_sources", []):
        if ev.target is None or s.code != ev.target.code:
            out += [dataclasses.replace(e, source=s, data=dict(e.data), mentions=1) for e in list(out)]
    if ev.cls.name in _MEDIATED_MEETINGS and anchor is not None and ev.source is not None and not ev.speculative and (
            _MEDIATORS_FROM.search(doc.text, max(ev.t_end, anchor.start - 40), anchor.start) or
            _MEDIATORS_AFTER.match(doc.text, anchor.end)):
        # "talks with mediators from Qatar, Egypt and the United States", "with Saudi and US mediators": the parties
        # named are the mediators of the subject's talks (045 towards it), not the subject's partners or hosts
        mediation = class_named("mediate")
        out = [dataclasses.replace(e, cls=mediation, cameo="045", form=None, source=e.target, target=e.source,
                                   data={}, mentions=1) for e in out if e.target is not None]
    mediator = ev.data.pop("mediator", None)
    if mediator is not None and not ev.speculative:
        mediation = class_named("mediate")
        out += [dataclasses.replace(e, cls=mediation, cameo="045", form=None, source=mediator, target=party, data={},
                                    mentions=1)
                for e in list(out) for party in (e.source, e.target)
                if party is not None and party.code != mediator.code or
                party is None and party is e.target and e.data.get("named_party") is not None]
        # (a named non-state party of the mediated act is a null target: "Israel and Hezbollah stopped firing under a
        # US-brokered truce" -> USA>ISR 045 and USA>- 045)
    seen, unique = set(), []
    for e in out:  # a party reached both as partner and in the chain is one event ("Spain, Ireland, Norway ...")
        key = (e.source.code if e.source else "", e.target.code if e.target else "")
        if e is not ev and e.cls.symmetric and key[0] == key[1]:
            continue  # "the ministers of Ukraine and India, Kuleba and Jaishankar, met": no meeting of Ukraine with itself
        if key not in seen:
            seen.add(key)
            unique.append(e)
    return unique


def _code_then(m: Mention, day: str, dct: str | None) -> str:
    """The state a place names on the day the text gives its event, where that differs from the publication's:
    "Chancellor Schmidt visited Moscow in 1980" is a visit to the Soviet Union in an article of 2023
    (successions.csv); other mentions keep their code."""
    if not day or m.kind not in ("capital", "seat", "city", "region"):
        return m.code
    entry = gazetteer().get(re.sub(r"\s+", " ", m.text)) or gazetteer().get(m.name)  # ("The Kremlin": "the Kremlin")
    if entry is None or code_on(entry.code, dct, entry.name) != m.code:
        return m.code  # (a code the text decided otherwise)
    return code_on(entry.code, day, entry.name)


def _rows(doc: Doc) -> list[dict]:
    rows = []
    for k, ev in enumerate(doc.events):
        if ev.source is not None and ev.source.former and ev.date_basis == "publication":
            continue  # a former office-holder acts for no state now ("Merkel condemns ..." after her term)
        start, end = date_bounds(ev.date, ev.data.get("mod", "")) if ev.date else ("", "")
        if ev.source is not None and ev.source.former and ev.source.kind == "person" and start and \
                out_of_office(ev.source.name, start):
            continue  # nor on a day the text gives after the term ("Merkel criticised Russia on Monday", in 2024); in
            # office on that day, they act for their state ("Merkel visited China in 2019")
        if ev.source is not None and ev.source.code.startswith("NGO:"):
            continue  # a non-state party is never a source (the guidelines), whatever step put it there
        named_target = ev.target is not None and not ev.target.code.startswith("NGO:")  # (nor a target: null)
        info = _cameo.info(ev.cameo)
        dated = start if ev.date_basis != "publication" else ""
        rows.append({
            "doc_id": doc.doc_id,
            "event_id": f"E{k + 1:03d}",
            "date": ev.date,
            "date_start": start,
            "date_end": end,
            "date_basis": ev.date_basis,
            "source": _code_then(ev.source, dated, doc.dct) if ev.source else "",
            "source_name": ev.data.get("source_name", ""),
            "target": _code_then(ev.target, dated, doc.dct) if named_target else "",
            "target_name": ev.data.get("target_name", "") if named_target or ev.target is None else "",
            "cameo": ev.cameo,
            "cameo_root": info.root,
            "quad_class": info.quad_class,
            "goldstein": info.goldstein,
            "label": label(ev),
            "location": ev.location,
            "trigger": doc.shown[ev.t_start:ev.t_end],
            "trigger_start": ev.t_start,
            "trigger_end": ev.t_end,
            "sent_start": ev.sent[0],
            "sent_end": ev.sent[1],
            "sentence": re.sub(r"\s+", " ", doc.shown[ev.sent[0]:ev.sent[1]]),
            "speculative": bool(ev.speculative),
            "modality": ev.modality,
            "duration": ev.duration,
            "timex": ev.timex,
            "coref": f"E{ev.coref + 1:03d}" if ev.coref >= 0 else "",
            "published": doc.dct or "",
        })
    return rows


_DATE_FIELDS = ("date", "date_start", "date_end", "date_basis", "timex", "duration")
_CODE_FIELDS = ("cameo", "quad_class", "goldstein", "label")


def _other_people(a: dict, b: dict) -> bool:
    """Two rows that name different listed people on one side ("Kim Jong-un meets Putin" and, in 2011, "Kim
    Jong-il visited Medvedev": two acts); a state's name or a role beside a person's is no difference."""
    from communique.events.actors import listed_people

    people = listed_people()
    return any(a[f] != b[f] and a[f] in people and b[f] in people for f in ("source_name", "target_name"))


#: "also" (", too", "in turn") right before a trigger: the sentence adds an act to the story's earlier one
_ALSO_BEFORE = re.compile(r"\balso\s+(?:(?:has|have|had|was|were)\s+)?$", re.IGNORECASE)


def _added_act(row: dict) -> bool:
    """A mention whose verb "also" precedes ("The committee also condemned ...") is a further act, not a repeat
    of the same pair's earlier one (the headline and lead of one act do not say "also")."""
    head = row["sentence"][:max(0, row["trigger_start"] - row["sent_start"])]
    return bool(_ALSO_BEFORE.search(head[-30:]))


def _refines(a: str, b: str) -> bool:
    """One of two codes is the unrefined intent (030) and the other refines it ("agreed to hold summits": 036)."""
    return a != b and a[:2] == b[:2] == "03" and "030" in (a, b)


def _same_code(a: str, b: str) -> bool:
    """Two codes that can name one act: equal, or one the root's unrefined code ("040" and "043")."""
    return a == b or a[:2] == b[:2] and (a.endswith("0") or b.endswith("0"))


#: talks (040, 046) and a visit, a hosting or a meeting abroad (042-044) of one pair of parties in one document are
#: one act: "talks during a visit are part of the visit" (EVENTS_GUIDELINES); the placed code is the specific one
_TALKS, _VISITS = frozenset({"040", "046"}), frozenset({"042", "043", "044"})


def _visit_and_talks(k: dict, row: dict) -> bool:
    """``k`` and ``row`` are the talks and the visit of one pair, either way round ("Lavrov holds talks with
    Venezuelan counterpart" in the headline, "received ... in Moscow" in the lead)."""
    return {k["cameo"], row["cameo"]} & _TALKS != set() and {k["cameo"], row["cameo"]} & _VISITS != set() and \
        {k["source"], k["target"]} == {row["source"], row["target"]} and "" not in (k["target"], row["target"]) and \
        (k["doc_id"], k["speculative"]) == (row["doc_id"], row["speculative"])


#: the longest official visit whose later talks are still part of it (days from the arrival)
_VISIT_DAYS = 6


def _during_visit(k: dict, row: dict) -> bool:
    """One of ``k`` and ``row`` is a visit (042) and the other a meeting of the pair on the same trip: dated on the
    day of arrival or up to _VISIT_DAYS after it ("arrived in Israel on Tuesday ... He met Netanyahu on
    Wednesday": talks during a visit are part of the visit, EVENTS_GUIDELINES)."""
    import datetime as dt

    visit, talks = (k, row) if k["cameo"] == "042" else (row, k) if row["cameo"] == "042" else (None, None)
    if visit is None or talks["cameo"] not in _TALKS | _VISITS or not all(
            re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in (visit["date"], talks["date"])):
        return False
    days = (dt.date.fromisoformat(talks["date"]) - dt.date.fromisoformat(visit["date"])).days
    return 0 <= days <= _VISIT_DAYS


def _headline_agreement(k: dict, row: dict) -> bool:
    """``k`` is a headline's "X and Y agree to/on ..." (an intent, 03, in a sentence with no final stop) and ``row``
    the signing (057) of the same pair that the lead reports: one act ("Turkey and Iraq agree on water and oil
    pipeline" / "Turkey and Iraq signed a framework deal on Tuesday ...")."""
    return k["cameo_root"] == "03" and not k["speculative"] and not row["speculative"] and \
        {k["source"], k["target"]} == {row["source"], row["target"]} and "" not in (k["source"], k["target"]) and \
        k["doc_id"] == row["doc_id"] and k["sent_start"] < row["sent_start"] and \
        not k["sentence"].rstrip().endswith((".", "!", "?", '"', "”", "'", "’"))


def _mirror_visit(k: dict, row: dict) -> bool:
    """``k`` and ``row`` are one visit told from both sides: the guest's trip (042) and the host's reception of
    the guest (043) in one document ("arrived in Canberra, where he was greeted by his Australian counterpart")."""
    return {k["cameo"], row["cameo"]} == {"042", "043"} and (k["source"], k["target"]) == (row["target"], row["source"]) \
        and "" not in (k["source"], k["target"]) and (k["doc_id"], k["speculative"]) == (row["doc_id"], row["speculative"])


def _swapped(row: dict) -> dict:
    """``row`` with its two sides exchanged (to compare the people of "Kim and Xi hold summit" with "Xi received Kim")."""
    return {**row, "source": row["target"], "target": row["source"], "source_name": row["target_name"],
            "target_name": row["source_name"]}


def _headline_exchanges_told(rows: list[dict]) -> list[dict]:
    """``rows`` without the side of a headline's traded accusations or threats ("Ethiopia, Egypt trade accusations
    over Nile dam", both directions: a sentence with no final stop) that the story's later sentences do not report
    when they report the other one ("Egypt accused Ethiopia of ..."): the headline sums up the act the story tells,
    and the lead says who accused whom."""
    drop = set()
    for k, a in enumerate(rows):
        if a["cameo_root"] not in _DIRECTED_EXCHANGES or not a["source"] or not a["target"] or \
                a["sentence"].rstrip().endswith((".", "!", "?", '"', "”", "'", "’")):
            continue
        if not any(b is not a and b["trigger_start"] == a["trigger_start"] and b["doc_id"] == a["doc_id"] and
                   (b["source"], b["target"]) == (a["target"], a["source"]) for b in rows):
            continue  # (not one side of a traded act)
        later = {(b["source"], b["target"]) for b in rows if b["doc_id"] == a["doc_id"] and b["sent_start"] > a["sent_start"]
                 and b["cameo_root"] == a["cameo_root"] and {b["source"], b["target"]} == {a["source"], a["target"]}}
        if later and (a["source"], a["target"]) not in later:
            drop.add(k)
    return [r for k, r in enumerate(rows) if k not in drop] if drop else rows


def fold_repeats(rows: list[dict]) -> list[dict]:
    """One row per act: later mentions of an act already reported in the document are folded into
    its first mention (EVENTS_GUIDELINES: "a headline and a lead sentence that report the same act
    are one event; the trigger is the first mention").

    Two mentions in different sentences are one act when they have the same source, target, CAMEO root
    and modality, codes that can name one act (the same, or one unrefined: 040 and 043) and dates that
    agree (the same value, or one of them dated only by publication) and that name no two different
    people on one side; "expelled diplomats and recalled its ambassador" in one sentence stays two acts, but
    two mentions of one code in a sentence are one entry ("met Xi in San Francisco, meeting the Chinese leader
    for four hours"; one mediator's mediation between the same parties: "met in Brussels for EU-mediated talks",
    the meeting and the talks each carry the EU's mediation), and so is an unrefined
    intent beside a refined one ("agreed to hold annual summits": 030 and 036 are one 036). The first
    mention keeps its trigger and sentence but takes a text date, a place or a more specific code
    from a later one ("meets" in the headline, "received ... on Monday" in the lead: 043 on Monday).
    """
    kept: list[dict] = []
    alias: dict[str, str] = {}
    for row in _headline_exchanges_told(rows):
        key = (row["doc_id"], row["source"], row["target"], row["cameo_root"], row["speculative"])
        first = None
        ante = alias.get(row["coref"], row["coref"])
        if row["source"] and ante:
            # a mention that refers back ("the meeting", "the talks") is its antecedent's act, wherever it stands
            first = next((k for k in kept if k["event_id"] == ante and
                          (k["doc_id"], k["source"], k["target"], k["cameo_root"], k["speculative"]) == key), None)
        if row["source"] and first is None and not _added_act(row):
            first = next((k for k in kept if (k["doc_id"], k["source"], k["target"], k["cameo_root"], k["speculative"]) == key
                          and (k["sent_start"] != row["sent_start"] or k["cameo"] == row["cameo"]
                               or _refines(k["cameo"], row["cameo"]))
                          and _same_code(k["cameo"], row["cameo"])
                          and not _other_people(k, row)
                          and (k["date"] == row["date"] or "publication" in (k["date_basis"], row["date_basis"])
                               or _during_visit(k, row))), None)
        if row["source"] and first is None:
            first = next((k for k in kept if _visit_and_talks(k, row) and k["sent_start"] != row["sent_start"]
                          and not _other_people(k, row if k["source"] == row["source"] else _swapped(row))
                          and (k["date"] == row["date"] or "publication" in (k["date_basis"], row["date_basis"])
                               or _during_visit(k, row))), None)
            if first is not None and row["cameo"] in _VISITS:
                # the visit says who travelled: its source, target and code replace the talks'
                first.update({f: row[f] for f in _CODE_FIELDS + ("source", "source_name", "target", "target_name")})
        if row["source"] and first is None and row["cameo"] == "057":
            first = next((k for k in kept if _headline_agreement(k, row)), None)
            if first is not None:  # the lead's signing says what the headline's "agree" was: its code replaces the intent's
                first.update({f: row[f] for f in _CODE_FIELDS + ("cameo_root",)})
        if row["source"] and first is None:  # (the first telling keeps its direction: the guidelines' subject)
            # (a reception dated only by publication is that trip only in the trip's own sentence: "Putin hosted
            # Kim ... Kim had visited Russia in 2019" are two visits)
            first = next((k for k in kept if _mirror_visit(k, row) and not _other_people(k, _swapped(row))
                          and (k["date"] == row["date"] or _during_visit(k, row) or k["sent_start"] == row["sent_start"]
                               and "publication" in (k["date_basis"], row["date_basis"]))), None)
        if first is None:
            kept.append(row)
            continue
        alias[row["event_id"]] = first["event_id"]
        if first["date_basis"] == "publication" and row["date_basis"] != "publication":
            first.update({f: row[f] for f in _DATE_FIELDS})
        if not first["location"]:
            first["location"] = row["location"]
        if first["cameo"].endswith("0") and not row["cameo"].endswith("0"):
            first.update({f: row[f] for f in _CODE_FIELDS})
    for row in kept:
        row["coref"] = alias.get(row["coref"], row["coref"])
    return kept


def speaker_code(code: str) -> str:
    """A speaker as the coder spells actors: an ISO3 code as it is, "EU" (the UNGDC file name) as IGO:EU."""
    code = (code or "").strip()
    return "IGO:EU" if code.upper() == "EU" else code.upper() if len(code) == 3 else code


_WORD = re.compile(r"[^\W\d_]+")
_MIXED_CASE = re.compile(r"[A-Z][a-z]")


def recased(text: str, paragraphs: list[tuple[int, int]], *, sentences: list[tuple[int, int]] | None = None) -> str:
    """``text`` with its shouted (ALL CAPS) and all-lower-case sentences in Title Case, which the rules
    read as a headline; offsets stay the same, and a word that is itself an actor alias ("EU", "NATO")
    keeps its capitals. Other sentences are left as they are. ``sentences``: the paragraphs' sentence spans,
    when the caller has them.

    >>> recased("GERMANY EXPELS TWO RUSSIAN DIPLOMATS AFTER EU TALKS", [(0, 51)])
    'Germany Expels Two Russian Diplomats after EU Talks'
    """
    from communique.events.actors import lookup

    small = function_words()

    def title(match: re.Match) -> str:
        word = match.group()
        lower = word.lower()
        if word.isupper() and lookup(word) is not None:
            return word
        if word.islower() and lower not in small and lookup(word.upper()) is not None:
            return word.upper()  # "eu", "nato" in a lower-case sentence
        # function words are lower case after the sentence's first word ("Sanctions on Belarus")
        cased = lower if lower in small and match.start() > 0 else word[0].upper() + word[1:].lower()
        return cased if len(cased) == len(word) else word  # (a letter whose case changes its length stays)

    pieces, pos = [], 0
    if sentences is None:
        sentences = [s for p_start, p_end in paragraphs for s in sentence_spans(text, p_start, p_end)]
    for s_start, s_end in sentences:
        if _MIXED_CASE.search(text, s_start, s_end):
            continue  # a word such as "The" is neither shouted nor lower case: most sentences, found fast
        words = _WORD.findall(text, s_start, s_end)
        if len(words) < 3 or not (all(w.isupper() for w in words if len(w) > 1) or all(w.islower() for w in words)):
            continue
        pieces += [text[pos:s_start], _WORD.sub(title, text[s_start:s_end])]
        pos = s_end
    return "".join(pieces) + text[pos:] if pieces else text


def _publication_date(dct: object) -> str:
    """The DCT as the tagger takes it: an ISO day from a date, datetime or ISO string, else from a
    news-style date ("April 25, 2019"); a bare year or year-month stays as it is."""
    from communique.text.dates import parse_date
    from communique.timex.values import coerce_date

    if re.fullmatch(r"\d{4}(?:-\d\d)?|\d{8}", str(dct)):
        return str(dct)
    try:
        return coerce_date(dct).isoformat()
    except ValueError:
        parsed = parse_date(dct)
        if parsed is None:
            raise ValueError(f"publication date {dct!r}: not a date (use YYYY-MM-DD)") from None
        return parsed.date().isoformat()


def _document(source: str | Article, dct: str | None, doc_id: str | None, genre: str = "auto",
              speaker: str = "") -> Doc:
    if isinstance(source, Article):
        text = source.text
        paragraphs = [(p.start, p.end) for p in source.spans()]
        dct = dct or source.dct
        doc_id = doc_id if doc_id is not None else source.id
        speaker = speaker or source.meta.get("country", "")
    else:
        text = source
        paragraphs = paragraph_spans(text)
    if dct is not None:
        dct = _publication_date(dct)
    sentences = [s for p_start, p_end in paragraphs for s in sentence_spans(text, p_start, p_end)]  # (found once)
    doc = Doc(recased(text, paragraphs, sentences=sentences), paragraphs, dct, doc_id or "", genre, speaker_code(speaker))
    doc.shown = text  # rows quote what was read, not its recased form
    if not (doc.mentions or doc.pronouns or doc.speaker):
        return doc  # no actor named, and no speaker: every event needs a source or a target among them (keep)
    for s_start, s_end in sentences:
        if _nobody_in(doc, s_start, s_end):
            _close_sentence(doc, [], [])  # (what process_sentence ends with when it keeps nothing)
            continue
        process_sentence(doc, s_start, s_end)
    return doc


def _nobody_in(doc: Doc, s_start: int, s_end: int) -> bool:
    """Whether a sentence can give no event, so that reading it may be skipped: no mention or pronoun in it, no
    speaker, and no earlier event of the document. Every event needs a source or a target; within the sentence
    these come from its own mentions, and from outside it only through earlier events (coreference, "the two",
    answered acts) or the speaker. Also excluded: a "leave" trigger (group_of looks for the group's nationality
    anywhere before it) and a trigger ending at the sentence end (its subjectless_verb_end could reach the next
    sentence's first clause)."""
    if doc.speaker or doc.events:
        return False
    index = doc.data.get("anyone_reach")
    if index is None:
        index = doc.data["anyone_reach"] = reach_index(doc.mentions + doc.pronouns)
    starts, reach = index
    k = bisect.bisect_left(starts, s_end)
    if k and reach[k - 1] > s_start:
        return False  # a mention or pronoun overlaps the sentence
    return all(t_end < s_end and form.cls.name != "leave" for _, t_end, form, _ in find_triggers(doc, s_start, s_end))


def extract_events(source: str | Article, dct: str | None = None, *, doc_id: str | None = None,
                   genre: str = "auto", speaker: str = "", repeats: bool = False) -> pd.DataFrame:
    """Events of one text or :class:`Article` as a DataFrame with columns :data:`EVENT_COLUMNS`.

    ``dct`` (the publication date) overrides the article's own; for an article only content
    paragraphs (title, standfirst, body) are searched. ``genre`` is the timex tagger's
    (:func:`communique.timex.tagger.tag`). ``speaker`` (an actor code, e.g. the country of a UN
    General Debate speech; an article's ``meta["country"]`` by default) is the actor that "we",
    "I" and "my Government" stand for; without it first-person words are no actor.
    One row per act (:func:`fold_repeats`); ``repeats=True`` keeps a row for every mention, as
    the timeline counts them.
    """
    import pandas as pd

    rows = _rows(_document(source, dct, doc_id, genre, speaker))
    return _frame(pd, rows if repeats else fold_repeats(rows))


def _third_party_talks(doc: Doc, ev: Ev, start: int, end: int) -> Mention | None:
    """The party of the talks a trip is for ("travelled to Minsk for talks with Kuleba"), when it is neither the
    traveller nor the state travelled to: the trip's place is then only where they meet."""
    with_ = re.search(r"\bwith\s+(?:the\s+)?", doc.text[start:end])
    if with_ is None:
        return None
    partner = next((x for x in actors_in(doc, start + with_.end(), end) if x.start == start + with_.end()), None)
    if partner is None or not partner.is_actor or partner.kind in ("capital", "city", "region") or \
            partner.code in (ev.source.code, ev.target.code) or partner.code.startswith("NGO:"):
        return None
    return partner


def _frame(pd, rows: list[dict]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    return table.astype({"trigger_start": "int64", "trigger_end": "int64", "sent_start": "int64",
                         "sent_end": "int64", "quad_class": "int64", "goldstein": "float64", "speculative": bool})


def extract_events_many(sources: Iterable[str | Article], *, dct: str | None = None,
                        genre: str = "auto", repeats: bool = False) -> pd.DataFrame:
    """One events table for many articles (``dct`` only for those without a date); ``repeats`` as
    in :func:`extract_events`."""
    import pandas as pd

    rows: list[dict] = []
    for number, source in enumerate(sources):
        doc_id = None if isinstance(source, Article) else f"doc{number}"
        own = source.dct if isinstance(source, Article) else None
        found = _rows(_document(source, own or dct, doc_id, genre))
        rows.extend(found if repeats else fold_repeats(found))
    return _frame(pd, rows)
