"""The topic model's shortcuts give the answers of the long way round (issue 19, speed)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from communique.topics.documents import PAIR_SEP
from communique.topics.labels import _pair_matrix, topic_labels
from communique.topics.model import KLNMF, TopicModel


def _random_counts(seed: int, shape=(60, 40), density=0.2):
    rng = np.random.default_rng(seed)
    matrix = sp.random(*shape, density=density, random_state=rng, format="csr")
    matrix.data = np.floor(matrix.data * 4) + 1
    return matrix


@pytest.mark.parametrize("split", [5, 10, 30, 37])
def test_klnmf_resumed_fit_equals_fresh_fit(split):
    """A fit resumed from a shorter fit's state is the fit from the start, to the last bit."""
    matrix = _random_counts(1)
    fresh = KLNMF(4, random_state=3, max_iter=60, tol=0)
    weights = fresh.fit_transform(matrix)
    short = KLNMF(4, random_state=3, max_iter=split, tol=0)
    short.fit_transform(matrix)
    resumed = KLNMF(4, random_state=3, max_iter=60, tol=0)
    if split % KLNMF.CHECK_EVERY:  # (a last check the long fit does not make: the two part ways)
        return
    again = resumed.fit_transform(matrix, resume=short.state_)
    assert np.array_equal(again, weights)
    assert np.array_equal(resumed.components_, fresh.components_)
    assert resumed.n_iter_ == fresh.n_iter_ and resumed.reconstruction_err_ == fresh.reconstruction_err_


def test_klnmf_resumed_after_convergence_stops_where_fresh_fit_stops():
    matrix = _random_counts(2)
    fresh = KLNMF(3, random_state=0, max_iter=200, tol=0.05)
    weights = fresh.fit_transform(matrix)
    assert fresh.n_iter_ < 30  # converged early: the quick fit stopped there too
    short = KLNMF(3, random_state=0, max_iter=30, tol=0.05)
    short.fit_transform(matrix)
    resumed = KLNMF(3, random_state=0, max_iter=200, tol=0.05)
    assert np.array_equal(resumed.fit_transform(matrix, resume=short.state_), weights)
    assert resumed.n_iter_ == fresh.n_iter_


def _documents():
    words = {"trade": ["tariff", "export", "import", "duty", "market", "steel"],
             "war": ["troop", "border", "shell", "ceasefire", "army", "front"],
             "vote": ["ballot", "party", "poll", "seat", "campaign", "count"]}
    rng = np.random.default_rng(7)
    docs = []
    for i in range(45):
        theme = list(words)[i % 3]
        docs.append([str(w) for w in rng.choice(words[theme], size=12)] + [str(rng.choice(words["vote"]))])
    return docs


def test_model_with_resumed_final_fit_equals_model_fitted_from_scratch(monkeypatch):
    """The chosen k's fit goes on from its quick fit: the same tables as a fit from the start."""
    docs = _documents()
    options = dict(k_range=(2, 4), selection_runs=1, stability_runs=2, phrases=None, min_df=1)
    resumed = TopicModel("nmf", "auto", **options).fit(docs)
    import communique.topics.model as model

    quick = model._quick_components
    resumes = []

    def no_state(job):
        components, state = quick(job)
        resumes.append(state is not None)
        return components, None

    monkeypatch.setattr(model, "_quick_components", no_state)  # nothing to resume: every fit from its start
    fresh = TopicModel("nmf", "auto", **options).fit(docs)
    for name in ("topic_terms_", "doc_topics_", "topics_", "selection_"):
        assert getattr(resumed, name).to_csv() == getattr(fresh, name).to_csv(), name
    assert not hasattr(resumed.model_, "state_")
    assert sum(resumes) == 3  # (k = 2, 3, 4 on all the documents)


def test_pair_matrix_equals_count_vectorizer():
    from sklearn.feature_extraction.text import CountVectorizer

    from communique.topics.documents import identity

    pairs = [["b|c", "a|b", "b|c"], [], ["z|a", "a|b"], ["c|d"] * 3 + ["a|b"]]
    matrix, names = _pair_matrix(pairs)
    vectorizer = CountVectorizer(analyzer=identity, dtype=np.float64)
    theirs = vectorizer.fit_transform(pairs)
    assert names == vectorizer.get_feature_names_out().tolist()
    assert np.array_equal(matrix.toarray(), theirs.toarray())


@pytest.mark.parametrize("display", [{"stat": "state", "econom": "economy"},
                                     {"stat": "state", "econom": "state"}])  # (two stems, one word)
def test_labels_with_display_equal_labels_of_rewritten_pairs(display):
    vocab_terms = ["stat", "econom", "aid", "talk", "state"]
    rng = np.random.default_rng(3)
    terms = [[str(t) for t in rng.choice(vocab_terms, size=8)] for _ in range(30)]
    pairs = [[a + PAIR_SEP + b for a, b in zip(doc, doc[1:]) if a != b] for doc in terms]
    weights = rng.random((30, 2))
    components = rng.random((2, 4))
    vocabulary = ["state", "economy", "aid", "talk"]

    def shown(word):
        return display.get(word, word)

    rewritten = [[PAIR_SEP.join(shown(w) for w in p.split(PAIR_SEP)) for p in doc] for doc in pairs]
    expected = topic_labels(components, vocabulary, weights, rewritten, terms=[[shown(t) for t in d] for d in terms],
                            pool=4, min_dice=0.0)
    got = topic_labels(components, vocabulary, weights, pairs, terms=terms, pool=4, min_dice=0.0, display=display)
    assert got == expected
    assert any(" " in label.split(" / ")[0] for label in got)  # a collocation leads a label
