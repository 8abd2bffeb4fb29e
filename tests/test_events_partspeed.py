"""The sentence skip of events.extract (_nobody_in): a sentence with no mention, no pronoun, no speaker and no
earlier event is not read, and reading it would have given nothing (sentences written for this test)."""

from communique.events import extract as ex
from communique.events.extract import _document, _nobody_in, process_sentence
from communique.text.tokens import sentence_spans

TEXT = ("Shares in the carmaker fell sharply on Monday after it warned of weaker sales. "
        "The firm signed a supply agreement and met its creditors. "
        "Germany imposed sanctions on Belarus on Tuesday. "
        "The talks were held in a calm mood.")


def _doc():
    return _document(TEXT, "2024-03-04", "t", "auto")


def test_skipped_sentences_would_give_nothing():
    spans = sentence_spans(TEXT)
    fresh = ex.Doc(TEXT, [(0, len(TEXT))], "2024-03-04", "t")
    skipped = []
    for s in spans:
        if _nobody_in(fresh, *s):
            skipped.append(s)
            before = len(fresh.events)
            process_sentence(fresh, *s)
            assert len(fresh.events) == before and fresh.sentence_events == []
        else:
            process_sentence(fresh, *s)
    assert skipped == spans[:2]  # the two sentences before the first actor; after an event nothing is skipped


def test_events_unchanged_by_the_skip():
    rows = ex._rows(_doc())
    assert [(r["source"], r["target"], r["cameo_root"]) for r in rows] == [("DEU", "BLR", "16")]


def test_a_leave_trigger_or_a_mention_keeps_the_sentence():
    text = "Russian diplomats were expelled. The diplomats must leave within a week."
    doc = ex.Doc(text, [(0, len(text))], "2024-03-04", "t")
    first, second = sentence_spans(text)
    assert not _nobody_in(doc, *first)  # "Russian" is a mention
    assert not _nobody_in(doc, *second) or not any(t[2].cls.name == "leave" for t in ex.find_triggers(doc, *second))
