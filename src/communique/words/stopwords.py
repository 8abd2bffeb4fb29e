"""Stop words you choose: the default list, your own words or file, and reporting verbs.

:func:`stop_words` assembles the set (the bundled or NLTK English list, plus the reporting verbs
of ``words/data/reporting_verbs.txt`` and the modals, "also" and honorifics of
``words/data/news_function_words.txt``, plus or instead of your words); :func:`apply_stop_words`
re-marks a tokens table with it, so every count downstream sees the same choice.

>>> stop = stop_words(["minister"])
>>> "the" in stop, "said" in stop, "minister" in stop, "talks" in stop
(True, True, True, False)
>>> sorted(stop_words(["Alpha", "beta"], replace=True))
['alpha', 'beta']
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

StopWords = str | os.PathLike | Iterable[str] | None


def read_word_list(source: StopWords) -> list[str]:
    """Words from a list, a comma-separated string, or a file path (one per line, ``#`` comments)."""
    if source is None:
        return []
    if isinstance(source, os.PathLike) or (isinstance(source, str) and ("/" in source or source.endswith(".txt"))
                                           and Path(source).is_file()):
        lines = Path(source).read_text(encoding="utf-8").splitlines()
        return [w.strip().lower() for w in lines if w.strip() and not w.lstrip().startswith("#")]
    if isinstance(source, str):
        if Path(source).suffix and not Path(source).exists():
            raise FileNotFoundError(f"stop-word file {source}: no such file (or pass words separated by commas)")
        return [w.strip().lower() for w in source.split(",") if w.strip()]
    return [str(w).strip().lower() for w in source if str(w).strip()]


def stop_words(words: StopWords = None, *, replace: bool = False, reporting: bool = True) -> frozenset[str]:
    """The stop-word set: the default English list and, with ``reporting=True``, the reporting
    verbs and news function words (would, also, mr) of ``words/data``,
    plus ``words`` (a list, ``"a,b,c"`` or a file), or ``words`` alone with ``replace=True``."""
    from communique.text import resources
    from communique.words.lexicon import news_function_words, reporting_verbs

    own = set(read_word_list(words))
    if replace:
        return frozenset(own)
    base = set(resources.stopwords())
    if reporting:
        base.update(verb.form for verb in reporting_verbs() + news_function_words())
    return frozenset(base | own)


def apply_stop_words(tokens: pd.DataFrame, stop: Iterable[str]) -> pd.DataFrame:
    """The tokens table with ``is_stop`` re-marked from ``stop`` (matched on ``norm``)."""
    import numpy as np
    import pandas as pd

    stop = frozenset(stop)
    norm = tokens["norm"]
    if isinstance(norm.dtype, pd.CategoricalDtype):  # each distinct word looked up once, not each token
        codes = norm.cat.codes.to_numpy()
        # (code -1 is a missing word, which astype(str) would have made "nan")
        marked = np.append(norm.cat.categories.astype(str).isin(stop), "nan" in stop)[codes]
    else:
        marked = norm.astype(str).isin(stop).to_numpy()
    if (marked == tokens["is_stop"].to_numpy()).all():
        return tokens
    return tokens.assign(is_stop=marked)
