"""Trigger lexicon: diplomatic event expressions (verbs and nouns) mapped to CAMEO codes.

Each :class:`TriggerClass` lists verb lemmas (all inflected forms are generated) and nouns.
Specialisations by context (aid type, what an appeal asks for, where a meeting happens)
are made in :mod:`communique.events.extract`.

>>> lexicon()["thanked"].name, lexicon()["annexation"].cameo, lexicon()["summit"].pos
('praise', '192', 'noun')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = ["TriggerClass", "Form", "CLASSES", "lexicon", "verb_forms", "trigger_regex"]


@dataclass(frozen=True)
class TriggerClass:
    """One class of event expressions and its default CAMEO code."""

    name: str
    cameo: str
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    symmetric: bool = False  # "X and Y met" = "X met Y"
    needs_target: bool = True  # a verb trigger without a target is dropped
    places_as_target: bool = False  # "visited Hanoi", "annexation of Crimea"
    template: str = "{s} {v} {t}"  # label; {v} is the 3rd person verb
    verb3: str = ""


@dataclass(frozen=True)
class Form:
    """A word form of a trigger class: the class, part of speech, and verb form if a verb."""

    name: str
    cameo: str
    pos: str  # verb | noun
    form: str  # base | s | past | ing (verbs), sg | pl (nouns)
    cls: TriggerClass
    verb_cls: TriggerClass | None = None  # set when the form may also be a verb ("visits", "thanks")
    verb_form: str = ""


CLASSES: tuple[TriggerClass, ...] = (
    TriggerClass("meet", "040", ("meet", "confer"), ("meeting", "meetings"), symmetric=True, verb3="meets"),
    TriggerClass("summit", "040", (), ("summit", "summits"), symmetric=True, template="{s}–{t} summit"),
    TriggerClass("negotiate", "046", ("negotiate",), ("talks", "negotiations", "negotiation", "consultations"),
                 symmetric=True, verb3="holds talks with"),
    TriggerClass("discuss", "040", ("discuss",), (), symmetric=True, verb3="discusses with"),
    TriggerClass("phone", "041", ("phone", "telephone"), ("phone call", "telephone call", "phone conversation",
                 "telephone conversation"), symmetric=True, verb3="speaks by phone with"),
    TriggerClass("visit", "042", ("visit", "travel", "fly"), ("visit", "visits", "trip", "state visit"),
                 places_as_target=True, verb3="visits"),
    TriggerClass("arrive", "042", ("arrive",), ("arrival",), places_as_target=True, verb3="arrives in"),
    TriggerClass("host", "043", ("host", "receive", "welcome"), (), verb3="hosts"),
    TriggerClass("mediate", "045", ("mediate",), ("mediation",), verb3="mediates with"),
    TriggerClass("appeal", "020", ("urge", "ask", "request", "appeal", "plead", "implore"),
                 ("appeal", "request", "plea", "call"), verb3="asks"),
    TriggerClass("call_on", "020", (), (), verb3="calls on"),
    TriggerClass("pledge", "030", ("pledge", "promise", "vow", "offer"), ("pledge", "promise", "offer"),
                 verb3="pledges to"),
    TriggerClass("agree", "030", ("agree",), (), symmetric=True, verb3="agrees with"),
    TriggerClass("sign", "057", ("sign", "ratify", "conclude"), (), symmetric=True, verb3="signs agreement with"),
    TriggerClass("praise", "051", ("praise", "hail", "commend", "thank", "applaud", "laud", "congratulate",
                                   "endorse"), ("praise", "thanks", "gratitude"), verb3="praises"),
    TriggerClass("support", "051", ("back", "support"), (), verb3="backs"),
    TriggerClass("recognise", "054", ("recognise", "recognize"), ("recognition",), verb3="recognises"),
    TriggerClass("apologise", "055", ("apologise", "apologize"), ("apology",), verb3="apologises to"),
    TriggerClass("cooperate", "061", ("employ", "hire", "invest"), (), verb3="employs"),
    TriggerClass("provide", "070", ("provide", "send", "deliver", "supply", "give", "donate", "ship", "boost"),
                 (), verb3="sends aid to"),
    TriggerClass("aid", "070", (), ("aid", "assistance", "arms supplies", "weapons supplies", "military aid",
                                    "humanitarian aid", "aid package"), template="{s} aid to {t}"),
    TriggerClass("release", "084", ("release", "free", "swap"), ("prisoner swap", "prisoner exchange"),
                 verb3="releases"),
    TriggerClass("withdraw", "087", ("withdraw",), ("withdrawal",), places_as_target=True, verb3="withdraws from"),
    TriggerClass("ceasefire", "087", (), ("ceasefire", "cease-fire", "truce"), symmetric=True,
                 template="{s}–{t} ceasefire"),
    TriggerClass("investigate", "090", ("investigate", "probe"), ("investigation", "probe", "inquiry"),
                 verb3="investigates"),
    TriggerClass("demand", "100", ("demand",), ("demand", "demands"), verb3="demands"),
    TriggerClass("criticise", "111", ("criticise", "criticize", "condemn", "denounce", "slam", "blast", "rebuke",
                                      "decry", "lambast", "lambaste", "censure"),
                 ("criticism", "condemnation", "denunciation"), verb3="criticises"),
    TriggerClass("accuse", "112", ("accuse", "blame"), ("accusation", "accusations", "allegation", "allegations"),
                 verb3="accuses"),
    TriggerClass("reject", "120", ("reject", "refuse", "rebuff", "veto", "dismiss"), ("rejection", "refusal", "veto"),
                 verb3="rejects"),
    TriggerClass("threaten", "130", ("threaten", "warn"), ("threat", "threats", "warning", "ultimatum"),
                 verb3="threatens"),
    TriggerClass("protest", "140", ("protest", "demonstrate", "rally"), ("protest", "protests"), verb3="protests against"),
    TriggerClass("cut_ties", "161", ("sever", "downgrade"), (), verb3="cuts ties with"),
    TriggerClass("sanction", "163", ("sanction", "embargo", "boycott"), ("sanction", "sanctions", "embargo",
                 "boycott"), needs_target=False, template="{s} sanctions on {t}", verb3="sanctions"),
    TriggerClass("arrest", "173", ("arrest", "detain", "seize"), ("arrest", "detention"), verb3="detains"),
    TriggerClass("expel", "174", ("expel", "deport"), ("expulsion", "deportation"), verb3="expels"),
    TriggerClass("leave", "174", (), (), template="{t} {group} due to leave {s}"),
    TriggerClass("attack", "190", ("attack", "invade", "strike", "assault"), ("attack", "attacks", "invasion",
                 "offensive", "assault", "strikes"), places_as_target=True, verb3="attacks"),
    TriggerClass("blockade", "191", ("blockade",), ("blockade",), places_as_target=True, verb3="blockades"),
    TriggerClass("annex", "192", ("annex", "occupy"), ("annexation", "occupation"), places_as_target=True,
                 verb3="annexes"),
    TriggerClass("shell", "194", ("shell",), ("shelling",), places_as_target=True, verb3="shells"),
    TriggerClass("bomb", "195", ("bomb",), ("bombing", "airstrike", "airstrikes", "air strike", "air strikes",
                 "missile strike", "missile strikes", "drone strike", "drone strikes"), places_as_target=True,
                 verb3="bombs"),
)

_IRREGULAR = {
    "meet": ("meets", "met", "meeting"), "give": ("gives", "gave", "giving", "given"),
    "send": ("sends", "sent", "sending"), "fly": ("flies", "flew", "flying", "flown"),
    "strike": ("strikes", "struck", "striking"), "hold": ("holds", "held", "holding"),
    "lambast": ("lambasts", "lambasted", "lambasting"), "free": ("frees", "freed", "freeing"),
    "plead": ("pleads", "pleaded", "pleading", "pled"), "ship": ("ships", "shipped", "shipping"),
    "expel": ("expels", "expelled", "expelling"), "travel": ("travels", "travelled", "travelling", "traveled",
                                                          "traveling"),
    "commit": ("commits", "committed", "committing"), "rally": ("rallies", "rallied", "rallying"),
    "ratify": ("ratifies", "ratified", "ratifying"), "supply": ("supplies", "supplied", "supplying"),
    "occupy": ("occupies", "occupied", "occupying"), "decry": ("decries", "decried", "decrying"),
    "apply": ("applies", "applied", "applying"), "veto": ("vetoes", "vetoed", "vetoing"),
    "embargo": ("embargoes", "embargoed", "embargoing"), "swap": ("swaps", "swapped", "swapping"),
    "phone": ("phones", "phoned", "phoning"), "dismiss": ("dismisses", "dismissed", "dismissing"),
    "back": ("backs", "backed", "backing"),  # "back" itself is too often an adverb
    "support": ("supports", "supported"),  # "support" as a noun is no event
    "offer": ("offers", "offered", "offering"), "call": ("calls", "called", "calling"),
    "refuse": ("refuses", "refused", "refusing"), "rally": ("rallies", "rallied"),
    "warn": ("warns", "warned", "warning"), "free": ("frees", "freed"),
    "release": ("releases", "released", "releasing"), "probe": ("probes", "probed", "probing"),
    "protest": ("protests", "protested", "protesting", "protest"),
    "withdraw": ("withdraws", "withdrew", "withdrawing", "withdrawn"),
}


def verb_forms(lemma: str) -> dict[str, str]:
    """Inflected forms of a verb lemma -> form name (base, s, past, ing).

    >>> sorted(verb_forms("criticise"))
    ['criticise', 'criticised', 'criticises', 'criticising']
    >>> verb_forms("meet")["met"]
    'past'
    """
    if lemma in _IRREGULAR:
        forms = _IRREGULAR[lemma]
        out = {} if lemma in ("back", "support", "free", "rally") else {lemma: "base"}
        names = ("s", "past", "ing", "past")
        for k, f in enumerate(forms):
            out.setdefault(f, names[min(k, 3)] if not f.endswith("ing") else "ing")
        return out
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return {lemma: "base", lemma + "s": "s", lemma + "d": "past", stem + "ing": "ing"}
    if re.search(r"(?:s|sh|ch|x|z)$", lemma):
        return {lemma: "base", lemma + "es": "s", lemma + "ed": "past", lemma + "ing": "ing"}
    if re.search(r"[^aeiou]y$", lemma):
        return {lemma: "base", lemma[:-1] + "ies": "s", lemma[:-1] + "ied": "past", lemma + "ing": "ing"}
    return {lemma: "base", lemma + "s": "s", lemma + "ed": "past", lemma + "ing": "ing"}


@functools.cache
def lexicon() -> dict[str, Form]:
    """Lower-case word form -> :class:`Form` (nouns win over verbs for shared forms like 'visit')."""
    out: dict[str, Form] = {}
    for cls in CLASSES:
        for lemma in cls.verbs:
            for form, name in verb_forms(lemma).items():
                out.setdefault(form, Form(cls.name, cls.cameo, "verb", name, cls))
    for cls in CLASSES:
        for noun in cls.nouns:
            prev = out.get(noun)
            if prev is None or prev.form in ("base", "s"):  # "visit", "attack(s)", "protests", "strikes"
                out[noun] = Form(cls.name, cls.cameo, "noun", "pl" if noun.endswith("s") else "sg", cls,
                                 prev.cls if prev else None, prev.form if prev else "")
    out["meeting"] = Form("meet", "040", "noun", "sg", CLASSES[0])  # the noun far more often than the verb
    appeal = next(c for c in CLASSES if c.name == "call_on")
    for form in ("call on", "calls on", "called on", "calling on", "call for", "calls for", "called for",
                 "calling for", "called upon", "calls upon"):
        out[form] = Form("call_on", "020", "verb", "past" if "called" in form else "s", appeal)
    return out


@functools.cache
def trigger_regex() -> re.Pattern:
    """One case-insensitive pattern for every trigger form (longest first, whole words)."""
    from communique.text.regex_trie import alternation

    def units(form: str) -> list[str]:
        space = r"\s+" if form.startswith("call") else r"[ -]?"
        return [space if ch == " " else re.escape(ch) for ch in form]

    return re.compile(rf"(?<![\w-])(?:{alternation(lexicon(), units)})(?![\w-])", re.IGNORECASE)
