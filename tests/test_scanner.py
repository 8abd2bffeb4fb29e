"""The Aho-Corasick pre-scan (communique.events.scanner) finds exactly what the regexes it stands for find:
actor mentions and trigger matches with and without it agree on texts made of the words they are built from."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique.events import scanner


def test_case_folding_needs_no_other_guard():
    """Every character a case-insensitive ``re`` matches to an ASCII letter lower-cases to that letter, is one
    of the guarded characters, or changes the text's length when lower-cased (then the text is scanned the
    slow way)."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if letter.fullmatch(ch) and not (ch.lower().isascii() and len(ch.lower()) == 1):
            assert scanner._FOLD_UNSAFE.match(ch) or len(ch.lower()) != 1, f"U+{code:04X}"


def test_finditer_at_the_starts_is_finditer():
    pattern = re.compile(r"(?<!\w)(?:[Tt]he\s+)?(?:Kremlin|Kyiv|Kyivstar)")
    text = "The Kremlin and Kyiv; Kyivstar, the  Kremlin, theKremlin, the\nthe Kremlin"
    sc = scanner.Scanner({"p": pattern})
    assert [m.span() for m in sc.finditer("p", text, sc.starts(text))] == [m.span() for m in pattern.finditer(text)]


def test_keys_read_from_the_pattern():
    keys = scanner.pattern_keys
    assert keys(re.compile(r"(?:[Ff]ormer\s+)?(?:[Tt]he\s+late\s+)?President")) == [
        ("Former", False), ("President", False), ("former", False), ("late", True)]
    assert keys(re.compile(r"(?:North[^\S\n]+Korea|N\.\s*Korea)")) == [("N.", False), ("North", False)]
    assert keys(re.compile(r"\bwill(?:\s+have)?\s+to", re.I)) == [("will", False)]
    assert keys(re.compile(r"(?:a|\w)b")) is None  # a match may start with any word character
    assert keys(re.compile(r"(?i:x)y")) is None  # a case flag inside: not read


def test_unsafe_text_is_scanned_by_the_pattern():
    sc = scanner.Scanner({"p": re.compile(r"\bvisit", re.IGNORECASE)})
    assert sc.starts("He VISITED Kyiv") == {"p": [3]}
    assert sc.starts("ſtate visit") is None  # a long s matches "s" in re's IGNORECASE
    assert sc.starts("İstanbul visit") is None  # lower-cased, the dotted capital I is two characters


def test_a_case_insensitive_pattern_with_other_keys_scans_the_text():
    sc = scanner.Scanner({"p": re.compile("visité", re.IGNORECASE), "q": re.compile("visit", re.IGNORECASE)})
    assert sc.names == ("q",) and sc.starts("VISITÉ") == {"q": [0]}
    assert [m.group() for m in sc.finditer("p", "VISITÉ", sc.starts("VISITÉ"))] == ["VISITÉ"]
    with pytest.raises(ValueError):
        scanner.Scanner({"p": re.compile("a"), "q": re.compile("b", re.IGNORECASE)})


_PIECES = ["the", "The", "former", "Former", "late", "ex-", "then-", "acting", "President", "president", "Prime Minister",
           "Foreign Minister", "foreign minister", "leader", "Russia", "Russian", "Russia's", "North Korea", "Kremlin",
           "White House", "Hague", "Kim", "Jong-un", "Kim Jong-un", "Putin", "Vladimir Putin", "Biden", "Joe", "Hunter",
           "Xi", "Jinping", "UN", "Secretary-General", "Guterres", "US", "UK", "government", "forces", "of", "met",
           "visited", "visit", "talks", "with", "in", "Kyiv", "Moscow", "said", "Jr", "Staff", "General", "Mr", "'s",
           ",", ".", "\n", "  ", " ", "-", "Pyongyang", "Ukraine", "Ukrainian", "imposed", "sanctions", "on", "broke off",
           "diplomatic", "relations", "called on", "CALLED", "VISIT", "Visits", "ceasefire", "to", "leave", "ordered"]


def _text(pieces: list[str]) -> str:
    return "".join(p if p in (",", ".", "\n", "  ", " ", "'s", "-") else " " + p for p in pieces)


_texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=40).map(_text)


def _without_scanner(scanner, run):
    """``run()`` with every pattern of ``scanner`` scanning the whole text (as before the scanner)."""
    scanner.starts = lambda text: None
    try:
        return run()
    finally:
        del scanner.starts


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_actor_mentions_as_without_the_scanner(text):
    from communique.events import actors

    fast = actors._scan(text, "2023-06-01")
    assert fast == _without_scanner(actors._scanner(), lambda: actors._scan(text, "2023-06-01"))


_PRONOUN_PIECES = ["He", "he", "She", "she", "His", "his", "Her", "her", "Him", "him", "Its", "its", "It", "it", "Hers",
                   "this", "shed", "item", "I", "S", "h", "the", "-", "'", "_", "1", " ", ".", "\n", "é", "Hé", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PRONOUN_PIECES), max_size=30).map("".join))
def test_pronoun_pattern_opening_with_its_letter_matches_as_the_plain_one(text):
    from communique.events.document import _PRONOUN

    plain = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Ii]ts|[Ii]t)\b")
    assert [m.span() for m in _PRONOUN.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Kim", "Kim-Jong", "Jong", "Kimberly", "Xi", "-", " ", ".", "_", "1", "é", "Ki"]), max_size=20)
       .map("".join), st.sets(st.sampled_from(["Kim", "Kim-Jong", "Jong", "Xi", "Ki", "im"]), min_size=1))
