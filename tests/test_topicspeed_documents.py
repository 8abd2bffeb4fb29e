"""The documents the topic model sees are the same when made the faster way (issue 19)."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from communique.text.corpus import article_from_text
from communique.text.tokens import tokenise_many
from communique.topics.documents import PAIR_SEP, documents_part, prepared_tokens, stem_lemma_counts

TEXTS = {
    "harbour": "Harbour Works\n\nThe harbour board approved new cranes on Monday. Dock workers welcomed the cranes.\n\n"
               "Shipping firms said the new cranes would cut waiting times at the harbour.",
    "orchard": "Orchard Season\n\nApple growers expect a large harvest. Cold nights helped the apple trees.\n\n"
               "Growers hired pickers early; pickers earn more this season.",
    "library": "Library Plans\n\nThe city library will open on Sundays. Readers asked for longer hours.",
}


def _tokens() -> pd.DataFrame:
    articles = [article_from_text(text, doc_id=name) for name, text in TEXTS.items()]
    return prepared_tokens(tokenise_many(articles, lemmas=True))


def _loop_documents(tokens: pd.DataFrame, unit: str, exclude=()) -> list[tuple]:
    """Terms and pairs per document, by a plain loop over the rows (the way they were made before)."""
    key_column = {"article": tokens["doc_id"].astype(str),
                  "paragraph": tokens["doc_id"].astype(str) + "#p" + tokens["para"].astype(str),
                  "sentence": tokens["doc_id"].astype(str) + "#s" + tokens["sent"].astype(str)}[unit].tolist()
    words, sents = tokens["stem"].astype(str).tolist(), tokens["sent"].tolist()
    keep = (tokens["is_alpha"] & ~tokens["is_stop"] & (tokens["stem"].astype(str).str.len() >= 2)).tolist()
    terms: dict[str, list] = {k: [] for k in key_column}
    pairs: dict[str, list] = {k: [] for k in key_column}
    previous = -2
    for row, kept in enumerate(keep):
        if not kept or words[row].lower() in exclude:
            continue
        key = key_column[row]
        terms[key].append(words[row])
        if previous == row - 1 and key_column[previous] == key and sents[previous] == sents[row]:
            pairs[key].append(words[previous] + PAIR_SEP + words[row])
        previous = row
    return [(key, terms[key], pairs[key]) for key in terms]


@pytest.mark.parametrize("unit", ["article", "paragraph", "sentence"])
@pytest.mark.parametrize("exclude", [(), ("cranes", "growers")])
def test_documents_part_terms_and_pairs_equal_a_loop_over_rows(unit, exclude):
    tokens = _tokens()
    part = documents_part(tokens, unit=unit, min_terms=0, exclude=[w.rstrip("s") for w in exclude] + list(exclude))
    expected = _loop_documents(tokens, unit, exclude={w.lower() for w in [w.rstrip("s") for w in exclude]
                                                      + list(exclude)})
    assert [(r["doc_id"], r["terms"], r["pairs"]) for r in part.rows] == expected
    assert any(r["pairs"] for r in part.rows)


def test_documents_part_of_rows_out_of_order_groups_each_documents_rows_in_order():
    tokens = _tokens()
    shuffled = pd.concat([tokens[tokens["doc_id"] == "orchard"], tokens[tokens["doc_id"] != "orchard"]])
    shuffled = shuffled.iloc[::-1].reset_index(drop=True)  # (no two words of a pair adjacent the right way round)
    part = documents_part(shuffled, unit="article", min_terms=0)
    expected = _loop_documents(shuffled, "article")
    assert [(r["doc_id"], r["terms"], r["pairs"]) for r in part.rows] == expected


def test_stem_lemma_counts_equal_pandas_value_counts():
    tokens = _tokens()
    keep = tokens["is_alpha"].to_numpy()
    pairs = pd.DataFrame({"stem": tokens["stem"][keep].to_numpy(), "lemma": tokens["lemma"][keep].to_numpy()})
    counts = pairs.value_counts()
    assert stem_lemma_counts(tokens["stem"], tokens["lemma"], keep) == Counter(dict(zip(counts.index.tolist(),
                                                                                      counts.tolist())))
    assert stem_lemma_counts(tokens["stem"], tokens["lemma"], keep & False) == Counter()


def test_prepared_tokens_of_some_documents_equal_the_filtered_table():
    articles = [article_from_text(text, doc_id=name) for name, text in TEXTS.items()]
    table = tokenise_many(articles, lemmas=True)
    wanted = frozenset({"harbour", "library", "absent"})
    expected = prepared_tokens(table[table["doc_id"].isin(wanted).to_numpy()])
    got = prepared_tokens(table, documents=wanted)
    pd.testing.assert_frame_equal(got, expected)
    assert set(got["doc_id"]) == {"harbour", "library"}
