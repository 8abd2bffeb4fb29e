"""Keyness: which words are unusually frequent in a text or sub-corpus against a reference.

For each term with count ``a`` in the target (``c`` running words) and ``b`` in the reference
(``d`` running words), the expected counts are ``E1 = c (a + b) / (c + d)`` and
``E2 = d (a + b) / (c + d)``; log-likelihood ``G2 = 2 (a ln(a / E1) + b ln(b / E2))`` (Rayson and
Garside 2000; 0 ln 0 = 0) and log ratio ``log2((a / c) / (b / d))`` (Hardie 2014; a zero count
is taken as 0.5 so that the ratio stays finite). G2 > 3.84 is p < 0.05, G2 > 15.13 p < 0.0001.

Named references (:func:`reference_counts`): ``wordfreq``, general English from the wordfreq
package (the default: its data is in the wheel, so every machine has it), and ``brown``, NLTK's
Brown corpus (an optional NLTK data package, used only when asked for by name).

>>> from collections import Counter
>>> table = keyness(Counter({"sanctions": 10, "said": 10}), Counter({"sanctions": 1, "said": 100}),
...                 target_total=1000, reference_total=10000)
>>> table[["term", "count", "ref_count", "key"]].values.tolist()
[['sanctions', 10, 1, 'positive'], ['said', 10, 100, 'neutral']]
>>> round(float(table["g2"].iloc[0]), 2), round(float(table["log_ratio"].iloc[0]), 2)
(41.45, 6.64)
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from communique.text.corpus import CONTENT_KINDS

if TYPE_CHECKING:
    import pandas as pd

KEYNESS_COLUMNS = [
    "term", "count", "ref_count", "expected", "ref_expected", "per_10k", "ref_per_10k",
    "g2", "log_ratio", "p_value", "key",
]
G2_CRITICAL = {0.05: 3.84, 0.01: 6.63, 0.001: 10.83, 0.0001: 15.13}


def term_counts(
    tokens,
    *,
    by: str = "norm",
    stop: bool = False,
    numbers: bool = False,
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> tuple[Counter, int]:
    """Term counts (stop words, punctuation and numbers left out by default) and running words.

    The total counts every running word (stop words and numbers too, punctuation not), so that
    relative frequencies are comparable between corpora whatever is filtered.
    """
    import numpy as np

    from communique.words import _coding
    from communique.words.frequencies import as_tokens, term_mask, word_count

    table = as_tokens(tokens, kinds=kinds)
    mask = term_mask(table, stop=stop, numbers=numbers)
    codes, values = _coding.column_codes(table[by], mask)
    counts = np.bincount(codes, minlength=len(values))
    return Counter(dict(zip(values.tolist(), counts.tolist()))), word_count(table, kinds=None)


#: The nominal size of the wordfreq reference: its frequencies times this are the reference
#: counts. wordfreq's large English list goes down to a frequency of 1e-8, so every word in it
#: counts at least 10; log ratio does not depend on the size, and G2 hardly does once the
#: reference is much larger than the target.
WORDFREQ_SIZE = 1_000_000_000

#: Named references for keyness: ``wordfreq`` (default; in the wheel) and ``brown`` (NLTK data,
#: optional, asked for by name).
REFERENCES = ("wordfreq", "brown")
REFERENCE_TITLES = {
    "wordfreq": "general English (wordfreq)",
    "brown": "the Brown corpus",
}
REFERENCE_NOTES = {
    "wordfreq": "wordfreq's large English list (web, news, subtitles, books, Wikipedia, social media)",
    "brown": "the Brown corpus (American English printed in 1961)",
}
REFERENCE_DESCRIPTIONS = {
    "wordfreq": ("general English: wordfreq's large English list (Wikipedia, subtitles, news, books, web, "
                 "Reddit, Twitter; frozen in 2021), as counts per 1,000,000,000 words"),
    "brown": "the Brown corpus (1,000,000 words of American English printed in 1961; NLTK data)",
}


def _is_word(word: str) -> bool:
    return word.replace("-", "").replace("'", "").replace(".", "").isalpha()


@functools.cache
def _wordfreq_base() -> tuple[dict[str, int], int]:
    from wordfreq import get_frequency_dict

    import communique.text.resources as resources

    stop = resources.stopwords()
    counts = {}
    for word, freq in get_frequency_dict("en", "large").items():  # positional: wordfreq's own cache key
        if word not in stop and _is_word(word):
            counts[word] = round(freq * WORDFREQ_SIZE)
    return dict(sorted(counts.items())), WORDFREQ_SIZE


def wordfreq_counts(terms: Iterable[str] = ()) -> tuple[Counter, int]:
    """General-English reference counts from ``wordfreq``'s large English list, and its nominal size.

    wordfreq (Speer 2022, the data frozen in 2021) merges word frequencies from Wikipedia,
    subtitles (OpenSubtitles, SUBTLEX), news (NewsCrawl, GlobalVoices), books (Google Books), web
    text (OSCAR), Reddit and Twitter. Its frequencies times :data:`WORDFREQ_SIZE` are the counts
    (stop words and non-words left out, as :func:`term_counts` leaves them out). ``terms`` not in
    the list are looked up with ``wordfreq.word_frequency``, which splits them as wordfreq does
    ("u.s." is "u.s", "jong-un" is estimated from "jong" and "un").

    >>> counts, total = wordfreq_counts(["jong-un"])
    >>> total, counts["summit"] > counts["vladivostok"] > 0, counts["jong-un"] > 0, "the" in counts
    (1000000000, True, True, False)
    """
    from wordfreq import word_frequency

    base, total = _wordfreq_base()
    counts = Counter(base)
    for term in sorted(set(terms) - set(base)):
        n = round(word_frequency(term, "en", wordlist="large") * WORDFREQ_SIZE)
        if n:
            counts[term] = n
    return counts, total


@functools.cache
def brown_counts() -> tuple[Counter, int]:
    """Word counts of NLTK's Brown corpus (case-folded; stop words and non-words out) and its total.

    An optional reference (``--reference brown``): it needs the ``brown`` NLTK data package and
    raises :class:`LookupError` naming it and the command that fetches it when it is not installed
    (it is never downloaded here). The total counts every word token (anything with a letter or
    digit), as :func:`term_counts` does. The tagged files are read directly (about 1 s, 10x faster
    than NLTK's corpus reader).
    """
    import re
    import zipfile
    from pathlib import Path

    import communique.text.resources as resources

    found = Path(resources.find("brown"))
    name = re.compile(r"(?:^|/)c[a-r]\d\d$")
    if found.is_file() and zipfile.is_zipfile(found):
        with zipfile.ZipFile(found) as archive:
            raw = [archive.read(n).decode("utf-8") for n in sorted(archive.namelist()) if name.search(n)]
    else:
        raw = [f.read_text("utf-8") for f in sorted(found.rglob("c*")) if name.search(f.as_posix())]
    types: Counter = Counter()
    for text in raw:
        types.update(text.split())
    words: Counter = Counter()
    for tagged, n in types.items():
        words[tagged.rsplit("/", 1)[0].casefold()] += n
    stop = resources.stopwords()
    total = 0
    counts: Counter = Counter()
    for word, n in words.items():
        if not any(ch.isalnum() for ch in word):
            continue
        total += n
        if word not in stop and word.replace("-", "").replace("'", "").isalpha():
            counts[word] = n
    return counts, total


def has_brown() -> bool:
    """Whether NLTK's Brown corpus is installed (the optional ``brown`` reference)."""
    import communique.text.resources as resources

    return resources.has("brown")


def reference_counts(name: str, terms: Iterable[str] = ()) -> tuple[Counter, int]:
    """Counts and total of a named reference (:data:`REFERENCES`); ``terms`` help ``wordfreq``.

    :class:`LookupError` when ``brown`` is asked for and not installed, :class:`ValueError` for
    an unknown name.
    """
    if name == "wordfreq":
        return wordfreq_counts(terms)
    if name == "brown":
        return brown_counts()
    raise ValueError(f"unknown keyness reference {name!r} (choose one of {', '.join(REFERENCES)})")


def reference_subset(name: str, terms: Iterable[str], others: int) -> tuple[Counter, int]:
    """What :func:`keyness` of a text with ``terms`` against reference ``name`` needs to list the
    text's terms and its ``others`` most under-used reference words: the reference counts of
    ``terms`` (as :func:`reference_counts` gives them) and of the ``others`` most frequent
    reference words outside ``terms`` (ties at the cut kept), with the reference's full total.

    A reference word the text lacks has G2 rising with its reference count, so these are the
    first ``others`` rows of count 0 in :func:`keyness`'s order; every row depends on its own
    counts and the two totals only. Building the whole wordfreq table (313,000 words) cost 0.5 s.

    >>> sub, total = reference_subset("wordfreq", ["summit", "jong-un"], 3)
    >>> full, _ = reference_counts("wordfreq", ["summit", "jong-un"])
    >>> total, sorted(sub), all(full[t] == n for t, n in sub.items())
    (1000000000, ['jong-un', 'like', 'one', 'summit', 'time'], True)
    """
    import heapq

    terms = set(terms)
    if name != "wordfreq":
        counts, total = reference_counts(name, terms)
        ranked = heapq.nsmallest(others, ((-n, t) for t, n in counts.items() if t not in terms))
        cut = -ranked[-1][0] if ranked else float("inf")
        return Counter({t: n for t, n in counts.items() if t in terms or n >= cut}), total
    from wordfreq import get_frequency_dict, get_frequency_list, word_frequency

    import communique.text.resources as resources

    stop = resources.stopwords()
    # Positional, as wordfreq calls them itself: its lru_cache keys differ by how they are passed.
    freqs = get_frequency_dict("en", "large")
    chosen: Counter = Counter()
    for term in sorted(terms):
        if term in freqs and term not in stop and _is_word(term):  # in the table _wordfreq_base builds
            chosen[term] = round(freqs[term] * WORDFREQ_SIZE)
        else:
            n = round(word_frequency(term, "en", wordlist="large") * WORDFREQ_SIZE)
            if n:
                chosen[term] = n
    taken, last = 0, None
    for bucket in get_frequency_list("en", "large"):  # most frequent first
        for word in bucket:
            if word in terms or word in stop or not _is_word(word):
                continue
            n = round(freqs[word] * WORDFREQ_SIZE)
            if taken >= others and n != last:
                return chosen, WORDFREQ_SIZE
            if n:
                chosen[word] = n
                taken, last = taken + 1, n
    return chosen, WORDFREQ_SIZE


def _as_counts(source, total: int | None, by: str, kinds) -> tuple[Mapping[str, int], int]:
    import pandas as pd

    if isinstance(source, tuple) and len(source) == 2 and isinstance(source[1], int):
        counts, found_total = source
        return counts, total if total is not None else found_total
    if isinstance(source, pd.Series):
        counts = source.to_dict()
        return counts, total if total is not None else int(sum(counts.values()))
    if isinstance(source, Mapping):
        return source, total if total is not None else int(sum(source.values()))
    counts, found_total = term_counts(source, by=by, kinds=kinds)
    return counts, total if total is not None else found_total


def keyness(
    target,
    reference,
    *,
    target_total: int | None = None,
    reference_total: int | None = None,
    by: str = "norm",
    min_count: int = 3,
    top: int | None = None,
    p: float | None = None,
    kinds: Iterable[str] | None = CONTENT_KINDS,
) -> pd.DataFrame:
    """Keyness of every term of target and reference, key words first.

    ``target``/``reference`` are tokens tables (or texts/articles), ``(Counter, total)`` pairs as
    returned by :func:`term_counts` and :func:`reference_counts`, or plain count mappings (total =
    sum of counts unless given). Terms with ``count + ref_count < min_count`` are left out.
    ``key`` is ``positive`` (more frequent in the target, G2 at p < 0.05 or ``p``), ``negative``
    or ``neutral``. Sorted: positive terms by G2, then negative by G2, then neutral; ``top``
    keeps that many of each group. Columns: :data:`KEYNESS_COLUMNS`.
    """
    import numpy as np
    import pandas as pd
    from scipy.special import chdtrc, chdtri

    a_counts, c = _as_counts(target, target_total, by, kinds)
    b_counts, d = _as_counts(reference, reference_total, by, kinds)
    if c <= 0 or d <= 0:
        raise ValueError("keyness needs words in both target and reference")
    terms = sorted(set(a_counts) | set(b_counts))
    a = np.array([a_counts.get(t, 0) for t in terms], dtype=float)
    b = np.array([b_counts.get(t, 0) for t in terms], dtype=float)
    keep = (a + b) >= min_count
    terms = [t for t, k in zip(terms, keep) if k]
    a, b = a[keep], b[keep]
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        part_a = np.where(a > 0, a * np.log(np.where(a > 0, a, 1) / e1), 0.0)
        part_b = np.where(b > 0, b * np.log(np.where(b > 0, b, 1) / e2), 0.0)
    g2 = 2 * (part_a + part_b)
    g2 = np.maximum(g2, 0.0)
    ratio = np.log2((np.where(a > 0, a, 0.5) / c) / (np.where(b > 0, b, 0.5) / d))
    p_value = chdtrc(1, g2)  # chi-square survival function, 1 degree of freedom
    critical = chdtri(1, p if p is not None else 0.05)
    over = a / c > b / d
    key = np.where(g2 < critical, "neutral", np.where(over, "positive", "negative"))
    frame = pd.DataFrame(
        {
            "term": terms,
            "count": a.astype(int),
            "ref_count": b.astype(int),
            "expected": e1,
            "ref_expected": e2,
            "per_10k": 10_000 * a / c,
            "ref_per_10k": 10_000 * b / d,
            "g2": g2,
            "log_ratio": ratio,
            "p_value": p_value,
            "key": key,
        },
        columns=KEYNESS_COLUMNS,
    )
    order = {"positive": 0, "negative": 1, "neutral": 2}
    frame["_group"] = frame["key"].map(order)
    frame = frame.sort_values(["_group", "g2", "term"], ascending=[True, False, True], kind="stable")
    if top is not None:
        frame = frame.groupby("_group", sort=False).head(top)
    return frame.drop(columns="_group").reset_index(drop=True)


def keyness_split(tokens, target_docs: Iterable[str], **options) -> pd.DataFrame:
    """Keyness of the documents ``target_docs`` against the other documents of the same table."""
    from communique.words.frequencies import as_tokens

    table = as_tokens(tokens, kinds=options.get("kinds", CONTENT_KINDS))
    mask = table["doc_id"].isin(list(target_docs)).to_numpy()
    if mask.all() or not mask.any():
        raise ValueError("the target documents must be a proper, non-empty part of the table")
    return keyness(table[mask], table[~mask], **options)
