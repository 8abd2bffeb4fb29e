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
['match', 'tax']
>>> model.doc_topics_["topic"].tolist()
[1, 1, 1, 0, 0, 0]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from communique.topics.documents import PAIR_SEP, PhraseStep, Unit, as_documents, identity
from communique.topics.labels import topic_labels

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

Method = Literal["nmf", "lda"]
Loss = Literal["kl", "frobenius"]
# Refits that only score a k or a topic's stability stop early: at 30 multiplicative updates the
# KL topics of BBC already agree with the final ones (dominant-topic NMI 0.885 vs 0.888).
QUICK_ITER = 30
# From this many documents up, automatic k starts at ``min_k_large`` (RUWA's 16k items chose 2 topics).
LARGE_CORPUS = 1000


class TopicModel:
    """Topics of a set of documents: NMF on sublinear tf-idf or LDA on counts (scikit-learn).

    Parameters: ``method`` (``"nmf"`` or ``"lda"``); ``loss`` of NMF: ``"kl"`` (the default:
    generalised Kullback-Leibler divergence on un-normalised sublinear tf-idf, by multiplicative
    updates from an NNDSVDa start; BBC k=5 dominant-topic NMI 0.889) or ``"frobenius"`` (squared
    error on l2-normalised tf-idf, scikit-learn's coordinate descent; NMI 0.854, faster);
    ``n_topics`` (an int, or ``"auto"`` to
    choose in ``k_range`` by ``select_by``: mean NPMI coherence times mean stability over
    ``selection_runs`` refits (the default), or coherence alone, which cannot tell a topic from
    two halves of it); ``random_state``; ``unit``, ``term`` and
    ``phrases`` as in :func:`topic_documents`; ``min_df``/``max_df`` for the vocabulary
    (default: 2 and 0.3 for KL, 0.5 otherwise, with 20 documents or more, else 1 and 1.0); ``n_top`` terms per topic
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
        term: str = "stem",
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
        loss: Loss = "kl",
        min_k_large: int = 5,
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
        self.loss = loss
        self.min_k_large = min_k_large

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
        common = dict(analyzer=identity, min_df=min_df, max_df=max_df, max_features=self.max_features,
                      dtype=np.float64)
        if self.method == "nmf":
            if self.loss not in ("kl", "frobenius"):
                raise ValueError(f"loss must be 'kl' or 'frobenius', not {self.loss!r}")
            # KL reads the weights as (scaled) counts: no row normalisation, long documents weigh more.
            return TfidfVectorizer(sublinear_tf=True, norm="l2" if self.loss == "frobenius" else None, **common)
        if self.method == "lda":
            return CountVectorizer(**common)
        raise ValueError(f"method must be 'nmf' or 'lda', not {self.method!r}")

    def _columns(self, presence, k: int):
        """The terms a k-topic KL model sees: with the default ``max_df``, none in more than
        1.5/k of the documents (0.3 at k=5; between 0.3 and 0.5). A word broader than any one
        of k topics ties them all together under KL: BBC k=5 NMI 0.889 at 0.3, 0.864 at 0.5."""
        import numpy as np

        n_docs = presence.shape[0]
        if self.method != "nmf" or self.loss != "kl" or self.max_df is not None or n_docs < 20:
            return np.ones(presence.shape[1], dtype=bool)
        share = np.asarray(presence.sum(axis=0)).ravel() / n_docs
        columns = share <= min(0.5, max(0.3, 1.5 / k))
        return columns if columns.sum() >= k else np.ones(presence.shape[1], dtype=bool)

    def _factor_model(self, k: int, random_state: int):
        if self.method == "nmf":
            from sklearn.decomposition import NMF

            return NMF(n_components=k, init="nndsvda", random_state=random_state, max_iter=self.max_iter, tol=1e-4)
        from sklearn.decomposition import LatentDirichletAllocation

        # Batch variational Bayes, 10 passes: on BBC (k=5) NMI 0.67 in the time online learning reaches 0.57.
        return LatentDirichletAllocation(n_components=k, learning_method="batch", max_iter=min(self.max_iter, 10),
                                         random_state=random_state)

    def _fitted(self) -> None:
        """One factorisation done: tell ``on_fit`` (see :meth:`fit`)."""
        on_fit = getattr(self, "_on_fit", None)
        if on_fit is not None:
            self._fits_done += 1
            on_fit(self._fits_done, max(self._fits_total, self._fits_done))

    def _announce(self) -> None:
        """The number of factorisations is known: tell ``on_fit`` before the first (done 0)."""
        on_fit = getattr(self, "_on_fit", None)
        if on_fit is not None:
            on_fit(self._fits_done, self._fits_total)

    def _iterations(self, quick: bool) -> int:
        """The KL factorisation's most multiplicative updates: a quick fit's, or a full one's."""
        return min(self.max_iter, QUICK_ITER if quick else 200)

    def _factorise(self, matrix, k: int, random_state: int, quick: bool = False, resume: KLState | None = None):
        """Fitted factor model, documents x topics and topics x terms (rows normalised);
        ``resume``: a KL fit goes on from the state a quick fit of the same matrix, k and seed
        stopped in (see :meth:`_resumable`)."""
        import warnings

        from sklearn.exceptions import ConvergenceWarning

        if self.method == "nmf" and self.loss == "kl":
            model = KLNMF(k, random_state=random_state, max_iter=self._iterations(quick))
            weights = model.fit_transform(matrix, resume=resume)
            return model, normalise_rows(weights), normalise_rows(model.components_)
        model = self._factor_model(k, random_state)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            weights = model.fit_transform(matrix)
        return model, normalise_rows(weights), normalise_rows(model.components_)

    def fit(self, X: Any, y: Any = None, *, on_fit: Any = None, map: Any = None) -> TopicModel:
        """Fit on articles, a tokens table, a :func:`topic_documents` table, texts or term lists.

        ``on_fit(done, total)``, if given, is called after each factorisation (candidate k,
        stability refits, the final fit), e.g. to drive a progress bar. ``map(func, jobs)``, if
        given, runs the quick factorisations of the choice of k and of the stability refits
        (independent of each other) and yields their results in order, e.g. on a process pool;
        each is a function of its own inputs and seed, so the model is the same either way."""
        import numpy as np

        self._on_fit, self._fits_done, self._refits, self._warm = on_fit, 0, {}, {}
        self._digests, self._slices = {}, {}
        self._map = map
        self._fits_total = 1 + max(0, self.stability_runs)

        documents = as_documents(X, unit=self.unit, term=self.term, phrases=self.phrases)
        if len(documents) < 2:
            raise ValueError(f"a topic model needs at least 2 documents with words, got {len(documents)}")
        vectorizer = self._vectorizer(len(documents))
        try:
            matrix = vectorizer.fit_transform(documents["terms"].tolist())
        except ValueError as err:
            raise ValueError(f"no vocabulary left for topics ({err}); try min_df=1 or max_df=1.0") from None
        # Stems are modelled and shown as words (topic_documents' display map; one word per stem).
        display = dict(documents.attrs.get("display") or {})
        vocabulary = np.array([display.get(v, v) for v in vectorizer.get_feature_names_out()], dtype=object)
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
        if self.selection_ is None:
            self._announce()
        columns = self._columns(presence, k)
        self.columns_ = columns
        matrix, presence, vocabulary = self._sliced(matrix, columns), presence[:, columns], vocabulary[columns]
        self.vocabulary_, self.matrix_ = vocabulary, matrix
        # The chosen k's quick fit was this fit's first updates: it goes on from there.
        resume = self._warm.get((self._digest(matrix), k, self.random_state)) if self._warm else None
        model, weights, components = self._factorise(matrix, k, self.random_state, resume=resume)
        model.__dict__.pop("state_", None)  # (the fitted model keeps what it kept before)
        self._fitted()
        order = np.lexsort((np.arange(k), -weights.mean(axis=0).round(12)))
        self.model_ = model
        self.order_ = order
        self.n_topics_ = k
        self.weights_ = weights[:, order]
        self.components_ = components[order]
        self.topic_terms_ = self._topic_terms(self.components_)
        coherence = _coherence(self.topic_terms_, presence, vocabulary, self.n_top)
        self.coherence_ = float(coherence["coherence"].mean())
        pairs, terms = documents["pairs"].tolist(), documents["terms"].tolist()
        self.labels_ = topic_labels(self.components_, vocabulary, self.weights_, pairs, terms=terms,
                                    display=display)
        stability = self._stability(matrix, k, self.components_, self.stability_runs)
        self.stability_ = float(stability["stability"].mean())
        self.doc_topics_ = self._doc_topics(self.documents_, self.weights_)
        self.topics_ = self._topics_table(coherence, stability)
        self._on_fit = self._map = None  # a fitted model holds no callback (it pickles)
        for name in ("_refits", "_warm", "_digests", "_slices"):
            self.__dict__.pop(name, None)
        return self

    def _select(self, matrix, presence) -> pd.DataFrame:
        import numpy as np
        import pandas as pd

        low, high = self.k_range
        if matrix.shape[0] >= LARGE_CORPUS:  # many documents hold more than two or three themes
            low = max(low, self.min_k_large)
            high = max(high, low)
        high = min(high, matrix.shape[0] - 1, matrix.shape[1])
        low = min(max(low, 1), high)
        if high < 1:
            raise ValueError("too few documents or terms to choose a number of topics")
        if self.select_by not in ("coherence", "coherence*stability"):
            raise ValueError(f"select_by must be 'coherence' or 'coherence*stability', not {self.select_by!r}")
        per_k = 1 + (self.selection_runs if self.select_by == "coherence*stability" else 0)
        self._fits_total = getattr(self, "_fits_total", 0) + (high - low + 1) * max(1, per_k)
        self._announce()
        candidates = []
        for k in range(low, high + 1):
            columns = self._columns(presence, k)
            candidates.append((k, columns, self._sliced(matrix, columns)))
        # Every quick factorisation first (through ``map`` when given), then the scores.
        runs = self.selection_runs if self.select_by == "coherence*stability" else 0
        # (one ``map`` of both kinds: workers go from one to the next without waiting for the slowest quick fit)
        quick_jobs = [(sub, k, self.random_state, None) for k, _, sub in candidates]
        stability_jobs = [job for k, _, sub in candidates for job in self._stability_jobs(sub, k, runs)]
        quick = self._refit_all(quick_jobs + stability_jobs)[:len(quick_jobs)]
        rows = []
        for (k, columns, sub), components in zip(candidates, quick):
            vocabulary = self.vocabulary_[columns]
            terms = self._topic_terms(components, vocabulary)
            coherence = float(_coherence(terms, presence[:, columns], vocabulary, self.n_top)["coherence"]
                              .fillna(0).mean())
            stability = float("nan")
            score = coherence
            if runs:
                stability = float(self._stability(sub, k, components, runs)["stability"].mean())
                score = coherence * stability
            rows.append({"k": k, "coherence": coherence, "stability": stability, "score": score})
        table = pd.DataFrame(rows, columns=["k", "coherence", "stability", "score"])
        best = int(np.argmax(table["score"].round(6).to_numpy()))
        table["chosen"] = np.arange(len(table)) == best
        return table

    def _stability_jobs(self, matrix, k: int, n_runs: int) -> list[tuple]:
        """The stability refits of ``k`` topics: (matrix, k, seed, rows drawn) for each run."""
        size = max(k + 1, int(round(self.stability_sample * matrix.shape[0])))
        return [(matrix, k, self.random_state + run, size) for run in range(1, n_runs + 1)]

    def _refit_all(self, jobs: list[tuple]) -> list:
        """Components of the quick factorisation of each job (see :func:`_quick_components`),
        made once per fit: the refits of the chosen k repeat those of its selection (same
        matrix, rows and seeds), keyed by the matrix's content; new ones through ``map``."""
        memo = self.__dict__.setdefault("_refits", {})
        warm = self.__dict__.setdefault("_warm", {})
        keys = [(self._digest(m), k, seed, size) for m, k, seed, size in jobs]
        missing = [(key, job) for key, job in zip(keys, jobs) if key not in memo]
        for _ in range(len(jobs) - len(missing)):
            self._fitted()  # a reused refit still counts as one for the progress total
        if missing:
            params = self.get_params()
            mapper = getattr(self, "_map", None) or map
            for (key, _), (components, state) in zip(missing, mapper(_quick_components,
                                                                     [(params, *job) for _, job in missing])):
                memo[key] = components
                if state is not None:  # a quick fit of all the rows: where the full fit of its k starts
                    warm[key[:3]] = state
                self._fitted()
        return [memo[key] for key in keys]

    def _sliced(self, matrix, columns):
        """``matrix[:, columns]``, made once per fit for each set of columns (most k keep the same
        terms: BBC's k = 5..8 all see the terms in at most 30% of the documents)."""
        slices = self.__dict__.setdefault("_slices", {})
        key = (id(matrix), columns.tobytes())
        if key not in slices:
            slices[key] = (matrix, matrix[:, columns])  # (the source kept: its id stays its own)
        return slices[key][1]

    def _digest(self, matrix) -> str:
        """:func:`_matrix_digest` of ``matrix``, once per matrix object in a fit (the jobs of one k
        share theirs)."""
        digests = self.__dict__.setdefault("_digests", {})
        if id(matrix) not in digests:
            digests[id(matrix)] = (matrix, _matrix_digest(matrix))  # (kept: no other matrix gets its id)
        return digests[id(matrix)][1]

    def _stability(self, matrix, k: int, reference, n_runs: int) -> pd.DataFrame:
        from communique.topics.coherence import stability_table

        runs = self._refit_all(self._stability_jobs(matrix, k, n_runs))
        return stability_table(reference, runs, n_terms=self.n_top)

    def _topic_terms(self, components, vocabulary=None) -> pd.DataFrame:
        import pandas as pd

        from communique.topics.coherence import top_indices

        vocabulary = self.vocabulary_ if vocabulary is None else vocabulary
        rows = []
        for topic, weights in enumerate(components):
            top = top_indices(weights, self.n_top)
            for rank, index in enumerate(top, start=1):
                if weights[index] <= 0:
                    break
                rows.append((topic, rank, str(vocabulary[index]), float(weights[index])))
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
        documents = as_documents(X, unit=self.unit, term=self.term, phrases=self.phrases)
        matrix = self.vectorizer_.transform(documents["terms"].tolist())[:, self.columns_]
        weights = normalise_rows(self.model_.transform(matrix))[:, self.order_]
        return self._doc_topics(documents, weights)

    def fit_transform(self, X: Any, y: Any = None) -> pd.DataFrame:
        return self.fit(X).doc_topics_

    def find_topics(self, query: str | list[str], n: int | None = None) -> pd.DataFrame:
        """Topics ranked by the weight of the query's words (see :func:`communique.topics.search.find_topics`)."""
        from communique.topics.search import find_topics

        return find_topics(self, query, n)


