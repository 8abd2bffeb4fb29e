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


@pytest.mark.parametrize("text, expected", [
    # an occasion after a pledge's content is no content: the visit is an act, its visitor no party to the pledge
    ("Vietnam and the Philippines pledged to boost cooperation during a visit by Putin to Hanoi.",
     {("VNM", "PHL", "030", False), ("RUS", "VNM", "042", False)}),
    ("Morocco and Spain vowed to deepen cooperation on migration.", {("MAR", "ESP", "030", False)}),
    # an occasion before the content does not end it
    ("Brazil pledged at the summit in Nairobi to provide 5 million dollars to Haiti.", {("BRA", "HTI", "033", False)}),
    # a named summit far into an appeal is part of what is asked
    ("Kenya called on the United Nations to support its government in the spirit of the pact agreed to at the "
     "recently concluded Summit of the Future.", {("KEN", "IGO:UN", "020", False)}),
])
def test_an_occasion_ends_the_content_of_a_pledge(text, expected):
    assert_coded(text, "2024-09-25", expected)


@pytest.mark.parametrize("text, expected", [
    # the clause's subject met the party after "with"; a possessive ("its envoy") stands for the object
    ("Indonesia thanked the EU for its support during a meeting with its envoy in Jakarta on Monday.",
     {("IDN", "IGO:EU", "051", False), ("IDN", "IGO:EU", "043", False)}),
    ("Indonesia criticised China during a meeting with Japanese officials.",
     {("IDN", "CHN", "111", False), ("IDN", "JPN", "040", False)}),
])
def test_a_meeting_in_a_during_adjunct_is_the_subjects(text, expected):
    assert_coded(text, "2023-08-31", expected)


def test_an_act_during_a_meeting_takes_the_meetings_date():
    from communique.events.extract import extract_events

    table = extract_events("Indonesia thanked the EU for its support during a meeting with its envoy in Jakarta on Monday.",
                           "2023-08-31")
    assert set(table["date"]) == {"2023-08-28"}


def test_an_unrefined_intent_beside_its_refinement_is_one_act():
    from communique.events.extract import extract_events

    text = ("Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in Sydney on Wednesday. "
            "The two leaders agreed to hold annual summits.")
    table = extract_events(text, "2023-05-24")
    assert sorted(table["cameo"]) == ["036", "042"]


@pytest.mark.parametrize("text, expected", [
    # stated readiness to cooperate is an intent (03)
    ("Russia is ready to cooperate with Turkey on grain exports.", {("RUS", "TUR", "030", False)}),
    ("Egypt said it was ready to restore relations with Iran.", {("EGY", "IRN", "030", False)}),
    # a modal, a conditional or a condition keeps it hedged
    ("Egypt might be ready to restore relations with Iran.", {("EGY", "IRN", "050", True)}),
    ("Egypt would be ready to restore relations with Iran if the attacks stop.", {("EGY", "IRN", "050", True)}),
    ("Egypt is ready to restore relations with Iran if the attacks stop.", {("EGY", "IRN", "050", True)}),
    # a plain act of cooperation
    ("Chile cooperated with Peru on border security.", {("CHL", "PER", "050", False)}),
])
def test_readiness_to_cooperate_is_an_intent(text, expected):
    assert_coded(text, "2023-05-24", expected)


@pytest.mark.parametrize("text, expected", [
    # a business after a demonym is no agent of a passive either
    ("The deal was brokered by US firm Arbor Networks.", set()),
    ("The deal was brokered by the US.", {("USA", "", "045", False)}),
])
def test_a_business_is_no_passive_agent(text, expected):
    assert_coded(text, "2005-05-15", expected)


@pytest.mark.parametrize("text, expected", [
    # "contributes to <a process>" names a cause, no gift
    ("Ukraine's war also contributes to the increasing use of small arms.", set()),
    ("Japan contributed 100 million dollars to Ukraine.", {("JPN", "UKR", "071", False)}),
    # an obligation put on a party is no act done
    ("The judgment obliged the United States to recognize Nicaragua.", {("USA", "NIC", "054", True)}),
])
def test_causes_and_obligations_are_no_acts(text, expected):
    assert_coded(text, "2024-05-15", expected)


@pytest.mark.parametrize("text, expected", [
    # "it" opening a clause coordinated after a comma is the first clause's subject
    ("Kenya criticised Somalia, and it demanded an apology.", {("KEN", "SOM", "111", False), ("KEN", "", "100", False)}),
    ("Kenya met Ethiopia, and it signed a deal with Somalia.", {("KEN", "ETH", "040", False), ("KEN", "SOM", "057", False)}),
    # a business as that subject: "it" is the business
    ("A US bank criticised Russia, and it demanded compensation.", set()),
])
def test_it_after_a_comma_and_is_the_first_clauses_subject(text, expected):
    assert_coded(text, "2024-09-25", expected)


@pytest.mark.parametrize("text, expected", [
    # a headline's "heads to" is a trip, like "travels to"; its talks are part of it
    ("Blinken heads to Beijing in bid to ease tensions", {("USA", "CHN", "042", False)}),
    ("Scholz heads to China for talks with Xi", {("DEU", "CHN", "042", False)}),
    # no place after it: no trip
    ("Voters in France head to the polls.", set()),
])
def test_heads_to_is_a_trip(text, expected):
    assert_coded(text, "2024-04-23", expected)
