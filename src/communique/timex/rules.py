"""The rule table and the search for temporal expressions in English text.

Each :class:`Rule` (one ``[[rule]]`` of ``timex/data/rules.toml``) is a regex run over the
lower-cased text, only in windows around trigger words such as month names, units or digits,
with a normaliser from ``handlers.py`` and an optional check from ``checks.py``. :func:`candidates` returns the longest non-overlapping matches.

>>> [(c.start, c.end, c.rule.name) for c in candidates("It ended last year.")]
[(9, 18, 'rel_unit')]
"""

from __future__ import annotations

import bisect
import re
from itertools import chain
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from communique.text.regex_trie import alternation, quick_start_source, required_literals
from communique.timex.checks import CHECKS
from communique.timex.context import Context, Result
from communique.timex.handlers import NORMALISERS
from communique.timex.lexicon import expand, fragments, rule_table, trigger_words


class Candidate(NamedTuple):
    """One rule match that won its place (a named tuple: made for every match kept, four times faster
    than a frozen dataclass)."""

    start: int
    end: int
    rule: "Rule"
    match: re.Match[str]

    def text_lower(self, text: str) -> str:
        return text[self.start:self.end].lower()


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: Callable[[re.Match[str], Context], Result | None]
    check: Callable[[re.Match[str], str], bool] | None = None
    group: str | int = 0
    kind: str = "date"  # date | duration | set: what prefix modifiers apply
    triggers: tuple[str, ...] = ()  # token categories that open search windows
    before: int = 0  # window: characters before and after a trigger
    after: int = 0
    example: str = ""  # a text the rule finds and the value it gives (DCT 2019-04-25)
    value: str = ""
    genres: tuple[str, ...] = ()  # the genres the rule runs in (empty: all)




# --------------------------------------------------------------------------- rule table

def _r(pattern: str) -> re.Pattern[str]:
    """Compile a rule: it runs over lower-cased text and starts at a word boundary (behind a look-ahead on
    the characters it can start with, so that a window is searched fast; the same matches)."""
    return quick_start_source(r"(?<![\w])(?:" + pattern + ")")  # (one compilation, not two)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The compiled rule table of ``timex/data/rules.toml`` (built once, on first use)."""
    frags = fragments()
    out = []
    for spec in rule_table()["rule"]:
        before, after = spec["window"]
        out.append(Rule(
            name=spec["name"], regex=_r(expand(spec["pattern"], frags)),
            handler=NORMALISERS[spec["normalise"]],
            check=CHECKS[spec["check"]] if "check" in spec else None,
            group=spec.get("group", 0), kind=spec.get("kind", "date"),
            triggers=tuple(spec["triggers"]), before=before, after=after,
            example=spec.get("example", ""), value=spec.get("value", ""),
            genres=tuple(spec.get("genres", ()))))
    return tuple(out)


# --------------------------------------------------------------------------- search

_FISCAL_CODE = re.compile(r"(?<!\w)fy\d+\b")  # the one trigger that is no word ("fy2019")
_NUMBER_TOKEN = re.compile(r"\d+(?:s\b)?")


@lru_cache(maxsize=1)
def _token_categories() -> tuple[re.Pattern[str], re.Pattern[str] | None, dict[str, tuple[str, ...]]]:
    """The trigger words' search, the same search after a non-word character (None unless every
    word starts and ends with a word character), and word -> its categories."""
    cats: dict[str, list[str]] = {}
    for cat, words in trigger_words().items():
        for w in words:
            cats.setdefault(w, []).append(cat)
    body = alternation(cats) + "|" + _FISCAL_CODE.pattern.removeprefix(r"(?<!\w)").removesuffix(r"\b")
    words_re = re.compile(r"\b(?:" + body + r")\b")
    # A word starting at a word boundary follows a non-word character (or starts the text): a
    # pattern that opens with that character class is searched by the regex engine's fast scan,
    # which a leading \b prevents (it tries every position).
    after_gap = re.compile(r"\W(" + body + r")\b") if all(re.fullmatch(r"\w(?:.*\w)?", w, re.S) for w in cats) else None
    return words_re, after_gap, {w: tuple(c) for w, c in cats.items()}


@lru_cache(maxsize=1)
def _gapped_automaton():
    """An Aho-Corasick automaton (``pyahocorasick``) of the trigger words with each non-word character
    made a space and a space on either side (" a m " for "a.m"), each key's value (the words' length,
    the words, whether a hit must be compared with them); and the table that makes ASCII non-word
    characters spaces."""
    import ahocorasick

    table = str.maketrans({c: " " for c in map(chr, range(128)) if not (c.isalnum() or c == "_")})
    keys: dict[str, list[str]] = {}
    for w in _token_categories()[2]:
        keys.setdefault(" " + w.translate(table) + " ", []).append(w)
    automaton = ahocorasick.Automaton()
    for key, words in keys.items():
        automaton.add_word(key, (len(key) - 2, tuple(words), words != [key[1:-1]]))
    automaton.make_automaton()
    return automaton, table


