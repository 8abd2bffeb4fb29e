"""The lemmatiser reads lemminflect's table itself and gives what lemminflect's getLemma gives."""

from __future__ import annotations

import gzip

import pytest

from communique.text import resources


def _lemminflect_lemma(word: str) -> str:
    from lemminflect import getLemma

    for pos in ("NOUN", "VERB"):
        forms = getLemma(word, upos=pos, lemmatize_oov=False)
        if forms:
            return forms[0]
    return word


def _vocabulary() -> list[str]:
    from lemminflect import config

    words = {"talks", "met", "visited", "meeting", "Paris", "EMISSIONS", "'s", "n't", "ca", "wo", "", "x"}
    with gzip.open(config.lemma_lu_fn, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % 20 == 0:  # a twentieth of the table (every category), as written and in capitals
                word, _, forms = line.strip().split(",")
                words.update([word, word.upper(), word.capitalize(), *forms.split("/")])
    with open(config.lemma_overrides_fn, encoding="utf-8") as f:
        words.update(line.split(",")[0] for line in f if line.strip() and not line.startswith("#"))
    return sorted(words)


def test_same_lemmas_as_lemminflect():
    pytest.importorskip("lemminflect")
    lemma = resources.lemmatizer()
    differ = [(w, _lemminflect_lemma(w), lemma(w)) for w in _vocabulary() if lemma(w) != _lemminflect_lemma(w)]
    assert differ == []
