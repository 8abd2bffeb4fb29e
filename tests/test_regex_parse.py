r"""Our regex parser (:mod:`communique.text.regex_parse`) against the standard library's private one: every
pattern the project hands to ``quick_start``/``quick_start_source``, ``required_literals``, ``Scanner`` and
``pattern_keys`` during an events and timex run over a few documents of our own gets exactly the results the
helpers gave when they read ``re``'s private parse trees.

The old helpers are kept below, in this test only (the package itself uses no private ``re`` module), as
they were before the switch: the reference the new ones must match.
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

c = pytest.importorskip("re._constants")  # the reference only (see the module's docstring); gone: no reference

from communique.events import scanner
from communique.text import regex_parse, regex_trie

# --- the reference: the helpers as they read re's private parse trees (before regex_parse) -------------------

_THE = ("the", "The")


def old_required_literals(pattern: str | re.Pattern[str], *, lookahead: bool = False) -> list[frozenset[str]]:
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
            elif op is sre.ASSERT and lookahead and av[0] == 1:  # (?=...): its text follows the match start
                inner = needs(av[1]) or []  # (a case-insensitive part there: nothing certain from it)
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


class _NoLead(Exception):
    """A part whose first character cannot be named as a class member."""


def old_quick_source(source: str, flags: int) -> re.Pattern[str] | None:
    """``source`` behind its look-ahead (see :func:`quick_start`), None when there is none to put."""
    from re import _parser

    try:
        atoms, nullable = _first(list(_parser.parse(source, flags)))
        if nullable or not atoms:
            return None
        return re.compile(f"(?=[{''.join(sorted(atoms))}])(?:{source})", flags)
    except Exception:  # noqa: BLE001 - no lead (_NoLead), another Python's parse tree, a global flag: as it is
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
    from re import _constants as c

    if op is c.LITERAL:
        return {_member(av)}, False
    if op is c.IN:
        atoms = set()
        for kind, value in av:
            if kind is c.LITERAL:
                atoms.add(_member(value))
            elif kind is c.RANGE:
                atoms.add(f"{_member(value[0])}-{_member(value[1])}")
            elif kind is c.CATEGORY and value in _categories():
                atoms.add(_categories()[value])
            else:
                raise _NoLead  # a negated set (or another member): not one class
        return atoms, False
    if op is c.BRANCH:
        atoms, nullable = set(), False
        for alternative in av[1]:
            more, empty = _first(list(alternative))
            atoms |= more
            nullable = nullable or empty
        return atoms, nullable
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _NoLead  # a local flag (case) changes what the characters match
        return _first(list(sub))
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first(list(av))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, _, sub = av
        atoms, empty = _first(list(sub))
        return atoms, empty or low == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: what follows starts the match
    raise _NoLead  # any character, a back reference, a conditional group


def _member(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


@functools.cache
def _categories() -> dict:
    from re import _constants as c

    return {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
            c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
def old_parse(pattern: re.Pattern) -> list | None:
    """``pattern``'s parse tree by the standard library's own parser (re.sre_parse before 3.11), or
    None where that parser is not there or reads it otherwise."""
    try:
        from re import _parser

        return list(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - another Python's parser
        return None


def old_opens_after_non_word(pattern: re.Pattern, tree: list | None = None) -> bool:
    first = (tree if tree is not None else old_parse(pattern) or [])[:1]  # (no tree: every start is tried)
    if not first or first[0][0] is not c.ASSERT_NOT or pattern.flags & re.ASCII:  # (an ASCII \w is no str.isalnum())
        return False
    direction, body = first[0][1]
    body = list(body)
    return direction == -1 and len(body) == 1 and body[0][0] is c.IN and \
        (c.CATEGORY, c.CATEGORY_WORD) in body[0][1] and (c.NEGATE, None) not in body[0][1]


class _Underivable(Exception):
    pass


def old_pattern_keys(pattern: re.Pattern, tree: list | None = None) -> list[tuple[str, bool]] | None:
    try:
        tree = tree if tree is not None else old_parse(pattern)
        if tree is None:
            return None
        states = _sequence(tree, bool(pattern.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - another Python's parse tree: no keys, the pattern scans the text
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
            ch = chr(av).lower() if fold else chr(av)
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
        ch = chr(av).lower() if fold else chr(av)
        return {(prefix + ch, True, False)} if len(ch) == 1 else stop
    if op is c.IN:
        if not all(o is c.LITERAL for o, _ in av):
            return stop
        return {(prefix + (chr(v).lower() if fold else chr(v)), True, False) for _, v in av}
    if op is c.BRANCH:
        return set().union(*(_sequence(list(alt), fold, then, prefix) for alt in av[1]))
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:
            raise _Underivable
        return _sequence(list(sub), fold, then, prefix)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, high, sub = av  # (once taken, what follows may be the part again: unknown unless it is taken once)
        taken = {(p, False, a) for p, _, a in _sequence(list(sub), fold, then if high == 1 else None, prefix)}
        return taken | {(prefix, True, False)} if low == 0 else taken  # (stopping early is always safe)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {(prefix, True, False)}  # zero width
    return stop


def _is_space_run(op, av) -> bool:
    r"""A repeat of spaces as the alternations write them (\s+ or [^\S\n]+; [\s-]+ is none)."""
    if op is not c.MAX_REPEAT or av[0] < 1 or len(av[2]) != 1 or av[2][0][0] is not c.IN:
        return False
    members = av[2][0][1]
    return members == [(c.CATEGORY, c.CATEGORY_SPACE)] or \
        members == [(c.NEGATE, None), (c.CATEGORY, c.CATEGORY_NOT_SPACE), (c.LITERAL, 10)]




# --- the patterns of a run ----------------------------------------------------------------------------------

_COLLECT = r"""
import json, sys
from communique.events import scanner
from communique.text import regex_trie

