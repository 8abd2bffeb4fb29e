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


def required_literals(pattern: str | re.Pattern[str]) -> list[frozenset[str]]:
    """Strings that every match of ``pattern`` contains: one string of each set returned.

    Read from the parsed pattern: runs of literal characters that every path through it
    consumes (alternatives give the union of theirs, optional parts nothing; lookarounds are
    not part of a match). A cheap prefilter: where a text lacks every string of one set, the
    pattern cannot match there. Empty when nothing is certain (e.g. a case-insensitive part).

    >>> sorted(map(sorted, required_literals(r"(?:the\\s+)?year-(?:ago|earlier)\\b")))
    [['ago', 'earlier'], ['year-']]
    >>> required_literals(r"\\d+(?:st|nd)?")
    []
    """
    from re import _constants as sre, _parser

    compiled = pattern if isinstance(pattern, re.Pattern) else None
    source = compiled.pattern if compiled is not None else pattern
    tree = _parser.parse(source, compiled.flags if compiled is not None else 0)
    if tree.state.flags & re.IGNORECASE:
        return []

    def needs(items) -> list[frozenset[str]] | None:  # None: the part is case-insensitive, give up
        found: list[frozenset[str]] = []
        run: list[str] = []
        for op, av in items:
            if op is sre.LITERAL:
                run.append(chr(av))
                continue
            if run:
                found.append(frozenset(["".join(run)]))
                run = []
            if op is sre.SUBPATTERN:
                if av[1] & re.IGNORECASE:
                    return None
                inner = needs(av[3])
            elif op is sre.ATOMIC_GROUP:
                inner = needs(av)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                inner = needs(av[2]) if av[0] >= 1 else []
            elif op is sre.BRANCH:
                options = []
                for alternative in av[1]:
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
