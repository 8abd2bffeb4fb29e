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


def test_report_opens_from_disk_with_figures_and_timeline(seed_report, browser):
    from communique.run.options import STAGES

    report = seed_report / "report.html"
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(report.as_uri(), wait_until="load")
        page.wait_for_timeout(500)
        images = page.evaluate("() => [...document.images].map(i => [i.alt, i.complete && i.naturalWidth > 0])")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "report-top.png"))
        page.screenshot(path=str(SHOTS / "report-full.png"), full_page=True)
        timeline_rows = page.locator("#timeline table tbody tr").count()
        if timeline_rows:
            page.locator("#timeline").scroll_into_view_if_needed()
            page.screenshot(path=str(SHOTS / "report-timeline.png"))
        pwned = page.evaluate("() => window.pwned === undefined ? null : window.pwned")
        body = page.inner_text("body")
    finally:
        page.close()
    figures = sorted(p.stem for p in seed_report.glob("*.svg"))
    assert len(images) >= len(figures), (images, figures)
    assert all(ok for _, ok in images), f"images that did not render: {[a for a, ok in images if not ok]}"
    assert page.is_closed()
    assert pwned is None, "text from an article ran as script in report.html"
    assert "<script>window.pwned = 1</script>" in body  # shown as text, not run
    offsite = [u for u in requests if not u.startswith(("file:", "data:"))]
    assert not offsite, f"report.html fetched from the network: {offsite}"
    if "timeline" in STAGES:
        assert timeline_rows >= 1, "the timeline section shows no event"
        assert "Putin" in body
