"""Topic models on the project's own tokens, with coherence, stability, labels and time.

:class:`TopicModel` is a scikit-learn style estimator over NMF (on sublinear tf-idf) or LDA
(on counts). Documents are articles, or the paragraphs (or sentences) of a single article;
their terms are the content lemmas of :mod:`communique.text.tokens` without stop words, with
multi-word names merged into one unit by :mod:`communique.words.phrases` ("north korea"). Topics
come out in a fixed order (largest share of the documents first), each with a label made
of its top collocation and top terms, its NPMI coherence on the corpus itself
(:mod:`communique.topics.coherence`) and its stability across refits with other seeds.

>>> docs = [["tax", "budget", "bank"], ["bank", "tax", "rate"], ["budget", "rate", "tax"],
...         ["goal", "match", "cup"], ["cup", "match", "team"], ["team", "goal", "match"]]
>>> model = TopicModel(n_topics=2, stability_runs=0).fit(docs)
>>> model.topic_terms_.query("rank == 1")["term"].tolist()
['tax', 'match']
>>> model.doc_topics_["topic"].tolist()
[0, 0, 0, 1, 1, 1]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from communique.text.corpus import CONTENT_KINDS, Article

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

Method = Literal["nmf", "lda"]
Unit = Literal["auto", "article", "paragraph", "sentence"]
PhraseStep = Callable[["pd.DataFrame"], "pd.DataFrame"]

DOCUMENT_COLUMNS = ["doc_id", "article", "path", "published", "date_precision", "start", "end",
                    "n_terms", "terms", "pairs"]
_PAIR_SEP = "|"


# --- documents ------------------------------------------------------------------------------


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
        try:
            import communique.words.phrases  # noqa: F401
        except ImportError:  # pragma: no cover - the module ships with the package
            return None
        return merge_names
    raise ValueError(f"phrases must be 'auto', None or a function, not {phrases!r}")


def topic_documents(
    source: Sequence[Article] | pd.DataFrame,
    *,
    unit: Unit = "auto",
    term: str = "lemma",
    phrases: str | PhraseStep | None = "auto",
    min_terms: int | None = None,
    articles: Sequence[Article] | None = None,
) -> pd.DataFrame:
    """The documents a topic model sees: one row per article, paragraph or sentence.

    ``source`` is a list of articles or a tokens table (:func:`communique.text.tokens.tokenise_many`).
    Only content paragraphs count (title, standfirst, body); terms are the ``term`` column of
    alphabetic, non-stop-word tokens of two letters or more, after the ``phrases`` step
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
        tokens = tokenise_many(articles, kinds=CONTENT_KINDS, lemmas=term == "lemma")
        info = {a.id: a for a in articles}
    from communique.text.tokens import content_tokens

    tokens = content_tokens(tokens).reset_index(drop=True)
    step = _phrase_step(phrases)
    if step is not None and len(tokens):
        tokens = step(tokens).reset_index(drop=True)
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
    keep = (tokens["is_alpha"].to_numpy() & ~tokens["is_stop"].to_numpy() & (values.str.len() >= 2).to_numpy())
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
            pairs[key].append(words[previous] + _PAIR_SEP + words[row])
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
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def _as_documents(X: Any, **options) -> pd.DataFrame:
    """Documents table from articles, a tokens/documents table, texts, or lists of terms."""
    import pandas as pd

    if isinstance(X, pd.DataFrame):
        return topic_documents(X, **options)
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
             "pairs": [a + _PAIR_SEP + b for a, b in zip(terms, terms[1:])]} for k, terms in enumerate(items)]
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def _identity(terms):
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


# --- the estimator --------------------------------------------------------------------------


