"""Word frequencies over a tokens table: counts, tf-idf, n-grams, collocations, dispersion, trends.

Every function takes a tokens table (:func:`communique.text.tokens.tokenise` /
:func:`~communique.text.tokens.tokenise_many`) and returns a DataFrame. By default only content
paragraphs count (title, standfirst, body: captions and boilerplate are dropped), stop words and
punctuation are excluded, and terms are the normalised form (``by="norm"``; or ``"text"``,
``"lemma"``, ``"stem"``). Counting uses :class:`collections.Counter` (4x faster than
``nltk.FreqDist``, with the same counts).

>>> from communique.text.tokens import tokenise
>>> table = tokenise("Sanctions hurt. The sanctions remain, and talks resume.")
>>> term_frequencies(table)[["term", "count"]].values.tolist()
[['sanctions', 2], ['hurt', 1], ['remain', 1], ['resume', 1], ['talks', 1]]

Keyness lives in :mod:`communique.words.keywords`, concordances in :mod:`communique.words.concordance` and tone in
:mod:`communique.words.tone`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from communique.text.corpus import CONTENT_KINDS, Article

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

    from communique.text.tokens import tokenise_many

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


def term_mask(table: pd.DataFrame, *, stop: bool = False, punct: bool = False, numbers: bool = True):
    """Boolean numpy mask of the rows that count as terms (see :func:`select_terms`)."""
    import numpy as np

    mask = np.ones(len(table), dtype=bool)
    if not stop:
        mask &= ~table["is_stop"].to_numpy(dtype=bool)
    if not punct:
        mask &= ~table["is_punct"].to_numpy(dtype=bool)
    if not numbers:
        mask &= table["is_alpha"].to_numpy(dtype=bool)
    return mask


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
    mask = term_mask(table, stop=stop, punct=punct, numbers=numbers)
    out = table[mask] if not mask.all() else table
    return out.assign(term=out[by].to_numpy())


def _unique_counts(values):
    """Sorted distinct values of an integer array and their counts (sort-based: faster than
    ``np.unique``'s hash path on large arrays)."""
    import numpy as np

    values = np.sort(np.asarray(values, dtype=np.int64), kind="stable")
    if not len(values):
        return values, np.zeros(0, dtype=np.int64)
    first = np.empty(len(values), dtype=bool)
    first[0] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    return values[first], np.diff(np.append(np.flatnonzero(first), len(values)))


def _codes(values):
    """Integer codes and the distinct values (in order of first appearance) of an array."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(np.asarray(values, dtype=object))
    return codes.astype(np.int64), np.asarray(uniques, dtype=object)


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
    :func:`communique.words.phrases.find_phrases`) are merged into single terms first. Sorted by count
    (descending) then term.
    """
    import numpy as np
    import pandas as pd

    _check_by(by)
    table = as_tokens(tokens, kinds=kinds)
    if phrases:
        from communique.words.phrases import merge_phrases

        table = merge_phrases(table, phrases, by="norm" if by == "text" else by)
    mask = term_mask(table, stop=stop, punct=punct, numbers=numbers)
    term_codes, term_values = _codes(table[by].to_numpy()[mask])
    doc_codes, doc_values = _codes(table["doc_id"].to_numpy()[mask])
    n_docs = max(len(doc_values), 1)
    if not per_doc:
        total = word_count(table, kinds=None)
        counts = np.bincount(term_codes, minlength=len(term_values))
        pairs, _ = _unique_counts(term_codes * n_docs + doc_codes)
        docs = np.bincount(pairs // n_docs, minlength=len(term_values))
        return term_table(term_values, counts, docs, total, top=top, min_count=min_count)
    words = ~table["is_punct"].to_numpy(dtype=bool)
    totals = pd.Series(table["doc_id"].to_numpy()[words]).value_counts()
    pairs, counts = _unique_counts(doc_codes * len(term_values) + term_codes)
    doc_of = doc_values[pairs // max(len(term_values), 1)]
    term_of = term_values[pairs % max(len(term_values), 1)]
    total_of = totals.reindex(doc_of).to_numpy(dtype=float)
    keep = counts >= min_count
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = np.where(total_of > 0, counts / total_of, 0.0)
    frame = pd.DataFrame({"doc_id": doc_of[keep], "term": term_of[keep], "count": counts[keep],
                          "rel_freq": rel[keep], "per_10k": PER * rel[keep]})
    frame = frame.sort_values(["doc_id", "count", "term"], ascending=[True, False, True], kind="stable")
    if top is not None:
        frame = frame.groupby("doc_id", sort=False).head(top)
    return frame.reset_index(drop=True)


def term_table(terms, counts, docs, total: int, *, top: int | None = None, min_count: int = 1) -> pd.DataFrame:
    """The :func:`term_frequencies` table from parallel arrays of terms, counts and document counts.

    ``total`` is the number of running words. Counts summed over parts of a corpus give the
    same table as counting the whole corpus at once.

    >>> term_table(["talks", "aid"], [3, 1], [2, 1], 10)[["term", "count", "per_10k"]].values.tolist()
    [['talks', 3, 3000.0], ['aid', 1, 1000.0]]
    """
    import numpy as np
    import pandas as pd

    terms = np.asarray(terms, dtype=object)
    counts = np.asarray(counts, dtype=np.int64)
    docs = np.asarray(docs, dtype=np.int64)
    keep = counts >= min_count
    frame = pd.DataFrame({
        "term": terms[keep],
        "count": counts[keep],
        "rel_freq": counts[keep] / total if total else 0.0,
        "per_10k": PER * counts[keep] / total if total else 0.0,
        "docs": docs[keep],
    }, columns=["term", "count", "rel_freq", "per_10k", "docs"])
    return _rank(frame, ["count"], top)


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
    document_frequencies: tuple[Mapping[str, int], int] | None = None,
) -> pd.DataFrame:
    """tf-idf of terms per document, or per paragraph when there is one document (``unit="auto"``).

    tf is the count in the unit; idf = ln((1 + n) / (1 + df)) + 1 over the n units (scikit-learn's
    smoothed idf); ``tfidf = tf * idf``. Columns: ``unit, doc_id, para, term, count, df, idf,
    tfidf``; the ``top`` terms of each unit, by tf-idf then term. ``document_frequencies``
    (term -> df, n) takes df and n from a whole corpus of which ``tokens`` is a part.
    """
    import numpy as np
    import pandas as pd

    _check_by(by)
    table = as_tokens(tokens, kinds=kinds)
    mask = term_mask(table, stop=stop, numbers=numbers)
    docs = table["doc_id"].to_numpy()[mask]
    paras = table["para"].to_numpy()[mask].astype(np.int64)
    if unit == "auto":
        unit = "para" if len(pd.unique(docs)) == 1 else "doc"
    if unit not in ("doc", "para"):
        raise ValueError(f"unit must be auto, doc or para (got {unit!r})")
    doc_codes, doc_values = _codes(docs)
    if unit == "para":
        unit_codes, unit_values = _codes(doc_codes * (int(paras.max(initial=0)) + 1) + paras)
    else:
        unit_codes, unit_values = doc_codes, np.arange(len(doc_values))
    term_codes, term_values = _codes(table[by].to_numpy()[mask])
    n_terms = max(len(term_values), 1)
    pairs, counts = _unique_counts(unit_codes * n_terms + term_codes)
    pair_unit, pair_term = pairs // n_terms, pairs % n_terms
    df = np.bincount(pair_term, minlength=len(term_values))
    n_units = len(unit_values)
    if document_frequencies is not None:
        given, n_units = document_frequencies
        df = np.array([given[t] for t in term_values.tolist()], dtype=np.int64)
    idf = np.log((1 + n_units) / (1 + df)) + 1
    first_row = np.zeros(len(unit_values), dtype=np.int64)
    first_row[unit_codes[::-1]] = np.arange(len(unit_codes))[::-1]
    unit_doc = doc_values[doc_codes[first_row]]
    unit_para = paras[first_row] if unit == "para" else np.full(len(unit_values), -1)
    keep = df[pair_term] >= min_df
    pu, pt = pair_unit[keep], pair_term[keep]
    frame = pd.DataFrame({
        "unit": [f"{d}#p{p}" if unit == "para" else d for d, p in zip(unit_doc[pu], unit_para[pu])],
        "doc_id": unit_doc[pu],
        "para": unit_para[pu],
        "term": term_values[pt],
        "count": counts[keep],
        "df": df[pt],
        "idf": idf[pt],
        "tfidf": counts[keep] * idf[pt],
    })
    frame = frame.sort_values(["doc_id", "para", "tfidf", "term"], ascending=[True, True, False, True], kind="stable")
    if top is not None:
        frame = frame.groupby("unit", sort=False).head(top)
    return frame.reset_index(drop=True)


# --- n-grams and collocations --------------------------------------------------------------


def _links(table: pd.DataFrame):
    """``link[k]`` is True when rows k and k+1 are adjacent tokens of one sentence."""
    import numpy as np

    doc_codes, _ = _codes(table["doc_id"].to_numpy())
    sent = table["sent"].to_numpy().astype(np.int64)
    idx = table["i"].to_numpy().astype(np.int64)
    return (doc_codes[1:] == doc_codes[:-1]) & (sent[1:] == sent[:-1]) & (idx[1:] == idx[:-1] + 1)


def _gram_starts(link, n: int, good, size: int):
    """Rows where an n-gram of adjacent tokens of one sentence starts (all ``good`` if given)."""
    import numpy as np

    if size < n:
        return np.zeros(0, dtype=np.int64)
    valid = np.ones(size - n + 1, dtype=bool)
    for j in range(n - 1):
        valid &= link[j : size - n + 1 + j]
    if good is not None:
        for j in range(n):
            valid &= good[j : size - n + 1 + j]
    return np.flatnonzero(valid)


def _gram_codes(codes, link, n: int, good=None):
    """One integer code per n-gram occurrence (base-vocabulary digits of the word codes)."""
    import numpy as np

    starts = _gram_starts(link, n, good, len(codes))
    vocab = int(codes.max(initial=0)) + 1
    gram = np.zeros(len(starts), dtype=np.int64)
    for j in range(n):
        gram = gram * vocab + codes[starts + j]
    return gram


def _decode(gram, vocab: int, n: int) -> list[tuple[int, ...]]:
    parts = []
    rest = gram.copy()
    for _ in range(n):
        parts.append(rest % vocab)
        rest = rest // vocab
    return list(zip(*[p.tolist() for p in reversed(parts)]))


def _ngram_counts(table: pd.DataFrame, n: int, by: str, stop: bool, punct: bool, min_count: int = 1):
    """n-gram counts (adjacent tokens within a sentence), word counts and N, as code arrays.

    Unigrams are every token of the table (as NLTK's collocation finders count them); n-grams
    holding a stop word (unless ``stop``) or punctuation (unless ``punct``) are dropped after
    counting, so they are never made of words that were not adjacent in the text. Returns
    ``(grams, counts, word_counts, values, N)``: ``grams`` are tuples of codes into ``values``.
    """
    import numpy as np

    codes, values = _codes(table[by].to_numpy())
    good = term_mask(table, stop=stop, punct=punct)
    link = _links(table)
    if (int(codes.max(initial=0)) + 1) ** n >= 2**62:  # codes would overflow: count tuples instead
        found = Counter(tuple(codes[k : k + n].tolist()) for k in _gram_starts(link, n, good, len(codes)).tolist())
        items = sorted((g, c) for g, c in found.items() if c >= min_count)
        counts = np.array([c for _, c in items], dtype=np.int64)
        return [g for g, _ in items], counts, np.bincount(codes, minlength=len(values)), values, len(codes)
    grams, counts = _unique_counts(_gram_codes(codes, link, n, good))
    keep = counts >= min_count
    vocab = int(codes.max(initial=0)) + 1
    return _decode(grams[keep], vocab, n), counts[keep], np.bincount(codes, minlength=len(values)), values, len(codes)


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
    grams, counts, _, values, _ = _ngram_counts(table, n, by, stop, punct, min_count=min_count)
    total = word_count(table, kinds=None)
    frame = pd.DataFrame({
        "ngram": [" ".join(values[list(g)]) for g in grams],
        "n": n,
        "count": counts,
        "per_10k": PER * counts / total if total else 0.0,
    }, columns=["ngram", "n", "count", "per_10k"])
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
    import numpy as np
    import pandas as pd
    from nltk.metrics import TrigramAssocMeasures

    _check_by(by)
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)} (got {measure!r})")
    if n not in (2, 3):
        raise ValueError("collocations are bigrams (n=2) or trigrams (n=3)")

    table = as_tokens(tokens, kinds=kinds)
    if n == 2:
        pairs, unigrams, total = bigram_counts(table, by=by, stop=stop, kinds=None)
        return score_bigrams(pairs, unigrams, total, measure=measure, min_freq=min_freq, top=top)
    grams, counts, words, values, total = _ngram_counts(table, n, by, stop, False, min_count=min_freq)
    columns = ["ngram", "words", "count", *MEASURES]
    if not grams:
        return pd.DataFrame(columns=columns)
    rows = []
    # Trigrams: also the counts of each word pair inside them and of the outer pair ("a _ c").
    assoc = TrigramAssocMeasures
    codes, _ = _codes(table[by].to_numpy())
    link = _links(table)
    vocab = int(codes.max(initial=0)) + 1
    pair_grams, pair_counts = _unique_counts(_gram_codes(codes, link, 2))
    wild_link = link[:-1] & link[1:]
    wild = codes[:-2][wild_link] * vocab + codes[2:][wild_link] if len(codes) > 2 else np.zeros(0, np.int64)
    wild_grams, wild_counts = _unique_counts(wild)

    def lookup(keys, counts_of, wanted):
        pos = np.searchsorted(keys, wanted)
        pos = np.minimum(pos, max(len(keys) - 1, 0))
        return np.where(len(keys) and keys[pos] == wanted, counts_of[pos] if len(keys) else 0, 0)

    g = np.array(grams, dtype=np.int64)
    n_iix = lookup(pair_grams, pair_counts, g[:, 0] * vocab + g[:, 1])
    n_xii = lookup(pair_grams, pair_counts, g[:, 1] * vocab + g[:, 2])
    n_ixi = lookup(wild_grams, wild_counts, g[:, 0] * vocab + g[:, 2])
    for k, ((w1, w2, w3), c) in enumerate(zip(grams, counts.tolist())):
        args = (c, (int(n_iix[k]), int(n_ixi[k]), int(n_xii[k])),
                (int(words[w1]), int(words[w2]), int(words[w3])), total)
        rows.append((w1, w2, w3, c, *[_score(getattr(assoc, m), args) for m in MEASURES]))
    width = n
    parts = [[values[r[j]] for r in rows] for j in range(width)]
    frame = pd.DataFrame(
        {
            "ngram": [" ".join(t) for t in zip(*parts)],
            "words": list(zip(*parts)),
            "count": [r[width] for r in rows],
            **{m: [r[width + 1 + k] for r in rows] for k, m in enumerate(MEASURES)},
        },
        columns=columns,
    )
    frame = frame.sort_values([measure, "ngram"], ascending=[False, True], kind="stable")
    return (frame.head(top) if top is not None else frame).reset_index(drop=True)


