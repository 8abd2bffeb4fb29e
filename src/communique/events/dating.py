"""Dating: the temporal expression an event's clause gives it, else the publication date.

The date is the expression in the trigger's clause that belongs to it (not one after "since",
"until" or "ago"; an expression modifies the nearest event before it in its clause, else the one
after it), or the expression a temporal anaphor refers to ("after the deadline"), or the date of
the event a co-referring noun refers to; else the publication date (``date_basis`` says which).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from communique.events.document import Doc, Ev
from communique.events.modality import cue
from communique.text.regex_trie import quick_start

__all__ = ["date_bounds", "link_date"]


def date_bounds(value: str, mod: str = "") -> tuple[str, str]:
    """ISO first/last day covered by a TIMEX3 value, narrowed to a third by START/MID/END mods.

    >>> date_bounds("2019"), date_bounds("2019", "END"), date_bounds("2019-04-25T18:59")
    (('2019-01-01', '2019-12-31'), ('2019-09-01', '2019-12-31'), ('2019-04-25', '2019-04-25'))
    """
    from communique.timex.values import parse_value

    first, last = parse_value(value).bounds
    if first is None or last is None:
        return "", ""
    days = (last - first).days + 1
    if mod in ("START", "END", "MID") and days >= 28:
        if days >= 365:  # whole months for years: Jan-Apr, May-Aug, Sep-Dec
            y = first.year
            a, b = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}[mod]
            first = date(y, a, 1)
            last = (date(y, b + 1, 1) if b < 12 else date(y + 1, 1, 1)) - timedelta(days=1)
        else:
            third = days // 3
            if mod == "START":
                last = first + timedelta(days=third - 1)
            elif mod == "END":
                first = last - timedelta(days=third - 1)
            else:
                first, last = first + timedelta(days=third), last - timedelta(days=third)
    return first.isoformat(), last.isoformat()


_CONTENT_CLASSES = frozenset({"appeal", "call_on", "pledge", "agree", "demand"})


def _content_start(doc: Doc, ev: Ev) -> int:
    """Where the content of an appeal, pledge or demand begins ("asked Russia | to keep them after the
    deadline", "calls for | elimination of nuclear weapons by 2045"): its dates are the content's."""
    if ev.cls.name not in _CONTENT_CLASSES or ev.pos != "verb" or ev.cameo == "036":
        return ev.sent[1]  # (a planned meeting is dated by its plan: "agreed to hold a summit next month")
    if ev.cls.name == "call_on" and re.search(r"\bfor\s*$", doc.text[ev.t_start:ev.t_end]):
        return ev.t_end  # "calls for <content>"
    start = ev.target.end if ev.target is not None and ev.target.start > ev.t_end else ev.t_end
    m = re.compile(r"\b(?:to|that)\s").search(doc.text, start, ev.clause[1])
    return m.start() if m else ev.sent[1]


def _name_year(text: str, t: tuple) -> bool:
    """A year used as part of a name ("a boycott of the 2022 Beijing Olympics"), no date of the event."""
    s, e, tx_text = t[0], t[1], t[2]
    if not re.fullmatch(r"(?:[A-Z][a-z]+\.?\s+)?\d{4}", tx_text):  # (a month too: "within the June 1967 borders")
        return False
    # (and a year between a determiner and its noun: "pulled out of the 2015 nuclear deal in May", "the 1953
    # armistice", "on the basis of the pre-1967 borders": the noun's year, not the act's)
    return bool(re.search(r"\b(?:of|the|at|for|to)\s+$", text[max(0, s - 6):s])) and bool(re.match(r"\s+[A-Z]", text[e:e + 2])) \
        or bool(re.search(r"\b(?:the|its|their|his|her|a)\s+(?:(?:pre|post|mid)-)?$", text[max(0, s - 12):s])) and \
        bool(re.match(r"\s+[a-z]{3,}", text[e:e + 5]))


_WHEN_AFTER_DATE = re.compile(r"\s*when\b", re.I)
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|ago)\s*$", re.I)
#: a "since" phrase or clause running up to a date, with no punctuation between ("the first visit since the war began in
#: 2022"): the date bounds the time since, it dates no act of the sentence
_SINCE_PHRASE = quick_start(re.compile(r"\bsince\s+[^,;.:()\d]{1,60}?\s+(?:in|on|of)\s+(?:early\s+|late\s+|mid-?)?$", re.I))


