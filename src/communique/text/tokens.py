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
    import numpy as np
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
# (The stop is written [.!?…][.!?…]* rather than [.!?…]+: a pattern that opens on a character class
# lets the engine skip to the next candidate stop, one that opens on a repeat tries every position.)
_BOUNDARY = re.compile(
    r"""(?P<stop>[.!?…][.!?…]*)(?P<close>['"’”)\]]*)\s+(?=[\['"“‘(]*[\dA-Z\u00C0-\u00DE\u0400-\u042F])"""
)
#: the word before a stop, read from the reversed 40 characters before it: the group ``([\w.]+)$`` finds
#: there (a match at the start instead of a search that tries every position against the end)
_WORD_BEFORE_REVERSED = re.compile(r"\n?([\w.]+)")


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
            before = _WORD_BEFORE_REVERSED.match(text[max(start, match.start() - 40):match.start()][::-1])
            word = before.group(1)[::-1] if before else ""
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
        spans.append((pos, match.end("close")))
        pos = match.end()
    spans.append((pos, end))
    out = []
    for s, e in spans:  # (a sentence after a boundary starts and ends on a non-space: only the ends need a strip)
        if s < e and (text[s].isspace() or text[e - 1].isspace()):
            s, e = _strip(text, s, e)
        if e > s:
            out.append((s, e))
    return out


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
    if text.find("\n", start, end) == -1:  # a title line ends at a line break (most paragraphs have none)
        return None
    match = _TITLE_LINE.match(text, start, end)
    if match is None or match.group("last").lower() in lexicon.function_words():
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


def _paragraph_token_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans of a paragraph's sentences in one regex pass (as :func:`token_spans` of each).

    Sentences are separated by whitespace only and no token holds whitespace or looks past it,
    so one scan from the first sentence's start to the last one's end finds the same tokens.
    """
    start, end = sentences[0][0], sentences[-1][1]
    spans = list(map(_SPAN, TOKEN_PATTERN.finditer(text, start, end)))
    segment = text[start:end]
    if "'t" in segment or "’t" in segment or "'T" in segment:
        _move_negation(text, spans)
    if "." in segment:
        # a sentence's last character never joins an abbreviation (token_spans stops before it)
        finals = {e - 1 for _, e in sentences} if len(sentences) > 1 else None
        _attach_abbreviation_stops(text, spans, start, end, finals)
    return spans


def _attach_abbreviation_stops(text: str, spans: list[tuple[int, int]], start: int, end: int,
                               finals: set[int] | None = None) -> None:
    """Merge "Dr" + "." into "Dr." for known abbreviations inside a sentence, in place.

    Only full stops before the sentence's last character can belong to an abbreviation, and
    they are rare, so ``str.find`` visits them without a regex pass over the whole text.
    ``finals``: the last characters of the sentences inside ``text[start:end]`` (several
    sentences scanned at once), which are skipped as the last one is.
    """
    abbreviations = bundled_abbreviations()
    dot = text.find(".", start, end - 1)
    while dot != -1:
        if dot > start and text[dot - 1].isalpha() and (finals is None or dot not in finals):
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


_CHUNK_CHARS = 1 << 22  # characters laid end to end per offset pass (bounds its temporary arrays)
_SPACE_MAX = 0x3000  # the highest code point str.isspace (and the regex \s) accepts: U+3000
_NEGATION_CUES = ("'t", "’t", "'T")  # what token_spans looks for before it moves an n


_WORD_END = rf"(?![\w{_MARKS}\-‐‑{_APOS}.])"  # nothing the word branch could go on with
#: Shortcuts tried before the pattern's branches, each matching only where they would give the same
#: token (85% of BBC tokens are ASCII words, 7% the punctuation here): an ASCII word that is all the
#: word branch takes (followed by no letter, digit, mark, hyphen, apostrophe or full stop) and cannot
#: open a URL, and punctuation that opens no other branch. Possessive (``*+``): no backtracking into a
#: shorter word. ``[^\W\d_]`` tests three categories a character, ``[a-zA-Z]`` one bitmap: the scan
#: takes 0.29 s on BBC instead of 0.44 s.
_FAST_BRANCHES = (
    rf"[a-gi-vx-zA-Z][a-zA-Z]*+{_WORD_END}"
    rf"|(?!https?://|www\.)[hw][a-zA-Z]*+{_WORD_END}"
    r"""|[,"“”():;!?\[\]]"""
)


@functools.cache
def _token_findall():
    """``findall`` of :data:`TOKEN_PATTERN` with its named groups made non-capturing: the tokens' text.

    The token is the one group after ``\\s*``: no branch starts on a space, so each match is the
    token at the next non-space character, as before, but the spaces between tokens are skipped by
    one loop instead of a failed try of every branch at each (10% of the scan on BBC)."""
    branches = re.sub(r"\(\?P<\w+>", "(?:", TOKEN_PATTERN.pattern)
    return re.compile(rf"\s*({_FAST_BRANCHES}|{branches})", TOKEN_PATTERN.flags).findall


@functools.cache
def _space_table():
    """Whether each code point up to U+3000 is a space; the last entry stands for every one above."""
    import numpy as np

    return np.array([chr(c).isspace() for c in range(_SPACE_MAX + 1)] + [False], dtype=bool)


class _Scan:
    """The tokens of many documents as :func:`token_spans` gives them sentence by sentence, found
    with one ``findall`` per paragraph (text only, no match objects).

    Their offsets follow from their lengths: tokens tile the non-space characters of what is
    scanned (the last branch of the pattern takes any non-space character, and no token holds a
    space), so the k-th character of a paragraph's tokens is its k-th non-space character. Offsets
    are global (documents laid end to end, one "\\n" between them) until :meth:`finish`.
    """

    def __init__(self) -> None:
        self.doc_ids: list[str] = []
        self.doc_bases: list[int] = []  # each document's first global offset
        self.sent_starts: list[int] = []  # per tokenised sentence: global start and end,
        self.sent_ends: list[int] = []
        self.sent_numbers: list[int] = []  # number in its document, paragraph and kind
        self.sent_paras: list[int] = []
        self.sent_kinds: list[str] = []
        self.texts: list[str] = []
        self._base = 0
        self._starts: list = []  # offsets of the flushed chunks (numpy arrays)
        self._ends: list = []
        self._drop: list[int] = []  # tokens merged into the one before (abbreviation stops)
        # each flushed chunk's token texts as found, in Arrow (None once a chunk is not UTF-8), and the
        # tokens whose text changed after that (a moved n, a stop joined to an abbreviation)
        self._arrays: list | None = []
        self._changed: list[int] = []
        self._new_chunk()

    def _new_chunk(self) -> None:
        self._chunk_base = self._base
        self._chunk_docs: list[str] = []
        self._ranges: list[int] = []  # global start, end of each paragraph's scan
        self._sizes: list[int] = []  # its number of tokens
        self._first = len(self.texts)
        self._first_sentence = len(self.sent_ends)

    def add(self, text: str, doc_id: str, paragraphs: list[tuple[str, int, int]], wanted: set[str] | None) -> None:
        base = self._base
        findall = _token_findall()
        texts = self.texts
        sent_index = 0
        for para_index, (kind, p_start, p_end) in enumerate(paragraphs):
            sentences = sentence_spans(text, p_start, p_end)
            n = len(sentences)
            if not n or wanted is not None and kind not in wanted:
                sent_index += n
                continue
            start, end = sentences[0][0], sentences[-1][1]
            tokens = findall(text, start, end)
            texts += tokens
            self._ranges += (base + start, base + end)
            self._sizes.append(len(tokens))
            self.sent_starts += [base + s for s, _ in sentences]
            self.sent_ends += [base + e for _, e in sentences]
            self.sent_numbers += range(sent_index, sent_index + n)
            self.sent_paras += [para_index] * n
            self.sent_kinds += [kind] * n
            sent_index += n
        self.doc_ids.append(doc_id)
        self.doc_bases.append(base)
        self._chunk_docs.append(text)
        self._base = base + len(text) + 1
        if self._base - self._chunk_base >= _CHUNK_CHARS:
            self._flush()

    def _flush(self) -> None:
        import numpy as np

        first, texts, cb = self._first, self.texts, self._chunk_base
        if self._sizes:
            joined = "\n".join(self._chunk_docs)
            points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            solid = np.flatnonzero(~_space_table()[np.minimum(points, _SPACE_MAX + 1)])
            lengths = self._lengths(texts[first:])
            ranges = np.array(self._ranges, dtype=np.int64).reshape(-1, 2) - cb
            sizes = np.array(self._sizes, dtype=np.intp)
            firsts = np.cumsum(sizes) - sizes  # each scan's first token
            before = np.concatenate(([0], np.cumsum(lengths)))  # token characters before each token
            low, high = np.searchsorted(solid, ranges[:, 0]), np.searchsorted(solid, ranges[:, 1])
            if not np.array_equal(high - low, before[firsts + sizes] - before[firsts]):
                raise RuntimeError("tokens do not tile the non-space characters of the text")  # cannot happen
            scan_of = np.repeat(np.arange(len(sizes)), sizes)
            starts = solid[low[scan_of] + before[:-1] - before[firsts][scan_of]] + cb
            ends = starts + lengths
            for j in self._negations(points, starts, ends, firsts[scan_of]):  # as _move_negation: "do" + "n't"
                k = j + first
                s, ps, pe = int(starts[j]), int(starts[j - 1]), int(ends[j - 1])
                if pe != s or pe - ps <= 1 or joined[pe - 1 - cb] not in "nN":
                    continue
                if texts[k] == "’T":  # token_spans looks only for the other three in its sentence
                    q = bisect.bisect_right(self.sent_starts, s) - 1
                    sentence = joined[self.sent_starts[q] - cb:self.sent_ends[q] - cb]
                    if not any(cue in sentence for cue in _NEGATION_CUES):
                        continue
                ends[j - 1] = pe - 1
                starts[j] = s - 1
                texts[k - 1] = texts[k - 1][:-1]
                texts[k] = joined[s - 1 - cb:int(ends[j]) - cb]
                self._changed += (k - 1, k)
            dots = self._dots(points, ranges)
            if len(dots):  # as _attach_abbreviation_stops: "Dr" + "." -> "Dr."
                abbreviations = bundled_abbreviations()
                at = np.searchsorted(starts, dots)
                inside = (at > 0) & (at < len(starts))
                at, dots = at[inside], dots[inside]
                alone = (starts[at] == dots) & (ends[at] == dots + 1) & (ends[at - 1] == dots)
                for j in at[alone].tolist():
                    if texts[first + j - 1].lower() in abbreviations:
                        ends[j - 1] = ends[j]
                        texts[first + j - 1] += "."
                        self._changed.append(first + j - 1)
                        self._drop.append(first + j)
            self._starts.append(starts)
            self._ends.append(ends)
        self._new_chunk()

    def _lengths(self, texts: list[str]):
        """The lengths of ``texts`` (a chunk's tokens as found), counted by Arrow (kept for :meth:`finish`)."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        if self._arrays is not None:
            try:
                found = pa.array(texts, type=pa.large_string())
            except UnicodeEncodeError:  # a lone surrogate: numbered from the strings themselves
                self._arrays = None
            else:
                self._arrays.append(found)
                return pc.utf8_length(found).to_numpy(zero_copy_only=False)
        return np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))

    def _negations(self, points, starts, ends, scan_firsts):
        """Tokens that may take an n from the one before, in order (``token_spans`` moves it when its
        sentence has one of :data:`_NEGATION_CUES`, which every such token but "’T" is): a clitic
        "'t", "’t", "'T" or "’T" (two characters from an apostrophe) after another token of its scan."""
        import numpy as np

        cues = np.flatnonzero((points[:-1] == ord("'")) | (points[:-1] == ord("’")))
        cues = cues[(points[cues + 1] == ord("t")) | (points[cues + 1] == ord("T"))] + self._chunk_base
        at = np.searchsorted(starts, cues)
        found = at < len(starts)
        at, cues = at[found], cues[found]
        at = at[(starts[at] == cues) & (ends[at] == cues + 2)]
        return at[at > scan_firsts[at]].tolist()

    def _dots(self, points, ranges):
        """Global offsets of the full stops that may end an abbreviation (as :func:`token_spans` sees
        them): after a letter, inside a scan but not its first character, never a sentence's last."""
        import numpy as np

        dots = np.flatnonzero(points == ord("."))
        scan = np.searchsorted(ranges[:, 0], dots, "right") - 1
        inside = scan >= 0
        dots, scan = dots[inside], scan[inside]
        dots = dots[(dots > ranges[scan, 0]) & (dots < ranges[scan, 1] - 1)]
        finals = np.array(self.sent_ends[self._first_sentence:], dtype=np.int64) - 1 - self._chunk_base
        dots = dots[~np.isin(dots, finals)]
        before, where = np.unique(points[dots - 1], return_inverse=True)
        alpha = np.array([chr(c).isalpha() for c in before.tolist()], dtype=bool)
        return dots[alpha[where]] + self._chunk_base

    def finish(self):
        """Global starts and ends, the distinct token texts and each token's number among them (see
        :func:`_numbered`), and each token's document and sentence (numbers)."""
        import itertools

        import numpy as np

        self._flush()
        starts = np.concatenate(self._starts) if self._starts else np.zeros(0, dtype=np.int64)
        ends = np.concatenate(self._ends) if self._ends else np.zeros(0, dtype=np.int64)
        if self._arrays is not None:
            types, codes = _encoded(self._arrays)
            if self._changed:
                numbers = dict(zip(types, range(len(types))))
                for k in self._changed:
                    codes[k] = numbers.setdefault(self.texts[k], len(numbers))
                types = list(numbers)
        if self._drop:
            keep = np.ones(len(starts), dtype=bool)
            keep[self._drop] = False
            starts, ends = starts[keep], ends[keep]
            if self._arrays is not None:
                codes = codes[keep]
            else:
                self.texts = list(itertools.compress(self.texts, keep.tolist()))
        if self._arrays is None:
            types, codes = _numbered(self.texts)
        doc_of = np.searchsorted(np.array(self.doc_bases, dtype=np.int64), starts, "right") - 1
        sentence_of = np.searchsorted(np.array(self.sent_starts, dtype=np.int64), starts, "right") - 1
        return starts, ends, types, codes, doc_of, sentence_of


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
    scan = _Scan()
    for number, source in enumerate(sources):
        if isinstance(source, Article):
            text, doc_id = source.text, source.id
            paragraphs = [(p.kind, p.start, p.end) for p in source.paragraphs]
        else:
            text, doc_id = source, ""
            paragraphs = [("body", s, e) for s, e in paragraph_spans(text)]
        if ids_given is not None:
            doc_id = ids_given[number]
        scan.add(text, doc_id, paragraphs, wanted)
    starts, ends, types, codes, doc_of, sentence_of = scan.finish()
    counts = np.bincount(doc_of, minlength=len(scan.doc_ids))
    firsts = np.cumsum(counts) - counts  # each document's first row
    bases = np.array(scan.doc_bases, dtype=np.int64)[doc_of]
    # Features are computed once per distinct token text and spread with a vectorised take.
    features = [type_features(t) for t in types]
    norms = [f[0] for f in features]
    is_stop = np.array([f[1] for f in features], dtype=bool)
    is_alpha = np.array([f[3] for f in features], dtype=bool)
    lemma_of = [_lemma(n) if a and not st else n for n, a, st in zip(norms, is_alpha, is_stop)] if lemmas else norms
    stem_of = [_stem(n) if a else n for n, a in zip(norms, is_alpha)]

    def spread(values: list) -> pd.Series:
        return _strings(np.array(values, dtype=object)[codes] if len(values) else [])

    return pd.DataFrame(
        {
            "doc_id": _strings(np.array(scan.doc_ids, dtype=object)[doc_of]),
            "para": np.array(scan.sent_paras, dtype=np.int32)[sentence_of],
            "kind": _strings(np.array(scan.sent_kinds, dtype=object)[sentence_of]),
            "sent": np.array(scan.sent_numbers, dtype=np.int32)[sentence_of],
            "i": np.arange(len(starts), dtype=np.int64) - firsts[doc_of],
            "start": starts - bases,
            "end": ends - bases,
            "text": spread(types),
            "norm": spread(norms),
            "lemma": spread(lemma_of),
            "stem": spread(stem_of),
            "is_stop": is_stop[codes],
            "is_punct": np.array([f[2] for f in features], dtype=bool)[codes],
            "is_alpha": is_alpha[codes],
        },
        columns=TOKEN_COLUMNS,
        copy=False,  # fresh arrays: no copy, and no consolidation into 2-D blocks (a copy of each)
    )