def test_word_spans_as_the_alternation(text, words):
    from communique.text.regex_trie import alternation

    pattern = re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])")
    assert list(scanner.word_spans(text, words)) == [m.span() for m in pattern.finditer(text)]


# --- quick_start: a pattern behind a look-ahead on its first characters finds the same matches

def test_quick_start_reads_the_first_characters_or_leaves_the_pattern():
    from communique.text.regex_trie import quick_start

    assert quick_start(re.compile(r"\b(?:the\s+)?(?:visit|met)\b", re.I)).pattern == \
        r"(?=[mtv])(?:\b(?:the\s+)?(?:visit|met)\b)"
    assert quick_start(re.compile(r"\s*(?:;|,\s*and)")).pattern.startswith(r"(?=[,;\s])")
    assert quick_start(re.compile(r"(?<![\w])\d+(?:st|nd)?")).pattern.startswith(r"(?=[\d])")
    for unchanged in (r"[^a]b", r".b", r"a?", r"(?i:a)b", r"(a)?(?(1)b|c)", r"x*"):
        pattern = re.compile(unchanged)
        assert quick_start(pattern) is pattern  # a negated set, any character, a local flag, a conditional, empty
    verbose = re.compile("a # a comment", re.VERBOSE)
    assert quick_start(verbose) is verbose


def _plain_patterns() -> list[re.Pattern]:
    """The cue lists (in two of their templates) and the timex rules as plain patterns, without the look-ahead."""
    from importlib import resources

    from communique.events.lexicon import cue, cue_regex
    from communique.timex.lexicon import expand, fragments, rule_table

    names = sorted(p.name[:-4] for p in resources.files("communique.events").joinpath("data", "cues").iterdir()
                   if p.name.endswith(".txt"))
    out = []
    for name in names:
        for template in (r"\b{}\b", r"\b{}\s+(?:\w+\s+){0,2}$"):
            out.append(re.compile(template.replace("{}", cue_regex(name)), re.IGNORECASE))
            assert cue(name, template).pattern.endswith(out[-1].pattern + ")")  # what the wing searches with
    return out + [re.compile(r"(?<![\w])(?:" + expand(spec["pattern"], fragments()) + ")") for spec in rule_table()["rule"]]


_CUE_PIECES = _PIECES + ["launched", "carried out", "imposing", "aid", "Since", "amid", "according to", "court in",
                         "efforts to", "warned", "is", "was", "We", "our", "yesterday", "Monday", "last week", "2019",
                         "1990s", "january", "a.m.", "ago", "fy2020", "Q3", "'", "“", "said", "tanks", "grain"]


_PLAIN: list[re.Pattern] = []


@pytest.fixture(scope="module", autouse=True)
def _plain():
    _PLAIN[:] = _plain_patterns()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), min_size=1, max_size=40).map(_text))
def test_quick_start_finds_the_cues_and_timex_rules_as_the_plain_patterns(text):
    from communique.text.regex_trie import quick_start

    for pattern in _PLAIN:
        fast = quick_start(pattern)
        for t in (text, text.lower()):
            assert [(m.span(), m.groups()) for m in fast.finditer(t)] == [(m.span(), m.groups()) for m in pattern.finditer(t)]
            for lo in (0, len(t) // 3):
                slow, quick = pattern.search(t, lo, len(t) - 2), fast.search(t, lo, len(t) - 2)
                assert (slow and slow.span()) == (quick and quick.span())


_WORD_PIECES = ["the", "The", "his", "Its", "alliance", "country", "of", "bloc", "-", "'", "’", "'s", "x", "_", "1", " ", "  ",
                ".", ",", "\n", "é", "Hé", "U.S", "said", "—"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=20).map("".join), st.integers(0, 45))
def test_anaphor_and_previous_word_read_fast_as_the_plain_patterns(text, back):
    from communique.events.clauses import prev_word
    from communique.events.document import _ANAPHOR

    plain = re.compile(r"\b(?P<det>[Tt]he|[Hh]is|[Hh]er|[Ii]ts)\s+(?P<head>alliance|bloc|union|organi[sz]ation|country|"
                       r"kingdom|republic)\b(?!\s+(?:of|that|which|where|whose)\b)")
    assert [(m.span(), m.groupdict()) for m in _ANAPHOR.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    floor = max(0, len(text) - back)
    m = re.search(r"([\w'’-]+)\W*$", text[max(floor, len(text) - 40):])
    assert prev_word(text, len(text), floor) == (m.group(1).lower() if m else "")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "1", "_", " ", "'", "‘", '"', "“", ".", "é", "’"]), max_size=10).map("".join),
       st.integers(0, 4))
def test_quote_mark_opening_with_its_class_finds_what_the_plain_pattern_finds(text, lo):
    from communique.events.extract import _QUOTE_MARK

    plain = re.compile(r"[‘\"“]|(?<!\w)'")
    fast, slow = _QUOTE_MARK.search(text, min(lo, len(text))), plain.search(text, min(lo, len(text)))
    assert (fast and fast.span()) == (slow and slow.span())
