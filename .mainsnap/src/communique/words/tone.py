"""Tone with NLTK's VADER, per sentence, per article and over time, traceable to sentences.

NLTK's own ``SentimentIntensityAnalyzer`` scores with VADER's lexicon as the ``vaderSentiment``
wheel ships it (see :mod:`communique.words.lexicon`), so tone needs no NLTK data and is the same
on every machine; the scores equal NLTK's with its ``vader_lexicon`` data package (the tests
compare them). The compound score runs from -1 (most negative) to +1; a sentence with compound
>= 0.05 counts as positive and <= -0.05 as negative (VADER's own thresholds).

>>> polarity("The talks were a great success.")["compound"] > POSITIVE
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from communique.text.corpus import CONTENT_KINDS, Article

if TYPE_CHECKING:
    import pandas as pd

POSITIVE = 0.05
NEGATIVE = -0.05
SENTENCE_TONE_COLUMNS = ["doc_id", "para", "sent", "start", "end", "sentence", "neg", "neu", "pos", "compound"]


def analyzer(lexicon: Mapping[str, float] | None = None):
    """NLTK's VADER analyser with ``lexicon`` (default: :func:`~communique.words.lexicon.vader_lexicon`)."""
    if lexicon is None:
        return _analyzer()
    return _make_analyzer(dict(lexicon))


@functools.cache
def _analyzer():
    from communique.words.lexicon import vader_lexicon

    return _make_analyzer(vader_lexicon())


def _make_analyzer(lexicon: dict[str, float]):
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

    class TokenVader(SentimentIntensityAnalyzer):
        """NLTK's analyser scoring token by token (see :func:`_polarity_scores`)."""

        polarity_scores = _polarity_scores

    # NLTK's constructor can only read its lexicon through nltk.data (NLTK data folders); the
    # analyser itself needs just these three attributes, which make_lex_dict would have set.
    sia = TokenVader.__new__(TokenVader)
    sia.lexicon_file = None
    sia.lexicon = lexicon
    sia.constants = VaderConstants()
    return sia


_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")  # string.punctuation, which VADER strips


class _Words:
    """What NLTK's ``SentiText`` gives ``sentiment_valence``: the words and the caps flag."""

    __slots__ = ("words_and_emoticons", "is_cap_diff")

    def __init__(self, words: list[str], is_cap_diff: bool) -> None:
        self.words_and_emoticons = words
        self.is_cap_diff = is_cap_diff


def vader_words(text: str, punc_list: list[str]) -> list[str]:
    """VADER's words of ``text``: whitespace tokens of 2+ characters, one leading or trailing
    mark of ``punc_list`` cut off where what remains is a punctuation-free word of 2+ characters.

    NLTK builds, per sentence, a dict of every mark x word pair and looks each token up in it;
    since a word there has no punctuation, a token splits into mark + word in at most one way,
    so each token is checked alone (trailing marks first: NLTK's later dict entries win).

    >>> vader_words("Great, really great!! :) ,yes a", [",", "!", "!!"])
    ['Great', 'really', 'great', ':)', 'yes']
    """
    words = [w for w in text.split() if len(w) > 1]
    punct = _PUNCTUATION
    for n, word in enumerate(words):
        if word[-1] in punct:
            for mark in punc_list:
                if word.endswith(mark):
                    stem = word[:-len(mark)]
                    if len(stem) > 1 and not any(c in punct for c in stem):
                        words[n] = stem
                        break
            else:
                if word[0] in punct:
                    words[n] = _strip_leading(word, punc_list)
        elif word[0] in punct:
            words[n] = _strip_leading(word, punc_list)
    return words


def _strip_leading(word: str, punc_list: list[str]) -> str:
    for mark in punc_list:
        if word.startswith(mark):
            stem = word[len(mark):]
            if len(stem) > 1 and not any(c in _PUNCTUATION for c in stem):
                return stem
    return word


def _polarity_scores(self, text) -> dict[str, float]:
    """NLTK's ``polarity_scores`` step for step, except that the words come from
    :func:`vader_words` and a word outside the lexicon scores 0 without a call (NLTK's
    ``sentiment_valence`` appends 0 for it and changes nothing else)."""
    if not isinstance(text, str):
        text = str(text.encode("utf-8"))
    constants = self.constants
    words = vader_words(text, constants.PUNC_LIST)
    upper = sum(1 for w in words if w.isupper())
    sentitext = _Words(words, 0 < len(words) - upper < len(words))
    lower = [w.lower() for w in words]
    lexicon, boosters = self.lexicon, constants.BOOSTER_DICT
    first_index: dict[str, int] = {}
    for idx, token in enumerate(words):
        if token not in first_index:
            first_index[token] = idx
    last = len(words) - 1
    sentiments: list = []
    for item, low in zip(words, lower):
        if low in boosters:
            sentiments.append(0)
            continue
        i = first_index[item]
        if low == "kind" and i < last and words[i + 1].lower() == "of":
            sentiments.append(0)
        elif low in lexicon:
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        else:
            sentiments.append(0)
    if "but" in lower:
        sentiments = self._but_check(words, sentiments)
    return self.score_valence(sentiments, text)


def reset_cache() -> None:
    """Forget the built analyser."""
    _analyzer.cache_clear()


