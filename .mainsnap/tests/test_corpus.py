"""Loading: the seed's metadata and paragraph kinds, bad input, tables."""

from __future__ import annotations

import json
import warnings
from datetime import datetime

import pytest

from communique.text.corpus import (
    EncodingFallbackWarning,
    LoadError,
    article_from_text,
    load_article,
    load_corpus,
)
from communique.text.dates import parse_date


def test_seed_metadata_exact(seed_article, seed_path):
    art = seed_article
    assert art.title == (
        "Kim Jong-un meets Vladimir Putin for first time, thanks Russian leader for 'a very good' meeting"
    )
    assert art.standfirst == "Diplomacy in action."
    assert art.authors == ("Guan Zhen Tan", "Matthias Ang")
    assert art.published == datetime(2019, 4, 25, 18, 59)
    assert art.date_source == "byline"
    assert art.dct == "2019-04-25"
    # The text is the file's decoded text exactly: offsets index the file.
    assert art.text == seed_path.read_bytes().decode("utf-8")


def test_seed_paragraph_kinds(seed_article):
    art = seed_article
    kinds = [p.kind for p in art.paragraphs]
    assert kinds[:3] == ["title", "standfirst", "byline"]
    assert kinds.count("caption") == 8
    assert kinds.count("boilerplate") == 1
    texts = {p.kind: [] for p in art.paragraphs}
    for p in art.paragraphs:
        texts[p.kind].append(art.text[p.start : p.end])
    assert all("Getty" not in t and not t.startswith(("Photo", "Top photo")) for t in texts["body"])
    assert all("Getty" in t for t in texts["caption"])
    assert texts["boilerplate"] == ["Read more about the meeting here:"]
    assert texts["body"][0].startswith("North Korea Supreme Leader Kim Jong-un met")
    assert texts["body"][-1] == "Labour from North Korea is one of the hermit state's key exports."
    # Nothing is dropped: every non-space character lies in some paragraph.
    covered = set()
    for p in art.paragraphs:
        covered.update(range(p.start, p.end))
    assert all(i in covered for i, ch in enumerate(art.text) if not ch.isspace())


def test_plain_text_without_byline_takes_date_from_name(tmp_path):
    path = tmp_path / "2021-03-04-envoys.txt"
    path.write_text("Envoys meet\n\nThe envoys met on Monday.\n", encoding="utf-8")
    art = load_article(path)
    assert art.title == "Envoys meet"
    assert art.published == datetime(2021, 3, 4)
    assert art.date_source == "filename"


def test_date_option_and_unknown_date(tmp_path):
    path = tmp_path / "envoys.txt"
    path.write_text("Envoys meet\n\nThe envoys met.\n", encoding="utf-8")
    assert load_article(path).published is None
    assert load_article(path).date_source == ""
    dated = load_article(path, date="2020-05-06")
    assert (dated.published, dated.date_source) == (datetime(2020, 5, 6), "option")
    with pytest.raises(LoadError, match="cannot parse the date"):
        load_article(path, date="2019-02-30")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ],
)
def test_bad_files_name_file_and_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(LoadError) as info:
        load_article(path)
    assert str(path) in str(info.value)
    assert reason in info.value.reason


def test_missing_file(tmp_path):
    with pytest.raises(LoadError, match="cannot read file"):
        load_article(tmp_path / "nope.txt")


