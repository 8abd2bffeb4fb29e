"""Regex alternations of many words, built as a trie so that matching stays fast.

Python's ``re`` tries the alternatives of ``a|b|c`` one by one, so a flat alternation of
thousands of names or trigger words costs thousands of attempts at every position of a text.
Factoring common prefixes (``K(?:enya|orea)``) lets each position fail after one or two
character tests. Longer continuations are tried before a word ends, which gives the same match
as a flat alternation sorted longest first: two words can both match at one position only when
one is a prefix of the other.

>>> print(alternation(["Korea", "North Korea", "Kenya"]))
(?:K(?:enya|orea)|North\\ Korea)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from communique.text import regex_parse as rp


def alternation(words: Iterable[str], units: Callable[[str], list[str]] | None = None) -> str:
    """A non-capturing regex matching any of ``words`` (longest first).

    ``units`` turns a word into regex pieces, one per character (default: ``re.escape`` of each
    character), so that callers can let a space match any run of spaces, for example.
    """
    split = units or (lambda word: [re.escape(ch) for ch in word])
    trie: dict = {}
    for word in set(words):
        node = trie
        for unit in split(word):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _regex(trie)


def _regex(node: dict) -> str:
    branches = [unit + _regex(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: longer continuations first (greedy), then stop
        return f"(?:{body})?"
    return body


def required_literals(pattern: str | re.Pattern[str], *, lookahead: bool = False) -> list[frozenset[str]]:
    """Strings that every match of ``pattern`` contains: one string of each set returned.

    Read from the parsed pattern: runs of literal characters that every path through it
    consumes (alternatives give the union of theirs, optional parts nothing; lookarounds are
    not part of a match). A cheap prefilter: where a text lacks every string of one set, the
    pattern cannot match there. Empty when nothing is certain (e.g. a case-insensitive part).
    With ``lookahead``, also what a positive look-ahead needs to see: not in the match, but in
    the text after its start (``search(text, pos, endpos)`` sees no further than ``endpos``).

    >>> sorted(map(sorted, required_literals(r"(?:the\\s+)?year-(?:ago|earlier)\\b")))
    [['ago', 'earlier'], ['year-']]
    >>> required_literals(r"\\d+(?:st|nd)?")
    []
    >>> required_literals(r"\\d+ days(?= later)", lookahead=True)
    [frozenset({' days'}), frozenset({' later'})]
    """
    compiled = pattern if isinstance(pattern, re.Pattern) else None
    source = compiled.pattern if compiled is not None else pattern
    try:
        tree, flags = rp.parse(source, compiled.flags if compiled is not None else 0)
    except rp.Unsupported:  # a form the parser does not read: nothing certain
        return []
    if flags & re.IGNORECASE:
        return []

    def needs(items) -> list[frozenset[str]] | None:  # None: the part is case-insensitive, give up
        found: list[frozenset[str]] = []
        run: list[str] = []
        for op, av in items:
            if op is rp.LITERAL:
                run.append(av)
                continue
            if run:
                found.append(frozenset(["".join(run)]))
                run = []
            if op is rp.GROUP:
                if av[1] & re.IGNORECASE:
                    return None
                inner = needs(av[3])
            elif op is rp.REPEAT:
                inner = needs(av[2]) if av[0] >= 1 else []
            elif op is rp.ASSERT and lookahead and av[0] == 1:  # (?=...): its text follows the match start
                inner = needs(av[1]) or []  # (a case-insensitive part there: nothing certain from it)
            elif op is rp.BRANCH:
                options = []
                for alternative in av:
                    part = needs(alternative)
                    if part is None:
                        return None
                    if not part:  # this way through requires nothing: neither does the branch
                        options = []
                        break
                    options.append(min(part, key=lambda s: (len(s), -min(map(len, s)))))
                inner = [frozenset().union(*options)] if options else []
            else:  # character classes, anchors, lookarounds, back references: nothing certain
                continue
            if inner is None:
                return None
            found += inner
        if run:
            found.append(frozenset(["".join(run)]))
        return found

    return needs(tree) or []


class _NoLead(Exception):
    """A part whose first character cannot be named as a class member."""


def quick_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` behind a look-ahead on the characters a match can start with: the same matches, but a
    search gives up at once at every other position, where ``re`` tried each alternative there (after
    a leading ``\b`` or look-behind, which keep ``re`` from skipping ahead by itself). The class is
    read from the pattern (its first literals, sets and categories; look-arounds and anchors are
    zero-width; :func:`communique.text.regex_parse.parse` reads it); ``pattern`` itself when that is not
    sure (a negated set, ``.``, a back reference, a local case flag, a form that parser does not read) or
    when it can match the empty string.

    >>> quick_start(re.compile(r"(?<![\w])(?:visits?|\d+\s*days?|(?:the\s+)?met)\b", re.I)).pattern
    '(?=[\\dmtv])(?:(?<![\\w])(?:visits?|\\d+\\s*days?|(?:the\\s+)?met)\\b)'
    >>> quick_start(re.compile(r"\w*ed")).pattern, quick_start(re.compile(r"[^a]b")).pattern
    ('(?=[\\we])(?:\\w*ed)', '[^a]b')
    """
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return pattern
    return _quick_source(pattern.pattern, pattern.flags) or pattern


