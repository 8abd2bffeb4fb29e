"""Regex alternations of many words, built as a trie so that matching stays fast.

Python's ``re`` tries the alternatives of ``a|b|c`` one by one, so a flat alternation of
thousands of names or trigger words costs thousands of attempts at every position of a text.
Factoring common prefixes (``K(?:enya|orea)``) lets each position fail after one or two
character tests. Longer continuations are tried before a word ends, which gives the same match
as a flat alternation sorted longest first: two words can both match at one position only when
one is a prefix of the other.

>>> print(alternation(["Korea", "North Korea", "Kenya"]))
(?:K(?:enya|orea)|North\\ Korea)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


def alternation(words: Iterable[str], units: Callable[[str], list[str]] | None = None) -> str:
    """A non-capturing regex matching any of ``words`` (longest first).

    ``units`` turns a word into regex pieces, one per character (default: ``re.escape`` of each
    character), so that callers can let a space match any run of spaces, for example.
    """
    split = units or (lambda word: [re.escape(ch) for ch in word])
    trie: dict = {}
    for word in set(words):
        node = trie
        for unit in split(word):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _regex(trie)


def _regex(node: dict) -> str:
    branches = [unit + _regex(child) for unit, child in sorted(node.items()) if unit]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: longer continuations first (greedy), then stop
        return f"(?:{body})?"
    return body
