"""Start JupyterLab from the project's environment and drive it with Playwright + Debian's chromium.

Nothing here runs at import. :func:`chromium_path` finds the browser; :func:`jupyterlab`
starts a server on 127.0.0.1 with a random token and isolated settings (no news or update
checks, every cell attached to the page), and stops it afterwards; :func:`run_notebook`
opens a notebook, runs all cells from the Run menu and reports what the page shows.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# User settings for the test's JupyterLab: no network calls, all cells in the DOM, no toasts.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False, "doNotDisturbMode": True},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def chromium_path() -> str | None:
    """Debian's chromium, if installed (``CHROMIUM`` overrides)."""
    given = os.environ.get("CHROMIUM")
    if given and Path(given).is_file():
        return given
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).is_file():
            return candidate
    return shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Lab:
    url: str
    token: str
    log: Path

    def page_url(self, path: str) -> str:
        return f"{self.url}/lab/tree/{path}?reset&token={self.token}"


@contextlib.contextmanager
def jupyterlab(root: Path, workdir: Path, *, timeout: float = 90) -> Iterator[Lab]:
    """A JupyterLab server serving ``root`` on localhost (settings and runtime files in ``workdir``)."""
    port, token = free_port(), secrets.token_hex(16)
    settings = workdir / "lab-settings"
    for rel, values in LAB_SETTINGS.items():
        target = settings / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    env = {k: v for k, v in os.environ.items() if k not in ("MPLBACKEND", "JUPYTER_PLATFORM_DIRS")}
    env.update({
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(workdir / "lab-workspaces"),
        "JUPYTER_RUNTIME_DIR": str(workdir / "runtime"),
        "JUPYTER_CONFIG_DIR": str(workdir / "config"),
        "PYTHONUNBUFFERED": "1",
    })
    log = workdir / "jupyterlab.log"
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
        f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--ServerApp.open_browser=False",
        "--ServerApp.port_retries=0", "--LabApp.news_url=", "--MappingKernelManager.cull_idle_timeout=0",
        "--ServerApp.terminals_enabled=False",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # CI runs as root
    with open(log, "wb") as handle:
        process = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT, env=env, cwd=root,
                                   start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {process.returncode}:\n{log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"jupyter lab did not answer within {timeout:.0f} s:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
        yield Lab(url=url, token=token, log=log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@dataclass
class NotebookResult:
    code_cells: int = 0
    executed: int = 0
    errors: list[str] = field(default_factory=list)
    images: int = 0
    broken_images: int = 0
    screenshots: list[Path] = field(default_factory=list)
    seconds: float = 0.0


_STATE_JS = """
() => {
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  if (!panel) return null;
  const cells = [...panel.querySelectorAll('.jp-CodeCell')];
  const prompts = cells.map(c => (c.querySelector('.jp-InputArea-prompt') || {}).textContent || '');
  const outputs = [...panel.querySelectorAll('.jp-OutputArea-output')];
  const errors = outputs
    .filter(o => o.getAttribute('data-mime-type') === 'application/vnd.jupyter.stderr'
                 && /Traceback|Error:/.test(o.textContent) && !/Warning/.test(o.textContent.split('\\n')[0]))
    .map(o => o.textContent.slice(0, 1500));
  const imgs = [...panel.querySelectorAll('.jp-OutputArea-output img, .jp-OutputArea-output svg')];
  const status = (document.querySelector('.jp-Notebook-ExecutionIndicator') || {}).getAttribute?.('data-status') || '';
  return {
    cells: cells.length,
    executed: prompts.filter(p => /\\[\\d+\\]/.test(p)).length,
    busy: prompts.filter(p => p.includes('*')).length,
    errors,
    images: imgs.filter(i => i.tagName.toLowerCase() === 'svg' || (i.complete && i.naturalWidth > 0)).length,
    broken: imgs.filter(i => i.tagName.toLowerCase() === 'img' && i.complete && i.naturalWidth === 0).length,
    status,
  };
}
"""


def run_notebook(page, lab: Lab, rel_path: str, shots: Path, *, timeout: float = 180) -> NotebookResult:
    """Open ``rel_path`` in JupyterLab, Run > Run All Cells, wait until every cell ran; screenshots."""
    started = time.monotonic()
    stem = Path(rel_path).stem
    page.goto(lab.page_url(rel_path), wait_until="domcontentloaded")
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
    # Wait until the kernel is connected and idle (the status bar says so), as a person would.
    page.wait_for_function(
        "() => /\\|\\s*Idle/.test((document.querySelector('.jp-StatusBar-Widget, #jp-main-statusbar') || {}).textContent || '')"
        " || /Idle/.test([...document.querySelectorAll('.jp-StatusBar-TextItem')].map(e => e.textContent).join(' '))",
        timeout=90_000)
    result = NotebookResult()
    state = None
    overall = time.monotonic() + timeout
    for attempt in range(2):
        # The Run menu: Run > Run All Cells.
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        item = page.locator('.lm-Menu-item[data-command="runmenu:run-all"]')
        item.wait_for(state="visible", timeout=10_000)
        item.click()
        must_start_by = time.monotonic() + 30
        started_running = False
        while time.monotonic() < overall:
            state = page.evaluate(_STATE_JS)
            if state and (state["busy"] or state["executed"]):
                started_running = True
            if state and state["cells"] and state["executed"] == state["cells"] and not state["busy"]:
                break
            if not started_running and attempt == 0 and time.monotonic() > must_start_by:
                break  # the click came before the kernel was ready: click again
            time.sleep(1.0)
        if started_running:
            break
    # Let late images (matplotlib PNGs, widget outputs) finish decoding.
    time.sleep(1.5)
    state = page.evaluate(_STATE_JS) or {}
    result.code_cells = state.get("cells", 0)
    result.executed = state.get("executed", 0)
    result.errors = state.get("errors", [])
    result.images = state.get("images", 0)
    result.broken_images = state.get("broken", 0)
    shots.mkdir(parents=True, exist_ok=True)
    # The top of the notebook, then each figure output (up to four) with its cell.
    page.locator(".jp-NotebookPanel .jp-Cell").first.scroll_into_view_if_needed()
    top = shots / f"{stem}-top.png"
    page.screenshot(path=str(top))
    result.screenshots.append(top)
    figures = page.locator(".jp-NotebookPanel .jp-Cell:has(.jp-OutputArea-output img)")
    for number in range(min(figures.count(), 4)):
        cell = figures.nth(number)
        cell.scroll_into_view_if_needed()
        shot = shots / f"{stem}-figure-{number + 1}.png"
        cell.screenshot(path=str(shot))
        result.screenshots.append(shot)
    result.seconds = time.monotonic() - started
    return result
