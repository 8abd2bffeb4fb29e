"""The freq stage's name counts of the topic model's sample, taken as the whole shard's counts less
those of the documents outside the sample, equal the counts of the sample's own tokens."""

from __future__ import annotations

import pytest

from communique.run.stages.freq_parts import _sample_names
from communique.text.corpus import article_from_text
from communique.text.tokens import tokenise_many
from communique.words.phrases import phrase_counts_of

TEXTS = [
    "New Delhi and Buenos Aires agreed on grain. New Delhi wants more wheat from Buenos Aires.",
    "The Bank of Ghana met the Bank of Chile. Buenos Aires sent a delegate to the Bank of Ghana.",
    "Nobody named anything here, and nothing was agreed.",
    "New Delhi hosted the talks. Port Moresby and New Delhi signed a pact in Port Moresby.",
]


@pytest.fixture(scope="module")
def tokens():
    articles = [article_from_text(t, doc_id=f"d{n}", has_title_line=False) for n, t in enumerate(TEXTS)]
    return tokenise_many(articles)


@pytest.mark.parametrize("sample", [{"d0", "d1", "d3"}, {"d2"}, {"d0", "d1", "d2", "d3"}, {"d1", "elsewhere"}, set()])
def test_sample_counts_are_the_whole_less_the_rest(tokens, sample):
    rows = tokens[tokens["doc_id"].isin(sample).to_numpy()]
    expected = (*phrase_counts_of(rows), int(rows["doc_id"].nunique()))
    got = _sample_names(tokens, frozenset(sample), phrase_counts_of(tokens))
    assert got == expected
    assert all(c > 0 for c in got[0].values()) and all(c > 0 for c in got[1].values())
