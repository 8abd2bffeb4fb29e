"""Multi-word units ("North Korea", "Kim Jong-un", "Bank of England") found by collocation.

:func:`find_phrases` scores adjacent token pairs of a tokens table with normalised PMI
(like gensim's ``Phrases`` with ``scoring="npmi"``) and keeps pairs that occur at least
``min_count`` times above ``threshold``; by default only capitalised spans count, so the
units are names. Pairs chain into longer units ("Kim Jong-un" + "Jong-un Un" -> three
words), and ``Name of Name`` trigrams are found too. :func:`merge_phrases` then replaces
each occurrence by one row whose ``start``/``end`` cover the whole span.

>>> from communique.text.tokens import tokenise
>>> text = ("North Korea and Russia met. North Korea wants aid. Kim Jong-un spoke. "
...         "Kim Jong-un left. Russia and North Korea agreed. Kim smiled.")
>>> table = tokenise(text)
>>> find_phrases(table, min_count=2)
[('kim', 'jong-un'), ('north', 'korea')]
>>> merged = merge_phrases(table, find_phrases(table, min_count=2))
>>> row = merged[merged["norm"] == "north korea"].iloc[0]
>>> (row["text"], text[row["start"]:row["end"]])
('North Korea', 'North Korea')
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from communique.words import _coding

if TYPE_CHECKING:
    import pandas as pd

Phrase = tuple[str, ...]

# Lower-case words allowed inside a name: "Bank of England", "Prince of Wales".
CONNECTORS: frozenset[str] = frozenset({"of", "de", "du", "la", "al", "bin", "van", "von", "del"})


def _adjacent(doc: Sequence, sent: Sequence, i: Sequence, k: int, step: int) -> bool:
    j = k + step
    return doc[j] == doc[k] and sent[j] == sent[k] and i[j] == i[k] + step


def phrase_scores(
    tokens: pd.DataFrame,
    *,
    min_count: int = 2,
    capitalised: bool = True,
    by: str = "norm",
) -> pd.DataFrame:
    """Every candidate unit with its count and NPMI score (columns ``phrase, n, count, npmi``).

    Candidates are adjacent pairs in one sentence whose words are alphabetic and not stop words
    (and, with ``capitalised``, both start with a capital letter in the text), plus
    ``A of B`` trigrams of such words. NPMI = log(p(ab) / (p(a) p(b))) / -log p(ab), where
    probabilities are over the word tokens (not punctuation) of the table; it is 1 when the
    words only ever occur together. Sorted by score, then phrase.
    """
    return score_phrases(*phrase_counts_of(tokens, capitalised=capitalised, by=by), min_count=min_count)


def phrase_counts_of(tokens: pd.DataFrame, *, capitalised: bool = True,
                     by: str = "norm") -> tuple[Counter, Counter, int]:
    """Candidate counts (pairs and ``A of B`` trigrams), word counts and the number of words.

    Counts of parts of a corpus add up to those of the whole; :func:`score_phrases` scores them.
    """
    import numpy as np

    codes, values = _coding.column_codes(tokens[by])
    is_word = ~tokens["is_punct"].to_numpy(dtype=bool)
    unigrams = np.bincount(codes[is_word], minlength=len(values))
    good = tokens["is_alpha"].to_numpy(dtype=bool) & ~tokens["is_stop"].to_numpy(dtype=bool)
    if capitalised:
        candidates = np.flatnonzero(good)
        texts = tokens["text"].take(candidates).tolist()  # (only these rows' strings: Arrow makes one per row)
        good[candidates] = np.fromiter((t[:1].isupper() for t in texts), dtype=bool, count=len(texts))
    link = _coding.links(tokens)
    vocab = max(len(values), 1)
    found: Counter = Counter()
    if len(codes) >= 2:
        ok = link & good[:-1] & good[1:]
        grams, counts = _coding.unique_counts(codes[:-1][ok] * vocab + codes[1:][ok])
        for gram, count in zip(grams.tolist(), counts.tolist()):
            found[(values[gram // vocab], values[gram % vocab])] = count
    if len(codes) >= 3:
        connector = np.isin(codes[1:-1], [k for k, v in enumerate(values.tolist()) if v in CONNECTORS])
        ok = link[:-1] & link[1:] & good[:-2] & good[2:] & connector
        grams, counts = _coding.unique_counts((codes[:-2][ok] * vocab + codes[1:-1][ok]) * vocab + codes[2:][ok])
        for gram, count in zip(grams.tolist(), counts.tolist()):
            found[(values[gram // vocab // vocab], values[gram // vocab % vocab], values[gram % vocab])] = count
    words = Counter({w: int(c) for w, c in zip(values.tolist(), unigrams.tolist()) if c})
    return found, words, int(is_word.sum())


def score_phrases(candidates: Mapping[Phrase, int], words: Mapping[str, int], n_words: int, *,
                  min_count: int = 2) -> pd.DataFrame:
    """The :func:`phrase_scores` table from counts (:func:`phrase_counts_of`, maybe summed over parts)."""
    import pandas as pd

    n_words = max(n_words, 1)
    rows = []
    for phrase, count in candidates.items():
        if count < min_count:
            continue
        p_ab = count / n_words
        p_a = words[phrase[0]] / n_words
        p_b = words[phrase[-1]] / n_words
        if p_ab >= 1.0:
            npmi = 1.0
        else:
            npmi = math.log(p_ab / (p_a * p_b)) / -math.log(p_ab)
        rows.append({"phrase": phrase, "n": len(phrase), "count": count, "npmi": round(npmi, 6)})
    table = pd.DataFrame(rows, columns=["phrase", "n", "count", "npmi"])
    if table.empty:
        return table
    table["_key"] = [" ".join(p) for p in table["phrase"]]
    table = table.sort_values(["npmi", "count", "_key"], ascending=[False, False, True], kind="stable")
    return table.drop(columns="_key").reset_index(drop=True)


def find_phrases(
    tokens: pd.DataFrame,
    *,
    min_count: int = 2,
    threshold: float = 0.5,
    capitalised: bool = True,
    by: str = "norm",
    max_len: int = 4,
) -> list[Phrase]:
    """Multi-word units of a tokens table, as sorted tuples of ``by`` values (``norm`` by default).

    A pair is kept when it occurs ``min_count`` times or more and its NPMI is at least
    ``threshold`` (0..1). Kept pairs that share a word chain into longer units up to
    ``max_len`` words ("Kim Jong" + "Jong Un" -> "Kim Jong Un"), provided the longer span itself
    occurs ``min_count`` times. Captions and boilerplate count unless you filter the table
    first (e.g. with :func:`communique.text.tokens.content_tokens`).
    """
    scores = phrase_scores(tokens, min_count=min_count, capitalised=capitalised, by=by)
    kept = kept_phrases(scores, threshold)
    pairs = {p for p in kept if len(p) == 2}
    chains = chain_counts(tokens, pairs, max_len=max_len, by=by) if max_len > 2 and pairs else Counter()
    return units_of(kept, chains, min_count=min_count)


def kept_phrases(scores: pd.DataFrame, threshold: float = 0.5) -> list[Phrase]:
    """The scored candidates (:func:`phrase_scores`) at or above ``threshold``."""
    if scores.empty:
        return []
    return [tuple(p) for p, s in zip(scores["phrase"], scores["npmi"]) if s >= threshold]


def units_of(kept: Iterable[Phrase], chains: Mapping[Phrase, int], *, min_count: int = 2) -> list[Phrase]:
    """Kept candidates plus the chains seen ``min_count`` times, sorted.

    A pair inside a kept longer unit that never occurs on its own adds nothing; both are kept
    anyway: :func:`merge_phrases` prefers the longest match.
    """
    return sorted(set(kept) | {p for p, c in chains.items() if c >= min_count})


def chain_counts(tokens: pd.DataFrame, pairs: set[Phrase], *, max_len: int = 4, by: str = "norm") -> Counter:
    """Counts of the longer spans made of overlapping kept pairs (summable over parts of a corpus)."""
    import numpy as np

    following: dict[str, set[str]] = {}
    for a, b in pairs:
        following.setdefault(a, set()).add(b)

    codes, values = _coding.column_codes(tokens[by])
    if len(codes) < 3:
        return Counter()
    index = {v: k for k, v in enumerate(values.tolist())}
    vocab = max(len(values), 1)
    kept = np.array([index[a] * vocab + index[b] for a, b in pairs if a in index and b in index], dtype=np.int64)
    link = _coding.links(tokens)
    is_pair = link & np.isin(codes[:-1] * vocab + codes[1:], kept)
    # A chain starts where a kept pair is followed by another kept pair.
    starts = np.flatnonzero(is_pair[:-1] & is_pair[1:])
    counts: Counter = Counter()
    n = len(is_pair)
    for k in starts.tolist():
        span = [values[codes[k]], values[codes[k + 1]]]
        j = k + 1
        while len(span) < max_len and j < n and is_pair[j] and values[codes[j + 1]] in following.get(span[-1], ()):
            span.append(values[codes[j + 1]])
            j += 1
            counts[tuple(span)] += 1
    return counts


def merge_phrases(tokens: pd.DataFrame, phrases: Iterable[Sequence[str]], *, by: str = "norm",
                  joiner: str = " ") -> pd.DataFrame:
    """The tokens table with each occurrence of a phrase merged into one row.

    Matching is greedy, longest phrase first, left to right, within one sentence. The merged
    row keeps the first token's ``doc_id, para, kind, sent, i`` and spans ``start`` of the first
    to ``end`` of the last token; ``text``, ``norm``, ``lemma`` and ``stem`` are the parts joined
    by ``joiner`` (so ``text`` equals the source span when the words are separated by one space);
    ``is_stop``/``is_punct`` are False and ``is_alpha`` True. Row order and dtypes are kept;
    ``i`` then has gaps where tokens were absorbed.
    """
    import numpy as np

    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in {tuple(p) for p in phrases if len(p) >= 2}:
        by_first.setdefault(phrase[0], []).append(phrase)
    if not by_first or tokens.empty:
        return tokens.copy()
    for options in by_first.values():
        options.sort(key=lambda p: (-len(p), p))
    # (rows compared by their integer codes: equal codes, equal strings; no string per row)
    codes, values = _coding.column_codes(tokens[by])
    index = {v: c for c, v in enumerate(values.tolist())}
    coded: dict[int, list[tuple[int, ...]]] = {}
    for first, options in by_first.items():  # (a phrase with a word the table lacks matches nowhere)
        found = [tuple(index[w] for w in p) for p in options if all(w in index for w in p)]
        if found:
            coded[index[first]] = found
    key = codes.tolist()
    doc_codes = _coding.column_codes(tokens["doc_id"])[0]
    doc = doc_codes.tolist() if not len(doc_codes) or doc_codes.min() >= 0 else tokens["doc_id"].tolist()
    sent = tokens["sent"].tolist()
    idx = tokens["i"].tolist()
    n = len(key)
    keep = np.ones(n, dtype=bool)
    merges: list[tuple[int, int]] = []  # (first row, last row)
    starts = np.flatnonzero(np.isin(codes, list(coded)))
    consumed_until = -1
    for k in starts.tolist():
        if k <= consumed_until:
            continue
        for phrase in coded[key[k]]:
            m = len(phrase)
            if k + m > n or key[k + 1] != phrase[1]:  # (the second word decides most candidates)
                continue
            if all(key[k + j] == phrase[j] and _adjacent(doc, sent, idx, k, j) for j in range(1, m)):
                merges.append((k, k + m - 1))
                keep[k + 1 : k + m] = False
                consumed_until = k + m - 1
                break
    out = tokens.copy()
    if not merges:
        return out
    cols = {c: out.columns.get_loc(c) for c in ("end", "text", "norm", "lemma", "stem", "is_stop", "is_punct", "is_alpha")}
    firsts = [a for a, _ in merges]
    lasts = [b for _, b in merges]
    ends = out["end"].to_numpy()
    out.iloc[firsts, cols["end"]] = ends[lasts]
    rows = [r for a, b in merges for r in range(a, b + 1)]  # (the merged rows' strings only)
    for column in ("text", "norm", "lemma", "stem"):
        parts = out[column].take(rows).tolist()
        joined, at = [], 0
        for a, b in merges:
            joined.append(joiner.join(parts[at : at + b - a + 1]))
            at += b - a + 1
        out.iloc[firsts, cols[column]] = joined
    out.iloc[firsts, cols["is_stop"]] = False
    out.iloc[firsts, cols["is_punct"]] = False
    out.iloc[firsts, cols["is_alpha"]] = True
    return out[keep].reset_index(drop=True)


def phrase_counts(tokens: pd.DataFrame, phrases: Iterable[Sequence[str]], *, by: str = "norm") -> Mapping[str, int]:
    """How often each phrase occurs (as merged by :func:`merge_phrases`), keyed by the joined phrase."""
    merged = merge_phrases(tokens, phrases, by=by)
    wanted = {" ".join(p) for p in phrases}
    counts = Counter(v for v in merged[by].tolist() if v in wanted)
    return dict(sorted(counts.items()))
