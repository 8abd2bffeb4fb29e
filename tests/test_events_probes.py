"""Classes found with probe sentences the lead wrote in wire style (none from a corpus): each test is a sentence of
our own in the class, with the events the guidelines call right, and the look-alikes that must stay as they are."""

from __future__ import annotations

import pytest
from conftest import assert_coded


@pytest.mark.parametrize("text, expected", [
    # property handed back to a state is a return (0842, root 08), as people freed are (0841)
    ("Belgium returned a dozen looted artefacts to Rwanda on Tuesday.", {("BEL", "RWA", "084", False)}),
    ("The navy returned the seized fishing vessel to Vietnam.", set()),  # no state acts ("the navy" of whom?)
    ("Malaysia returned the seized tanker to Iran.", {("MYS", "IRN", "084", False)}),
    ("Britain returned the stolen manuscripts to Ethiopia.", {("GBR", "ETH", "084", False)}),
    # going back is no return of anything: a leader or an envoy returning to a capital
    ("Erdogan returned to Ankara on Friday after the talks.", set()),
    ("The Polish ambassador returned to Minsk after a month away.", set()),
    ("Japan's envoy will return to Seoul next week.", set()),
    # what is "returned" must be held property or people, not words
    ("Austria returned the compliment to Hungary.", set()),
])
def test_returned_property_is_a_return(text, expected):
    assert_coded(text, "2024-03-15", expected)


@pytest.mark.parametrize("text, location", [
    # a state inside a hyphenated modifier is no place ("in UAE-brokered talks", "in a US-led push")
    ("Armenia and Azerbaijan swapped prisoners in UAE-brokered talks.", ""),
    ("Iran and Saudi Arabia met in China-hosted talks.", ""),
    # a real place after "in" stays, hyphenated names included
    ("Iran and Saudi Arabia held talks in Beijing.", "Beijing"),
])
def test_a_state_inside_a_hyphenated_modifier_is_no_place(text, location):
    from communique.events.extract import extract_events

    table = extract_events(text, "2024-03-15")
    assert len(table) >= 1 and set(table["location"]) == {location}, table[["trigger", "location"]].values.tolist()


@pytest.mark.parametrize("text, expected", [
    # a meeting noun before a passive "held"/"conducted": the parties are after "between", wherever they come
    ("Talks were held in Oslo between Colombia and Venezuela.", {("COL", "VEN", "044", False)}),
    ("Negotiations were conducted in Doha on Sunday between Ethiopia and Eritrea.", {("ETH", "ERI", "046", False)}),
    ("A meeting was held in Cairo between the Egyptian and Jordanian foreign ministers.",
     {("EGY", "JOR", "043", False)}),
    # a by-agent of a passive after a noun trigger stays the source
    ("Sanctions were imposed on Belarus by the European Union.", {("IGO:EU", "BLR", "163", False)}),
])
def test_a_passive_after_a_meeting_noun_keeps_its_parties(text, expected):
    assert_coded(text, "2024-03-15", expected)