seen = []

def record(kind, source, flags, lookahead=False):
    if isinstance(source, str):
        seen.append((kind, source, int(flags), lookahead))

def wrap(module, name, note):
    inner = getattr(module, name)
    def wrapper(*args, **kwargs):
        note(*args, **kwargs)
        return inner(*args, **kwargs)
    setattr(module, name, wrapper)

wrap(regex_trie, "quick_start", lambda p: record("quick", p.pattern, p.flags))
wrap(regex_trie, "quick_start_source", lambda s, flags=0: record("quick", s, flags))
wrap(regex_trie, "required_literals", lambda p, lookahead=False: record(
    "needs", p.pattern if hasattr(p, "pattern") else p, getattr(p, "flags", 0), lookahead))
wrap(scanner, "pattern_keys", lambda p, tree=None: record("keys", p.pattern, p.flags))
init = scanner.Scanner.__init__
def scanner_init(self, patterns):
    for p in patterns.values():
        record("scanner", p.pattern, p.flags)
    init(self, patterns)
scanner.Scanner.__init__ = scanner_init

from communique.events.extract import extract_events_many
from communique.text.corpus import article_from_text
import communique.timex

texts = json.loads(sys.stdin.read())
articles = [article_from_text(t, doc_id=f"d{k}", has_title_line=True) for k, t in enumerate(texts)]
extract_events_many(articles, dct="2024-05-02")
for t in texts:
    for genre in ("news", "narrative", "auto"):
        communique.timex.tag(t, "2024-05-02", genre=genre)
