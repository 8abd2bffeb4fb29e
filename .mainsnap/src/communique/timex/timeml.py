"""TimeML input/output and TempEval-3 scoring of temporal expressions.

Reads ``.tml`` files (document creation time in ``<DCT>``, text with inline gold
``<TIMEX3>`` tags in ``<TEXT>``), writes a tagger's output back as TimeML with the
text unchanged, and scores system against gold with the TempEval-3 definitions:

- relaxed match: a system and a gold expression overlap (each paired at most once);
- strict match: a relaxed match with exactly the same extent;
- type and value accuracy: exact string equality over relaxed matches;
- value F1 = relaxed F1 x value accuracy (type F1 likewise). The DCT is never scored.

>>> doc = parse_timeml('<TimeML><DOCID>d1</DOCID><DCT><TIMEX3 tid="t0" type="DATE" '
...     'value="2019-04-25" functionInDocument="CREATION_TIME">2019-04-25</TIMEX3></DCT>'
...     '<TEXT>Met <TIMEX3 tid="t1" type="DATE" value="2019-04-24">yesterday</TIMEX3> &amp; '
...     'left.</TEXT></TimeML>')
>>> doc.dct, doc.text, doc.timexes[0].text, (doc.timexes[0].start, doc.timexes[0].end)
('2019-04-25', 'Met yesterday & left.', 'yesterday', (4, 13))
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "GoldTimex",
    "TimeMLDocument",
    "parse_timeml",
    "read_timeml",
    "read_timeml_dir",
    "write_timeml",
    "score_timexes",
    "pair_timexes",
    "format_scores",
    "evaluate",
]

_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>", re.S)
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos|#\d+|#[xX][0-9a-fA-F]+);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _unescape(s: str) -> str:
    def rep(m: re.Match[str]) -> str:
        e = m.group(1)
        if e[0] == "#":
            return chr(int(e[2:], 16) if e[1] in "xX" else int(e[1:]))
        return _ENTITIES[e]

    return _ENTITY.sub(rep, s) if "&" in s else s


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attrs(s: str) -> dict[str, str]:
    return {m.group(1): _unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(s)}


@dataclass(frozen=True)
class GoldTimex:
    """One TIMEX3 annotation: character offsets into the document's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""
    tid: str = ""


@dataclass(frozen=True)
class TimeMLDocument:
    """A TimeML document: id, creation time (TIMEX3 value), plain text and its timexes."""

    doc_id: str
    dct: str
    text: str
    timexes: tuple[GoldTimex, ...] = field(default_factory=tuple)
    path: str = ""


def parse_timeml(source: str, *, doc_id: str = "", path: str = "") -> TimeMLDocument:
    """Parse TimeML markup: the DCT value, and the ``<TEXT>`` content stripped of tags.

    Offsets of the returned timexes index the plain (unescaped, untagged) text.
    """
    m = re.search(r"<DOCID>(.*?)</DOCID>", source, re.S)
    if m and not doc_id:
        doc_id = _unescape(m.group(1).strip())
    dct = ""
    m = re.search(r"<DCT>(.*?)</DCT>", source, re.S)
    if m:
        t = re.search(r"<TIMEX3\b([^>]*)>", m.group(1))
        if t:
            dct = _attrs(t.group(1)).get("value", "")
    m = re.search(r"<TEXT>(.*?)</TEXT>", source, re.S)
    body = m.group(1) if m else source
    out: list[str] = []
    pos = 0  # length of the plain text so far
    open_timex: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    last = 0
    for t in _TAG.finditer(body):
        chunk = _unescape(body[last:t.start()])
        out.append(chunk)
        pos += len(chunk)
        last = t.end()
        closing, name, rest, selfclose = t.groups()
        if name != "TIMEX3":
            continue
        if closing:
            if open_timex:
                start, a = open_timex.pop()
                timexes.append(GoldTimex(start, pos, "", a.get("type", ""), a.get("value", ""),
                                         a.get("mod", ""), a.get("tid", "")))
        elif not selfclose:
            open_timex.append((pos, _attrs(rest)))
    out.append(_unescape(body[last:]))
    text = "".join(out)
    timexes = [GoldTimex(g.start, g.end, text[g.start:g.end], g.type, g.value, g.mod, g.tid)
               for g in sorted(timexes, key=lambda g: (g.start, g.end))]
    return TimeMLDocument(doc_id, dct, text, tuple(timexes), path)