class TopicModel:
    """Topics of a set of documents: NMF on sublinear tf-idf or LDA on counts (scikit-learn).

    Parameters: ``method`` (``"nmf"`` or ``"lda"``); ``n_topics`` (an int, or ``"auto"`` to
    choose in ``k_range`` by ``select_by``: mean NPMI coherence times mean stability over
    ``selection_runs`` refits (the default), or coherence alone, which cannot tell a topic from
    two halves of it); ``random_state``; ``unit``, ``term`` and
    ``phrases`` as in :func:`topic_documents`; ``min_df``/``max_df`` for the vocabulary
    (default: 2 and 0.5 with 20 documents or more, else 1 and 1.0); ``n_top`` terms per topic
    in the tables and for coherence; ``stability_runs`` refits on random ``stability_sample``
    fractions of the documents with other seeds (0 to skip).

    Learned attributes: ``n_topics_``, ``documents_`` (see :func:`topic_documents`),
    ``vocabulary_``, ``matrix_`` (documents x terms), ``components_`` (topics x terms, rows
    sum to 1), ``weights_`` (documents x topics, rows sum to 1), ``topic_terms_`` (topic,
    rank, term, weight), ``doc_topics_`` (doc_id, path, topic, weight, topic_0...),
    ``labels_``, ``coherence_`` (mean NPMI), ``stability_`` (mean matched cosine),
    ``topics_`` (one row per topic: label, share, documents, coherence, stability,
    recurrence, top terms), and ``selection_`` (k, coherence, stability, score, chosen) when
    ``n_topics="auto"``.
    """

    def __init__(
        self,
        method: Method = "nmf",
        n_topics: int | Literal["auto"] = 10,
        *,
        random_state: int = 0,
        unit: Unit = "auto",
        term: str = "lemma",
        phrases: str | PhraseStep | None = "auto",
        min_df: int | float | None = None,
        max_df: int | float | None = None,
        max_features: int | None = None,
        n_top: int = 10,
        k_range: tuple[int, int] = (2, 10),
        select_by: Literal["coherence*stability", "coherence"] = "coherence*stability",
        selection_runs: int = 3,
        stability_runs: int = 5,
        stability_sample: float = 0.8,
        max_iter: int = 400,
    ):
        self.method = method
        self.n_topics = n_topics
        self.random_state = random_state
        self.unit = unit
        self.term = term
        self.phrases = phrases
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.n_top = n_top
        self.k_range = k_range
        self.select_by = select_by
        self.selection_runs = selection_runs
        self.stability_runs = stability_runs
        self.stability_sample = stability_sample
        self.max_iter = max_iter

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        import inspect

        names = [p for p in inspect.signature(type(self).__init__).parameters if p != "self"]
        return {name: getattr(self, name) for name in names}

    def set_params(self, **params) -> TopicModel:
        for name, value in params.items():
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        return f"TopicModel(method={self.method!r}, n_topics={self.n_topics!r}, random_state={self.random_state!r})"

    # -- fitting ---------------------------------------------------------------------------

    def _vectorizer(self, n_docs: int):
        import numpy as np
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

        small = n_docs < 20
        min_df = self.min_df if self.min_df is not None else (1 if small else 2)
        max_df = self.max_df if self.max_df is not None else (1.0 if small else 0.5)
        common = dict(analyzer=_identity, min_df=min_df, max_df=max_df, max_features=self.max_features,
                      dtype=np.float64)
        if self.method == "nmf":
            return TfidfVectorizer(sublinear_tf=True, norm="l2", **common)
        if self.method == "lda":
            return CountVectorizer(**common)
        raise ValueError(f"method must be 'nmf' or 'lda', not {self.method!r}")

    def _factor_model(self, k: int, random_state: int):
        if self.method == "nmf":
            from sklearn.decomposition import NMF

            return NMF(n_components=k, init="nndsvda", random_state=random_state, max_iter=self.max_iter, tol=1e-4)
        from sklearn.decomposition import LatentDirichletAllocation

        # Batch variational Bayes, 10 passes: on BBC (k=5) NMI 0.67 in the time online learning reaches 0.57.
        return LatentDirichletAllocation(n_components=k, learning_method="batch", max_iter=min(self.max_iter, 10),
                                         random_state=random_state)

    def _factorise(self, matrix, k: int, random_state: int):
        """Fitted factor model, documents x topics and topics x terms (rows normalised)."""
        import warnings

        from sklearn.exceptions import ConvergenceWarning

        model = self._factor_model(k, random_state)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            weights = model.fit_transform(matrix)
        return model, _normalise_rows(weights), _normalise_rows(model.components_)

    def fit(self, X: Any, y: Any = None) -> TopicModel:
        """Fit on articles, a tokens table, a :func:`topic_documents` table, texts or term lists."""
        import numpy as np

        documents = _as_documents(X, unit=self.unit, term=self.term, phrases=self.phrases)
        if len(documents) < 2:
            raise ValueError(f"a topic model needs at least 2 documents with words, got {len(documents)}")
        vectorizer = self._vectorizer(len(documents))
        try:
            matrix = vectorizer.fit_transform(documents["terms"].tolist())
        except ValueError as err:
            raise ValueError(f"no vocabulary left for topics ({err}); try min_df=1 or max_df=1.0") from None
        vocabulary = vectorizer.get_feature_names_out()
        presence = (matrix > 0).astype(np.float64).tocsc()
        self.documents_ = documents.reset_index(drop=True)
        self.vectorizer_ = vectorizer
        self.vocabulary_ = vocabulary
        self.matrix_ = matrix
        self.selection_ = None
        if self.n_topics == "auto":
            self.selection_ = self._select(matrix, presence)
            k = int(self.selection_.loc[self.selection_["chosen"], "k"].iloc[0])
        else:
            k = int(self.n_topics)
            if k < 1 or k > min(matrix.shape):
                raise ValueError(f"n_topics={k} must be between 1 and {min(matrix.shape)} "
                                 f"({matrix.shape[0]} documents, {matrix.shape[1]} terms)")
        model, weights, components = self._factorise(matrix, k, self.random_state)
        order = np.lexsort((np.arange(k), -weights.mean(axis=0).round(12)))
        self.model_ = model
        self.order_ = order
        self.n_topics_ = k
        self.weights_ = weights[:, order]
        self.components_ = components[order]
        self.topic_terms_ = self._topic_terms(self.components_)
        coherence = _coherence(self.topic_terms_, presence, vocabulary, self.n_top)
        self.coherence_ = float(coherence["coherence"].mean())
        self.labels_ = topic_labels(self.components_, vocabulary, self.weights_, documents["pairs"].tolist(),
                                    terms=documents["terms"].tolist())
        stability = self._stability(matrix, k, self.components_, self.stability_runs)
        self.stability_ = float(stability["stability"].mean())
        self.doc_topics_ = self._doc_topics(self.documents_, self.weights_)
        self.topics_ = self._topics_table(coherence, stability)
        return self

    def _select(self, matrix, presence) -> pd.DataFrame:
        import numpy as np
        import pandas as pd

        low, high = self.k_range
        high = min(high, matrix.shape[0] - 1, matrix.shape[1])
        low = min(max(low, 1), high)
        if high < 1:
            raise ValueError("too few documents or terms to choose a number of topics")
        if self.select_by not in ("coherence", "coherence*stability"):
            raise ValueError(f"select_by must be 'coherence' or 'coherence*stability', not {self.select_by!r}")
        rows = []
        for k in range(low, high + 1):
            _, _, components = self._factorise(matrix, k, self.random_state)
            terms = self._topic_terms(components)
            coherence = float(_coherence(terms, presence, self.vocabulary_, self.n_top)["coherence"].fillna(0).mean())
            stability = float("nan")
            score = coherence
            if self.select_by == "coherence*stability":
                stability = float(self._stability(matrix, k, components, self.selection_runs)["stability"].mean())
                score = coherence * stability
            rows.append({"k": k, "coherence": coherence, "stability": stability, "score": score})
        table = pd.DataFrame(rows, columns=["k", "coherence", "stability", "score"])
        best = int(np.argmax(table["score"].round(6).to_numpy()))
        table["chosen"] = np.arange(len(table)) == best
        return table

    def _stability(self, matrix, k: int, reference, n_runs: int) -> pd.DataFrame:
        import numpy as np

        from communique.topics.coherence import stability_table

        runs = []
        n = matrix.shape[0]
        size = max(k + 1, int(round(self.stability_sample * n)))
        for run in range(1, n_runs + 1):
            seed = self.random_state + run
            rng = np.random.default_rng(seed)
            rows = np.sort(rng.choice(n, size=min(size, n), replace=False))
            _, _, components = self._factorise(matrix[rows], k, seed)
            runs.append(components)
        return stability_table(reference, runs, n_terms=self.n_top)

    def _topic_terms(self, components) -> pd.DataFrame:
        import numpy as np
        import pandas as pd

        rows = []
        for topic, weights in enumerate(components):
            top = np.argsort(-weights, kind="stable")[: self.n_top]
            for rank, index in enumerate(top, start=1):
                if weights[index] <= 0:
                    break
                rows.append((topic, rank, str(self.vocabulary_[index]), float(weights[index])))
        return pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"])

    @staticmethod
    def _doc_topics(documents: pd.DataFrame, weights) -> pd.DataFrame:
        import numpy as np
        import pandas as pd

        dominant = np.where(weights.sum(axis=1) > 0, weights.argmax(axis=1), -1)
        table = pd.DataFrame({
            "doc_id": documents["doc_id"].to_numpy(),
            "path": documents["path"].to_numpy(),
            "topic": dominant,
            "weight": weights.max(axis=1) if weights.shape[1] else np.zeros(len(documents)),
        })
        for topic in range(weights.shape[1]):
            table[f"topic_{topic}"] = weights[:, topic]
        return table

    def _topics_table(self, coherence: pd.DataFrame, stability: pd.DataFrame) -> pd.DataFrame:
        import numpy as np
        import pandas as pd

        dominant = self.doc_topics_["topic"].to_numpy()
        top = self.topic_terms_.groupby("topic")["term"].agg(", ".join)
        return pd.DataFrame({
            "topic": np.arange(self.n_topics_),
            "label": self.labels_,
            "share": self.weights_.mean(axis=0),
            "documents": [int((dominant == t).sum()) for t in range(self.n_topics_)],
            "coherence": coherence["coherence"].to_numpy(),
            "stability": stability["stability"].to_numpy(),
            "recurrence": stability["recurrence"].to_numpy(),
            "top_terms": [top.get(t, "") for t in range(self.n_topics_)],
        })

    # -- applying ----------------------------------------------------------------------------

    def transform(self, X: Any) -> pd.DataFrame:
        """Topic weights of new documents, in the ``doc_topics_`` layout (rows sum to 1)."""
        documents = _as_documents(X, unit=self.unit, term=self.term, phrases=self.phrases)
        matrix = self.vectorizer_.transform(documents["terms"].tolist())
        weights = _normalise_rows(self.model_.transform(matrix))[:, self.order_]
        return self._doc_topics(documents, weights)

    def fit_transform(self, X: Any, y: Any = None) -> pd.DataFrame:
        return self.fit(X).doc_topics_


