"""A real browser: JupyterLab runs every notebook; report.html opens from disk with its figures.

JupyterLab starts from the project's environment on 127.0.0.1 with a random token and
serves a scratch copy of the notebooks (so nothing is saved into the committed ones); Debian's
chromium, driven by Playwright, opens each notebook, clicks Run > Run All Cells, waits until
every cell ran, and checks that no cell raised and that figures rendered. Screenshots go to
tests/screenshots/ (git-ignored). Skips, saying why, only where chromium is not installed
(.ci/run installs it with apt-get).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SHOTS = ROOT / "tests" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    from e2e.lab import CHROMIUM_ARGS, chromium_path

    executable = chromium_path()
    if executable is None:
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium; .ci/run does it as root)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:  # pragma: no cover - playwright is in the test extra
        pytest.skip(f"playwright is not installed ({err}); pip install -e '.[test]'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory, browser):
    """JupyterLab over a scratch checkout: notebooks copied, seeds and ../shared linked read-only."""
    from e2e.lab import jupyterlab

    scratch = tmp_path_factory.mktemp("lab")
    repo = scratch / "repo"
    (repo / "notebooks").mkdir(parents=True)
    for path in NOTEBOOKS:
        shutil.copy2(path, repo / "notebooks" / path.name)
    for name in ("seeds", "communique.toml"):
        if (ROOT / name).exists():
            os.symlink(ROOT / name, repo / name)
    if SHARED.is_dir():
        os.symlink(SHARED, scratch / "shared")
    work = scratch / "work"
    work.mkdir()
    with jupyterlab(repo, work) as server:
        yield server


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(notebook, lab, browser):
    from e2e.lab import run_notebook

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        result = run_notebook(page, lab, f"notebooks/{notebook.name}", SHOTS, timeout=240)
    finally:
        page.close()
    assert result.code_cells > 0
    assert result.executed == result.code_cells, (
        f"{notebook.name}: {result.executed} of {result.code_cells} cells ran (see {SHOTS})")
    assert not result.errors, f"{notebook.name}: a cell raised:\n" + "\n---\n".join(result.errors)
    assert result.images >= 1, f"{notebook.name}: no figure rendered (see {result.screenshots[0]})"
    assert result.broken_images == 0, f"{notebook.name}: {result.broken_images} image(s) failed to load"


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    """A run of the whole analysis on the seed, plus an article with markup in its text."""
    from communique.cli.app import main

    src = tmp_path_factory.mktemp("report-in")
    shutil.copy2(ROOT / "seeds" / "2019-04-25_kim-jong-un-meets-vladimir-putin.txt", src)
    (src / "2019-05-01_markup.txt").write_text(
        '<script>window.pwned = 1</script> "Quotes" & <b>tags</b>\n\n'
        'Putin said on Monday that Russia would host talks with North Korea. <img src=x onerror="window.pwned=2">\n',
        encoding="utf-8",
    )
    out = tmp_path_factory.mktemp("report-out")
    assert main(["run", str(src), "--out", str(out), "--quiet"]) == 0
    return out


def _timing(name: str, opened, report: Path) -> None:
    """Keep the load figures of each report opened (tests/screenshots/report-timings.json)."""
    import json

    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / "report-timings.json"
    known = json.loads(path.read_text()) if path.is_file() else {}
    known[name] = {"bytes": report.stat().st_size, "painted_ms": round(opened.painted_ms),
                   "controls_ms": round(opened.controls_ms), "ready_ms": round(opened.ready_ms),
                   "load_average": [round(x, 1) for x in os.getloadavg()],
                   "marks": {k: round(v) for k, v in opened.marks.items()}}
    path.write_text(json.dumps(known, indent=2, sort_keys=True))
    print(f"{name}: {report.stat().st_size / 1e6:.1f} MB, static page at {opened.painted_ms:.0f} ms, "
          f"tables and filters at {opened.controls_ms:.0f} ms, charts drawn at {opened.ready_ms:.0f} ms "
          f"(load average {os.getloadavg()[0]:.1f})")


def test_report_opens_from_disk_with_figures_and_timeline(seed_report, browser):
    from e2e.report import offsite, open_report, shoot

    from communique.run.options import STAGES

    report = seed_report / "report.html"
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    try:
        opened = open_report(page, report)
        images = page.evaluate("() => [...document.images].map(i => [i.alt, i.complete && i.naturalWidth > 0])")
        charts = page.locator("div.chart").count()
        shoot(page, SHOTS / "report-top.png")
        shoot(page, SHOTS / "report-full.png", full_page=True)
        timeline_rows = page.locator("#timeline table tbody tr").count()
        if timeline_rows:
            shoot(page, SHOTS / "report-timeline.png", "#timeline")
        pwned = page.evaluate("() => window.pwned === undefined ? null : window.pwned")
        body = page.inner_text("body")
        hrefs = page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))")
    finally:
        page.close()
    _timing("seed", opened, report)
    figures = sorted(p.stem for p in seed_report.glob("*.svg"))
    assert len(images) + charts >= len(figures), (images, charts, figures)
    assert all(ok for _, ok in images), f"images that did not render: {[a for a, ok in images if not ok]}"
    assert not opened.errors, f"the page logged errors: {opened.errors}"
    assert pwned is None, "text from an article ran as script in report.html"
    assert "<script>window.pwned = 1</script>" in body  # shown as text, not run
    assert not offsite(opened.requests), f"report.html fetched from the network: {offsite(opened.requests)}"
    assert all(not h.lower().startswith("javascript:") for h in hrefs)
    if "timeline" in STAGES:
        assert timeline_rows >= 1, "the timeline section shows no event"
        assert "Putin" in body


def _corpora() -> Path | None:
    """../shared/corpora, or $COMMUNIQUE_SHARED/corpora for a worktree that has no ../shared."""
    for base in (SHARED, Path(os.environ.get("COMMUNIQUE_SHARED", "/nonexistent"))):
        if (base / "corpora").is_dir():
            return base / "corpora"
    return None


@pytest.fixture(scope="module")
def bbc_report(tmp_path_factory):
    """A full run on 40 BBC politics articles plus the seed."""
    from communique.cli.app import main

    corpora = _corpora()
    if corpora is None or not (corpora / "bbc" / "politics").is_dir():
        pytest.skip("../shared/corpora/bbc is absent")
    src = tmp_path_factory.mktemp("bbc-in")
    for path in sorted((corpora / "bbc" / "politics").glob("*.txt"))[:40]:
        shutil.copy2(path, src / path.name)  # copies: a run does not follow links out of its input folder
    shutil.copy2(ROOT / "seeds" / "2019-04-25_kim-jong-un-meets-vladimir-putin.txt", src)
    out = tmp_path_factory.mktemp("bbc-out")
    assert main(["run", str(src), "--out", str(out), "--quiet"]) == 0
    return out


def test_corpus_report_tables_term_explorer_and_timeline(bbc_report, browser):
    from e2e.report import offsite, open_report, shoot

    report = bbc_report / "report.html"
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    try:
        opened = open_report(page, report)
        # A table: the global search and a column filter narrow the rows; headers sort.
        docs = page.locator('#documents .dt-container')
        info = docs.locator(".dt-info")
        before = info.inner_text()
        docs.locator("input.dt-input[type=search]").fill("Blair")
        page.wait_for_timeout(200)
        searched = info.inner_text()
        docs.locator("tr.col-filters input").nth(1).fill("Blair")  # the title column
        page.wait_for_timeout(200)
        filtered = info.inner_text()
        titles_left = docs.locator("tbody tr td:nth-child(2)").all_inner_texts()
        shoot(page, SHOTS / "corpus-documents-filtered.png", "#documents")
        docs.locator("tr.col-filters input").nth(1).fill("")
        docs.locator("input.dt-input[type=search]").fill("")
        # The term explorer: a wildcard gives KWIC lines, a dispersion and a trend together.
        page.fill("#tx-query", "elect*")
        page.wait_for_function("() => /hit/.test(document.querySelector('#tx-summary').textContent)"
                               " && document.querySelector('#tx-kwic tr')", timeout=10_000)
        page.wait_for_timeout(400)
        summary = page.inner_text("#tx-summary")
        kwic = page.locator("#tx-kwic tr").count()
        marks = page.locator("#tx-kwic mark").all_inner_texts()
        dispersion = page.locator("#tx-dispersion .scatterlayer path.point").count()
        trend = page.locator("#tx-trend .barlayer path").count()
        shoot(page, SHOTS / "corpus-term-explorer.png", "#explorer")
        # The timeline: clicking a table row shows its evidence with the document's title.
        rows = page.locator("#timeline table.dt tbody tr")
        n_rows = rows.count()
        rows.first.click()
        page.wait_for_selector("#tl-evidence:not([hidden])", timeout=5_000)
        evidence = page.inner_text("#tl-evidence")
        shoot(page, SHOTS / "corpus-timeline-evidence.png", "#tl-evidence")
        count_all = page.inner_text("#tl-count")
        page.check("#tl-hide")
        count_hidden = page.inner_text("#tl-count")
        shoot(page, SHOTS / "corpus-timeline.png", "#timeline")
        titles = page.evaluate("() => [...document.querySelectorAll('#tl-evidence .src b')].map(b => b.textContent)")
    finally:
        page.close()
    _timing("bbc-40-and-seed", opened, report)
    assert not opened.errors, f"the page logged errors: {opened.errors}"
    assert not offsite(opened.requests), f"report.html fetched from the network: {offsite(opened.requests)}"
    assert before != searched and "filtered from 41" in filtered, (before, searched, filtered)
    assert titles_left and all("blair" in t.lower() for t in titles_left), titles_left
    assert "hit(s)" in summary and kwic >= 2 and dispersion >= 2, (summary, kwic, dispersion)
    assert marks and all(m.lower().startswith("elect") for m in marks), marks[:5]
    assert n_rows >= 1 and titles and all(titles), (n_rows, titles)
    assert "CAMEO" in evidence and "mention" in evidence
    count = lambda text: int(text.split(" of ")[0].replace(",", ""))  # noqa: E731
    assert count(count_hidden) <= count(count_all)
    assert opened.ready_ms < 30_000  # a hang, not a speed test (the figures are in report-timings.json)


@pytest.fixture(scope="module")
def ruwa_report(tmp_path_factory):
    """The first 1,500 items of RUWA that have text (outlets and source URLs): tokens, frequencies, timeline."""
    from communique.cli.app import main

    corpora = _corpora()
    source = corpora / "ruwa" / "RUWA_04.08.23.csv" if corpora else None
    if source is None or not source.is_file():
        pytest.skip("../shared/corpora/ruwa is absent")
    src = tmp_path_factory.mktemp("ruwa-in") / "ruwa-sample.csv"
    with open(source, encoding="utf-8", newline="") as handle:
        import csv
        import itertools

        reader = csv.reader(handle)
        header = next(reader)
        text = [header.index(c) for c in ("title", "desc") if c in header]
        rows = [header, *itertools.islice((r for r in reader if any(r[i].strip() for i in text)), 1500)]
    with open(src, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    out = tmp_path_factory.mktemp("ruwa-out")
    assert main(["run", str(src), "--out", str(out), "--only", "tokens,freq,timeline", "--quiet"]) == 0
    return out


def test_ruwa_timeline_filters_and_evidence_with_outlet_and_link(ruwa_report, browser):
    from e2e.report import offsite, open_report, shoot

    report = ruwa_report / "report.html"
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    try:
        opened = open_report(page, report)
        shoot(page, SHOTS / "ruwa-timeline.png", "#timeline")
        total = page.inner_text("#tl-count")
        outlets = page.evaluate("() => [...document.querySelectorAll('#tl-outlet option')].map(o => o.value).filter(Boolean)")
        page.select_option("#tl-outlet", outlets[-1])
        narrowed = page.inner_text("#tl-count")
        page.select_option("#tl-outlet", "")
        roots = page.evaluate("() => [...document.querySelectorAll('#tl-root option')].map(o => o.value).filter(Boolean)")
        page.select_option("#tl-root", roots[0])
        by_root = page.inner_text("#tl-count")
        table_rows = page.locator("#timeline table.dt tbody tr").count()
        page.select_option("#tl-root", "")
        # Click a point of the corpus timeline itself.
        point = page.locator("#tl-plot .scatterlayer .trace .points path").first
        point.click(force=True)
        page.wait_for_selector("#tl-evidence:not([hidden])", timeout=5_000)
        evidence = page.inner_text("#tl-evidence")
        links = page.evaluate("() => [...document.querySelectorAll('#tl-evidence a')].map(a => a.getAttribute('href'))")
        shoot(page, SHOTS / "ruwa-evidence.png", "#tl-evidence")
    finally:
        page.close()
    _timing("ruwa-1500", opened, report)
    assert not opened.errors, f"the page logged errors: {opened.errors}"
    assert not offsite(opened.requests), f"report.html fetched from the network: {offsite(opened.requests)}"
    first = lambda text: int(text.split(" of ")[0].replace(",", ""))  # noqa: E731
    assert len(outlets) >= 2 and first(narrowed) < first(total), (outlets, narrowed, total)
    assert first(by_root) < first(total) and table_rows >= 1, by_root
    assert links and all(h.startswith(("http://", "https://")) for h in links), links
    assert any(o in evidence for o in outlets), evidence
