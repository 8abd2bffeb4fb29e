"""mentions_between and longest_mention (events/document.py) give what a walk over every mention gives."""

from communique.events.document import Doc, longest_mention, mentions_between

TEXT = ("Kenya and Ethiopia signed a water accord in Nairobi. The Ukraine-Russia crisis was discussed by "
        "President Emmanuel Macron and Germany's Scholz, who said France and the European Union would help.")


def _doc() -> Doc:
    return Doc(TEXT, [(0, len(TEXT))], "2024-05-02", "t")


def test_mentions_between_is_the_filter_over_all_mentions():
    doc = _doc()
    assert len(doc.mentions) >= 6
    for start in range(-3, len(TEXT) + 3, 7):
        for width in (0, 1, 2, 3, 25, 400):
            want = [m for m in doc.mentions if start <= m.start < start + width]
            assert mentions_between(doc, start, start + width) == want


def test_index_follows_a_replaced_mention_list():
    doc = _doc()
    assert mentions_between(doc, 0, len(TEXT))
    doc.mentions = doc.mentions[:1]
    assert mentions_between(doc, 0, len(TEXT)) == doc.mentions
    assert longest_mention(doc) == doc.mentions[0].end - doc.mentions[0].start


def test_longest_mention():
    doc = _doc()
    assert longest_mention(doc) == max(m.end - m.start for m in doc.mentions)
