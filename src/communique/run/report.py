"""``report.html``: one self-contained page with everything a run found.

Sections are built from whatever the stages left (``ctx.summary``, ``ctx.tables``, the
figures and tables written): a summary, the documents, the corpus timeline (filters by actor,
CAMEO root, outlet, dates and speculation; click an entry for its evidence with title, outlet,
date and source link), a term explorer (KWIC, dispersion and trend of a word, phrase or
wildcard), top and key terms, topics, every figure, links to every table and to the actor
network for Gephi, and the files that could not be read.

Interactive parts use DataTables (inside the itables wheel) and plotly.js (inside the plotly
wheel), inlined gzipped with the data and unpacked by the browser, so the file opens from disk
without a network and stays within :data:`BUDGET_BYTES`; without script the static first page
of every table and every figure still show. Text from articles is HTML-escaped in the markup,
and set with ``textContent`` or escaped by the script; only http(s) URLs become links. The bytes
depend only on the run's outputs and parameters (no clock), so reruns write the same file.

>>> print(escape('<script>alert("x")</script>'))
&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;
"""

from __future__ import annotations

import base64
import functools
import html
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from communique.output import atomic_write_text

if TYPE_CHECKING:
    import pandas as pd

    from communique.run.context import RunContext

REPORT_NAME = "report.html"
MAX_ROWS = 60
MAX_TIMELINE_ROWS = 150
MAX_DOCUMENT_ROWS = 25
MAX_INLINE_PNG = 150_000  # bytes; a larger PNG is embedded with a colour palette
MAX_INLINE_SVG = 250_000  # bytes; a larger SVG is embedded as its PNG when that is smaller

# Figures go to the section whose keywords their name contains (first match), else "More figures".
SECTION_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("timeline", ("timeline", "event", "actor", "cameo", "goldstein", "timex", "date")),
    ("topics", ("topic",)),
    ("terms", ("term", "word", "freq", "keyness", "kwic", "dispersion", "cloud", "ngram", "bigram",
               "colloc", "phrase", "zipf", "tone")),
)
SECTION_TITLES = {
    "summary": "Summary",
    "documents": "Documents",
    "timeline": "Timeline of diplomatic events",
    "explorer": "Term explorer",
    "terms": "Words that matter",
    "topics": "Topics",
    "figures": "More figures",
    "tables": "Tables",
    "errors": "Problems with input files",
    "reproduce": "Reproduce this run",
}

NAV_TITLES = {"timeline": "Timeline", "explorer": "Term explorer", "terms": "Words", "figures": "Figures",
              "errors": "Input problems", "reproduce": "Reproduce"}

CSS = """
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--accent:#0b5cad;--mark:#fff3b0}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
color:var(--ink);background:#fff}
header{background:#12355b;color:#fff;padding:1.4rem 2rem 1.1rem}
header h1{margin:0 0 .2rem;font-size:1.6rem;font-weight:650}
header p{margin:0;color:#c9d7e8}
nav{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);padding:.5rem 2rem;z-index:1}
nav a{margin-right:1.1rem;color:var(--accent);text-decoration:none;font-weight:550}
main{max-width:1180px;margin:0 auto;padding:0 2rem 3rem}
section{margin-top:2.2rem;scroll-margin-top:3rem}
h2{font-size:1.3rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.cards{display:flex;flex-wrap:wrap;gap:.8rem}
.card{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem;min-width:8.5rem}
.card b{display:block;font-size:1.45rem;font-variant-numeric:tabular-nums}
.card span{color:var(--muted);font-size:.85rem}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.4rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--bg);font-weight:600;position:sticky;top:2.4rem}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.date{white-space:nowrap;font-variant-numeric:tabular-nums}
td.evidence{color:#333;max-width:34rem}
mark{background:var(--mark);padding:0 .1em}
.src{color:var(--muted);font-size:.8rem;white-space:nowrap}
figure{margin:1.2rem 0;padding:.8rem;border:1px solid var(--line);border-radius:8px;background:#fff}
figure img{display:block;max-width:100%;height:auto;margin:0 auto}
figcaption{color:var(--muted);font-size:.85rem;margin-top:.4rem}
figcaption a,.note a{color:var(--accent)}
.note{color:var(--muted);font-size:.88rem}
.topics{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.8rem}
.topic{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:.5rem .8rem}
.topic h3{margin:.1rem 0 .3rem}
code,pre{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:.7rem;overflow-x:auto;
white-space:pre-wrap}
dl.notes{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0 0}
dl.notes dt{font-weight:600;color:var(--muted)}
dl.notes dd{margin:0}
footer{color:var(--muted);font-size:.8rem;text-align:center;padding:1.5rem}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;background:var(--bg);border:1px solid var(--line);
border-radius:8px;padding:.5rem .8rem;margin:.5rem 0}
.filters label{font-size:.88rem;color:var(--muted)}
.filters select,.filters input{font:inherit;font-size:.88rem;max-width:16rem}
.plot{min-height:60px}
.chart{min-height:200px}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:.8rem}
@media (max-width:900px){.pair{grid-template-columns:1fr}}
.evidence-panel{border:1px solid var(--accent);border-left:5px solid var(--accent);border-radius:6px;padding:.5rem 1rem;
margin:.6rem 0;background:#f7fbff}
.evidence-panel h3{margin:.3rem 0}
ol.evidence li{margin:.35rem 0}
.spec{background:#eee;color:#444;border-radius:4px;padding:0 .3em;font-size:.8rem}
table.kwic{table-layout:fixed}
table.kwic td{border-bottom:1px solid var(--line);font-size:.86rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;
padding:.2rem .3rem}
table.kwic td.left{text-align:right;color:#333;direction:rtl;width:33%}
table.kwic td.left span{direction:ltr;unicode-bidi:embed}
table.kwic td.hit{text-align:center;width:11%}
table.kwic td.right{width:31%}
table.kwic td.doc{width:25%}
table.dt tr.col-filters th{padding:.15rem .3rem;background:#fff}
table.dt tr.col-filters input{width:100%;min-width:4rem;font-size:.8rem;padding:.1rem .25rem}
table.dt th{position:static}
table.dt tbody tr{cursor:default}
#timeline table.dt tbody tr{cursor:pointer}
""".strip()


