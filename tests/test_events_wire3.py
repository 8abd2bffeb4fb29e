"""Events: classes of failure found on the third wire set (benchmarks/events_dev/wire3.txt, its even half).

Every case is a sentence written for the class, none copied from the development items; each class has two or
more cases, and one that must stay as it is where the rule could over-reach.
"""

from __future__ import annotations

import pytest

from communique.events.extract import extract_events


def assert_coded(text: str, dct: str, expected: set) -> None:
    """The (source, target, code, speculative) rows the coder gives ``text`` are ``expected``."""
    table = extract_events(text, dct)
    got = {(r.source, r.target, r.cameo, bool(r.speculative)) for r in table.itertuples()}
    assert got == expected, table[["source", "target", "cameo", "speculative", "trigger"]].values.tolist()


DCT = "2024-05-17"  # a Friday


# Talks during a visit are part of the visit (EVENTS_GUIDELINES, granularity): a headline's "holds talks with"
# and the lead's "received ... in <own capital>", or a meeting noun in a "for" phrase of the visit, are one act.
@pytest.mark.parametrize("text, expected", [
    ("Modi holds talks with Kenyan president\nIndian Prime Minister Narendra Modi received Kenyan President "
     "William Ruto in New Delhi on Tuesday.", {("IND", "KEN", "043", False)}),
    ("Ramaphosa holds talks with Angolan leader\nSouth African President Cyril Ramaphosa travelled to Luanda "
     "on Monday to meet Angolan President Joao Lourenco.", {("ZAF", "AGO", "042", False)}),
    ("The Brazilian president arrived in Luanda for a state visit to Angola.", {("BRA", "AGO", "042", False)}),
    ("The Chilean president will fly to Madrid next week for a three-day state visit.", {("CHL", "ESP", "036", False)}),
    ("The Kenyan president arrived in Pretoria on Monday for talks with President Cyril Ramaphosa.",
     {("KEN", "ZAF", "042", False)}),
    # talks and a visit on two dates stay two acts
    ("Lula held talks with the Angolan president in March. Lula visited Angola on Tuesday.",
     {("BRA", "AGO", "046", False), ("BRA", "AGO", "042", False)}),
])
def test_talks_during_a_visit_are_the_visit(text, expected):
    assert_coded(text, DCT, expected)
