"""Scanner.starts after its hits are grouped per bit set (issue 19): patterns that share keys, keys after "the",
and patterns that open after no word character all get every start their own matches have, and finditer gives
the plain finditer's matches. Sentences in my own words."""

from __future__ import annotations

import re

from communique.events.scanner import Scanner

TEXTS = [
    "The Kremlin said Kyiv had rejected the offer; the  Kremlin later denied it.",
    "Ministers have imposed sanctions and had paid a visit, then made a deal with the Hague.",
    "Paid-up members paying dues: THE KREMLIN and kremlinology are not the same, nor is ha or pa.",
    "",
]
SENSITIVE = {
    "alias": re.compile(r"(?<![\w-])(?:[Tt]he\s+Kremlin|Kyiv|[Tt]he\s+Hague)"),
    "shared": re.compile(r"\b(?:Kyiv|Kremlin)\s+\w+"),  # keys shared with "alias", other bits
    "name": re.compile(r"Minist(?:ers|ry)|Paid"),
}
FOLDED = {
    "light": re.compile(r"(?:ha(?:ve|s|d)|pa(?:y|id|ying)|ma(?:de|ke))\s+\w+", re.IGNORECASE),
    "word": re.compile(r"(?<![\w-])(?:visit|deal|sanctions?)", re.IGNORECASE),
    "the_word": re.compile(r"\b(?:the\s+)?kremlin\b", re.IGNORECASE),
}


def test_each_pattern_gets_every_start_of_its_matches_and_the_same_matches():
    for patterns in (SENSITIVE, FOLDED):
        scanner = Scanner(patterns)
        for text in TEXTS:
            begins = scanner.starts(text)
            assert begins is not None and set(begins) == set(patterns)
            for name, pattern in patterns.items():
                assert begins[name] == sorted(set(begins[name]))
                assert {m.start() for m in pattern.finditer(text)} <= set(begins[name]), (name, text)
                assert [m.span() for m in scanner.finditer(name, text, begins)] == \
                    [m.span() for m in pattern.finditer(text)], (name, text)


def test_a_pattern_without_hits_gets_no_starts():
    scanner = Scanner(FOLDED)
    begins = scanner.starts("Nothing of that kind here.")
    assert begins["word"] == [] and begins["the_word"] == []
