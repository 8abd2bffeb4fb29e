"""Actors: a gazetteer of states, demonyms, capitals, seats of government and organisations,
and the people a text names by title ("Russia President Vladimir Putin").

Codes: ISO 3166-1 alpha-3 for states (pycountry names plus ``data/actors_extra.csv`` for
short names, demonyms, capitals and metonyms such as "the Kremlin"), ``IGO:UN``-style for
organisations. A person carries the code of the state or organisation they speak for.
Later mentions ("Putin", "Kim", "the Russian leader") are linked to the person the text
introduced; when two people share a name ("Kim's father Kim Jong-il") a short name goes to
the one introduced first (the protagonist), the usual convention of news writing.

>>> text = "US President Donald Trump met North Korea's Kim Jong-un in Hanoi. Trump thanked the North Korean leader."
>>> [(m.text, m.code, m.name) for m in find_mentions(text)]  # doctest: +NORMALIZE_WHITESPACE
[('US President Donald Trump', 'USA', 'Donald Trump'), ('North Korea', 'PRK', 'North Korea'),
 ('Kim Jong-un', 'PRK', 'Kim Jong-un'), ('Hanoi', 'VNM', 'Hanoi'), ('Trump', 'USA', 'Donald Trump'),
 ('the North Korean leader', 'PRK', 'Kim Jong-un')]
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.text.regex_trie import quick_start

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Entry", "Mention", "Person", "gazetteer", "out_of_office", "lookup", "find_mentions", "find_actors", "find_persons",
           "scan_text", "leader_on", "code_on", "INSTITUTIONS",
           "ACTOR_KINDS", "PLACE_KINDS", "MENTION_COLUMNS"]

#: Kinds of gazetteer entries that name an actor (a state or organisation speaking or acting).
ACTOR_KINDS = frozenset({"state", "demonym", "capital", "seat", "igo", "person", "role"})
#: Kinds that name a place (capitals are both: "Pyongyang said" and "in Pyongyang").
PLACE_KINDS = frozenset({"capital", "city", "region", "state"})
MENTION_COLUMNS = ["doc_id", "start", "end", "text", "code", "name", "kind", "role", "former"]


@dataclass(frozen=True)
class Entry:
    """A gazetteer entry: the actor (or place) code, kind and display name."""

    code: str
    kind: str
    name: str


@dataclass(frozen=True)
class Person:
    """A person the text introduces: full name, code of whom they speak for, role, former?"""

    name: str
    code: str
    role: str = ""
    former: bool = False
    first: int = 0  # offset of the first full mention


@dataclass(frozen=True)
class Mention:
    """An actor or place mention: offsets into the text, code, display name and kind."""

    start: int
    end: int
    text: str
    code: str
    name: str
    kind: str
    role: str = ""
    former: bool = False

    @property
    def is_actor(self) -> bool:
        return self.kind in ACTOR_KINDS

    @property
    def is_place(self) -> bool:
        return self.kind in PLACE_KINDS


def _data_rows(name: str) -> list[dict[str, str]]:
    from communique.events.lexicon import csv_rows

    return csv_rows(name)


@functools.cache
def gazetteer() -> dict[str, Entry]:
    """Alias -> :class:`Entry` (case-sensitive aliases), from pycountry and ``actors_extra.csv``.

    >>> gazetteer()["Pyongyang"], gazetteer()["North Korean"].code, gazetteer()["France"].code
    (Entry(code='PRK', kind='capital', name='Pyongyang'), 'PRK', 'FRA')
    """
    import pycountry

    table: dict[str, Entry] = {}
    extra = _data_rows("actors_extra.csv")
    display = {row["code"]: row["name"] for row in extra if row["kind"] == "state"}
    for country in pycountry.countries:
        code = country.alpha_3
        name = display.get(code) or getattr(country, "common_name", None) or country.name
        for alias in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if alias and "," not in alias and alias not in table:
                table[alias] = Entry(code, "state", name)
    for row in extra:  # the curated table wins over pycountry's forms
        table[row["alias"]] = Entry(row["code"], row["kind"], row["name"])
    for alias, entry in list(table.items()):  # plural demonyms: "Russians", "Ukrainians", "Thais"
        if entry.kind == "demonym" and re.search(r"[aeiloruny]$", alias) and not alias.endswith(("ese", "ss")):
            table.setdefault(alias + "s", entry)
    return table


def lookup(alias: str) -> Entry | None:
    """The gazetteer entry of an alias ("the Kremlin", "Russian", "NATO"), else None.

    >>> lookup("the Kremlin").code, lookup("NATO").code, lookup("Atlantis")
    ('RUS', 'IGO:NATO', None)
    """
    return gazetteer().get(alias)


@functools.cache
def _leaders() -> list[dict[str, str]]:
    return _data_rows("leaders.csv")


def _alt(words) -> str:
    """A regex alternation of ``words``, longest match first (a trie: see :mod:`communique.text.regex_trie`);
    spaces match any run of spaces and a leading "the " also matches "The".

    >>> print(_alt(["North Korea", "the Holy See"]))
    (?:North[^\\S\\n]+Korea|[Tt]he[^\\S\\n]+Holy[^\\S\\n]+See)
    """
    from communique.text.regex_trie import alternation

    return alternation(words, _units)


def _units(word: str) -> list[str]:
    """A word as regex pieces, one per character."""
    units, rest = [], word
    if word.startswith("the "):
        units, rest = ["[Tt]"], word[1:]
    return units + [r"[^\S\n]+" if ch == " " else re.escape(ch) for ch in rest]


TITLES = (
    "President", "Vice President", "Vice-President", "Prime Minister", "Deputy Prime Minister", "PM",
    "Premier", "Chancellor", "Foreign Minister", "Deputy Foreign Minister", "Defence Minister",
    "Defense Minister", "Defence Secretary", "Defense Secretary", "Foreign Secretary", "Home Secretary",
    "Secretary of State", "Secretary-General", "Secretary General", "Supreme Leader", "Leader",
    "King", "Queen", "Crown Prince", "Prince", "Emperor", "Emir", "Sultan", "Ambassador", "Envoy",
    "Special Envoy", "Minister", "Spokesman", "Spokeswoman", "Spokesperson", "Foreign Ministry spokesperson",
    "Foreign Ministry spokesman", "Foreign Ministry spokeswoman", "Chief of Staff", "General", "Gen.",
    "Admiral", "Commander", "Mayor", "Governor", "Senator", "Sen.", "Speaker", "Chairman", "Chief",
    "High Representative", "Commissioner", "National Security Adviser", "Adviser", "Advisor",
    "Director General", "Director-General", "Ombudsman", "Patriarch", "opposition leader", "counterpart",
    "foreign policy chief", "rights chief", "human rights chief", "nuclear chief", "envoy", "High Commissioner",
    "top leader", "top diplomat", "top envoy", "top general", "army chief", "military chief", "intelligence chief",
    "spy chief", "defence chief", "defense chief",
    # portfolio ministers and representatives act for their state or body like any minister
    "Finance Minister", "Economy Minister", "Interior Minister", "Justice Minister", "Health Minister",
    "Energy Minister", "Trade Minister", "Agriculture Minister", "Culture Minister", "Education Minister",
    "Environment Minister", "Infrastructure Minister", "Social Policy Minister", "Foreign Trade Minister",
    "Representative", "Permanent Representative",
)
#: Institutions and groups that stand for their state or organisation ("the UK government", "Russian forces").
INSTITUTIONS = (
    "government", "Government", "authorities", "Foreign Ministry", "foreign ministry", "Defence Ministry",
    "Defense Ministry", "defence ministry", "defense ministry", "Ministry of Foreign Affairs", "ministry", "Ministry",
    "military", "army", "Army", "armed forces", "forces", "troops", "soldiers", "navy", "Navy", "air force",
    "Air Force", "parliament", "Parliament", "embassy", "Embassy", "officials", "diplomats", "cabinet", "Cabinet",
    "administration", "leadership", "delegation", "side", "police", "prosecutors", "security services",
    "intelligence", "border guards", "coast guard", "warships", "invaders", "occupiers", "occupation forces",
    "General Staff", "Presidential Office", "President's Office", "Office of the President", "presidency",
    "Foreign Office", "State Department", "Defence Forces", "Armed Forces", "regime", "junta", "state",
    "central bank", "Central Bank", "Justice Department", "Commerce Department", "Treasury Department", "Treasury",
    "Department of Justice", "Department of Commerce", "Department of the Treasury",
)
_HEAD_ROLES = frozenset({"president", "prime minister", "premier", "chancellor", "supreme leader", "leader",
                         "king", "queen", "emperor", "emir", "sultan", "pm"})
_MONARCHS = frozenset({"king", "queen", "emperor", "emir", "sultan"})


def _same_head(title: str, role: str) -> bool:
    """Whether an office ``role`` answers a head-of-state or -government ``title``: a monarch answers only a
    monarch's title ("the Thai king" is not the Thai prime minister), any head answers the others."""
    return (title in _MONARCHS) == (role in _MONARCHS) or title not in _MONARCHS and title == "leader"