def _normalise_rows(matrix) -> np.ndarray:
    import numpy as np

    matrix = np.asarray(matrix, dtype=float)
    sums = matrix.sum(axis=1, keepdims=True)
    return np.divide(matrix, sums, out=np.zeros_like(matrix), where=sums > 0)


def _coherence(topic_terms: pd.DataFrame, presence, vocabulary, n_terms: int) -> pd.DataFrame:
    from communique.topics.coherence import npmi_coherence

    return npmi_coherence(topic_terms, presence=presence, vocabulary=vocabulary, n_terms=n_terms)


def choose_n_topics(documents: Any, k_range: tuple[int, int] = (2, 10), *, method: Method = "nmf",
                    random_state: int = 0, **options) -> pd.DataFrame:
    """Coherence and stability for each number of topics in ``k_range`` (see :class:`TopicModel`'s ``selection_``).

    >>> docs = [["tax", "bank", "rate"], ["rate", "bank", "tax"], ["goal", "cup", "team"], ["team", "cup", "goal"]] * 3
    >>> table = choose_n_topics(docs, (2, 3), phrases=None)
    >>> table[["k", "coherence", "stability", "chosen"]].round(2).values.tolist()
    [[2, 1.0, 1.0, True], [3, 1.0, 0.78, False]]
    """
    options.setdefault("stability_runs", 0)
    model = TopicModel(method, "auto", random_state=random_state, k_range=k_range, **options)
    return model.fit(documents).selection_