def read_timeml(path: str | Path) -> TimeMLDocument:
    """Read one ``.tml`` file (UTF-8); the doc id defaults to the file stem."""
    p = Path(path)
    doc = parse_timeml(p.read_text(encoding="utf-8"), path=str(p))
    return doc if doc.doc_id else TimeMLDocument(p.stem, doc.dct, doc.text, doc.timexes, str(p))


def read_timeml_dir(directory: str | Path) -> list[TimeMLDocument]:
    """Read every ``.tml`` file under ``directory`` (recursively), sorted by path."""
    return [read_timeml(p) for p in sorted(Path(directory).rglob("*.tml"))]


def write_timeml(text: str, timexes: Iterable[Any], *, dct: str = "", doc_id: str = "") -> str:
    """TimeML markup for ``text`` with TIMEX3 tags inserted at the given offsets.

    ``timexes`` are records (or dicts) with ``start, end, type, value`` and optional
    ``mod``. Removing the tags and unescaping gives back ``text`` exactly; overlapping
    records after the first are skipped.

    >>> s = write_timeml("On May 5 & 6.", [{"start": 3, "end": 8, "type": "DATE",
    ...     "value": "XXXX-05-05"}], dct="2019-01-01", doc_id="x")
    >>> parse_timeml(s).text
    'On May 5 & 6.'
    >>> print(s[s.index("<TEXT>"):])
    <TEXT>On <TIMEX3 tid="t1" type="DATE" value="XXXX-05-05">May 5</TIMEX3> &amp; 6.</TEXT>
    </TimeML>
    <BLANKLINE>
    """
    def get(r: Any, k: str, default: Any = "") -> Any:
        if isinstance(r, Mapping):
            return r.get(k, default)
        return getattr(r, k, default)

    recs = sorted(timexes, key=lambda r: (int(get(r, "start")), -int(get(r, "end"))))
    parts = ['<?xml version="1.0" ?>\n<TimeML>\n']
    if doc_id:
        parts.append(f"<DOCID>{_escape(doc_id)}</DOCID>\n")
    if dct:
        parts.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{_escape(dct)}" '
                     f'temporalFunction="false" functionInDocument="CREATION_TIME">'
                     f"{_escape(dct)}</TIMEX3></DCT>\n")
    parts.append("<TEXT>")
    pos, n = 0, 0
    for r in recs:
        s, e = int(get(r, "start")), int(get(r, "end"))
        if s < pos or e <= s or e > len(text):
            continue
        n += 1
        mod = get(r, "mod") or ""
        attrs = f'tid="t{n}" type="{_escape(str(get(r, "type")))}" value="{_escape(str(get(r, "value")))}"'
        if mod:
            attrs += f' mod="{_escape(str(mod))}"'
        parts.append(_escape(text[pos:s]))
        parts.append(f"<TIMEX3 {attrs}>{_escape(text[s:e])}</TIMEX3>")
        pos = e
    parts.append(_escape(text[pos:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def _get(r: Any, k: str) -> Any:
    return r[k] if isinstance(r, Mapping) else getattr(r, k)


def _pair(gold: Sequence[Any], system: Sequence[Any]) -> list[tuple[Any, Any]]:
    """Pair overlapping expressions one-to-one, exact extents first, then by position."""
    pairs: list[tuple[Any, Any]] = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    exact = {(_get(g, "start"), _get(g, "end")): i for i, g in enumerate(gold)}
    for j, s in enumerate(system):
        i = exact.get((_get(s, "start"), _get(s, "end")))
        if i is not None and i not in used_g:
            used_g.add(i)
            used_s.add(j)
            pairs.append((gold[i], s))
    for j, s in enumerate(system):
        if j in used_s:
            continue
        ss, se = _get(s, "start"), _get(s, "end")
        for i, g in enumerate(gold):
            if i not in used_g and _get(g, "start") < se and ss < _get(g, "end"):
                used_g.add(i)
                used_s.add(j)
                pairs.append((g, s))
                break
    return pairs


def pair_timexes(gold: Sequence[Any], system: Sequence[Any]) -> list[tuple[Any, Any]]:
    """(gold, system) pairs of overlapping expressions, as the scorer pairs them (one-to-one,
    exact extents first)."""
    return _pair(gold, system)


def _prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_timexes(gold: Mapping[str, Sequence[Any]], system: Mapping[str, Sequence[Any]]
                  ) -> dict[str, float]:
    """TempEval-3 scores, micro-averaged over documents (keys of ``gold``).

    Records need ``start, end, type, value`` (attributes or keys). Returns counts and
    ``strict_p/r/f1``, ``relaxed_p/r/f1``, ``type_acc``, ``value_acc``, ``type_f1``,
    ``value_f1`` (fractions, 0..1).

    >>> g = {"d": [{"start": 0, "end": 5, "type": "DATE", "value": "2019"}]}
    >>> s = {"d": [{"start": 0, "end": 9, "type": "DATE", "value": "2019"}]}
    >>> r = score_timexes(g, s)
    >>> r["relaxed_f1"], r["strict_f1"], r["value_f1"]
    (1.0, 0.0, 1.0)
    """
    n_gold = n_sys = relaxed = strict = typ = val = 0
    for doc_id, g in gold.items():
        s = list(system.get(doc_id, ()))
        g = list(g)
        n_gold += len(g)
        n_sys += len(s)
        for a, b in _pair(g, s):
            relaxed += 1
            strict += _get(a, "start") == _get(b, "start") and _get(a, "end") == _get(b, "end")
            typ += _get(a, "type") == _get(b, "type")
            val += _get(a, "value") == _get(b, "value")
    sp, sr, sf = _prf(strict, n_sys, n_gold)
    rp, rr, rf = _prf(relaxed, n_sys, n_gold)
    type_acc = typ / relaxed if relaxed else 0.0
    value_acc = val / relaxed if relaxed else 0.0
    return {
        "n_gold": n_gold, "n_system": n_sys, "relaxed_matches": relaxed, "strict_matches": strict,
        "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "type_acc": type_acc, "value_acc": value_acc,
        "type_f1": rf * type_acc, "value_f1": rf * value_acc,
    }


_COLUMNS = [("strict_p", "strict P"), ("strict_r", "strict R"), ("strict_f1", "strict F1"),
            ("relaxed_p", "relaxed P"), ("relaxed_r", "relaxed R"), ("relaxed_f1", "relaxed F1"),
            ("type_acc", "type acc"), ("value_acc", "value acc"), ("type_f1", "type F1"),
            ("value_f1", "value F1")]


def format_scores(rows: Mapping[str, Mapping[str, float]]) -> str:
    """A plain-text table (percentages) of score dicts keyed by row name.

    >>> print(format_scores({"all": {"n_gold": 1, "n_system": 1, **{k: 1.0 for k, _ in _COLUMNS}}}))
    ... # doctest: +NORMALIZE_WHITESPACE
    corpus  gold  system  strict P  strict R  strict F1  relaxed P  relaxed R  relaxed F1  type acc  value acc  type F1  value F1
    all        1       1     100.0     100.0      100.0      100.0      100.0       100.0     100.0      100.0    100.0     100.0
    """
    head = ["corpus", "gold", "system"] + [h for _, h in _COLUMNS]
    body = [[name, str(int(r["n_gold"])), str(int(r["n_system"]))]
            + [f"{100 * r[k]:.1f}" for k, _ in _COLUMNS] for name, r in rows.items()]
    widths = [max(len(x) for x in col) for col in zip(head, *body)]
    lines = ["  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(row, widths)))
             for row in [head, *body]]
    return "\n".join(lines)


def evaluate(directory: str | Path, tagger: Any = None, *, by_folder: bool = True
             ) -> dict[str, dict[str, float]]:
    """Score ``tagger(text, dct) -> records`` on every ``.tml`` file under ``directory``.

    Returns score dicts keyed by sub-folder (when there are several and ``by_folder``)
    plus ``"all"``. The default tagger is :func:`communique.timex.tagger.tag`.
    """
    if tagger is None:
        from communique.timex.tagger import tag as tagger
    root = Path(directory)
    docs = read_timeml_dir(root)
    if not docs:
        raise FileNotFoundError(f"no .tml files under {root}")
    groups: dict[str, list[TimeMLDocument]] = {}
    gold: dict[str, Sequence[Any]] = {}
    system: dict[str, Sequence[Any]] = {}
    for d in docs:
        key = f"{d.path}::{d.doc_id}"
        gold[key] = d.timexes
        system[key] = tagger(d.text, d.dct or None)
        rel = Path(d.path).relative_to(root)
        groups.setdefault(rel.parts[0] if len(rel.parts) > 1 else ".", []).append(d)
    out: dict[str, dict[str, float]] = {}
    if by_folder and len(groups) > 1:
        for name, ds in sorted(groups.items()):
            keys = [f"{d.path}::{d.doc_id}" for d in ds]
            out[name] = score_timexes({k: gold[k] for k in keys}, {k: system[k] for k in keys})
    out["all"] = score_timexes(gold, system)
    return out