def escape(value: Any) -> str:
    """HTML-escaped text of ``value`` (quotes too); missing values become an empty string."""
    if value is None:
        return ""
    try:
        import math

        if isinstance(value, float) and math.isnan(value):
            return ""
    except TypeError:  # pragma: no cover
        pass
    return html.escape(str(value), quote=True)


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) or (hasattr(value, "dtype") and getattr(value.dtype, "kind", "") in "iu"):
        return f"{int(value):,}"
    if isinstance(value, float) or (hasattr(value, "dtype") and getattr(value.dtype, "kind", "") == "f"):
        value = float(value)
        return "" if value != value else f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return escape(value)


def _humanise(name: str) -> str:
    words = name.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def table_html(table: pd.DataFrame, *, max_rows: int = MAX_ROWS, columns: Sequence[str] | None = None,
               source: str | None = None) -> str:
    """An escaped HTML table of the first ``max_rows`` rows (numbers right-aligned)."""
    cols = [c for c in (columns or table.columns) if c in table.columns]
    head = "".join(f"<th>{escape(_humanise(str(c)))}</th>" for c in cols)
    rows = []
    for record in table[cols].head(max_rows).itertuples(index=False, name=None):
        cells = []
        for value in record:
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool) or (
                hasattr(value, "dtype") and getattr(value.dtype, "kind", "") in "iuf")
            cells.append(f'<td class="num">{_fmt(value)}</td>' if numeric else f"<td>{_fmt(value)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = ""
    if len(table) > max_rows:
        where = f' (all in <a href="{escape(source)}">{escape(source)}</a>)' if source else ""
        more = f'<p class="note">First {max_rows:,} of {len(table):,} rows{where}.</p>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}"


def _find_table(ctx: RunContext, *names: str) -> tuple[str, pd.DataFrame] | None:
    """The first of ``names`` in ``ctx.tables`` or written as Parquet by this run."""
    import pandas as pd

    written = {Path(p).name: Path(p) for p in ctx.outputs}
    for name in names:
        value = ctx.tables.get(name)
        if isinstance(value, pd.DataFrame):
            return name, value
        path = written.get(f"{name}.parquet")
        if path is not None and path.is_file():
            return name, pd.read_parquet(path)
    return None


def _csv_link(ctx: RunContext, name: str) -> str | None:
    return f"{name}.csv" if any(Path(p).name == f"{name}.csv" for p in ctx.outputs) else None


def _pick(columns: Sequence[str], *candidates: str) -> str | None:
    for candidate in candidates:
        if candidate in columns:
            return candidate
    return None


def _evidence(sentence: Any, trigger: Any) -> str:
    """The sentence, escaped, with the first occurrence of the trigger marked."""
    text = "" if sentence is None else str(sentence)
    word = "" if trigger is None or trigger != trigger else str(trigger)
    at = text.find(word) if word else -1
    if at < 0:
        return escape(text)
    return escape(text[:at]) + "<mark>" + escape(word) + "</mark>" + escape(text[at + len(word):])


def date_text(row: Any) -> str:
    """How a timeline date reads, the same in the table, the figure and the evidence panel:
    '2019-04-25', '2019-02', '2019', or 'Sep–Dec 2019' for a year narrowed by a START/MID/END mod.

    >>> date_text({"date": "2019", "date_start": "2019-09-01", "date_end": "2019-12-31"})
    'Sep–Dec 2019'
    >>> date_text({"date": "", "date_start": "", "date_end": ""})
    ''
    """
    from datetime import date

    get = row.get if hasattr(row, "get") else (lambda k, d=None: getattr(row, k, d))
    value = "" if get("date") is None or get("date") != get("date") else str(get("date"))
    start, end = str(get("date_start") or ""), str(get("date_end") or "")
    if len(value) == 4 and len(start) == 10 and len(end) == 10 and (start[5:] != "01-01" or end[5:] != "12-31"):
        a, b = date.fromisoformat(start), date.fromisoformat(end)
        return f"{a:%b}–{b:%b} {value}"  # as plots.timeline writes it in the figures
    return value


def _flag(value: Any) -> bool:
    return bool(value) and value == value and str(value).lower() not in ("false", "0", "")


def timeline_html(table: pd.DataFrame, *, source: str | None = None, max_rows: int = MAX_TIMELINE_ROWS) -> str:
    """Events in date order: date, who, what, to whom, CAMEO code, where, mentions, and the evidence."""
    cols = list(table.columns)
    date = _pick(cols, "date_start", "date", "value")
    shown = _pick(cols, "date", "value", "date_start")
    who = _pick(cols, "source_name", "source", "actor")
    whom = _pick(cols, "target_name", "target")
    what = _pick(cols, "label", "event", "cameo_name", "cameo", "trigger")
    sentence = _pick(cols, "sentence", "evidence", "text")
    doc = _pick(cols, "doc_id", "doc_ids", "document")
    chosen = table
    busiest = len(table) > max_rows and "mentions" in cols
    if busiest:  # a large corpus: the most-reported events, then in date order
        chosen = table.sort_values("mentions", ascending=False, kind="stable").head(max_rows)
    if date:  # undated events last
        key = chosen[date].fillna("").astype(str).str.strip().replace("", "\uffff")
        ordered = chosen.assign(_when=key).sort_values(["_when", *([doc] if doc else [])], kind="stable")
    else:
        ordered = chosen
    rows = []
    for _, event in ordered.head(max_rows).iterrows():
        basis = event.get("date_basis")
        note = ' <span class="src">(publication date)</span>' if basis == "publication" else ""
        trigger = event.get("trigger") if "trigger" in cols else None
        when = escape(date_text(event)) if "date_start" in cols and "date" in cols else escape(event.get(shown)) if shown else ""
        spec = ' <span class="spec">speculative</span>' if _flag(event.get("speculative")) else ""
        rows.append(
            "<tr>"
            f'<td class="date">{when}{note}</td>'
            f"<td>{escape(event.get(who)) if who else ''}</td>"
            f"<td>{escape(event.get(what)) if what else ''}{spec}</td>"
            f"<td>{escape(event.get(whom)) if whom else ''}</td>"
            f"<td>{escape(event.get('cameo'))}</td>"
            f"<td>{escape(event.get('location'))}</td>"
            f'<td class="num">{_fmt(event.get("mentions", 1))}</td>'
            f'<td class="evidence">{_evidence(event.get(sentence), trigger) if sentence else ""}'
            + (f' <span class="src">{escape(event.get(doc))}</span>' if doc else "")
            + "</td></tr>"
        )
    more = ""
    if len(table) > max_rows:
        where = f' (all in <a href="{escape(source)}">{escape(source)}</a>)' if source else ""
        what = "most-reported" if busiest else "first"
        more = f'<p class="note">The {what} {max_rows:,} of {len(table):,} events, in date order{where}.</p>'
    head = ("<tr><th>Date</th><th>Who</th><th>Did what</th><th>To whom</th><th>CAMEO</th><th>Where</th>"
            "<th>Mentions</th><th>Evidence</th></tr>")
    return f'<table class="timeline"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>{more}'


def topics_html(table: pd.DataFrame, *, per_topic: int = 10, labels: dict[Any, str] | None = None) -> str:
    """One box per topic, named by its label (from ``labels`` or a label column), with its top terms."""
    cols = list(table.columns)
    topic = _pick(cols, "topic", "topic_id")
    term = _pick(cols, "term", "word", "token")
    if not topic or not term:
        return table_html(table)
    weight = _pick(cols, "weight", "score", "probability", "beta")
    label = _pick(cols, "label", "topic_label", "name")
    boxes = []
    for key, group in table.groupby(topic, sort=True):
        if weight and "rank" not in cols:
            group = group.sort_values(weight, ascending=False, kind="stable")
        elif "rank" in cols:
            group = group.sort_values("rank", kind="stable")
        terms = ", ".join(escape(t) for t in group[term].head(per_topic))
        name = (labels or {}).get(key, "")
        if not name and label and isinstance(group[label].iloc[0], str):
            name = group[label].iloc[0]
        title = (f'{escape(name)} <span class="src">topic {escape(key)}</span>' if name
                 else f"Topic {escape(key)}")
        boxes.append(f'<div class="topic"><h3>{title}</h3><div>{terms}</div></div>')
    return f'<div class="topics">{"".join(boxes)}</div>'


@functools.lru_cache(maxsize=4)  # made by prepare_report while the last figures are drawn
def _palette_png(data: bytes, colours: int = 96) -> bytes:
    """A large PNG (a word cloud) with a palette of ``colours``: a fraction of the bytes, the same look."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(data)).convert("RGB")
    out = io.BytesIO()
    image.quantize(colours, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(out, format="PNG",
                                                                                          optimize=True)
    return out.getvalue() if out.tell() < len(data) else data


def _inline(path: Path) -> tuple[str, bytes]:
    """The MIME type and bytes that :func:`figure_html` embeds for the figure ``path`` (no suffix)."""
    svg, png = path.with_suffix(".svg"), path.with_suffix(".png")
    chosen = svg if svg.is_file() else png
    if svg.is_file() and png.is_file() and svg.stat().st_size > max(png.stat().st_size, MAX_INLINE_SVG):
        chosen = png  # e.g. thousands of dispersion ticks: the PNG is far smaller
    mime = "image/svg+xml" if chosen.suffix == ".svg" else "image/png"
    raw = chosen.read_bytes()
    if chosen.suffix == ".png" and len(raw) > MAX_INLINE_PNG:
        raw = _palette_png(raw)
    return mime, raw


def figure_html(path: Path) -> str:
    """A figure embedded as a ``data:`` URI (SVG, or PNG when the SVG is huge) with links to its files."""
    svg, png = path.with_suffix(".svg"), path.with_suffix(".png")
    mime, raw = _inline(path)
    data = base64.b64encode(raw).decode("ascii")
    name = path.stem
    links = " · ".join(f'<a href="{escape(p.name)}">{p.suffix[1:].upper()}</a>' for p in (png, svg) if p.is_file())
    return (f'<figure id="fig-{escape(name)}"><img src="data:{mime};base64,{data}" alt="{escape(_humanise(name))}">'
            f"<figcaption>{escape(name)} — {links}</figcaption></figure>")


def _figure_section(name: str) -> str:
    lowered = name.lower()
    for section, keywords in SECTION_KEYWORDS:
        if any(k in lowered for k in keywords):
            return section
    return "figures"


def _cards(summary: dict[str, Any]) -> str:
    """Numbers as cards, sentences (top terms, notes on skipped analyses) as a list below them."""
    cards, notes = [], []
    for key, value in summary.items():
        if isinstance(value, (dict, list, tuple)):
            continue
        if isinstance(value, str):
            notes.append(f"<dt>{escape(_humanise(str(key)))}</dt><dd>{escape(value)}</dd>")
        else:
            cards.append(f'<div class="card"><b>{_fmt(value)}</b><span>{escape(_humanise(str(key)))}</span></div>')
    text = f'<div class="cards">{"".join(cards)}</div>'
    return text + (f'<dl class="notes">{"".join(notes)}</dl>' if notes else "")


# ---- interactive layer -------------------------------------------------------------------
# Tables are DataTables (the bundle inside the itables wheel), charts are plotly.js (inside the
# plotly wheel); both are inlined once, gzipped and base64-encoded with the data (one JSON
# document), and unpacked by the browser's DecompressionStream, so the page needs no network.

BUDGET_BYTES = 9_800_000  # the whole report; the term explorer's sentences fill what is left
PACKED_RATIO = 0.5        # bytes in the page per byte of JSON (gzip ~0.35, base64 x 4/3)
MAX_TABLE_ROWS = 2_000    # rows per table sent to the page (the CSV has them all)
MAX_DOCUMENT_TABLE_ROWS = 1_000
LIBRARY_BYTES = 2_300_000  # plotly.min.js, DataTables and its CSS (gzipped, base64), communique's script
MAX_TIMELINE_ENTRIES = 4_000
MAX_OUTLET_EVIDENCE = 10  # at most this many outlets' evidence per entry
MAX_EVIDENCE = 3          # evidence sentences per timeline entry shown on click
MAX_SENTENCE_CHARS = 320
MAX_KWIC_LINES = 300
URL_KEYS = ("url", "link", "src", "href", "source_url", "permalink")
OUTLET_KEYS = ("outlet", "site", "source", "publisher", "domain", "media", "newspaper")
QUAD_COLOURS = {1: "#1b9e77", 2: "#377eb8", 3: "#e6a000", 4: "#d7301f"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def safe_url(value: Any) -> str:
    """``value`` if it is an http(s) URL, else "" (``javascript:`` and the like never become links).

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)"), safe_url(" JavaScript:x")
    ('https://example.org/a?b=1', '', '')
    """
    text = "" if value is None or value != value else str(value).strip()
    import re

    return text if re.match(r"^https?://[^\s<>\"']+$", text, re.IGNORECASE) else ""


def _meta_value(meta: Any, keys: Sequence[str]) -> str:
    lowered = {str(k).lower(): v for k, v in dict(meta or {}).items()}
    for key in keys:
        value = lowered.get(key)
        if value:
            return str(value)
    return ""


def outlet_of(meta: Any, url: str = "") -> str:
    """The outlet of an article: a site/outlet/source column, else the host of its URL.

    >>> outlet_of({"Site": "bbc.co.uk"}), outlet_of({}, "https://www.reuters.com/world/x")
    ('bbc.co.uk', 'reuters.com')
    """
    value = _meta_value(meta, OUTLET_KEYS)
    if value and not safe_url(value):
        return value
    if url:
        from urllib.parse import urlsplit

        host = urlsplit(url).hostname or ""
        return host[4:] if host.startswith("www.") else host
    return ""


def json_for_script(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">`` (no ``<``, ``>`` or ``&``).

    >>> json_for_script({"a": "</script>&"})
    '{"a":"\\\\u003c/script\\\\u003e\\\\u0026"}'
    """
    import json

    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False, allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class Page:
    """What the scripts get: documents, tables, charts, the timeline and the term index."""

    def __init__(self) -> None:
        self.docs: list[list[Any]] = []  # [id when untitled, title, outlet, date, url, place in corpus]
        self.doc_index: dict[str, int] = {}
        self.ids: list[str] = []
        self.tables: dict[str, dict[str, Any]] = {}
        self.charts: dict[str, dict[str, Any]] = {}
        self.timeline: dict[str, Any] | None = None
        self.terms: dict[str, Any] | None = None
        self.evidence: dict[int, list[list[Any]]] = {}  # entry -> all its evidence, when more than shown

    def data(self) -> dict[str, Any]:
        return {"docs": self.docs, "tables": self.tables, "charts": self.charts, "timeline": self.timeline,
                "terms": self.terms, "quad": QUAD_NAMES, "quadColours": QUAD_COLOURS}

    def doc(self, doc_id: str) -> int:
        """Index of a document in ``docs`` (added with its id only when not known)."""
        if doc_id not in self.doc_index:
            self.doc_index[doc_id] = len(self.docs)
            self.ids.append(doc_id)
            self.docs.append([doc_id, "", "", "", "", 0])
        return self.doc_index[doc_id]


