"""Shared fixtures: the seed article, the shared corpora, and the optional NLTK data switched on or off.

The default analysis reads no NLTK data; only tests of features that a user asks for by name
(keyness against Brown) or that compare against NLTK data use the ``nltk_data`` fixture, which
points ``NLTK_DATA`` at ``../shared/nltk_data`` itself and skips with a reason where it is absent.
"""

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

#: the regression guards' spread of real text: (folder under ../shared/corpora, one document in ``every``), every
#: BBC section and two UNGDC sessions
REGRESSION_SAMPLES = (("bbc", 11), ("ungdc/TXT/Session 78 - 2023", 4), ("ungdc/TXT/Session 79 - 2024", 4))


def chosen(doc_id: str, every: int) -> bool:
    """Whether a document is in a fixed one-in-``every`` sample (by the sha1 of its id, not its order)."""
    import hashlib

    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % every == 0


def sampled_articles(samples=REGRESSION_SAMPLES):
    """The articles of ``samples`` in a fixed order (load warnings, such as a cp1252 BBC file, silenced)."""
    import warnings

    from communique import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for folder, every in samples:
            for article in load_corpus(CORPORA / folder, errors=[]):
                if chosen(article.id, every):
                    yield article


def shared_nltk_data() -> Path | None:
    """``../shared/nltk_data`` where it is, else the first folder of ``NLTK_DATA`` (None: neither)."""
    candidates = [NLTK_SHARED, *(Path(p) for p in os.environ.get("NLTK_DATA", "").split(os.pathsep) if p)]
    return next((folder for folder in candidates if folder.is_dir()), None)


def _reset() -> None:
    import communique.text.resources as resources

    resources.reset_cache()


@pytest.fixture
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_article():
    from communique import load_article

    return load_article(SEED)


@pytest.fixture
def no_nltk_data(monkeypatch):
    """Behave as if no NLTK data were installed, whatever the machine has."""
    monkeypatch.setenv("COMMUNIQUE_NO_NLTK_DATA", "1")
    _reset()
    yield
    monkeypatch.delenv("COMMUNIQUE_NO_NLTK_DATA")
    _reset()


@pytest.fixture
def nltk_data(monkeypatch) -> Path:
    """Point ``NLTK_DATA`` at ``../shared/nltk_data`` (skips with a reason when it is absent)."""
    folder = shared_nltk_data()
    if folder is None:
        pytest.skip("../shared/nltk_data is absent (only optional NLTK-data features need it)")
    import nltk.data

    monkeypatch.setenv("NLTK_DATA", str(folder))
    # nltk reads NLTK_DATA once, at import; NLTK's own loaders (used to compare) need the path too.
    monkeypatch.setattr(nltk.data, "path", [str(folder), *nltk.data.path])
    monkeypatch.delenv("COMMUNIQUE_NO_NLTK_DATA", raising=False)
    _reset()
    yield folder
    _reset()


def assert_coded(text: str, dct: str, expected: set) -> None:
    """The (source, target, code, speculative) rows the event coder gives ``text`` are ``expected`` (the event
    test files share it; the failure shows the rows with their triggers)."""
    from communique.events.extract import extract_events

    table = extract_events(text, dct)
    got = {(r.source, r.target, r.cameo, bool(r.speculative)) for r in table.itertuples()}
    assert got == expected, table[["source", "target", "cameo", "speculative", "trigger"]].values.tolist()