_NAME_TOKEN = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž'’]+(?:-[A-Za-zÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž]+)*|[A-Z]\.)"
_NAME_AFTER = re.compile(rf"[^\S\n]*,?[^\S\n]*{_NAME_TOKEN}")  # a name after a role's state: "the president of Poland, Andrzej Duda"
_PARTICLE = r"(?:al|el|bin|ibn|van|von|der|de|da|di|dos|du|le|la)"
_NAME = rf"{_NAME_TOKEN}(?:[^\S\n]+(?:{_PARTICLE}[- ])?{_NAME_TOKEN}){{0,3}}"
_EAST_ASIAN_SURNAMES = frozenset("Kim Xi Li Wang Moon Yoon Park Lee Tsai Hu Wen Zhao Liu Chen Zhang Hun Choe Ri".split())
# Capitalised words that end a name rather than continue it.
_NAME_STOP = frozenset("""In On At Of For And But The A An To From With By As After Before During Since Until
    On Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Said Says""".split())


#: a state body named by its seat: "a court in Minsk", "prosecutors in Moscow", "the authorities in Tehran"
_LOCATED_INSTITUTION = re.compile(
    r"\b(?:(?:[Tt]he|[Aa]n?)[^\S\n]+(?:[\w-]+[^\S\n]+)?)?(?P<inst>courts?|judges?|tribunal|prosecutors?|authorities|"
    r"government|police|[Ff]oreign [Mm]inistry|[Dd]efen[cs]e [Mm]inistry)[^\S\n]+in[^\S\n]+$")


@functools.cache
def _located_institution() -> re.Pattern:
    return quick_start(_LOCATED_INSTITUTION)  # (the same matches, searched fast)


#: a prefix and a noun of states around a state's adjective that name its successors as a group
_FORMER_MEMBERS = quick_start(re.compile(r"(?:\b[Ee]x-|\b[Pp]ost-|\b[Ff]ormer[^\S\n]+)$"))
_MEMBER_STATES = re.compile(r"[^\S\n]+(?:states|republics|countries|nations|bloc|space)\b")
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|ex-|[Oo]utgoing)[^\S\n]+$")


@functools.cache
def _of_org() -> re.Pattern:
    orgs = [a for a, e in gazetteer().items() if e.kind in ("state", "igo")]
    return re.compile(rf"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<org>{_alt(orgs)})(?![\w])")


#: up to two words, no preposition or determiner, between a hyphenated "-led", "-backed" and the body it qualifies
#: ("the Western-backed unity government"; not "US-led strikes on NATO ...")
_SPONSORED_GAP = (r"[^\S\n]+(?:(?!(?i:of|on|in|at|to|for|by|with|against|and|or|the|a|an)\b)[\w-]+[^\S\n]+){0,2}?")


@functools.cache
def _sponsored_body() -> re.Pattern:
    """A hyphenated participle of leading or backing (cues/sponsor_participles.txt), then an organisation or an
    institution's head (cues/sponsored_bodies.txt) within two words; not an organisation's name that qualifies a
    thing ("the Vanuatu-led UN initiative": Vanuatu leads the initiative; cues/sponsored_things.txt)."""
    from communique.events.lexicon import cue_regex

    orgs = _alt([a for a, e in gazetteer().items() if e.kind == "igo" and e.code.startswith("IGO:")])
    return re.compile(rf"-(?i:{cue_regex('sponsor_participles')})(?=[^\S\n]){_SPONSORED_GAP}"
                      rf"(?:(?i:{cue_regex('sponsored_bodies')})\b|{orgs}(?![\w])"
                      rf"(?![^\S\n]+(?i:{cue_regex('sponsored_things')})\b))")