class KLState(NamedTuple):
    """Where a :class:`KLNMF` fit stopped: its factors, its last update, the divergence at the
    check before the last (None before the first) and at the last, and whether it converged."""

    W: np.ndarray
    H: np.ndarray
    n_iter: int
    previous: float | None
    divergence: float
    stopped: bool


class KLNMF:
    """Non-negative factorisation under the generalised Kullback-Leibler divergence (sparse input).

    Lee and Seung's multiplicative updates from an NNDSVDa start (the SVD is seeded, so a seed
    gives one answer). The sparse products touch only the non-zero cells, so an update costs
    O(non-zeros x k). ``components_`` (k x terms), ``n_iter_``, ``reconstruction_err_`` (the divergence).

    >>> import numpy as np
    >>> X = np.array([[3, 2, 0, 0], [2, 3, 0, 0], [0, 0, 2, 3], [0, 1, 3, 2]], dtype=float)
    >>> topic = KLNMF(2).fit_transform(X).argmax(axis=1)
    >>> bool(topic[0] == topic[1] != topic[2] == topic[3])
    True
    """

    CHECK_EVERY = 10  # updates between two convergence checks (and the last update)

    def __init__(self, n_components: int, *, random_state: int = 0, max_iter: int = 200, tol: float = 1e-4):
        self.n_components = n_components
        self.random_state = random_state
        self.max_iter = max_iter
        self.tol = tol

    def _start(self, X):
        import numpy as np
        from sklearn.utils.extmath import randomized_svd

        k = self.n_components
        U, S, V = randomized_svd(X, k, random_state=self.random_state)
        W, H = np.zeros((X.shape[0], k)), np.zeros((k, X.shape[1]))
        W[:, 0], H[0] = np.sqrt(S[0]) * np.abs(U[:, 0]), np.sqrt(S[0]) * np.abs(V[0])
        for j in range(1, k):
            x, y = U[:, j], V[j]
            xp, yp, xn, yn = np.maximum(x, 0), np.maximum(y, 0), -np.minimum(x, 0), -np.minimum(y, 0)
            positive = np.linalg.norm(xp) * np.linalg.norm(yp)
            negative = np.linalg.norm(xn) * np.linalg.norm(yn)
            u, v, sigma = (xp, yp, positive) if positive > negative else (xn, yn, negative)
            scale = np.sqrt(S[j] * sigma)
            W[:, j] = scale * u / max(np.linalg.norm(u), 1e-12)
            H[j] = scale * v / max(np.linalg.norm(v), 1e-12)
        average = X.sum() / (X.shape[0] * X.shape[1])
        W[W < 1e-6], H[H < 1e-6] = average, average  # "a": zeros filled with the mean, so updates can move them
        return W, H

    def fit_transform(self, X, y=None, *, resume: KLState | None = None):
        """Documents x topics; ``resume``: go on from the ``state_`` of a fit of the same X, k
        and seed with fewer updates (the same answer as this fit from its start)."""
        import numpy as np
        import scipy.sparse as sp

        X = sp.csr_matrix(X, dtype=np.float64)
        X.sum_duplicates()
        X.sort_indices()
        if resume is None:
            W, H = self._start(X)
            first, previous, stopped, divergence = 1, None, False, float("nan")
        else:
            W, H = resume.W.copy(), resume.H.copy()
            first, previous, stopped, divergence = resume.n_iter + 1, resume.previous, resume.stopped, resume.divergence
        if stopped or first > self.max_iter:  # (it had converged, or had made this fit's updates)
            iteration = first - 1
        else:
            H, W, iteration, divergence, previous, stopped = self._updates(X, W, H, update_h=True, first=first,
                                                                           previous=previous)
        self.components_, self.n_iter_, self.reconstruction_err_ = H, iteration, divergence
        self.state_ = KLState(W, H, iteration, previous, divergence, stopped)  # (resume copies them)
        return W

    def transform(self, X):
        import numpy as np
        import scipy.sparse as sp

        X = sp.csr_matrix(X, dtype=np.float64)
        W = np.full((X.shape[0], self.n_components), max(X.sum() / max(X.shape[0] * X.shape[1], 1), 1e-6))
        return self._updates(X, W, self.components_.copy(), update_h=False)[1]

    def _updates(self, X, W, H, *, update_h: bool, first: int = 1, previous: float | None = None):
        """Updates ``first`` to ``max_iter`` (fewer if converged): H, W, the last update, the
        divergence, the divergence of the check before, and whether it converged."""
        import numpy as np

        eps = 1e-10
        cols, data = X.indices.astype(np.intp), X.data  # (take converts other index types on every call)
        ratio = X.copy()
        cells = _cell_products(X, W.shape[1])
        terms = np.ones((X.shape[1], W.shape[1] + 1))  # column 0 multiplies the eps that each sum starts from

        def gather() -> None:  # H's values at the cells, once per update of H (both products of an update use them)
            terms[:, 1:] = H.T
            np.take(terms, cols, axis=0, out=cells.data.reshape(len(data), W.shape[1] + 1), mode="clip")

        def at_nonzeros():  # (W @ H) at X's non-zero cells: eps, then topic 0, 1, ... added in turn
            return cells @ np.append(W.ravel(), eps)

        divergence, iteration, stopped = float("nan"), first - 1, False
        gather()
        for iteration in range(first, self.max_iter + 1):
            if update_h:
                np.divide(data, at_nonzeros(), out=ratio.data)
                H *= (ratio.T @ W).T / (W.sum(axis=0)[:, None] + eps)
                gather()
            fitted = at_nonzeros()
            np.divide(data, fitted, out=ratio.data)
            W *= (ratio @ H.T) / (H.sum(axis=1)[None, :] + eps)
            if iteration % self.CHECK_EVERY == 0 or iteration == self.max_iter:
                divergence = float(np.sum(data * np.log(data / fitted)) - data.sum() + W.sum(axis=0) @ H.sum(axis=1))
                if previous is not None and previous - divergence < self.tol * abs(previous):
                    stopped = True
                    break
                previous = divergence
        return H, W, iteration, divergence, previous, stopped


