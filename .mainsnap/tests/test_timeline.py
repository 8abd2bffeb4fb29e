"""Timeline: merging repeated reports, granularity, ordering, figures, the stage and the CLI."""

from __future__ import annotations

import pandas as pd
import pytest

from communique.events.extract import extract_events, extract_events_many
from communique.events.timeline import TIMELINE_COLUMNS, build_timeline, granularity


@pytest.fixture(scope="module")
def seed_timeline(seed_article):
    return build_timeline(extract_events(seed_article, repeats=True))


def test_seed_timeline_entries(seed_timeline):
    tl = seed_timeline
    assert list(tl.columns) == TIMELINE_COLUMNS
    rows = {(r.date, r.source, r.target, r.cameo[:2]): r for r in tl.itertuples()}
    visit = rows[("2011", "PRK", "RUS", "04")]
    assert (visit.source_name, visit.target_name, visit.date_start, visit.date_end) == (
        "Kim Jong-il", "Dmitry Medvedev", "2011-01-01", "2011-12-31")
    assert ("2014", "RUS", "UKR", "19") in rows and ("2014", "", "RUS", "16") in rows
    hanoi = rows[("2019-02", "PRK", "USA", "04")]
    assert (hanoi.source_name, hanoi.target_name, hanoi.location) == ("Kim Jong-un", "Donald Trump", "Hanoi")
    assert "ended abruptly" in hanoi.label
    # the ask was reported on publication; "after the deadline" dates what is asked, not the asking
    employ = rows[("2019-04-25", "PRK", "RUS", "02")]
    assert employ.date_end == "2019-04-25" and "employ" in employ.label


def test_seed_meeting_appears_once_with_all_mentions(seed_timeline):
    tl = seed_timeline
    meetings = tl[(tl["date"] == "2019-04-25") & (tl["cameo_root"] == "04") & ~tl["speculative"]]
    assert len(meetings) == 1
    m = meetings.iloc[0]
    assert (m.source_name, m.target_name, m.location) == ("Kim Jong-un", "Vladimir Putin",
                                                         "Russky Island, near Vladivostok")
    assert m.mentions >= 8 and m.mentions == len(m.event_ids.split(";")) == len(m.evidence.split(";"))
    assert "nearly two hours" in m.duration and "nearly two hours" in m.sentences
    assert "Kim thanked Putin" in "".join(tl.loc[tl["cameo_root"] == "05", "sentences"])
    aid = tl[tl["cameo_root"] == "07"]
    assert len(aid) == 1 and aid["speculative"].all()


def test_timeline_is_ordered_by_date(seed_timeline):
    assert seed_timeline["date_start"].tolist() == sorted(seed_timeline["date_start"])
    assert seed_timeline["timeline_id"].tolist() == [f"T{k:03d}" for k in range(1, len(seed_timeline) + 1)]


def test_merging_across_documents_and_keeping_distinct_events():
    docs = ["Putin met Erdogan in Sochi on Friday.", "Erdogan met with Vladimir Putin in Sochi on Friday.",
            "Putin met Erdogan in Sochi in 2021."]
    events = extract_events_many(docs, dct="2022-08-06")
    tl = build_timeline(events)
    assert tl[["date", "mentions"]].values.tolist() == [["2021", 1], ["2022-08-05", 2]]
    assert tl.iloc[1]["doc_ids"] == "doc0;doc1"
    assert len(build_timeline(events, across_documents=False)) == 3


def test_speculative_and_factual_mentions_stay_apart():
    events = extract_events("Russia sent aid to North Korea. Russia may send more aid to North Korea.", "2019-04-25")
    tl = build_timeline(events)
    assert sorted(tl["speculative"].tolist()) == [False, True]


def test_year_dates_are_intervals_not_first_january():
    tl = build_timeline(extract_events("Kim Jong-il visited Russia in 2011.", "2019-04-25"))
    assert (tl.iloc[0]["date_start"], tl.iloc[0]["date_end"], tl.iloc[0]["granularity"]) == (
        "2011-01-01", "2011-12-31", "year")
    assert [granularity(v) for v in ("2019-04-25T10:00", "2019-Q1", "2019-SU")] == ["day", "quarter", "season"]


