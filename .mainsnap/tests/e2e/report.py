"""Open a report.html from disk in Playwright's page and read what it shows (nothing runs at import).

:func:`open_report` records every request the page makes (a report must make none that is not
``file:``), waits until communique's script says the page is ready, and returns how long that
took from navigation start (``performance`` marks, so the clock is the browser's own).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Opened:
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    controls_ms: float = 0.0    # navigation start -> tables, filters and the term explorer respond
    ready_ms: float = 0.0       # navigation start -> every table, chart and control initialised
    painted_ms: float = 0.0     # navigation start -> DOMContentLoaded (the static page is there)
    marks: dict[str, float] = field(default_factory=dict)


def open_report(page, path: Path, *, timeout_ms: int = 60_000) -> Opened:
    """Load ``path`` (file: URL) and wait for ``body[data-ready]``."""
    opened = Opened()
    page.on("request", lambda request: opened.requests.append(request.url))
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.on("console", lambda message: opened.errors.append(message.text) if message.type == "error" else None)
    page.goto(Path(path).resolve().as_uri(), wait_until="load")
    page.wait_for_selector("body[data-ready]", state="attached", timeout=timeout_ms)
    timings = page.evaluate("""() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const marks = Object.fromEntries(performance.getEntriesByType('mark').map(m => [m.name, m.startTime]));
        return {painted: nav.domContentLoadedEventEnd, marks};
    }""")
    opened.painted_ms = float(timings["painted"])
    opened.marks = {k: float(v) for k, v in timings["marks"].items()}
    opened.ready_ms = opened.marks.get("communique-ready", 0.0)
    opened.controls_ms = opened.marks.get("controls-ready", 0.0)
    return opened


def offsite(requests: list[str]) -> list[str]:
    """Requests that are not for a local file (a report must make none)."""
    return [url for url in requests if not url.startswith("file:")]


def shoot(page, path: Path, selector: str | None = None, *, full_page: bool = False) -> Path:
    """A screenshot of the page, scrolled to ``selector`` first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if selector:
        page.evaluate("s => document.querySelector(s).scrollIntoView()", selector)
        page.wait_for_timeout(150)
    page.screenshot(path=str(path), full_page=full_page)
    return path