def _cell_products(X, k: int):
    """A sparse matrix whose product with ``[W.ravel(), eps]`` is ``eps + W @ H`` at the non-zero
    cells of ``X`` (documents x terms, CSR), once its data holds ``1, H[0, j], ..., H[k-1, j]``
    for each cell (row i, column j) in turn: row c of the matrix is cell c, its k + 1 entries
    point at eps and at W[i, 0..k-1]. scipy's CSR product adds a row's entries in their order
    onto 0, so each cell is the sum a loop over topics makes (eps, then topic 0, 1, ... in
    turn), to the last bit, in one pass of compiled code (BBC: 3.6 ms an update, not 7.4)."""
    import numpy as np
    import scipy.sparse as sp

    n_rows, n_cells = X.shape[0], X.nnz
    # (32-bit indices when they fit, as scipy would make them: no copy and no scan of the indices)
    dtype = np.int32 if max(n_cells * (k + 1), n_rows * k + 1) < 2**31 else np.int64
    rows = np.repeat(np.arange(n_rows, dtype=dtype), np.diff(X.indptr))
    index = np.empty((n_cells, k + 1), dtype=dtype)
    index[:, 0] = n_rows * k  # eps, the vector's last entry
    np.add(rows[:, None] * k, np.arange(k, dtype=dtype), out=index[:, 1:])
    starts = np.arange(0, n_cells * (k + 1) + 1, k + 1, dtype=dtype)
    return sp.csr_matrix((np.zeros(n_cells * (k + 1)), index.ravel(), starts), shape=(n_cells, n_rows * k + 1))


