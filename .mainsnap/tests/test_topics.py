"""Topic models: known topics recovered, NPMI coherence and stability on synthetic corpora, labels,
topics over time, figures, the CLI and the pipeline stage."""

from __future__ import annotations

import math
from datetime import datetime

import numpy as np
import pandas as pd
import pytest

from communique.topics.coherence import match_topics, npmi_coherence, stability_table
from communique.text.corpus import article_from_text
from communique.topics.documents import stratified_sample, topic_documents
from communique.topics.labels import topic_labels
from communique.topics.model import TopicModel, choose_n_topics
from communique.topics.time import topic_terms_over_time, topics_over_time
from conftest import CORPORA, ROOT, SEED, needs_corpora


def synthetic(n_docs: int = 60, k: int = 3, words: int = 12, length: int = 30, noise: float = 0.1,
              seed: int = 0) -> tuple[list[list[str]], list[int]]:
    """Documents drawn from k disjoint vocabularies ``t{topic}w{word}`` plus shared noise words ``c*``."""
    rng = np.random.default_rng(seed)
    weights = np.linspace(2, 1, words)
    weights /= weights.sum()
    docs, labels = [], []
    for d in range(n_docs):
        topic = d % k
        doc = [f"t{topic}w{i}" for i in rng.choice(words, size=length, p=weights)]
        doc += [f"c{i}" for i in rng.choice(20, size=int(length * noise))]
        docs.append(doc)
        labels.append(topic)
    return docs, labels


@pytest.fixture(scope="module")
def corpus():
    return synthetic()


@pytest.fixture(scope="module")
def model(corpus):
    return TopicModel(n_topics=3, phrases=None, stability_runs=4).fit(corpus[0])


def _true_topic(terms: list[str]) -> set[str]:
    return {t.split("w")[0] for t in terms}


# --- recovering known topics --------------------------------------------------------------------


def test_nmf_recovers_known_topics(model, corpus):
    _, labels = corpus
    for topic in range(3):
        top = model.topic_terms_.query("topic == @topic and rank <= 8")["term"].tolist()
        assert len(_true_topic(top)) == 1, top  # all top terms from one generating topic
    # Each generating topic maps to exactly one fitted topic.
    pairs = set(zip(labels, model.doc_topics_["topic"]))
    assert len(pairs) == 3 and len({a for a, _ in pairs}) == 3 and len({b for _, b in pairs}) == 3


def test_lda_recovers_known_topics(corpus):
    docs, labels = corpus
    lda = TopicModel("lda", 3, phrases=None, stability_runs=0).fit(docs)
    pairs = set(zip(labels, lda.doc_topics_["topic"]))
    assert len(pairs) == 3


def test_tables_have_the_documented_shape(model):
    assert list(model.topic_terms_.columns) == ["topic", "rank", "term", "weight"]
    assert list(model.doc_topics_.columns) == ["doc_id", "path", "topic", "weight", "topic_0", "topic_1", "topic_2"]
    weights = model.doc_topics_[["topic_0", "topic_1", "topic_2"]].to_numpy()
    assert np.allclose(weights.sum(axis=1), 1.0)
    assert np.allclose(model.components_.sum(axis=1), 1.0)
    # Topics come out largest share first; weights within a topic decrease with rank.
    assert model.topics_["share"].is_monotonic_decreasing
    for _, group in model.topic_terms_.groupby("topic"):
        assert group["weight"].is_monotonic_decreasing
    assert model.topics_["documents"].sum() == 60


def test_same_result_with_every_seed(corpus):
    docs, _ = corpus
    first = TopicModel(n_topics=3, phrases=None, stability_runs=0, random_state=0).fit(docs)
    for seed in (1, 7):
        other = TopicModel(n_topics=3, phrases=None, stability_runs=0, random_state=seed).fit(docs)
        pd.testing.assert_frame_equal(first.topic_terms_, other.topic_terms_)
        pd.testing.assert_frame_equal(first.doc_topics_, other.doc_topics_)


def test_transform_assigns_new_documents(model):
    new = [["t0w1", "t0w2", "t0w3", "t0w0"], ["t2w5", "t2w1", "t2w0"]]
    table = model.transform(new)
    expected = [model.doc_topics_["topic"].iloc[0], model.doc_topics_["topic"].iloc[2]]  # docs 0, 2: topics 0, 2
    assert table["topic"].tolist() == expected


def test_errors_are_clear():
    with pytest.raises(ValueError, match="at least 2 documents"):
        TopicModel(n_topics=2).fit([["one", "two"]])
    with pytest.raises(ValueError, match="n_topics=5"):
        TopicModel(n_topics=5, phrases=None).fit([["a", "b"], ["b", "c"], ["c", "a"]])
    with pytest.raises(ValueError, match="method"):
        TopicModel("svd", 2).fit([["a", "b"], ["b", "c"], ["c", "a"]])


