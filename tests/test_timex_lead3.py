"""Timex classes found with the lead's own probe headlines (none from a corpus), session 2026-12-03."""

from __future__ import annotations

import pytest

from communique.timex import tag


@pytest.mark.parametrize("text, value", [
    # a headline's "X to <verb>" is a plan: its weekday is the coming one (the publication day is a Tuesday)
    ("Zelensky to meet Biden at White House on Thursday", "2023-11-16"),
    ("EU to impose sanctions on Friday", "2023-11-17"),
    ("US and UK to hold talks in London on Monday", "2023-11-20"),
    # a sentence with its finite verb keeps its tense, a headline without "to" too
    ("Officials expected Zelensky to meet Biden on Thursday.", "2023-11-09"),
    ("Blinken in Beijing on Monday for talks", "2023-11-13"),
])
def test_a_headline_infinitive_is_a_plan_ahead(text, value):
    assert [t.value for t in tag(text, "2023-11-14")] == [value]
