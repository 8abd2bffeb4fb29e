"""Trigger lexicon: diplomatic event expressions (verbs, phrasal verbs and nouns) mapped to CAMEO codes.

The classes and their patterns are data (``events/data/classes.toml`` and ``patterns.tsv``, read by
:mod:`communique.events.lexicon`); this module assembles them into word forms and two regular
expressions: one trie over single forms and contiguous phrases, one over phrases with gaps
("broke off diplomatic relations with"). Specialisations by context (aid type, what an appeal asks
for, where a meeting happens) are made in :mod:`communique.events.coding`.

>>> lexicon()["thanked"].name, lexicon()["annexation"].cameo, lexicon()["summit"].pos
('praise', '192', 'noun')
>>> [(m.group(), f.name) for m, f, _ in phrase_matches("Georgia broke off diplomatic relations with Russia.")]
[('broke off diplomatic relations', 'cut_ties')]
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, fields

from communique.events.lexicon import ClassSpec, Pattern, cue_regex, patterns, trigger_classes
from communique.events.lexicon import verb_forms as verb_forms

__all__ = ["TriggerClass", "Form", "classes", "class_named", "lexicon", "verb_forms", "trigger_regex",
           "phrase_matches", "trigger_scanner"]


@dataclass(frozen=True)
class TriggerClass(ClassSpec):
    """One class of event expressions (its ``classes.toml`` settings, see :class:`ClassSpec`) with the
    verbs and nouns ``patterns.tsv`` lists for it."""

    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()

    @property
    def cameo(self) -> str:
        """The class's default CAMEO code."""
        return self.code


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
    frame: frozenset[str] | None = None  # prepositions carrying the target ("-" = bare object); None = class's
    verb_code: str = ""
    verb_frame: frozenset[str] | None = None
    copular: bool = False  # "be saddened by": an adjective after a copula, no passive


@functools.cache
def classes() -> dict[str, TriggerClass]:
    """Class name -> :class:`TriggerClass` (verbs and nouns as listed in ``patterns.tsv``)."""
    out = {}
    for name, spec in trigger_classes().items():
        pats = [p for p in patterns() if p.cls == name]
        out[name] = TriggerClass(**{f.name: getattr(spec, f.name) for f in fields(ClassSpec)},
                                 verbs=tuple(p.pattern for p in pats if p.pos == "verb"),
                                 nouns=tuple(f for p in pats if p.pos == "noun" for f, _ in p.forms))
    return out


def class_named(name: str) -> TriggerClass:
    return classes()[name]


def _form(p: Pattern, form: str, name: str) -> Form:
    cls = classes()[p.cls]
    return Form(cls.name, p.code or cls.cameo, p.pos, name, cls, frame=p.frame, copular=p.copular)


@functools.cache
def lexicon() -> dict[str, Form]:
    """Lower-case word form or gapless phrase -> :class:`Form` (nouns win over verbs for shared forms
    like 'visit'; the verb reading is kept in ``verb_cls``)."""
    out: dict[str, Form] = {}
    for p in patterns():
        if p.pos != "verb" or _gapped(p):
            continue
        for form, name in p.forms:
            key = f"{form} {p.rest}".strip()
            out.setdefault(key, _form(p, key, name))
    for p in patterns():
        if p.pos != "noun":
            continue
        for noun, name in p.forms:
            prev = out.get(noun)
            if prev is None or prev.pos == "noun" or prev.form in ("base", "s", "ing"):  # "visit", "strikes", "meeting"
                verb = prev if prev is not None and prev.pos == "verb" else None
                out[noun] = Form(p.cls, p.code or classes()[p.cls].cameo, "noun", name, classes()[p.cls],
                                 verb.cls if verb else None, verb.form if verb else "", p.frame,
                                 verb.cameo if verb else "", verb.frame if verb else None)
    return out


def _gapped(p: Pattern) -> bool:
    """A verb phrase with a gap: '*' (up to three words) or '+' (a time adjunct)."""
    return "*" in p.rest.split() or "+" in p.rest.split()