def _cell(value: Any) -> Any:
    """A JSON-able table cell: numbers stay numbers, missing values become ""."""
    if value is None:
        return ""
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return "" if value != value else round(value, 6)
    if isinstance(value, int):
        return value
    return str(value)


def datatable_html(page: Page, name: str, table: pd.DataFrame, *, columns: Sequence[str] | None = None,
                   titles: Sequence[str] | None = None, page_length: int = 10, source: str | None = None,
                   max_rows: int = MAX_TABLE_ROWS, static: str | None = None) -> str:
    """A sortable, searchable, paged table: the first page in HTML, every row (up to ``max_rows``) as data."""
    cols = [c for c in (columns or table.columns) if c in table.columns]
    heads = list(titles) if titles else [_humanise(str(c)) for c in cols]
    part = table[cols].head(max_rows)
    numeric = [getattr(part[c].dtype, "kind", "") in "iuf" for c in cols]
    rows = [[_cell(v) for v in record] for record in part.itertuples(index=False, name=None)]
    page.tables[name] = {"columns": [{"title": t, "num": n} for t, n in zip(heads, numeric)], "rows": rows,
                         "page": page_length}
    if static is None:
        static = table_html(part.set_axis(heads, axis=1), max_rows=page_length)
        static = static.split("</table>")[0].replace("<table>", "", 1)
    else:
        static = static.split("</table>")[0].split(">", 1)[1]
    more = ""
    if len(table) > max_rows:
        where = f' (all in <a href="{escape(source)}">{escape(source)}</a>)' if source else ""
        more = f'<p class="note">The first {max_rows:,} of {len(table):,} rows{where}.</p>'
    elif source:
        more = f'<p class="note">{len(table):,} rows; also in <a href="{escape(source)}">{escape(source)}</a>.</p>'
    return f'<table class="dt display compact" data-table="{escape(name)}">{static}</table>{more}'


