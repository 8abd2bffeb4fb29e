"""Classes found by reading random events of real news by hand (RUWA seed 9191 and later reads): each test is
a sentence of our own in the class, with the events the guidelines call right."""

from __future__ import annotations

import pytest
from conftest import assert_coded


@pytest.mark.parametrize("text, expected", [
    # a conversation or discussion between two parties is a consultation (040), as a meeting is
    ("Zelensky held a conversation with Biden on aid.", {("UKR", "USA", "040", False)}),
    ("Zelensky and Biden held discussions on sanctions.", {("UKR", "USA", "040", False)}),
    ("The Kenyan president's conversation with the Tanzanian president lasted an hour.", {("KEN", "TZA", "040", False)}),
    # with no second party there is no consultation
    ("The two presidents had a conversation about football.", set()),
])
def test_conversations_and_discussions_are_consultations(text, expected):
    assert_coded(text, "2022-06-03", expected)


@pytest.mark.parametrize("text, expected", [
    # what a meeting is about is its content: the talks, the sanctions named in it are no second event
    ("Zelensky and Biden held a conversation on sanctions, aid and the situation in talks with Russia.",
     {("UKR", "USA", "040", False)}),
    ("Macron had a phone call with Putin about the talks with Kyiv.", {("FRA", "RUS", "041", False)}),
    # a time after 'on' is no topic, and a new verb after the topic is a new act
    ("Putin held talks with Xi on Monday and signed a gas deal with China.",
     {("RUS", "CHN", "046", False), ("RUS", "CHN", "057", False)}),
    ("Putin held talks with Xi on trade, and the two leaders signed a gas deal.",
     {("RUS", "CHN", "046", False), ("RUS", "CHN", "057", False)}),
])
def test_a_meetings_topic_is_its_content(text, expected):
    assert_coded(text, "2022-06-03", expected)


@pytest.mark.parametrize("text, expected", [
    # a nationality, a lower-case title and a name are one party, coordinated with the one before
    ("Biden and Ukrainian official Danilov discussed the economy.", {("USA", "UKR", "040", False)}),
    ("The Kenyan president and Ugandan diplomat Okello Oryem discussed the border.", {("KEN", "UGA", "040", False)}),
    # and the topic's party is no target ("the war with Russia")
    ("The U.S. ambassador Bridget Brink and Ukrainian official Oleksiy Danilov have discussed the war with Russia.",
     {("USA", "UKR", "040", False)}),
])
def test_a_nationality_title_and_name_are_one_coordinated_party(text, expected):
    assert_coded(text, "2022-06-03", expected)


@pytest.mark.parametrize("text, expected", [
    # a meeting judged impossible, pointless or futile, also as an object complement, is no fact
    ("Kyiv said the treatment of the prisoners will make negotiations with the Russian side impossible.",
     {("UKR", "RUS", "036", True)}),
    ("The IAEA said talks with Iran had become futile.", {("IGO:IAEA", "IRN", "046", True)}),
])
def test_a_meeting_judged_impossible_is_no_fact(text, expected):
    assert_coded(text, "2022-09-21", expected)