print(json.dumps(sorted(set(seen))))
"""

#: a few news-like documents in our own words (visits, talks, pledges, dates of many forms)
_TEXTS = [
    "Leaders meet in Geneva\nThe foreign ministers of France and Brazil met in Geneva on Tuesday, two days after "
    "the summit. The French minister said on 3 May 2024 that Paris would send aid to the region by next spring. "
    "Former President Lula visited the Kremlin last week and held talks with the Russian president.",
    "Envoy to return to Kyiv\nThe UN envoy will travel to Kyiv in early June, a spokesman told reporters. "
    "Talks between the two sides resumed on Monday after a pause of three weeks; both leaders pledged to "
    "keep the ceasefire. In 1999 the countries signed a treaty, and since the late 1990s they have met every year.",
    "Minister condemns strike\nGermany's foreign minister condemned the attack in a statement on Friday "
    "morning, calling on all parties to show restraint. The prime minister of Japan, who arrived in Seoul "
    "yesterday, urged North Korea to return to the table within 48 hours. A year-ago meeting had failed.",
    "Mr President, at this session of the General Assembly we call upon all Member States to honour the "
    "commitments made in 2015. My delegation welcomes the agreement reached last September and hopes that "
    "by 2030 the goals will be met. We thank the Secretary-General for his report of 12 August.",
]


@functools.cache
def _run_patterns() -> list[tuple[str, str, int, bool]]:
    src = str(Path(regex_parse.__file__).resolve().parents[2])
    env = dict(os.environ, PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", _COLLECT], input=json.dumps(_TEXTS), capture_output=True,
                          text=True, env=env, check=True, timeout=600)
    return [tuple(row) for row in json.loads(done.stdout)]


def _same_quick_start(source: str, flags: int) -> bool:
    pattern = re.compile(source, flags)
    new = regex_trie.quick_start(pattern)
    new_source = regex_trie.quick_start_source(source, flags)
    if flags & re.VERBOSE:
        old = pattern
    else:
        old = old_quick_source(source, flags) or pattern
    return (new.pattern, new.flags) == (old.pattern, old.flags) == (new_source.pattern, new_source.flags)


def test_every_pattern_of_a_run_gets_the_results_of_re_s_own_parser():
    rows = _run_patterns()
    kinds = {kind for kind, _, _, _ in rows}
    assert kinds == {"quick", "needs", "keys", "scanner"}, kinds
    assert len({source for _, source, _, _ in rows}) > 100  # (the run did reach the patterns)
    differ = []
    for kind, source, flags, lookahead in rows:
        if kind == "quick":
            if not _same_quick_start(source, flags):
                differ.append((kind, source))
        elif kind == "needs":
            argument = re.compile(source, flags) if flags else source
            if regex_trie.required_literals(argument, lookahead=lookahead) != \
                    old_required_literals(argument, lookahead=lookahead):
                differ.append((kind, source))
        else:
            pattern = re.compile(source, flags)
            if scanner.pattern_keys(pattern) != old_pattern_keys(pattern) or \
                    scanner._opens_after_non_word(pattern) != old_opens_after_non_word(pattern):
                differ.append((kind, source))
    assert not differ, differ[:5]


@pytest.mark.parametrize("source", [
    r"(?<![\w-])(?:[Ff]ormer\s+)?(?:North[^\S\n]+Korea|[Tt]he[^\S\n]+Kremlin)", r"\bvisit(?:s|ed)?\b", r"\w+ed",
    r"(?:a|b)(?:c|d)*?e{2,3}", r"(?P<x>ab)(?P=x)|\1?z", r"[]a-c^-]x|[^]]", r"(?i:abc)d|(?-i:e)", r"(?:)?x",
    r"\x41\u00e9\0\t\.\-", r"x{}y{,2}z{3}w{a}", r"(?=ab)(?!c)(?<=d)(?<!e)f", r"^a$|\Aa\Z|\Bb", r".x|\Dy|\S|\W",
    r"(?:the\s+)?year-(?:ago|earlier)\b", r"\d+ days(?= later)", r"(a)|(?:a)b|a", r"(?i)abc", r"[\w.'-]+\s*(?:,|;)",
])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_written_forms_get_the_results_of_re_s_own_parser(source, flags):
    pattern = re.compile(source, flags)
    assert _same_quick_start(source, flags)
    for lookahead in (False, True):
        assert regex_trie.required_literals(pattern, lookahead=lookahead) == \
            old_required_literals(pattern, lookahead=lookahead)
    assert scanner.pattern_keys(pattern) == old_pattern_keys(pattern)
    assert scanner._opens_after_non_word(pattern) == old_opens_after_non_word(pattern)


@pytest.mark.parametrize("source", [r"a++", r"(?>ab)", r"(a)(?(1)b|c)", r"(?#note)a", r"\N{EM DASH}", r"a(?i)b"])
def test_forms_outside_the_subset_make_the_helpers_give_up(source):
    with pytest.raises(regex_parse.Unsupported):
        regex_parse.parse(source)
    if source != r"a(?i)b":  # (no valid regex)
        pattern = re.compile(source)
        assert regex_trie.quick_start(pattern) is pattern
        assert scanner.pattern_keys(pattern) is None
        assert regex_trie.required_literals(pattern) == []


def test_the_reference_reads_patterns():
    """(The reference swallows errors: a broken copy would give up everywhere and hide a difference.)"""
    assert old_pattern_keys(re.compile(r"(?<![\w-])(?:[Ff]ormer\s+)?(?:North[^\S\n]+Korea|[Tt]he[^\S\n]+Kremlin)")) == \
        [("Former", False), ("Kremlin", True), ("North", False), ("former", False)]
    assert old_quick_source(r"\w*ed", 0).pattern == r"(?=[\we])(?:\w*ed)"
    assert old_opens_after_non_word(re.compile(r"(?<![\w-])(?:Kyiv|Kremlin)"))
