"""The one loader of the events wing's data files (``events/data/``): trigger classes and patterns,
the CAMEO table, cue lists, prepositions, aid words and the actor tables.

Every file opens with a ``# FORMAT:`` line that says how to edit it; this module checks that line
and the columns, and assembles regular expressions from the lists (the machinery stays in code).

>>> trigger_classes()["meet"].code, cue_list("future")[:2]
('040', ['will', 'to'])
>>> [p.pattern for p in patterns() if p.cls == "cut_ties"][2]
'break off * relations'
"""

from __future__ import annotations

import csv
import functools
import io
import re
import tomllib
from dataclasses import dataclass
from importlib import resources as importlib_resources

__all__ = ["ClassSpec", "Pattern", "CameoRow", "data_text", "trigger_classes", "patterns", "cameo_rows",
           "cue_list", "cue_regex", "aid_words", "prepositions", "examples", "csv_rows", "code_list"]


@dataclass(frozen=True)
class ClassSpec:
    """A trigger class of ``classes.toml``."""

    name: str
    code: str  # the default CAMEO code
    verb3: str = ""  # the label's verb ("meets")
    symmetric: bool = False  # "X and Y met" = "X met Y"
    needs_target: bool = True  # a verb trigger without a target is dropped
    places_as_target: bool = False  # "visited Hanoi", "annexation of Crimea"
    object_preps: frozenset[str] = frozenset()
    noun_preps: frozenset[str] | None = None
    premodifier_is_target: bool = False
    of_is_source: bool = False
    from_is_source: bool = False  # a noun's actor after "from" is the agent: "aid from Japan", "condemnation from Egypt"
    shares_target: bool = False  # a verb coordinated after another takes its target when it names none


@dataclass(frozen=True)
class Pattern:
    """One line of ``patterns.tsv``: the forms a pattern matches and what it yields."""

    cls: str
    pos: str  # verb | noun
    pattern: str  # as written: "condemn", "break off * relations", "meeting|meetings"
    code: str  # "" = the class's code
    frame: frozenset[str] | None  # prepositions carrying the target ("-" = a bare object); None = class default
    example: str
    expect: tuple[str, str, str]  # source, target ("" for none), code
    forms: tuple[tuple[str, str], ...]  # (head word form, form name) - base, s, past, ing / sg, pl
    rest: str = ""  # the phrase after the head word, '*' marking a gap ("off * relations")
    copular: bool = False  # "be saddened by": a participle after a copula, read as an adjective (no passive)
    hedged: bool = False  # the example's event is speculative by the pattern itself ("is expected in": '?' in expect)


@dataclass(frozen=True)
class CameoRow:
    code: str
    name: str
    goldstein: float
    expected_in_news: bool


def data_text(name: str) -> str:
    """Text of ``events/data/<name>``; raises ValueError unless it opens with a ``# FORMAT:`` line."""
    path = importlib_resources.files("communique.events").joinpath("data").joinpath(name)
    text = path.read_text(encoding="utf-8")
    if not text.startswith("# FORMAT:"):
        raise ValueError(f"events/data/{name} must open with a '# FORMAT:' line")
    return text


def _lines(name: str) -> list[str]:
    return [ln for ln in data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]


def csv_rows(name: str) -> list[dict[str, str]]:
    """Rows of a CSV data file (its ``# FORMAT:`` line skipped)."""
    return list(csv.DictReader(io.StringIO("\n".join(_lines(name)))))


@functools.cache
def trigger_classes() -> dict[str, ClassSpec]:
    """Class name -> :class:`ClassSpec`, in file order."""
    out = {}
    for row in tomllib.loads(data_text("classes.toml"))["class"]:
        noun_preps = row.get("noun_preps")
        out[row["name"]] = ClassSpec(
            row["name"], row["code"], row.get("verb3", ""), row.get("symmetric", False),
            row.get("needs_target", True), row.get("places_as_target", False),
            frozenset(row.get("object_preps", ())), frozenset(noun_preps) if noun_preps is not None else None,
            row.get("premodifier_is_target", False), row.get("of_is_source", False),
            row.get("from_is_source", False), row.get("shares_target", False))
    return out


def verb_forms(lemma: str) -> dict[str, str]:
    """Regular inflections of a verb lemma -> form name (base, s, past, ing).

    >>> sorted(verb_forms("criticise")), verb_forms("decry")["decried"]
    (['criticise', 'criticised', 'criticises', 'criticising'], 'past')
    """
    if lemma.endswith("e"):
        return {lemma: "base", lemma + "s": "s", lemma + "d": "past", lemma[:-1] + "ing": "ing"}
    if re.search(r"(?:s|sh|ch|x|z)$", lemma):
        return {lemma: "base", lemma + "es": "s", lemma + "ed": "past", lemma + "ing": "ing"}
    if re.search(r"[^aeiou]y$", lemma):
        return {lemma: "base", lemma[:-1] + "ies": "s", lemma[:-1] + "ied": "past", lemma + "ing": "ing"}
    return {lemma: "base", lemma + "s": "s", lemma + "ed": "past", lemma + "ing": "ing"}


def _listed_forms(lemma: str, listed: list[str]) -> dict[str, str]:
    """Form names of hand-listed forms: the lemma is base, -s/-es s, -ing ing, the rest past."""
    out = {}
    for f in listed:
        if f == lemma:
            out[f] = "base"
        elif f.endswith("ing") and not lemma.endswith("ing"):
            out[f] = "ing"
        elif f.endswith("s") and f[:-1].rstrip("e") in (lemma, lemma[:-1]) or f in (lemma + "s", lemma + "es"):
            out[f] = "s"
        else:
            out.setdefault(f, "past")
    return out