def sponsors_a_body(text: str, end: int) -> bool:
    """Whether the actor named up to ``end`` leads, backs or set up an organisation or institution named right
    after it ("the Russian-led CSTO", "the US-led NATO alliance", "the UN-backed government in Libya"): the body
    acts, not its sponsor. "US-led strikes", "the Saudi-led coalition" keep the state (no body follows).

    >>> sponsors_a_body("the Russian-led CSTO", 11), sponsors_a_body("the Saudi-led coalition", 9)
    (True, False)
    """
    return text.startswith("-", end) and _sponsored_body().match(text, end) is not None


@functools.cache
def _patterns():
    from communique.events.lexicon import cue_regex

    gaz = gazetteer()
    actors = [a for a, e in gaz.items() if e.kind in ("state", "demonym", "capital", "seat", "igo")]
    org = _alt(actors)
    titles = _alt(TITLES + tuple(t.lower() for t in TITLES if t[0].isupper() and t not in ("PM", "Gen.", "Sen.")))
    # "<domain> chief/head/boss" (cues/office_domains.txt): "Iranian security chief Ali Shamkhani"
    titles = rf"(?:{cue_regex('office_domains')}[^\S\n]+(?:chief|head|boss)|{titles})"
    person = re.compile(
        rf"(?P<former>\b(?:[Ff]ormer|ex-|[Tt]hen-|[Tt]he\s+late|[Oo]utgoing|[Aa]cting)\s+)?"
        rf"(?:(?P<org>{org})(?:['’]s)?[^\S\n]+)?(?P<title>{titles})[^\S\n]+"
        rf"(?:of[^\S\n]+(?:the[^\S\n]+)?(?P<org2>{org}),?[^\S\n]+)?(?P<name>{_NAME})"
    )
    role = re.compile(
        rf"(?:\b[Tt]he[^\S\n]+)?(?P<org>{org})(?P<poss>['’]s)?[^\S\n]+(?P<ex>[Ee]x-|[Ff]ormer[^\S\n]+)?(?P<title>{titles})\b"
        rf"(?![^\S\n]+(?!(?:{_alt(sorted(_verb_words()))})(?![\w'’-])){_NAME_TOKEN})"
    )
    institution = re.compile(
        rf"(?P<poss>['’]s)?[^\S\n]+(?P<inst>{_alt(INSTITUTIONS)})\b"
        rf"(?![^\S\n]+(?:aid|assistance|support|supplies|equipment|operations?|action|hardware|help|exercises|drills|"
        rf"bases?|spending|budget|build-?up|presence|spokes(?:man|woman|person)|officials?|sources|chiefs?|leaders?|"
        rf"ministers?|officers?|strikes?|attacks?|offensive|deliveries|packages?|media|television|TV|news|broadcasters?|"
        rf"newspapers?|press|companies|company|firms?|enterprises?|banks?|oil|gas|energy)\b)")
    role_of = re.compile(rf"(?:\b[Tt]he[^\S\n]+)?(?<![\w-])(?P<title>{titles})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")
    # (a whole word: "the working of the UN" holds no "king of the UN")
    alias = re.compile(rf"(?<![\w.])(?:{_alt(gaz)})(?![\w])")
    leaders = {}
    for row in _leaders():
        for name in [row["name"], *[a for a in row["aliases"].split(";") if a]]:
            leaders[name] = row
    leader = re.compile(rf"(?<![\w])(?:{_alt(leaders)})(?![\w-])(?![^\S\n]+(?:Jr|Sr|III|II)\b)")  # not "Trump Jr."
    return person, role, alias, leader, leaders, institution, role_of


@functools.cache
def _scanner():
    """One automaton for where the patterns of :func:`_patterns` can start (:mod:`communique.events.scanner`)."""
    from communique.events.scanner import Scanner

    person_re, role_re, alias_re, leader_re, _, _, _ = _patterns()
    return Scanner({"person": person_re, "role": role_re, "alias": alias_re, "leader": leader_re,
                    "listed": _listed_short_regex()})