# --- coherence ------------------------------------------------------------------------------------


def test_npmi_by_hand():
    docs = [["a", "b"], ["a", "b"], ["a", "c"], ["d"]]
    # p(a)=3/4, p(b)=1/2, p(a,b)=1/2: log(0.5/0.375)/-log(0.5) = 0.415
    table = npmi_coherence([["a", "b"], ["b", "c"], ["a", "zzz"]], docs)
    assert table["coherence"].round(3).tolist() == [round(math.log(0.5 / 0.375) / -math.log(0.5), 3), -1.0, -1.0]
    assert table["pairs"].tolist() == [1, 1, 1]


def test_true_topics_are_more_coherent_than_mixed_ones(corpus, model):
    docs, _ = corpus
    true = [[f"t{t}w{i}" for i in range(8)] for t in range(3)]
    mixed = [[f"t{i % 3}w{i}" for i in range(8)], [f"c{i}" for i in range(8)]]
    scores = npmi_coherence(true + mixed, docs)["coherence"].tolist()
    assert min(scores[:3]) > 0.8 > 0.1 > max(scores[3:])
    assert model.coherence_ > 0.8
    assert (model.topics_["coherence"] > 0.8).all()


@pytest.mark.parametrize("k, seed", [(3, 0), (5, 1), (6, 2)])
def test_choose_n_topics_finds_the_true_number(k, seed):
    docs, _ = synthetic(n_docs=20 * k, k=k, seed=seed)
    table = choose_n_topics(docs, (2, 8), phrases=None)
    assert list(table.columns) == ["k", "coherence", "stability", "score", "chosen"]
    assert table["k"].tolist() == list(range(2, 9))
    assert table.loc[table["chosen"], "k"].tolist() == [k]
    assert np.allclose(table["score"], table["coherence"] * table["stability"])


def test_coherence_alone_is_reported_and_cannot_see_split_topics(corpus):
    # Squared-error NMF splits a topic cleanly; KL's quick scoring refits split it less cleanly.
    table = choose_n_topics(corpus[0], (2, 6), phrases=None, select_by="coherence", loss="frobenius")
    assert table["stability"].isna().all() and (table["score"] == table["coherence"]).all()
    assert table.loc[table["chosen"], "k"].tolist() == [3]
    # Splitting a true topic in two keeps its terms together: coherence barely drops at k=4..6.
    assert table.loc[table["k"] > 3, "coherence"].max() > 0.85


# --- stability ------------------------------------------------------------------------------------


def test_match_topics_is_one_to_one():
    ref = np.eye(3)
    other = np.array([[0, 0, 1.0], [0.9, 0.1, 0], [0, 1.0, 0]])
    index, sim = match_topics(ref, other)
    assert index.tolist() == [1, 2, 0]
    assert sim.round(3).tolist() == [round(0.9 / math.hypot(0.9, 0.1), 3), 1.0, 1.0]


def test_stability_table_by_hand():
    ref = np.array([[0.6, 0.4, 0, 0], [0, 0, 0.5, 0.5]])
    same = ref[::-1]
    broken = np.array([[0.5, 0, 0.5, 0], [0, 0.5, 0, 0.5]])
    table = stability_table(ref, [same, broken], n_terms=2)
    assert table["term_overlap"].tolist() == [0.75, 0.75]  # (1 + 1/2) / 2
    assert table["recurrence"].tolist() == [1.0, 1.0]
    assert (table["stability"] < 1).all() and (table["stability"] > 0.5).all()


def test_true_topics_are_stable_and_extra_ones_are_not(model, corpus):
    assert (model.topics_["stability"] > 0.95).all()
    assert (model.topics_["recurrence"] == 1.0).all()
    over = TopicModel(n_topics=7, phrases=None, stability_runs=4).fit(corpus[0])
    assert over.stability_ < model.stability_ - 0.05
    assert over.topics_["stability"].min() < 0.9


# --- documents, phrases and labels ----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_tokens(seed_article):
    from communique.text.tokens import tokenise

    return tokenise(seed_article)


def test_seed_documents_are_paragraphs_with_names_as_units(seed_article, seed_tokens):
    docs = topic_documents(seed_tokens, articles=[seed_article])
    assert docs["path"].str.endswith(SEED.name).all() and docs["published"].notna().all()
    assert docs["doc_id"].str.contains("#p").all() and len(docs) >= 10
    text = seed_article.text
    first = docs.iloc[0]
    assert text[first["start"]:first["end"]].startswith("Kim Jong-un meets Vladimir Putin")
    terms = [t for ts in docs["terms"] for t in ts]
    assert "north korea" in terms and "kim jong-un" in terms and "vladimir putin" in terms
    assert "the" not in terms and "," not in terms
    # Captions ("Photo by Mikhail Svetlov/Getty Images") are not content.
    assert "getty" not in terms
    plain = topic_documents(seed_tokens, phrases=None)
    assert "north korea" not in {t for ts in plain["terms"] for t in ts}


