"""Fixtures for real-browser tests: a `streamlit run dashboard.py` server and headless Debian Chromium.

`streamlit_server` gives the base URL; `browser` a Playwright Browser. Without Chromium the tests skip
locally and fail under CI=true. The `open_app` fixture loads a URL and waits until the script has finished.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = os.environ.get("FRAMELENS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SERVER_START_SECONDS = 60
APP_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
APP_TIMEOUT_MS = 90_000


def missing(reason: str) -> None:
    """Fail under CI=true (the browser must be there), skip elsewhere, with the reason."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser test cannot run in CI: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen[bytes], seconds: float, *, poll: float = 0.2) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited early with code {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(poll)
    raise RuntimeError(f"streamlit did not open port {port} within {seconds:.0f} s")


def stop_process(proc: subprocess.Popen) -> None:
    """Terminate a server process, killing it if it does not stop within 10 s (also used by benchmarks/)."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def streamlit_command(script: str, port: int) -> list[str]:
    """`streamlit run <script>` headless on 127.0.0.1:<port>, run from the repo root (also used by benchmarks/)."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]


@contextmanager
def served(script: str, log: Path) -> Iterator[str]:
    """`streamlit run <script>` on a free port (cwd = repo root), its output in ``log``; yields the base URL."""
    port = free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen(streamlit_command(script, port), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        try:
            wait_for_port(port, proc, SERVER_START_SECONDS)
            yield f"http://127.0.0.1:{port}"
        except RuntimeError as err:
            pytest.fail(f"{err}\n{log.read_text(errors='replace')[-2000:]}")
        finally:
            stop_process(proc)


@pytest.fixture(scope="session")
def streamlit_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`streamlit run dashboard.py` on a free port (cwd = repo root); yields the base URL."""
    with served("dashboard.py", tmp_path_factory.mktemp("streamlit") / "server.log") as url:
        yield url


def load_app(page: object, url: str, *, ready: str = '[data-testid="stHeading"]') -> None:
    """Load a URL, wait for a first piece of content (`ready`), then until the app's script has finished."""
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector(f"{ready}, [data-testid='stException']", timeout=APP_TIMEOUT_MS)
    page.wait_for_selector(APP_DONE, timeout=APP_TIMEOUT_MS)


@pytest.fixture()
def open_app() -> object:
    """`open_app(page, url, ready=selector)`: load a URL and wait until the app has finished running."""
    return load_app


@pytest.fixture()
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