# --- labels ---------------------------------------------------------------------------------


def topic_labels(
    components: np.ndarray,
    vocabulary: Sequence[str],
    weights: np.ndarray,
    pairs: Sequence[Sequence[str]],
    *,
    terms: Sequence[Sequence[str]] | None = None,
    n_parts: int = 3,
    pool: int = 25,
    min_dice: float = 0.1,
) -> list[str]:
    """A readable label per topic: its strongest collocation, then top terms, joined by ``" / "``.

    A collocation is a pair of adjacent terms, both among the topic's ``pool`` top terms,
    counted in the documents weighted by their share of the topic. It can lead the label when
    its weighted count is at least 2 and at least half of the pair's weight over all topics (so
    "first time", common everywhere, does not name a topic) and, given the documents' ``terms``,
    when the two words are a real collocation: Dice 2 n(ab) / (n(a) + n(b)) >= ``min_dice``
    ("mobile phone", not "two game"). The best has the largest weighted count x Dice. Duplicate
    labels get the topic number appended.

    >>> import numpy as np
    >>> labels = topic_labels(np.array([[0.5, 0.3, 0.2]]), ["rate", "interest", "bank"], np.ones((2, 1)),
    ...                       [["interest|rate"], ["interest|rate", "bank|rate"]])
    >>> labels
    ['interest rate / bank']
    """
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer

    vocabulary = list(vocabulary)
    pair_counts = None
    pair_names: list[str] = []
    if any(len(p) for p in pairs):
        vectorizer = CountVectorizer(analyzer=_identity, dtype=np.float64)
        pair_matrix = vectorizer.fit_transform([list(p) for p in pairs])
        pair_names = vectorizer.get_feature_names_out().tolist()
        pair_counts = np.asarray((pair_matrix.T @ np.asarray(weights)).T)  # topics x pairs
        dice = np.ones(len(pair_names))
        if terms is not None:
            from collections import Counter

            unigrams = Counter(t for doc in terms for t in doc)
            raw = np.asarray(pair_matrix.sum(axis=0)).ravel()
            for index, name in enumerate(pair_names):
                a, b = name.split(_PAIR_SEP)
                dice[index] = 2 * raw[index] / max(unigrams.get(a, 0) + unigrams.get(b, 0), 1)
    labels = []
    for topic, row in enumerate(np.asarray(components)):
        top = [vocabulary[i] for i in np.argsort(-row, kind="stable")[:pool] if row[i] > 0]
        rank = {term: r for r, term in enumerate(top)}
        parts: list[str] = []
        used: set[str] = set()
        if pair_counts is not None:
            best = None
            totals = pair_counts.sum(axis=0)
            specific = (pair_counts[topic] >= 2.0) & (pair_counts[topic] >= 0.5 * totals) & (dice >= min_dice)
            for index in np.flatnonzero(specific):
                a, b = pair_names[index].split(_PAIR_SEP)
                if a in rank and b in rank and a != b:
                    score = float(pair_counts[topic, index] * dice[index])
                    key = (-round(score, 9), rank[a] + rank[b], pair_names[index])
                    best = min(best, key) if best else key
            if best is not None:
                a, b = best[2].split(_PAIR_SEP)
                parts.append(f"{a} {b}")
                used |= {a, b}
        for term in top:
            if len(parts) >= n_parts:
                break
            if term not in used:
                parts.append(term)
                used.add(term)
        labels.append(" / ".join(parts) if parts else f"topic {topic}")
    seen: dict[str, int] = {}
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
    return [f"{label} ({t})" if seen[label] > 1 else label for t, label in enumerate(labels)]


