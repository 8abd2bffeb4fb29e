"""Tests for communique.timex.tagger: hand-checked TIMEX3 values on the seed article and short strings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from communique.timex.tagger import COLUMNS, Timex, find_timexes, tag, value_bounds

ROOT = Path(__file__).resolve().parents[1]
SEED = next(iter(sorted((ROOT / "seeds").glob("*kim-jong-un*.txt"))), None) or \
    ROOT.parent / "shared" / "seeds" / "000_8b5ca102ff08cd9c.txt"
DCT = "2019-04-25"  # a Thursday


def one(text: str, dct: str | None = DCT) -> tuple[str, str, str, str]:
    """The single timex found in ``text`` as (text, type, value, mod)."""
    found = tag(text, dct)
    assert len(found) == 1, found
    t = found[0]
    return t.text, t.type, t.value, t.mod


def values(text: str, dct: str | None = DCT) -> list[str]:
    return [t.value for t in tag(text, dct)]


# --- the seed article -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_table():
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    text = SEED.read_text(encoding="utf-8")
    return text, find_timexes(text, DCT, doc_id="seed")


def test_seed_values(seed_table):
    text, df = seed_table
    got = {(r.text, r.value, r.mod) for r in df.itertuples()}
    assert ("April 25", "2019-04-25", "") in got
    assert sum(1 for r in df.itertuples() if r.text == "2011" and r.value == "2011") == 2
    assert ("February 2019", "2019-02", "") in got
    assert ("2014", "2014", "") in got
    assert ("the end of this year", "2019", "END") in got
    assert ("currently", "PRESENT_REF", "") in got
    row = df[df.text == "nearly two hours"].iloc[0]
    assert (row.type, row.value) == ("DURATION", "PT2H") and row["mod"]


def test_seed_byline_date_and_time_are_one_time(seed_table):
    _, df = seed_table
    row = df.iloc[0]
    assert (row.text, row.type, row.value) == ("April 25, 2019, 06:59 PM", "TIME", "2019-04-25T18:59")


def test_table_contract(seed_table):
    text, df = seed_table
    assert list(df.columns) == COLUMNS
    assert df["start"].is_monotonic_increasing
    assert all(text[r.start:r.end] == r.text for r in df.itertuples())
    assert set(df["anchor"]) == {DCT} and set(df["doc_id"]) == {"seed"}
    assert set(df["type"]) <= {"DATE", "TIME", "DURATION", "SET"}


# --- resolution against the DCT -------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("It happened yesterday.", "2019-04-24"),
    ("It happens today.", "2019-04-25"),
    ("They meet tomorrow.", "2019-04-26"),
    ("It was signed last year.", "2018"),
    ("Growth this year is slow.", "2019"),
    ("They will vote next year.", "2020"),
    ("It opened last month.", "2019-03"),
    ("It opens next month.", "2019-05"),
    ("They met last week.", "2019-W16"),
    ("They meet next week.", "2019-W18"),
    ("It was built two years ago.", "2017"),
    ("It closed three days ago.", "2019-04-22"),
    ("It rose in the first quarter.", "2019-Q1"),
    ("Sales fell in the fourth quarter.", "2018-Q4"),
    ("Talks stalled last summer.", "2018-SU"),
])
def test_relative_expressions(text, value):
    assert one(text)[2] == value


def test_weekday_follows_tense():
    assert one("Kim met Putin on Sunday.")[2] == "2019-04-21"
    assert one("Kim will meet Putin on Sunday.")[2] == "2019-04-28"
    assert one("The talks began Thursday.")[2] == "2019-04-25"  # the DCT's own weekday


def test_underspecified_dates_take_the_nearest_year():
    assert one("The deal was signed on Dec. 5.", "2020-01-03")[2] == "2019-12-05"
    assert one("The vote is due on Jan. 10.", "2019-12-20")[2] == "2020-01-10"
    assert one("Prices fell in November.", "2019-02-10")[2] == "2018-11"


def test_anchored_on_earlier_date():
    assert values("The summit opened on March 3, 2018. The next day, talks collapsed.") == \
        ["2018-03-03", "2018-03-04"]
    assert values("Troops left in June 2015. A year earlier they had come.") == ["2015-06", "2014-06"]
    assert [(t.text, t.value) for t in tag("The blast came on Aug. 7, 2018. At 10:35 a.m. it shook Nairobi.", DCT)] == \
        [("Aug. 7, 2018", "2018-08-07"), ("10:35 a.m.", "2018-08-07T10:35")]


def test_range_takes_the_year_of_its_end():
    assert values("Talks ran from March to May 2018.") == ["2018-03", "2018-05"]
    assert values("Between 2015-2019 output doubled.") == ["2015", "2019"]


# --- coverage -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("in the 1990s", ("1990s", "DATE", "199", "")),
    ("in the mid-1990s", ("the mid-1990s", "DATE", "199", "MID")),
    ("in the 20th century", ("the 20th century", "DATE", "19", "")),
    ("in early 2019", ("early 2019", "DATE", "2019", "START")),
    ("in late March", ("late March", "DATE", "2019-03", "END")),
    ("since fiscal 2017", ("fiscal 2017", "DATE", "2017", "")),
    ("in the third quarter of 2018", ("the third quarter of 2018", "DATE", "2018-Q3", "")),
    ("in spring 2016", ("spring 2016", "DATE", "2016-SP", "")),
    ("on 25 April 2019", ("25 April 2019", "DATE", "2019-04-25", "")),
    ("on the 3rd of May, 2017", ("the 3rd of May, 2017", "DATE", "2017-05-03", "")),
    ("on 2019-04-25", ("2019-04-25", "DATE", "2019-04-25", "")),
    ("at 6:30 p.m. GMT", ("6:30 p.m. GMT", "TIME", "2019-04-25T18:30", "")),
    ("for nearly two hours", ("nearly two hours", "DURATION", "PT2H", "LESS_THAN")),
    ("for about three weeks", ("about three weeks", "DURATION", "P3W", "APPROX")),
    ("for 2 1/2 years", ("2 1/2 years", "DURATION", "P2Y6M", "")),
    ("for more than a decade", ("more than a decade", "DURATION", "P10Y", "MORE_THAN")),
    ("a five-year plan", ("five-year", "DURATION", "P5Y", "")),
    ("over the past three years", ("the past three years", "DURATION", "P3Y", "")),
    ("it meets every year", ("every year", "SET", "P1Y", "")),
    ("it is published daily", ("daily", "SET", "P1D", "")),
    ("every Monday", ("every Monday", "SET", "XXXX-WXX-1", "")),
    ("every winter", ("every winter", "SET", "XXXX-WI", "")),
    ("as it does now", ("now", "DATE", "PRESENT_REF", "")),
    ("it was recently agreed", ("recently", "DATE", "PAST_REF", "")),
    ("in the future", ("the future", "DATE", "FUTURE_REF", "")),
    ("on Christmas Day 2018", ("Christmas Day 2018", "DATE", "2018-12-25", "")),
])
def test_coverage(text, expected):
    assert one(text) == expected


def test_words_for_numbers_and_ordinals():
    assert one("after twenty-five years")[2] == "P25Y"
    assert one("on the twenty-first of June, 2001")[2] == "2001-06-21"


# --- false positives ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "You may go now if you wish, the minister said, and they may well agree.",
    "Thousands joined the march to parliament.",
    "The Sunday Times reported the story.",
    "Some 10,000 people and 2019 troops attended.",
    "Resolution 1441 was cited.",
    "He scored 1,998 points.",
])
def test_false_positives(text):
    assert [t.text for t in tag(text, DCT) if t.value != "PRESENT_REF"] == []


def test_year_modifier_is_not_swallowed():
    assert one("the 2019 summit")[:3] == ("2019", "DATE", "2019")


# --- without a DCT --------------------------------------------------------------------------

def test_without_dct_relative_values_are_underspecified():
    got = {t.text: t.value for t in tag("On April 25, 2011, and yesterday, and last year.")}
    assert got == {"April 25, 2011": "2011-04-25", "yesterday": "XXXX-XX-XX", "last year": "XXXX"}
    assert one("It ends on April 25.", None)[2] == "XXXX-04-25"
    assert find_timexes("since 2011")["anchor"].tolist() == [""]


def test_dct_types_accepted():
    assert values("yesterday", date(2019, 4, 25)) == values("yesterday", "2019-04-25T06:59:00")
    assert isinstance(tag("today", DCT)[0], Timex)


# --- value_bounds ---------------------------------------------------------------------------

@pytest.mark.parametrize("value,bounds", [
    ("2019-04-25", (date(2019, 4, 25), date(2019, 4, 25))),
    ("2019-02", (date(2019, 2, 1), date(2019, 2, 28))),
    ("2020-02", (date(2020, 2, 1), date(2020, 2, 29))),
    ("2019", (date(2019, 1, 1), date(2019, 12, 31))),
    ("2019-W17", (date(2019, 4, 22), date(2019, 4, 28))),
    ("2019-W17-WE", (date(2019, 4, 27), date(2019, 4, 28))),
    ("2019-Q1", (date(2019, 1, 1), date(2019, 3, 31))),
    ("2019-H2", (date(2019, 7, 1), date(2019, 12, 31))),
    ("2019-SU", (date(2019, 6, 1), date(2019, 8, 31))),
    ("2019-WI", (date(2019, 12, 1), date(2020, 2, 29))),
    ("201", (date(2010, 1, 1), date(2019, 12, 31))),
    ("20", (date(2000, 1, 1), date(2099, 12, 31))),
    ("2019-04-25T18:59", (date(2019, 4, 25), date(2019, 4, 25))),
    ("PRESENT_REF", (None, None)),
    ("P2Y", (None, None)),
    ("XXXX-04-25", (None, None)),
    (None, (None, None)),
])
def test_value_bounds(value, bounds):
    assert value_bounds(value) == bounds


def test_second_day_of_a_range():
    assert [(t.text, t.value) for t in tag("The summit is on April 24 and 25.", DCT)] == \
        [("April 24", "2019-04-24"), ("25", "2019-04-25")]
    assert [(t.text, t.value) for t in tag("Talks ran May 3-5, 2017.", DCT)] == \
        [("May 3", "2017-05-03"), ("5, 2017", "2017-05-05")]


def test_military_time_with_zone_is_a_time_not_a_year():
    assert one("The meeting starts at 1830 GMT.")[1:3] == ("TIME", "2019-04-25T18:30")


def test_first_day_of_a_day_month_range():
    assert [(t.text, t.value) for t in tag("Week in pictures: 14 - 20 May 2022.", DCT)] == \
        [("14", "2022-05-14"), ("20 May 2022", "2022-05-20")]


def test_fall_the_noun_is_not_autumn():
    assert tag("After the fall, Islamic State struck again.", DCT) == []
    assert one("in the fall of 2019")[2] == "2019-FA"


# --- command line ---------------------------------------------------------------------------

def test_cli_timex_offsets_index_the_file(tmp_path, capsys):
    import json

    from communique.cli.app import main

    text = "Talks ended on April 25.\r\nThey resume in May 2020 — for two weeks.\n"
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode("utf-8"))
    assert main(["timex", str(path), "--dct", DCT, "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["value"]) for r in rows] == [
        ("April 25", "2019-04-25"), ("May 2020", "2020-05"), ("two weeks", "P2W")]
    decoded = path.read_bytes().decode("utf-8")
    assert all(decoded[r["start"]:r["end"]] == r["text"] for r in rows)
    assert {r["anchor"] for r in rows} == {DCT}


def test_cli_timex_uses_the_publication_date(capsys):
    from communique.cli.app import main

    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    assert main(["timex", str(SEED), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "the end of this year,DATE,2019,END,2019-04-25" in out


def test_cli_timeml_output_keeps_text(tmp_path, capsys):
    from communique.cli.app import main
    from communique.timex.timeml import parse_timeml

    path = tmp_path / "a.txt"
    path.write_text("Fighting & talks resumed on Sunday <again>.", encoding="utf-8")
    assert main(["timex", str(path), "--dct", DCT, "--timeml"]) == 0
    doc = parse_timeml(capsys.readouterr().out)
    assert doc.text == path.read_text(encoding="utf-8") and doc.dct == DCT
    assert [(t.text, t.value) for t in doc.timexes] == [("Sunday", "2019-04-21")]


def test_empty_table_keeps_columns_and_types():
    df = find_timexes("Nothing temporal here.", DCT)
    assert list(df.columns) == COLUMNS and len(df) == 0
    assert str(df["start"].dtype) == "int64" and str(df["value"].dtype) != "float64"


# --- invariants on arbitrary input ----------------------------------------------------------

_WORDS = ["on", "the", "last", "next", "May", "march", "April 25", "2019", "1,998", "-", "to",
          "and", "Sunday", "night", "about", "nearly", "two", "years", "ago", "early", "mid-",
          "1990s", "3 p.m.", "GMT", "Q1", "fiscal", "week", "end of", "this", "year", ",", ".",
          "\n", "every", "day", "now", "recently", "24", "of", "quarter", "third", "summer", "é"]


@pytest.mark.parametrize("dct", [DCT, None])
def test_invariants_on_random_word_salad(dct):
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies

    @hypothesis.settings(max_examples=150, deadline=None, derandomize=True)
    @hypothesis.given(st.lists(st.sampled_from(_WORDS), max_size=40))
    def check(words):
        text = " ".join(words)
        found = tag(text, dct)
        starts = [t.start for t in found]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))
        assert all(text[t.start:t.end] == t.text and t.start < t.end for t in found)
        assert all(t.type in {"DATE", "TIME", "DURATION", "SET"} for t in found)

    check()


def test_irregular_past_verbs_and_titles():
    assert one("Theresa May met Mrs Merkel in May.")[2] == "2018-05"
    assert [t.text for t in tag("Saturday Night Live mocked him.", DCT)] == []
    assert one("Talks resume at 10.30am.")[1:3] == ("TIME", "2019-04-25T10:30")


def test_week_of_a_date_and_high_noon():
    assert one("a court hearing the week of March 6, 2000")[:3] == \
        ("the week of March 6, 2000", "DATE", "2000-W10")
    assert [t.text for t in tag("For Poland, high noon comes.", DCT)] == []


def test_dct_known_only_to_the_year():
    got = tag("It rose last year and will rise next month.", "2019")
    assert [(t.text, t.value, t.anchor) for t in got] == [
        ("last year", "2018", "2019"), ("next month", "2019-08", "2019")]


def test_ordinal_second_is_not_a_unit():
    assert [t.text for t in tag("The seventy-second session opened.", DCT)] == []
    assert one("a 30-second advert")[2] == "PT30S"


# --- the data files: format lines, rule examples, holidays -----------------------------------

def test_parse_value_gives_granularity_and_bounds():
    from communique.timex.values import parse_value

    info = parse_value("2019-Q2")
    assert (info.granularity, info.start, info.end) == ("quarter", date(2019, 4, 1), date(2019, 6, 30))
    assert [parse_value(v).granularity for v in ("2019-W17-WE", "2019-H1", "2019-SU", "19", "XXXX")] == \
        ["weekend", "half", "season", "century", ""]


def test_every_data_file_opens_with_a_format_line():
    from importlib import resources

    files = [f for f in resources.files("communique.timex").joinpath("data").iterdir() if f.is_file()]
    assert files
    for f in files:
        assert f.read_text(encoding="utf-8").startswith("# FORMAT:"), f.name


def _rule_ids():
    from communique.timex.rules import rules
    return [r.name for r in rules()]


@pytest.mark.parametrize("name", _rule_ids())
def test_rule_example(name):
    """Each rule of rules.toml finds its example and gives it the value written beside it."""
    from communique.timex.rules import candidates, rules

    rule = next(r for r in rules() if r.name == name)
    assert rule.example and rule.value, f"rule {name} needs an example and a value"
    genre = rule.genres[0] if rule.genres else "news"
    assert name in {c.rule.name for c in candidates(rule.example, genre)}, rule.example
    got = [t.value for t in tag(rule.example, DCT, genre=genre)]
    assert rule.value in got, (rule.example, got)


def test_holiday_rules_give_their_example_dates():
    from communique.timex.lexicon import holiday_date, table

    rows = table("holidays.tsv")
    assert len(rows) >= 20
    for name, _rule, year, day in rows:
        assert holiday_date(name, int(year)).isoformat() == day, name
        assert values(f"on {name.title()} {year}") == [day], name  # every holiday is matched


def test_deictic_and_set_adverb_tables_are_all_matched():
    from communique.timex.lexicon import deictic_words, set_adverbs

    for phrase, (typ, rule) in deictic_words().items():
        found = tag(f"It was {phrase}.", DCT)
        assert [t.text.lower() for t in found] == [phrase], phrase
        assert found[0].type == typ
    for word, value in set_adverbs().items():
        assert values(f"It is published {word}.") == [value], word


def test_timex_imports_no_private_names_across_modules():
    import ast
    from importlib import resources

    pkg = resources.files("communique.timex")
    for f in pkg.iterdir():
        if not f.name.endswith(".py"):
            continue
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("communique"):
                bad = [a.name for a in node.names if a.name.startswith("_")]
                assert not bad, (f.name, node.module, bad)
