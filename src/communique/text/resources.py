"""Language resources: every one the default analysis needs ships in a PyPI wheel.

The default analysis reads no NLTK data, so it gives the same bytes on a fresh machine and on
one with every NLTK data package installed:

- stop words: the bundled list (``data/stopwords_en.txt``, NLTK's English list);
- lemmas: ``lemminflect``'s dictionary (noun reading first, then verb, then adjective);
- stems: NLTK's Snowball stemmer (code, no data);
- sentences: the project's own splitter with its bundled abbreviations (:mod:`communique.text.tokens`);
- VADER's lexicon: the ``vaderSentiment`` wheel (:mod:`communique.words.tone`);
- the general-English keyness reference: ``wordfreq`` (:mod:`communique.words.keywords`).

NLTK data is an optional extra that a user asks for by name (``--reference brown``): :func:`has`
tells whether a package is installed, :func:`download` fetches it on request. Library code never
downloads, and never switches silently to NLTK data because it happens to be installed.

>>> list(NLTK_PACKAGES)
['brown']
>>> lemma = lemmatizer()
>>> [lemma(w) for w in ("talks", "met", "visited", "meeting", "paris", "emissions")]
['talk', 'meet', 'visit', 'meeting', 'paris', 'emission']
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from importlib import resources as importlib_resources

# Optional NLTK data packages (asked for by name) -> the resource path nltk.data.find looks up.
NLTK_PACKAGES: dict[str, str] = {
    "brown": "corpora/brown",
}

DOWNLOAD_COMMAND = "communique data download"

# Set by tests (and by users who want to be sure) to ignore installed NLTK data.
DISABLE_ENV = "COMMUNIQUE_NO_NLTK_DATA"


def data_disabled() -> bool:
    """True when ``COMMUNIQUE_NO_NLTK_DATA`` asks to behave as if no NLTK data were installed."""
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
    """Whether an optional NLTK data package is installed (``False`` when disabled)."""
    if data_disabled():
        return False
    return _find(package) is not None


def find(package: str) -> str:
    """Where an optional NLTK data package is; :class:`LookupError` naming the fetch command if absent."""
    where = None if data_disabled() else _find(package)
    if where is None:
        raise LookupError(f"NLTK data package {package!r} not found; fetch it once with: "
                          f"{DOWNLOAD_COMMAND} {package}")
    return where


def status() -> dict[str, str | None]:
    """Where each optional package was found (``None`` when missing)."""
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
    """Forget where optional NLTK data was found (tests switch it on and off)."""
    _find.cache_clear()


@functools.cache
def stopwords() -> frozenset[str]:
    """English stop words: the bundled list, plus the clitics the tokeniser splits off.

    >>> "the" in stopwords() and "'s" in stopwords() and "korea" not in stopwords()
    True
    """
    return frozenset(bundled_stopwords()) | {"'s", "n't", "'re", "'ve", "'ll", "'d", "'m"}


def bundled_stopwords() -> list[str]:
    """The stop-word list shipped with communique (NLTK's English list)."""
    text = importlib_resources.files("communique.text").joinpath("data/stopwords_en.txt").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# Parts of speech tried in turn, as WordNet's lemmas were: a noun reading keeps its noun lemma
# ("meeting", "talks" -> "talk"), words known only as verbs get the verb lemma ("met" -> "meet").
# Adjectives keep their form ("better", "latest": comparison matters in news).
_LEMMA_POS = ("NOUN", "VERB")


@functools.cache
def lemmatizer():
    """A callable ``word -> lemma`` from lemminflect's dictionary (words it lacks stay as they are):
    what ``lemminflect.getLemma(word, upos=pos, lemmatize_oov=False)`` gives for the first part of
    speech that has one, looked up in :func:`_lemma_tables`.

    lemminflect agrees with WordNet's lemmas on 95.4% of the content-word tokens of the BBC
    corpus, simplemma on 88.1% (simplemma capitalises names, "playing" -> "playe").
    """
    from lemminflect.core.LexicalUtils import applyCapsStyle, getCapsStyle

    table, overrides = _lemma_tables()
    none: dict[str, tuple[str, ...]] = {}

    def lemma(word: str) -> str:
        key = word.lower()
        found, override = table.get(key, none), overrides.get(key, none)
        for pos in _LEMMA_POS:
            forms = override.get(pos, found.get(pos))  # lemminflect lets an override replace the entry
            if forms is not None:
                style = getCapsStyle(word)
                return applyCapsStyle(forms[0], style)
        return word

    return lemma


@functools.cache
def _lemma_tables() -> tuple[dict[str, dict[str, tuple[str, ...]]], dict[str, dict[str, tuple[str, ...]]]]:
    """lemminflect's lemma table (``word -> {upos: forms}``, the parts of speech of
    :data:`_LEMMA_POS` only) and its overrides, as its ``Lemmatizer`` loads them but read in one
    pass: its line-by-line gzip reader took 0.16 s of every run, before any worker could start."""
    import gzip

    from lemminflect import config
    from lemminflect.codecs.OverridesCodec import OverridesCodec

    with open(config.lemma_lu_fn, "rb") as f:
        text = gzip.decompress(f.read()).decode()
    wanted = {pos.lower() for pos in _LEMMA_POS}  # the file's categories; lemminflect upper-cases them
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in text.split("\n"):
        if not line:
            continue
        word, category, forms = line.strip().split(",")
        if category.lower() in wanted:
            table.setdefault(word, {})[category.upper()] = tuple(forms.split("/"))
    return table, OverridesCodec.load(config.lemma_overrides_fn)


@functools.cache
def stemmer():
    """A callable ``word -> stem`` (Snowball English; needs no data)."""
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english").stem