def test_too_large_file(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(LoadError, match="too large"):
        load_article(path, max_bytes=100)


def test_encodings(tmp_path):
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffTitle\n\nCafé talks.".encode("utf-8"))
    assert load_article(bom).text == "Title\n\nCafé talks."
    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Title\n\nCafé talks.".encode("utf-16"))
    assert load_article(utf16).text == "Title\n\nCafé talks."
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Title\n\nCaf\xe9 talks \x93quoted\x94.")
    with pytest.warns(EncodingFallbackWarning, match="latin.txt"):
        art = load_article(latin)
    assert art.text.endswith("Café talks “quoted”.")


def test_crlf_offsets_index_the_file(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title\r\n\r\nFirst para.\r\n\r\nSecond para.\r\n")
    art = load_article(path)
    assert [art.text[p.start : p.end] for p in art.paragraphs] == ["Title", "First para.", "Second para."]


def test_corpus_records_errors_and_goes_on(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "good.txt").write_text("Good\n\nText here.")
    (tmp_path / "a" / "empty.txt").write_text("")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    errors: list[LoadError] = []
    articles = list(load_corpus(tmp_path, errors=errors))
    assert [a.id for a in articles] == ["a/good"]
    assert articles[0].meta["category"] == "a"
    assert sorted((e.path.split("/")[-1], e.reason) for e in errors) == [
        ("b.txt", "binary file (contains NUL bytes), not text"),
        ("empty.txt", "empty file"),
    ]
    with pytest.raises(LoadError):
        list(load_corpus(tmp_path))


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.txt").write_text("T\n\nBody.")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d")
    assert [a.id for a in load_corpus(tmp_path, errors=[])] == ["d/x"]


def test_tables_csv_jsonl_json_parquet(tmp_path):
    import pandas as pd

    rows = [
        {"id": "r1", "title": "Talks", "date": "03/15/2022", "text": "Envoys met.", "site": "x"},
        {"id": "r2", "title": "More talks", "date": "03/16/2022", "text": "", "site": "y"},
        {"id": "r3", "title": "", "date": "", "text": "", "site": "z"},
    ]
    frame = pd.DataFrame(rows)
    frame.to_csv(tmp_path / "t.csv", index=False)
    frame.to_parquet(tmp_path / "t.parquet")
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (tmp_path / "t.json").write_text(json.dumps(rows))
    for name in ("t.csv", "t.parquet", "t.jsonl", "t.json"):
        errors: list[LoadError] = []
        arts = list(load_corpus(tmp_path / name, errors=errors))
        assert [a.id for a in arts] == ["r1", "r2"], name
        assert arts[0].published == datetime(2022, 3, 15)
        assert arts[0].text == "Talks\n\nEnvoys met."
        assert arts[0].meta["site"] == "x"
        assert [p.kind for p in arts[0].paragraphs] == ["title", "body"]
        assert len(errors) == 1 and errors[0].path.endswith("#3")


def test_table_column_mapping(tmp_path):
    (tmp_path / "t.csv").write_text("key,head,when,story\nk1,Hello,2020-01-02,Body.\n")
    arts = list(load_corpus(tmp_path / "t.csv", columns={"id": "key", "title": "head", "date": "when", "text": "story"}))
    assert (arts[0].id, arts[0].title, arts[0].published) == ("k1", "Hello", datetime(2020, 1, 2))
    with pytest.raises(LoadError, match="not found"):
        list(load_corpus(tmp_path / "t.csv", columns={"text": "missing"}))


def test_parse_date_formats():
    assert parse_date("25 April 2019") == datetime(2019, 4, 25)
    assert parse_date("July 11, 2022 12:18 AM") == datetime(2022, 7, 11, 0, 18)
    assert parse_date(1657513103) == datetime(2022, 7, 11, 4, 18, 23)
    assert parse_date("31/12/2020") == datetime(2020, 12, 31)
    assert parse_date("not a date") is None
    assert parse_date("2019-13-01") is None


def test_article_from_text_no_title_when_first_line_is_a_sentence():
    art = article_from_text("It was a long day of talks.\n\nMore text.", doc_id="x")
    assert [p.kind for p in art.paragraphs] == ["body", "body"]
    assert art.title == ""


def test_inputs_never_modified(tmp_path, seed_path):
    import shutil

    copy = tmp_path / seed_path.name
    shutil.copy(seed_path, copy)
    before = copy.read_bytes(), copy.stat().st_mtime_ns
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        list(load_corpus(tmp_path))
    assert (copy.read_bytes(), copy.stat().st_mtime_ns) == before


def test_truncated_utf8_keeps_the_text(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("Title\n\nTalks in Zürich — ".encode("utf-8")[:-2])
    with pytest.warns(EncodingFallbackWarning, match="truncated"):
        art = load_article(path)
    assert art.text == "Title\n\nTalks in Zürich "


def test_caption_only_file_is_an_error(tmp_path):
    path = tmp_path / "captions.txt"
    path.write_text("Photo by A/Getty Images\n\nTop photo by B/AFP\n")
    with pytest.raises(LoadError, match="only photo captions"):
        load_article(path)


def test_impossible_dates_are_recorded_as_warnings(tmp_path):
    from communique.text.corpus import DateWarning

    (tmp_path / "2019-02-30_x.txt").write_text("Title\n\nBody text.")
    (tmp_path / "t.csv").write_text("title,date,text\nA,2019-02-30,Body.\nB,yesterday-ish,Body.\nC,2020-01-01,Body.\n")
    errors: list[LoadError] = []
    with pytest.warns(DateWarning):
        arts = list(load_corpus(tmp_path, errors=errors))
    assert [a.published is None for a in arts] == [True, True, True, False]
    assert [e.severity for e in errors] == ["warning"] * 3
    assert "not a real date" in errors[0].reason
    assert errors[1].path.endswith("t.csv#1") and "2019-02-30" in errors[1].reason


def test_encoding_fallback_recorded_in_corpus(tmp_path):
    (tmp_path / "latin.txt").write_bytes(b"Title\n\nCaf\xe9 talks.")
    errors: list[LoadError] = []
    with pytest.warns(EncodingFallbackWarning):
        arts = list(load_corpus(tmp_path, errors=errors))
    assert len(arts) == 1 and errors[0].severity == "warning" and "cp1252" in errors[0].reason


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Weak dollar hits Reuters", "body"),
        ("Photo by SERGEI ILNITSKY/AFP/Getty Images)", "caption"),
        ("Image: Jane Doe/Reuters", "caption"),
        ("Kim and Putin in Vladivostok. Photo via Yonhap", "caption"),
    ],
)
def test_caption_rules(text, kind):
    from communique.text.corpus import classify_paragraph

    assert classify_paragraph(text) == kind
