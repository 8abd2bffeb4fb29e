"""KLNMF's products at the non-zero cells give the bits of a plain loop over topics (issue 19)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from communique.topics.model import KLNMF


def _counts(seed: int, shape: tuple[int, int], density: float, empty_rows: int = 0) -> sp.csr_matrix:
    rng = np.random.default_rng(seed)
    matrix = sp.random(*shape, density=density, random_state=rng, format="lil")
    for row in range(empty_rows):
        matrix[2 * row] = 0  # some documents without a word left
    matrix = sp.csr_matrix(matrix)
    matrix.data = np.log1p(np.floor(matrix.data * 5)) + 1  # sublinear-tf-like weights
    return matrix


def _reference_updates(X: sp.csr_matrix, W: np.ndarray, H: np.ndarray, max_iter: int, update_h: bool = True):
    """The multiplicative updates written out with numpy: each cell's fit is eps, then topic 0,
    1, ... added in turn (as the model computed it before its sparse-product kernel)."""
    eps = 1e-10
    rows = np.repeat(np.arange(X.shape[0]), np.diff(X.indptr))
    cols, data = X.indices, X.data
    ratio = X.copy()

    def at_nonzeros():
        out = np.full(len(data), eps)
        for j in range(W.shape[1]):
            out += H[j, cols] * W[rows, j]
        return out

    for _ in range(max_iter):
        if update_h:
            np.divide(data, at_nonzeros(), out=ratio.data)
            H *= (ratio.T @ W).T / (W.sum(axis=0)[:, None] + eps)
        np.divide(data, at_nonzeros(), out=ratio.data)
        W *= (ratio @ H.T) / (H.sum(axis=1)[None, :] + eps)
    return W, H


@pytest.mark.parametrize(("seed", "shape", "density", "k", "empty_rows"), [
    (0, (40, 30), 0.2, 3, 0),
    (1, (25, 60), 0.1, 1, 2),
    (2, (80, 50), 0.3, 8, 3),
    (3, (12, 9), 0.5, 2, 1),
])
def test_fit_equals_plain_updates_to_the_last_bit(seed, shape, density, k, empty_rows):
    X = _counts(seed, shape, density, empty_rows)
    model = KLNMF(k, random_state=seed, max_iter=25, tol=0)
    weights = model.fit_transform(X)
    start = KLNMF(k, random_state=seed)._start(X)
    W, H = _reference_updates(X, start[0].copy(), start[1].copy(), 25)
    assert np.array_equal(weights.view(np.int64), W.view(np.int64))
    assert np.array_equal(model.components_.view(np.int64), H.view(np.int64))


def test_transform_equals_plain_updates_to_the_last_bit():
    X = _counts(4, (50, 40), 0.2, 2)
    model = KLNMF(4, random_state=1, max_iter=30, tol=0)
    model.fit_transform(X)
    new = _counts(5, (10, 40), 0.3, 1)
    start = np.full((10, 4), max(new.sum() / (10 * 40), 1e-6))
    W, _ = _reference_updates(new, start, model.components_.copy(), 30, update_h=False)
    assert np.array_equal(model.transform(new).view(np.int64), W.view(np.int64))


def test_matrix_without_cells_fits():
    model = KLNMF(2, max_iter=5)
    model.fit_transform(sp.csr_matrix((4, 3)))
    assert model.components_.shape == (2, 3)


@pytest.mark.parametrize("kind", ["random", "ties", "zeros", "signed_zeros", "nan"])
def test_top_indices_equal_the_stable_argsort(kind):
    from communique.topics.coherence import top_indices

    rng = np.random.default_rng(len(kind))
    for size in (1, 5, 40, 300):
        values = {"random": rng.random(size), "ties": rng.integers(0, 4, size).astype(float),
                  "zeros": np.where(rng.random(size) < 0.8, 0.0, rng.random(size)),
                  "signed_zeros": rng.choice([0.0, -0.0, 1.0], size),
                  "nan": np.where(rng.random(size) < 0.2, np.nan, rng.random(size))}[kind]
        for n in (0, 1, 3, 10, size, size + 2):
            assert np.array_equal(top_indices(values, n), np.argsort(-values, kind="stable")[:n]), (size, n)