def bigram_counts(tokens, *, by: By = "norm", stop: bool = False,
                  kinds: Iterable[str] | None = CONTENT_KINDS) -> tuple[Counter, Counter, int]:
    """What bigram collocations are scored from: pair counts, word counts and N.

    Pairs are adjacent words of one sentence without stop words (unless ``stop``) or
    punctuation; word counts and N cover every token, as NLTK's finders count them. Counts of
    parts of a corpus add up to the counts of the whole (see :func:`score_bigrams`).
    """
    table = as_tokens(tokens, kinds=kinds)
    grams, counts, words, values, total = _ngram_counts(table, 2, by, stop, False)
    pairs = Counter({(values[a], values[b]): c for (a, b), c in zip(grams, counts.tolist())})
    return pairs, Counter(dict(zip(values.tolist(), words.tolist()))), int(total)


def score_bigrams(pairs: Mapping[tuple[str, str], int], words: Mapping[str, int], total: int, *,
                  measure: Measure = "likelihood_ratio", min_freq: int = 2, top: int | None = 20) -> pd.DataFrame:
    """The :func:`collocations` table of bigram counts (from :func:`bigram_counts`).

    >>> pairs, words, n = bigram_counts("North Korea met. North Korea left.")
    >>> score_bigrams(pairs, words, n)[["ngram", "count"]].values.tolist()
    [['north korea', 2]]
    """
    import pandas as pd
    from nltk.metrics import BigramAssocMeasures

    columns = ["ngram", "words", "count", *MEASURES]
    rows = []
    for (w1, w2), c in pairs.items():
        if c >= min_freq:
            args = (c, (int(words[w1]), int(words[w2])), total)
            rows.append((w1, w2, c, *[_score(getattr(BigramAssocMeasures, m), args) for m in MEASURES]))
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(
        {
            "ngram": [f"{r[0]} {r[1]}" for r in rows],
            "words": [(r[0], r[1]) for r in rows],
            "count": [r[2] for r in rows],
            **{m: [r[3 + k] for r in rows] for k, m in enumerate(MEASURES)},
        },
        columns=columns,
    )
    frame = frame.sort_values([measure, "ngram"], ascending=[False, True], kind="stable")
    return (frame.head(top) if top is not None else frame).reset_index(drop=True)


