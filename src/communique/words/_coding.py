"""Integer coding of token columns, shared by the counting modules of :mod:`communique.words`.

The module is private to the wing; its names are public within it (the scikit-learn shape:
``frequencies``, ``collocations``, ``trends``, ``phrases`` and ``keywords`` all import from here,
so none of them imports another for its helpers).

>>> codes(["talks", "aid", "talks"])[0].tolist()
[0, 1, 0]
>>> [a.tolist() for a in unique_counts([3, 1, 3, 3])]
[[1, 3], [1, 3]]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

BY: tuple[str, ...] = ("text", "norm", "lemma", "stem")


def unique_counts(values):
    """Sorted distinct values of an integer array and their counts (sort-based: faster than
    ``np.unique``'s hash path on large arrays)."""
    import numpy as np

    values = np.sort(np.asarray(values, dtype=np.int64), kind="stable")
    if not len(values):
        return values, np.zeros(0, dtype=np.int64)
    first = np.empty(len(values), dtype=bool)
    first[0] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    return values[first], np.diff(np.append(np.flatnonzero(first), len(values)))


def codes(values):
    """Integer codes and the distinct values (in order of first appearance) of an array."""
    import numpy as np
    import pandas as pd

    coded, uniques = pd.factorize(np.asarray(values, dtype=object))
    return coded.astype(np.int64), np.asarray(uniques, dtype=object)


def column_codes(column: pd.Series, mask=None):
    """:func:`codes` of a table column (the rows where ``mask``): the same codes and values, but a
    categorical column is coded from its integer codes and a string column by Arrow, without a
    Python string per row.

    >>> import pandas as pd
    >>> column = pd.Series(["talks", "aid", "talks", "peace"], dtype="category")
    >>> [a.tolist() for a in column_codes(column, column.to_numpy() != "aid")]
    [[0, 0, 1], ['talks', 'peace']]
    """
    import numpy as np
    import pandas as pd

    if isinstance(column.dtype, pd.CategoricalDtype):
        categorical = column.array
        cat_codes = np.asarray(categorical.codes)
        if mask is not None:
            cat_codes = cat_codes[mask]
        if not len(cat_codes) or cat_codes.min() >= 0:  # no missing value
            coded, first = pd.factorize(cat_codes)  # first appearance order, as for the strings
            return coded.astype(np.int64), np.asarray(categorical.categories, dtype=object)[first]
    if isinstance(column.dtype, pd.StringDtype):  # (Arrow strings: coded by Arrow, without a Python string per row)
        part = column if mask is None else column[np.asarray(mask)]
        coded, uniques = pd.factorize(part)  # (first appearance order, as for the strings)
        return np.asarray(coded, dtype=np.int64), np.asarray(uniques, dtype=object)
    values = column.to_numpy()
    return codes(values if mask is None else values[mask])


def check_by(by: str) -> None:
    """Raise ValueError unless ``by`` names a token column that terms can be (text, norm, lemma, stem)."""
    if by not in BY:
        raise ValueError(f"by must be one of text, norm, lemma, stem (got {by!r})")


def links(table: pd.DataFrame):
    """``link[k]`` is True when rows k and k+1 are adjacent tokens of one sentence."""
    import numpy as np

    doc_codes, _ = column_codes(table["doc_id"])
    sent = table["sent"].to_numpy().astype(np.int64)
    idx = table["i"].to_numpy().astype(np.int64)
    return (doc_codes[1:] == doc_codes[:-1]) & (sent[1:] == sent[:-1]) & (idx[1:] == idx[:-1] + 1)
