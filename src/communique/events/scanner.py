r"""Where a family of regexes can match in a text, from one Aho-Corasick pass (``pyahocorasick``).

Python's ``re`` tries a pattern at every position of a text; a trie-shaped alternation of a thousand
names still costs a few steps at each one, and the actor and trigger patterns are long enough
(an optional title, organisation or "former" before a name) that scanning a document with each was
most of the events wing's time. Every match of those patterns starts with one of a few literal
KEYS (the first word of an alias, of a title, of a trigger form), which :func:`pattern_keys` reads
from the pattern itself: one automaton over the keys of all of them finds every key in one pass,
and a pattern is tried (``pattern.match``) only where one of its keys starts, left to right, each
try after the end of the last match. That gives exactly the matches of ``pattern.finditer(text)``,
because the keys' starts include every position where a match can start; a key that starts no
match costs one failed try. A pattern whose keys cannot be read scans the whole text, as before.

A key can stand after "the"/"The" and spaces (an alias written "the Kremlin" matches "The
Kremlin"): the key is then the word after them, and the start of the "the" before a hit is tried.

>>> sc = Scanner({"alias": re.compile(r"(?<!\w)(?:[Tt]he\s+Kremlin|Kyiv)")})
>>> text = "Kyiv and the  Kremlin; Kremlin."
>>> begins = sc.starts(text)
>>> begins, [m.group() for m in sc.finditer("alias", text, begins)]
({'alias': [0, 9]}, ['Kyiv', 'the  Kremlin'])
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from communique.text import regex_parse as c  # our parser of the project's regex forms (its trees and opcodes)

__all__ = ["Scanner", "finditer_at", "find_all", "pattern_keys", "word_spans"]

#: Characters that a case-insensitive ``re`` literal of an ASCII letter matches although their
#: ``str.lower()`` is no ASCII letter: dotless i and long s (``re``'s extra case table). A text with
#: one, or whose lower-case form has another length (a dotted capital I), is scanned the slow way.
_FOLD_UNSAFE = re.compile("[\u0131\u017f]")
_THE = ("the", "The")
#: characters of English news text, most frequent first (see Scanner: the order of the automaton's children)
_FREQUENT = " etaoinsrhldcumfpgwybvk\n.,TSAICBMPHWNRDLEFGOJKUVYxjqz'\"-0123456789()’“”:;?!QZX"


class Scanner:
    """One Aho-Corasick automaton over the keys (:func:`pattern_keys`) of several named patterns, all
    case-sensitive or all case-insensitive.

    Case-insensitive keys must be ASCII (else that pattern scans the whole text) and are looked for in
    the lower-case text, which finds every place such an ``re`` literal matches; a text for which that is
    not sure gets ``None`` from :meth:`starts`.
    """

    def __init__(self, patterns: Mapping[str, re.Pattern]):
        import ahocorasick

        self.patterns = dict(patterns)
        folds = {bool(p.flags & re.IGNORECASE) for p in self.patterns.values()}
        if len(folds) > 1:
            raise ValueError("a scanner's patterns are all case-sensitive or all case-insensitive")
        self.ignore_case = folds.pop() if folds else False
        trees = {name: _parse(p) for name, p in self.patterns.items()}  # parsed once, read twice
        keys = {name: pattern_keys(p, trees[name]) for name, p in self.patterns.items()}
        if self.ignore_case:
            keys = {name: k if k is not None and all(key.isascii() for key, _ in k) else None
                    for name, k in keys.items()}
        self.names = tuple(name for name, k in keys.items() if k is not None)  # the others scan the whole text
        table: dict[str, list[int]] = {}
        for bit, name in enumerate(self.names):
            for key, after_the in keys[name]:
                table.setdefault(key, [0, 0])[1 if after_the else 0] |= 1 << bit
        self._automaton = ahocorasick.Automaton()
        # pyahocorasick looks a character up among a node's children one by one, in the order they were added, and
        # most characters of a text are looked up at the root: keys added in order of English letter frequency
        # (and, for a case-sensitive scanner, whose root lacks most lower-case letters, a child for each frequent
        # character no key starts with, under a key no text holds, of no pattern: its hits add nothing) make that
        # lookup stop early; the same hits, the actor scan about 30% faster
        rank = {ch: k for k, ch in enumerate(_FREQUENT)}
        if table and not self.ignore_case:
            firsts = {key[0] for key in table}
            table.update({ch + "\x00": [0, 0] for ch in _FREQUENT if ch not in firsts})
        for key in sorted(table, key=lambda k: [rank.get(ch, len(rank) + ord(ch)) for ch in k]):
            direct, after = table[key]
            self._automaton.add_word(key, (len(key) - 1, direct, after))
        if table:
            self._automaton.make_automaton()
        self._keyed = bool(table)
        # a pattern that opens with "no word character before" ((?<![\w-]) and the like) cannot match after one:
        # such a start is dropped here rather than tried (a failed try of a long pattern costs far more)
        self._after_non_word = frozenset(name for name in self.names
                                         if _opens_after_non_word(self.patterns[name], trees[name]))
        self._bit_names: dict[int, tuple[str, ...]] = {}

    def starts(self, text: str) -> dict[str, list[int]] | None:
        """Pattern name -> sorted positions where one of its matches may start; a pattern without keys is
        missing (it scans the whole text), and None means every pattern does."""
        hay = text
        if self.ignore_case:
            hay = text.lower()
            if not text.isascii() and (len(hay) != len(text) or _FOLD_UNSAFE.search(text)):
                return None
        if not self._keyed:
            return {}
        found: defaultdict[int, list[int]] = defaultdict(list)  # pattern bits -> starts (most hits share a few bit sets)
        afters = []  # (start, bits) of the keys found after a "the"
        for end, (back, direct, after) in self._automaton.iter(hay):
            if direct:
                found[direct].append(end - back)
            if after:
                afters.append((end - back, after))
        if afters:
            # a key after "the": the start of each "the" (and spaces) right before the hit, under the same patterns
            the = ("the",) if self.ignore_case else _THE
            for start, after in afters:
                if start > 3 and hay[start - 1].isspace():
                    found[after].extend(_the_before(hay, start, the))
        out: dict[str, list[int]] = {name: [] for name in self.names}
        for bits, starts in found.items():  # each group's starts go to its patterns in one copy each
            for name in self._names_of(bits):
                out[name] += starts
        for name, starts in out.items():
            if starts:
                if name in self._after_non_word:  # (re's \w is str.isalnum() or "_")
                    starts = [p for p in starts if not p or not (text[p - 1].isalnum() or text[p - 1] == "_")]
                out[name] = sorted(set(starts))
        return out

    def _names_of(self, bits: int) -> tuple[str, ...]:
        """The names of the patterns whose bits are set in ``bits`` (kept: a pass meets a few bit sets, again and again)."""
        names = self._bit_names.get(bits)
        if names is None:
            names = self._bit_names[bits] = tuple(name for bit, name in enumerate(self.names) if bits >> bit & 1)
        return names

    def finditer(self, name: str, text: str, begins: dict[str, list[int]] | None) -> Iterator[re.Match]:
        """``self.patterns[name].finditer(text)``, tried only at ``begins[name]`` where that is known."""
        pattern = self.patterns[name]
        starts = None if begins is None else begins.get(name)
        return pattern.finditer(text) if starts is None else finditer_at(pattern, text, starts)


def _parse(pattern: re.Pattern) -> list | None:
    """``pattern``'s parse tree (:func:`communique.text.regex_parse.parse`), or None for a form that parser does
    not read."""
    try:
        return c.parse(pattern.pattern, pattern.flags)[0]
    except c.Unsupported:
        return None


def _opens_after_non_word(pattern: re.Pattern, tree: list | None = None) -> bool:
    r"""Whether every match of ``pattern`` starts after no word character: its first element is a negative
    look-behind of one character class that holds ``\w`` (``(?<![\w-])``, ``(?<!\w)``), not inside an alternative.

    >>> _opens_after_non_word(re.compile(r"(?<![\w-])(?:Kyiv|Kremlin)")), _opens_after_non_word(re.compile(r"(?<!\w)a|b"))
    (True, False)
    """
    first = (tree if tree is not None else _parse(pattern) or [])[:1]  # (no tree: every start is tried)
    if not first or first[0][0] is not c.ASSERT_NOT or pattern.flags & re.ASCII:  # (an ASCII \w is no str.isalnum())
        return False
    direction, body = first[0][1]
    body = list(body)
    return direction == -1 and len(body) == 1 and body[0][0] is c.IN and \
        (c.CATEGORY, r"\w") in body[0][1] and (c.NEGATE, None) not in body[0][1]


class _Underivable(Exception):
    pass


def pattern_keys(pattern: re.Pattern, tree: list | None = None) -> list[tuple[str, bool]] | None:
    r"""The literal keys every match of ``pattern`` starts with, read from the pattern itself: the literal
    characters up to its first class, repeat or other non-literal part, through groups, alternatives
    and optional parts ("the"/"The" and spaces before more literals give the word after them, found
    after a "the"); lower-cased for a case-insensitive pattern. None when some match could start
    otherwise (or the pattern's form is unknown): then the pattern scans the whole text.

    >>> pattern_keys(re.compile(r"(?<![\w-])(?:[Ff]ormer\s+)?(?:North[^\S\n]+Korea|[Tt]he[^\S\n]+Kremlin)"))
    [('Former', False), ('Kremlin', True), ('North', False), ('former', False)]
    >>> pattern_keys(re.compile(r"\bvisit(?:s|ed)?\b", re.IGNORECASE)), pattern_keys(re.compile(r"\w+ed"))
    ([('visit', False)], None)
    """
    try:
        tree = tree if tree is not None else _parse(pattern)
        if tree is None:
            return None
        states = _sequence(tree, bool(pattern.flags & re.IGNORECASE))
    except (_Underivable, c.Unsupported):  # a local case flag, a form not read: no keys, the pattern scans the text
        return None
    if not states or any(not prefix for prefix, _, _ in states):
        return None
    keys = []
    for after in (False, True):  # a key with a shorter key before it finds nothing more ("visits" after "visit")
        last = None
        for prefix in sorted({p for p, _, a in states if a == after}):
            if last is None or not prefix.startswith(last):
                keys.append((prefix, after))
                last = prefix
    return sorted(keys)


def _sequence(items: list, fold: bool, then: tuple | list | None = (), prefix: str = "") -> set[tuple[str, bool, bool]]:
    """(prefix, still literal, after "the") for each way into ``items`` after ``prefix``, followed by ``then``
    (None: unknown)."""
    states = {(prefix, True, False)}
    for k, (op, av) in enumerate(items):
        if not any(open_ for _, open_, _ in states):
            break
        if op is c.LITERAL:  # most elements of a trie: each open prefix takes the character (as _element would)
            ch = av.lower() if fold else av
            states = {((p + ch, True, a) if len(ch) == 1 else (p, False, a)) if o else (p, o, a) for p, o, a in states}
            continue
        # what follows this element (a literal needs none: most elements of a trie)
        rest = items[k + 1:] + list(then) if then is not None and op is not c.LITERAL and op is not c.IN else None
        nxt = set()
        for prefix, open_, after in states:
            if not open_:
                nxt.add((prefix, open_, after))
                continue
            if prefix in _THE and not after and _is_space_run(op, av):
                key = _sequence(rest if rest is not None else items[k + 1:], fold, () if rest is not None else None)
                if key and all(p for p, _, _ in key):  # "the Kremlin": the key is "Kremlin", after a "the"
                    nxt.update((p, False, True) for p, _, _ in key)
                    continue
            nxt.update((p, o, after or a) for p, o, a in _element(op, av, fold, rest, prefix))
        states = nxt
    return states


def _element(op, av, fold: bool, then: list | None, prefix: str) -> set[tuple[str, bool, bool]]:
    """Like :func:`_sequence` for one element."""
    stop = {(prefix, False, False)}
    if op is c.LITERAL:
        ch = av.lower() if fold else av
        return {(prefix + ch, True, False)} if len(ch) == 1 else stop
    if op is c.IN:
        if not all(o is c.LITERAL for o, _ in av):
            return stop
        return {(prefix + (v.lower() if fold else v), True, False) for _, v in av}
    if op is c.BRANCH:
        return set().union(*(_sequence(alt, fold, then, prefix) for alt in av))
    if op is c.GROUP:
        _, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            raise _Underivable
        return _sequence(sub, fold, then, prefix)
    if op is c.REPEAT:
        low, high, sub, _ = av  # (once taken, what follows may be the part again: unknown unless it is taken once)
        taken = {(p, False, a) for p, _, a in _sequence(sub, fold, then if high == 1 else None, prefix)}
        return taken | {(prefix, True, False)} if low == 0 else taken  # (stopping early is always safe)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {(prefix, True, False)}  # zero width
    return stop


def _is_space_run(op, av) -> bool:
    r"""A repeat of spaces as the alternations write them (\s+ or [^\S\n]+; [\s-]+ is none)."""
    if op is not c.REPEAT or av[3] or av[0] < 1 or len(av[2]) != 1 or av[2][0][0] is not c.IN:
        return False
    members = av[2][0][1]
    return members == [(c.CATEGORY, r"\s")] or members == [(c.NEGATE, None), (c.CATEGORY, r"\S"), (c.LITERAL, "\n")]


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


_WORDISH = re.compile(r"[\w-]")


def word_spans(text: str, words: Iterable[str]) -> Iterator[tuple[int, int]]:
    r"""The spans ``re.finditer(r"(?<![\w-])(?:WORDS)(?![\w-])", text)`` gives for a longest-first alternation of
    ``words``, without compiling one (a document's own names would fill ``re``'s cache of patterns).

    >>> list(word_spans("Kim met Kim-Jong, Kimberly and Kim.", ["Kim", "Kim-Jong"]))
    [(0, 3), (8, 16), (31, 34)]
    """
    longest = sorted(set(words), key=len, reverse=True)
    last = 0
    for p in find_all(text, longest):
        if p < last or p and _WORDISH.match(text, p - 1):
            continue
        for word in longest:
            if text.startswith(word, p) and not _WORDISH.match(text, p + len(word)):
                last = p + len(word)
                yield p, last
                break


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
