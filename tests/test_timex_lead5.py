"""Timex classes found with the lead's own probe sentences, session 2026-12-03 (third stop)."""

from __future__ import annotations

from communique.timex import tag


def value_of(text: str, dct: str, phrase: str) -> str:
    found = [t.value for t in tag(text, dct, genre="news") if t.text == phrase]
    assert found, (phrase, [(t.text, t.value) for t in tag(text, dct, genre="news")])
    return found[0]


def test_expected_in_a_place_points_ahead_but_not_after_than():
    # 2024-02-14 is a Wednesday
    assert value_of("The Russian foreign minister is expected in Ankara on Thursday.", "2024-02-14", "Thursday") == "2024-02-15"
    assert value_of("Elections are expected in June.", "2024-02-14", "June") == "2024-06"
    # a comparison with what was expected stays in the story's time
    assert value_of("Prices rose less than expected in January.", "2024-02-14", "January") == "2024-01"
