"""The words wing's data files: VADER's lexicon (from the ``vaderSentiment`` wheel) and its edits.

>>> lexicon = vader_lexicon()
>>> lexicon["good"], "heart" in lexicon, lexicon[":p"]
(1.9, False, 1.4)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources as importlib_resources

OVERRIDES = "vader_overrides.txt"


@dataclass(frozen=True)
class Override:
    """One edit of VADER's lexicon: a new mean valence, or ``None`` to drop the entry."""

    entry: str
    valence: float | None
    example: str
    tone: str  # positive | negative | neutral: the example's tone with the edit


def _lines(name: str) -> list[list[str]]:
    text = importlib_resources.files("communique.words").joinpath("data", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def vader_overrides() -> tuple[Override, ...]:
    """The edits in ``data/vader_overrides.txt``."""
    out = []
    for fields in _lines(OVERRIDES):
        entry, value, example, tone = fields
        out.append(Override(entry, None if value == "drop" else float(value), example, tone))
    return tuple(out)


def wheel_lexicon_text() -> str:
    """The lexicon file of the ``vaderSentiment`` wheel, unchanged (``word<TAB>mean<TAB>sd<TAB>ratings``)."""
    return importlib_resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8")


def parse_vader_lexicon(text: str) -> dict[str, float]:
    """``word -> mean valence``, read as NLTK's ``SentimentIntensityAnalyzer.make_lex_dict`` reads it."""
    lexicon = {}
    for line in text.split("\n"):
        word, measure = line.strip().split("\t")[0:2]
        lexicon[word] = float(measure)
    return lexicon


@functools.cache
def vader_lexicon() -> dict[str, float]:
    """VADER's lexicon from the ``vaderSentiment`` wheel with :func:`vader_overrides` applied."""
    lexicon = parse_vader_lexicon(wheel_lexicon_text())
    for edit in vader_overrides():
        if edit.valence is None:
            lexicon.pop(edit.entry, None)
        else:
            lexicon[edit.entry] = edit.valence
    return lexicon


REPORTING_VERBS = "reporting_verbs.txt"


@dataclass(frozen=True)
class ReportingVerb:
    """One reporting-verb form and a sentence that uses it to attribute speech."""

    form: str
    example: str


NEWS_FUNCTION_WORDS = "news_function_words.txt"


@functools.cache
def reporting_verbs() -> tuple[ReportingVerb, ...]:
    """The forms in ``data/reporting_verbs.txt`` (left out of counts and topics by default)."""
    return tuple(ReportingVerb(form.strip().lower(), example.strip()) for form, example in _lines(REPORTING_VERBS))


@functools.cache
def news_function_words() -> tuple[ReportingVerb, ...]:
    """The words in ``data/news_function_words.txt`` (modals, "also", honorifics), with their examples."""
    return tuple(ReportingVerb(form.strip().lower(), example.strip())
                 for form, example in _lines(NEWS_FUNCTION_WORDS))