@functools.cache
def _people_by_form(short: bool) -> dict[str, list[dict[str, str]]]:
    """Name form -> the first row of each listed person it names, in file order: full names and aliases, or
    (``short``) the surnames of the people whose surname alone is unambiguous on a date."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in _leaders():
        if short and row["short_ok"] != "1":
            continue
        for name in [row["name"], *[a for a in row["aliases"].split(";") if a]]:
            forms = (_short_forms(name) if len(name.split()) > 1 else {name}) if short else {name}
            for form in forms:
                rows = out.setdefault(form, [])
                if all(r["name"] != row["name"] for r in rows):
                    rows.append(row)
    return out


@functools.cache
def _titled_surnames() -> dict[tuple[str, str], list[dict[str, str]]]:
    """(office, lower case; surname) -> the rows of the listed people who held that office, for a title before a
    surname that alone is not unambiguous ("President Kennedy", "Chancellor Schmidt"); a monarch is also called by
    the first name ("King Abdullah bin Abdulaziz" is "King Abdullah")."""
    out: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in _leaders():
        role = row["role"].lower()
        for name in [row["name"], *[a for a in row["aliases"].split(";") if a]]:
            parts = name.split()
            forms = _short_forms(name) if len(parts) > 1 else set()
            if role in _MONARCHS and parts and parts[0] not in _MONARCHS_TITLES:
                forms.add(parts[0])
            for form in forms:
                rows = out.setdefault((role, form), [])
                if row not in rows:
                    rows.append(row)
    return out


_MONARCHS = frozenset({"king", "queen", "emperor", "empress", "emir", "sultan", "shah", "crown prince"})
_MONARCHS_TITLES = frozenset({"King", "Queen", "Emperor", "Empress", "Emir", "Sultan", "Shah", "Crown", "Prince"})


def _titled_holder(title: str, surname: str, dct: str | None) -> list[dict[str, str]] | None:
    """The listed holders of office ``title`` called ``surname``, when they all act for one state (or the ones in
    office on ``dct`` do): "King Abdullah" is Jordan's king in 2020 and nobody's in 2010, when Saudi Arabia had one."""
    rows = _titled_surnames().get((_SPACE_RUN.sub(" ", title).lower(), surname))
    if not rows:
        return None
    if len({r["code"] for r in rows}) == 1:
        return rows
    current = [r for r in rows if dct and not out_of_office(r["name"], dct)]
    return current if current and len({r["code"] for r in current}) == 1 else None


@functools.cache
def _leader_by_short() -> dict[str, dict[str, str]]:
    """Short names that unambiguously mean one listed leader ("Putin", "Xi", "Zelenskiy")."""
    out: dict[str, dict[str, str]] = {}
    for row in _leaders():
        if row["short_ok"] != "1":
            continue
        for name in [row["name"], *[a for a in row["aliases"].split(";") if a]]:
            forms = _short_forms(name) if len(name.split()) > 1 else {name}
            for form in forms:
                out.setdefault(form, row)
    return out


# Capitalised words after a title that are not names ("General Staff", "Defence Forces").
_NOT_NAMES = frozenset("""Staff Forces Assembly Council Secretary Command Prosecutor Office Ministry Court Committee
    Guard Army Navy Police Service Services Department Directorate Headquarters Agency Commission Parliament
    Government Cabinet Administration Intelligence Security Defence Defense Affairs Bureau Board Fund""".split())


@functools.lru_cache(maxsize=4096)
def _short_regex(forms: frozenset[str]) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_alt(forms)})(?![\w-])")


@functools.cache
def _listed_short_regex() -> re.Pattern:
    return _short_regex(frozenset(_leader_by_short()))


@functools.cache
def _verb_words() -> frozenset[str]:
    """Capitalised words of a title-case headline that are verbs or pronouns, never part of a name after a title
    ("Ukraine's President Claims He's Uncovered ...", "US President Meets Xi"): the event triggers' single-word
    forms, the verbs of saying and the subject pronouns."""
    from communique.events.lexicon import prepositions
    from communique.events.triggers import lexicon

    words = {w for w in lexicon() if " " not in w} | {w for w in prepositions()["speech_verbs"] if " " not in w}
    words |= {"he", "she", "it", "they", "we", "he's", "she's", "it's", "he’s", "she’s", "it’s", "admits", "vows",
              "tries", "wants", "plans", "hopes", "fears", "faces", "gets", "makes", "takes", "says", "tells"}
    return frozenset(w[:1].upper() + w[1:] for w in words)


_HONORIFICS = frozenset("""Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Madam Comrade When While Why How What Where Who Whom If As
    Now Then So Yet Even Only Also Both Will Would Can Could Should Must May Might Not Has Have Had Is Are Was Were Does
    Did Do Meanwhile Today Yesterday Tonight Here There This That These Those Under Against Between Without Via Like
    Unlike Over Into Onto Upon Amid Despite Ahead Behind Beyond Near Why Top New Old Young Embattled Ousted""".split())


def _other_bearer(text: str, start: int, end: int) -> bool:
    """A surname form that belongs to a longer name the text gives: a capitalised first name right before it that is
    no title, function word or verb ("Hunter Biden"), or a generational suffix after it ("Donald Trump Jr.")."""
    if re.match(r"[^\S\n]+(?:Jr|Sr|III|II)\b", text[end:end + 5]):
        return True
    before = re.search(r"(?<![\w'’.-])([A-Z][a-z]+)[^\S\n]+$", text[max(0, start - 25):start])
    if before is None:
        return False
    word = before.group(1)
    return not (word in _title_words() or word in _HONORIFICS or word in _NAME_STOP or word in _verb_words())


@functools.cache
def _title_words() -> frozenset[str]:
    return frozenset(w for t in TITLES for w in t.split())


def _clean_name(name: str) -> str:
    name = re.sub(r"['’]s$", "", name)  # "President Erdogan's visit": the possessive is no part of the name
    tokens = name.split()
    if len(tokens) > 1 and " ".join(tokens) in listed_people():
        return " ".join(tokens)  # a listed name keeps a word that elsewhere ends a name ("Prime Minister Theresa May")
    for k, tok in enumerate(tokens):
        if tok in _verb_words():
            tokens = tokens[:k]
            break
        if k > 0 and tok in _NAME_STOP:
            tokens = tokens[:k]
            break
    return " ".join(tokens)


_GENERATIONAL = frozenset("Jr Jr. Sr Sr. II III IV".split())  # "Ferdinand Marcos Jr": the surname is "Marcos"


def _short_forms(name: str) -> set[str]:
    tokens = [t for t in name.replace("-", " - ").split() if t != "-"]
    parts = name.split()
    while len(parts) > 2 and parts[-1] in _GENERATIONAL:
        parts = parts[:-1]
    forms = {parts[-1]} if len(parts) > 1 else set()
    if len(parts) > 1 and (parts[0] in _EAST_ASIAN_SURNAMES or "-" in parts[-1]):
        forms.add(parts[0])
    return {f for f in forms if len(f) > 1 and f[0].isupper()} if tokens else set()


def _overlaps(spans, s: int, e: int) -> bool:
    if isinstance(spans, _SpanSet):
        return spans.overlaps(s, e)
    return any(s < b and a < e for a, b in spans)


class _SpanSet:
    """Spans taken so far, filed by 64-character bucket, so that an overlap test looks at the
    spans near it only (a scan of every span made long documents quadratic; issue 20)."""

    _SIZE = 64

    def __init__(self) -> None:
        self.buckets: dict[int, list[tuple[int, int]]] = {}

    def append(self, span: tuple[int, int]) -> None:
        a, b = span
        for key in range(a // self._SIZE, max(a, b - 1) // self._SIZE + 1):
            self.buckets.setdefault(key, []).append((a, b))

    def overlaps(self, s: int, e: int) -> bool:
        for key in range(s // self._SIZE, max(s, e - 1) // self._SIZE + 1):
            if any(s < b and a < e for a, b in self.buckets.get(key, ())):
                return True
        return False


def find_persons(text: str) -> list[Person]:
    """People the text introduces by title or by a known full name, in order of first mention.

    >>> [(p.name, p.code, p.role, p.former) for p in find_persons("former Russian President Dmitry Medvedev")]
    [('Dmitry Medvedev', 'RUS', 'President', True)]
    """
    return list(scan_text(text)[1].values())


def _nfc_map(text: str) -> tuple[str, list[int]]:
    """NFC form of ``text`` and, for each of its offsets (and its end), the offset in ``text``."""
    pieces, index, i, n = [], [], 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        pieces.append(piece)
        index.extend([i] * len(piece))
        i = j
    index.append(n)
    return "".join(pieces), index


def scan_text(text: str, dct: str | None = None) -> tuple[list[Mention], dict[str, Person]]:
    """Mentions (in text order, no overlaps) and the people the text introduces.

    Matching runs on the NFC form of the text (so "Erdoğan" matches in decomposed input too); the
    offsets index ``text`` itself. ``dct`` (the publication date) resolves roles without a name
    ("the US president") to the office-holder of that date.

    >>> import unicodedata
    >>> t = unicodedata.normalize("NFD", "Mr Erdoğan met Putin.")
    >>> [(t[m.start:m.end] == m.text, m.code) for m in scan_text(t)[0]]
    [(True, 'TUR'), (True, 'RUS')]
    """
    if unicodedata.is_normalized("NFC", text):
        return _scan(text, dct)
    norm, index = _nfc_map(text)
    mentions, persons = _scan(norm, dct)
    moved = [Mention(index[m.start], index[m.end], text[index[m.start]:index[m.end]], m.code, m.name, m.kind,
                     m.role, m.former) for m in mentions]
    people = {k: Person(p.name, p.code, p.role, p.former, index[min(p.first, len(norm))] if p.first < 10**9
                        else p.first) for k, p in persons.items()}
    return moved, people


@functools.cache
def _terms_by_name() -> dict[str, list[dict[str, str]]]:
    """Person name -> their rows of ``leaders.csv`` (one per term), so that a mention looks up its person's
    terms, not the whole table."""
    out: dict[str, list[dict[str, str]]] = {}
    for r in _leaders():
        out.setdefault(r["name"], []).append(r)
    return out


@functools.cache
def _terms_by_code() -> dict[str, list[dict[str, str]]]:
    """State or organisation code -> the rows of ``leaders.csv`` that act for it, in file order."""
    out: dict[str, list[dict[str, str]]] = {}
    for r in _leaders():
        out.setdefault(r["code"], []).append(r)
    return out


def _row_on(row: dict[str, str], dct: str | None) -> dict[str, str]:
    """The term of ``row``'s person that covers ``dct`` (else ``row``)."""
    if not dct:
        return row
    day = str(dct)[:10]
    terms = [r for r in _terms_by_name().get(row["name"], ()) if r["start"] and r["start"] <= day
             and (not r["end"] or day < r["end"])]
    return terms[0] if terms else row


