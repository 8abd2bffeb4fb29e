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

__all__ = ["CameoCode", "CODES", "info", "root_of", "quad_class_of", "goldstein", "table", "QUAD_NAMES"]

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


# code, name, Goldstein value (published CAMEO -> Goldstein mapping).
_ROWS: tuple[tuple[str, str, float], ...] = (
    ("010", "make statement", 0.0),
    ("011", "decline comment", -0.1),
    ("012", "make pessimistic comment", -0.4),
    ("013", "make optimistic comment", 0.4),
    ("014", "consider policy option", 0.0),
    ("015", "acknowledge or claim responsibility", 0.0),
    ("018", "make empathetic comment", 3.4),
    ("020", "make an appeal or request", 3.0),
    ("021", "appeal for material cooperation", 3.4),
    ("0211", "appeal for economic cooperation", 3.4),
    ("022", "appeal for diplomatic cooperation", 3.2),
    ("023", "appeal for aid", 3.4),
    ("024", "appeal for political reform", -0.3),
    ("025", "appeal to yield", -0.3),
    ("026", "appeal to others to meet or negotiate", 4.0),
    ("027", "appeal to others to settle dispute", 4.0),
    ("028", "appeal to engage in or accept mediation", 4.0),
    ("030", "express intent to cooperate", 4.0),
    ("031", "express intent to engage in material cooperation", 5.2),
    ("032", "express intent to provide diplomatic cooperation", 4.5),
    ("033", "express intent to provide material aid", 5.2),
    ("036", "express intent to meet or negotiate", 4.0),
    ("037", "express intent to settle dispute", 5.0),
    ("040", "consult", 1.0),
    ("041", "discuss by telephone", 1.0),
    ("042", "make a visit", 1.9),
    ("043", "host a visit", 2.8),
    ("044", "meet at a third location", 2.5),
    ("045", "mediate", 5.0),
    ("046", "engage in negotiation", 7.0),
    ("050", "engage in diplomatic cooperation", 3.5),
    ("051", "praise or endorse", 3.4),
    ("052", "defend verbally", 3.5),
    ("053", "rally support on behalf of", 3.8),
    ("054", "grant diplomatic recognition", 6.0),
    ("055", "apologize", 7.0),
    ("056", "forgive", 7.0),
    ("057", "sign formal agreement", 8.0),
    ("060", "engage in material cooperation", 6.0),
    ("061", "cooperate economically", 6.4),
    ("062", "cooperate militarily", 7.4),
    ("070", "provide aid", 7.0),
    ("071", "provide economic aid", 7.4),
    ("072", "provide military aid", 8.3),
    ("073", "provide humanitarian aid", 7.4),
    ("080", "yield", 5.0),
    ("084", "return, release", 7.0),
    ("085", "ease economic sanctions, boycott, embargo", 7.0),
    ("087", "de-escalate military engagement", 9.0),
    ("090", "investigate", -2.0),
    ("100", "demand", -5.0),
    ("110", "disapprove", -2.0),
    ("111", "criticize or denounce", -2.0),
    ("112", "accuse", -2.0),
    ("120", "reject", -4.0),
    ("130", "threaten", -4.4),
    ("138", "threaten with military force", -7.0),
    ("140", "engage in political dissent", -6.5),
    ("141", "demonstrate or rally", -6.5),
    ("160", "reduce relations", -4.0),
    ("161", "reduce or break diplomatic relations", -4.0),
    ("163", "impose embargo, boycott, or sanctions", -8.0),
    ("164", "halt negotiations", -7.0),
    ("170", "coerce", -7.0),
    ("172", "impose administrative sanctions", -5.0),
    ("173", "arrest, detain, or charge with legal action", -5.0),
    ("174", "expel or deport individuals", -5.0),
    ("180", "use unconventional violence", -9.0),
    ("190", "use conventional military force", -10.0),
    ("191", "impose blockade, restrict movement", -9.5),
    ("192", "occupy territory", -9.5),
    ("194", "fight with artillery and tanks", -10.0),
    ("195", "employ aerial weapons", -10.0),
    ("200", "use unconventional mass violence", -10.0),
)

CODES: dict[str, CameoCode] = {code: CameoCode(code, name, value) for code, name, value in _ROWS}


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
        return CODES[str(code)]
    except KeyError:
        raise KeyError(f"CAMEO code {code!r} is not in communique's table") from None


def goldstein(code: str) -> float:
    """Goldstein value of a code."""
    return info(code).goldstein


@functools.cache
def _table():
    import pandas as pd

    rows = [(c.code, c.name, c.root, c.quad_class, QUAD_NAMES[c.quad_class], c.goldstein) for c in CODES.values()]
    return pd.DataFrame(rows, columns=["cameo", "name", "cameo_root", "quad_class", "quad_name", "goldstein"])


def table():
    """The whole table as a DataFrame (cameo, name, cameo_root, quad_class, quad_name, goldstein)."""
    return _table().copy()
