"""Classes found with the lead's own probe sentences (none from a corpus), session 2026-12-03 (third stop):
each test is a sentence of our own in the class, with the events the guidelines call right."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded

DCT = "2024-07-24"


@pytest.mark.parametrize("text, expected", [
    # the state where a meeting's topic situation is ("on the crisis in X") is no party to the meeting
    ("Egypt will host a summit on the conflict in Sudan next week.", set()),
    ("France hosted talks on the war in Ukraine on Monday.", set()),
    ("Kenya hosted a meeting of regional leaders on the crisis in Somalia.", set()),
    # nor is a state naming the crisis before the meeting noun ("Burundi crisis summit") its subject
    ("Tanzania hosts Burundi crisis summit in Arusha", set()),
    ("Putin held a Syria crisis meeting with Erdogan", {("RUS", "TUR", "040", False)}),
    # a party named beside the topic still takes part
    ("France held a meeting with Chad on the conflict in Sudan.", {("FRA", "TCD", "040", False)}),
    ("Putin and Erdogan held talks on the war in Syria.", {("RUS", "TUR", "046", False)}),
])
def test_the_state_of_a_meetings_topic_is_no_party(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("text, expected", [
    # welcoming the people of a state (cues/guest_heads.txt) is hosting them, as welcoming a named guest is
    ("The Brazilian president welcomed the leaders of Chile and Peru to a summit in Brasilia.",
     {("BRA", "CHL", "043", False), ("BRA", "PER", "043", False)}),
    ("Erdogan welcomed a delegation from Iran to Ankara.", {("TUR", "IRN", "043", False)}),
    ("Erdogan welcomed a delegation from Iran.", {("TUR", "IRN", "043", False)}),
    # hosting or meeting people from a state is a meeting with it
    ("Erdogan hosted a delegation from Iran.", {("TUR", "IRN", "043", False)}),
    ("The Qatari emir met envoys from Israel in Doha.", {("QAT", "ISR", "043", False)}),
    # welcoming an act or a membership is approval
    ("Germany welcomed the decision of Poland to join the talks.", {("DEU", "POL", "051", False)}),
    ("France welcomed the return of Syria to the Arab League.", {("FRA", "SYR", "051", False)}),
    ("Germany welcomed Finland to NATO.", {("DEU", "FIN", "051", False)}),
])
def test_welcoming_a_states_people_hosts_them(text, expected):
    assert_coded(text, DCT, expected)


_GUEST_HEADS = Path(__file__).resolve().parents[1] / "src/communique/events/data/cues/guest_heads.txt"


@pytest.mark.parametrize("head", [
    line.strip() for line in _GUEST_HEADS.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")])
def test_each_guest_head_makes_a_welcome_a_hosting(head):
    # the line's alternatives in their plain forms: "leaders?" -> "leader", "heads? of state" -> "head of state"
    phrase = head.replace("?", "")
    assert_coded(f"Brazil welcomed the {phrase} of Chile to Brasilia.", DCT, {("BRA", "CHL", "043", False)})


def _story(*sentences: str) -> str:
    return "\n\n".join(sentences)


@pytest.mark.parametrize("text, expected", [
    # "the three leaders" opening a clause: the states of the story's last act by several named subjects
    (_story("The leaders of Poland, France and Germany arrived in Kyiv by train on Saturday.",
            "The three leaders called on Russia to accept a ceasefire."),
     {("POL", "UKR", "042", False), ("FRA", "UKR", "042", False), ("DEU", "UKR", "042", False),
      ("POL", "RUS", "025", False), ("FRA", "RUS", "025", False), ("DEU", "RUS", "025", False)}),
    # or of a meeting of several parties, all of them
    (_story("The foreign ministers of Egypt, Jordan and Saudi Arabia met in Cairo on Monday.",
            "Later, the three ministers urged Israel to allow aid into Gaza."),
     {("EGY", "JOR", "043", False), ("EGY", "SAU", "043", False),
      ("EGY", "ISR", "023", False), ("JOR", "ISR", "023", False), ("SAU", "ISR", "023", False)}),
    # a number that is not the group's is a group the story has not named
    (_story("The leaders of Poland, France and Germany arrived in Kyiv by train on Saturday.",
            "The four leaders called on Russia to accept a ceasefire."),
     {("POL", "UKR", "042", False), ("FRA", "UKR", "042", False), ("DEU", "UKR", "042", False)}),
    # a group as a verb's object: each of its states
    (_story("The leaders of Poland, France and Germany arrived in Kyiv by train on Saturday.",
            "Zelensky thanked the three leaders for their visit."),
     {("POL", "UKR", "042", False), ("FRA", "UKR", "042", False), ("DEU", "UKR", "042", False),
      ("UKR", "POL", "051", False), ("UKR", "FRA", "051", False), ("UKR", "DEU", "051", False)}),
    # as is a pair ("the two leaders" has its own rule)
    (_story("France and Germany imposed sanctions on Iran.", "The leaders of the three countries met later."),
     {("FRA", "IRN", "163", False), ("DEU", "IRN", "163", False)}),
])
def test_a_numbered_group_is_the_storys_last_group_of_states(text, expected):
    assert_coded(text, "2025-05-10", expected)


@pytest.mark.parametrize("text, expected", [
    # lifting or dropping a veto, withdrawing objections: a yield (patterns.tsv), not the veto ended
    ("Turkey lifted its veto on Sweden's NATO membership.", {("TUR", "SWE", "080", False)}),
    ("Greece dropped its veto on North Macedonia's NATO membership.", {("GRC", "MKD", "080", False)}),
    ("Turkey withdrew its objections to Finland's NATO bid.", {("TUR", "FIN", "080", False)}),
    ("Turkey vetoed Sweden's NATO membership.", {("TUR", "SWE", "129", False)}),
    # the end of a measure demanded is no measure ended
    ("The General Assembly demands the end of the embargo against Cuba.", {("IGO:UN", "CUB", "100", False)}),
])
def test_lifting_a_veto_is_a_yield(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("text, expected", [
    # a blockade of a waterway is force (cues/military_words.txt): a threat of it is 138, to nobody named
    ("Iran threatened to close the Strait of Hormuz.", {("IRN", "", "138", False)}),
    # the state a threatened use of force hits is the one threatened
    ("China threatened a blockade of Taiwan.", {("CHN", "TWN", "138", False)}),
    ("China threatened an invasion of Taiwan.", {("CHN", "TWN", "138", False)}),
    ("Russia warned of consequences for Finland.", {("RUS", "FIN", "130", False)}),
])
def test_a_threatened_use_of_force_and_whom_it_hits(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("text, expected", [
    # a word of aid inside a name is no aid named by the verb: one act, not the noun's and the verb's
    ("Aid was delivered to Sudan by the World Food Programme.", {("IGO:UN", "SDN", "073", False)}),
    # a passive symmetric act with "between X and Y" right after the verb: the two parties
    ("An accord was signed between Peru and Ecuador.", {("PER", "ECU", "057", False)}),
    # but "between" inside a noun's phrase after the verb names that noun's parties
    ("The Kremlin said no date had been agreed for a meeting between Vladimir Putin and Donald Trump.",
     {("RUS", "USA", "040", True)}),
])
def test_one_aid_act_and_passive_parties_between(text, expected):
    from communique.events.extract import extract_events

    assert_coded(text, DCT, expected)
    assert len(extract_events(text, DCT).query("not speculative")) == sum(not e[3] for e in expected)


@pytest.mark.parametrize("text, expected", [
    # "is expected in <place>": a planned visit others expect (patterns.tsv; hedged), its weekday the coming one (timex: "expected in"
    # points ahead)
    ("The Russian foreign minister is expected in Ankara on Thursday.", {("RUS", "TUR", "036", True, "2024-07-25")}),
    ("Rain is expected in Beijing on Thursday.", set()),
])
def test_expected_in_a_place_is_a_planned_visit(text, expected):
    from communique.events.extract import extract_events

    table = extract_events(text, DCT)
    got = {(r.source, r.target, r.cameo, bool(r.speculative), r.date) for r in table.itertuples()}
    assert got == expected, table.values.tolist()
