"""Word frequencies over a tokens table: counts, relative and document frequencies, tf-idf.

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

n-grams and collocations live in :mod:`communique.words.association`, dispersion and
term trends in :mod:`communique.words.trends`, keyness in :mod:`communique.words.keywords`, concordances in :mod:`communique.words.concordance` and tone in
:mod:`communique.words.tone`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Literal

from communique.text.corpus import CONTENT_KINDS, Article
from communique.words import _coding
from communique.words.phrases import merge_phrases

if TYPE_CHECKING:
    import pandas as pd

By = Literal["text", "norm", "lemma", "stem"]
PER = 10_000  # relative frequencies are per 10,000 words


# --- selecting tokens ----------------------------------------------------------------------


def as_tokens(source, *, kinds: Iterable[str] | None = CONTENT_KINDS) -> pd.DataFrame:
    """A tokens table from a table, a text, an :class:`Article` or a list of articles/texts.

    ``kinds`` keeps only those paragraph kinds (content by default; ``None`` keeps all).

    >>> len(as_tokens("Talks resume."))
    3
    """
    import pandas as pd

    from communique.text.inputs import is_tokens_table
    from communique.text.tokens import tokenise_many

    if isinstance(source, pd.DataFrame) and (is_tokens_table(source) or source.empty):
        table = source
    elif isinstance(source, pd.DataFrame):  # a table of articles (a "text" or "title" column)
        table = tokenise_many(source)
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
    _coding.check_by(by)
    table = as_tokens(tokens, kinds=kinds)
    mask = term_mask(table, stop=stop, punct=punct, numbers=numbers)
    out = table[mask] if not mask.all() else table
    return out.assign(term=out[by].to_numpy())



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

    _coding.check_by(by)
    table = as_tokens(tokens, kinds=kinds)
    if phrases:
        table = merge_phrases(table, phrases, by="norm" if by == "text" else by)
    mask = term_mask(table, stop=stop, punct=punct, numbers=numbers)
    term_codes, term_values = _coding.column_codes(table[by], mask)
    doc_codes, doc_values = _coding.column_codes(table["doc_id"], mask)
    n_docs = max(len(doc_values), 1)
    if not per_doc:
        total = word_count(table, kinds=None)
        counts = np.bincount(term_codes, minlength=len(term_values))
        pairs, _ = _coding.unique_counts(term_codes * n_docs + doc_codes)
        docs = np.bincount(pairs // n_docs, minlength=len(term_values))
        return term_table(term_values, counts, docs, total, top=top, min_count=min_count)
    words = ~table["is_punct"].to_numpy(dtype=bool)
    totals = pd.Series(table["doc_id"].to_numpy()[words]).value_counts()
    pairs, counts = _coding.unique_counts(doc_codes * len(term_values) + term_codes)
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

    _coding.check_by(by)
    table = as_tokens(tokens, kinds=kinds)
    mask = term_mask(table, stop=stop, numbers=numbers)
    paras = table["para"].to_numpy()[mask].astype(np.int64)
    doc_codes, doc_values = _coding.column_codes(table["doc_id"], mask)
    if unit == "auto":
        unit = "para" if len(doc_values) == 1 else "doc"
    if unit not in ("doc", "para"):
        raise ValueError(f"unit must be auto, doc or para (got {unit!r})")
    if unit == "para":
        unit_codes, unit_values = _coding.codes(doc_codes * (int(paras.max(initial=0)) + 1) + paras)
    else:
        unit_codes, unit_values = doc_codes, np.arange(len(doc_values))
    term_codes, term_values = _coding.column_codes(table[by], mask)
    n_terms = max(len(term_values), 1)
    pairs, counts = _coding.unique_counts(unit_codes * n_terms + term_codes)
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