@functools.cache
def patterns() -> tuple[Pattern, ...]:
    """The lines of ``patterns.tsv`` (checked: known class, pos, code, frame and a full example)."""
    classes = trigger_classes()
    codes = {r.code for r in cameo_rows()}
    out = []
    for k, line in enumerate(_lines("patterns.tsv"), start=2):
        cols = line.split("\t")
        if len(cols) != 7:
            raise ValueError(f"patterns.tsv line {k}: 7 tab-separated columns expected, got {len(cols)}")
        cls, pos, pattern, code, frame, example, expect = (c.strip() for c in cols)
        if cls not in classes or pos not in ("verb", "noun") or (code and code not in codes):
            raise ValueError(f"patterns.tsv line {k}: unknown class, pos or code: {line!r}")
        hedged = expect.startswith("?")
        exp = expect.lstrip("?").split()
        if len(exp) != 3 or not example:
            raise ValueError(f"patterns.tsv line {k}: an example and 'SOURCE TARGET CODE' are required")
        head, _, listed = pattern.partition(":")
        copular = head.startswith("be ")
        words = head.split()[1:] if copular else head.split()
        rest = ""
        if pos == "noun":
            forms = tuple((f.strip(), "pl" if f.strip().endswith("s") else "sg") for f in pattern.split("|"))
        else:
            lemma, rest = words[0], " ".join(words[1:])
            table = _listed_forms(lemma, listed.split()) if listed.strip() else verb_forms(lemma)
            forms = tuple(table.items())
        out.append(Pattern(cls, pos, head.strip(), code, frozenset(frame.split("|")) if frame else None, example,
                           (exp[0], "" if exp[1] == "-" else exp[1], exp[2]), forms, rest, copular, hedged))
    return tuple(out)


@functools.cache
def cameo_rows() -> tuple[CameoRow, ...]:
    """``cameo.csv`` checked: digit-string codes, roots 01-20, numeric Goldstein values in [-10, 10]."""
    rows = []
    for row in csv_rows("cameo.csv"):
        code = row["code"]
        value = float(row["goldstein"])
        if not (code.isdigit() and 3 <= len(code) <= 4 and 1 <= int(code[:2]) <= 20 and -10 <= value <= 10):
            raise ValueError(f"cameo.csv: bad row {row}")
        rows.append(CameoRow(code, row["name"], value, row["expected_in_news"] == "1"))
    return tuple(rows)


@functools.cache
def cue_list(name: str) -> list[str]:
    """The alternatives of ``cues/<name>.txt``."""
    return [ln.strip() for ln in _lines(f"cues/{name}.txt")]


def _fragment(cue: str) -> str:
    """A cue line as a regex: a space matches any run of spaces, an optional space (" ?") any run or none."""
    return re.sub(r" +", r"\\s+", re.sub(r" \?", r"\\s*", cue))


@functools.cache
def cue_regex(name: str) -> str:
    """``cues/<name>.txt`` as one regex alternation (no boundaries), longest alternative first."""
    cues = sorted(cue_list(name), key=len, reverse=True)
    return "(?:" + "|".join(_fragment(c) for c in cues) + ")"

@functools.cache
def cue(name: str, template: str = r"\b{}\b") -> re.Pattern:
    """The compiled cue list ``name`` inside ``template`` ({} = the alternation), case-insensitive (behind a
    look-ahead on the characters a match starts with, which makes a search fast: the same matches)."""
    from communique.text.regex_trie import quick_start

    return quick_start(re.compile(template.replace("{}", cue_regex(name)), re.IGNORECASE))


@functools.cache
def first_person_pattern() -> re.Pattern:
    """``cues/first_person.txt`` compiled case-sensitively at word boundaries ("I" is not "i")."""
    from communique.text.regex_trie import quick_start

    cues = sorted(cue_list("first_person"), key=len, reverse=True)
    return quick_start(re.compile(r"\b(?:" + "|".join(_fragment(c) for c in cues) + r")\b"))  # (the same matches, fast)


@functools.cache
def aid_words() -> str:
    """The aid words as one pattern with a named group per kind (mil, hum, eco, gen)."""
    parts = []
    for line in _lines("aid_words.tsv"):
        kind, pattern = line.split("\t")
        parts.append(rf"\b(?P<{kind}>{_fragment(pattern)})\b")
    return "|".join(parts)


@functools.cache
def prepositions() -> dict[str, frozenset[str]]:
    """Word classes of ``prepositions.toml`` (name -> words)."""
    return {k: frozenset(v) for k, v in tomllib.loads(data_text("prepositions.toml")).items()}


@functools.cache
def code_list(name: str) -> frozenset[str]:
    """A one-code-per-line data file (``sanctioners.txt``)."""
    return frozenset(ln.strip() for ln in _lines(name))


@functools.cache
def examples() -> tuple[tuple[str, str, tuple[str, str, str]], ...]:
    """``examples.tsv``: (sentence, publication date, (source, target, code)) for codes chosen by context."""
    out = []
    for line in _lines("examples.tsv"):
        sentence, dct, expect = line.split("\t")
        s, t, c = expect.split()
        out.append((sentence, dct, (s, "" if t == "-" else t, c)))
    return tuple(out)