def _articles(ctx: RunContext) -> Iterator[Any]:
    """The run's articles with their text (from the shards), or text-less stubs without shards."""
    readable = [s for s in ctx.shards if Path(s.articles_path).is_file()]
    if readable and len(readable) == len(ctx.shards):
        for shard in readable:
            yield from shard.articles()
    else:  # no shards (or gone): titles and dates only, no term explorer
        yield from ctx.article_stubs()


def _sentences(article: Any) -> list[str]:
    from communique.text.tokens import sentence_spans

    out = []
    text = article.text or ""
    for para in article.spans():
        for a, b in sentence_spans(text, para.start, para.end):
            sentence = " ".join(text[a:b].split())
            if sentence:
                out.append(sentence[:MAX_SENTENCE_CHARS])
    return out


def collect_documents(ctx: RunContext, page: Page, *, budget: int) -> dict[str, str]:
    """Fill in the documents the page refers to (title, outlet, date, link, place in the corpus)
    and, within ``budget`` bytes, the sentences of an even sample of documents for the term
    explorer. Returns the outlet of every document (for the documents table)."""
    words: dict[str, int] = {}
    chars = 0
    if ctx.documents is not None:
        if "words" in ctx.documents.columns:
            words = dict(zip(ctx.documents["doc_id"], ctx.documents["words"]))
        if "characters" in ctx.documents.columns:
            chars = int(ctx.documents["characters"].sum())
    n_docs = ctx.n_documents
    per_doc = (chars / max(n_docs, 1) * 1.1 + 120) * PACKED_RATIO  # text and overheads, gzipped and in base64
    room = max(budget, 0) / per_doc
    step = max(1.0, n_docs / room) if room >= 1 else float("inf")
    sentences: list[list[Any]] = []
    outlets: dict[str, str] = {}
    kept = 0
    due = 0.0
    for number, article in enumerate(_articles(ctx)):
        url = safe_url(_meta_value(article.meta, URL_KEYS))
        outlet = outlet_of(article.meta, url)
        outlets[article.id] = outlet
        sampled = number >= due and bool(article.text)
        if not sampled and article.id not in page.doc_index:
            continue
        cited = article.id in page.doc_index  # evidence of the timeline: with its link
        k = page.doc(article.id)
        page.docs[k] = [article.id if not article.title else "", article.title or "", outlet, article.dct or "",
                        url if cited else "", number + 1]
        if sampled:  # every step-th document, spread over the corpus
            due += step
            kept += 1
            sentences.extend([k, s] for s in _sentences(article))
    if not sentences:
        return outlets
    sampled_docs = sorted({s[0] for s in sentences})
    months: dict[str, int] = {}
    for k in sampled_docs:
        dct = page.docs[k][3]
        if len(dct) >= 7:
            doc_id = page.ids[k]
            months[dct[:7]] = months.get(dct[:7], 0) + int(words.get(doc_id, 0) or 0)
    if months:  # every month between the first and the last, so that gaps show as gaps
        import pandas as pd

        span = pd.period_range(min(months), max(months), freq="M").astype(str)
        months = {m: months.get(m, 0) for m in span}
    dated = sum(1 for k in sampled_docs if page.docs[k][3])
    note = (f"(in an even sample of {kept:,} of {n_docs:,} documents, to keep the report small; "
            "exact counts for every word are in term-frequencies.csv)") if kept < n_docs else ""
    page.terms = {"sentences": sentences, "documents": kept, "total": n_docs, "maxLines": MAX_KWIC_LINES,
                  "note": note, "datedShare": dated / max(kept, 1), "datedDocs": dated,
                  "months": [[m, w] for m, w in sorted(months.items())], "initial": ""}
    return outlets


