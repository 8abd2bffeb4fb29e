"""The ``freq`` stage in parts: what each shard counts, and how the counts add up.

Pass 1 (:func:`count_shard`) counts terms, document frequencies, word pairs, name candidates
and sentence tone in one shard; :class:`FreqTotals` adds the parts up in shard
order. Pass 2 (:func:`detail_shard`) needs corpus-wide numbers from pass 1 (document
frequencies, the most frequent words, where each shard starts) and gives each shard's tf-idf,
dispersion, concordance and name-chain counts. Every combined table equals the table the
functions of :mod:`communique.words.frequencies` give for the whole corpus at once (the tests compare
them); word pairs are kept as integer arrays, so the parent's memory grows with the vocabulary,
not with the corpus.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

    from communique.output import TableWriter
    from communique.run.shards import Shard

# Merge the pair arrays once this many (key, count) rows have piled up.
_REDUCE_AT = 4_000_000


@dataclass
class CountsPart:
    """Pass-1 counts of one shard (see :func:`count_shard`)."""

    terms: Counter  # norm -> count (no stop words, no punctuation)
    docs: Counter  # norm -> documents it occurs in
    alpha: Counter  # the alphabetic terms' counts (keyness, most frequent words)
    units: int  # documents with at least one alphabetic non-stop word (tf-idf's n)
    words: int  # running words (punctuation excluded)
    pair_vocab: list[str]  # word pairs: codes into this vocabulary ...
    pair_first: np.ndarray
    pair_second: np.ndarray
    pair_counts: np.ndarray
    unigrams: Counter  # every token's count (collocation word counts)
    tokens: int  # every token (collocation N)
    names: Counter  # name candidates (phrases)
    name_words: Counter
    name_n: int
    sentences: pd.DataFrame  # VADER scores per sentence
    articles_tone: pd.DataFrame  # tone per document (its documents are this shard's alone)
    boilerplate: Any = None  # communique.words.boilerplate.BoilerplateCounts
    documents: int = 0  # documents with content tokens (words or punctuation)
    sample_names: tuple | None = None  # names, name_words, name_n and documents of the ``sample`` alone


def shard_tokens(shard: Shard, stop: frozenset[str] | None):
    """The shard's content tokens, stop words re-marked from ``stop`` (None: as tokenised)."""
    from communique.text.tokens import content_tokens
    from communique.words.stopwords import apply_stop_words

    tokens = content_tokens(shard.tokens(categorical=True))  # counted by their categorical codes
    return tokens if stop is None else apply_stop_words(tokens, stop)


def count_shard(shard: Shard, stop: frozenset[str] | None = None,
                sample: frozenset[str] | None = None) -> CountsPart:
    """Pass 1 for one shard (runs in a worker); ``stop`` is the run's stop-word set; ``sample``:
    document ids whose name candidates are counted apart too (the topic model's sample)."""
    import numpy as np

    import communique.words.association as co
    import communique.words.frequencies as fq
    import communique.words.keywords as kn
    from communique.words.boilerplate import boilerplate_counts
    from communique.words.phrases import phrase_counts_of

    tokens = shard_tokens(shard, stop)
    table = fq.term_frequencies(tokens)
    alpha, words = kn.term_counts(tokens)
    mask = fq.term_mask(tokens, numbers=False)
    grams, counts, unigram_counts, values, total = co.ngram_counts(tokens, 2, "norm", False, False)
    grams_array = np.array(grams, dtype=np.int64).reshape(-1, 2)
    names, name_words, name_n = phrase_counts_of(tokens)
    from communique.words.tone import article_tone, sentence_tone

    articles = shard.articles()
    sentences = sentence_tone(articles, tokens=tokens)
    return CountsPart(
        terms=Counter(dict(zip(table["term"].tolist(), table["count"].tolist()))),
        docs=Counter(dict(zip(table["term"].tolist(), table["docs"].tolist()))),
        alpha=alpha, units=int(tokens["doc_id"][mask].nunique()),
        words=words, pair_vocab=values.tolist(), pair_first=grams_array[:, 0], pair_second=grams_array[:, 1],
        pair_counts=np.asarray(counts, dtype=np.int64),
        unigrams=Counter(dict(zip(values.tolist(), unigram_counts.tolist()))), tokens=int(total),
        names=names, name_words=name_words, name_n=name_n, sentences=sentences,
        articles_tone=article_tone(sentences), boilerplate=boilerplate_counts(articles, tokens),
        documents=int(tokens["doc_id"].nunique()),
        sample_names=None if sample is None else _sample_names(tokens, sample, (names, name_words, name_n)),
    )


