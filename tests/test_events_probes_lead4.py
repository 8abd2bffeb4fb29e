"""Classes found with the lead's own probe sentences (none from a corpus), session 2026-12-03 (second stop):
each test is a sentence of our own in the class, with the events the guidelines call right."""

from __future__ import annotations

import pytest
from conftest import assert_coded


@pytest.mark.parametrize("text, expected", [
    # a meeting "for" mediated talks: one meeting, and the mediator's mediation once per party
    ("Serbian and Kosovan leaders met in Brussels for EU-mediated talks.",
     {("SRB", "XKX", "044", False), ("IGO:EU", "SRB", "045", False), ("IGO:EU", "XKX", "045", False)}),
    ("Armenia and Azerbaijan met in Washington for US-brokered talks.",
     {("ARM", "AZE", "044", False), ("USA", "ARM", "045", False), ("USA", "AZE", "045", False)}),
])
def test_one_mediation_per_party_in_a_sentence(text, expected):
    from communique.events.extract import extract_events

    assert_coded(text, "2024-03-20", expected)
    assert len(extract_events(text, "2024-03-20")) == len(expected)  # no act twice


@pytest.mark.parametrize("text, expected", [
    # what a hosted guest's talks are about is their content, as for a visit's talks
    ("The French president hosted the German chancellor for talks on military aid to Ukraine.", {("FRA", "DEU", "043", False)}),
    ("Egypt hosts Jordan's king for talks on sanctions against Israel", {("EGY", "JOR", "043", False)}),
    # an act of the host's own after the talks stays an act
    ("China hosted Russia's president for talks, and later sent aid to Serbia.",
     {("CHN", "RUS", "043", False), ("CHN", "SRB", "070", False)}),
])
def test_the_topic_of_a_hosted_guests_talks_is_no_act(text, expected):
    assert_coded(text, "2024-03-16", expected)


@pytest.mark.parametrize("text, expected", [
    # a plan after a preposition is what the warning is against, no charge that the addressee plans it
    ("Moscow warned NATO against deploying troops in Ukraine.", {("RUS", "IGO:NATO", "138", False)}),
    # said of the party, it is a charge
    ("Kyiv says Russia is deploying troops near Kharkiv.", {("UKR", "RUS", "112", False)}),
])
def test_a_warning_against_a_plan_is_no_charge(text, expected):
    assert_coded(text, "2024-03-16", expected)


@pytest.mark.parametrize("domain", [
    line.strip() for line in
    (__import__("pathlib").Path(__file__).resolve().parents[1] / "src/communique/events/data/cues/office_domains.txt")
    .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")])
def test_each_office_domain_makes_a_demonym_title(domain):
    # "<Demonym> <domain> chief <Name>" acts for the demonym's state
    assert_coded(f"Iranian {domain} chief Karim Tabrizi met Saudi officials in Riyadh.", "2023-03-11",
                 {("IRN", "SAU", "042", False)})


@pytest.mark.parametrize("text, expected", [
    ("The deal came after four days of talks between Iran and Saudi Arabia.", {("IRN", "SAU", "046", False)}),
    ("The deal followed talks between Iranian security chief Ali Shamkhani and Saudi national security adviser "
     "Musaad al-Aiban.", {("IRN", "SAU", "046", False)}),
    # a span of a war stays background
    ("Ukraine marked 1,000 days of the war.", set()),
])
def test_a_counted_span_of_talks_took_place(text, expected):
    assert_coded(text, "2023-03-11", expected)