def _root_names() -> dict[str, str]:
    try:
        from communique.events.cameo import CODES
    except ImportError:  # pragma: no cover - the events wing is optional for the report
        return {}
    return {c.root: c.name for c in CODES.values() if len(c.code) == 3 and c.code.endswith("0")}


def timeline_data(page: Page, timeline: pd.DataFrame, events: pd.DataFrame | None, *,
                  max_entries: int = MAX_TIMELINE_ENTRIES) -> pd.DataFrame:
    """The corpus timeline for the page (entries with their evidence); returns the entries shown."""
    table = timeline
    if len(table) > max_entries and "mentions" in table.columns:
        table = table.sort_values("mentions", ascending=False, kind="stable").head(max_entries)
    key = table["date_start"].fillna("").astype(str).replace("", "\uffff")
    table = table.assign(_when=key).sort_values(["_when", "timeline_id"] if "timeline_id" in table else ["_when"],
                                                kind="stable").drop(columns="_when").reset_index(drop=True)
    by_event: dict[str, tuple[str, str, str]] = {}
    if events is not None and len(events):
        for doc_id, event_id, sentence, trigger in zip(events["doc_id"], events["event_id"], events["sentence"],
                                                       events["trigger"]):
            by_event[f"{doc_id}:{event_id}"] = (str(doc_id), str(sentence or ""), str(trigger or ""))
    entries = []
    for i, row in enumerate(table.to_dict("records")):
        ids = [x for x in str(row.get("event_ids") or "").split(";") if x]
        evidence = []
        for event in ids:
            found = by_event.get(event)
            if found is None:
                doc_id = event.rsplit(":", 1)[0]
                found = (doc_id, str(row.get("sentence") or ""), str(row.get("trigger") or ""))
            evidence.append([page.doc(found[0]), found[1][:MAX_SENTENCE_CHARS], found[2]])
        if not evidence:
            evidence = [[page.doc(str(row.get("doc_id"))), str(row.get("sentence") or "")[:MAX_SENTENCE_CHARS],
                         str(row.get("trigger") or "")]]
        start, end = str(row.get("date_start") or ""), str(row.get("date_end") or row.get("date_start") or "")
        entries.append({
            "i": i, "date": date_text(row), "start": start[:10], "end": end[:10],
            "quad": int(row.get("quad_class") or 0), "root": str(row.get("cameo_root") or ""),
            "cameo": str(row.get("cameo") or ""), "label": str(row.get("label") or ""),
            "who": str(row.get("source_name") or row.get("source") or ""),
            "whom": str(row.get("target_name") or row.get("target") or ""),
            "loc": str(row.get("location") or ""), "m": int(row.get("mentions") or 1),
            "spec": _flag(row.get("speculative")), "ev": evidence[:MAX_EVIDENCE],
            "more": max(0, len(evidence) - MAX_EVIDENCE), "docs": sorted({e[0] for e in evidence}),
        })
        if len(evidence) > MAX_EVIDENCE:  # chosen again once the outlets are known
            page.evidence[i] = evidence
    page.timeline = {"entries": entries, "roots": _root_names(), "total": len(timeline), "source": "timeline.csv"}
    return table


