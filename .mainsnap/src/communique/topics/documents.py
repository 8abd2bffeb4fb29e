"""The documents a topic model sees: articles, or the paragraphs or sentences of one article,
as their content terms (lemmas without stop words, multi-word names merged) and adjacent pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    import numpy as np
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
    from communique.text.tokens import content_tokens

    tokens = content_tokens(tokens).reset_index(drop=True)
    if stopwords is not None:
        from communique.words.stopwords import apply_stop_words, stop_words

        tokens = apply_stop_words(tokens, stop_words() if isinstance(stopwords, str) and stopwords == "default"
                                  else frozenset(stopwords))
    step = _phrase_step(phrases)
    if step is not None and len(tokens):
        tokens = step(tokens).reset_index(drop=True)
    dropped = _name_mask(tokens, names)
    n_articles = tokens["doc_id"].nunique()
    if unit == "auto":
        unit = "article" if n_articles > 1 else "paragraph"
    if unit not in ("article", "paragraph", "sentence"):
        raise ValueError(f"unit must be auto, article, paragraph or sentence, not {unit!r}")
    if min_terms is None:
        min_terms = 1 if unit == "article" else 3
    doc = tokens["doc_id"].astype(str)
    if unit == "article":
        keys = doc
    else:
        part = tokens["para" if unit == "paragraph" else "sent"].astype(str)
        keys = doc + ("#p" if unit == "paragraph" else "#s") + part
    keys = keys.to_numpy()
    spans = pd.DataFrame({"key": keys, "article": doc.to_numpy(), "start": tokens["start"].to_numpy(),
                          "end": tokens["end"].to_numpy()})
    grouped = spans.groupby("key", sort=False).agg(article=("article", "first"), start=("start", "min"),
                                                   end=("end", "max"))
    values = tokens[term].astype(str)
    keep = (tokens["is_alpha"].to_numpy() & ~tokens["is_stop"].to_numpy() & (values.str.len() >= 2).to_numpy()
            & ~dropped)
    display: dict[str, str] = {}
    if term == "stem" and "lemma" in tokens.columns:
        display = readable_stems(values, tokens["lemma"].astype(str), keep)
    if len(exclude):
        keep &= ~values.str.lower().isin({str(e).lower() for e in exclude}).to_numpy()
    kept = np.flatnonzero(keep)
    sents = tokens["sent"].to_numpy()
    words = values.to_numpy()
    terms: dict[str, list[str]] = {k: [] for k in grouped.index}
    pairs: dict[str, list[str]] = {k: [] for k in grouped.index}
    previous = -2
    for row in kept.tolist():
        key = keys[row]
        terms[key].append(words[row])
        if previous == row - 1 and keys[previous] == key and sents[previous] == sents[row]:
            pairs[key].append(words[previous] + PAIR_SEP + words[row])
        previous = row
    rows = []
    for key, record in grouped.iterrows():
        if len(terms[key]) < min_terms:
            continue
        article = info.get(record["article"])
        rows.append({
            "doc_id": key,
            "article": record["article"],
            "path": article.path if article else "",
            "published": article.published if article else None,
            "date_precision": article.date_precision if article else "",
            "start": int(record["start"]),
            "end": int(record["end"]),
            "n_terms": len(terms[key]),
            "terms": terms[key],
            "pairs": pairs[key],
        })
    frame = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    frame.attrs["display"] = StemDisplay(display)  # how TopicModel writes the stems it models
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
    import pandas as pd

    pairs = pd.DataFrame({"stem": stems[keep].to_numpy(), "lemma": lemmas[keep].to_numpy()})
    if pairs.empty:
        return {}
    counts = pairs.value_counts().rename("n").reset_index()
    counts["total"] = counts.groupby("stem")["n"].transform("sum")
    counts = counts.sort_values(["total", "stem", "n", "lemma"], ascending=[False, True, False, True], kind="stable")
    display: dict[str, str] = {}
    taken: set[str] = set()
    for stem, lemma in counts.drop_duplicates("stem")[["stem", "lemma"]].itertuples(index=False):
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
