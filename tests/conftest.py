"""Shared fixtures: the seed article, the shared corpora, and NLTK data switched on or off."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "2019-04-25_kim-jong-un-meets-vladimir-putin.txt"
# ../shared from the main checkout; a worktree one level deeper finds it one folder further up.
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
CORPORA = SHARED / "corpora"
NLTK_SHARED = SHARED / "nltk_data"

needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is absent (real-text tests need it)")
needs_nltk_data = pytest.mark.skipif(
    not NLTK_SHARED.is_dir() and not os.environ.get("NLTK_DATA"),
    reason="no NLTK data (../shared/nltk_data or NLTK_DATA)",
)


def _reset() -> None:
    import communique.text.resources as resources
    import communique.text.tokens as tokens

    resources.reset_cache()
    tokens.reset_caches()


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_article():
    from communique import load_article

    return load_article(SEED)


@pytest.fixture
def no_nltk_data(monkeypatch):
    """Behave as on a fresh machine without NLTK data (fallbacks, one warning per package)."""
    monkeypatch.setenv("COMMUNIQUE_NO_NLTK_DATA", "1")
    _reset()
    yield
    monkeypatch.delenv("COMMUNIQUE_NO_NLTK_DATA")
    _reset()


@pytest.fixture
def with_nltk_data(monkeypatch):
    """Use ../shared/nltk_data (skips when absent)."""
    if NLTK_SHARED.is_dir():
        monkeypatch.setenv("NLTK_DATA", str(NLTK_SHARED))
    elif not os.environ.get("NLTK_DATA"):
        pytest.skip("no NLTK data (../shared/nltk_data or NLTK_DATA)")
    monkeypatch.delenv("COMMUNIQUE_NO_NLTK_DATA", raising=False)
    _reset()
    yield
    _reset()
