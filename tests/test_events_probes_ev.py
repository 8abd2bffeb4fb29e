"""Classes of wrong or missing timeline entries found with the helper's own probe sentences (none from a corpus),
session 2026-12-06: each test is a sentence of our own in the class, with the events the guidelines call right."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_coded

DCT = "2024-07-24"
_CUES = Path(__file__).resolve().parents[1] / "src/communique/events/data/cues"


def _cue_lines(name: str) -> list[str]:
    return [line.strip() for line in (_CUES / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("text, expected", [
    # a state that leads or backs an organisation or institution named after it is no party: the body is
    ("Armenia froze its participation in the Russian-led CSTO.", {("ARM", "IGO:CSTO", "160", False)}),
    ("Kazakhstan asked the Russian-led CSTO for help.", {("KAZ", "IGO:CSTO", "023", False)}),
    ("Serbia criticised the US-led NATO alliance.", {("SRB", "IGO:NATO", "111", False)}),
    ("The UN-backed government in Libya accused Russia of sending mercenaries.", {("LBY", "RUS", "112", False)}),
    ("The Western-backed unity government in Libya accused Egypt of meddling.", {("LBY", "EGY", "112", False)}),
    # with no body after it the state leads the act itself
    ("US-led strikes hit Houthi targets in Yemen.", {("USA", "", "190", False)}),
    ("The Saudi-led coalition bombed Sanaa.", {("SAU", "YEM", "195", False)}),
    # an organisation's name as a modifier of a thing: the state leads the thing, and stays an actor
    ("Fiji praised the Tuvalu-led UN initiative.", {("FJI", "TUV", "051", False)}),
])
def test_the_sponsor_of_a_body_is_no_actor(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("participle", [p.replace("[sz]", "s") for p in _cue_lines("sponsor_participles.txt")])
def test_each_sponsor_participle_leaves_the_organisation_the_target(participle):
    assert_coded(f"Serbia criticised the US-{participle} NATO alliance.", DCT, {("SRB", "IGO:NATO", "111", False)})


@pytest.mark.parametrize("body", _cue_lines("sponsored_bodies.txt"))
def test_each_sponsored_body_is_no_act_of_its_sponsor(body):
    # (the body names no state of its own here: no source at all, and never Turkey)
    assert_coded(f"The Turkish-backed {body} accused Egypt of meddling.", DCT, set())


@pytest.mark.parametrize("thing", [t.replace("?", "") for t in _cue_lines("sponsored_things.txt")])
def test_each_sponsored_thing_keeps_its_leader(thing):
    assert_coded(f"Fiji praised the Tuvalu-led UN {thing}.", DCT, {("FJI", "TUV", "051", False)})


@pytest.mark.parametrize("text, expected", [
    # the US executive departments by their short names (actors_extra.csv seat rows), one sentence per row
    ("The Department of State condemned North Korea's missile launch.", {("USA", "PRK", "111", False)}),
    ("The Justice Department accused China of hacking.", {("USA", "CHN", "112", False)}),
    ("The Commerce Department imposed export controls on China.", {("USA", "CHN", "163", False)}),
    ("The Treasury Department imposed sanctions on Venezuela on Monday.", {("USA", "VEN", "163", False)}),
    ("The Department of the Treasury imposed sanctions on Cuba.", {("USA", "CUB", "163", False)}),
    # "the Treasury" alone is the treasury of the story's dateline capital (cues/dateline_institutions.txt), none
    # without one (British news says it of its own)
    ("WASHINGTON - The Treasury imposed sanctions on Iran on Monday.", {("USA", "IRN", "163", False)}),
    ("LONDON - The Treasury criticised Russia on Monday.", {("GBR", "RUS", "111", False)}),
    ("The Treasury imposed sanctions on Iran.", set()),
    # after another state's name or adjective the department is that state's (an institution of the state)
    ("Ireland's Justice Department criticised Britain.", {("IRL", "GBR", "111", False)}),
    ("The British Treasury criticised Russia.", {("GBR", "RUS", "111", False)}),
    ("The Philippine Department of Justice accused China of harassment.", {("PHL", "CHN", "112", False)}),
])
def test_us_departments_by_their_short_names(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("text, place", [
    # a venue named with "the" and lower-case words (actors_extra.csv city row) is its city
    ("Xi hosted Putin at the Great Hall of the People on Tuesday.", "Beijing"),
    ("Putin visited the Great Hall of the People.", "Beijing"),
])
def test_a_venue_is_the_place_of_its_city(text, place):
    from communique.events.extract import extract_events

    assert extract_events(text, DCT)["location"].tolist() == [place]


@pytest.mark.parametrize("text, expected", [
    # two mentions of one act with one code and the same actors in a sentence are one entry
    ("Biden met Xi in San Francisco, meeting the Chinese leader for four hours.", {("USA", "CHN", "043", False)}),
    ("Germany pledged aid to Ukraine, pledging more air defence systems to Ukraine.", {("DEU", "UKR", "033", False)}),
    ("Poland expelled a Russian diplomat and expelled another Russian envoy.", {("POL", "RUS", "166", False)}),
    # two codes stay two acts
    ("Poland expelled a Russian diplomat and recalled its ambassador from Moscow.",
     {("POL", "RUS", "166", False), ("POL", "RUS", "161", False)}),
])
def test_one_code_twice_in_a_sentence_is_one_entry(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("text, expected", [
    # a subordinate clause's own subject is its verb's: one naming no actor gives no event, never the main subject's
    ("France recalled its ambassador from Niger after the junta demanded his departure.",
     {("FRA", "NER", "161", False)}),
    ("Sweden closed its embassy in Tehran after the new regime had threatened its staff.",
     {("SWE", "IRN", "161", False)}),
    # one naming an actor acts
    ("Kenya hosted Somalia's president before he visited Ethiopia.",
     {("KEN", "SOM", "043", False), ("SOM", "ETH", "042", False)}),
    ("Mali expelled the French ambassador after the French president criticised Mali's junta.",
     {("MLI", "FRA", "166", False), ("FRA", "MLI", "111", False)}),
])
def test_a_subordinate_clause_keeps_its_own_subject(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("word", _cue_lines("subordinators.txt"))
def test_each_subordinator_opens_a_clause_with_its_own_subject(word):
    assert_coded(f"France recalled its ambassador from Niger {word} the junta demanded his departure.", DCT,
                 {("FRA", "NER", "161", False)})


@pytest.mark.parametrize("text, expected", [
    # a demonym before goods or assets is no partner of a cooperative act (the state only before an actor noun)
    ("Germany agreed to buy Russian gas.", set()),
    ("India agreed to buy more Russian oil.", set()),
    ("The EU agreed to use profits from frozen Russian assets to arm Ukraine.", {("IGO:EU", "UKR", "030", False)}),
    # a measure against them still hits the state
    ("The US imposed sanctions on Russian oil.", {("USA", "RUS", "163", False)}),
])
def test_a_states_goods_are_no_partner(text, expected):
    assert_coded(text, DCT, expected)


@pytest.mark.parametrize("noun", [n.replace("[sz]", "s").replace("?", "") for n in _cue_lines("commodity_nouns.txt")])
def test_each_commodity_noun_is_no_partner(noun):
    assert_coded(f"Germany agreed to take more Russian {noun}.", DCT, set())


def _places(text: str) -> list[tuple[str, str, str]]:
    from communique.events.extract import extract_events

    return [(r.source, r.cameo, r.location) for r in extract_events(text, DCT).itertuples()]


@pytest.mark.parametrize("text, expected", [
    # a place inside what a text or an appeal asks is not where the act happened
    ("Russia vetoed a UN resolution calling for a ceasefire in Gaza.", [("RUS", "129", "")]),
    ("Egypt called for a ceasefire in Gaza.", [("EGY", "025", "")]),
    ("Qatar urged Israel to halt its offensive in Gaza.", [("QAT", "025", "")]),
    # the appeal's own place: right after its addressee, or the occasion it was made at
    ("Blinken urged Netanyahu in Jerusalem to accept the deal.", [("USA", "020", "Jerusalem")]),
    ("Egypt urged Israel to allow aid into Gaza at a summit in Cairo.", [("EGY", "023", "Cairo")]),
])
def test_a_place_inside_what_is_asked_is_no_location(text, expected):
    assert _places(text) == expected


@pytest.mark.parametrize("word", _cue_lines("content_participles.txt"))
def test_each_content_participle_keeps_its_place_out(word):
    assert _places(f"Russia vetoed a UN resolution {word} an end to the fighting in Gaza.") == [("RUS", "129", "")]


@pytest.mark.parametrize("text, expected", [
    # two parties trading accusations or threats (patterns.tsv): each accuses or threatens the other
    ("India and Pakistan traded accusations over the attack.",
     {("IND", "PAK", "112", False), ("PAK", "IND", "112", False)}),
    ("Armenia exchanged accusations with Azerbaijan.", {("ARM", "AZE", "112", False), ("AZE", "ARM", "112", False)}),
    ("Iran and Israel traded threats on Monday.", {("IRN", "ISR", "130", False), ("ISR", "IRN", "130", False)}),
    ("Serbia and Kosovo traded bitter accusations.", {("SRB", "XKX", "112", False), ("XKX", "SRB", "112", False)}),
    # a reciprocal act of cooperation stays one event
    ("Russia and Ukraine exchanged prisoners.", {("RUS", "UKR", "084", False)}),
    # a headline's trade that the lead tells one way round: the lead's direction
    ("Chad, Sudan trade accusations over border raids\\n\\nSudan accused Chad of arming rebels in Darfur on Monday.",
     {("SDN", "TCD", "112", False)}),
])
def test_traded_accusations_go_both_ways(text, expected):
    assert_coded(text.replace("\\n", "\n"), DCT, expected)


@pytest.mark.parametrize("text, expected", [
    # refusing to attend a meeting or declining an invitation rejects a proposal to meet (125), no planned visit (036)
    ("Macron declined to attend the summit in Moscow.", {("FRA", "RUS", "125", False)}),
    ("India declined to attend the peace summit in Switzerland.", {("IND", "CHE", "125", False)}),
    ("Russia refused to attend the talks in Kyiv.", {("RUS", "UKR", "125", False)}),
    ("Lula declined Putin's invitation.", {("BRA", "RUS", "125", False)}),
    # suspending or freezing a membership reduces relations with the body (160)
    ("Armenia suspended its participation in the CSTO.", {("ARM", "IGO:CSTO", "160", False)}),
    # media are never a source (EVENTS_GUIDELINES): what they report is coded, their own verdicts are not
    ("State media said China condemned Japan.", {("CHN", "JPN", "111", False)}),
    ("North Korean state media condemned the United States.", set()),
    ("Chinese state media accused Japan of provoking tensions.", set()),
])
def test_refusals_suspensions_and_media(text, expected):
    assert_coded(text, DCT, expected)