def _units(form: str) -> list[str]:
    return [r"[\s-]+" if ch == " " else re.escape(ch) for ch in form]


@functools.cache
def trigger_regex() -> re.Pattern:
    """One case-insensitive pattern for every gapless trigger form (longest first, whole words)."""
    from communique.text.regex_trie import alternation

    return re.compile(rf"(?<![\w-])(?:{alternation(lexicon(), _units)})(?![\w-])", re.IGNORECASE)


@functools.cache
def _phrase_parts() -> tuple[list[str], dict[str, tuple[Pattern, dict[str, str], str]]]:
    """Each gapped phrase's alternative (group ``p<k>``, its head group ``h<k>``) and its pattern, forms, head group."""
    parts, groups = [], {}
    for k, p in enumerate(q for q in patterns() if q.pos == "verb" and _gapped(q)):
        body, after_gap = "|".join(re.escape(f) for f, _ in sorted(p.forms, key=lambda x: -len(x[0]))), False
        body = rf"(?P<h{k}>{body})"
        for word in p.rest.split():
            if word == "*":  # up to three words, each with its following space (no infinitive's "to": "railways
                # used to deliver weapons" uses no weapons), after a part of the object ("lifted most of its sanctions")
                # ("accepted on Tuesday a Russian proposal": a time adjunct may open the gap, cues/verb_adjuncts.txt)
                body += rf"\s+(?:{cue_regex('verb_adjuncts')}\s+)?(?:{cue_regex('partitives')}\s+)?(?:(?!to\s)[\w'’$%.-]+\s+){{0,3}}?"
            elif word == "+":  # a time adjunct inside the phrase: "called last month for" (cues/verb_adjuncts.txt)
                body += ("" if after_gap else r"\s+") + rf"(?:{cue_regex('verb_adjuncts')})"
            else:
                body += ("" if after_gap else r"\s+") + re.escape(word)
            after_gap = word == "*"
        parts.append(rf"(?P<p{k}>{body})")
        groups[f"p{k}"] = (p, dict(p.forms), f"h{k}")
    return parts, groups


@functools.cache
def _phrase_regex() -> tuple[tuple[re.Pattern, ...], dict[str, tuple[Pattern, dict[str, str], str]]]:
    """Each gapped phrase's alternative compiled on its own (whole words, case-insensitive), in order, and the
    groups of :func:`_phrase_parts`. Tried in turn at a position, the first that matches gives the match of the
    alternation of them all (which tries its alternatives in that order, each with all its backtracking, before
    the next): the same matches for a third of the compiling (one alternation of all phrases and one per head word
    cost 0.44 CPU-s; every phrase once, 0.15)."""
    parts, groups = _phrase_parts()
    return tuple(_phrase_pattern(k) for k in range(len(parts))), groups


@functools.cache
def _phrase_pattern(k: int) -> re.Pattern:
    """The ``k``-th pattern of :func:`_phrase_regex`, compiled on first use: a text meets few of the head words,
    and only their phrases are tried (:func:`_phrases_headed`), so a short text compiles only those (the seed
    article 11 of the 243, where compiling them all took 0.3 CPU-s)."""
    return re.compile(rf"(?<![\w-])(?:{_phrase_parts()[0][k]})(?![\w-])", re.IGNORECASE)


@functools.cache
def _phrases_headed(head: str) -> tuple[re.Pattern, ...] | None:
    """The phrase patterns of :func:`_phrase_regex` that have ``head`` (a lower-case head word) among their forms,
    in their order: where a head word stands, no other phrase can match (every head is one word and is followed by
    a space), so these give the match of them all with fewer tries. None when some head form is not one plain
    lower-case ASCII word (then all are tried; so too for a head that is not ASCII, whose case-insensitive match
    may fold otherwise)."""
    if not _plain_heads():
        return None
    return tuple(_phrase_pattern(k) for k, (_, forms, _) in enumerate(_phrase_parts()[1].values()) if head in forms)


