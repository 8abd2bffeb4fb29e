"""The word lists of :mod:`communique.text`, read from ``text/data/`` (files a linguist can edit).

Each file opens with a ``# FORMAT:`` line saying what a line holds; other lines starting with
``#`` are comments, blank lines are skipped. :func:`words` reads one entry a line, :func:`table`
tab-separated rows. Code builds its regexes and sets from these, never from its own copy.

>>> words("abbreviations")[:3]
['mr', 'mrs', 'ms']
>>> table("months")[8]
('9', 'september', 'sep sept')
>>> month_numbers()["sept"], weekday_numbers()["thurs"]
(9, 4)
"""

from __future__ import annotations

import functools
from importlib import resources

FORMAT_PREFIX = "# FORMAT:"
_SUFFIXES = (".txt", ".tsv")


def _lines(name: str) -> list[str]:
    folder = resources.files("communique.text").joinpath("data")
    for suffix in _SUFFIXES:
        path = folder.joinpath(name + suffix)
        if path.is_file():
            text = path.read_text("utf-8")
            break
    else:
        raise FileNotFoundError(f"no word list {name!r} in communique/text/data ({', '.join(_SUFFIXES)})")
    lines = text.splitlines()
    if not lines or not lines[0].startswith(FORMAT_PREFIX):
        raise ValueError(f"communique/text/data/{name}: the first line must be a {FORMAT_PREFIX} line")
    return [line for line in lines if line.strip() and not line.startswith("#")]


@functools.cache
def words(name: str) -> list[str]:
    """The entries of a one-entry-a-line list (``abbreviations``, ``stopwords_en``), in file order."""
    return [line.strip() for line in _lines(name)]


@functools.cache
def function_words() -> frozenset[str]:
    """The bundled English stop words as a set (``stopwords_en``): the function words rules test against."""
    return frozenset(words("stopwords_en"))


@functools.cache
def table(name: str) -> list[tuple[str, ...]]:
    """The tab-separated rows of a table (``months``, ``weekdays``), each padded to the header's width."""
    rows = [tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name)]
    width = max((len(r) for r in rows), default=0)
    return [r + ("",) * (width - len(r)) for r in rows]


def _numbers(name: str) -> dict[str, int]:
    """Every name and abbreviation of a calendar table -> its number, names first."""
    rows = table(name)
    found = {row[1]: int(row[0]) for row in rows}
    for row in rows:
        found.update({abbr: int(row[0]) for abbr in row[2].split()})
    return found


@functools.cache
def month_numbers() -> dict[str, int]:
    """``"january"``/``"jan"`` ... -> 1..12 (lower case)."""
    return _numbers("months")


@functools.cache
def weekday_numbers() -> dict[str, int]:
    """``"monday"``/``"mon"`` ... -> 1..7 (ISO, lower case)."""
    return _numbers("weekdays")


def month_names() -> list[str]:
    """The twelve full month names, lower case, January first."""
    return [row[1] for row in table("months")]


def calendar_abbreviations() -> list[str]:
    """Abbreviations of months and weekdays (``jan``, ``sept``, ``thurs``), in file order."""
    return [abbr for name in ("months", "weekdays") for row in table(name) for abbr in row[2].split()]