def _score(func, args: tuple) -> float:
    try:
        return float(func(*args))
    except (ValueError, ZeroDivisionError):
        return float("nan")


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
    words_mask = ~table["is_punct"].to_numpy(dtype=bool)
    key = table[by].to_numpy()[words_mask]
    doc = table["doc_id"].to_numpy()[words_mask]
    sent = table["sent"].to_numpy()[words_mask]
    token_i = table["i"].to_numpy()[words_mask]
    starts = table["start"].to_numpy()[words_mask]
    ends = table["end"].to_numpy()[words_mask]
    doc_codes, doc_values = _codes(doc)
    sizes = np.bincount(doc_codes, minlength=len(doc_values))[doc_codes] if len(doc_codes) else doc_codes
    firsts = np.zeros(len(doc_values), dtype=np.int64)
    firsts[doc_codes[::-1]] = np.arange(len(doc_codes))[::-1]
    first = firsts[doc_codes] if len(doc_codes) else doc_codes
    rows = []
    for word in dict.fromkeys(_query_terms(words)):
        parts = word.split()
        m = len(parts)
        hits = np.flatnonzero(key == parts[0]) if len(key) else []
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
    table = as_tokens(tokens, kinds=kinds)
    table = table[~table["is_punct"].to_numpy()]
    dated = {d for d, v in dates.items() if v is not None}
    table = table[table["doc_id"].isin(list(dated)).to_numpy()]
    terms = _query_terms(words)
    hits = dispersion(table, terms, by=by, kinds=None) if len(table) and terms else pd.DataFrame(
        columns=["word", "doc_id"])
    return trends_from_counts(Counter(table["doc_id"].tolist()), hits, dates, terms, freq=freq)


