"""The timex trigger scan (one Aho-Corasick pass) finds what the trigger words' regex finds."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from communique.timex import rules as timex_rules


def _by_regex(low: str) -> list[tuple[str, tuple[int, int]]]:
    """The trigger words as the regex of the scan's words finds them, left to right."""
    words_re = timex_rules._token_categories()[0]
    return [(m.group(), m.span()) for m in words_re.finditer(low)]


def _pieces() -> list[str]:
    words = sorted(timex_rules._token_categories()[2])
    # words inside longer words, dotted words and codes, and characters \w counts or not
    return words + ["fy2019", "fy", "fy20x", "x", "é", "_", ".", "-", "a.m.", "b.c.e.", "1", "day_", "days", "todays",
                    "’", "\t", "\n", "½", "²", "ſ"]


def test_scan_matches_regex_on_joined_pieces():
    rnd = random.Random(19)
    pieces = _pieces()
    glue = ["", " ", ".", "-", "_", "é", "\n", "’", "1", "\t", "  ", "(", "'"]
    for _ in range(3000):
        parts = rnd.choices(pieces, k=rnd.randint(1, 12))
        low = "".join(p + rnd.choice(glue) for p in parts)
        assert timex_rules._trigger_words(low) == _by_regex(low), low


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_pieces()) | st.text(alphabet="ab .-_\n1é’", max_size=3), max_size=15))
def test_scan_matches_regex_on_any_text(parts):
    low = "".join(parts)
    assert timex_rules._trigger_words(low) == _by_regex(low)


def test_scan_examples():
    """Whole words only; the longest at a place; a dotted word once; "fy" with its year."""
    low = "on tuesday, a.m. 10 days fy2019 ((today)) sundays mayday may_ b.c.e. yesterday"
    words = [w for w, _ in timex_rules._trigger_words(low)]
    assert words == ["tuesday", "a.m", "days", "fy2019", "today", "b.c.e", "yesterday"]