def _trigger_words(low: str) -> list[tuple[str, tuple[int, int]]]:
    """Each trigger word in ``low`` with its span, as ``words_re.finditer`` finds them.

    From one Aho-Corasick pass over the text with its non-word characters made spaces (re's ``\\w``
    is ``str.isalnum()`` or "_"), padded with a space at each end, for the words with a space on
    either side: only whole words are hits (a scan for the bare words met five times as many inside
    other words, each rejected in Python). In a text that is not ASCII, a non-ASCII character is a
    space there, so a hit's ends are checked again; a dotted word's hit ("a m") is compared with the
    word. At each start the longest word, then left to right the starts after the end of the last
    word taken, which is what the regex's longest-first alternation finds.
    """
    words_re, after_gap, _ = _token_categories()
    if after_gap is None:
        return [(m.group(), m.span()) for m in words_re.finditer(low)]
    automaton, table = _gapped_automaton()
    plain = low.isascii()
    gapped = " " + (low if plain else low.encode("ascii", "replace").decode("ascii")).translate(table) + " "
    longest: dict[int, int] = {}  # start -> end of the longest word standing there
    n = len(low)
    for end, (size, words, compare) in automaton.iter(gapped):
        start, end = end - size - 1, end - 1  # (gapped[i + 1] is low[i]; the key ends with a space)
        if compare and low[start:end] not in words:
            continue
        if not plain:
            if start:
                c = low[start - 1]
                if c.isalnum() or c == "_":
                    continue
            if end < n:
                c = low[end]
                if c.isalnum() or c == "_":
                    continue
        if longest.get(start, -1) < end:
            longest[start] = end
    if "fy" in low:  # tried after the words, where none stands
        for m in _FISCAL_CODE.finditer(low):
            longest.setdefault(m.start(), m.end())
    found = []
    last = -1
    for start in sorted(longest):
        if start > last:  # (the regex went on from the end of the last word)
            last = longest[start]
            found.append((low[start:last], (start, last)))
    return found


_DIGIT_RUN = re.compile(r"\d+")
_ZEROS = re.compile("0+")
_DIGITS_TO_ZERO = str.maketrans("123456789", "0" * 9)


def digit_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of digits (``\\d+``) of ``text``; the same in its :func:`lower_text`.

    In ASCII text the digits are ``0-9``: made all "0", each run's start is a ``str.find`` (at
    string-search speed) and its end a match of "0+"; the regex scan tried every character. Other
    text is read so as ASCII (its other characters "?") unless one of them is a digit (``\\d`` is
    ``str.isdecimal``).
    """
    if not text.isascii():
        plain = text.encode("ascii", "replace").decode("ascii")
        i = plain.find("?")
        while i != -1:  # (a few characters: "£", "’")
            if text[i].isdecimal():
                return [m.span() for m in _DIGIT_RUN.finditer(text)]
            i = plain.find("?", i + 1)
        text = plain
    zeros = text.translate(_DIGITS_TO_ZERO)
    find, match = zeros.find, _ZEROS.match
    out = []
    start = find("0")
    while start != -1:
        end = match(zeros, start).end()
        out.append((start, end))
        start = find("0", end)
    return out


def _triggers(low: str, runs: list[tuple[int, int]] | None = None) -> dict[str, list[tuple[int, int]]]:
    """Positions of trigger words and numbers by category (two fast scans of the text; ``runs``:
    its :func:`digit_runs` when they are known)."""
    table = _token_categories()[2]
    out: dict[str, list[tuple[int, int]]] = {}
    for w, span in _trigger_words(low):
        for c in table.get(w, ("FISCAL",)):
            out.setdefault(c, []).append(span)
    nums = out.setdefault("NUM", [])
    years = out.setdefault("Y4", [])
    decades = out.setdefault("DECADE", [])
    pod = out.setdefault("POD", [])
    pod_glued: list[tuple[int, int]] = []
    n = len(low)
    # each match of _NUMBER_TOKEN: a run of digits, with an "s" that ends a word ("1990s")
    for s, e in digit_runs(low) if runs is None else runs:
        if e < n and low[e] == "s" and (e + 1 == n or not (low[e + 1].isalnum() or low[e + 1] == "_")):
            span = (s, e + 1)
            nums.append(span)
            if low.startswith(("am", "pm", "a.m", "p.m", "hrs", "hours", "h "), e + 1):
                pod_glued.append(span)  # "10.30am", "05:30hrs": no word boundary before the unit
            decades.append(span)
            if e + 1 - s == 5:
                years.append(span)
            continue
        span = (s, e)
        nums.append(span)
        if low.startswith(("am", "pm", "a.m", "p.m", "hrs", "hours", "h "), e):
            pod_glued.append(span)
        if e - s == 4 and low[s] in "12":
            years.append(span)
    decades.sort()  # words ("nineties") and numbers ("1990s") were collected separately
    if pod_glued:
        pod.extend(pod_glued)
        pod.sort()
    return out


def _segments(spans: list[tuple[int, int]], before: int, after: int, n: int) -> list[tuple[int, int]]:
    """Merged windows ``[start - before, end + after)`` around sorted trigger spans (clipped to the text)."""
    if not spans:
        return []
    segs: list[tuple[int, int]] = []
    lo, hi = spans[0][0] - before, spans[0][1] + after
    for s, e in spans:  # sorted by start; clipping after merging merges the same windows
        if s - before <= hi:
            if e + after > hi:
                hi = e + after
        else:
            segs.append((lo if lo > 0 else 0, hi if hi < n else n))
            lo, hi = s - before, e + after
    segs.append((lo if lo > 0 else 0, hi if hi < n else n))
    return segs


def lower_text(text: str) -> str:
    """``text.lower()`` with the same length (characters whose lower case is longer stay)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def _rare(literal: str) -> bool:
    """Whether a literal is worth looking for in a window (not a short common word like "the")."""
    return len(literal) >= 4 or not literal.replace(" ", "").isalnum()


