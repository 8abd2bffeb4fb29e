"""General TimeML classes found while sorting the remaining TempEval-3 TBAQ (development data) errors
(issue 16); every sentence is our own, none is TBAQ's."""

from __future__ import annotations

from communique.timex.tagger import tag


def pairs(text: str, dct: str, genre: str = "news") -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, dct, genre=genre)]


# --- "May" and "March" as a modifier of a noun ------------------------------------------------

def test_may_and_march_after_an_article_modify_a_noun():
    # 2019-02-12: a Tuesday; ahead in a sentence about the future
    assert pairs("The March summit will decide on the budget.", "2019-02-12") == [("March", "2019-03")]
    assert pairs("Their May elections will be the first since the war.", "2019-02-12") == [("May", "2019-05")]


def test_march_as_a_noun_or_may_as_a_verb_stays_out():
    assert pairs("Thousands joined the March on Washington.", "2019-02-12") == []
    assert pairs("The March was peaceful.", "2019-02-12") == []
    assert pairs("He said that May would bring rain.", "2019-02-12") == []
    assert pairs("Veterans will march through the capital.", "2019-02-12") == []


# --- "overnight" before a noun after a day just told -------------------------------------------

def test_overnight_before_a_noun_is_the_night_before_the_day_just_told():
    # 2019-04-29 is a Monday; the market report is about Friday 26th
    text = ("Tokyo shares closed lower on Friday.\n\nThey were hurt early by overnight losses on Wall Street. "
            "The index ended 3% below the previous Friday.")
    assert pairs(text, "2019-04-29") == [("Friday", "2019-04-26"), ("overnight", "2019-04-25TNI"),
                                         ("the previous Friday", "2019-04-19")]


def test_overnight_without_a_day_just_told_is_the_night_before_the_dct():
    assert pairs("Tokyo shares were hurt by overnight losses on Wall Street.", "2019-04-29") == \
        [("overnight", "2019-04-28TNI")]
    # an adverb, not before a noun: unchanged
    assert pairs("Rebels attacked the town on Friday. Overnight, the army shelled it.", "2019-04-29")[-1] == \
        ("Overnight", "2019-04-28TNI")


# --- generic "tomorrow" ----------------------------------------------------------------------

def test_generic_tomorrow_is_future_ref():
    # TimeML/TIDES: "tomorrow" meaning the future in general is FUTURE_REF, not the day after the DCT
    assert pairs("We must meet the challenges of tomorrow together.", "2024-09-25") == [("tomorrow", "FUTURE_REF")]
    assert pairs("Tomorrow's engineers will need other skills.", "2024-09-25") == [("Tomorrow", "FUTURE_REF")]


def test_a_deictic_tomorrow_stays_a_day():
    assert pairs("Tomorrow's meeting was called off.", "2024-09-25") == [("Tomorrow", "2024-09-26")]
    assert pairs("The news of tomorrow will tell.", "2024-09-25") == [("tomorrow", "2024-09-26")]
    assert pairs("The start of tomorrow morning's session was delayed.", "2024-09-25")[0][1] == "2024-09-26TMO"


# --- span: "that" before a count is a conjunction -----------------------------------------------

def test_that_before_a_count_of_units_is_a_conjunction_not_a_determiner():
    # a singular demonstrative cannot take a plural measure: "objected that four days seemed punitive"
    assert pairs("Envoys objected that four days seemed punitive.", "2019-04-25") == [("four days", "P4D")]
    assert pairs("It is an injustice that 75 years after the war they still wait.", "2019-04-25") == \
        [("75 years", "P75Y")]
    assert pairs("Those four days were hard.", "2019-04-25") == [("Those four days", "P4D")]