@functools.cache
def _plain_heads() -> bool:
    """Whether every head form of a gapped phrase is one plain lower-case ASCII word."""
    return all(f.isalpha() and f.isascii() and f.islower() for _, forms, _ in _phrase_parts()[1].values() for f in forms)


@functools.cache
def _head_regex() -> re.Pattern:
    """Every head form of a gapped phrase, as a whole word followed by a space."""
    from communique.text.regex_trie import alternation

    heads = {f.lower() for q in patterns() if q.pos == "verb" and _gapped(q) for f, _ in q.forms}
    return re.compile(rf"(?<![\w-])(?:{alternation(sorted(heads), _units)})(?=\s)", re.IGNORECASE)


@functools.cache
def _anchor_regex() -> re.Pattern:
    last = {q.rest.split()[-1] for q in patterns() if q.pos == "verb" and _gapped(q)}
    return re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, last), key=len, reverse=True))})\b", re.IGNORECASE)


@functools.cache
def trigger_scanner(extra: tuple[tuple[str, re.Pattern], ...] = ()):
    """A :class:`communique.events.scanner.Scanner` of the trigger forms ("form": :func:`trigger_regex`), the
    gapped phrases' heads and last words, and the ``extra`` (name, case-insensitive pattern) pairs: one pass
    over a text finds where each can match."""
    from communique.events.scanner import Scanner

    return Scanner({"form": trigger_regex(), "head": _head_regex(), "anchor": _anchor_regex(), **dict(extra)})


def phrase_matches(text: str, start: int = 0, end: int | None = None, *,
                   begins: dict[str, list[int]] | None = None) -> list[tuple[re.Match, Form, int]]:
    """Matches of the gapped phrase patterns ("cut diplomatic ties") with their :class:`Form` and the end of
    the head verb (the gap may hold the target: "suspended Niger's membership"). ``begins``: the
    :func:`trigger_scanner` starts of ``text`` (found here for a whole text)."""
    from communique.events.scanner import finditer_at

    parts, groups = _phrase_parts()
    if not parts:
        return []
    stop = len(text) if end is None else end
    if begins is None and start == 0 and end is None:
        begins = trigger_scanner().starts(text)
    heads = begins.get("head") if begins is not None else None
    anchors = begins.get("anchor") if begins is not None else None
    if anchors is not None:
        anchors = finditer_at(_anchor_regex(), text, anchors[bisect.bisect_left(anchors, start):], stop)
    if next(anchors, None) is None if anchors is not None else not _anchor_regex().search(text, start, stop):
        return []  # no phrase's last word in the span: nothing to try
    out, last = [], -1
    # a phrase can only start at one of its head verbs: try the (long) phrase patterns only there, not at every
    # character (same matches as a finditer of their alternation, which also skips positions inside an earlier match)
    for h in (_head_regex().finditer(text, start, stop) if heads is None else
              finditer_at(_head_regex(), text, heads[bisect.bisect_left(heads, start):], stop)):
        if h.start() < last:
            continue
        tries = _phrases_headed(h.group().lower()) if h.group().isascii() else None
        for regex in _phrase_regex()[0] if tries is None else tries:
            m = regex.match(text, h.start(), stop)
            if m is not None:
                break
        else:
            continue
        last = m.end()
        name = m.lastgroup
        p, forms, head = groups[name]
        out.append((m, _form(p, m.group(head).lower(), forms.get(m.group(head).lower(), "past")), m.end(head)))
    return out


def compile_all() -> None:
    """Compile now every pattern this module otherwise compiles on first use: the trigger alternation, the phrase
    patterns and the choice of them for every head word (a corpus meets most of them; BBC 243 of 286). For a
    process that is about to fork workers, which then inherit them."""
    trigger_scanner()
    _phrase_regex()
    for head in sorted({f for _, forms, _ in _phrase_parts()[1].values() for f in forms}):
        _phrases_headed(head)
