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
