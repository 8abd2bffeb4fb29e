"""Classes of wrong timeline entries found on real news (session 2026-12-06, helper ev3): each test is a sentence of
our own in the class, with the events the guidelines call right."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import assert_coded

DCT = "2022-05-01"
_CUES = Path(__file__).resolve().parents[1] / "src/communique/events/data/cues"


def _cue_lines(name: str) -> list[str]:
    return [line.strip() for line in (_CUES / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text, expected", [
    # "X warns Y <finite verb> ... to <act>": Y is the subject of a that-less clause, and of its infinitive; X only
    # reports it (as with "says")
    ("The US warned Russia could stage an attack as a pretext to invade Georgia",
     {("RUS", "", "190", True), ("RUS", "GEO", "190", True)}),
    ("France warned China could use drills to blockade Taiwan", {("CHN", "TWN", "191", True)}),
    ("Japan warns North Korea might fire a missile to threaten South Korea", {("PRK", "KOR", "130", True)}),
    # a warning with its own object stays a threat of the warner
    ("Poland warned Russia of consequences.", {("POL", "RUS", "130", False)}),
    ("Germany warned Russia not to invade Ukraine.", {("DEU", "RUS", "138", False)}),
])
def test_a_warnings_clause_keeps_its_own_subject(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("text, expected", [
    # ratifying, approving or backing a hostile act (cues/victimising_acts.txt) is no agreement with, nor backing of,
    # its victim; backing it backs its agent named after "by"
    ("Russia's parliament ratified the annexation of three Georgian regions.", set()),
    ("The Duma approved the invasion of Ukraine.", set()),
    ("The Russian Senate endorsed the occupation of Moldovan territory.", set()),
    ("Belarus backed the invasion of Ukraine by Russia.", {("BLR", "RUS", "051", False)}),
    # an agreement or accession stays one with its party
    ("Turkey ratified Finland's accession to NATO.", {("TUR", "FIN", "057", False)}),
    ("Russia ratified the treaty with Ukraine.", {("RUS", "UKR", "057", False)}),
])
def test_assent_to_a_hostile_act_is_no_agreement_with_its_victim(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("text, expected", [
    # a that-clause's own subject (cues/subordinators.txt) is its verb's: one naming no actor gives no event, never
    # an actor from outside the clause
    ("Ukrainian envoys will work to ensure that the new sanctions block the Russian oil industry.", set()),
    ("Britain will ensure that the measures hurt Iran.", set()),
    # one naming an actor acts
    ("Russia said that the country would retaliate against Lithuania.", {("RUS", "LTU", "160", True)}),
    ("Germany said that the German chancellor will visit Kyiv.", {("DEU", "UKR", "036", False)}),
])
def test_a_that_clause_keeps_its_own_subject(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("text, expected", [
    # a state's adjective before a thing rejected that is no proposal, offer or demand of it only says where the thing
    # is from (cues/rejected_proposals.txt): no rejection of the state
    ("Macron refused a Russian virus test during his trip.", set()),
    ("Poland refused Russian gas.", set()),
    # before a proposal, offer or demand the rejection is towards the state
    ("Germany rejected the Russian proposal.", {("DEU", "RUS", "120", False)}),
    ("Germany rejected the Russian peace proposal.", {("DEU", "RUS", "120", False)}),
    ("Kyiv rejected the Russian offer of talks.", {("UKR", "RUS", "120", False)}),
])
def test_a_rejected_things_origin_is_no_target(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("noun", [re.sub(r"\(\?:(\w+)\|.*?\)|\?", r"\1", n) for n in _cue_lines("rejected_proposals.txt")])
def test_each_rejected_proposal_keeps_the_state_the_target(noun):
    from communique.events.extract import extract_events

    table = extract_events(f"Germany rejected the Russian {noun}.", DCT)
    # (a rejected accusation is a denial, with its own code: the state stays the target)
    assert [(r.source, r.target) for r in table.itertuples()] == [("DEU", "RUS")], noun


@pytest.mark.parametrize("text, expected", [
    # deploying experts or advisers (cues/deployed_helpers.txt) to another state is aid (07), no visit nor show of force
    ("Britain deployed cyber specialists in Estonia.", {("GBR", "EST", "070", False)}),
    ("Germany deployed military advisers to Ukraine.", {("DEU", "UKR", "072", False)}),
    # inspectors sent stay a visit, troops a show of force
    ("The IAEA deployed inspectors to Iran.", {("IGO:IAEA", "IRN", "042", False)}),
    ("France deployed troops to Estonia.", {("FRA", "EST", "150", False)}),
])
def test_deployed_helpers_are_aid(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("noun", [re.sub(r"\[(\w)\w*\]|\?", r"\1", n) for n in _cue_lines("deployed_helpers.txt")])
def test_each_deployed_helper_is_aid(noun):
    assert_coded(f"Britain deployed two {noun} to Estonia.", DCT, {("GBR", "EST", "070", False)})


@pytest.mark.parametrize("text, place, speculative", [
    # a place inside a fronted "according to" source phrase is the source's, not the act's; hearsay as the source
    # (cues/hedged_sources.txt) hedges the act, even an intent
    ("According to rumours among defence analysts in Romania, Bucharest will soon send more jets to Kyiv.", "", True),
    ("According to officials in Rome, Italy will send aid to Libya.", "", False),
    # a place of the act itself stays
    ("Germany met Iran in Berlin, according to officials in Paris.", "Berlin", False),
])
def test_an_according_to_phrase_is_no_place_of_the_act(text, place, speculative):
    from communique.events.extract import extract_events

    table = extract_events(text, DCT)
    assert [(r.location, bool(r.speculative)) for r in table.itertuples()] == [(place, speculative)]


@pytest.mark.parametrize("line", _cue_lines("hedged_sources.txt"))
def test_each_hedged_source_makes_the_act_speculative(line):
    from communique.events.extract import extract_events

    words = re.sub(r"\(\?:\[.*?\)\{0,2\}\?|u\?", "", line).replace("  ", " ")
    table = extract_events(f"{words.capitalize()} in Berlin, Germany will send tanks to Ukraine.", DCT)
    assert [(r.source, r.target, r.cameo, bool(r.speculative)) for r in table.itertuples()] == [("DEU", "UKR", "033", True)]
