"""Clause-like spans of a sentence and the small word-level tests the argument linker makes.

>>> s = "Sanctions remain, more so after the summit ended."
>>> [s[a:b] for a, b in clause_spans(s, 0, len(s))]
['Sanctions remain', 'more so after the summit ended.']
"""

from __future__ import annotations

import functools
import re

from communique.events.lexicon import prepositions

__all__ = ["clause_spans", "opens_relative", "prev_word", "governing_prep", "topic_label_end", "words"]

#: (the look-aheads name the characters every break starts with, then what each alternative needs next: ``re``
#: then gives up at once at all other positions, and at a space before an ordinary word, instead of trying each
#: alternative there; the same matches)
_CLAUSE_BREAK = re.compile(
    r"(?=[\s;:\-—–()?!,])(?=,|\s*[;:\-—–()?!]|\s+(?:though|although|whereas|because|while|amid|despite|following|as\s))(?:"
    r"\s*(?:;|:(?!\d)|--|—|–(?=\s)|\(|\)|\?|!)\s*"
    r"|,\s*(?=(?:though|although|while|whereas|as|after|before|since|when|because|but|and|which|who|where|"
    r"so|yet|until|unless|if|more\s+so|however|even\s+as|according(?![^,;.]{1,60},\s+(?!(?:and|but|or|while|as|which|who)\b)(?-i:[a-z])))\b)"
    # (but not a parenthetical attribution between a subject and its verb: "Iran, according to the IAEA, refused")
    r"|\s+(?=(?:though|although|whereas|because|while|amid|amidst|despite|following)\s)|\s+(?=as\s+(?-i:[A-Z]))"
    r"|\s+[-–—]\s+"
    r"|,\s*(?=[\"“'‘])|(?<=[\"”’']),\s*)",
    re.IGNORECASE,
)


# A headline's topic label: "Aid to Ukraine: U.S. plans to sell drones", after an optional time stamp
# ("01.06.22 23:27 - "); at most six words, no quotation, no clock time after the colon.
_TOPIC_LABEL = re.compile(r"(?:[\d.:/()\s]+[-–—]\s+)?((?:[^\s:\"“”'‘’]+\s+){0,5}[^\s:\"“”'‘’]+):(?!\d)\s")
_LABEL_WORD = r"[^\s:\"“”'‘’]+(?:['’][^\s:\"“”'‘’]+)*"  # a word, a possessive inside it ("Russia's")
_POSSESSIVE_LABEL = re.compile(rf"(?:[\d.:/()\s]+[-–—]\s+)?((?:{_LABEL_WORD}\s+){{0,5}}{_LABEL_WORD}):(?!\d)\s")


def topic_label_end(text: str, start: int, end: int, possessive: bool = False) -> int:
    """End of a sentence's leading topic label ("Negotiations with Russia: ..."), or ``start`` when none.

    A noun in the label names a subject heading, not an event the sentence reports. With ``possessive`` the
    label may hold a possessive ("Russia's invasion of Ukraine: ..."; for the war as a topic: "Sandu's visit
    to Ukraine: ..." reports a visit).

    >>> s = "Aid to Ukraine: U.S. plans to sell drones"
    >>> s[:topic_label_end(s, 0, len(s))]
    'Aid to Ukraine'
    """
    if text.find(":", start, end) < 0:
        return start  # (both labels end in a colon: most sentences have none, and need no match)
    m = (_POSSESSIVE_LABEL if possessive else _TOPIC_LABEL).match(text, start, end)
    return m.end(1) if m else start


