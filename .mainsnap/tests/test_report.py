"""report.html: self-contained, escaped, deterministic, built from whatever the stages left."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from communique.text.corpus import LoadError, article_from_text
from communique.run.context import RunContext
from communique.run.options import RunOptions
from communique.run.report import (build_report, escape, json_for_script, safe_url, timeline_html, topics_html,
                                    write_report)

EVIL = '<script>alert("x")</script> & "quoted" \'single\''


def make_ctx(tmp_path: Path, **tables) -> RunContext:
    article = article_from_text(f"{EVIL}\n\nRussia and Ukraine met in Geneva on Monday.", doc_id="doc<1>",
                                path="in/doc.txt")
    from communique.run.shards import documents_rows
    from communique.text.tokens import tokenise_many

    documents = documents_rows([article], tokenise_many([article]), shard=0)
    ctx = RunContext(documents=documents, errors=[LoadError("in/bad<x>.txt", "empty file")],
                     options=RunOptions(out=tmp_path), inputs=["in/"])
    ctx.summary.update({"documents": 1, "tokens": 12, "top terms": EVIL})
    for name, table in tables.items():
        ctx.tables[name] = table
    return ctx


def events_table() -> pd.DataFrame:
    return pd.DataFrame({
        "doc_id": ["doc<1>", "doc<1>"],
        "date": ["2019-04-25", "2011"],
        "date_start": ["2019-04-25", "2011-01-01"],
        "date_basis": ["text", "publication"],
        "source_name": ["Kim Jong-un", "Kim Jong-il"],
        "target_name": ["Vladimir Putin", 'Dmitry "D" Medvedev'],
        "label": ["meets", "visits"],
        "trigger": ["met", "<visited>"],
        "sentence": ["Kim met Putin <b>on</b> Russky island.", "Kim Jong-il <visited> Medvedev in 2011."],
    })


def test_article_text_is_escaped_everywhere(tmp_path):
    ctx = make_ctx(tmp_path, timeline=events_table(),
                   documents=pd.DataFrame({"doc_id": ["doc<1>"], "title": [EVIL], "words": [9]}))
    page = build_report(ctx)
    markup, data = split_scripts(page)
    assert "<script" not in markup.lower()         # no script in the markup, none from the article
    assert '<script>alert(\\"x\\")</script>' in data      # in the data as JSON text (shown with textContent)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in markup
    assert "<b>on</b>" not in page and "&lt;b&gt;on&lt;/b&gt;" in page
    assert "bad&lt;x&gt;.txt" in page             # file names from errors too
    assert "Dmitry &quot;D&quot; Medvedev" in page


def split_scripts(page: str) -> tuple[str, str]:
    """The markup (before the script blocks) and the page's data as JSON text, unpacked.

    After the markup come only gzipped base64 blocks (no ``<`` can occur in them, so no article
    text can end a block) and communique's own module script.
    """
    import base64
    import gzip

    at = page.index('<script type="application/gzip"')
    markup, rest = page[:at], page[at:]
    blocks = dict(re.findall(r'<script type="application/gzip" id="([\w-]+)">([A-Za-z0-9+/=]*)</script>\n', rest))
    assert sorted(blocks) == ["lib-datatables", "lib-datatables-css", "lib-plotly", "report-data"]
    tail = re.sub(r'<script type="application/gzip" id="[\w-]+">[A-Za-z0-9+/=]*</script>\n', "", rest)
    assert tail.startswith('<script type="module">') and tail.count("<script") == 1
    assert tail.rstrip().endswith("</script>\n</body></html>".strip())
    return markup, gzip.decompress(base64.b64decode(blocks["report-data"])).decode("utf-8")


def test_only_http_links_and_json_cannot_close_its_script():
    assert safe_url("https://example.org/x") == "https://example.org/x"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:x", "data:text/html,<b>", "//evil.org",
                'https://x.org/"><script>', "vbscript:x", ""):
        assert safe_url(bad) == "", bad
    assert "</script>" not in json_for_script({"t": "</script><script>alert(1)</script>"})


def test_corpus_with_urls_and_evil_titles(tmp_path):
    import json

    from communique.cli.app import main

    csv = tmp_path / "in" / "news.csv"
    csv.parent.mkdir()
    pd.DataFrame({
        "title": ['<script>alert("t")</script> "Talks" \'resume\'', "javascript:alert(1)", "Plain title"],
        "text": ["Russia and Ukraine held talks in Geneva on Monday.", "Sanctions were imposed.",
                 "The envoy met the minister on 3 March 2022."],
        "date": ["2022-03-01", "2022-03-02", "2022-03-04"],
        "url": ["https://example.org/a?x=1&y=2", "javascript:alert(document.cookie)", "ftp://example.org/c"],
        "site": ["example.org", "Evil <b>Outlet</b>", ""],
    }).to_csv(csv, index=False)
    out = tmp_path / "out"
    assert main(["run", str(csv), "--out", str(out), "--only", "tokens,timeline", "--quiet"]) == 0
    page = (out / "report.html").read_text()
    markup, text = split_scripts(page)
    assert "<script>alert" not in markup and "&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;" in markup
    assert "javascript:" not in markup.replace("javascript:alert(1)</td>", "")  # a title shown as text only
    data = json.loads(text)
    urls = {title: url for _, title, _, _, url, _ in data["docs"]}
    assert urls["Plain title"] == "" and urls["javascript:alert(1)"] == ""   # ftp: and javascript: never links
    assert [u for u in urls.values() if u] == ["https://example.org/a?x=1&y=2"]
    outlets = {d[1]: d[2] for d in data["docs"]}
    assert outlets["javascript:alert(1)"] == "Evil <b>Outlet</b>"            # kept as text; the script escapes it
    assert data["terms"]["sentences"] and data["terms"]["months"][0][0] == "2022-03"


def test_timeline_in_date_order_with_marked_trigger():
    html = timeline_html(events_table())
    rows = re.findall(r"<tr><td class=\"date\">(.*?)</td>", html)
    assert rows[0].startswith("2011") and "(publication date)" in rows[0] and rows[1] == "2019-04-25"
    assert "Kim Jong-il <mark>&lt;visited&gt;</mark> Medvedev" in html
    assert "Kim <mark>met</mark> Putin" in html


def test_undated_events_come_last():
    table = events_table()
    table.loc[1, ["date", "date_start"]] = ["", None]
    html = timeline_html(table)
    assert html.index("Kim <mark>met</mark> Putin") < html.index("Kim Jong-il <mark>&lt;visited&gt;</mark>")


def test_topics_grouped_by_topic_in_weight_order():
    table = pd.DataFrame({"topic": [0, 0, 1, 1], "term": ["talks", "envoy", "war", "troops"],
                          "weight": [0.2, 0.5, 0.9, 0.1]})
    html = topics_html(table)
    assert html.index("Topic 0") < html.index("Topic 1")
    assert "envoy, talks" in html and "war, troops" in html


def test_self_contained_deterministic_and_sections_only_for_what_ran(tmp_path):
    from communique.plots import new_axes, save_figure

    fig, ax = new_axes(figsize=(3, 2))
    ax.plot([1, 2], [3, 4])
    ax.set_title("Events per month")
    ctx = make_ctx(tmp_path)
    ctx.outputs += save_figure(fig, tmp_path, "events-per-month")
    first = write_report(ctx)
    text = first.read_text()
    markup, data = split_scripts(text)
    assert 'src="data:image/svg+xml;base64,' in text
    assert not re.search(r'(src|href)="(https?:)?//', markup)     # nothing from a network
    script = text.split('<script type="module">')[1]
    assert not re.search(r"\b(import|fetch)\s*\(", script)       # communique's script fetches nothing
    assert "@import" not in markup and "<link" not in markup
    assert 'id="timeline"' in text                                 # the figure's section
    assert 'id="topics"' not in text and 'id="terms"' not in text  # stages that did not run
    assert "Problems with input files" in text
    assert build_report(ctx) == text                               # same bytes every time
    assert not re.search(r"\d{2}:\d{2}:\d{2}", markup + data)    # no clock


def test_escape_handles_missing_values():
    assert escape(None) == "" and escape(float("nan")) == "" and escape("a<b") == "a&lt;b"