def timeline_section(page: Page, timeline: pd.DataFrame, events: pd.DataFrame | None, source: str | None) -> str:
    """Filters, the corpus timeline on a date axis, the evidence panel, and the table of entries."""
    import pandas as pd

    shown = timeline_data(page, timeline, events)
    rows = pd.DataFrame({
        "date": [e["date"] or "undated" for e in page.timeline["entries"]],
        "who": [e["who"] for e in page.timeline["entries"]],
        "label": [e["label"] for e in page.timeline["entries"]],
        "whom": [e["whom"] for e in page.timeline["entries"]],
        "cameo": [e["cameo"] for e in page.timeline["entries"]],
        "location": [e["loc"] for e in page.timeline["entries"]],
        "mentions": [e["m"] for e in page.timeline["entries"]],
        "speculative": ["speculative" if e["spec"] else "" for e in page.timeline["entries"]],
        "outlet": ["; ".join(sorted({page.docs[k][2] for k in e["docs"] if page.docs[k][2]}))
                   for e in page.timeline["entries"]],
        "entry": [e["i"] for e in page.timeline["entries"]],
    })
    table = datatable_html(page, "timeline", rows, titles=["Date", "Who", "Did what", "To whom", "CAMEO", "Where",
                                                          "Mentions", "Speculative", "Outlet", "entry"],
                           static=timeline_html(shown, max_rows=10), source=source, max_rows=MAX_TIMELINE_ENTRIES)
    page.tables["timeline"]["columns"][-1]["hidden"] = True
    page.tables["timeline"]["rows"] = []  # the script builds them from the entries
    note = ""
    if len(timeline) > len(shown):
        note = (f'<p class="note">The {len(shown):,} most-reported of {len(timeline):,} entries '
                f"(all in {escape(source or 'timeline.csv')}).</p>")
    controls = (
        '<div class="filters" id="corpus-timeline">'
        '<label>Actor <select id="tl-actor"><option value="">any</option></select></label>'
        '<label>CAMEO root <select id="tl-root"><option value="">any</option></select></label>'
        '<label>Outlet <select id="tl-outlet"><option value="">any</option></select></label>'
        '<label>From <input type="date" id="tl-from"></label><label>to <input type="date" id="tl-to"></label>'
        '<label><input type="checkbox" id="tl-hide"> hide speculative</label>'
        '<span id="tl-count" class="note"></span></div>'
    )
    return (f"<h3>Corpus timeline</h3>{controls}"
            '<div id="tl-plot" class="plot"></div>'
            '<p class="note">Points: events dated to the day; bars: a week, month or year; hollow: speculative. '
            "Click a point or a table row to read its evidence.</p>"
            f'<div id="tl-evidence" class="evidence-panel" hidden></div>{note}{table}')


def _initial_term(ctx: RunContext) -> str:
    """A word to show in the term explorer when the page opens: the most distinctive, else most frequent."""
    for names, column in ((tuple(n for n in ctx.written_tables() if n.startswith("keyness")), "term"),
                          (("top_terms", "term-frequencies", "frequencies"), "term")):
        found = _find_table(ctx, *names) if names else None
        if found is not None and column in found[1].columns and len(found[1]):
            table = found[1]
            if "key" in table.columns:
                table = table[table["key"] == "positive"]
            words = [str(t) for t in table[column].head(20) if str(t).isalpha() and len(str(t)) > 3]
            if words:
                return words[0]
    return ""


def term_explorer_html() -> str:
    return ('<form id="tx-form" class="filters"><label>Word, phrase or wildcard '
            '<input id="tx-query" type="search" placeholder="e.g. sanction*  or  peace talks" size="32"></label>'
            '<span id="tx-summary" class="note">Type a word, a phrase or a wildcard such as sanction*.</span></form>'
            '<div class="pair"><div id="tx-dispersion" class="plot"></div><div id="tx-trend" class="plot"></div></div>'
            '<table class="kwic"><tbody id="tx-kwic"></tbody></table>')


def bar_chart(page: Page, name: str, labels: Sequence[str], values: Sequence[float], hover: Sequence[str], *,
              title: str, axis: str, colour: str | Sequence[str] = "#0b5cad") -> str:
    """A horizontal bar chart with hover, first label at the top."""
    page.charts[name] = {
        "data": [{"type": "bar", "orientation": "h", "y": list(labels), "x": [round(float(v), 4) for v in values],
                  "text": list(hover), "hovertemplate": "%{text}<extra></extra>", "textposition": "none",
                  "marker": {"color": colour if isinstance(colour, str) else list(colour)}}],
        "layout": {"height": 120 + 22 * len(labels), "margin": {"l": 140, "r": 20, "t": 40, "b": 45},
                   "title": {"text": escape(title), "font": {"size": 14}, "x": 0.01},
                   "xaxis": {"title": {"text": escape(axis)}},
                   "yaxis": {"autorange": "reversed", "automargin": True}},
    }
    return f'<div class="chart" data-chart="{escape(name)}"></div>'


def terms_charts(page: Page, freqs: pd.DataFrame | None, keyness: tuple[str, pd.DataFrame] | None, top: int) -> str:
    parts = []
    if freqs is not None and {"term", "count"} <= set(freqs.columns) and len(freqs):
        head = freqs.head(min(top, 30))
        hover = [f"{escape(t)}: {int(c):,} times" + (f", {p:.1f} per 10k words" if "per_10k" in head else "")
                 + (f", in {int(d):,} documents" if "docs" in head else "")
                 for t, c, p, d in zip(head["term"], head["count"], head.get("per_10k", head["count"]),
                                       head.get("docs", head["count"]))]
        parts.append(bar_chart(page, "top-terms", [escape(t) for t in head["term"]], head["count"], hover,
                               title="Most frequent words (hover for rate and documents)", axis="occurrences"))
    if keyness is not None:
        name, key = keyness
        if {"term", "g2"} <= set(key.columns) and len(key):
            reference = name.split("-", 1)[1] if "-" in name else "the reference corpus"
            positive = key[key["key"] == "positive"] if "key" in key.columns else key
            head = positive.sort_values("g2", ascending=False, kind="stable").head(20)
            hover = [f"{escape(t)}: G² {g:,.1f}" + (f", log ratio {lr:+.2f}" if "log_ratio" in head else "")
                     + (f", {c:,} here vs {rc:,} in {escape(reference)}" if "ref_count" in head else "")
                     for t, g, lr, c, rc in zip(head["term"], head["g2"], head.get("log_ratio", head["g2"]),
                                                head.get("count", head["g2"]), head.get("ref_count", head["g2"]))]
            parts.append(bar_chart(page, "keyness", [escape(t) for t in head["term"]], head["g2"], hover,
                                   title=f"Key words against {reference} (bars: log-likelihood G², the order)",
                                   axis="G² (higher = more distinctive of this corpus)", colour="#d7301f"))
    return "".join(f"<figure>{p}</figure>" for p in parts)


def _asset(package: str, rel: str) -> str:
    """A file shipped in ``package``, read without importing the package where it is a folder
    (importing itables, for its two files, took 0.35 s of every report)."""
    import importlib.util
    from importlib import resources

    spec = importlib.util.find_spec(package)
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder) / rel
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return resources.files(package).joinpath(rel).read_text(encoding="utf-8")  # e.g. inside a zip


