"""text/data/: every word-list file opens with a FORMAT line, and every entry does what it is for."""

from __future__ import annotations

from importlib import resources

import pytest

from communique.text import lexicon
from communique.text.corpus import parse_byline
from communique.text.dates import parse_date
from communique.text.tokens import bundled_abbreviations, sentence_spans

DATA = resources.files("communique.text").joinpath("data")
FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".txt", ".tsv")))


@pytest.mark.parametrize("name", FILES)
def test_every_data_file_opens_with_a_format_line(name):
    assert DATA.joinpath(name).read_text("utf-8").startswith(lexicon.FORMAT_PREFIX)


@pytest.mark.parametrize("table, size", [("months", 12), ("weekdays", 7)])
def test_calendar_tables_are_numbered_in_order(table, size):
    rows = lexicon.table(table)
    assert [int(r[0]) for r in rows] == list(range(1, size + 1))
    assert all(r[1].isalpha() and r[1].islower() for r in rows)


@pytest.mark.parametrize("name, number", sorted(lexicon.month_numbers().items()))
def test_every_month_name_and_abbreviation_parses_in_a_date_and_a_byline(name, number):
    for text in (f"{name.capitalize()} 3, 2019", f"{name.capitalize()}. 3, 2019", f"3 {name} 2019"):
        assert parse_date(text).month == number, text
    authors, published = parse_byline(f"Ann Lee | {name.capitalize()} 3, 2019")
    assert authors == ("Ann Lee",) and published.month == number


@pytest.mark.parametrize("abbreviation", sorted(bundled_abbreviations()))
def test_every_bundled_abbreviation_keeps_its_full_stop(abbreviation):
    text = f"They met the {abbreviation.capitalize()}. Kim left."
    assert [text[s:e] for s, e in sentence_spans(text)] == [text]


def test_an_unknown_list_is_an_error():
    with pytest.raises(FileNotFoundError, match="no word list 'nothing'"):
        lexicon.words("nothing")