def _sample_names(tokens: pd.DataFrame, sample: frozenset[str], whole: tuple[Counter, Counter, int]) -> tuple:
    """:func:`~communique.words.phrases.phrase_counts_of` of the documents ``sample`` and their number,
    given ``whole``, the counts of all of ``tokens``: the counts of parts of a corpus split by
    document add up to those of the whole, so the sample's are the whole's less those of the
    documents outside it (most documents are in the sample: BBC's 2,000 of 2,225, where counting
    the sample's own took 0.3 CPU-s)."""
    from communique.words.phrases import phrase_counts_of

    outside = ~tokens["doc_id"].isin(sample).to_numpy()
    rows = tokens[outside]
    found, words, n = whole
    if len(rows):
        other_found, other_words, other_n = phrase_counts_of(rows)
        found, words, n = found - other_found, words - other_words, n - other_n  # (Counter "-" keeps counts > 0)
    else:
        found, words = +found, +words  # copies (and the counts > 0, as phrase_counts_of gives them)
    documents = int(tokens["doc_id"].nunique()) - int(rows["doc_id"].nunique())
    return found, words, n, documents


@dataclass
class FreqTotals:
    """The sum of :class:`CountsPart` objects, added in shard order."""

    terms: Counter = field(default_factory=Counter)
    docs: Counter = field(default_factory=Counter)
    alpha: Counter = field(default_factory=Counter)
    units: int = 0
    words: int = 0
    unigrams: Counter = field(default_factory=Counter)
    tokens: int = 0
    names: Counter = field(default_factory=Counter)
    name_words: Counter = field(default_factory=Counter)
    name_n: int = 0
    boilerplate: Any = None
    documents: int = 0
    sample_names: tuple | None = None  # the parts' sample_names added up
    vocab: dict[str, int] = field(default_factory=dict)
    _keys: list[Any] = field(default_factory=list)
    _counts: list[Any] = field(default_factory=list)
    _pending: int = 0

    def add(self, part: CountsPart) -> None:
        import numpy as np

        self.terms.update(part.terms)
        self.docs.update(part.docs)
        self.alpha.update(part.alpha)
        self.units += part.units
        self.words += part.words
        self.unigrams.update(part.unigrams)
        self.tokens += part.tokens
        self.names.update(part.names)
        self.name_words.update(part.name_words)
        self.name_n += part.name_n
        self.documents += part.documents
        if part.sample_names is not None:
            if self.sample_names is None:
                self.sample_names = (Counter(), Counter(), 0, 0)
            found, words, n, documents = self.sample_names
            found.update(part.sample_names[0])
            words.update(part.sample_names[1])
            self.sample_names = (found, words, n + part.sample_names[2], documents + part.sample_names[3])
        if part.boilerplate is not None:
            if self.boilerplate is None:
                from communique.words.boilerplate import BoilerplateCounts

                self.boilerplate = BoilerplateCounts()
            self.boilerplate.add(part.boilerplate)
        if len(part.pair_counts):
            codes = np.array([self.vocab.setdefault(w, len(self.vocab)) for w in part.pair_vocab], dtype=np.int64)
            self._keys.append((codes[part.pair_first] << 32) | codes[part.pair_second])
            self._counts.append(part.pair_counts)
            self._pending += len(part.pair_counts)
            if self._pending >= _REDUCE_AT:
                self._reduce()

    def _reduce(self) -> None:
        import numpy as np

        if len(self._keys) <= 1:
            return
        keys, inverse = np.unique(np.concatenate(self._keys), return_inverse=True)
        counts = np.bincount(inverse, weights=np.concatenate(self._counts)).astype(np.int64)
        self._keys, self._counts, self._pending = [keys], [counts], len(keys)

    def pairs(self, min_freq: int = 1) -> dict[tuple[str, str], int]:
        """Word pairs seen at least ``min_freq`` times, with their counts."""
        import numpy as np

        self._reduce()
        if not self._keys:
            return {}
        keys, counts = self._keys[0], self._counts[0]
        keep = counts >= min_freq
        words = np.array(list(self.vocab), dtype=object)
        first, second = words[keys[keep] >> 32], words[keys[keep] & 0xFFFFFFFF]
        return dict(zip(zip(first.tolist(), second.tolist()), counts[keep].tolist()))

    def drop_terms(self, terms: frozenset[str]) -> None:
        """Leave ``terms`` (boilerplate) out of the term counts, document frequencies and keyness counts."""
        for counter in (self.terms, self.docs, self.alpha):
            for term in terms & counter.keys():
                del counter[term]

    def term_table(self) -> pd.DataFrame:
        """:func:`communique.words.frequencies.term_frequencies` of the whole corpus."""
        from communique.words.frequencies import term_table

        terms = list(self.terms)
        return term_table(terms, [self.terms[t] for t in terms], [self.docs[t] for t in terms], self.words)

    def top_alpha(self, n: int) -> list[str]:
        """The ``n`` most frequent alphabetic terms (ties alphabetical), as ``numbers=False`` ranks them."""
        import heapq

        return [t for t, _ in heapq.nsmallest(n, self.alpha.items(), key=lambda item: (-item[1], item[0]))]

    def document_frequencies(self) -> dict[str, int] | None:
        """tf-idf's df (alphabetic terms, per document); None when there is one document (tf-idf
        then weighs paragraphs, which each shard does alone)."""
        if self.units <= 1:
            return None
        return {t: self.docs[t] for t in self.alpha}


