"""NLTK data: locate packages, download them on request, fall back without them.

Library code never downloads. It asks :func:`has` whether a package is installed;
when one is missing, :func:`warn_missing` warns once (naming the package and the
command that fetches it) and the caller uses a data-free equivalent.

>>> "punkt_tab" in NLTK_PACKAGES and "stopwords" in NLTK_PACKAGES
True
"""

from __future__ import annotations

import functools
import os
import warnings
from collections.abc import Iterable
from importlib import resources as importlib_resources

# package name -> the resource path nltk.data.find looks up.
NLTK_PACKAGES: dict[str, str] = {
    "punkt_tab": "tokenizers/punkt_tab/english/",
    "stopwords": "corpora/stopwords",
    "wordnet": "corpora/wordnet",
    "vader_lexicon": "sentiment/vader_lexicon.zip",
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng/",
    "maxent_ne_chunker_tab": "chunkers/maxent_ne_chunker_tab/",
    "brown": "corpora/brown",
}

DOWNLOAD_COMMAND = "communique data download"

# Set by tests (and by users who want the data-free mode) to ignore installed data.
DISABLE_ENV = "COMMUNIQUE_NO_NLTK_DATA"


class MissingResourceWarning(UserWarning):
    """An NLTK data package is missing; a data-free fallback is used instead."""


def data_disabled() -> bool:
    """True when ``COMMUNIQUE_NO_NLTK_DATA`` asks to behave as if no data were installed."""
    return os.environ.get(DISABLE_ENV, "") not in ("", "0", "false", "no")


@functools.cache
def _find(package: str) -> str | None:
    import nltk.data

    extra = os.environ.get("NLTK_DATA", "")
    for folder in extra.split(os.pathsep):
        # nltk reads NLTK_DATA at import time only; add it again in case it changed since.
        if folder and folder not in nltk.data.path:
            nltk.data.path.append(folder)
    resource = NLTK_PACKAGES.get(package, package)
    candidates = [resource]
    if not resource.endswith((".zip", "/")):
        candidates.append(resource + ".zip")
    for candidate in candidates:
        try:
            return str(nltk.data.find(candidate))
        except LookupError:
            continue
    return None


def has(package: str) -> bool:
    """Whether an NLTK data package is installed and usable (``False`` in data-free mode)."""
    if data_disabled():
        return False
    return _find(package) is not None


@functools.cache
def warn_missing(package: str, fallback: str) -> None:
    """Warn once per package that it is missing and which fallback replaces it."""
    warnings.warn(
        f"NLTK data package {package!r} not found; using {fallback} instead. "
        f"Fetch it once with: {DOWNLOAD_COMMAND} (or make data).",
        MissingResourceWarning,
        stacklevel=3,
    )


def status() -> dict[str, str | None]:
    """Where each needed package was found (``None`` when missing)."""
    return {name: (None if data_disabled() else _find(name)) for name in NLTK_PACKAGES}


def download(packages: Iterable[str] | None = None, *, target: str | None = None) -> list[str]:
    """Fetch NLTK data packages with NLTK's downloader (needs a network; never called by the library).

    Returns the packages that failed to download.
    """
    import nltk

    failed = []
    for name in packages or NLTK_PACKAGES:
        ok = nltk.download(name, download_dir=target, quiet=True, raise_on_error=False)
        if not ok:
            failed.append(name)
    _find.cache_clear()
    return failed


def reset_cache() -> None:
    """Forget what was found and warned (tests switch data on and off)."""
    _find.cache_clear()
    warn_missing.cache_clear()
    stopwords.cache_clear()
    lemmatizer.cache_clear()
    sentence_splitter.cache_clear()


@functools.cache
def stopwords() -> frozenset[str]:
    """English stop words: NLTK's list when installed, else the bundled copy.

    >>> "the" in stopwords() and "korea" not in stopwords()
    True
    """
    if has("stopwords"):
        from nltk.corpus import stopwords as nltk_stopwords

        words = set(nltk_stopwords.words("english"))
    else:
        warn_missing("stopwords", "the bundled English stop-word list")
        words = set(bundled_stopwords())
    # Clitics split off by the tokeniser are function words too.
    words |= {"'s", "n't", "'re", "'ve", "'ll", "'d", "'m"}
    return frozenset(words)


def bundled_stopwords() -> list[str]:
    """The stop-word list shipped with communique (same words as NLTK's English list)."""
    text = importlib_resources.files("communique.text").joinpath("data/stopwords_en.txt").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def lemmatizer():
    """A callable ``word -> lemma``: WordNet when installed, else the Snowball stemmer."""
    if has("wordnet"):
        from nltk.corpus import wordnet as wn

        # WordNetLemmatizer.lemmatize is min(wn._morphy(word, pos), key=len); calling morphy
        # directly avoids building Synset objects just to test whether a noun reading exists.
        morphy = getattr(wn, "_morphy", None) or (lambda word, pos: [m] if (m := wn.morphy(word, pos)) else [])

        def lemma(word: str) -> str:
            # Nouns keep their noun lemma ("meeting", "talks" -> "talk"); words WordNet knows
            # only as verbs get the verb lemma ("met" -> "meet", "visited" -> "visit").
            forms = morphy(word, "n") or morphy(word, "v")
            return min(forms, key=len) if forms else word

        return lemma
    warn_missing("wordnet", "the Snowball stemmer for lemmas")
    return stemmer()


@functools.cache
def stemmer():
    """A callable ``word -> stem`` (Snowball English; needs no data)."""
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english").stem


@functools.cache
def sentence_splitter():
    """A Punkt sentence splitter: trained English parameters when installed, else untrained."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    if has("punkt_tab"):
        from nltk.tokenize.punkt import PunktTokenizer

        return PunktTokenizer("english")
    warn_missing("punkt_tab", "Punkt without trained parameters")
    return PunktSentenceTokenizer()
