"""More classes found with the lead's own probe sentences (wire style, none from a corpus): each test is a sentence of
our own in the class, with the events the guidelines call right, and look-alikes that must stay as they are."""

from __future__ import annotations

import pytest
from conftest import assert_coded


@pytest.mark.parametrize("text, expected", [
    # the bare verb "call" with a state's actor as its object and nothing after it but a time, a purpose of talking
    # or a coordinated verb is a phone call (041); the coordinated verb keeps the caller as its subject
    ("Lula called Maduro late on Tuesday.", {("BRA", "VEN", "041", False)}),
    ("The French president called his Russian counterpart on Monday.", {("FRA", "RUS", "041", False)}),
    ("The Kenyan president called Museveni to discuss the border dispute.", {("KEN", "UGA", "041", False)}),
    ("Biden calls Xi", {("USA", "CHN", "041", False)}),
    ("Scholz called Erdogan on Monday and urged Turkey to ratify Sweden's membership.",
     {("DEU", "TUR", "041", False), ("DEU", "TUR", "020", False)}),
    # naming is no call: a noun phrase or an adjective after the object, or "called" after a noun
    ("Zelensky called Putin a war criminal.", set()),
    ("Trump called Kim a rocket man.", set()),
    ("Blinken called Iran's proposal unacceptable.", set()),
    ("A group called Hamas claimed the attack.", set()),
    # "called X to <act of X>" is an appeal wording, not a call: no call is reported
    ("Erdogan called Russia and Ukraine to return to talks.", set()),
])
def test_the_bare_verb_call_with_an_actor_object_is_a_phone_call(text, expected):
    assert_coded(text, "2024-03-13", expected)