def quick_start_source(source: str, flags: int = 0) -> re.Pattern[str]:
    """:func:`quick_start` of ``re.compile(source, flags)`` without compiling that pattern first (it is
    compiled only when no look-ahead can be put before it): one compilation instead of two."""
    if flags & re.VERBOSE:
        return re.compile(source, flags)
    return _quick_source(source, flags) or re.compile(source, flags)


def _quick_source(source: str, flags: int) -> re.Pattern[str] | None:
    """``source`` behind its look-ahead (see :func:`quick_start`), None when there is none to put."""
    try:
        tree, found_flags = rp.parse(source, flags)
        if found_flags != flags:  # a global flag in the pattern: it could not follow the look-ahead
            return None
        atoms, nullable = _first(tree)
        if nullable or not atoms:
            return None
        return re.compile(f"(?=[{''.join(sorted(atoms))}])(?:{source})", flags)
    except (rp.Unsupported, _NoLead, re.error):  # a form not read, no lead: as it is
        return None


def _first(items: list) -> tuple[set[str], bool]:
    """The class members a match of the sequence ``items`` can start with, and whether it can be empty."""
    atoms: set[str] = set()
    for op, av in items:
        more, nullable = _first_of(op, av)
        atoms |= more
        if not nullable:
            return atoms, False
    return atoms, True


def _first_of(op, av) -> tuple[set[str], bool]:
    if op is rp.LITERAL:
        return {_member(av)}, False
    if op is rp.IN:
        atoms = set()
        for kind, value in av:
            if kind is rp.LITERAL:
                atoms.add(_member(value))
            elif kind is rp.RANGE:
                atoms.add(f"{_member(value[0])}-{_member(value[1])}")
            elif kind is rp.CATEGORY:
                atoms.add(value)  # (\d, \s, \w or a negation: their own spelling in a class)
            else:
                raise _NoLead  # a negated set: not one class
        return atoms, False
    if op is rp.BRANCH:
        atoms, nullable = set(), False
        for alternative in av:
            more, empty = _first(alternative)
            atoms |= more
            nullable = nullable or empty
        return atoms, nullable
    if op is rp.GROUP:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _NoLead  # a local flag (case) changes what the characters match
        return _first(sub)
    if op is rp.REPEAT:
        low, _, sub, _ = av
        atoms, empty = _first(sub)
        return atoms, empty or low == 0
    if op in (rp.AT, rp.ASSERT, rp.ASSERT_NOT):
        return set(), True  # zero width: what follows starts the match
    raise _NoLead  # any character, a negated character, a back reference


def _member(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch
