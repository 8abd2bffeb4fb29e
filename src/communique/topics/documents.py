"""The documents a topic model sees: articles, or the paragraphs or sentences of one article,
as their content terms (lemmas without stop words, multi-word names merged) and adjacent pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from communique.text.corpus import CONTENT_KINDS, Article

if TYPE_CHECKING:
    import pandas as pd

Unit = Literal["auto", "article", "paragraph", "sentence"]
Names = Literal["keep", "countries", "drop"]
# A word counts as a proper noun when it is capitalised in this share of its mid-sentence uses.
PROPER_SHARE = 0.9
PhraseStep = Callable[["pd.DataFrame"], "pd.DataFrame"]

DOCUMENT_COLUMNS = ["doc_id", "article", "path", "published", "date_precision", "start", "end",
                    "n_terms", "terms", "pairs"]
PAIR_SEP = "|"  # joins the two terms of an adjacent pair ("north korea|summit")


def merge_names(tokens: pd.DataFrame) -> pd.DataFrame:
    """The default phrase step: merge multi-word names found by :mod:`communique.words.phrases`."""
    from communique.words.phrases import find_phrases, merge_phrases

    return merge_phrases(tokens, find_phrases(tokens))


def _phrase_step(phrases: str | PhraseStep | None) -> PhraseStep | None:
    if phrases is None or phrases is False:
        return None
    if callable(phrases):
        return phrases
    if phrases == "auto":
        return merge_names
    raise ValueError(f"phrases must be 'auto', None or a function, not {phrases!r}")


def topic_documents(
    source: Sequence[Article] | pd.DataFrame,
    *,
    unit: Unit = "auto",
    term: str = "stem",
    phrases: str | PhraseStep | None = "auto",
    min_terms: int | None = None,
    articles: Sequence[Article] | None = None,
    names: Names = "keep",
    exclude: Sequence[str] = (),
    stopwords: Any = "default",
) -> pd.DataFrame:
    """The documents a topic model sees: one row per article, paragraph or sentence.

    ``names`` keeps proper nouns as terms (``"keep"``, the default: on BBC dominant-topic NMI
    0.889 kept, 0.891 without country names (a tie), 0.779 without any names, see
    benchmarks/bench_topics.py; in news about diplomacy the countries are often the subject), leaves out country, capital and demonym names (``"countries"``,
    for corpora whose topics otherwise cluster by country, such as the UN General Debates) or
    every proper noun (``"drop"``: merged names and words capitalised in 90% of their
    mid-sentence uses). ``exclude`` lists further terms to leave out (such as the corpus
    boilerplate of :func:`communique.words.boilerplate.find_boilerplate`).

    ``source`` is a list of articles or a tokens table (:func:`communique.text.tokens.tokenise_many`).
    Only content paragraphs count (title, standfirst, body); terms are the ``term`` column of
    alphabetic, non-stop-word tokens of two letters or more (``term="stem"``, the default, groups
    words by stem and writes each stem as its most frequent lemma: on BBC k=5 dominant-topic NMI
    0.889 against 0.860 with lemmas, whose "would" -> "will" and kept inflections split the vocabulary), after the ``phrases`` step
    (``"auto"``: merge names with :mod:`communique.words.phrases`; ``None``: plain tokens; or any
    function from tokens table to tokens table). ``unit="auto"`` uses articles when there are
    several, else the paragraphs of the one article. Documents with fewer than ``min_terms``
    terms (default 1 for articles, 3 for paragraphs and sentences) are left out. With a tokens
    table, pass the ``articles`` too to fill ``path``, ``published`` and ``date_precision``.

    Columns: ``doc_id`` (the article id, or ``id#p3`` / ``id#s12``), ``article``, ``path``,
    ``published``, ``date_precision``, ``start``/``end`` (character span in the article),
    ``n_terms``, ``terms`` (list) and ``pairs`` (adjacent term pairs, for labels).

    >>> from communique.text.corpus import article_from_text
    >>> art = article_from_text("Talks\\n\\nNorth Korea and Russia talk trade.\\n\\nNorth Korea wants aid now.",
    ...                         doc_id="a")
    >>> docs = topic_documents([art], unit="paragraph", min_terms=1)
    >>> docs[["doc_id", "start", "end"]].values.tolist()
    [['a#p0', 0, 5], ['a#p1', 7, 41], ['a#p2', 43, 69]]
    >>> docs["terms"].tolist()[1]
    ['north korea', 'russia', 'talk', 'trade']
    """
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        if "terms" in source.columns:
            return source
        tokens, info = source, {a.id: a for a in articles or ()}
    else:
        from communique.text.tokens import tokenise_many

        articles = list(source)
        tokens = tokenise_many(articles, kinds=CONTENT_KINDS, lemmas=term in ("lemma", "stem"))
        info = {a.id: a for a in articles}
    tokens = prepared_tokens(tokens, stopwords)
    step = _phrase_step(phrases)
    if step is not None and len(tokens):
        tokens = step(tokens).reset_index(drop=True)
    if unit == "auto":
        unit = "article" if tokens["doc_id"].nunique() > 1 else "paragraph"
    part = documents_part(tokens, unit=unit, term=term, min_terms=min_terms, names=names, exclude=exclude)
    return combine_documents([part], info)


def prepared_tokens(tokens: pd.DataFrame, stopwords: Any = "default", *,
                    documents: frozenset[str] | None = None) -> pd.DataFrame:
    """The rows of a tokens table :func:`topic_documents` counts: content paragraphs (of the
    ``documents``, all if None), stop words re-marked from ``stopwords`` ("default", None to
    keep the table's marks, or a set)."""
    from communique.text.tokens import content_tokens

    if documents is not None:  # one copy of the rows kept, not one per filter (content_tokens then keeps all)
        tokens = tokens[_of_documents(tokens["doc_id"], documents)
                        & tokens["kind"].isin(list(CONTENT_KINDS)).to_numpy()]
    tokens = content_tokens(tokens).reset_index(drop=True)
    if stopwords is not None:
        from communique.words.stopwords import apply_stop_words, stop_words

        tokens = apply_stop_words(tokens, stop_words() if isinstance(stopwords, str) and stopwords == "default"
                                  else frozenset(stopwords))
    return tokens


def _of_documents(doc_ids: pd.Series, documents: frozenset[str]):
    """True for the rows whose document is one of ``documents`` (``isin``, each distinct id
    looked up once: Arrow's ``isin`` converted the 2,000 ids of BBC's sample on every call)."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(doc_ids)
    found = np.array([u in documents for u in uniques.tolist()] + [False], dtype=bool)
    return found[codes]  # (code -1, a missing id, reads the appended False)


@dataclass(frozen=True)
class DocumentsPart:
    """:func:`topic_documents` of a part of the corpus (whole documents), before the parts are
    combined: the rows without the articles' metadata, and the (stem, lemma) counts that make
    the corpus-wide display of stems."""

    rows: list[dict[str, Any]]
    stems: Counter


def documents_part(tokens: pd.DataFrame, *, unit: Unit, term: str = "stem", min_terms: int | None = None,
                   names: Names = "keep", exclude: Sequence[str] = ()) -> DocumentsPart:
    """The documents of ``tokens`` (:func:`prepared_tokens`, names already merged) as one
    :class:`DocumentsPart`; parts of whole documents combine with :func:`combine_documents`
    into the table of the whole (``names="drop"`` decides per word over the table given, so
    only the whole table gives the whole's result)."""
    import numpy as np
    import pandas as pd

    dropped = _name_mask(tokens, names)
    if unit not in ("article", "paragraph", "sentence"):
        raise ValueError(f"unit must be auto, article, paragraph or sentence, not {unit!r}")
    if min_terms is None:
        min_terms = 1 if unit == "article" else 3
    keys, names, articles = _unit_keys(tokens, unit)
    spans = pd.DataFrame({"key": keys, "start": tokens["start"].to_numpy(), "end": tokens["end"].to_numpy()})
    grouped = spans.groupby("key", sort=False).agg(start=("start", "min"), end=("end", "max"))  # (codes 0, 1, ...)
    grouped.index = names
    grouped["article"] = articles
    values = tokens[term].astype(str)
    keep = (tokens["is_alpha"].to_numpy() & ~tokens["is_stop"].to_numpy() & (values.str.len() >= 2).to_numpy()
            & ~dropped)
    stems: Counter = Counter()
    if term == "stem" and "lemma" in tokens.columns:
        stems = stem_lemma_counts(values, tokens["lemma"].astype(str), keep)
    if len(exclude):
        keep &= ~values.str.lower().isin({str(e).lower() for e in exclude}).to_numpy()
    kept = np.flatnonzero(keep)
    sents = tokens["sent"].to_numpy()
    word_codes, distinct = pd.factorize(values.take(kept))  # (one string per distinct word: Arrow's tolist makes one per row)
    words = np.asarray(distinct, dtype=object)[word_codes] if len(kept) else np.array([], dtype=object)
    kept_keys = keys[kept]
    # A pair: two kept rows in a row, of one document and one sentence (the row before each kept row).
    before, after = kept[:-1], kept[1:]
    joined = (after == before + 1) & (keys[before] == kept_keys[1:]) & (sents[before] == sents[after])
    pair_words = words[:-1][joined] + PAIR_SEP + words[1:][joined]
    # (by key code: keys are coded in order of first appearance; each document's words in row order)
    terms = _grouped(words, kept_keys, len(names))
    pairs = _grouped(pair_words, kept_keys[1:][joined], len(names))
    rows = []
    for key, (name, article, start, end) in enumerate(zip(grouped.index.tolist(), grouped["article"].tolist(),
                                                           grouped["start"].tolist(), grouped["end"].tolist())):
        if len(terms[key]) < min_terms:
            continue
        rows.append({"doc_id": name, "article": article, "start": int(start), "end": int(end),
                     "n_terms": len(terms[key]), "terms": terms[key], "pairs": pairs[key]})
    return DocumentsPart(rows, stems)


def _grouped(items, keys, n_keys: int) -> list[list]:
    """``items`` (an object array) as a list per key ``0 .. n_keys - 1``, each in the items' order."""
    import numpy as np

    order = np.argsort(keys, kind="stable")
    bounds = np.searchsorted(keys[order], np.arange(n_keys + 1)).tolist()
    listed = items[order].tolist()
    return [listed[bounds[key]:bounds[key + 1]] for key in range(n_keys)]


def _unit_keys(tokens: pd.DataFrame, unit: str):
    """Integer codes of each token's document unit (in order of first appearance), the units' names
    ("<doc_id>", "<doc_id>#p<para>" or "<doc_id>#s<sent>") and their articles (doc ids), by code."""
    import numpy as np
    import pandas as pd

    doc_codes, doc_names = pd.factorize(tokens["doc_id"].astype(str))
    doc_names = np.asarray(doc_names, dtype=object)
    if unit == "article":
        return np.asarray(doc_codes, dtype=np.int64), doc_names.tolist(), doc_names.tolist()
    column = tokens["para" if unit == "paragraph" else "sent"]
    part = column.to_numpy().astype(np.int64) if pd.api.types.is_integer_dtype(column.dtype) else None
    width = int(part.max()) + 1 if part is not None and len(part) else 1
    if part is None or len(part) and (part.min() < 0 or doc_codes.min() < 0):  # (no tokens table's numbers: strings)
        doc = tokens["doc_id"].astype(str)
        names = doc + ("#p" if unit == "paragraph" else "#s") + tokens["para" if unit == "paragraph" else "sent"].astype(str)
        codes, uniques = pd.factorize(names)
        first = np.unique(codes, return_index=True)[1]
        return np.asarray(codes, dtype=np.int64), np.asarray(uniques, dtype=object).tolist(), \
            doc.to_numpy()[first].tolist()
    codes, uniques = pd.factorize(doc_codes.astype(np.int64) * width + part)
    mark = "#p" if unit == "paragraph" else "#s"
    docs = [doc_names[u // width] for u in uniques.tolist()]
    return np.asarray(codes, dtype=np.int64), [f"{d}{mark}{u % width}" for d, u in zip(docs, uniques.tolist())], docs


def combine_documents(parts: Sequence[DocumentsPart], info: dict[str, Article]) -> pd.DataFrame:
    """The :func:`topic_documents` table of :class:`DocumentsPart` objects, in order (``info``:
    article id -> article, for ``path``, ``published`` and ``date_precision``)."""
    import pandas as pd

    rows = []
    stems: Counter = Counter()
    for part in parts:
        stems.update(part.stems)
        for row in part.rows:
            article = info.get(row["article"])
            rows.append({**row, "path": article.path if article else "",
                         "published": article.published if article else None,
                         "date_precision": article.date_precision if article else ""})
    frame = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    frame.attrs["display"] = StemDisplay(readable_from_counts(stems))  # how TopicModel writes the stems it models
    return frame


class StemDisplay(dict):
    """stem -> word, kept in a documents table's ``attrs``. pandas deep-copies ``attrs`` into
    every column or slice taken from the table; this map is never changed once made, so the
    copy is the map itself (a copy of a corpus-sized map per column cost a second on BBC)."""

    def __deepcopy__(self, memo: dict) -> StemDisplay:
        return self


def readable_stems(stems: pd.Series, lemmas: pd.Series, keep) -> dict[str, str]:
    """stem -> its most frequent lemma (ties alphabetical), one stem per word: the model groups
    words by stem ("economy", "economic" -> "econom"), the tables show a word ("economy").
    A lemma already naming a more frequent stem leaves the stem as it is."""
    return readable_from_counts(stem_lemma_counts(stems, lemmas, keep))


def stem_lemma_counts(stems: pd.Series, lemmas: pd.Series, keep) -> Counter:
    """(stem, lemma) -> how often the pair occurs among the rows ``keep`` (parts of a corpus add up;
    in no particular order)."""
    import numpy as np
    import pandas as pd

    stem_codes, stem_names = pd.factorize(stems[keep])
    lemma_codes, lemma_names = pd.factorize(lemmas[keep])
    if not len(stem_codes):
        return Counter()
    if stem_codes.min() < 0 or lemma_codes.min() < 0:  # (a missing value: counted as pandas counts it)
        pairs = pd.DataFrame({"stem": stems[keep].to_numpy(), "lemma": lemmas[keep].to_numpy()})
        counts = pairs.value_counts()
        return Counter(dict(zip(counts.index.tolist(), counts.tolist())))
    # Integer codes of the pairs counted, not a table of strings (the same counts; their order is not used)
    found, counts = np.unique(stem_codes.astype(np.int64) * len(lemma_names) + lemma_codes, return_counts=True)
    stem_names, lemma_names = stem_names.tolist(), lemma_names.tolist()
    return Counter({(stem_names[code // len(lemma_names)], lemma_names[code % len(lemma_names)]): n
                    for code, n in zip(found.tolist(), counts.tolist())})


def readable_from_counts(counts: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """:func:`readable_stems` from (stem, lemma) counts (:func:`stem_lemma_counts`): stems by
    their total count (then alphabetically), each named by its most frequent lemma (ties
    alphabetical) unless a stem before it took that name."""
    totals: Counter = Counter()
    for (stem, _), n in counts.items():
        totals[stem] += n
    display: dict[str, str] = {}
    taken: set[str] = set()
    for (stem, lemma), n in sorted(counts.items(), key=lambda item: (-totals[item[0][0]], item[0][0], -item[1],
                                                                     item[0][1])):
        if stem in display:
            continue
        name = lemma if lemma not in taken else stem
        display[stem] = name
        taken.add(name)
    return {k: v for k, v in display.items() if k != v}


def _name_mask(tokens: pd.DataFrame, names: Names):
    """True for the tokens the ``names`` option leaves out."""
    import numpy as np
    import pandas as pd

    if names == "keep" or not len(tokens):
        return np.zeros(len(tokens), dtype=bool)
    surface = tokens["text"].astype(str)
    lower = surface.str.lower()
    if names == "countries":
        from communique.events.actors import gazetteer

        places = {alias.lower() for alias, entry in gazetteer().items()
                  if entry.kind in ("state", "demonym", "capital")}
        return lower.isin(places).to_numpy()
    if names != "drop":
        raise ValueError(f"names must be 'keep', 'countries' or 'drop', not {names!r}")
    sent = tokens["sent"].to_numpy()
    doc = tokens["doc_id"].astype(str).to_numpy()
    mid = np.r_[False, (sent[1:] == sent[:-1]) & (doc[1:] == doc[:-1])]  # not the first token of its sentence
    capital = surface.str[:1].str.isupper().to_numpy()
    by_word = pd.Series(capital[mid].astype(float)).groupby(lower.to_numpy()[mid]).mean()
    proper = set(by_word.index[by_word >= PROPER_SHARE])
    return lower.isin(proper).to_numpy() | lower.str.contains(" ", regex=False).to_numpy()


def as_documents(X: Any, **options) -> pd.DataFrame:
    """Documents table from articles, a tokens/documents table, texts, or lists of terms."""
    import pandas as pd

    if isinstance(X, pd.DataFrame):
        from communique.text.inputs import as_sources, is_tokens_table

        if "terms" in X.columns or is_tokens_table(X):
            return topic_documents(X, **options)
        X = as_sources(X, what="TopicModel.fit")  # a table of articles: its rows
    items = list(X)
    if not items:
        raise ValueError("no documents to fit a topic model on")
    if all(isinstance(x, Article) for x in items):
        return topic_documents(items, **options)
    if all(isinstance(x, str) for x in items):
        from communique.text.tokens import tokenise_many

        table = tokenise_many(items, doc_ids=[str(k) for k in range(len(items))])
        options = {**options, "unit": "article" if options.get("unit", "auto") == "auto" else options["unit"]}
        return topic_documents(table, **options)
    rows = [{"doc_id": str(k), "article": str(k), "path": "", "published": None, "date_precision": "",
             "start": 0, "end": 0, "n_terms": len(terms), "terms": list(terms),
             "pairs": [a + PAIR_SEP + b for a, b in zip(terms, terms[1:])]} for k, terms in enumerate(items)]
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def identity(terms):
    """The documents' terms as they are (the analyzer of scikit-learn's vectorizers: terms are made here)."""
    return terms


def stratified_sample(articles: Sequence[Article], key: Callable[[Article], Any], n: int | None, *,
                      random_state: int = 0) -> list[Article]:
    """At most ``n`` articles per group of ``key(article)``, drawn at random (reproducibly), in input order.

    ``n=None`` keeps everything. Handy to keep notebooks and tests fast on big corpora.

    >>> from communique.text.corpus import article_from_text
    >>> arts = [article_from_text(f"Text {i}", doc_id=f"{g}/{i}") for g in "ab" for i in range(5)]
    >>> [a.id for a in stratified_sample(arts, lambda a: a.id[0], 2)]
    ['a/3', 'a/4', 'b/1', 'b/4']
    """
    import numpy as np

    articles = list(articles)
    if n is None:
        return articles
    groups: dict[Any, list[int]] = {}
    for index, article in enumerate(articles):
        groups.setdefault(key(article), []).append(index)
    rng = np.random.default_rng(random_state)
    chosen: set[int] = set()
    for group in sorted(groups, key=str):
        members = groups[group]
        picked = rng.choice(len(members), size=min(n, len(members)), replace=False)
        chosen.update(members[i] for i in picked.tolist())
    return [a for i, a in enumerate(articles) if i in chosen]