def _encoded(arrays: list) -> tuple[list[str], np.ndarray]:
    """The distinct strings of Arrow string ``arrays`` in order of first appearance and each string's
    number among them (as ``pandas.factorize``): Arrow's dictionary encoding hashes the UTF-8 bytes in
    C++, 0.05 s for BBC's million tokens where :func:`_numbered` takes 0.18 s."""
    import numpy as np
    import pyarrow as pa

    encoded = (pa.concat_arrays(arrays) if arrays else pa.array([], type=pa.large_string())).dictionary_encode()
    return encoded.dictionary.to_pylist(), encoded.indices.to_numpy(zero_copy_only=False).astype(np.intp)


def _numbered(texts: list[str]) -> tuple[list[str], np.ndarray]:
    """:func:`_encoded` of Python strings (text that is not UTF-8, such as a lone surrogate)."""
    import numpy as np

    types = list(dict.fromkeys(texts))
    numbers = dict(zip(types, range(len(types))))
    return types, np.fromiter(map(numbers.__getitem__, texts), dtype=np.intp, count=len(texts))


def _strings(values) -> pd.Series:
    """A Series of Python strings over ``values`` (a fresh object array: not copied, as pandas 3
    otherwise does, a reference count per cell)."""
    import pandas as pd

    return pd.Series(values, dtype=object, copy=False)


def content_tokens(table: pd.DataFrame, kinds: Iterable[str] = CONTENT_KINDS) -> pd.DataFrame:
    """Rows of a tokens table from content paragraphs only (captions and boilerplate dropped)."""
    return table[table["kind"].isin(list(kinds))]


def reset_caches() -> None:
    """Forget cached per-type features."""
    for cached in (type_features, _lemma, _stem):
        cached.cache_clear()
