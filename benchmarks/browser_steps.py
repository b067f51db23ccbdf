"""The steps bench_dashboard.py times: a `streamlit run` server (started, waited for, its memory), and what a
user does in the page (open it, choose an article, switch views), each timed on the page's own clock."""

from __future__ import annotations

import contextlib
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from common import ROOT

from tests.e2e.conftest import APP_DONE, free_port, streamlit_command
from tests.e2e.conftest import wait_for_port as wait_for_port_of

TIMEOUT_MS = 180_000
VIEWPORT = {"width": 1440, "height": 1000}
# The script has finished (React may batch running → notRunning into one render, so the state alone
# cannot tell a new run from the last one: each condition below holds only after the change).
IDLE = "document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state') === 'notRunning'"
# The first pointerdown (a click) or change (a file input) after arming, on the page's clock.
ARM_JS = """() => {
  window.__flStart = null; window.__flDone = null;
  const mark = e => { if (window.__flStart === null) window.__flStart = e.timeStamp; };
  for (const type of ['pointerdown', 'change']) document.addEventListener(type, mark, {capture: true, once: true});
}"""


# --- servers -------------------------------------------------------------------------------------


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    url: str
    started: float  # perf_counter just before Popen


def start_server(script: str) -> Server:
    port = free_port()
    cmd = streamlit_command(script, port)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return Server(proc, f"http://127.0.0.1:{port}", started)


def wait_for_port(server: Server, seconds: float = 120) -> None:
    wait_for_port_of(int(server.url.rsplit(":", 1)[1]), server.proc, seconds, poll=0.02)


def stop(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait()


@contextlib.contextmanager
def running(script: str) -> Iterator[Server]:
    server = start_server(script)
    try:
        wait_for_port(server)
        yield server
    finally:
        stop(server)


def rss_mb(server: Server) -> float:
    """Resident memory of the server and any children, MB."""
    import psutil

    root = psutil.Process(server.proc.pid)
    total = 0
    for p in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total / 2**20


# --- browser -------------------------------------------------------------------------------------


def settle_rss(server: Server) -> float:
    time.sleep(1.0)
    return rss_mb(server)


def timed_rerun(
    page: Any,
    action: Callable[[], None],
    condition: str,
    timeout: int = TIMEOUT_MS,
    prepare: Callable[[], None] | None = None,
) -> float:
    """Seconds from the user's action until `condition` (JS, true only after the change) holds and the script is idle.

    Timed on the page's clock, from the action's first pointerdown (or change, for a file input) to the first
    animation frame where the condition holds, so Playwright's own round trips are not counted. `prepare`
    (opening a dropdown, typing a filter) runs before, untimed.
    """
    if prepare is not None:
        prepare()
    page.evaluate(ARM_JS)
    start = time.perf_counter()
    action()
    try:
        page.wait_for_function(
            f"() => ({IDLE} && ({condition})) ? (window.__flDone = performance.now()) : false", timeout=timeout
        )
    except Exception:
        shot = Path(tempfile.gettempdir()) / "bench_dashboard_timeout.png"
        page.screenshot(path=str(shot), full_page=True)
        raise RuntimeError(f"waited {timeout} ms for {condition}; screenshot {shot}") from None
    wall = time.perf_counter() - start
    began, done = page.evaluate("() => [window.__flStart, window.__flDone]")
    return (done - began) / 1000 if began is not None and done is not None else wall


def open_page(browser: Any, url: str, ready: str) -> tuple[Any, Any]:
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector(ready, timeout=TIMEOUT_MS)
    page.wait_for_selector(APP_DONE, timeout=TIMEOUT_MS)
    return context, page


def count(selector: str) -> str:
    return f"document.querySelectorAll({selector!r}).length"


def show_option(page: Any, label: str) -> None:
    """Open the articles multiselect and type a label (a long list of options is not all in the DOM)."""
    box = page.locator(".st-key-fl_selection input")
    box.click()
    box.fill(label)
    page.get_by_role("option", name=label, exact=True).wait_for()


def add_article(page: Any, label: str) -> None:
    page.get_by_role("option", name=label, exact=True).click()


def remove_article(page: Any, label: str) -> None:
    page.get_by_role("button", name=f"Remove {label}", exact=True).click()


def pick_view(page: Any, view: str) -> None:
    page.get_by_role("radio", name=view, exact=True).click()


def close_dropdown(page: Any) -> None:
    page.keyboard.press("Escape")
    page.mouse.click(5, 5)


def timed_add(page: Any, label: str, condition: str, timeout: int = TIMEOUT_MS) -> float:
    """Open the multiselect and type the label (untimed), then time choosing it; close the dropdown after."""
    seconds = timed_rerun(
        page, lambda: add_article(page, label), condition, timeout, prepare=lambda: show_option(page, label)
    )
    close_dropdown(page)
    return seconds


def js_str(text: str) -> str:
    import json

    return json.dumps(text)