def packed(text: str) -> str:
    """``text`` gzipped (no timestamp, so the bytes repeat) and base64-encoded: what the page unpacks
    with the browser's own DecompressionStream. Base64 has no ``<``, so nothing can close its script.

    >>> import gzip; gzip.decompress(base64.b64decode(packed("<b>hi</b>")))
    b'<b>hi</b>'
    >>> packed("x") == packed("x") and "<" not in packed("</script>")
    True
    """
    import gzip

    # Level 6, zlib's default: level 9 made BBC's page data 0.4% smaller for 55% more time
    # (0.39 s against 0.25 s; plotly.js 0.16 s against 0.12 s).
    return base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii")


def _classic_datatables() -> str:
    """itables' DataTables ES module as a plain script that sets ``window.communiqueDT``."""
    import re

    code = _asset("itables", "html/dt_bundle.js")
    exports = re.search(r"export\s*\{([^}]*)\}\s*;?", code)
    if exports is None or "import.meta" in code or re.search(r"^\s*import[\s{]", code, re.MULTILINE):
        raise RuntimeError("unexpected layout of itables' dt_bundle.js")  # pragma: no cover
    names = {}
    for item in exports.group(1).split(","):
        local, _, public = (part.strip() for part in item.partition(" as "))
        names["DataTable" if public == "default" else public or local] = local
    glue = "window.communiqueDT={" + ",".join(f"{k}:{v}" for k, v in names.items()) + "};"
    return '(function(){"use strict";\n' + code[: exports.start()] + glue + code[exports.end():] + "\n})();"


def _script(name: str, text: str) -> str:
    return f'<script type="application/gzip" id="{name}">{packed(text)}</script>\n'


@functools.cache
def library_scripts() -> str:
    """The libraries' script blocks (from their wheels), gzipped: the same for every report, so
    made once a process."""
    return (_script("lib-plotly", _asset("plotly", "package_data/plotly.min.js"))
            + _script("lib-datatables", _classic_datatables())
            + _script("lib-datatables-css", _asset("itables", "html/dt_bundle.css")))


