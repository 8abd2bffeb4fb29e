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
import math
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


@functools.cache
def _idiom_words(constants: type) -> frozenset[str]:
    """Every word of a multi-word idiom or booster ("kind of") of VADER's ``constants`` class: a
    sequence with none of them is neither."""
    keys = (*constants.SPECIAL_CASE_IDIOMS, *constants.BOOSTER_DICT)
    return frozenset(w for key in keys if " " in key for w in key.split(" "))


def _polarity_scores(self, text) -> dict[str, float]:
    """NLTK's ``polarity_scores`` step for step, with its per-word steps (``sentiment_valence``,
    ``scalar_inc_dec``, ``_never_check``, ``_idioms_check``, ``_least_check``, ``score_valence``)
    written out in one loop over :func:`vader_words` and each word lower-cased once: the same
    arithmetic in the same order, so the same floats. As in NLTK, a repeated word is scored at
    its first position, and a word outside the lexicon scores 0."""
    if not isinstance(text, str):
        text = str(text.encode("utf-8"))
    c = self.constants
    words = vader_words(text, c.PUNC_LIST)
    n = len(words)
    lower = [w.lower() for w in words]
    lexicon, boosters, idioms, negate = self.lexicon, c.BOOSTER_DICT, c.SPECIAL_CASE_IDIOMS, c.NEGATE
    c_incr, n_scalar = c.C_INCR, c.N_SCALAR
    idiom_words = _idiom_words(type(c))
    cap_diff = None  # (some but not all words in capitals: counted when a capitalised word needs it)
    first_index: dict[str, int] | None = None
    last = n - 1
    sentiments: list = []
    for item, low in zip(words, lower):
        valence = lexicon.get(low)
        if valence is None or low in boosters:
            sentiments.append(0)  # (a booster, "kind of" and a word outside the lexicon all score 0)
            continue
        if first_index is None:
            first_index = {}
            for idx, token in enumerate(words):
                if token not in first_index:
                    first_index[token] = idx
        i = first_index[item]
        if low == "kind" and i < last and lower[i + 1] == "of":
            sentiments.append(0)
            continue
        if item.isupper() and (cap_diff if cap_diff is not None else (cap_diff := _cap_diff(words))):
            valence = valence + c_incr if valence > 0 else valence - c_incr
        for start_i in range(3):
            if i <= start_i:
                break
            k = i - (start_i + 1)
            before = lower[k]
            if before in lexicon:
                continue
            s = 0.0  # scalar_inc_dec
            if before in boosters:
                s = boosters[before]
                if valence < 0:
                    s *= -1
                if words[k].isupper() and (cap_diff if cap_diff is not None else (cap_diff := _cap_diff(words))):
                    if valence > 0:
                        s += c_incr
                    else:
                        s -= c_incr
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            # _never_check (NLTK's negated() of one word: a negation word or an "n't")
            if start_i == 0:
                if before in negate or "n't" in before:
                    valence = valence * n_scalar
            elif start_i == 1:
                if words[i - 2] == "never" and (words[i - 1] == "so" or words[i - 1] == "this"):
                    valence = valence * 1.5
                elif before in negate or "n't" in before:
                    valence = valence * n_scalar
            else:
                if words[i - 3] == "never" and (words[i - 2] == "so" or words[i - 2] == "this") or (
                        words[i - 1] == "so" or words[i - 1] == "this"):
                    valence = valence * 1.25
                elif before in negate or "n't" in before:
                    valence = valence * n_scalar
                # _idioms_check: every sequence it builds holds words[i] or words[i - 2]
                if words[i] in idiom_words or words[i - 2] in idiom_words:
                    valence = _idioms(valence, words, i, idioms, boosters, c.B_DECR)
        # _least_check
        if i > 1 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            if lower[i - 2] != "at" and lower[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and lower[i - 1] not in lexicon and lower[i - 1] == "least":
            valence = valence * n_scalar
        sentiments.append(valence)
    if "but" in lower:
        sentiments = self._but_check(words, sentiments)
    return _score_valence(sentiments, text)


def _cap_diff(words: list[str]) -> bool:
    """NLTK's ``allcap_differential``: some but not all words in capitals."""
    upper = sum(1 for w in words if w.isupper())
    return 0 < len(words) - upper < len(words)


def _idioms(valence: float, words: list[str], i: int, idioms: dict, boosters: dict, b_decr: float) -> float:
    """NLTK's ``_idioms_check``."""
    onezero = f"{words[i - 1]} {words[i]}"
    twoonezero = f"{words[i - 2]} {words[i - 1]} {words[i]}"
    twoone = f"{words[i - 2]} {words[i - 1]}"
    threetwoone = f"{words[i - 3]} {words[i - 2]} {words[i - 1]}"
    threetwo = f"{words[i - 3]} {words[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in idioms:
            valence = idioms[seq]
            break
    if len(words) - 1 > i:
        zeroone = f"{words[i]} {words[i + 1]}"
        if zeroone in idioms:
            valence = idioms[zeroone]
    if len(words) - 1 > i + 1:
        zeroonetwo = f"{words[i]} {words[i + 1]} {words[i + 2]}"
        if zeroonetwo in idioms:
            valence = idioms[zeroonetwo]
    if threetwo in boosters or twoone in boosters:
        valence = valence + b_decr
    return valence


def _score_valence(sentiments: list, text: str) -> dict[str, float]:
    """NLTK's ``score_valence`` (with ``_punctuation_emphasis`` and ``_sift_sentiment_scores``)."""
    if not sentiments:
        return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
    sum_s = float(sum(sentiments))
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    ep_amplifier = ep_count * 0.292
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
    punct_emph_amplifier = ep_amplifier + qm_amplifier
    if sum_s > 0:
        sum_s += punct_emph_amplifier
    elif sum_s < 0:
        sum_s -= punct_emph_amplifier
    compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
    pos_sum = 0.0
    neg_sum = 0.0
    neu_count = 0
    for score in sentiments:
        if score > 0:
            pos_sum += float(score) + 1
        if score < 0:
            neg_sum += float(score) - 1
        if score == 0:
            neu_count += 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += punct_emph_amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= punct_emph_amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return {"neg": round(math.fabs(neg_sum / total), 3), "neu": round(math.fabs(neu_count / total), 3),
            "pos": round(math.fabs(pos_sum / total), 3), "compound": round(compound, 4)}


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
    import numpy as np
    import pandas as pd

    columns = ["doc_id", "sentences", "compound", "positive", "negative", "neutral", "most_negative",
               "most_negative_start", "most_positive", "most_positive_start"]
    if sentences.empty:
        return pd.DataFrame()
    # Documents in sorted order, each one's sentences a contiguous slice in their own order (as a
    # sorted groupby gives them): one slice per document instead of a sub-frame per document.
    codes, ids = pd.factorize(sentences["doc_id"], sort=True)
    order = np.argsort(codes, kind="stable")
    bounds = np.r_[0, np.cumsum(np.bincount(codes, minlength=len(ids)))].tolist()
    compound = sentences["compound"].to_numpy(dtype=float)[order]
    texts = sentences["sentence"].to_numpy(dtype=object)[order]
    starts = sentences["start"].to_numpy()[order]
    rows = []
    for doc, a, b in zip(ids.tolist(), bounds[:-1], bounds[1:]):
        c = compound[a:b]
        n = b - a
        low, high = a + int(c.argmin()), a + int(c.argmax())  # the first of equal scores, as idxmin
        positive, negative = int((c >= POSITIVE).sum()), int((c <= NEGATIVE).sum())
        rows.append((doc, n, float(c.sum() / n), positive / n, negative / n, (n - positive - negative) / n,
                     texts[low], int(starts[low]), texts[high], int(starts[high])))
    return pd.DataFrame(rows, columns=columns)


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