def _dating_timexes(doc: Doc) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str, str, str]]]:
    """The document's durations (start, end, "value (text)") and the dates that can date an event (start, end,
    text, value, mod: a DATE or TIME with a digit-first value, not bounded by "since", "until" or "ago" before
    it nor a year in a name), in text order; read once per document, not once per event."""
    found = doc.data.get("dating_timexes")
    if found is None:
        text = doc.text
        durations, dates = [], []
        for s, e, tx_text, typ, value, mod in doc.timexes:
            if typ == "DURATION":
                durations.append((s, e, f"{value} ({tx_text})"))
            if typ not in ("DATE", "TIME") or not value[:1].isdigit():
                continue
            if _BOUND_BEFORE.search(text[max(0, s - 8):s]):  # (a slice: \b at its start, as written)
                continue
            if _SINCE_PHRASE.search(text[max(0, s - 70):s]):
                continue  # "their first meeting since clashes in 2020": the date of what the phrase names
            t = (s, e, tx_text, value, mod)
            if not _name_year(text, t):
                dates.append(t)
        found = doc.data["dating_timexes"] = (durations, dates)
    return found


def _relative_spans(doc: Doc, ev: Ev) -> list[tuple[int, int]]:
    """Relative clauses of the event's sentence that do not hold its trigger (cues/relative_openers.txt), from the
    opener to the next comma or semicolon: "Pakistan, which test-fired a missile last month, was urged ...", "the
    tests it carried out last week"; their dates are their own verbs'."""
    text, (s0, s1) = doc.text, ev.sent
    spans = []
    for m in cue("relative_openers", r"(?:,\s*|\b)(?:{})\s").finditer(text, s0, s1):
        stop = re.compile(r"[,;]").search(text, m.end(), s1)
        end = stop.start() if stop else s1
        if not m.start() <= ev.t_start < end:
            spans.append((m.start(), end))
    return spans


_DURING_WHICH = re.compile(r",\s*(?:during|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of)\s+which\b", re.IGNORECASE)


def relative_host(doc: Doc, ev: Ev) -> Ev | None:
    """The text-dated event of the same sentence that a "during which" clause holding ``ev`` hangs on ("a visit to
    China last month, during which he signed ...")."""
    opener = None
    for m in _DURING_WHICH.finditer(doc.text, ev.sent[0], ev.t_start):
        opener = m
    if opener is None or re.search(r"[;.]", doc.text[opener.end():ev.t_start]):
        return None
    host = next((e for e in reversed(doc.sentence_events) if e.t_end <= opener.start() and e is not ev), None)
    return host if host is not None and host.date_basis == "text" else None


#: verdicts on another's act: a date inside their object or reason after an act noun is that act's
_VERDICT_CLASSES = frozenset({"criticise", "deplore", "accuse", "praise", "apologise", "empathy"})
_BARE_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)


#: an event is never dated more than this many years after its article: such a date is the content's
_FUTURE_YEARS = 5
#: a comma (and an adverb) right before a participle: ", accusing it of", ", later saying"
_ADJUNCT_COMMA = re.compile(r",\s*(?:[a-z]+ly\s+)?$")


