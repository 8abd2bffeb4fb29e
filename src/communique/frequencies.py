"""Word frequencies over a tokens table: counts, tf-idf, n-grams, collocations, dispersion, trends.

Every function takes a tokens table (:func:`communique.tokens.tokenise` /
:func:`~communique.tokens.tokenise_many`) and returns a DataFrame. By default only content
paragraphs count (title, standfirst, body: captions and boilerplate are dropped), stop words and
punctuation are excluded, and terms are the normalised form (``by="norm"``; or ``"text"``,
``"lemma"``, ``"stem"``). Counting uses :class:`collections.Counter` (4x faster than
``nltk.FreqDist``, with the same counts).

>>> from communique.tokens import tokenise
>>> table = tokenise("Sanctions hurt. The sanctions remain, and talks resume.")
>>> term_frequencies(table)[["term", "count"]].values.tolist()
[['sanctions', 2], ['hurt', 1], ['remain', 1], ['resume', 1], ['talks', 1]]

Keyness lives in :mod:`communique.keyness`, concordances in :mod:`communique.kwic` and tone in
:mod:`communique.tone`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from communique.corpus import CONTENT_KINDS, Article

if TYPE_CHECKING:
    import pandas as pd

By = Literal["text", "norm", "lemma", "stem"]
Measure = Literal["likelihood_ratio", "pmi", "student_t", "chi_sq", "raw_freq"]
MEASURES: tuple[str, ...] = ("likelihood_ratio", "pmi", "student_t", "chi_sq", "raw_freq")
PER = 10_000  # relative frequencies are per 10,000 words


# --- selecting tokens ----------------------------------------------------------------------


def as_tokens(source, *, kinds: Iterable[str] | None = CONTENT_KINDS) -> pd.DataFrame:
    """A tokens table from a table, a text, an :class:`Article` or a list of articles/texts.

    ``kinds`` keeps only those paragraph kinds (content by default; ``None`` keeps all).

    >>> len(as_tokens("Talks resume."))
    3
    """
    import pandas as pd

    from communique.tokens import tokenise_many

    if isinstance(source, pd.DataFrame):
        table = source
    elif isinstance(source, (str, Article)):
        table = tokenise_many([source])
    else:
        table = tokenise_many(list(source))
    if kinds is not None and "kind" in table.columns:
        wanted = list(kinds)
        mask = table["kind"].isin(wanted).to_numpy()
        if not mask.all():
            table = table[mask]
    return table


def select_terms(
    tokens: pd.DataFrame,
    *,
    by: By = "norm",
    stop: bool = False,
    punct: bool = False,
    numbers: bool = True,
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """The rows that count as terms: content kinds, without stop words and punctuation by default.

    ``stop=True`` keeps stop words, ``punct=True`` keeps punctuation, ``numbers=False`` keeps only
    alphabetic tokens. The result has the table's columns plus ``term`` (the ``by`` column).
    """
    _check_by(by)
    table = as_tokens(tokens, kinds=kinds)
    import numpy as np

    mask = np.ones(len(table), dtype=bool)
    if not stop:
        mask &= ~table["is_stop"].to_numpy()
    if not punct:
        mask &= ~table["is_punct"].to_numpy()
    if not numbers:
        mask &= table["is_alpha"].to_numpy()
    out = table[mask] if not mask.all() else table
    return out.assign(term=out[by].to_numpy())


def _check_by(by: str) -> None:
    if by not in ("text", "norm", "lemma", "stem"):
        raise ValueError(f"by must be one of text, norm, lemma, stem (got {by!r})")


def word_count(tokens: pd.DataFrame, *, kinds: Iterable[str] | None = CONTENT_KINDS) -> int:
    """Running words (tokens that are not punctuation) in the content of a tokens table."""
    table = as_tokens(tokens, kinds=kinds)
    return int((~table["is_punct"].to_numpy()).sum())


# --- term frequencies ----------------------------------------------------------------------


def term_frequencies(
    tokens,
    *,
    by: By = "norm",
    stop: bool = False,
    punct: bool = False,
    numbers: bool = True,
    top: int | None = None,
    per_doc: bool = False,
    min_count: int = 1,
    kinds: Iterable[str] | None = CONTENT_KINDS,
    phrases: Sequence[Sequence[str]] | None = None,
) -> pd.DataFrame:
    """Term counts, relative frequencies and document frequencies.

    Columns: ``term, count, rel_freq`` (share of all running words of the content, stop words
    included, punctuation not), ``per_10k`` (the same per 10,000 words), ``docs`` (documents the
    term occurs in). With ``per_doc`` there is one block per document (``doc_id`` first, relative
    frequencies within the document, ``top`` per document). ``phrases`` (from
    :func:`communique.phrases.find_phrases`) are merged into single terms first. Sorted by count
    (descending) then term.
    """
    import pandas as pd

    table = as_tokens(tokens, kinds=kinds)
    if phrases:
        from communique.phrases import merge_phrases

        table = merge_phrases(table, phrases, by="norm" if by == "text" else by)
    terms = select_terms(table, by=by, stop=stop, punct=punct, numbers=numbers, kinds=None)
    columns = ["term", "count", "rel_freq", "per_10k", "docs"]
    if not per_doc:
        total = word_count(table, kinds=None)
        counts = Counter(terms["term"].tolist())
        docs = Counter(t for _, t in set(zip(terms["doc_id"].tolist(), terms["term"].tolist())))
        rows = [(t, c, c / total if total else 0.0, PER * c / total if total else 0.0, docs[t])
                for t, c in counts.items() if c >= min_count]
        frame = pd.DataFrame(rows, columns=columns)
        return _rank(frame, ["count"], top)
    totals = table.loc[~table["is_punct"].to_numpy(), "doc_id"].value_counts()
    counts = Counter(zip(terms["doc_id"].tolist(), terms["term"].tolist()))
    rows = []
    for (doc, term), c in counts.items():
        if c >= min_count:
            total = int(totals.get(doc, 0))
            rows.append((doc, term, c, c / total if total else 0.0, PER * c / total if total else 0.0))
    frame = pd.DataFrame(rows, columns=["doc_id", "term", "count", "rel_freq", "per_10k"])
    frame = frame.sort_values(["doc_id", "count", "term"], ascending=[True, False, True], kind="stable")
    if top is not None:
        frame = frame.groupby("doc_id", sort=False).head(top)
    return frame.reset_index(drop=True)


def _rank(frame: pd.DataFrame, by: list[str], top: int | None) -> pd.DataFrame:
    frame = frame.sort_values(by + ["term"], ascending=[False] * len(by) + [True], kind="stable")
    if top is not None:
        frame = frame.head(top)
    return frame.reset_index(drop=True)


def freq_dist(tokens, **options) -> Counter:
    """Term counts as a :class:`~collections.Counter` (the same counts as ``nltk.FreqDist``).

    >>> freq_dist("Talks, talks and more talks.").most_common(1)
    [('talks', 3)]
    """
    terms = select_terms(tokens if not isinstance(tokens, (str, Article)) else as_tokens(tokens), **options)
    return Counter(terms["term"].tolist())


def tfidf(
    tokens,
    *,
    by: By = "norm",
    unit: Literal["auto", "doc", "para"] = "auto",
    top: int | None = 10,
    stop: bool = False,
    numbers: bool = False,
    min_df: int = 1,
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """tf-idf of terms per document, or per paragraph when there is one document (``unit="auto"``).

    tf is the count in the unit; idf = ln((1 + n) / (1 + df)) + 1 over the n units (scikit-learn's
    smoothed idf); ``tfidf = tf * idf``. Columns: ``unit, doc_id, para, term, count, df, idf,
    tfidf``; the ``top`` terms of each unit, by tf-idf then term.
    """
    import pandas as pd

    terms = select_terms(as_tokens(tokens, kinds=kinds), by=by, stop=stop, numbers=numbers, kinds=None)
    docs = terms["doc_id"].unique()
    if unit == "auto":
        unit = "para" if len(docs) == 1 else "doc"
    if unit not in ("doc", "para"):
        raise ValueError(f"unit must be auto, doc or para (got {unit!r})")
    doc_col = terms["doc_id"].tolist()
    para_col = terms["para"].tolist() if unit == "para" else [-1] * len(doc_col)
    keys = list(zip(doc_col, para_col))
    counts = Counter(zip(keys, terms["term"].tolist()))
    n_units = len(set(keys))
    df = Counter(term for (_, term) in counts)
    rows = []
    for ((doc, para), term), c in counts.items():
        if df[term] < min_df:
            continue
        idf = math.log((1 + n_units) / (1 + df[term])) + 1
        label = doc if unit == "doc" else f"{doc}#p{para}"
        rows.append((label, doc, para, term, c, df[term], idf, c * idf))
    frame = pd.DataFrame(rows, columns=["unit", "doc_id", "para", "term", "count", "df", "idf", "tfidf"])
    frame = frame.sort_values(["doc_id", "para", "tfidf", "term"], ascending=[True, True, False, True], kind="stable")
    if top is not None:
        frame = frame.groupby("unit", sort=False).head(top)
    return frame.reset_index(drop=True)


# --- n-grams and collocations --------------------------------------------------------------


def _ngram_counts(table: pd.DataFrame, n: int, by: str, stop: bool, punct: bool) -> tuple[Counter, Counter, int]:
    """Counts of n-grams of adjacent tokens within one sentence, the unigram counts and N.

    Unigrams are every token of the table (as NLTK's collocation finders count them); n-grams
    holding a stop word (unless ``stop``) or punctuation (unless ``punct``) are dropped after
    counting, so they are never made of words that were not adjacent in the text.
    """
    key = table[by].tolist()
    unit = list(zip(table["doc_id"].tolist(), table["sent"].tolist()))
    idx = table["i"].to_numpy()
    bad = __import__("numpy").zeros(len(key), dtype=bool)
    if not stop:
        bad |= table["is_stop"].to_numpy()
    if not punct:
        bad |= table["is_punct"].to_numpy()
    bad = bad.tolist()
    words = Counter(key)
    grams: Counter = Counter()
    consecutive = (idx[1:] == idx[:-1] + 1).tolist() if len(idx) else []
    same = [unit[k] == unit[k + 1] and consecutive[k] for k in range(len(key) - 1)]
    for k in range(len(key) - n + 1):
        if bad[k] or not all(same[k : k + n - 1]):
            continue
        if any(bad[k + 1 : k + n]):
            continue
        grams[tuple(key[k : k + n])] += 1
    return grams, words, len(key)


def ngrams(
    tokens,
    n: int = 2,
    *,
    by: By = "norm",
    stop: bool = False,
    punct: bool = False,
    top: int | None = None,
    min_count: int = 1,
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """Counts of n-grams (adjacent tokens within a sentence); columns ``ngram, n, count, per_10k``.

    By default n-grams holding a stop word or punctuation are left out.

    >>> ngrams("North Korea and North Korea.")[["ngram", "count"]].values.tolist()
    [['north korea', 2]]
    """
    import pandas as pd

    _check_by(by)
    if n < 1:
        raise ValueError("n must be at least 1")
    table = as_tokens(tokens, kinds=kinds)
    grams, _, _ = _ngram_counts(table, n, by, stop, punct)
    total = word_count(table, kinds=None)
    rows = [(" ".join(g), n, c, PER * c / total if total else 0.0) for g, c in grams.items() if c >= min_count]
    frame = pd.DataFrame(rows, columns=["ngram", "n", "count", "per_10k"])
    frame = frame.sort_values(["count", "ngram"], ascending=[False, True], kind="stable")
    return (frame.head(top) if top is not None else frame).reset_index(drop=True)


def collocations(
    tokens,
    *,
    n: int = 2,
    measure: Measure = "likelihood_ratio",
    min_freq: int = 2,
    by: By = "norm",
    stop: bool = False,
    top: int | None = 20,
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """Collocations scored with NLTK's association measures (bigrams, or trigrams with ``n=3``).

    Counts are taken like NLTK's ``BigramCollocationFinder.from_words`` over the content tokens
    (punctuation included in N, n-grams limited to one sentence), n-grams seen fewer than
    ``min_freq`` times or holding a stop word or punctuation are dropped, and every remaining one
    is scored with every measure of :class:`nltk.metrics.BigramAssocMeasures` (or Trigram...).
    Columns: ``ngram, words, count, likelihood_ratio, pmi, student_t, chi_sq, raw_freq``; sorted
    by ``measure`` (descending), then ngram.
    """
    import pandas as pd
    from nltk.metrics import BigramAssocMeasures, TrigramAssocMeasures

    _check_by(by)
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)} (got {measure!r})")
    if n not in (2, 3):
        raise ValueError("collocations are bigrams (n=2) or trigrams (n=3)")
    table = as_tokens(tokens, kinds=kinds)
    grams, words, total = _ngram_counts(table, n, by, stop, punct=False)
    kept = {g: c for g, c in grams.items() if c >= min_freq}
    columns = ["ngram", "words", "count", *MEASURES]
    if not kept:
        return pd.DataFrame(columns=columns)
    if n == 2:
        assoc = BigramAssocMeasures
        rows = []
        for (w1, w2), c in kept.items():
            args = (c, (words[w1], words[w2]), total)
            rows.append((" ".join((w1, w2)), (w1, w2), c, *[_score(getattr(assoc, m), args) for m in MEASURES]))
    else:
        assoc = TrigramAssocMeasures
        pairs, _, _ = _ngram_counts(table, 2, by, stop=True, punct=True)
        wild = _wildcard_counts(table, by)
        rows = []
        for (w1, w2, w3), c in kept.items():
            args = (c, (pairs[(w1, w2)], wild[(w1, w3)], pairs[(w2, w3)]), (words[w1], words[w2], words[w3]), total)
            rows.append((" ".join((w1, w2, w3)), (w1, w2, w3), c,
                         *[_score(getattr(assoc, m), args) for m in MEASURES]))
    frame = pd.DataFrame(rows, columns=columns)
    frame = frame.sort_values([measure, "ngram"], ascending=[False, True], kind="stable")
    return (frame.head(top) if top is not None else frame).reset_index(drop=True)


def _score(func, args: tuple) -> float:
    try:
        return float(func(*args))
    except (ValueError, ZeroDivisionError):
        return float("nan")


def _wildcard_counts(table: pd.DataFrame, by: str) -> Counter:
    """Counts of (w1, w3) with any one word between, within a sentence (NLTK's wildcard_fd)."""
    key = table[by].tolist()
    unit = list(zip(table["doc_id"].tolist(), table["sent"].tolist()))
    out: Counter = Counter()
    for k in range(len(key) - 2):
        if unit[k] == unit[k + 2]:
            out[(key[k], key[k + 2])] += 1
    return out


# --- dispersion and trends -----------------------------------------------------------------


def _query_terms(words: Iterable[str] | str) -> list[str]:
    if isinstance(words, str):
        words = [words]
    return [w.casefold().replace("’", "'") for w in words]


def dispersion(
    tokens,
    words: Iterable[str] | str,
    *,
    by: By = "norm",
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """Where each word occurs: one row per occurrence with its position in the text.

    ``words`` may be phrases ("north korea"); they match consecutive tokens of one sentence.
    Columns: ``word, doc_id, sent, i`` (the token's ``i`` in the tokens table), ``pos`` (running-word
    position over the whole table, punctuation not counted: the x axis of a lexical dispersion
    plot), ``rel_pos`` (0..1, running-word position within the document), ``start, end`` (character offsets). Sorted by word order given, then pos.
    """
    import numpy as np
    import pandas as pd

    table = as_tokens(tokens, kinds=kinds)
    table = table[~table["is_punct"].to_numpy()].reset_index(drop=True)
    key = table[by].tolist()
    doc = table["doc_id"].tolist()
    sent = table["sent"].tolist()
    token_i = table["i"].to_numpy()
    starts = table["start"].to_numpy()
    ends = table["end"].to_numpy()
    first = pd.Series(np.arange(len(table))).groupby(table["doc_id"].to_numpy(), sort=False).transform("min").to_numpy()
    sizes = pd.Series(np.ones(len(table))).groupby(table["doc_id"].to_numpy(), sort=False).transform("sum").to_numpy()
    rows = []
    for word in dict.fromkeys(_query_terms(words)):
        parts = word.split()
        m = len(parts)
        hits = np.flatnonzero(table[by].to_numpy() == parts[0]) if len(table) else []
        for k in hits:
            k = int(k)
            if k + m > len(key) or any(key[k + j] != parts[j] or sent[k + j] != sent[k] or doc[k + j] != doc[k]
                                       for j in range(1, m)):
                continue
            rows.append((word, doc[k], sent[k], int(token_i[k]), k, (k - first[k]) / max(sizes[k] - 1, 1),
                         int(starts[k]), int(ends[k + m - 1])))
    return pd.DataFrame(rows, columns=["word", "doc_id", "sent", "i", "pos", "rel_pos", "start", "end"])


def doc_dates(articles: Iterable[Article]) -> dict[str, object]:
    """doc_id -> publication datetime (``None`` when unknown)."""
    return {a.id: a.published for a in articles}


FREQ_ALIASES = {"day": "D", "week": "W-MON", "month": "M", "quarter": "Q", "year": "Y"}


def term_trends(
    tokens,
    dates: Mapping[str, object] | Iterable[Article],
    words: Iterable[str] | str,
    *,
    freq: str = "month",
    by: By = "norm",
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """How often each word occurs per calendar period, normalised per 10,000 running words.

    ``dates`` maps doc_id to a publication date (or is the articles); documents without a date
    are left out. ``freq`` is ``day``, ``week``, ``month``, ``quarter`` or ``year`` (or a pandas
    period alias). Every period between the first and last dated document appears, with zero
    counts where a word is absent. Columns: ``period`` (a pandas Period), ``date`` (its start),
    ``word, count, words`` (running words of the period), ``docs``, ``per_10k``.
    """
    import pandas as pd

    if not isinstance(dates, Mapping):
        dates = doc_dates(dates)
    alias = FREQ_ALIASES.get(freq, freq)
    table = as_tokens(tokens, kinds=kinds)
    table = table[~table["is_punct"].to_numpy()]
    dated = {d: v for d, v in dates.items() if v is not None}
    table = table[table["doc_id"].isin(list(dated)).to_numpy()]
    columns = ["period", "date", "word", "count", "words", "docs", "per_10k"]
    terms = _query_terms(words)
    if table.empty or not terms:
        return pd.DataFrame(columns=columns)
    doc_period = {d: pd.Timestamp(v).to_period(alias) for d, v in dated.items()}
    periods = table["doc_id"].map(doc_period)
    words_per = periods.value_counts()
    docs_per = pd.Series(list(doc_period.values())).loc[
        pd.Series(list(doc_period)).isin(set(table["doc_id"].unique())).to_numpy()].value_counts()
    hits = dispersion(table, terms, by=by, kinds=None)
    counts = Counter(zip(hits["doc_id"].map(doc_period).tolist(), hits["word"].tolist()))
    full = pd.period_range(periods.min(), periods.max(), freq=alias)
    rows = []
    for period in full:
        n_words = int(words_per.get(period, 0))
        for word in dict.fromkeys(terms):
            c = counts.get((period, word), 0)
            rows.append((period, period.start_time, word, c, n_words, int(docs_per.get(period, 0)),
                         PER * c / n_words if n_words else float("nan")))
    return pd.DataFrame(rows, columns=columns)


def corpus_summary(tokens, *, kinds: Iterable[str] | None = CONTENT_KINDS) -> dict[str, float]:
    """Documents, running words, distinct terms (norm, no stop words) and type-token ratio."""
    table = as_tokens(tokens, kinds=kinds)
    words = table[~table["is_punct"].to_numpy()]
    types = words["norm"].nunique()
    return {
        "documents": int(table["doc_id"].nunique()),
        "words": int(len(words)),
        "types": int(types),
        "type_token_ratio": round(types / len(words), 4) if len(words) else 0.0,
    }
