"""Events: classes of failure found on the sixth single-sentence batch (benchmarks/events_dev/single.txt, s:425-464).

Every case is a sentence written for the class, none copied from the development items; each class has two or
more cases, and one that must stay as it is where the rule could over-reach.
"""

from __future__ import annotations

import pytest

from conftest import assert_coded


DCT = "2024-05-17"  # a Friday


# Withdrawals and ceasefires said with phrasal verbs: "pulled out of", "pulled back from" (087, with the military
# object the withdraw class asks for) and "stopped firing", "ceased firing"; a ceasefire between a state and a
# named non-state party has a null target, as a meeting with one does.
@pytest.mark.parametrize("text, expected", [
    ("Ethiopian troops began pulling out of Somalia on Tuesday.", {("ETH", "SOM", "087", False)}),
    ("Russian forces pulled back from the Georgian town of Gori.", {("RUS", "GEO", "087", False)}),
    ("Thailand and Cambodia stopped firing along their border at noon.", {("THA", "KHM", "087", False)}),
    ("Colombia and the FARC rebels ceased firing on Monday.", {("COL", "", "087", False)}),
    # no military object, no party: not a de-escalation
    ("The carmaker pulled out of Russia last year.", set()),
    ("Britain pulled out of the talks.", set()),
])
def test_phrasal_withdrawals_and_ceasefires(text, expected):
    assert_coded(text, DCT, expected)


# Readiness to a conflictual act ("ready to", "prepared to", "willing to"; cues/readiness.txt) with a condition after
# it threatens that act, as "will" or "would" does: 131 for sanctions or expulsions, 138 for force; without a
# condition the readiness stays a hedged act. "Punished X with (military) force" is a use of force.
@pytest.mark.parametrize("text, expected", [
    ("Canada said it was ready to impose new sanctions on Nicaragua if the detained priests were not freed.",
     {("CAN", "NIC", "131", False)}),
    ("Japan is prepared to expel Russian diplomats if Moscow does not apologise.", {("JPN", "RUS", "131", False)}),
    ("Egypt said it was prepared to punish Ethiopia with military force if the dam cut its share of the Nile.",
     {("EGY", "ETH", "138", False)}),
    ("The United States punished Syria with military force in 2017.", {("USA", "SYR", "190", False)}),
    # no condition: a readiness, not yet a threat or an act
    ("The European Union said it was ready to impose further sanctions on Belarus.",
     {("IGO:EU", "BLR", "163", True)}),
])
def test_conditional_readiness_is_a_threat(text, expected):
    assert_coded(text, DCT, expected)


# "Put X on trial" is a legal action against X (173), as "charged" is; the participle after it ("accusing her of
# spying") is an accusation of the same subject.
@pytest.mark.parametrize("text, expected", [
    ("Russia put an American journalist on trial on Tuesday.", {("RUS", "USA", "173", False)}),
    ("Belarus put two Lithuanian citizens on trial, accusing them of smuggling.",
     {("BLR", "LTU", "173", False), ("BLR", "LTU", "112", False)}),
    ("Iran will put a British tourist on trial next month.", {("IRN", "GBR", "173", True)}),
])
def test_put_on_trial_is_legal_action(text, expected):
    assert_coded(text, DCT, expected)


# Refuge granted is asylum (075), with a time adjunct before its recipient; a state's demonym before the recipient
# names the state the person comes from.
@pytest.mark.parametrize("text, expected", [
    ("Germany granted refuge to two Russian deserters.", {("DEU", "RUS", "075", False)}),
    ("Lithuania granted refuge on Friday to a Belarusian opposition blogger.", {("LTU", "BLR", "075", False)}),
    ("The monks found refuge in Thailand.", set()),
])
def test_refuge_granted_is_asylum(text, expected):
    assert_coded(text, DCT, expected)