@functools.cache
def listed_people() -> frozenset[str]:
    """The names of the people in ``leaders.csv``."""
    return frozenset(r["name"] for r in _leaders())


def out_of_office(name: str, dct: str | None) -> bool:
    """Whether the listed person holds none of their listed offices on ``dct`` (every term dated, none
    covering the day): "Trump calls for ..." in 2022 speaks for no state."""
    if not dct:
        return False
    day = str(dct)[:10]
    terms = _terms_by_name().get(name, [])
    return bool(terms) and all(r["start"] for r in terms) and not any(
        r["start"] <= day and (not r["end"] or day < r["end"]) for r in terms)


@functools.cache
def _leader_seat(name: str) -> bool:
    """Whether the seat ``name`` (a display name) is a head of state's or government's (cues/leader_seats.txt)."""
    from communique.events.lexicon import cue

    return bool(cue("leader_seats", r"(?:{})\Z").match(name))


def leader_on(code: str, title: str, dct: str | None) -> dict[str, str] | None:
    """The listed holder of ``title`` for ``code`` on ``dct`` ("RUS", "president", "2022-03-04")."""
    if not dct:
        return None
    day = str(dct)[:10]
    title = title.lower()
    heads = _HEAD_ROLES | {"chief", "secretary-general", "secretary general"}
    rows = [r for r in _terms_by_code().get(code, ()) if r["start"] and r["start"] <= day
            and (not r["end"] or day < r["end"])]
    exact = [r for r in rows if r["role"].lower() == title]
    head = [r for r in rows if title in heads and r["role"].lower() in heads | {"supreme leader"}
            and r["role"].lower() not in ("vice president",) and _same_head(title, r["role"].lower())]
    chosen = exact or head
    return chosen[0] if chosen else None


@functools.cache
def _successions() -> dict[str, list[tuple[str, str, str, str]]]:
    out: dict[str, list[tuple[str, str, str, str]]] = {}
    for row in _data_rows("successions.csv"):
        out.setdefault(row["code"], []).append((row["start"], row["end"], row["former"], row["name"]))
    return out


def code_on(code: str, dct: str | None, name: str = "") -> str:
    """The state a capital, seat, city or region of ``code`` (display name ``name``) names on ``dct``: the
    former state of ``successions.csv`` (Moscow in 1990 is the Soviet Union, Belgrade in 1999 Yugoslavia),
    else ``code``; a row with a name holds for that actor only (the Taliban in 2010 are no government).

    >>> code_on("RUS", "1990-05-02"), code_on("RUS", "1992-01-10"), code_on("SRB", None)
    ('SUN', 'RUS', 'SRB')
    >>> code_on("AFG", "2010-06-09", "the Taliban"), code_on("AFG", "2010-06-09", "Kabul")
    ('NGO:TALIBAN', 'AFG')
    """
    if not dct or code not in _successions():
        return code
    day = str(dct)[:10]
    return next((former for start, end, former, only in _successions()[code]
                 if start <= day < end and (not only or only == name)), code)


@functools.cache
def _shared_names() -> dict[str, tuple[tuple[str, ...], str]]:
    return {row["alias"]: (tuple(row["codes"].split("|")), row["since"]) for row in _data_rows("shared_names.csv")}


