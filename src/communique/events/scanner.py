"""Where a family of regexes can match in a text, from one Aho-Corasick pass (``pyahocorasick``).

Python's ``re`` tries a pattern at every position of a text; a trie-shaped alternation of a thousand
names still costs a few steps at each one, and the actor and trigger patterns are long enough
(an optional title, organisation or "former" before a name) that scanning a document with each was
most of the events wing's time. Every match of those patterns starts with one of a few literal
KEYS (the first word of an alias, of a title, of a trigger form): one automaton over all of them
finds every key in one pass, and a pattern is tried (``pattern.match``) only where one of its keys
starts, left to right, each try after the end of the last match. That gives exactly the matches
of ``pattern.finditer(text)``, because the keys' starts include every position where a match can
start; a key that starts a false match costs one failed try.

A key can stand after "the"/"The" and spaces (an alias written "the Kremlin" matches "The
Kremlin"): the key is then its second word, and the start of the "the" before a hit is tried too.

>>> sc = Scanner({"alias": [("Kremlin", True), ("Kyiv", False)]})  # "the Kremlin", "Kyiv"
>>> sc.starts("Kyiv and the  Kremlin; Kremlin.")["alias"]
[0, 9]
>>> import re
>>> [m.group() for m in finditer_at(re.compile(r"(?:[Tt]he\\s+)?Kremlin|Kyiv"), "The Kremlin, Kyiv", [0, 4, 13])]
['The Kremlin', 'Kyiv']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

__all__ = ["Scanner", "finditer_at", "leading_keys", "find_all"]

#: Characters that a case-insensitive ``re`` literal of an ASCII letter matches although their
#: ``str.lower()`` is no ASCII letter: dotless i and long s (``re``'s extra case table). A text with
#: one, or whose lower-case form has another length (a dotted capital I), is scanned the slow way.
_FOLD_UNSAFE = re.compile("[\u0131\u017f]")
_THE = ("the", "The")


def leading_keys(words: Iterable[str]) -> list[tuple[str, bool]]:
    """(key, after_the) for each word as a trie alternation writes it: its first space-separated part, or
    for a word that starts with "the "/"The " its second part, found after a "the".

    >>> leading_keys(["North Korea", "the Kremlin", "The Hague", "Kyiv"])
    [('North', False), ('Kremlin', True), ('Hague', True), ('Kyiv', False)]
    """
    out = []
    for word in words:
        parts = word.split()
        if len(parts) > 1 and parts[0] in _THE:
            out.append((parts[1], True))
        elif parts:
            out.append((parts[0], False))
    return out


class Scanner:
    """One Aho-Corasick automaton for several named patterns, each given the literal keys its matches
    start with (``(key, after_the)``, see :func:`leading_keys`).

    With ``ignore_case`` the keys must be ASCII and are matched in the lower-case text, which finds
    every place a case-insensitive ``re`` literal matches (texts for which that is not sure get
    ``None`` from :meth:`starts`, and their caller scans with the pattern itself).
    """

    def __init__(self, keys: Mapping[str, Iterable[tuple[str, bool]]], ignore_case: bool = False):
        import ahocorasick

        self.names = tuple(keys)
        self.ignore_case = ignore_case
        table: dict[str, list[int]] = {}
        for bit, name in enumerate(self.names):
            for key, after_the in keys[name]:
                if ignore_case:
                    if not key.isascii():
                        raise ValueError(f"case-insensitive keys must be ASCII: {key!r}")
                    key = key.lower()
                if not key:
                    raise ValueError(f"an empty key for {name!r}")
                table.setdefault(key, [0, 0])[1 if after_the else 0] |= 1 << bit
        self._automaton = ahocorasick.Automaton()
        masks = set()
        for key, (direct, after) in table.items():
            self._automaton.add_word(key, (len(key) - 1, direct, after))
            masks.update((direct, after))
        self._automaton.make_automaton()
        self._bits = {m: tuple(b for b in range(len(self.names)) if m >> b & 1) for m in masks}

    def starts(self, text: str) -> dict[str, list[int]] | None:
        """Name -> sorted positions where a match of that pattern may start (None: scan with the pattern)."""
        hay = text
        if self.ignore_case:
            hay = text.lower()
            if len(hay) != len(text) or _FOLD_UNSAFE.search(text):
                return None
        found: list[list[int]] = [[] for _ in self.names]
        bits = self._bits
        the = ("the",) if self.ignore_case else _THE
        for end, (back, direct, after) in self._automaton.iter(hay):
            start = end - back
            if direct:
                for b in bits[direct]:
                    found[b].append(start)
            if after and start > 3 and hay[start - 1].isspace():
                for p in _the_before(hay, start, the):
                    for b in bits[after]:
                        found[b].append(p)
        return {name: sorted(set(s)) for name, s in zip(self.names, found)}


def _the_before(text: str, start: int, the: tuple[str, ...]) -> Iterator[int]:
    """Starts of "the"/"The" + spaces right before ``start`` (and before that one, and so on)."""
    while True:
        p = start
        while p > 0 and text[p - 1].isspace():
            p -= 1
        if p == start or p < 3 or text[p - 3:p] not in the:
            return
        start = p - 3
        yield start


def finditer_at(pattern: re.Pattern, text: str, starts: Iterable[int], end: int | None = None) -> Iterator[re.Match]:
    """The matches ``pattern.finditer(text, 0, end)`` gives, trying only at ``starts`` (sorted; a superset of
    where a match can start). The pattern must not match the empty string."""
    last = 0
    stop = len(text) if end is None else end
    for p in starts:
        if p < last:
            continue
        if p >= stop:
            return
        m = pattern.match(text, p, stop)
        if m is not None:
            yield m
            last = m.end()


def find_all(text: str, words: Iterable[str]) -> list[int]:
    """Sorted starts of every occurrence (overlapping too) of any of ``words`` in ``text``.

    >>> find_all("Kim met Kim Jong-un", ["Kim", "Jong-un"])
    [0, 8, 12]
    """
    out = set()
    for word in words:
        p = text.find(word)
        while p >= 0:
            out.add(p)
            p = text.find(word, p + 1)
    return sorted(out)