def link_date(doc: Doc, ev: Ev) -> None:
    if ev.data.get("reported"):  # an accusation read from reported speech: the dates in it are the content's
        ev.date, ev.date_basis = doc.dct or "", "publication" if doc.dct else "none"
        return
    text = doc.text
    durations, dates = _dating_timexes(doc)
    if not ev.duration:
        ev.duration = next((d for s, e, d in durations if ev.clause[0] <= s and e <= ev.clause[1]), "")
    content_start = _content_start(doc, ev)
    usable = [t for t in dates if t[0] < content_start]
    in_clause = [t for t in usable if ev.clause[0] <= t[0] and t[1] <= ev.clause[1]]

    def distance(a: int, b: int, t) -> int:
        return min(abs(t[0] - b), abs(a - t[1]))

    def owner(t) -> tuple[int, int]:
        """A temporal expression modifies the nearest event before it in its clause ("visited Russia in
        2011", "the annexation of Crimea in 2014"), else the nearest one after it ("On Monday, X met Y")."""
        spans = [(a, b) for a, b in doc.sentence_triggers if ev.clause[0] <= a < ev.clause[1]]
        before = [(a, b) for a, b in spans if b <= t[0]]
        if before:
            return max(before, key=lambda x: x[1])
        return min(spans, key=lambda x: x[0]) if spans else (ev.t_start, ev.t_end)

    def owned(t) -> bool:
        if ev.pos == "verb" and ev.cls.name in _VERDICT_CLASSES and t[0] > ev.t_end and \
                (act := cue("content_act_nouns").search(text, ev.t_end, t[0])) is not None and \
                not re.search(r"[,;]", text[ev.t_end:t[0]]) and \
                not cue("verdict_occasions", r"\b(?:in|at|during)\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?{}\b").search(
                    text, act.end(), t[0]):
            return False  # "condemned an Israeli strike on Doha earlier this month": the date is the strike's
        a, b = owner(t)
        if (a, b) == (ev.t_start, ev.t_end):
            return True
        # "sanctions over its annexation of Crimea in 2014" share the date of their reason, and
        # "criticised NATO during a visit to Portugal in April" the date of the visit (also after a longer object:
        # "thanked the EU for its support during a meeting with its envoy on Monday")
        between = text[ev.t_end:a] if a > ev.t_end else ""
        if re.fullmatch(r"\s+(?:[\w'’.-]+\s+){0,6}?(?:during|while\s+on|on\s+the\s+sidelines\s+of)\s+"
                        r"(?:[\w'’-]+\s+){0,2}", between):
            return True
        if cue("agreement_nouns", r"\s+(?:[\w'’.-]+\s+){0,3}?(?:in|under|through|with|as\s+part\s+of)\s+(?:an?|the)\s+"
                                  r"(?:[\w'’-]+\s+){0,2}?{}\s+").fullmatch(between):
            return True  # "restored relations in a deal brokered by China in March 2023": the deal's date is the act's
        if ev.cls.name in ("visit", "arrive") and re.fullmatch(r"\s+(?:[\w'’.-]+\s+){0,3}?for\s+(?:[\w'’-]+\s+){0,2}",
                                                               between):
            return True  # "flew to Moscow for talks with Putin on Saturday": the trip and the talks
        owner_ev = next((e for e in doc.sentence_events if (e.t_start, e.t_end) == (a, b)), None)
        after_owner = text[b:ev.t_start] if ev.t_start >= b else ""
        if owner_ev is not None and owner_ev.cls.name in ("visit", "arrive") and \
                re.fullmatch(r"\s+(?:[\w'’.-]+\s+){0,4}?for\s+(?:[\w'’-]+\s+){0,2}", after_owner):
            return True  # "arrived in Beijing on Sunday for talks": the talks share the trip's date
        if ev.pos == "noun" and owner_ev is not None and owner_ev.pos == "noun" and \
                re.fullmatch(r"\s+and\s+(?:[\w'’-]+\s+){0,3}", between):
            return True  # "launched four missile attacks and one airstrike on July 23": both on that day
        return ev.pos == "noun" and bool(re.fullmatch(r"\s+(?:over|for|after|following)\s+(?:[\w'’-]+\s+){0,2}",
                                                      between))

    outside = _relative_spans(doc, ev)
    in_clause = [t for t in in_clause if owned(t) and not any(a <= t[0] < b for a, b in outside)]
    if not in_clause and ev.pos == "noun":
        # "the attack on a convoy, which took place on September 30": a relative clause dating its noun
        rel = re.match(r"[^.;]{0,90}?,?\s*(?:which|that)\s+(?:took\s+place|happened|occurred|was\s+carried\s+out|"
                       r"was\s+launched)\s+", text[ev.t_end:ev.sent[1]])
        if rel:
            start = ev.t_end + rel.end()
            in_clause = [t for t in usable if start <= t[0] < start + 20]
    chosen = None
    if in_clause:
        chosen = min(in_clause, key=lambda t: min(abs(t[0] - ev.t_end), abs(ev.t_start - t[1])))
    elif (when := _WHEN_AFTER_DATE.match(text, ev.clause[0])) is not None and (then := next(
            ((s, e, tx, value, mod) for s, e, tx, typ, value, mod in doc.timexes if typ == "DATE" and value[:1].isdigit()
             and ev.sent[0] <= s and re.fullmatch(r"\s*,?\s*", text[e:ev.clause[0]])), None)) is not None:
        chosen = then  # "has not visited Ukraine since 2013, when he met Yanukovych": the when-clause is at that date
    elif cue("temporal_anaphors").search(text[ev.clause[0]:min(ev.clause[1], content_start)]):
        earlier = [t for t in usable if ev.sent[0] <= t[0] < ev.clause[0]]
        if earlier:
            chosen = earlier[-1]
    if chosen is not None and doc.dct and chosen[3][:4].isdigit() and int(chosen[3][:4]) > int(str(doc.dct)[:4]) + _FUTURE_YEARS:
        chosen = None  # "not seen in a century" (read as 2124) or "a goal for 2050": no act of the news is dated there
    if chosen is not None:
        s, e, tx_text, value, mod = chosen
        ev.date = value.split("T")[0] if "T" in value else value
        if _BARE_WEEKDAY.fullmatch(tx_text) and doc.dct and len(ev.date) == 10 and ev.date > str(doc.dct)[:10] and \
                not ev.speculative and ev.cameo[:2] != "03":
            # a weekday of an act reported as done is the latest such day on or before the publication date
            # (guidelines), even where the tagger reads it forward ("said on Tuesday that it would ...")
            back = date.fromisoformat(ev.date) - timedelta(days=7)
            ev.date = back.isoformat() if back.isoformat() <= str(doc.dct)[:10] else ev.date
        ev.date_basis = "text"
        ev.timex = tx_text
        ev.data["mod"] = mod
        return
    if ev.pos == "verb" and text[ev.t_start:ev.t_end].lower().endswith("ing") and \
            _ADJUNCT_COMMA.search(text, max(ev.sent[0], ev.t_start - 24), ev.t_start) and (main := next(
                (e for e in reversed(doc.sentence_events) if e is not ev and e.pos == "verb" and e.t_end <= ev.t_start and
                 e.date_basis == "text"), None)) is not None:
        # "severed ties with Iran in 2018, accusing it of ...": a participial adjunct is at its main clause's time
        ev.date, ev.date_basis, ev.timex = main.date, main.date_basis, main.timex
        ev.data["mod"] = main.data.get("mod", "")
        return
    if (host := relative_host(doc, ev)) is not None:
        # "paid a state visit to China last month, during which he attended ...": the act inside the visit is dated
        # by it
        ev.date, ev.date_basis, ev.timex = host.date, host.date_basis, host.timex
        ev.data["mod"] = host.data.get("mod", "")
        return
    if ev.coref >= 0:
        ante = doc.events[ev.coref]
        ev.date, ev.date_basis, ev.timex = ante.date, ante.date_basis, ante.timex
        ev.data["mod"] = ante.data.get("mod", "")
        return
    ev.date = doc.dct or ""
    ev.date_basis = "publication" if doc.dct else "none"