def polarity(text: str) -> dict[str, float]:
    """VADER's scores of one text: ``neg, neu, pos, compound``."""
    return _analyzer().polarity_scores(text)


def sentence_table(source, *, tokens: pd.DataFrame | None = None,
                   kinds: Iterable[str] | None = CONTENT_KINDS) -> pd.DataFrame:
    """One row per sentence: ``doc_id, para, sent, start, end, sentence`` (text from the source)."""
    import pandas as pd

    from communique.text.tokens import tokenise_many

    if isinstance(source, (str, Article)):
        source = [source]
    sources = list(source)
    texts = {(s.id if isinstance(s, Article) else ""): (s.text if isinstance(s, Article) else s) for s in sources}
    if tokens is None:
        tokens = tokenise_many(sources, lemmas=False)
    if kinds is not None:
        tokens = tokens[tokens["kind"].isin(list(kinds)).to_numpy()]
    if tokens.empty:
        return pd.DataFrame(columns=["doc_id", "para", "sent", "start", "end", "sentence"])
    grouped = tokens.groupby(["doc_id", "sent"], sort=False).agg(
        para=("para", "first"), start=("start", "min"), end=("end", "max")).reset_index()
    if isinstance(grouped["doc_id"].dtype, pd.CategoricalDtype):  # a categorical tokens table: plain ids out
        grouped["doc_id"] = grouped["doc_id"].astype(grouped["doc_id"].cat.categories.dtype)
    grouped["sentence"] = [texts[d][s:e] for d, s, e in zip(grouped["doc_id"], grouped["start"], grouped["end"])]
    return grouped[["doc_id", "para", "sent", "start", "end", "sentence"]]


def sentence_tone(source, *, tokens: pd.DataFrame | None = None,
                  kinds: Iterable[str] | None = CONTENT_KINDS) -> pd.DataFrame:
    """VADER scores of every content sentence; columns :data:`SENTENCE_TONE_COLUMNS`.

    ``start``/``end`` index the document's text, so each score traces back to its sentence.
    """
    import pandas as pd

    sia = _analyzer()
    table = sentence_table(source, tokens=tokens, kinds=kinds)
    scores = [sia.polarity_scores(s) for s in table["sentence"].tolist()]
    for column in ("neg", "neu", "pos", "compound"):
        table[column] = [sc[column] for sc in scores] if scores else pd.Series(dtype=float)
    return table[SENTENCE_TONE_COLUMNS].reset_index(drop=True)


def article_tone(sentences: pd.DataFrame) -> pd.DataFrame:
    """Per document: ``sentences``, mean ``compound``, ``positive``/``negative``/``neutral`` shares,
    and the most negative and most positive sentence (with offsets)."""
    import pandas as pd

    rows = []
    for doc, group in sentences.groupby("doc_id", sort=True):
        c = group["compound"]
        low = group.loc[c.idxmin()]
        high = group.loc[c.idxmax()]
        rows.append({
            "doc_id": doc,
            "sentences": len(group),
            "compound": float(c.mean()),
            "positive": float((c >= POSITIVE).mean()),
            "negative": float((c <= NEGATIVE).mean()),
            "neutral": float(((c > NEGATIVE) & (c < POSITIVE)).mean()),
            "most_negative": low["sentence"],
            "most_negative_start": int(low["start"]),
            "most_positive": high["sentence"],
            "most_positive_start": int(high["start"]),
        })
    return pd.DataFrame(rows)


def tone_over_time(
    sentences: pd.DataFrame,
    dates: Mapping[str, object] | Iterable[Article],
    *,
    freq: str = "month",
) -> pd.DataFrame:
    """Mean sentence tone per calendar period (undated documents left out).

    Columns: ``period, date, docs, sentences, compound`` (mean over sentences), ``positive``,
    ``negative`` (shares of sentences), ``net`` (positive - negative).
    """
    import pandas as pd

    from communique.words.trends import FREQ_ALIASES, doc_dates

    if not isinstance(dates, Mapping):
        dates = doc_dates(dates)
    alias = FREQ_ALIASES.get(freq, freq)
    columns = ["period", "date", "docs", "sentences", "compound", "positive", "negative", "net"]
    doc_period = {d: pd.Timestamp(v).to_period(alias) for d, v in dates.items() if v is not None}
    table = sentences[sentences["doc_id"].isin(list(doc_period)).to_numpy()]
    if table.empty:
        return pd.DataFrame(columns=columns)
    periods = table["doc_id"].map(doc_period)
    rows = []
    grouped = table.assign(_period=periods).groupby("_period", sort=True)
    stats = {p: g for p, g in grouped}
    for period in pd.period_range(periods.min(), periods.max(), freq=alias):
        group = stats.get(period)
        if group is None:
            rows.append((period, period.start_time, 0, 0, float("nan"), float("nan"), float("nan"), float("nan")))
            continue
        c = group["compound"]
        pos, neg = float((c >= POSITIVE).mean()), float((c <= NEGATIVE).mean())
        rows.append((period, period.start_time, int(group["doc_id"].nunique()), len(group), float(c.mean()),
                     pos, neg, pos - neg))
    return pd.DataFrame(rows, columns=columns)