def test_phrase_step_is_pluggable(seed_tokens):
    def upper(tokens):
        out = tokens.copy()
        out["lemma"] = out["lemma"].str.upper()
        return out

    docs = topic_documents(seed_tokens, phrases=upper, term="lemma")
    assert "RUSSIA" in docs["terms"].iloc[1]


def test_labels_lead_with_a_topic_specific_collocation():
    components = np.array([[0.4, 0.3, 0.2, 0.1, 0.0], [0.0, 0.0, 0.1, 0.4, 0.5]])
    vocab = ["interest", "rate", "bank", "first", "time"]
    weights = np.array([[1.0, 0.0], [1.0, 0.0], [0.5, 0.5], [0.0, 1.0], [0.0, 1.0]])
    pairs = [["interest|rate", "first|time"], ["interest|rate", "first|time"], ["first|time"], ["first|time"],
             ["first|time"]]
    labels = topic_labels(components, vocab, weights, pairs)
    assert labels[0] == "interest rate / bank / first"
    assert labels[1] == "first time / bank"  # topic 1 holds half the weight of 'first time' (2.5 of 5)
    same = topic_labels(np.array([[0.5, 0.5], [0.5, 0.5]]), ["a", "b"], np.eye(2), [[], []])
    assert same == ["a / b (0)", "a / b (1)"]


def test_model_labels_are_readable(model):
    assert len(model.labels_) == 3 and len(set(model.labels_)) == 3
    for label, terms in zip(model.labels_, model.topics_["top_terms"]):
        assert len(_true_topic(label.replace(" / ", " ").split())) == 1


# --- topics over time ---------------------------------------------------------------------------


def _dated_corpus():
    texts = {
        2015: "Refugee camps fill. Refugee boats sink. Migrants cross borders; asylum claims rise.",
        2016: "Climate talks stall. Emissions rise; carbon targets slip. Warming threatens islands.",
    }
    extra = {2015: "Syria war drives refugees.", 2016: "Paris agreement on climate carbon."}
    arts = []
    for year, text in texts.items():
        for n in range(6):
            body = text + " " + (extra[year] if n % 2 else "Refugee camps. Climate talks.")
            arts.append(article_from_text(f"Speech {n}\n\n{body}", doc_id=f"{year}/{n}",
                                          published=datetime(year, 9, 1)))
    return arts


@pytest.fixture(scope="module")
def dated():
    return TopicModel(n_topics=2, stability_runs=0).fit(_dated_corpus())


def test_topics_over_time_follow_the_periods(dated):
    model = dated
    shares = topics_over_time(model, freq="year")
    assert list(shares.columns) == ["period", "topic", "label", "share", "documents"]
    assert shares.groupby("period")["share"].sum().round(6).tolist() == [1.0, 1.0]
    wide = shares.pivot(index="period", columns="topic", values="share")
    refugee = int(model.topic_terms_.query("term == 'refugee'").sort_values("weight").iloc[-1]["topic"])
    assert wide.loc["2015", refugee] > 0.7 and wide.loc["2016", refugee] < 0.3


def test_period_terms_come_only_from_the_period(dated):
    model = dated
    terms = topic_terms_over_time(model, freq="year", n_terms=20)
    in_2015 = set(terms.query("period == '2015'")["term"])
    in_2016 = set(terms.query("period == '2016'")["term"])
    assert "syria" in in_2015 and "syria" not in in_2016
    assert "paris" in in_2016 and "paris" not in in_2015


def test_topics_over_time_needs_dates(model):
    with pytest.raises(ValueError, match="dated"):
        topics_over_time(model)


def test_stratified_sample_is_reproducible():
    arts = _dated_corpus()
    sample = stratified_sample(arts, lambda a: a.published.year, 2, random_state=1)
    assert len(sample) == 4 and sample == stratified_sample(arts, lambda a: a.published.year, 2, random_state=1)
    assert stratified_sample(arts, lambda a: a.id, None) == arts


# --- figures, CLI and the pipeline ---------------------------------------------------------------


