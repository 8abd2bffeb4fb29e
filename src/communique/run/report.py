"""``report.html``: one self-contained page with everything a run found.

Sections are built from whatever the stages left (``ctx.summary``, ``ctx.tables``, the
figures and tables written): a summary, the timeline of events with their evidence
sentences, top terms, topics, every figure, links to every table, and the files that could
not be read. Figures are embedded as ``data:`` URIs and the CSS is inline, so the file opens
from disk without a network. All text from articles is HTML-escaped. The bytes depend only
on the run's outputs and parameters (no clock), so reruns write the same file.

>>> print(escape('<script>alert("x")</script>'))
&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;
"""

from __future__ import annotations

import base64
import html
from collections.abc import Sequence
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
MAX_INLINE_SVG = 400_000  # bytes; a larger SVG is embedded as its PNG when that is less than half the size

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
    "terms": "Words that matter",
    "topics": "Topics",
    "figures": "More figures",
    "tables": "Tables",
    "errors": "Problems with input files",
    "reproduce": "Reproduce this run",
}

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
section{margin-top:2.2rem}
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


def timeline_html(table: pd.DataFrame, *, source: str | None = None, max_rows: int = MAX_TIMELINE_ROWS) -> str:
    """Events in date order: date, who, what, to whom, and the evidence sentence with its document."""
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
        rows.append(
            "<tr>"
            f'<td class="date">{escape(event.get(shown)) if shown else ""}{note}</td>'
            f"<td>{escape(event.get(who)) if who else ''}</td>"
            f"<td>{escape(event.get(what)) if what else ''}</td>"
            f"<td>{escape(event.get(whom)) if whom else ''}</td>"
            f'<td class="evidence">{_evidence(event.get(sentence), trigger) if sentence else ""}'
            + (f' <span class="src">{escape(event.get(doc))}</span>' if doc else "")
            + "</td></tr>"
        )
    more = ""
    if len(table) > max_rows:
        where = f' (all in <a href="{escape(source)}">{escape(source)}</a>)' if source else ""
        what = "most-reported" if busiest else "first"
        more = f'<p class="note">The {what} {max_rows:,} of {len(table):,} events, in date order{where}.</p>'
    head = "<tr><th>Date</th><th>Who</th><th>Did what</th><th>To whom</th><th>Evidence</th></tr>"
    return f'<table class="timeline"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>{more}'


def topics_html(table: pd.DataFrame, *, per_topic: int = 10) -> str:
    """One box per topic with its top terms (long ``topic, term[, weight]`` tables), else a table."""
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
        title = f"Topic {escape(key)}"
        if label and isinstance(group[label].iloc[0], str) and group[label].iloc[0]:
            title += f": {escape(group[label].iloc[0])}"
        boxes.append(f'<div class="topic"><h3>{title}</h3><div>{terms}</div></div>')
    return f'<div class="topics">{"".join(boxes)}</div>'


def figure_html(path: Path) -> str:
    """A figure embedded as a ``data:`` URI (SVG, or PNG when the SVG is huge) with links to its files."""
    svg, png = path.with_suffix(".svg"), path.with_suffix(".png")
    chosen = svg if svg.is_file() else png
    if svg.is_file() and png.is_file() and svg.stat().st_size > max(2 * png.stat().st_size, MAX_INLINE_SVG):
        chosen = png  # e.g. thousands of dispersion ticks: the PNG is far smaller
    mime = "image/svg+xml" if chosen.suffix == ".svg" else "image/png"
    data = base64.b64encode(chosen.read_bytes()).decode("ascii")
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


def build_report(ctx: RunContext, *, inputs: Sequence[str] | None = None) -> str:
    """The report's HTML text."""
    from communique import __version__
    from communique.run.options import reproduce_command

    if inputs is None:
        inputs = getattr(ctx, "inputs", None) or _inputs_of(ctx)
    inputs = [str(p) for p in inputs]
    sections: dict[str, list[str]] = {key: [] for key in SECTION_TITLES}
    documents = ctx.summary.get("documents", ctx.n_documents)
    sections["summary"].append(_cards(ctx.summary))
    stages_ran = [s for s in ctx.timings if s not in ("loading", "report")]
    if stages_ran:
        sections["summary"].append(f'<p class="note">Stages: {escape(", ".join(stages_ran))}.</p>')

    found = _find_table(ctx, "documents")
    if found and len(found[1]):
        columns = [c for c in ("doc_id", "title", "published", "words") if c in found[1].columns]
        sections["documents"].append(table_html(found[1], columns=columns, max_rows=MAX_DOCUMENT_ROWS,
                                                source=_csv_link(ctx, "documents")))

    found = _find_table(ctx, "timeline", "events")
    if found:
        name, table = found
        if len(table):
            dates = table.get("date", table.get("date_start"))
            if dates is not None and not dates.fillna("").astype(str).str.strip().astype(bool).any():
                sections["timeline"].append('<p class="note">No event could be dated (the inputs carry no '
                                            "publication date and the text gave none); events are in document "
                                            "order. Give one with <code>--date</code>.</p>")
            sections["timeline"].append(timeline_html(table, source=_csv_link(ctx, name)))
        else:
            sections["timeline"].append('<p class="note">No diplomatic events were found.</p>')
    found = _find_table(ctx, "top_terms", "term-frequencies", "frequencies")
    if found:
        name, table = found
        sections["terms"].append(f"<h3>{escape(_humanise(name))}</h3>"
                                 + table_html(table, max_rows=min(ctx.options.top, MAX_ROWS), source=_csv_link(ctx, name)))
    found = _find_table(ctx, "topic_terms", "topics")
    if found:
        sections["topics"].append(topics_html(found[1]))

    for name in ctx.figures():
        path = next((Path(p) for p in ctx.outputs if Path(p).stem == name), None)
        if path is not None:
            sections[_figure_section(name)].append(figure_html(path))

    table_links = []
    for name in ctx.written_tables():
        links = " · ".join(f'<a href="{escape(name)}.{ext}">{ext.upper()}</a>' for ext in ("csv", "parquet")
                           if any(Path(p).name == f"{name}.{ext}" for p in ctx.outputs))
        rows = f" ({_row_count(ctx, name):,} rows)" if _row_count(ctx, name) is not None else ""
        table_links.append(f"<li><b>{escape(name)}</b>{rows}: {links}</li>")
    if table_links:
        sections["tables"].append(f'<ul>{"".join(table_links)}</ul>')

    if ctx.errors:
        rows = "".join(
            f"<tr><td>{escape(e.path)}</td><td>{'skipped' if getattr(e, 'severity', 'error') == 'error' else 'read, repaired'}"
            f"</td><td>{escape(e.reason)}</td></tr>" for e in ctx.errors[:200])
        more = f'<p class="note">First 200 of {len(ctx.errors):,} (all in errors.csv).</p>' if len(ctx.errors) > 200 else ""
        sections["errors"].append("<table><thead><tr><th>File</th><th>What happened</th><th>Reason</th></tr></thead>"
                                  f"<tbody>{rows}</tbody></table>{more}")

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
        nav.append(f'<a href="#{key}">{escape(SECTION_TITLES[key])}</a>')
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
        f"<footer>Written by communique {escape(__version__)}.</footer>\n</body></html>\n"
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