@lru_cache(maxsize=1)
def _literal_sets() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Per rule (in :func:`rules` order): the sets of rare literals of which its every match contains
    one, or which a look-ahead of it must see (:func:`~communique.text.regex_trie.required_literals`),
    fewest and longest first."""
    out = []
    for rule in rules():
        sets = {tuple(sorted(s)) for s in required_literals(rule.regex, lookahead=True) if all(map(_rare, s))}
        out.append(tuple(sorted(sets, key=lambda s: (len(s), -min(map(len, s)), s))))
    return tuple(out)


@lru_cache(maxsize=1)
def _window_needs() -> tuple[tuple[tuple[str, ...], ...], ...]:
    """Per rule: up to two sets of :func:`_literal_sets` of at most five literals: a window that
    lacks all of one set cannot hold a match, and a ``str.find`` is much cheaper than the regex search."""
    return tuple(tuple([s for s in sets if len(s) <= 5][:2]) for sets in _literal_sets())


def _holds(find, needs: tuple[tuple[str, ...], ...], a: int, b: int) -> bool:
    """Whether ``text[a:b]`` (``find`` is the text's) holds a literal of each set of ``needs``."""
    for options in needs:
        for w in options:
            if find(w, a, b) != -1:
                break
        else:
            return False
    return True


_Step = tuple[int, Rule, Callable, Callable, "str | int", "Callable | None", tuple]


@lru_cache(maxsize=8)
def _plan(genre: str) -> tuple[tuple[tuple[str, ...], int, int, tuple[_Step, ...]], ...]:
    """The rules that run in ``genre`` by the windows they search, in the order of the first rule of
    each: (trigger categories, before, after, and per rule (priority, rule, its regex's search and
    finditer, group, check, window needs))."""
    by_window: dict[tuple, list[_Step]] = {}
    for prio, (rule, needs) in enumerate(zip(rules(), _window_needs())):
        if not rule.genres or genre in rule.genres:
            by_window.setdefault((rule.triggers, rule.before, rule.after), []).append(
                (prio, rule, rule.regex.search, rule.regex.finditer, rule.group, rule.check, needs))
    return tuple((cats, before, after, tuple(steps)) for (cats, before, after), steps in by_window.items())


def candidates(text: str, genre: str = "news", *, runs: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Non-overlapping rule matches, the longest winning (earlier rules break ties); ``runs``: the
    text's :func:`digit_runs` when they are known."""
    found: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    low = lower_text(text)
    trig = _triggers(low, runs)
    n = len(text)
    find = low.find
    # Rules that share their windows are tried one after the other, a window without a trigger word
    # skipping them all (most windows in most texts); the order of the rules does not matter, as the
    # matches are sorted by (length, priority, start) below and one rule's own stay in their order.
    for cats, before, after, steps in _plan(genre):
        if len(cats) == 1:
            spans = trig.get(cats[0])  # already in text order
        else:
            spans = sorted(sp for c in cats for sp in trig.get(c, ()))
        if not spans:
            continue
        segs = _segments(spans, before, after, n)
        for prio, rule, search, finditer, group, check, needs in steps:
            for a, b in segs:
                if needs:  # (_holds, inlined: it runs for every window)
                    for options in needs:
                        for w in options:
                            if find(w, a, b) != -1:
                                break
                        else:
                            break
                    else:
                        options = None
                    if options is not None:
                        continue  # a set none of whose literals the window holds
                m = search(low, a, b)
                if m is None:
                    continue  # (most windows: one search, no iterator)
                for m in chain((m,), finditer(low, m.end(), b)) if m.end() > m.start() else finditer(low, a, b):
                    s, e = m.span(group)
                    if e <= s:
                        continue
                    if check is not None and not check(m, text):
                        continue
                    found.append((s, e, prio, rule, m))
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[Candidate] = []
    starts: list[int] = []
    for s, e, _, rule, m in found:
        i = bisect.bisect_right(starts, s)
        if i > 0 and taken[i - 1][1] > s:
            continue
        if i < len(taken) and taken[i][0] < e:
            continue
        starts.insert(i, s)
        taken.insert(i, (s, e))
        out.append(Candidate(s, e, rule, m))
    out.sort(key=lambda c: c.start)
    return out
