"""Patterns of the events wing rewritten for speed (issue 19) find what their plain forms find: the look-ahead
(quick_start) and first-letter forms, and the cheap tail searched before the restrictive-relative pattern."""

from __future__ import annotations

import re

import pytest

from communique.events import actors, document, extract
from communique.events.lexicon import cue_regex

TEXTS = [
    "The envoys who had met in Geneva returned. The lawmakers that visited Seoul left.\nA new line starts here.",
    "Officials in the South said the North fired a missile. The North Atlantic council met; the South China Sea.",
    "The crown prince met the minister. the Prime Minister of the island spoke, and THE FOREIGN MINISTER's aide left.",
    "Mr. Li arrived at 9 a.m. He said: \"We will go.\" The two leaders, who also spoke, had both joined talks.",
    "since the talks began in early May, ex-Soviet states and former members joined Kenya in condemning the move",
    "",
]

PLAIN = {
    "sentence end": (document._SENTENCE_END, re.compile(r"(?:(?<=\w\w)[.!?]['\"”’]?[^\S\n]+(?=[A-Z\"“‘])|\n)")),
    "half": (actors._HALF, re.compile(r"\b[Tt]he (North|South)\b(?![\w-]|\s+(?-i:[A-Z]))")),
    "role anaphor": (document._role_anaphor(), re.compile(
        r"\b[Tt]he\s+(?P<head>" + cue_regex("role_anaphors") + r")\b(?!\s+(?:of|for|to)\b|['’]s\b)", re.IGNORECASE)),
}


@pytest.mark.parametrize("name", sorted(PLAIN))
@pytest.mark.parametrize("text", TEXTS)
def test_fast_forms_find_the_plain_matches(name, text):
    fast, plain = PLAIN[name]
    for start in range(0, len(text) + 1, 7):  # (also from inside the text, as the finditer calls start)
        assert [(m.span(), m.groups()) for m in fast.finditer(text, start)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text, start)]


@pytest.mark.parametrize("text", TEXTS)
def test_the_relative_tail_is_in_every_restrictive_relative(text):
    found = 0
    for end in range(len(text) + 1):
        before = text[:end]
        if extract._RESTRICTIVE_RELATIVE.search(before):
            found += 1
            assert extract._RELATIVE_TAIL.search(before)
    if "who had " in text:
        assert found


def test_a_restrictive_relative_before_a_verb():
    before = "Turkey expelled ten envoys who had "
    m = extract._RESTRICTIVE_RELATIVE.search(before)
    assert extract._RELATIVE_TAIL.search(before) and m.group(1) == "Turkey expelled ten envoys"