def settle_shared_names(mentions: list[Mention], dct: str | None, speaker: str = "") -> list[Mention]:
    """Mentions with each bare name two states share (``shared_names.csv``: "Congo") given the state the document
    means: the nearest unambiguous mention of one of them before it (else after it), else the speaker, else the
    table's first code on dates since its ``since``.

    >>> [m.code for m in settle_shared_names(scan_text("Congo-Brazzaville and Congo signed a deal.")[0], "2024-03-12")]
    ['COG', 'COG']
    >>> [m.code for m in settle_shared_names(scan_text("Rwanda accused Congo.")[0], "2024-03-12")]
    ['RWA', 'COD']
    """
    table = _shared_names()
    day = str(dct)[:10] if dct else ""
    out = list(mentions)
    shared = [_shared_alias(m.text, table) for m in mentions]
    for k, m in enumerate(mentions):
        alias = shared[k]
        if alias is None or not day or day < table[alias][1] or m.code not in table[alias][0]:
            continue
        codes = table[alias][0]
        named = [x for x, a in zip(mentions, shared) if x.code in codes and a is None]
        before = [x for x in named if x.start < m.start]
        code = before[-1].code if before else named[0].code if named else speaker if speaker in codes else codes[0]
        if code != m.code:
            out[k] = dataclasses.replace(m, code=code, name=_state_names().get(code, code))
    return out


@functools.cache
def _pair_halves() -> dict[str, list[tuple[str, frozenset[str], str]]]:
    out: dict[str, list[tuple[str, frozenset[str], str]]] = {}
    for row in _data_rows("pair_halves.csv"):
        out.setdefault(row["alias"][4:], []).append((row["code"], frozenset(row["partners"].split("|")), row["since"]))
    return out


#: "the North", "the South" as a name: capitalised, not the start of a longer name ("the North Atlantic", "the
#: South China Sea") nor a possessive place ("the North's missiles" is the state: kept). (Written to open with its
#: first letter, its \b after it, as _PRONOUN in document.py: ``re`` then skips to a T, about three times faster.)
_HALF = re.compile(r"[Tt](?<=\b[Tt])he (North|South)\b(?![\w-]|\s+(?-i:[A-Z]))")


def pair_halves(text: str, mentions: list[Mention], dct: str | None) -> list[Mention]:
    """``mentions`` with each "the North"/"the South" of a divided pair (``pair_halves.csv``) added as that state,
    in a document that names one of the pair's states.

    >>> m = pair_halves("South Korea and the North agreed.", scan_text("South Korea and the North agreed.")[0], "2023-11-14")
    >>> [(x.text, x.code) for x in m]
    [('South Korea', 'KOR'), ('the North', 'PRK')]
    """
    if "North" not in text and "South" not in text:
        return mentions
    day = str(dct)[:10] if dct else ""
    codes = {m.code for m in mentions if m.kind in ("state", "capital", "demonym", "person", "seat")}
    added = []
    for hit in _HALF.finditer(text):
        if any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            continue
        for code, partners, since in _pair_halves().get(hit.group(1), ()):
            if day >= since and codes & partners:
                added.append(Mention(hit.start(), hit.end(), hit.group(), code, _state_names().get(code, code), "state"))
                break
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def _shared_alias(text: str, table: dict) -> str | None:
    """The shared name ``text`` is or opens ("Congolese troops"), without a leading "the"."""
    bare = text[4:] if text[:4] in ("the ", "The ") else text
    head = bare.split(" ", 1)[0]
    return bare if bare in table else head if head in table else None


@functools.cache
def _state_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for entry in gazetteer().values():
        if entry.kind == "state":
            names.setdefault(entry.code, entry.name)
    return names


def _in_office(rows: list[dict[str, str]], dct: str | None) -> dict[str, str]:
    """Of the listed people who share a name form (``rows``, file order), the one in office on ``dct``
    ("Bush" in 1990 and in 2003, "Assad" in 1995 and in 2010), else the first."""
    if dct and len(rows) > 1:
        for row in rows:
            if not out_of_office(row["name"], dct):
                return row
    return rows[0]


_SPACE_RUN = re.compile(r"\s+")


