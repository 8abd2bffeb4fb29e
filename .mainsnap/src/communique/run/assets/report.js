// communique report: tables, corpus timeline and term explorer over the JSON in #report-data.
// The libraries and the data are gzipped base64 blocks in the page; the browser unpacks them
// (DecompressionStream, no network) and runs the libraries as inline scripts.
// Every string from an article goes through esc() or textContent; only http(s) URLs become links.
performance.mark("communique-start");
async function unpack(id) {
  const binary = atob(document.getElementById(id).textContent);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
}
function inline(tag, code) {
  const el = document.createElement(tag);
  el.textContent = code;
  document.head.appendChild(el);
}
// DataTables and the data first: tables, filters and the term explorer's lines work before the
// (large) plotly.js has run; charts are drawn once it has (``plotted``).
const plotlyText = unpack("lib-plotly");
const [dtCode, dtCss, dataText] = await Promise.all(["lib-datatables", "lib-datatables-css", "report-data"].map(unpack));
performance.mark("unpacked");
inline("style", dtCss);
inline("script", dtCode);
performance.mark("libraries");
const D = JSON.parse(dataText);
const { DataTable } = window.communiqueDT;
let Plot = null;
const plotted = plotlyText.then((code) => new Promise((resolve) => setTimeout(() => {
  performance.mark("plotly-start");
  inline("script", code);
  Plot = window.Plotly;
  performance.mark("plotly-run");
  resolve(Plot);
}, 0)));
const withPlot = (draw) => plotted.then(draw);
const ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ESC[c]);
const safeUrl = (u) => (/^https?:\/\//i.test(String(u || "")) ? String(u) : "");
const fmt = (v) => (typeof v !== "number" ? esc(v) : Number.isInteger(v) ? v.toLocaleString("en")
  : Math.abs(v) >= 1000 ? Math.round(v).toLocaleString("en") : Number(v.toPrecision(3)).toString());
const PLOT_CONFIG = { displaylogo: false, responsive: true, modeBarButtonsToRemove: ["select2d", "lasso2d"] };
const QUAD = D.quad || {};
const docs = D.docs || [];  // [doc_id, title, outlet, date, url]

function docLine(k) {
  const d = docs[k] || [];
  const parts = [`<b>${esc(d[1] || d[0])}</b>`];
  if (d[2]) parts.push(esc(d[2]));
  parts.push(d[3] ? esc(d[3]) : "undated");
  const url = safeUrl(d[4]);
  if (url) parts.push(`<a href="${esc(url)}" rel="noopener noreferrer" target="_blank">source</a>`);
  return `<span class="src">${parts.join(" · ")}</span>`;
}

function marked(sentence, word) {
  const text = String(sentence || "");
  const at = word ? text.indexOf(word) : -1;
  if (at < 0) return esc(text);
  return esc(text.slice(0, at)) + "<mark>" + esc(word) + "</mark>" + esc(text.slice(at + word.length));
}

// The timeline table's rows come from the timeline entries (not sent twice).
if (D.timeline && D.tables.timeline) {
  const outlets = (e) => [...new Set(e.docs.map((k) => (docs[k] || [])[2]).filter(Boolean))].sort().join("; ");
  D.tables.timeline.rows = D.timeline.entries.map((e) => [e.date || "undated", e.who, e.label, e.whom, e.cameo, e.loc,
    e.m, e.spec ? "speculative" : "", outlets(e), e.i]);
}

// ---- tables: every .dt table gets DataTables (sort, search, paging) and a filter box per column
const TABLES = {};
function makeTable(el) {
  const spec = D.tables[el.dataset.table];
  if (!spec) return null;
  const columns = spec.columns.map((c) => ({
    title: c.title,
    className: c.num ? "dt-right" : "", visible: !c.hidden, searchable: !c.hidden,
    type: c.num ? "num" : "string",
    render: c.num ? (d, type) => (type === "display" ? fmt(d) : d) : DataTable.render.text(),
  }));
  const table = new DataTable(el, {
    data: spec.rows, columns, pageLength: spec.page || 10, deferRender: true, order: [], autoWidth: false,
    lengthMenu: [10, 25, 50, 100], language: { search: "Search all columns:" },
  });
  const row = document.createElement("tr");
  row.className = "col-filters";
  table.columns().every(function (i) {
    if (spec.columns[i].hidden) return;
    const th = document.createElement("th");
    const input = document.createElement("input");
    input.type = "search";
    input.placeholder = "filter " + spec.columns[i].title.toLowerCase();
    input.setAttribute("aria-label", input.placeholder);
    input.addEventListener("input", () => this.search(input.value).draw());
    th.appendChild(input);
    row.appendChild(th);
  });
  el.tHead.appendChild(row);
  TABLES[el.dataset.table] = table;
  return table;
}
// Tables and charts further down are set up when they come near the viewport (first paint
// stays fast on a large corpus); the documents and timeline tables at the top right away.
const lazy = new IntersectionObserver((seen) => {
  for (const item of seen) {
    if (!item.isIntersecting) continue;
    lazy.unobserve(item.target);
    item.target.dispatchEvent(new Event("communique-show"));
  }
}, { rootMargin: "800px 0px" });
function whenShown(el, setup) {
  el.addEventListener("communique-show", setup, { once: true });
  lazy.observe(el);
}
document.querySelectorAll("table.dt[data-table]").forEach((el) => {
  if (["documents", "timeline"].includes(el.dataset.table)) makeTable(el);
  else whenShown(el, () => makeTable(el));
});
performance.mark("after-document.que");


// ---- static charts from tables (bars with hover)
document.querySelectorAll("div.chart[data-chart]").forEach((el) => {
  const spec = D.charts[el.dataset.chart];
  if (spec) whenShown(el, () => withPlot(() => Plot.newPlot(el, spec.data, spec.layout, PLOT_CONFIG)));
});

// ---- corpus timeline
function timeline() {
  const T = D.timeline;
  const root = document.getElementById("corpus-timeline");
  if (!T || !root) return;
  const entries = T.entries;  // see report.py: timeline_data()
  const $ = (id) => document.getElementById(id);
  const options = (select, pairs) => {
    for (const [value, label] of pairs) {
      const o = document.createElement("option");
      o.value = value; o.textContent = label; select.appendChild(o);
    }
  };
  const count = (key) => {
    const n = new Map();
    for (const e of entries) for (const v of key(e)) if (v) n.set(v, (n.get(v) || 0) + 1);
    return [...n.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  };
  options($("tl-actor"), count((e) => [e.who, e.whom]).map(([v, n]) => [v, `${v} (${n})`]));
  options($("tl-root"), count((e) => [e.root]).map(([v, n]) => [v, `${v} ${T.roots[v] || ""} (${n})`]));
  options($("tl-outlet"), count((e) => [...new Set(e.docs.map((k) => (docs[k] || [])[2]))]).map(([v, n]) => [v, `${v} (${n})`]));
  if ($("tl-outlet").options.length < 2) $("tl-outlet").disabled = true;
  const dated = entries.filter((e) => e.start);
  if (dated.length) {
    $("tl-from").value = dated.reduce((a, e) => (e.start < a ? e.start : a), dated[0].start);
    $("tl-to").value = dated.reduce((a, e) => (e.end > a ? e.end : a), dated[0].end);
  }
  const table = TABLES["timeline"];
  const plot = $("tl-plot");
  const panel = $("tl-evidence");

  function show(e) {
    if (!e) return;
    const head = `<h3>${esc(e.date || "undated")}: ${esc(e.label)}</h3>`;
    const facts = [`${esc(e.who || "?")} → ${esc(e.whom || "?")}`, `CAMEO ${esc(e.cameo)} (${esc(T.roots[e.root] || e.root)})`,
      esc(QUAD[e.quad] || ""), e.loc ? `in ${esc(e.loc)}` : "", `${e.m} mention${e.m === 1 ? "" : "s"}`,
      e.spec ? '<span class="spec">speculative (hedged or future)</span>' : ""].filter(Boolean);
    const groups = [];  // evidence sentences grouped by document, in order
    for (const [k, sentence, trigger] of e.ev) {
      const last = groups[groups.length - 1];
      const line = `<q>${marked(sentence === 0 ? (docs[k] || [])[1] : sentence, trigger)}</q>`;
      if (last && last.k === k) { if (!last.lines.includes(line)) last.lines.push(line); } else groups.push({ k, lines: [line] });
    }
    const outlet = $("tl-outlet").value;  // evidence from the chosen outlet first
    if (outlet) groups.sort((a, b) => ((docs[b.k] || [])[2] === outlet) - ((docs[a.k] || [])[2] === outlet));
    const items = groups.map((g) => `<li>${g.lines.join("<br>")}<br>${docLine(g.k)}</li>`);
    const more = e.more ? `<p class="note">and ${e.more} more mention(s) (all in ${esc(T.source || "timeline.csv")}).</p>` : "";
    panel.innerHTML = `${head}<p class="note">${facts.join(" · ")}</p><ol class="evidence">${items.join("")}</ol>${more}`;
    panel.hidden = false;
  }

  function filtered() {
    const actor = $("tl-actor").value, rootCode = $("tl-root").value, outlet = $("tl-outlet").value;
    const from = $("tl-from").value, to = $("tl-to").value, hide = $("tl-hide").checked;
    return entries.filter((e) => (!actor || e.who === actor || e.whom === actor) && (!rootCode || e.root === rootCode)
      && (!outlet || e.docs.some((k) => (docs[k] || [])[2] === outlet)) && !(hide && e.spec)
      && (!e.start || ((!from || e.end >= from) && (!to || e.start <= to))));
  }

  function draw() {
    const shown = filtered();
    const onAxis = shown.filter((e) => e.start);
    const lanes = [...new Set(onAxis.map((e) => e.root))].sort();
    const traces = [];
    for (const q of [1, 2, 3, 4]) {
      const x = [], y = [], text = [], custom = [], symbol = [], lx = [], ly = [];
      const seen = new Map();
      for (const e of onAxis.filter((e) => !e.spec).concat(onAxis.filter((e) => e.spec))) {
        if (e.quad !== q) continue;
        const lane = lanes.indexOf(e.root);
        const key = lane + "|" + e.start;
        const k = seen.get(key) || 0;
        seen.set(key, k + 1);
        const yy = lane + [0, 1, -1, 2, -2, 3, -3][k % 7] * 0.1;  // same day, same root: fan out, not overdraw
        const hover = `${esc(e.date)}<br>${esc(e.who)} → ${esc(e.label)} → ${esc(e.whom)}<br>CAMEO ${esc(e.cameo)}`
          + (e.loc ? ` · ${esc(e.loc)}` : "") + ` · ${e.m}×` + (e.spec ? " · speculative" : "");
        const points = e.start === e.end ? [e.start] : [e.start, e.end];
        for (const p of points) { x.push(p); y.push(yy); text.push(hover); custom.push(e.i); symbol.push(e.spec ? "circle-open" : "circle"); }
        if (points.length > 1) { lx.push(e.start, e.end, null); ly.push(yy, yy, null); }
      }
      const colour = D.quadColours[q];
      if (lx.length) traces.push({ type: "scatter", mode: "lines", x: lx, y: ly, hoverinfo: "skip", showlegend: false,
        line: { width: 5, color: colour }, opacity: 0.55 });
      if (x.length) traces.push({  // the legend's swatch: solid, whatever the first point is
        type: "scatter", mode: "markers", name: QUAD[q] || `quad ${q}`, x: [null], y: [null], legendgroup: String(q),
        marker: { size: 9, color: colour }, hoverinfo: "skip" });
      if (x.length) traces.push({
        type: "scatter", mode: "markers", name: QUAD[q] || `quad ${q}`, x, y, text, customdata: custom,
        legendgroup: String(q), showlegend: false,
        hovertemplate: "%{text}<extra></extra>",
        marker: { size: onAxis.length > 500 ? 6 : 9, color: colour, symbol, line: { width: onAxis.length > 500 ? 1.5 : 2, color: colour } },
      });
    }
    // Far-off history (a 1937 mention in 2022 news) would squash the rest: view the central 98%
    // of the dates; the outliers stay one zoom-out (double-click) away.
    const starts = onAxis.map((e) => e.start).sort(), ends = onAxis.map((e) => e.end).sort();
    let range = null, outside = 0;
    if (starts.length > 20) {
      const lo = starts[Math.floor(starts.length * 0.01)], hi = ends[Math.ceil(ends.length * 0.99) - 1];
      const span = (Date.parse(ends[ends.length - 1]) - Date.parse(starts[0])) || 1;
      if ((Date.parse(hi) - Date.parse(lo)) * 3 < span) {
        const pad = Math.max(15 * 864e5, (Date.parse(hi) - Date.parse(lo)) * 0.04);
        range = [new Date(Date.parse(lo) - pad).toISOString().slice(0, 10), new Date(Date.parse(hi) + pad).toISOString().slice(0, 10)];
        outside = onAxis.filter((e) => e.end < lo || e.start > hi).length;
      }
    }
    if (!range && starts.length) {  // a single day (or a few close ones): a month around it, not milliseconds
      const lo = Date.parse(starts[0]), hi = Date.parse(ends[ends.length - 1]);
      if (hi - lo < 30 * 864e5) {
        const mid = (lo + hi) / 2;
        range = [new Date(mid - 20 * 864e5).toISOString().slice(0, 10), new Date(mid + 20 * 864e5).toISOString().slice(0, 10)];
      }
    }
    const layout = {
      height: Math.max(260, 90 + 34 * lanes.length), margin: { l: 200, r: 20, t: 10, b: 40 },
      xaxis: { type: "date", range: range || undefined, autorange: range ? false : true,
        title: { text: "date of the event (bars: known only to the week, month or year)"
          + (outside ? `; ${outside} far-off entr${outside === 1 ? "y" : "ies"} outside the view: double-click to see all` : "") } },
      yaxis: { tickvals: lanes.map((_, k) => k), ticktext: lanes.map((r) => `${r} ${T.roots[r] || ""}`),
        range: [lanes.length - 0.5, -0.5], zeroline: false, fixedrange: true },
      legend: { orientation: "h", y: 1.08 }, hovermode: "closest",
    };
    withPlot(() => {
      Plot.react(plot, traces, layout, PLOT_CONFIG);
      performance.mark("timeline-plotted");
    });
    const undated = shown.length - onAxis.length;
    $("tl-count").textContent = `${shown.length.toLocaleString("en")} of ${entries.length.toLocaleString("en")} entries`
      + (undated ? ` (${undated.toLocaleString("en")} undated: in the table, not on the axis)` : "");
    wanted = new Set(shown.map((e) => e.i));
    if (table && !first) table.draw();
    first = false;
  }
  let wanted = null, first = true;
  DataTable.ext.search.push((settings, _data, index) => settings.nTable !== (table && table.table().node()) || !wanted || wanted.has(index));
  performance.mark("timeline-controls");
  ["tl-actor", "tl-root", "tl-outlet", "tl-from", "tl-to", "tl-hide"].forEach((id) => $(id).addEventListener("change", draw));
  draw();
  withPlot(() => plot.on("plotly_click", (ev) => {
    const p = ev.points && ev.points[0];
    if (p && p.customdata != null) show(entries[p.customdata]);
  }));
  if (table) {
    table.on("click", "tbody tr", function () {
      const data = table.row(this).data();
      if (data) show(entries[data[data.length - 1]]);
    });
  }
}
timeline();
performance.mark("after-timeline();");

// ---- term explorer: a word, a phrase or a wildcard (sanction*) over the embedded sentences
function termExplorer() {
  const X = D.terms;
  const input = document.getElementById("tx-query");
  if (!X || !input) return;
  const sents = X.sentences;  // [doc index, text]
  const out = document.getElementById("tx-kwic"), summary = document.getElementById("tx-summary");
  const disp = document.getElementById("tx-dispersion"), trend = document.getElementById("tx-trend");
  const WORD = "\\p{L}\\p{N}";
  function pattern(query) {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return null;
    const body = words.map((w) => w.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(`[${WORD}]*`)).join("[\\s\\-–—]+");
    return new RegExp(`(?<![${WORD}])(${body})(?![${WORD}])`, "giu");
  }
  let lower = null;  // the sentences in lower case, made on the first search
  function needle(query) {  // the longest literal piece: a fast includes() before the regex
    const pieces = query.trim().toLowerCase().split(/[\s*]+/).filter(Boolean);
    return pieces.sort((a, b) => b.length - a.length)[0] || "";
  }
  function run() {
    const re = pattern(input.value);
    if (!re) { summary.textContent = "Type a word, a phrase or a wildcard such as sanction*."; out.innerHTML = ""; withPlot(() => { Plot.purge(disp); Plot.purge(trend); }); return; }
    if (!lower) lower = sents.map((s) => s[1].toLowerCase());
    const cheap = needle(input.value);
    const hits = [];
    const perDoc = new Map();
    for (let s = 0; s < sents.length; s++) {
      if (cheap && !lower[s].includes(cheap)) continue;
      const text = sents[s][1];
      re.lastIndex = 0;
      let m;
      while ((m = re.exec(text)) !== null) {
        hits.push([s, m.index, m[0].length]);
        perDoc.set(sents[s][0], (perDoc.get(sents[s][0]) || 0) + 1);
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    const forms = new Map();
    for (const [s, at, n] of hits) { const f = sents[s][1].substr(at, n).toLowerCase(); forms.set(f, (forms.get(f) || 0) + 1); }
    const top = [...forms.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([f, n]) => `${esc(f)} (${n})`).join(", ");
    summary.innerHTML = `<b>${hits.length.toLocaleString("en")}</b> hit(s) in <b>${perDoc.size.toLocaleString("en")}</b> of ${X.documents.toLocaleString("en")} documents`
      + (top ? `: ${top}` : "") + (X.note ? ` <span class="note">${esc(X.note)}</span>` : "");
    const shown = hits.slice(0, X.maxLines);
    out.innerHTML = shown.map(([s, at, n]) => {
      const text = sents[s][1];
      const left = text.slice(Math.max(0, at - 70), at), right = text.slice(at + n, at + n + 70);
      return `<tr><td class="left"><span>${esc(left)}</span></td><td class="hit"><mark>${esc(text.substr(at, n))}</mark></td><td class="right">${esc(right)}</td><td class="doc">${docLine(sents[s][0])}</td></tr>`;
    }).join("") + (hits.length > shown.length ? `<tr><td colspan="4" class="note">First ${shown.length} of ${hits.length.toLocaleString("en")} lines.</td></tr>` : "");
    // dispersion: every document on its date (or its place in the corpus when undated), hits as bars
    const ks = [...perDoc.keys()].sort((a, b) => a - b);
    const datedDocs = ks.filter((k) => (docs[k] || [])[3]);
    const x = ks.map((k) => (docs[k][3] || null)), xn = ks.map((k) => docs[k][5]);
    const useDates = datedDocs.length === ks.length && ks.length > 0;
    withPlot(() => Plot.react(disp, [{
      type: "scatter", mode: "markers", x: useDates ? x : xn, y: ks.map((k) => perDoc.get(k)),
      text: ks.map((k) => `${esc((docs[k] || [])[1] || (docs[k] || [])[0])}<br>${esc((docs[k] || [])[3] || "undated")}`),
      hovertemplate: "%{text}<br>%{y} hit(s)<extra></extra>", marker: { size: 8, color: "#0b5cad", opacity: 0.7 },
    }], {
      height: 240, margin: { l: 50, r: 10, t: 30, b: 45 }, title: { text: "Dispersion: hits per document", font: { size: 13 } },
      xaxis: useDates ? { type: "date", title: { text: "publication date" } }
        : { title: { text: `document number in the corpus (${X.datedShare < 1 ? "undated documents: no date axis" : "order"})` }, range: [0, X.total + 1] },
      yaxis: { title: { text: "hits" }, rangemode: "tozero" },
    }, PLOT_CONFIG));
    // trend: hits per 10,000 words per month of publication
    if (X.months && X.months.length >= 2) {
      const monthOf = (k) => String((docs[k] || [])[3] || "").slice(0, 7);
      const per = new Map();
      for (const k of ks) { const m = monthOf(k); if (m.length === 7) per.set(m, (per.get(m) || 0) + perDoc.get(k)); }
      withPlot(() => Plot.react(trend, [{
        type: "bar", x: X.months.map((m) => m[0]), y: X.months.map(([m, w]) => (w ? (10000 * (per.get(m) || 0)) / w : 0)),
        text: X.months.map(([m, w]) => `${m}: ${per.get(m) || 0} hit(s) in ${w.toLocaleString("en")} words`),
        hovertemplate: "%{text}<br>%{y:.2f} per 10k words<extra></extra>", textposition: "none", marker: { color: "#e6a000" },
      }], {
        height: 260, margin: { l: 50, r: 10, t: 30, b: 30 }, title: { text: "Trend: hits per 10,000 words, by month", font: { size: 13 } },
        xaxis: { type: "category", tickangle: -45, nticks: 12, automargin: true,
          title: { text: `month of publication (${X.datedDocs.toLocaleString("en")} dated documents)`, standoff: 4 } },
        yaxis: { rangemode: "tozero", title: { text: "per 10k words" } },
      }, PLOT_CONFIG));
    } else {
      withPlot(() => {
        Plot.purge(trend);
        trend.innerHTML = '<p class="note">No trend over time: fewer than two months of dated documents.</p>';
      });
    }
  }
  let timer = null;
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 150); });
  document.getElementById("tx-form").addEventListener("submit", (ev) => { ev.preventDefault(); run(); });
  if (!input.value && X.initial) input.value = X.initial;
  if (input.value) setTimeout(run, 0);  // after the page is ready: an example to start from
}
termExplorer();
performance.mark("after-termExplorer");
// Tables, filters and the explorer's lines work from here (controls-ready); everything, charts
// included, once plotly has drawn what is on screen (communique-ready, which the browser test
// waits for). Charts further down draw when they are scrolled to.
performance.mark("controls-ready");
document.body.dataset.controls = "1";
plotted.then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))).then(() => {
  performance.mark("communique-ready");
  document.body.dataset.ready = "1";
});