@functools.cache
def words(name: str) -> frozenset[str]:
    """A word class of ``prepositions.toml`` ("governing", "locative", "determiners", ...)."""
    return prepositions()[name]


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause-like spans of a sentence: split at ; : -- ( ) and at commas before conjunctions."""
    spans, pos = [], start
    asides = [(m.start(), m.end()) for m in _ACRONYM_ASIDE.finditer(text, start, end)] if "(" in text[start:end] else []
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if asides and any(a <= m.start() < b or a < m.end() <= b for a, b in asides):
            continue  # "the Mission in the Central African Republic (MINUSCA), the United States ...": a name's
            # abbreviation in brackets is no clause of its own (a list goes on through it)
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    spans = [piece for a, b in spans for piece in _relative_closed(text, a, b)]
    return [(a, b) for a, b in spans if text[a:b].strip()] or [(start, end)]


#: a name's abbreviation in brackets: "(MINUSCA)", "(ASEAN)", "(the IAEA)"
_ACRONYM_ASIDE = re.compile(r"\s*\(\s*(?:the\s+)?[A-Z][A-Za-z0-9.&'’-]{1,15}\s*\)")
#: a relative clause between commas and the predicate after it: "who will hold talks in Beijing on Thursday, | said"
_RELATIVE_PRONOUN = r"\s*(?:who|which|whose)\b"
_RELATIVE_OPEN = re.compile(_RELATIVE_PRONOUN, re.IGNORECASE)
_RELATIVE_THEN_PREDICATE = re.compile(_RELATIVE_PRONOUN + r"\s+[^,;]*?\s[^,;]*?(,)\s*(?=(?-i:[a-z])[a-z]+\b(?<!\band)(?<!\bor)"
                                      r"(?<!\bbut)(?<!\bthe))", re.IGNORECASE)


def opens_relative(text: str, start: int) -> bool:
    """Whether the clause span starting at ``start`` opens with a relative pronoun (", which signed ...")."""
    return _RELATIVE_OPEN.match(text, start) is not None


def _relative_closed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span opening with a relative pronoun, split at the comma that closes the relative clause before a
    lower-case word (the main clause's predicate: "The minister, who visited Kenya last week, criticised the EU")."""
    m = _RELATIVE_THEN_PREDICATE.match(text, start, end)
    if m is None:
        return [(start, end)]
    return [(start, m.start(1)), (m.end(1), end)]


_PREV_WORD = re.compile(r"([\w'’-]+)\W*$")
#: the same word read from the reversed window: its run of [\w'’-] around the last word character (one
#: match at the start instead of a search that tries every position against the end)
_PREV_WORD_REVERSED = re.compile(r"\W*?([\w'’-]*\w[\w'’-]*)")


def prev_word(text: str, pos: int, floor: int) -> str:
    r"""The lower-cased word before ``pos`` (not before ``floor``): the group of ``[\w'’-]+\W*$`` in the window."""
    window = text[max(floor, pos - 40):pos]
    m = _PREV_WORD_REVERSED.match(window[::-1])
    if m is not None:
        return m.group(1)[::-1].lower()
    m = _PREV_WORD.search(window)  # no word character: a run of apostrophes or hyphens at most
    return m.group(1).lower() if m else ""


def _continues_list(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is followed by a list's ',', 'and' or 'or' (or ends the sentence)."""
    m = re.match(r"(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+", text[start:start + 80])
    rest = text[start + (m.end() if m else 0):start + 90]
    return bool(re.match(r"\s*(?:,|;|\.|\)|and\b|or\b|&|$)", rest))


_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


def governing_prep(text: str, start: int, floor: int) -> str:
    """The preposition governing a mention starting at ``start`` ('' when none), skipping determiners."""
    before = text[max(floor, start - 60):start]
    tokens = _TOKEN.findall(before)
    governing = words("governing")
    for k, w in enumerate(reversed(tokens[-4:])):
        lw = w.lower()
        if lw in governing:
            return lw
        if k == 0 and re.fullmatch(r"1\d{3}|20\d\d", lw) and len(tokens) > 1 and tokens[-2].lower() in governing:
            return ""  # "In 2014 Russia annexed Crimea": a year right after its preposition closes the fronted phrase
        if lw == "," and not _continues_list(text, start):
            return ""  # "On Monday, Russia attacked ...": the comma closes a fronted phrase before the subject
        if lw in ("the", "a", "an", "former", "its", "their", "his", "her", "and", "or", "&", ",") or lw.endswith("ern"):
            continue  # "in Guam and Australia": a coordinated mention shares the preposition
        if lw in _calendar_names() and w[:1].isupper():
            return ""  # "On Monday Russia attacked ...": a weekday or month closes the fronted phrase
        if w[:1].isupper() and w.lower() not in words("governing"):
            continue
        if re.fullmatch(r"[\d,.]+", lw):
            continue
        return ""
    return ""


@functools.cache
def _calendar_names() -> frozenset[str]:
    from communique.text.lexicon import month_names, weekday_numbers

    return frozenset(n.lower() for n in month_names()) | frozenset(w for w in weekday_numbers() if len(w) > 4)