def _scan(text: str, dct: str | None = None) -> tuple[list[Mention], dict[str, Person]]:
    from communique.events.scanner import word_spans

    person_re, role_re, alias_re, leader_re, leaders, institution_re, role_of_re = _patterns()
    scanner = _scanner()
    begins = scanner.starts(text)
    gaz = gazetteer()
    mentions: list[Mention] = []
    persons: dict[str, Person] = {}
    taken = _SpanSet()
    # 1. titled persons: "North Korea Supreme Leader Kim Jong-un", "former Russian President Dmitry Medvedev"
    for m in scanner.finditer("person", text, begins):
        name = _clean_name(m["name"])
        if not name or name in gaz or name.split()[0] in gaz or name.split()[0] in _NOT_NAMES:
            continue
        end = m.start("name") + len(name)
        rows = _people_by_form(False).get(name) or _people_by_form(True).get(name) or (
            _titled_holder(m["title"], name, dct) if " " not in name else None)
        if not rows and not m["org"] and not m["org2"]:  # "Queen Elizabeth": a listed form that includes its title
            rows = _people_by_form(False).get(re.sub(r"\s+", " ", f"{m['title']} {name}"))
        known = _row_on(_in_office(rows, dct), dct) if rows else None
        org_text = m["org"] or m["org2"]
        if not org_text and not known:  # "King Abdullah of Jordan": the state after the name
            of = _of_org().match(text, end)
            org3 = gaz.get(re.sub(r"\s+", " ", of["org"])) if of else None
            if org3 is not None and org3.kind in ("state", "igo"):
                org_text, end = of["org"], of.end()
        org = gaz.get(re.sub(r"\s+", " ", org_text)) if org_text else None
        code = org.code if org else (known["code"] if known else "")
        canonical = known["name"] if known else name
        former = bool(m["former"])
        start = m.start() if m["org"] or former else m.start("title")
        if former and known and dct and not out_of_office(canonical, dct):
            former = False  # "former Russian President Dmitry Medvedev" holds another listed office on the date: he acts
        base = max(0, m.start("title") - 30)
        titled = re.search(r"(?:\b[A-Z][\w-]*[^\S\n]+){1,2}$", text[base:m.start("title")])
        if not code and titled:  # "European Commissioner Janez Lenarcic": an alias that ends with the title
            starts = [base + w.start() for w in re.finditer(r"\S+", titled.group())]
            starts = [base + titled.start() + (st - base) for st in starts]
            for st in starts:
                entry = gaz.get(re.sub(r"\s+", " ", text[st:m.end("title")]))
                if entry is not None and entry.kind == "igo":
                    code, start = entry.code, st
                    break
        if _overlaps(taken, start, end):
            continue
        title = re.sub(r"\s+", " ", m["title"])
        mentions.append(Mention(start, end, text[start:end], code, canonical, "person", title, former))
        taken.append((start, end))
        if canonical not in persons or (not persons[canonical].code and code):
            first = persons[canonical].first if canonical in persons else start
            persons[canonical] = Person(canonical, code, title, former, first)
    # 2. known leaders by full name (or listed alias)
    for m in scanner.finditer("leader", text, begins):
        if _overlaps(taken, m.start(), m.end()):
            continue
        if text.startswith(" City", m.end()):
            continue  # "Ho Chi Minh City": a place named after the person
        row = _row_on(_in_office(_people_by_form(False)[_SPACE_RUN.sub(" ", m.group())], dct), dct)
        is_full = len(m.group().split()) > 1 or _SPACE_RUN.sub(" ", m.group()) in row["aliases"].split(";")  # "Lula"
        if not is_full and row["short_ok"] != "1":
            continue
        out = out_of_office(row["name"], dct)
        mentions.append(Mention(m.start(), m.end(), m.group(), row["code"], row["name"], "person", row["role"], out))
        taken.append(m.span())
        if row["name"] not in persons:
            persons[row["name"]] = Person(row["name"], row["code"], row["role"], out, m.start())
    # 3. short names of the people found ("Putin", "Kim"): the first-introduced person wins, then listed leaders
    shorts: dict[str, Person] = {}
    for person in sorted(persons.values(), key=lambda p: p.first):
        for form in _short_forms(person.name):
            shorts.setdefault(form, person)
    listed = _leader_by_short()
    # (the document's own short names as whole words, found without compiling a pattern for each document)
    for spans in (word_spans(text, shorts), (m.span() for m in scanner.finditer("listed", text, begins))):
        for start, end in spans:
            if _overlaps(taken, start, end):
                continue
            if _other_bearer(text, start, end):
                continue  # "Hunter Biden", "Donald Trump Jr.": another person of that surname
            if re.match(r"['’](?!s\b)\w", text[end:end + 3]):
                continue  # "Xi'an": a longer word with an apostrophe, no surname (but "Xi's" is Xi)
            word = text[start:end]
            p = shorts.get(word)
            if p is None:
                row = _row_on(_in_office(_people_by_form(True)[word], dct), dct)
                p = Person(row["name"], row["code"], row["role"], out_of_office(row["name"], dct), 10**9)
            mentions.append(Mention(start, end, word, p.code, p.name, "person", p.role, p.former))
            taken.append((start, end))
            if p.name not in persons:  # a listed leader named only by surname ("Putin")
                persons[p.name] = Person(p.name, p.code, p.role, p.former, start)
    # 4. roles without a name: "the Russian leader", "Russia's president"; "the former Polish president" acts
    # for no state now
    for m in scanner.finditer("role", text, begins):
        if _overlaps(taken, m.start(), m.end()):
            continue
        org = gaz.get(re.sub(r"\s+", " ", m["org"]))
        if org is None or org.kind not in ("state", "demonym", "igo", "seat", "capital"):
            continue
        if org.kind in ("seat", "capital"):  # "the Kremlin's spokesman" in 1990 speaks for the Soviet Union
            org = Entry(code_on(org.code, dct, org.name), org.kind, org.name)
        if m["ex"] or _FORMER_BEFORE.search(text, max(0, m.start() - 12), m.start() + (4 if m.group()[:4].lower() == "the " else 0)):
            # ("Germany's Ex-Chancellor", "Russia's former president": out of office, no state's voice)
            mentions.append(Mention(m.start(), m.end(), m.group(), org.code, f"{org.name} {m['title'].lower()}",
                                    "role", re.sub(r"\s+", " ", m["title"]).lower(), True))
            taken.append(m.span())
            continue
        title = re.sub(r"\s+", " ", m["title"]).lower()
        if org.kind == "seat" and title in ("chief", "head", "boss") and not _leader_seat(org.name):
            # "Pentagon chief", "State Department head": the ministry's own chief, not the head of state
            mentions.append(Mention(m.start(), m.end(), m.group(), org.code, f"{org.name} {title}", "role", title))
            taken.append(m.span())
            continue
        candidates = [p for p in persons.values() if p.code == org.code and not p.former]
        exact = [p for p in candidates if p.role.lower() == title]
        heads = [p for p in candidates if title in _HEAD_ROLES and p.role.lower() in _HEAD_ROLES and
                 _same_head(title, p.role.lower())]
        chosen = sorted(exact or heads, key=lambda p: p.first)
        holder = None if chosen else leader_on(org.code, title, dct)
        if chosen:
            p = chosen[0]
            mentions.append(Mention(m.start(), m.end(), m.group(), p.code, p.name, "person", p.role))
        elif holder is not None:
            mentions.append(Mention(m.start(), m.end(), m.group(), org.code, holder["name"], "person", holder["role"]))
        else:
            label = f"{org.name} {title}"
            mentions.append(Mention(m.start(), m.end(), m.group(), org.code, label, "role", title))
        taken.append(m.span())
    # 5. states, demonyms, capitals, seats, organisations, cities, regions; with a title before and "of"
    # ("the foreign minister of Poland") or an institution after ("the UK government") the mention grows
    for m in scanner.finditer("alias", text, begins):
        if _overlaps(taken, m.start(), m.end()):
            continue
        key = _SPACE_RUN.sub(" ", m.group())
        entry = gaz.get(key) or gaz.get(key[0].lower() + key[1:]) or gaz.get(key.replace("The ", "the ", 1))
        if entry is None:
            continue
        start, end = m.span()
        if entry.kind in ("state", "demonym", "igo", "capital", "seat") and sponsors_a_body(text, end):
            continue  # "the Russian-led CSTO", "the UN-backed government in Libya": the body is the actor
        if entry.kind in ("state", "igo") and "of" in text[max(0, start - 8):start]:
            r = role_of_re.search(text, max(0, start - 70), start)
            if r is not None and not _NAME_AFTER.match(text, end) and not _overlaps(taken, r.start(), end):
                title = re.sub(r"\s+", " ", r["title"]).lower()
                holder = leader_on(entry.code, title, dct)
                name, kind = (holder["name"], "person") if holder else (f"{entry.name} {title}", "role")
                mentions.append(Mention(r.start(), end, text[r.start():end], entry.code, name, kind, title))
                taken.append((r.start(), end))
                continue
        if entry.kind in ("capital", "state", "city") and entry.code and not entry.code.startswith(("IGO", "NGO")):
            located = _located_institution().search(text, max(0, start - 40), start)
            if located is not None and not _overlaps(taken, located.start(), end):  # "a court in Minsk": Belarus's
                code = code_on(entry.code, dct, entry.name) if entry.kind == "capital" else entry.code
                mentions.append(Mention(located.start(), end, text[located.start():end], code, entry.name, "seat",
                                        re.sub(r"\s+", " ", located["inst"]).lower()))
                taken.append((located.start(), end))
                continue
        if entry.kind in ("state", "demonym", "igo"):
            inst = institution_re.match(text, end)
            if inst is not None:
                the = re.search(r"\b[Tt]he[^\S\n]+$", text[max(0, start - 5):start])
                start2 = start - len(the.group()) if the else start
                if not _overlaps(taken, start2, inst.end()):
                    mentions.append(Mention(start2, inst.end(), text[start2:inst.end()], entry.code, entry.name, "seat",
                                            re.sub(r"\s+", " ", inst["inst"])))
                    taken.append((start2, inst.end()))
                    continue
        if entry.kind in ("state", "demonym") and _FORMER_MEMBERS.search(text, max(0, start - 6), start) and \
                _MEMBER_STATES.match(text, end):
            continue  # "ex-Soviet states", "post-Yugoslav republics": the successors as a group, not the state
        if entry.kind in ("capital", "city") and _NAMED_AFTER_PLACE.match(text, end):
            continue  # "the Paris Agreement", "the Bridgetown Initiative", "the Minsk agreements": a named text, no actor
        if key in _given_names() and _first_name_of(text, end):
            continue  # "Jordan Bardella", "Santiago Pena": a person's first name, not the state or capital
        code = code_on(entry.code, dct, entry.name) if entry.kind in ("capital", "seat", "city", "region") else entry.code
        mentions.append(Mention(start, end, m.group(), code, entry.name, entry.kind))
        taken.append((start, end))
    mentions.extend(_elided_heads(text, mentions, taken, gaz))
    mentions.sort(key=lambda x: (x.start, x.end))
    return mentions, persons