# "Said it was sorry (to Y) (for ...)" apologises (055); a degree word before a predicative adjective ("very sorry",
# "very grateful") leaves it an adjective, not a noun after a determiner.
@pytest.mark.parametrize("text, expected", [
    ("Japan said it was sorry to South Korea for the collision.", {("JPN", "KOR", "055", False)}),
    ("Canberra said it was very sorry for the death of an Indonesian fisherman.", {("AUS", "IDN", "055", False)}),
    ("Britain was very grateful to Poland.", {("GBR", "POL", "051", False)}),
    # sorry about another's act: no apology to anyone
    ("Britain said it was sorry that Iran had rejected the offer.", set()),
])
def test_saying_sorry_apologises(text, expected):
    assert_coded(text, DCT, expected)


# A ship, cargo, aircraft or assets seized are property (171, cues/seized_property.txt), as a town seized is territory
# (192); people seized are arrested (173).
@pytest.mark.parametrize("text, expected", [
    ("Iran seized a Greek-flagged oil tanker in the Gulf of Oman.", {("IRN", "GRC", "171", False)}),
    ("Russia seized three Ukrainian navy vessels near the Kerch Strait.", {("RUS", "UKR", "171", False)}),
    ("Russia seized three Ukrainian sailors.", {("RUS", "UKR", "173", False)}),
])
def test_seized_property(text, expected):
    assert_coded(text, DCT, expected)


# "X and its ally (neighbour, partner) Y" is a list of two actors, as a subject and as an object
# (cues/coordinated_relations.txt); "X and its forces" adds no second party.
@pytest.mark.parametrize("text, expected", [
    ("Russia and its close ally Belarus condemned Poland.", {("RUS", "POL", "111", False), ("BLR", "POL", "111", False)}),
    ("The United Arab Emirates and its neighbour Oman recalled their ambassadors from Qatar.",
     {("ARE", "QAT", "161", False), ("OMN", "QAT", "161", False)}),
    ("Iran condemned Saudi Arabia and its ally Bahrain.", {("IRN", "SAU", "111", False), ("IRN", "BHR", "111", False)}),
    ("Russia and its forces attacked Ukraine.", {("RUS", "UKR", "190", False)}),
])
def test_and_its_ally_is_a_list(text, expected):
    assert_coded(text, DCT, expected)


# A demand's addressee: the subject of its that-clause after a time adjunct ("demanded on Sunday that France pay"),
# as for agreements and pledges; and, for a demand coordinated after a verb with a target, that verb's target
# ("summoned Iran's ambassador and demanded the release of ...": the demand is made to Iran).
@pytest.mark.parametrize("text, expected", [
    ("Australia demanded on Tuesday that Indonesia return the seized fishing boats.", {("AUS", "IDN", "100", False)}),
    ("Britain summoned the Russian ambassador and demanded an explanation.",
     {("GBR", "RUS", "114", False), ("GBR", "RUS", "100", False)}),
    # no earlier target and no addressee: the demand stays open
    ("Kenya demanded on Monday an end to the fighting.", {("KEN", "", "100", False)}),
])
def test_demand_addressee_after_an_adjunct_or_shared(text, expected):
    assert_coded(text, DCT, expected)


# A time adjunct may open the gap of a phrasal pattern ('accept * proposal', 'break off * relations', 'lift * ban'):
# "accepted on Tuesday a Russian proposal" as "accepted a Russian proposal" (cues/verb_adjuncts.txt).
@pytest.mark.parametrize("text, expected", [
    ("Ethiopia accepted on Monday a Kenyan proposal for talks.", {("ETH", "KEN", "036", False)}),
    ("Georgia broke off on Friday diplomatic relations with Russia.", {("GEO", "RUS", "161", False)}),
    ("Japan lifted last month its ban on Chinese seafood.", {("JPN", "CHN", "085", False)}),
])
def test_time_adjunct_inside_a_phrasal_pattern(text, expected):
    assert_coded(text, DCT, expected)


