"""communique.events.warm_up: it compiles ahead what the coder compiles on first use, and changes
no result."""

from __future__ import annotations

from communique.events import extract_events, triggers, warm_up
from communique.events import lexicon
from communique.events.warm import _constant_cue_calls

TEXT = ("Ankara: The Turkish foreign minister flew to Baghdad on Tuesday and held talks with his Iraqi "
        "counterpart. Iraq later broke off diplomatic relations with Kuwait, and Egypt condemned the move.")


def _events():
    return extract_events(TEXT, doc_id="own").to_csv(index=False)


def test_warm_up_changes_no_event():
    before = _events()
    for cached in (triggers._phrases_headed, triggers._phrase_regex, lexicon.cue):
        cached.cache_clear()
    warm_up()
    assert _events() == before


def test_every_head_word_is_compiled():
    warm_up()
    heads = {f for _, forms, _ in triggers._phrase_parts()[1].values() for f in forms}
    assert triggers._phrases_headed.cache_info().currsize >= len(heads) > 100


def test_literal_cue_calls_are_found_and_compiled():
    from communique.events import coding

    calls = set(_constant_cue_calls(coding))
    assert ("meet_words",) in calls and any(len(c) == 2 and c[0] == "yield" for c in calls)
    lexicon.cue.cache_clear()
    warm_up()
    misses = lexicon.cue.cache_info().misses
    for args in calls:
        lexicon.cue(*args)
    assert lexicon.cue.cache_info().misses == misses  # all of them compiled by the warm-up