#: a qualifier whose shared head is elided before "and": "North and South Korea", "East and West Germany"
_ELIDED_QUALIFIER = re.compile(r"\b((?-i:[A-Z])[a-z]+),?[^\S\n]+(?:and|or|&)[^\S\n]+$")


def _elided_heads(text: str, mentions: list[Mention], taken: _SpanSet, gaz: dict[str, Entry]) -> list[Mention]:
    """States named by a qualifier whose head the next state's name supplies: "North and South Korea" names
    North Korea too (the gazetteer has both "North Korea" and "South Korea")."""
    out = []
    for m in mentions:
        if m.kind != "state" or " " not in m.text:
            continue
        head = m.text.split(" ", 1)[1]
        q = _ELIDED_QUALIFIER.search(text, max(0, m.start - 30), m.start)
        entry = gaz.get(f"{q.group(1)} {head}") if q else None
        if entry is not None and entry.kind == "state" and not _overlaps(taken, q.start(1), q.end(1)):
            out.append(Mention(q.start(1), q.end(1), q.group(1), entry.code, entry.name, "state"))
    return out


@functools.cache
def _given_names() -> frozenset[str]:
    from communique.events.lexicon import code_list

    return code_list("given_names.txt")


_SURNAME = re.compile(r"[^\S\n]+((?-i:[A-Z])[a-z][\w'’-]+)(?![\w'’-])")
#: capitalised nouns after a place name that keep it a place ("the Jordan River", "India Gate", "Paris Club")
_PLACE_NOUNS = frozenset("""River Valley Basin Lake Falls Gate Times Post Club Street Square Airport Stadium University
    Declaration Agreement Accords Summit Conference Peace Group Format Process Olympic Olympics Games""".split())


def _first_name_of(text: str, end: int) -> bool:
    """Whether a capitalised word after ``end`` is a surname: no title, institution, place noun, function word or
    verb, and no name in the gazetteer."""
    m = _SURNAME.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return not (word in _NOT_NAMES or word in _PLACE_NOUNS or word in _title_words() or word in _HONORIFICS or
                word in _verb_words() or word in gazetteer())


_NAMED_AFTER_PLACE = re.compile(r"[^\S\n]+(?:[A-Z][\w-]+[^\S\n]+)?(?:Initiative|Agreements?|Accords?|Process|Declaration|Protocol|"
                                r"Format|Club|Convention|Charter|Principles|Consensus|Statement|Communiqu[eé]|Framework|"
                                r"Agenda|Programme|agreements?|accords?|process|format|protocol|declaration|peace\s+process)\b")


def find_mentions(text: str) -> list[Mention]:
    """Actor and place mentions in ``text``, in text order, without overlaps."""
    return scan_text(text)[0]


def find_actors(text: str, *, doc_id: str | None = None) -> pd.DataFrame:
    """Mentions as a DataFrame (columns :data:`MENTION_COLUMNS`), ``text[start:end] == text``.

    >>> find_actors("The Kremlin said NATO and Pyongyang agreed.")[["text", "code", "kind"]].values.tolist()
    [['The Kremlin', 'RUS', 'seat'], ['NATO', 'IGO:NATO', 'igo'], ['Pyongyang', 'PRK', 'capital']]
    """
    import pandas as pd

    rows = [(doc_id or "", m.start, m.end, m.text, m.code, m.name, m.kind, m.role, m.former)
            for m in find_mentions(text)]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS).astype({"start": "int64", "end": "int64", "former": bool})
