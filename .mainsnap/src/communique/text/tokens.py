"""Sentences and word tokens with character offsets, as a pandas DataFrame.

One compiled regular expression finds every token and a second finds sentence
boundaries, so offsets always index the original text (``text[start:end] == token``)
and quotes, apostrophes and dashes stay the characters that are in the text.

>>> table = tokenise("Kim’s father visited the U.S. in 2011 -- twice.")
>>> list(table.text)
['Kim', '’s', 'father', 'visited', 'the', 'U.S.', 'in', '2011', '--', 'twice', '.']
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

import communique.text.resources as resources
from communique.text import lexicon
from communique.text.corpus import CONTENT_KINDS, Article, paragraph_spans

if TYPE_CHECKING:
    import pandas as pd

TOKEN_COLUMNS = [
    "doc_id", "para", "kind", "sent", "i", "start", "end", "text",
    "norm", "lemma", "stem", "is_stop", "is_punct", "is_alpha",
]

_APOS = "'’"
# Combining marks (decomposed accents, NFD): part of the word they follow, so "Erdoğan" typed as
# g + U+0306 is one token whatever the normalisation form; offsets still index the text.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Branches are ordered by how often they match in news text: most tokens are words, so the
# engine tries that branch first. Known abbreviations ("Dr.", "Gen.") keep their full stop in
# a second pass over the rare full stops inside a sentence (see _attach_abbreviation_stops).
TOKEN_PATTERN = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’”])
   |(?P<word>[^\W\d_]+(?:[{_MARKS}]+[^\W\d_]*)*(?:(?:[-‐‑]|[{_APOS}](?!(?:[sdmtSDMT]|re|ve|ll|RE|VE|LL)\b))\w+(?:[{_MARKS}]+\w*)*)*(?:\.(?:[^\W\d_]\.)+)?)
   |(?P<number>\d+(?:[.,:]\d+)*(?:[-‐‑/]?[^\W_]+)*)
   |(?P<clitic>[{_APOS}](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M|t|T)\b)
   |(?P<dash>-{{2,}}|[—–―])
   |(?P<ellipsis>\.{{2,}}|…)
   |(?P<punct>\S)
    """,
    re.VERBOSE,
)
# A candidate sentence end: terminal punctuation, closing quotes/brackets, space, then a
# capital, digit or opening quote. Abbreviations and initials are vetoed in code.
_BOUNDARY = re.compile(
    r"""(?P<stop>[.!?…]+)(?P<close>['"’”)\]]*)\s+(?=[\['"“‘(]*[\dA-Z\u00C0-\u00DE\u0400-\u042F])"""
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


@functools.cache
def bundled_abbreviations() -> frozenset[str]:
    """Abbreviations that keep their full stop (lower case, without the stop): ``text/data/abbreviations.txt``
    plus the month and weekday abbreviations; the same on every machine (NLTK's Punkt data is never
    read). Letter-dot sequences such as U.S., U.N., e.g. and a.m. are recognised by pattern."""
    return frozenset(lexicon.words("abbreviations")) | frozenset(lexicon.calendar_abbreviations())


_SENT_STARTERS = frozenset(
    "the a an he she it they we i this that these those but and in on at his her their its there "
    "however meanwhile mr mrs ms dr".split()
)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (one paragraph), stripped of outer whitespace.

    >>> text = "Mr. Kim met Dr. Lee in the U.S. on Monday. They talked. It ended."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Mr. Kim met Dr. Lee in the U.S. on Monday.', 'They talked.', 'It ended.']
    """
    end = len(text) if end is None else end
    abbreviations = bundled_abbreviations()
    spans = []
    pos = start
    title_end = _title_line_end(text, start, end)
    if title_end is not None:
        spans.append((start, title_end))
        pos = start = title_end + 1
    for match in _BOUNDARY.finditer(text, start, end):
        stop = match.group("stop")
        if stop == ".":
            before = _WORD_BEFORE.search(text, max(start, match.start() - 40), match.start())
            word = before.group(1) if before else ""
            if word:
                key = word.lower()
                is_initial = len(word) == 1 and word.isalpha() and word.isupper()
                is_abbr = key in abbreviations or "." in key
                if is_initial or is_abbr:
                    nxt = re.match(r"[\['\"“‘(]*(\w+)", text[match.end() : match.end() + 30])
                    starter = nxt.group(1).lower() if nxt else ""
                    # "in the U.S. The talks" ends a sentence; "Dr. Lee" does not.
                    if is_initial or key in abbreviations or starter not in _SENT_STARTERS:
                        continue
        cut = match.start("close") + len(match.group("close"))
        spans.append((pos, cut))
        pos = match.end()
    spans.append((pos, end))
    return [(s, e) for s, e in (_strip(text, s, e) for s, e in spans) if e > s]


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(lexicon.words("stopwords_en"))


_TITLE_LINE = re.compile(r"""[^\n]{1,200}?(?P<last>[^\W_]+)[^\S\n]*(?=\n\s*[\['"“‘(]*[\dA-Z\u00C0-\u00DE\u0400-\u042F])""")


def _title_line_end(text: str, start: int, end: int) -> int | None:
    """Where a paragraph's first line ends when it is a title: a headline over its lead with one
    line break between them has no full stop, so the line break is the sentence boundary.

    A first line that ends in a word and is followed by a capitalised line is a title unless its
    last word is a function word ("the start of a / New Deal" is prose wrapped mid-sentence).

    >>> text = "Chad recalls envoy\\nChad recalled its ambassador."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Chad recalls envoy', 'Chad recalled its ambassador.']
    """
    match = _TITLE_LINE.match(text, start, end)
    if match is None or match.group("last").lower() in _function_words():
        return None
    return match.end()


_SPAN = re.Match.span


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Character spans of word tokens in ``text[start:end]``, splitting ``don't`` as do + n't.

    >>> text = "They don't. Dr. Lee did."
    >>> [text[s:e] for s, e in token_spans(text)]
    ['They', 'do', "n't", '.', 'Dr.', 'Lee', 'did', '.']
    """
    end = len(text) if end is None else end
    spans = list(map(_SPAN, TOKEN_PATTERN.finditer(text, start, end)))
    segment = text[start:end]
    if "'t" in segment or "’t" in segment or "'T" in segment:
        _move_negation(text, spans)
    if "." in segment:
        _attach_abbreviation_stops(text, spans, start, end)
    return spans


def _attach_abbreviation_stops(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    """Merge "Dr" + "." into "Dr." for known abbreviations inside a sentence, in place.

    Only full stops before the sentence's last character can belong to an abbreviation, and
    they are rare, so ``str.find`` visits them without a regex pass over the whole text.
    """
    abbreviations = bundled_abbreviations()
    dot = text.find(".", start, end - 1)
    while dot != -1:
        if dot > start and text[dot - 1].isalpha():
            k = bisect.bisect_left(spans, (dot, -1))
            if 0 < k < len(spans) and spans[k] == (dot, dot + 1) and spans[k - 1][1] == dot:
                word = text[spans[k - 1][0] : dot]
                if word.lower() in abbreviations:
                    spans[k - 1 : k + 1] = [(spans[k - 1][0], dot + 1)]
        dot = text.find(".", dot + 1, end - 1)


def _move_negation(text: str, spans: list[tuple[int, int]]) -> None:
    """Treebank style: "don't" -> "do" + "n't" (the n moves to the clitic), in place."""
    for k in range(1, len(spans)):
        s, e = spans[k]
        ps, pe = spans[k - 1]
        if e - s == 2 and text[s] in _APOS and text[s + 1] in "tT" and pe == s and pe - ps > 1 and text[pe - 1] in "nN":
            spans[k - 1] = (ps, pe - 1)
            spans[k] = (s - 1, e)


@functools.cache
def type_features(token: str) -> tuple[str, bool, bool, bool]:
    """norm, is_stop, is_punct, is_alpha for one token type (cached: types repeat)."""
    norm = unicodedata.normalize("NFKC", token).casefold().replace("’", "'").replace("‘", "'")
    is_punct = all(unicodedata.category(ch)[0] in "PS" for ch in token)
    letters = norm.replace("-", "").replace("'", "").replace(".", "")
    is_alpha = bool(letters) and letters.isalpha()
    return norm, norm in resources.stopwords(), is_punct, is_alpha


@functools.cache
def _lemma(norm: str) -> str:
    return resources.lemmatizer()(norm)


@functools.cache
def _stem(norm: str) -> str:
    return resources.stemmer()(norm)


def tokenise(
    source: str | Article,
    *,
    doc_id: str | None = None,
    kinds: Iterable[str] | None = None,
    lemmas: bool = True,
) -> pd.DataFrame:
    """Tokens table for a text or an :class:`Article` (columns: :data:`TOKEN_COLUMNS`).

    For an article every paragraph is tokenised and labelled with its ``kind``; pass
    ``kinds=CONTENT_KINDS`` to keep only title, standfirst and body. ``lemmas=False`` skips the
    (slower) lemmatizer and copies ``norm``. A list of texts or articles, or a DataFrame of
    articles, is tokenised as :func:`tokenise_many` does.
    """
    from communique.text.inputs import as_sources

    sources = as_sources(source, what="tokenise")
    if len(sources) != 1:  # texts of a list are told apart by their position ("0", "1", ...)
        ids = [s.id if isinstance(s, Article) else str(k) for k, s in enumerate(sources)]
        return tokenise_many(sources, doc_ids=ids, kinds=kinds, lemmas=lemmas)
    return tokenise_many(sources, doc_ids=None if doc_id is None else [doc_id], kinds=kinds, lemmas=lemmas)


def tokenise_many(
    sources: Iterable[str | Article],
    *,
    doc_ids: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    lemmas: bool = True,
) -> pd.DataFrame:
    """One tokens table for many texts or articles (much faster than concatenating tables)."""
    import numpy as np
    import pandas as pd

    from communique.text.inputs import as_sources

    sources = as_sources(sources, what="tokenise_many")
    wanted = set(kinds) if kinds is not None else None
    ids_given = list(doc_ids) if doc_ids is not None else None
    doc_col: list[str] = []
    para_col: list[int] = []
    kind_col: list[str] = []
    sent_col: list[int] = []
    i_col: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    for number, source in enumerate(sources):
        if isinstance(source, Article):
            text, doc_id = source.text, source.id
            paragraphs = [(p.kind, p.start, p.end) for p in source.paragraphs]
        else:
            text, doc_id = source, ""
            paragraphs = [("body", s, e) for s, e in paragraph_spans(text)]
        if ids_given is not None:
            doc_id = ids_given[number]
        sent_index = 0
        doc_spans: list[tuple[int, int]] = []
        for para_index, (kind, p_start, p_end) in enumerate(paragraphs):
            sentences = sentence_spans(text, p_start, p_end)
            if wanted is not None and kind not in wanted:
                sent_index += len(sentences)
                continue
            for s_start, s_end in sentences:
                spans = token_spans(text, s_start, s_end)
                n = len(spans)
                para_col += [para_index] * n
                kind_col += [kind] * n
                sent_col += [sent_index] * n
                doc_spans += spans
                sent_index += 1
        if doc_spans:  # one pass per document over its spans
            doc_starts, doc_ends = zip(*doc_spans)
            starts += doc_starts
            ends += doc_ends
            texts += map(text.__getitem__, map(slice, doc_starts, doc_ends))
        count = len(doc_spans)
        doc_col += [doc_id] * count
        i_col += range(count)
    # Features are computed once per distinct token text and spread with a vectorised take;
    # the types numbered in order of first appearance (as pandas.factorize does, faster here).
    numbers: dict[str, int] = {}
    codes = np.array([numbers.setdefault(t, len(numbers)) for t in texts], dtype=np.intp)
    types = list(numbers)
    features = [type_features(t) for t in types]
    norms = [f[0] for f in features]
    is_stop = np.array([f[1] for f in features], dtype=bool)
    is_alpha = np.array([f[3] for f in features], dtype=bool)
    lemma_of = [_lemma(n) if a and not st else n for n, a, st in zip(norms, is_alpha, is_stop)] if lemmas else norms
    stem_of = [_stem(n) if a else n for n, a in zip(norms, is_alpha)]

    def spread(values: list) -> pd.Series:
        return pd.Series(np.array(values, dtype=object)[codes] if len(values) else [], dtype=object)

    return pd.DataFrame(
        {
            "doc_id": pd.Series(doc_col, dtype=object),
            "para": np.array(para_col, dtype=np.int32),
            "kind": pd.Series(kind_col, dtype=object),
            "sent": np.array(sent_col, dtype=np.int32),
            "i": np.array(i_col, dtype=np.int64),
            "start": np.array(starts, dtype=np.int64),
            "end": np.array(ends, dtype=np.int64),
            "text": spread(types),
            "norm": spread(norms),
            "lemma": spread(lemma_of),
            "stem": spread(stem_of),
            "is_stop": is_stop[codes],
            "is_punct": np.array([f[2] for f in features], dtype=bool)[codes],
            "is_alpha": is_alpha[codes],
        },
        columns=TOKEN_COLUMNS,
    )


def content_tokens(table: pd.DataFrame, kinds: Iterable[str] = CONTENT_KINDS) -> pd.DataFrame:
    """Rows of a tokens table from content paragraphs only (captions and boilerplate dropped)."""
    return table[table["kind"].isin(list(kinds))]


def reset_caches() -> None:
    """Forget cached per-type features."""
    for cached in (type_features, _lemma, _stem):
        cached.cache_clear()
