"""CAMEO event codes: the one checked table of codes, names, quad classes and Goldstein values.

Codes are strings ("042", never 42). The root is the first two digits; the quad class
follows the root: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
3 verbal conflict (09-13), 4 material conflict (14-20). Goldstein values are those of
the published CAMEO-to-Goldstein mapping (Goldstein 1992 as adapted in the CAMEO
codebook, Schrodt 2012, and used by GDELT's ``CAMEO.goldsteinscale.txt``).

Two choices this table documents because CAMEO has no exact code for them:

* **Annexation** ("Russia's annexation of Crimea") is coded ``192`` *occupy territory*:
  CAMEO's 192 covers seizing and holding another state's territory, and annexation is
  its formal, permanent form (Goldstein -9.5). Coding it as 190 (use conventional force)
  would lose that it is about territory; 200-level codes are reserved for mass violence.
* **Thanking** ("Kim thanked Putin") is coded ``051`` *praise or endorse*: the CAMEO
  verb dictionary lists thank, hail and commend there; ``018`` (empathetic comment) is
  for condolences and sympathy, not appreciation.

>>> info("042").name, info("042").goldstein, info("042").quad_class
('make a visit', 1.9, 1)
>>> root_of("0211"), quad_class_of("163"), goldstein("174")
('02', 4, -5.0)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

__all__ = ["CameoCode", "CODES", "codes", "expected_in_news", "info", "root_of", "quad_class_of", "goldstein", "table", "QUAD_NAMES"]

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code: its string code, name, root, quad class and Goldstein value."""

    code: str
    name: str
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class_of(self.code)


@functools.cache
def codes() -> dict[str, CameoCode]:
    """Code -> :class:`CameoCode`, from ``events/data/cameo.csv`` (checked on load by the lexicon)."""
    from communique.events.lexicon import cameo_rows

    return {r.code: CameoCode(r.code, r.name, r.goldstein) for r in cameo_rows()}


def expected_in_news() -> list[str]:
    """Codes ``cameo.csv`` marks as used by diplomatic news (each must have patterns)."""
    from communique.events.lexicon import cameo_rows

    return [r.code for r in cameo_rows() if r.expected_in_news]


def __getattr__(name: str):
    if name == "CODES":  # the table, loaded on first use rather than at import
        return codes()
    raise AttributeError(name)


def root_of(code: str) -> str:
    """The two-digit root of a CAMEO code ("0211" -> "02")."""
    code = str(code)
    if not code.isdigit() or len(code) < 2:
        raise ValueError(f"not a CAMEO code: {code!r} (codes are digit strings such as '042')")
    return code[:2]


def quad_class_of(code: str) -> int:
    """Quad class 1-4 of a code: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4."""
    root = int(root_of(code))
    if not 1 <= root <= 20:
        raise ValueError(f"CAMEO root out of range: {code!r}")
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def info(code: str) -> CameoCode:
    """The table row of ``code`` (KeyError with a clear message when unknown)."""
    try:
        return codes()[str(code)]
    except KeyError:
        raise KeyError(f"CAMEO code {code!r} is not in communique's table") from None


def goldstein(code: str) -> float:
    """Goldstein value of a code."""
    return info(code).goldstein


@functools.cache
def _table():
    import pandas as pd

    rows = [(c.code, c.name, c.root, c.quad_class, QUAD_NAMES[c.quad_class], c.goldstein) for c in codes().values()]
    return pd.DataFrame(rows, columns=["cameo", "name", "cameo_root", "quad_class", "quad_name", "goldstein"])


def table():
    """The whole table as a DataFrame (cameo, name, cameo_root, quad_class, quad_name, goldstein)."""
    return _table().copy()
