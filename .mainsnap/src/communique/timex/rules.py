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
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from communique.text.regex_trie import alternation
from communique.timex.checks import CHECKS
from communique.timex.context import Context, Result
from communique.timex.handlers import NORMALISERS
from communique.timex.lexicon import expand, fragments, rule_table, trigger_words


@dataclass(frozen=True)
class Candidate:
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
    """Compile a rule: it runs over lower-cased text and starts at a word boundary."""
    return re.compile(r"(?<![\w])(?:" + pattern + ")")


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

_NUMBER_TOKEN = re.compile(r"\d+(?:s\b)?")


@lru_cache(maxsize=1)
def _token_categories() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    cats: dict[str, list[str]] = {}
    for cat, words in trigger_words().items():
        for w in words:
            cats.setdefault(w, []).append(cat)
    words_re = re.compile(r"\b(?:" + alternation(cats) + r"|fy\d+)\b")
    return words_re, {w: tuple(c) for w, c in cats.items()}


def _triggers(low: str) -> dict[str, list[tuple[int, int]]]:
    """Positions of trigger words and numbers by category (two fast scans of the text)."""
    words_re, table = _token_categories()
    out: dict[str, list[tuple[int, int]]] = {}
    for m in words_re.finditer(low):
        w = m.group()
        for c in table.get(w, ("FISCAL",)):
            out.setdefault(c, []).append(m.span())
    nums = out.setdefault("NUM", [])
    years = out.setdefault("Y4", [])
    decades = out.setdefault("DECADE", [])
    pod = out.setdefault("POD", [])
    pod_glued: list[tuple[int, int]] = []
    for m in _NUMBER_TOKEN.finditer(low):
        w = m.group()
        span = m.span()
        nums.append(span)
        if low.startswith(("am", "pm", "a.m", "p.m", "hrs", "hours", "h "), span[1]):
            pod_glued.append(span)  # "10.30am", "05:30hrs": no word boundary before the unit
        if w[-1] == "s":
            decades.append(span)
            if len(w) == 5:
                years.append(span)
        elif len(w) == 4 and w[0] in "12":
            years.append(span)
    decades.sort()  # words ("nineties") and numbers ("1990s") were collected separately
    if pod_glued:
        pod.extend(pod_glued)
        pod.sort()
    return out


def _segments(spans: list[tuple[int, int]], before: int, after: int, n: int) -> list[tuple[int, int]]:
    """Merged windows ``[start - before, end + after)`` around sorted trigger spans."""
    segs: list[tuple[int, int]] = []
    for s, e in spans:  # sorted by start
        a, b = max(0, s - before), min(n, e + after)
        if segs and a <= segs[-1][1]:
            if b > segs[-1][1]:
                segs[-1] = (segs[-1][0], b)
        else:
            segs.append((a, b))
    return segs


def lower_text(text: str) -> str:
    """``text.lower()`` with the same length (characters whose lower case is longer stay)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def candidates(text: str, genre: str = "news") -> list[Candidate]:
    """Non-overlapping rule matches, the longest winning (earlier rules break ties)."""
    found: list[tuple[int, int, int, Rule, re.Match[str]]] = []
    low = lower_text(text)
    trig = _triggers(low)
    n = len(text)
    for prio, rule in enumerate(rules()):
        if rule.genres and genre not in rule.genres:
            continue
        cats, before, after = rule.triggers, rule.before, rule.after
        if len(cats) == 1:
            spans = trig.get(cats[0])  # already in text order
        else:
            spans = sorted(sp for c in cats for sp in trig.get(c, ()))
        if not spans:
            continue
        for a, b in _segments(spans, before, after, n):
            for m in rule.regex.finditer(low, a, b):
                s, e = m.span(rule.group)
                if e <= s:
                    continue
                if rule.check is not None and not rule.check(m, text):
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