def trends_from_counts(doc_words: Mapping[str, int], hits: pd.DataFrame, dates: Mapping[str, object],
                       words: Iterable[str] | str, *, freq: str = "month") -> pd.DataFrame:
    """The :func:`term_trends` table from running words per document and the words' hits.

    ``hits`` has one row per occurrence with ``doc_id`` and ``word`` (as :func:`dispersion`
    returns), so a corpus can be counted in parts and combined here.
    """
    import pandas as pd

    alias = FREQ_ALIASES.get(freq, freq)
    columns = ["period", "date", "word", "count", "words", "docs", "per_10k"]
    terms = _query_terms(words)
    doc_period = {d: pd.Timestamp(v).to_period(alias) for d, v in dates.items()
                  if v is not None and doc_words.get(d, 0) > 0}
    if not doc_period or not terms:
        return pd.DataFrame(columns=columns)
    words_per: Counter = Counter()
    docs_per: Counter = Counter()
    for doc, period in doc_period.items():
        words_per[period] += int(doc_words[doc])
        docs_per[period] += 1
    hits = hits[hits["doc_id"].isin(list(doc_period)).to_numpy()]
    counts = Counter(zip(hits["doc_id"].map(doc_period).tolist(), hits["word"].tolist()))
    full = pd.period_range(min(doc_period.values()), max(doc_period.values()), freq=alias)
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