# A quantifier ("more than 100", "at least 40") and a second counted noun ("1,000 rifles and 500 missiles") stay
# inside the object between a verb and its target.
@pytest.mark.parametrize("text, expected", [
    ("Thailand deported more than 200 Cambodian workers on Friday.", {("THA", "KHM", "174", False)}),
    ("Britain sent 30 tanks and 100 armoured vehicles to Ukraine.", {("GBR", "UKR", "072", False)}),
    ("Norway will send at least 40 rescuers to Turkey.", {("NOR", "TUR", "033", False)}),
])
def test_quantified_objects(text, expected):
    assert_coded(text, DCT, expected)


# "Near" is a preposition of place (prepositions.toml): the state named after it is where two parties meet, not the
# object of the meeting; classes that take it as their target (a show of force "near the Ukrainian border") keep it.
@pytest.mark.parametrize("text, expected", [
    ("Armenian and Azerbaijani officials met near the Georgian border on Friday.", {("ARM", "AZE", "040", False)}),
    ("Sudan and South Sudan met near the Ethiopian border.", {("SDN", "SSD", "040", False)}),
    ("Russia massed troops near the Ukrainian border.", {("RUS", "UKR", "154", False)}),
])
def test_near_is_a_place_preposition(text, expected):
    assert_coded(text, DCT, expected)


# Nominalised acts on relations ("the normalisation / restoration / resumption of relations with", 050; "the
# establishment of diplomatic relations with", 054), with the subject of a light verb as source, also across a time
# adjunct ("announced on Tuesday the normalisation of relations with Vietnam").
@pytest.mark.parametrize("text, expected", [
    ("Egypt announced the restoration of diplomatic relations with Iran.", {("EGY", "IRN", "050", False)}),
    ("The United States announced on Tuesday the normalisation of relations with Cuba.", {("USA", "CUB", "050", False)}),
    ("Bahrain announced the establishment of diplomatic relations with Israel.", {("BHR", "ISR", "054", False)}),
    # a hedged nominal stays hedged
    ("The normalisation of relations between Israel and Saudi Arabia is unlikely this year.",
     {("ISR", "SAU", "050", True)}),
])
def test_nominalised_relations(text, expected):
    assert_coded(text, DCT, expected)


# A verdict in a free relative after an act (", in what London called an act of state piracy") is criticism (111)
# of that act's source by the actor it names (cues/evaluative.txt); an unnamed judge, or no verdict, gives nothing.
@pytest.mark.parametrize("text, expected", [
    ("Russia expelled two Estonian diplomats, in what Tallinn described as an unjustified provocation.",
     {("RUS", "EST", "166", False), ("EST", "RUS", "111", False)}),
    ("China detained a Japanese businessman on Monday, in what Tokyo called a blatant violation of international law.",
     {("CHN", "JPN", "173", False), ("JPN", "CHN", "111", False)}),
    ("Russia expelled two Estonian diplomats, in what officials called a routine step.", {("RUS", "EST", "166", False)}),
])
def test_in_what_x_called_is_a_verdict(text, expected):
    assert_coded(text, DCT, expected)


# "Landed in/at" is an arrival (042); peacekeepers who arrive or land are deployed (074, cues/peacekeepers.txt), and a
# munition that lands is neither a visit nor a delivery (cues/munitions.txt).
@pytest.mark.parametrize("text, expected", [
    ("The Chinese foreign minister landed in Moscow on Monday.", {("CHN", "RUS", "042", False)}),
    ("Rwandan peacekeepers arrived in Bangui on Thursday.", {("RWA", "CAF", "074", False)}),
    ("The first Kenyan peacekeepers landed at Port-au-Prince airport on Tuesday.", {("KEN", "HTI", "074", False)}),
    ("A Russian missile landed in Poland on Tuesday.", set()),
])
def test_landing_and_deployed_peacekeepers(text, expected):
    assert_coded(text, DCT, expected)


# Surrounding or encircling a state "with" warships or aircraft is a show of force (150); "surrounded itself with
# allies" names no state.
@pytest.mark.parametrize("text, expected", [
    ("Chinese forces encircled Taiwan with ships and jets.", {("CHN", "TWN", "150", False)}),
    ("Russia surrounded Ukraine with troops and tanks last winter.", {("RUS", "UKR", "150", False)}),
    ("Russia surrounded itself with allies.", set()),
])
def test_surrounded_with_forces_is_a_show_of_force(text, expected):
    assert_coded(text, DCT, expected)