def _quick_components(job: tuple) -> tuple[np.ndarray, KLState | None]:
    """Topics x terms of a quick factorisation: ``(params, matrix, k, seed, size)``, with the
    rows of a stability refit drawn from ``seed`` when ``size`` is given (a top-level function:
    it runs on pool workers too); and, for a KL fit of all the rows that a full fit can go on
    from, the state it stopped in (else None)."""
    import numpy as np

    params, matrix, k, seed, size = job
    if size is not None:
        n = matrix.shape[0]
        rows = np.sort(np.random.default_rng(seed).choice(n, size=min(size, n), replace=False))
        matrix = matrix[rows]
    topics = TopicModel(**params)
    model, _, components = topics._factorise(matrix, k, seed, quick=True)
    state = None
    if size is None and isinstance(model, KLNMF):
        quick, full = topics._iterations(True), topics._iterations(False)
        # A full fit checks convergence every 10 updates and at its last; the quick fit's last
        # check must be one the full fit makes too, or the two part ways there.
        if quick % KLNMF.CHECK_EVERY == 0 or quick == full:
            state = model.state_
    return components, state


def _matrix_digest(matrix) -> str:
    """A digest of a sparse matrix's shape and content (CSR)."""
    import hashlib

    import numpy as np
    import scipy.sparse as sp

    csr = sp.csr_matrix(matrix)
    digest = hashlib.blake2b(repr(csr.shape).encode(), digest_size=16)
    for part in (csr.indptr, csr.indices, csr.data):
        digest.update(np.ascontiguousarray(part).tobytes())
    return digest.hexdigest()


def normalise_rows(matrix) -> np.ndarray:
    """Each row divided by its sum (rows summing to 0 stay 0)."""
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
    [[2, 1.0, 1.0, True], [3, 0.6, 1.0, False]]
    """
    options.setdefault("stability_runs", 0)
    model = TopicModel(method, "auto", random_state=random_state, k_range=k_range, **options)
    return model.fit(documents).selection_
