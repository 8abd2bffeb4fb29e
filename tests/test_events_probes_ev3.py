"""Classes of wrong timeline entries found on real news (session 2026-12-06, helper ev3): each test is a sentence of
our own in the class, with the events the guidelines call right."""

from __future__ import annotations

import pytest
from conftest import assert_coded

DCT = "2022-05-01"


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