@dataclass
class DetailPart:
    """Pass-2 results of one shard (see :func:`detail_shard`)."""

    tfidf: pd.DataFrame
    dispersion: pd.DataFrame
    kwic: pd.DataFrame | None
    chains: Counter


def detail_shard(shard: Shard, *, watch: list[str], offset: int, df: dict[str, int] | None, units: int,
                 chain_pairs: set[tuple[str, ...]], max_len: int = 4,
                 stop: frozenset[str] | None = None) -> DetailPart:
    """Pass 2 for one shard: tf-idf with the corpus's df, dispersion of ``watch`` (positions
    shifted by ``offset``, the running words before this shard), a concordance of ``watch[0]``
    and counts of name chains."""
    import communique.words.frequencies as fq
    import communique.words.trends as tr
    from communique.words.concordance import kwic
    from communique.words.phrases import chain_counts

    tokens = shard_tokens(shard, stop)
    if df is None:
        tfidf = fq.tfidf(tokens, top=10)
    else:
        tfidf = fq.tfidf(tokens, top=10, unit="doc", document_frequencies=(df, units))
    disp = tr.dispersion(tokens, watch)
    disp["pos"] = disp["pos"] + offset
    concordance = None
    if watch and len(tokens):
        concordance = kwic(shard.articles(), watch[0], tokens=tokens)
    chains = chain_counts(tokens, chain_pairs, max_len=max_len) if chain_pairs else Counter()
    return DetailPart(tfidf, disp, concordance, chains)


def combine_tfidf(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Per-shard tf-idf tables as one, in the order :func:`~communique.words.frequencies.tfidf` sorts."""
    import pandas as pd

    full = [p for p in parts if len(p)]
    if not full:
        return parts[0] if parts else pd.DataFrame()
    frame = pd.concat(full, ignore_index=True)
    return frame.sort_values(["doc_id", "para", "tfidf", "term"], ascending=[True, True, False, True],
                             kind="stable").reset_index(drop=True)


DISPERSION_COLUMNS = ["word", "doc_id", "sent", "i", "pos", "rel_pos", "start", "end"]


def write_dispersion(writer: TableWriter, parts: list[pd.DataFrame], watch: list[str]) -> pd.DataFrame:
    """Write per-shard dispersion tables as one table (words in ``watch`` order, then by
    position) part by part through ``writer``, and return its ``word, doc_id, pos`` columns.

    The table can have millions of rows on a large corpus; only its three narrow columns are
    kept for the figure and the trends.
    """
    import pandas as pd

    full = [p for p in parts if len(p)]
    slim = []
    with writer:
        writer.write(full[0].head(0) if full else pd.DataFrame(columns=DISPERSION_COLUMNS))
        for word in dict.fromkeys(watch):
            # One write per word (each write costs a CSV and an Arrow conversion), not per part.
            found = [rows for rows in (part[part["word"].to_numpy() == word] for part in full) if len(rows)]
            if found:
                rows = found[0] if len(found) == 1 else pd.concat(found, ignore_index=True)
                writer.write(rows)
                slim.append(rows[["word", "doc_id", "pos"]])
    return pd.concat(slim, ignore_index=True) if slim else pd.DataFrame(columns=["word", "doc_id", "pos"])


def concat_parts(parts: list[pd.DataFrame | None]) -> pd.DataFrame | None:
    """Non-empty parts concatenated in order (an empty part if all are empty, None if none)."""
    import pandas as pd

    present = [p for p in parts if p is not None]
    full = [p for p in present if len(p)]
    if not full:
        return present[0] if present else None
    return pd.concat(full, ignore_index=True)