# --- topics over time -----------------------------------------------------------------------


def document_periods(documents: pd.DataFrame, freq: Literal["auto", "year", "month"] = "auto",
                     dates: Mapping[str, Any] | None = None) -> tuple[pd.Series, str]:
    """The period label of each document (``"2016"`` or ``"2016-03"``; None when undated) and the freq used.

    Dates come from ``dates`` (article id -> date or ISO string) or the documents' ``published``
    column; a document dated only to the year has no month. ``freq="auto"`` uses months when
    every dated document has a month and they span at most three years, else years.
    """
    import pandas as pd

    if dates is not None:
        stamps = pd.to_datetime(documents["article"].map(dates), errors="coerce")
        precision = pd.Series("day", index=documents.index)
    else:
        stamps = pd.to_datetime(documents["published"], errors="coerce")
        precision = documents["date_precision"].fillna("")
    dated = stamps.notna()
    monthly = dated & (precision != "year")
    if freq == "auto":
        span = (stamps[dated].max() - stamps[dated].min()).days if dated.any() else 0
        freq = "month" if dated.any() and monthly.equals(dated) and span <= 3 * 366 else "year"
    if freq == "year":
        labels = stamps.dt.year.map(lambda y: f"{int(y):04d}", na_action="ignore")
    elif freq == "month":
        labels = stamps.dt.strftime("%Y-%m").where(monthly)
    else:
        raise ValueError(f"freq must be auto, year or month, not {freq!r}")
    return labels.where(dated), freq