def test_empty_events_give_an_empty_timeline():
    tl = build_timeline(extract_events("Nothing happened.", "2020-01-01"))
    assert tl.empty and list(tl.columns) == TIMELINE_COLUMNS


def _png_size(path):
    from matplotlib.image import imread

    return imread(path).shape


def test_figures_are_written_and_deterministic(seed_timeline, tmp_path):
    from communique.plots import save_figure
    from communique.plots.timeline import plot_actor_network, plot_date_lag, plot_events_per_month, plot_timeline

    events = extract_events_many(
        ["Putin met Erdogan in Sochi on Friday.", "Russia invaded Ukraine on Thursday.",
         "The EU imposed sanctions on Russia in March.", "Poland expelled 45 Russian diplomats in 2021."],
        dct="2022-03-30")
    figures = {
        "timeline": lambda: plot_timeline(seed_timeline, title="seed", published="2019-04-25"),
        "per-month": lambda: plot_events_per_month(events),
        "network": lambda: plot_actor_network(events),
        "lag": lambda: plot_date_lag(events),
    }
    for name, make in figures.items():
        first = save_figure(make(), tmp_path / "a", name)
        if name in ("timeline", "network"):  # rebuilt from scratch: byte-identical files
            second = save_figure(make(), tmp_path / "b", name, formats=("png",))
            assert first[0].read_bytes() == second[0].read_bytes(), name
        height, width = _png_size(first[0])[:2]
        assert width > 400 and height > 250
    # one row per entry in the timeline
    fig = plot_timeline(seed_timeline, published="2019-04-25")
    assert len(fig.axes[0].get_yticklabels()) == len(seed_timeline)
    assert "speculative" in " ".join(t.get_text() for t in fig.axes[0].get_yticklabels())


def test_figures_cope_with_no_events():
    from communique.plots.timeline import plot_actor_network, plot_date_lag, plot_events_per_month, plot_timeline

    empty = extract_events("Nothing.", "2020-01-01")
    for plot in (plot_events_per_month, plot_actor_network, plot_date_lag):
        assert plot(empty) is not None
    assert plot_timeline(build_timeline(empty)) is not None


def test_cli_events_and_timeline(seed_path, tmp_path, capsys):
    from communique.cli.app import main

    assert main(["events", str(seed_path), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    table = pd.read_csv(__import__("io").StringIO(out), dtype=str, keep_default_na=False)
    assert {"speculative", "cameo", "sentence", "trigger_start"} <= set(table.columns)
    assert table["cameo"].str.fullmatch(r"\d{3,4}").all()
    figure = tmp_path / "tl.png"
    assert main(["timeline", str(seed_path), "--format", "jsonl", "--out", str(figure)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) >= 8 and '"mentions"' in lines[0]
    assert figure.exists() and not (tmp_path / "tl.svg").exists()


def test_cli_dct_override(tmp_path, capsys):
    from communique.cli.app import main

    path = tmp_path / "note.txt"
    path.write_text("Talks\n\nScholz visited Kyiv on Monday.\n", encoding="utf-8")
    assert main(["events", str(path), "--dct", "2022-03-04", "--format", "jsonl"]) == 0
    assert '"date":"2022-02-28"' in capsys.readouterr().out


def test_stage_writes_tables_and_figures(seed_path, tmp_path):
    from communique.run.options import RunOptions
    from communique.run.pipeline import run_analysis

    ctx = run_analysis([seed_path], RunOptions(out=tmp_path, only=("timeline",), quiet=True))
    names = {p.name for p in ctx.outputs}
    assert {"events.csv", "events.parquet", "timeline.csv", "timeline.parquet"} <= names
    assert any(n.startswith("timeline-") and n.endswith(".png") for n in names)
    assert ctx.summary["timeline entries"] >= 8