# The parties of a nominalised act in its PP ("the signing of the accord by Israel and the PLO", "between X and the
# Y") are both coordinated members, with an article before the second and however long the first one's title; a body,
# a title and a name ("PLO official Mahmoud Abbas") are one party of a coordinated subject.
@pytest.mark.parametrize("text, expected", [
    ("The signing of the treaty by Egypt and the Sudan on Monday was a turning point.", {("EGY", "SDN", "057", False)}),
    ("The signing of the accord by Colombian Foreign Minister Alvaro Leyva and Venezuelan envoy Carlos Perez on Friday "
     "was welcomed.", {("COL", "VEN", "057", False)}),
    ("Israeli Foreign Minister Shimon Peres and PLO official Mahmoud Abbas signed the accord.",
     {("ISR", "PSE", "057", False)}),
    ("Russian official Ivan Petrov met Chinese diplomat Li Wei.", {("RUS", "CHN", "040", False)}),
])
def test_parties_of_a_nominalised_signing(text, expected):
    assert_coded(text, DCT, expected)


# Refined rejections: Security Council resolutions blocked are vetoes (129, towards IGO:UN, the state after the noun is
# the content), and mediation rejected or rebuffed is 126; an EU package blocked stays 120.
@pytest.mark.parametrize("text, expected", [
    ("China and Russia blocked two resolutions on Myanmar.",
     {("CHN", "IGO:UN", "129", False), ("RUS", "IGO:UN", "129", False)}),
    ("Venezuela rejected an offer of mediation from Brazil and Colombia.",
     {("VEN", "BRA", "126", False), ("VEN", "COL", "126", False)}),
    ("Hungary blocked the EU's sanctions package.", {("HUN", "IGO:EU", "120", False)}),
])
def test_vetoed_resolutions_and_rejected_mediation(text, expected):
    assert_coded(text, DCT, expected)


# A mediator ("a US-brokered truce") mediates towards each party of the act it brokered, and a named non-state party
# of that act is a null target, as the act's own.
@pytest.mark.parametrize("text, expected", [
    ("Colombia and the FARC rebels stopped firing on Monday under a Cuban-brokered truce.",
     {("COL", "", "087", False), ("CUB", "COL", "045", False), ("CUB", "", "045", False)}),
    ("Israel signed a Swiss-brokered deal with Syria.",
     {("ISR", "SYR", "057", False), ("CHE", "ISR", "045", False), ("CHE", "SYR", "045", False)}),
])
def test_brokered_act_with_a_non_state_party(text, expected):
    assert_coded(text, DCT, expected)


# A fronted adjunct naming the agent of a move ("In a retaliatory move announced by the Kremlin, ...") gives the agent
# of the agentless passive it frames; without a named agent the passive stays agentless (no event).
@pytest.mark.parametrize("text, expected", [
    ("In a move announced by Beijing, two Canadian citizens were detained.", {("CHN", "CAN", "173", False)}),
    ("In a retaliatory step ordered by Tehran, three German diplomats were expelled.", {("IRN", "DEU", "166", False)}),
    ("In a retaliatory move, 25 British diplomats were ordered to leave Moscow.", set()),
])
def test_fronted_move_names_the_passive_agent(text, expected):
    assert_coded(text, DCT, expected)


# A warning's that-clause is its consequence, modal and all: "warned Kampala that signing the bill would complicate
# relations" threatens relations (131), "that joining NATO would bring a military response" force (138).
@pytest.mark.parametrize("text, expected", [
    ("Washington warned Kampala that signing the bill would damage ties.", {("USA", "UGA", "131", False)}),
    ("Russia warned Finland that joining NATO would bring a military response.", {("RUS", "FIN", "138", False)}),
    ("Russia warned Finland that it would take retaliatory steps.", {("RUS", "FIN", "130", False)}),
])
def test_warning_that_clause_is_the_consequence(text, expected):
    assert_coded(text, DCT, expected)
