"""Ten calls a new pandas user writes first: each works, or fails in one line naming what to call."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from communique import corpus_frame, load_corpus, tokenise
from communique.words.concordance import kwic
from communique.words.frequencies import term_frequencies

TEXTS = {
    "2022-03-01_a.txt": "Sanctions widen\n\nThe union widened sanctions on banks. Ministers met in Brussels.",
    "2022-03-02_b.txt": "Talks resume\n\nEnvoys resumed talks on grain. The sanctioned firms appealed.",
    "2022-03-03_c.txt": "Aid arrives\n\nAid convoys reached the city. Officials praised the effort.",
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.fixture()
def articles(folder):
    return list(load_corpus(folder))


def test_1_dataframe_of_articles(articles):
    frame = pd.DataFrame(articles)
    assert frame["id"].tolist() == ["2022-03-01_a", "2022-03-02_b", "2022-03-03_c"]
    assert {"text", "title", "published", "meta"} <= set(frame.columns)


def test_2_corpus_frame_has_datetimes_and_lists(articles):
    frame = corpus_frame(articles)
    assert pd.api.types.is_datetime64_any_dtype(frame["published"])
    assert frame["dct"].tolist() == ["2022-03-01", "2022-03-02", "2022-03-03"]
    assert all(isinstance(a, list) for a in frame["authors"])
    assert frame.loc[frame["published"] > "2022-03-01", "id"].tolist() == ["2022-03-02_b", "2022-03-03_c"]


def test_3_load_corpus_takes_a_dataframe():
    df = pd.DataFrame({"title": ["Sanctions widen", "Talks resume"], "text": ["Banks were hit.", "Envoys met."],
                       "date": ["2022-03-01", "2022-03-02"], "site": ["a.example", "b.example"]})
    loaded = list(load_corpus(df))
    assert [a.title for a in loaded] == ["Sanctions widen", "Talks resume"]
    assert loaded[0].published.year == 2022 and loaded[1].meta["site"] == "b.example"


def test_4_tokenise_a_list_of_texts():
    tokens = tokenise(["Envoys met.", "Talks resumed."])
    assert tokens.groupby("doc_id").size().tolist() == [3, 3]


def test_5_tokenise_a_dataframe_of_articles(articles):
    tokens = tokenise(corpus_frame(articles))
    assert tokens["doc_id"].nunique() == 3


def test_6_term_frequencies_of_a_dataframe(articles):
    table = term_frequencies(corpus_frame(articles))
    assert "sanctions" in set(table["term"])


def test_7_kwic_with_a_wildcard(articles):
    table = kwic(articles, "sanction*")
    assert table["match"].tolist() == ["Sanctions", "sanctions", "sanctioned"]


def test_8_kwic_of_a_tokens_table_alone(articles):
    from communique import tokenise_many

    table = kwic(tokenise_many(articles), "sanctions")
    assert table["doc_id"].tolist() == ["2022-03-01_a", "2022-03-01_a"]
    assert table["right"].iloc[1].startswith(" on banks")


def test_9_a_path_says_load_it_first(folder):
    with pytest.raises(TypeError, match=r"load_corpus\(") as caught:
        tokenise(folder)
    assert "\n" not in str(caught.value)


def test_10_a_tokens_table_where_text_is_wanted_says_what_to_call(articles):
    from communique.text.inputs import as_sources
    from communique import tokenise_many

    with pytest.raises(TypeError, match="already a tokens table") as caught:
        tokenise(tokenise_many(articles))
    assert "\n" not in str(caught.value)
    with pytest.raises(TypeError, match="not int"):
        as_sources(3)


def test_11_topic_model_fits_a_dataframe_of_articles(articles):
    from communique.topics.model import TopicModel

    model = TopicModel(n_topics=2, stability_runs=0, phrases=None).fit(corpus_frame(articles))
    assert len(model.doc_topics_) == 3
    assert model.find_topics("sanction*")["topic"].size >= 1