def test_figures_are_deterministic(model, dated, tmp_path):
    from communique.plots import save_figure
    from communique.plots import topics as plots

    selection = pd.DataFrame({"k": [2, 3, 4], "coherence": [0.5, 0.9, 0.8], "chosen": [False, True, False]})
    figures = {
        "terms": plots.topic_terms_plot(model.topic_terms_, labels=model.labels_),
        "few-docs": plots.doc_topics_plot(dated.doc_topics_, labels=dated.labels_),
        "coherence": plots.coherence_plot(selection),
        "time": plots.topics_over_time_plot(topics_over_time(dated)),
    }
    for name, fig in figures.items():
        first = [p.read_bytes() for p in save_figure(fig, tmp_path / "a", name)]
        second = [p.read_bytes() for p in save_figure(fig, tmp_path / "b", name)]
        assert first == second, name
    # Many documents: no labels, one band per dominant topic.
    fig = plots.doc_topics_plot(model.doc_topics_, labels=model.labels_)
    assert fig.axes[0].get_yticks().tolist() == [] and "60 documents" in fig.axes[0].get_ylabel()
    first = [t.get_text() for t in fig.axes[0].get_xticklabels()][0]
    assert first.split("\n")[0] in model.labels_[0] and not first.startswith("T0")  # named by its label


def test_cli_writes_tables_and_figures(tmp_path, capsys):
    from communique.cli.app import main

    out = tmp_path / "topics"
    assert main(["topics", str(SEED), "--k", "3", "--out", str(out), "--stability-runs", "2"]) == 0
    terms = pd.read_csv(out / "topic_terms.csv")
    assert list(terms.columns) == ["topic", "rank", "term", "weight"] and set(terms["topic"]) == {0, 1, 2}
    docs = pd.read_csv(out / "doc_topics.csv")
    assert list(docs.columns) == ["doc_id", "path", "topic", "weight", "topic_0", "topic_1", "topic_2"]
    assert docs["path"].str.endswith(SEED.name).all()
    for name in ("topic-terms", "doc-topics"):
        assert (out / f"{name}.png").stat().st_size > 0 and (out / f"{name}.svg").exists()
    assert "coherence" in capsys.readouterr().out
    auto = tmp_path / "auto"
    assert main(["topics", str(SEED), "--k", "auto", "--k-range", "2-3", "--out", str(auto), "--quiet",
                 "--stability-runs", "0", "--no-phrases"]) == 0
    assert pd.read_csv(auto / "topic_selection.csv")["k"].tolist() == [2, 3]
    assert (auto / "topic-coherence.png").exists()


def test_cli_rejects_bad_k(tmp_path, capsys):
    from communique.cli.app import main

    with pytest.raises(SystemExit) as info:
        main(["topics", str(SEED), "--k", "many", "--out", str(tmp_path)])
    assert info.value.code == 2
    assert main(["topics", str(SEED), "--k", "500", "--out", str(tmp_path)]) == 2
    assert "n_topics=500" in capsys.readouterr().err


def test_run_stage_on_seeds(tmp_path):
    from communique.run.options import RunOptions
    from communique.run.pipeline import run_analysis

    ctx = run_analysis([ROOT / "seeds"], RunOptions(out=tmp_path, only=("tokens", "topics"), quiet=True))
    assert 2 <= ctx.summary["topics"] <= 5
    assert -1 <= ctx.summary["topic_coherence"] <= 1
    for name in ("topics.csv", "topic_terms.csv", "doc_topics.csv", "topic_selection.csv",
                 "topic-terms.png", "doc-topics.png", "topic-coherence.svg"):
        assert (tmp_path / name).exists(), name
    docs = pd.read_csv(tmp_path / "topic_documents.csv")
    text = SEED.read_text(encoding="utf-8")
    assert all(text[s:e].strip() == text[s:e] and e > s for s, e in zip(docs["start"], docs["end"]))


@needs_corpora
@pytest.mark.corpus
@pytest.mark.slow
def test_bbc_sample_topics_match_the_categories():
    from sklearn.metrics import normalized_mutual_info_score

    from communique import load_corpus

    articles = stratified_sample(load_corpus(CORPORA / "bbc"), lambda a: a.meta["category"], 40)
    model = TopicModel(n_topics=5, stability_runs=0).fit(articles)
    categories = [a.meta["category"] for a in articles]
    assert normalized_mutual_info_score(categories, model.doc_topics_["topic"]) >= 0.7


def test_cli_topics_over_time_for_dated_files(tmp_path, capsys):
    from communique.cli.app import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in _dated_corpus():
        year, number = article.id.split("/")
        (corpus / f"{year}-09-0{int(number) + 1}_speech-{number}.txt").write_text(article.text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["topics", str(corpus), "--k", "2", "--out", str(out), "--freq", "year", "--stability-runs", "0",
                 "--quiet"]) == 0
    shares = pd.read_csv(out / "topics_over_time.csv", dtype={"period": str})
    assert shares["period"].unique().tolist() == ["2015", "2016"]
    terms = pd.read_csv(out / "topic_terms_over_time.csv", dtype={"period": str})
    assert "syria" not in set(terms.query("period == '2016'")["term"])
    assert (out / "topics-over-time.png").exists() and (out / "topics-over-time.svg").exists()