def scripts_html(page: Page) -> str:
    """The libraries (from their wheels) and the page's data, gzipped, and communique's script."""
    data = json.dumps(page.data(), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (library_scripts() + _script("report-data", data)
            + f'<script type="module">{_asset("communique.run", "assets/report.js")}</script>\n')


def prepare_report(ctx: RunContext) -> None:
    """What the report needs that no figure still being drawn changes, made while the drawer
    processes finish instead of after them: the libraries gzipped (plotly.js takes
    0.12 s) and the embedded form of the figures already written (a word cloud's palette PNG, 0.35 s)."""
    library_scripts()
    for future in list(getattr(ctx, "pending_figures", [])):
        if future.done() and future.exception() is None:
            for path in {Path(p).with_suffix("") for p in future.result()}:
                _inline(path)


def build_report(ctx: RunContext, *, inputs: Sequence[str] | None = None) -> str:
    """The report's HTML text."""
    from communique import __version__
    from communique.run.options import reproduce_command

    if inputs is None:
        inputs = getattr(ctx, "inputs", None) or _inputs_of(ctx)
    inputs = [str(p) for p in inputs]
    sections: dict[str, list[str]] = {key: [] for key in SECTION_TITLES}
    page = Page()
    documents = ctx.summary.get("documents", ctx.n_documents)
    sections["summary"].append(_cards(ctx.summary))
    stages_ran = [s for s in ctx.timings if s not in ("loading", "report")]
    if stages_ran:
        sections["summary"].append(f'<p class="note">Stages: {escape(", ".join(stages_ran))}.</p>')

    found = _find_table(ctx, "timeline", "events")
    events = _find_table(ctx, "events")

    if found:
        name, table = found
        if len(table):
            dates = table.get("date", table.get("date_start"))
            if dates is not None and not dates.fillna("").astype(str).str.strip().astype(bool).any():
                sections["timeline"].append('<p class="note">No event could be dated (the inputs carry no '
                                            "publication date and the text gave none); events are in document "
                                            "order. Give one with <code>--date</code>.</p>")
            if name == "timeline" and "date_start" in table.columns:
                sections["timeline"].append(timeline_section(page, table, events[1] if events else None,
                                                             _csv_link(ctx, name)))
            else:
                sections["timeline"].append(timeline_html(table, source=_csv_link(ctx, name)))
        else:
            sections["timeline"].append('<p class="note">No diplomatic events were found.</p>')

    freqs = _find_table(ctx, "top_terms", "term-frequencies", "frequencies")
    keyness_name = next((n for n in ctx.written_tables() if n.startswith("keyness")), None)
    keyness = _find_table(ctx, keyness_name) if keyness_name else None
    charts = terms_charts(page, freqs[1] if freqs else None, keyness, ctx.options.top)
    replaced = {"top-terms"} if freqs is not None and "top-terms" in charts else set()
    if keyness is not None and 'data-chart="keyness"' in charts:
        replaced.add(keyness[0])
    if charts:
        sections["terms"].append(charts)
    if freqs:
        name, table = freqs
        sections["terms"].append(f"<h3>{escape(_humanise(name))}</h3>"
                                 + datatable_html(page, name, table, source=_csv_link(ctx, name)))
    if keyness:
        name, table = keyness
        cols = [c for c in ("term", "key", "count", "ref_count", "per_10k", "ref_per_10k", "g2", "log_ratio")
                if c in table.columns]
        sections["terms"].append(f"<h3>{escape(_humanise(name))}</h3>"
                                 + datatable_html(page, name, table, columns=cols, source=_csv_link(ctx, name)))
    found = _find_table(ctx, "topic_terms", "topics")
    labels_found = _find_table(ctx, "topics")
    labels = {}
    if labels_found is not None and {"topic", "label"} <= set(labels_found[1].columns):
        labels = dict(zip(labels_found[1]["topic"], labels_found[1]["label"].fillna("").astype(str)))
    if found:
        sections["topics"].append(topics_html(found[1], labels=labels))
    if labels_found is not None and found and found[0] != "topics":
        table = labels_found[1]
        cols = [c for c in ("topic", "label", "share", "documents", "coherence", "stability", "top_terms")
                if c in table.columns]
        sections["topics"].append(datatable_html(page, "topics", table, columns=cols, source=_csv_link(ctx, "topics")))

    for name in ctx.figures():
        path = next((Path(p) for p in ctx.outputs if Path(p).stem == name), None)
        if path is not None:
            if name in replaced:  # drawn above with hover; the static files stay linked
                links = " · ".join(f'<a href="{escape(p.name)}">{p.suffix[1:].upper()}</a>'
                                   for p in (path.with_suffix(".png"), path.with_suffix(".svg")) if p.is_file())
                sections["terms"].append(f'<p class="note">{escape(name)} as a static figure: {links}</p>')
                continue
            sections[_figure_section(name)].append(figure_html(path))

    table_links = []
    for name in ctx.written_tables():
        links = " · ".join(f'<a href="{escape(name)}.{ext}">{ext.upper()}</a>' for ext in ("csv", "parquet")
                           if any(Path(p).name == f"{name}.{ext}" for p in ctx.outputs))
        rows = f" ({_row_count(ctx, name):,} rows)" if _row_count(ctx, name) is not None else ""
        table_links.append(f"<li><b>{escape(name)}</b>{rows}: {links}</li>")
    graphs = [p for p in ctx.outputs if Path(p).suffix in (".gexf", ".graphml")]
    for path in dict.fromkeys(Path(p).name for p in graphs):
        table_links.append(f'<li><b>{escape(path)}</b>: <a href="{escape(path)}">actor network for Gephi</a></li>')
    if table_links:
        sections["tables"].append(f'<ul>{"".join(table_links)}</ul>')

    if ctx.errors:
        import pandas as pd

        errors = pd.DataFrame({"file": [e.path for e in ctx.errors],
                               "what happened": ["skipped" if getattr(e, "severity", "error") == "error"
                                                 else "read, repaired" for e in ctx.errors],
                               "reason": [e.reason for e in ctx.errors]})
        sections["errors"].append(datatable_html(page, "errors", errors, titles=["File", "What happened", "Reason"],
                                                 source=_csv_link(ctx, "errors")))

    # Now the documents the page refers to, and the term explorer's sentences in what is left of the budget.
    used = (sum(len(p) for parts in sections.values() for p in parts) + len(packed(json_for_script(page.data())))
            + LIBRARY_BYTES + 130 * len(page.docs) + 60 * min(ctx.n_documents, MAX_DOCUMENT_TABLE_ROWS) + 100_000)
    outlets = collect_documents(ctx, page, budget=BUDGET_BYTES - used)
    if page.timeline:
        for i, evidence in page.evidence.items():  # the evidence shown: one per outlet first
            seen: set[str] = set()
            first = [e for e in evidence if not (page.docs[e[0]][2] in seen or seen.add(page.docs[e[0]][2]))]
            # every outlet once (so that filtering by outlet finds its evidence), then the rest
            chosen = first[:MAX_OUTLET_EVIDENCE] + [e for e in evidence if e not in first][:max(0, MAX_EVIDENCE - len(first))]
            page.timeline["entries"][i]["ev"] = sorted(chosen, key=evidence.index)
            page.timeline["entries"][i]["more"] = len(evidence) - len(chosen)
        for entry in page.timeline["entries"]:  # an evidence sentence that is its document's title is sent once
            for item in entry["ev"]:
                if item[1] and item[1] == page.docs[item[0]][1]:
                    item[1] = 0
    if page.terms:
        page.terms["initial"] = _initial_term(ctx)
        sections["explorer"].append(term_explorer_html())
    found_docs = _find_table(ctx, "documents")
    if found_docs and len(found_docs[1]):
        docs = found_docs[1].copy()
        if any(outlets.values()):
            docs["outlet"] = [outlets.get(d, "") for d in docs["doc_id"]]
        columns = [c for c in ("doc_id", "title", "outlet", "published", "words") if c in docs.columns]
        if "published" in docs.columns:
            docs["published"] = docs["published"].fillna("").astype(str).str[:10]
        sections["documents"].append(datatable_html(page, "documents", docs, columns=columns,
                                                    max_rows=MAX_DOCUMENT_TABLE_ROWS, source=_csv_link(ctx, "documents")))

    params = ctx.options.parameters()
    sections["reproduce"].append(
        f"<pre>{escape(reproduce_command(ctx.options, inputs))}</pre>"
        f'<p class="note">Parameters: {escape(", ".join(f"{k}={v}" for k, v in params.items() if v not in (None, [], {})))}. '
        'Input hashes, library versions and output hashes are in <a href="manifest.json">manifest.json</a>.</p>'
    )

    nav, body = [], []
    for key, parts in sections.items():
        if not parts:
            continue
        nav.append(f'<a href="#{key}">{escape(NAV_TITLES.get(key, SECTION_TITLES[key]))}</a>')
        body.append(f'<section id="{key}"><h2>{escape(SECTION_TITLES[key])}</h2>{"".join(parts)}</section>')
    title = f"communique report: {', '.join(inputs)}"
    subtitle = f"{_fmt(documents)} document(s) from {escape(', '.join(inputs))}"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="communique {escape(__version__)}">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body>"
        f"<header><h1>communique report</h1><p>{subtitle}</p></header>\n"
        f'<nav>{"".join(nav)}</nav>\n<main>\n' + "\n".join(body) + "\n</main>\n"
        f"<footer>Written by communique {escape(__version__)}. Tables: DataTables; charts: plotly.js "
        "(both inlined, so the page works offline).</footer>\n" + scripts_html(page) + "</body></html>\n"
    )


def _row_count(ctx: RunContext, name: str) -> int | None:
    """Rows of a written table (from the Parquet footer, without reading the data)."""
    value = ctx.tables.get(name)
    if hasattr(value, "shape"):
        return int(value.shape[0])
    path = next((Path(p) for p in ctx.outputs if Path(p).name == f"{name}.parquet"), None)
    if path is None or not path.is_file():
        return None
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_rows)


def _inputs_of(ctx: RunContext) -> list[str]:
    if ctx.documents is None:
        return []
    return list(dict.fromkeys(str(Path(path).parent if path else doc)
                              for doc, path in zip(ctx.documents["doc_id"], ctx.documents["path"])))[:5]


def write_report(ctx: RunContext, inputs: Sequence[str] | None = None) -> Path:
    """Write ``report.html`` into ``ctx.out`` (atomically) and return its path."""
    return atomic_write_text(ctx.out / REPORT_NAME, build_report(ctx, inputs=inputs))