def topics_over_time(model: TopicModel, *, freq: Literal["auto", "year", "month"] = "auto",
                     dates: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Share of each topic per period (columns ``period, topic, label, share, documents``).

    ``share`` is the mean topic weight of the period's documents (shares of a period sum to
    1); ``documents`` counts the period's documents whose dominant topic it is. Undated
    documents are left out; a ValueError says so when none is dated.
    """
    import numpy as np
    import pandas as pd

    periods, _ = document_periods(model.documents_, freq, dates)
    if periods.notna().sum() == 0:
        raise ValueError("no dated documents: topics over time needs publication dates")
    dominant = model.doc_topics_["topic"].to_numpy()
    rows = []
    for period in sorted(periods.dropna().unique()):
        mask = (periods == period).to_numpy()
        share = model.weights_[mask].mean(axis=0)
        for topic in range(model.n_topics_):
            rows.append({"period": period, "topic": topic, "label": model.labels_[topic],
                         "share": float(share[topic]), "documents": int(np.sum(dominant[mask] == topic))})
    return pd.DataFrame(rows, columns=["period", "topic", "label", "share", "documents"])


def topic_terms_over_time(model: TopicModel, *, freq: Literal["auto", "year", "month"] = "auto",
                          dates: Mapping[str, Any] | None = None, n_terms: int = 10) -> pd.DataFrame:
    """Each topic's top terms within each period, from that period's documents only.

    The weight of term w for topic t in period p is the sum, over the period's documents that
    use w, of the document's weight on t (so a word many of the period's documents on the topic
    use beats a word one speech repeats, such as a country's own name), times the term's weight
    in the topic (so that words of the period that belong to other topics or to none, such as
    "seventieth" in the 2015 UN debates, do not lead), normalised to sum 1. A word that no
    document of the period uses cannot appear. Columns ``period, topic, rank, term, weight``.
    """
    import numpy as np
    import pandas as pd

    periods, _ = document_periods(model.documents_, freq, dates)
    if periods.notna().sum() == 0:
        raise ValueError("no dated documents: topics over time needs publication dates")
    rows = []
    matrix = (model.matrix_ > 0).astype(np.float64).tocsr()
    for period in sorted(periods.dropna().unique()):
        mask = np.flatnonzero((periods == period).to_numpy())
        mass = np.asarray((matrix[mask].T @ model.weights_[mask]).T)  # topics x terms
        mass = _normalise_rows(mass * model.components_)
        for topic, row in enumerate(mass):
            for rank, index in enumerate(np.argsort(-row, kind="stable")[:n_terms], start=1):
                if row[index] <= 0:
                    break
                rows.append((period, topic, rank, str(model.vocabulary_[index]), float(row[index])))
    return pd.DataFrame(rows, columns=["period", "topic", "rank", "term", "weight"])
