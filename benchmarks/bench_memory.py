"""Server memory with a class on it (issue 14): a large CSV in one session, twenty sessions adding a long article.

Each scenario gets its own `streamlit run dashboard.py` (serving a clean export of the last commit, as
bench_sessions does) and headless Chromium. Its floor is measured first on the same server: the memory of the
server after one visit to the case study, once that tab is closed (an idle server that has drawn the app once).
Then, sampling the server and its children (PSS, shared pages counted once) every 0.1 s:

- **csv**: one session uploads one CSV of 24 articles of 199,000 characters (about 4.8 MB), adds it, and opens
  Overview, Side by side and Charts (sentiment by sentence);
- **twenty**: twenty sessions each paste one different article of 150,000 characters (all at once), then open
  Overview.

Recorded: the peak during the scenario, the memory 10 s after its tabs closed, and after Streamlit has forgotten
the disconnected sessions (``server.disconnectedSessionTTL``, 120 s, then one short visit, which lets the
server drop the expired sessions). Targets: peak at most 600 MB, at most 400 MB once the sessions are gone.

    python benchmarks/bench_memory.py                 # both scenarios, appends "## Server memory" to RESULTS.md
    python benchmarks/bench_memory.py --scenario csv --no-record
    python benchmarks/bench_memory.py --rev 3d7153b HEAD --rounds 3   # before and after, the class three times
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_sessions import served_tree, start_server
from benchmarks.common import PeakMemory, record, table
from benchmarks.synthetic import synthetic_record
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, stop_process
from tests.e2e.pages import ALERT, choose_view, expect, keyed, open_chart, open_input_tab, open_session, reached, upload

PEAK_TARGET_MB = 600
AFTER_TARGET_MB = 400
CSV_ARTICLES = 24
CSV_CHARS = 199_000
SESSIONS = 20
SESSION_CHARS = 150_000
SETTLE_SECONDS = 10
SESSION_TTL_SECONDS = 120  # Streamlit's server.disconnectedSessionTTL default
SLOW_STEP_MS = 900_000  # a step that analyses many long articles


def long_text(i: int, chars: int) -> str:
    """A different article of exactly ``chars`` characters (case-study sentences reshuffled, ``i`` the seed)."""
    text = synthetic_record(i, words=chars // 5)["text"]
    while len(text) < chars:
        text += "\n\n" + synthetic_record(i + 10_000 + len(text), words=chars // 5)["text"]
    return text[:chars].rstrip() + "."


def csv_bytes(count: int = CSV_ARTICLES, chars: int = CSV_CHARS, first: int = 0) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "outlet", "text"])
    for i in range(first, first + count):
        writer.writerow([f"Long article {i}", f"Outlet {i}", long_text(i, chars)])
    return out.getvalue().encode("utf-8")


def memory_mb(pid: int) -> float:
    """The server's and its children's memory now (PSS summed), in MB."""
    import psutil

    total = 0
    for proc in [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            info = proc.memory_full_info()
            total += getattr(info, "pss", info.rss)
    return total / 2**20


def settled_mb(pid: int, seconds: float = 3.0) -> float:
    """The lowest reading over a few seconds (a collection or a message in flight can hold memory briefly)."""
    readings = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        readings.append(memory_mb(pid))
        time.sleep(0.25)
    return min(readings)


def visit_once(browser, url: str) -> None:
    context, _page = open_session(browser, url)
    context.close()


def floor_mb(browser, url: str, pid: int) -> tuple[float, float]:
    """The server before any visit, and idle after one case-study visit (its tab closed)."""
    fresh = settled_mb(pid)
    visit_once(browser, url)
    time.sleep(SETTLE_SECONDS)
    return fresh, settled_mb(pid)


def csv_scenario(browser, url: str, round_: int = 0) -> Callable[[], None]:
    data = csv_bytes(first=1000 * round_)  # each round other articles
    context, page = open_session(browser, url)
    choose_view(page, "Articles")
    open_input_tab(page, "Upload files")
    upload(
        page,
        keyed(page, "fl_upload_files_", prefix=True),
        [{"name": "long.csv", "mimeType": "text/csv", "buffer": data}],
    )
    expect(page, ALERT, "Added")  # 24 long articles are analysed in this run: minutes on a busy machine
    page.get_by_role("button", name="Add the chosen files").click()
    page.wait_for_function("() => window.__flMet !== null", timeout=SLOW_STEP_MS)
    choose_view(page, "Overview")
    choose_view(page, "Side by side")
    choose_view(page, "Charts")
    open_chart(page, 2)
    return context.close


def twenty_scenario(browser, url: str, round_: int = 0) -> Callable[[], None]:
    pages = [open_session(browser, url, width=1280, height=900) for _ in range(SESSIONS)]
    for i, (_context, page) in enumerate(pages):
        choose_view(page, "Articles")
        open_input_tab(page, "Paste text")
        page.get_by_label("Title (optional: the first line is used)").fill(f"Long pasted article {i:02d}")
        page.get_by_label("Article text").fill(long_text(100 + i + 1000 * round_, SESSION_CHARS))
    for i, (_context, page) in enumerate(pages):
        expect(page, ALERT, f"Long pasted article {i:02d}")
        page.get_by_role("button", name="Add this article").click()
    for _context, page in pages:
        reached(page)
    for _context, page in pages:
        choose_view(page, "Overview")

    def close_all() -> None:
        for context, _page in pages:
            context.close()

    return close_all


SCENARIOS = {
    "csv": (csv_scenario, f"one session adds a CSV of {CSV_ARTICLES} articles of {CSV_CHARS:,} characters"),
    "twenty": (twenty_scenario, f"{SESSIONS} sessions each paste one article of {SESSION_CHARS:,} characters"),
}


def measure(name: str, app_dir: Path, served: str, sync_playwright, rounds: int = 1) -> dict[str, object]:
    scenario, what = SCENARIOS[name]
    proc, url = start_server(app_dir)
    after_rounds = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                fresh, floor = floor_mb(browser, url, proc.pid)
                started = time.perf_counter()
                with PeakMemory(proc.pid) as peak:
                    for round_ in range(rounds):  # another class, other articles: memory must not grow
                        close = scenario(browser, url, round_)
                        during = settled_mb(proc.pid)
                        close()
                        time.sleep(SETTLE_SECONDS)
                        after_rounds.append(settled_mb(proc.pid))
                seconds = time.perf_counter() - started
                closed = after_rounds[-1]
                time.sleep(SESSION_TTL_SECONDS + 5)
                visit_once(browser, url)  # a session saved for reconnection expires when the storage is next touched
                time.sleep(SETTLE_SECONDS)
                gone = settled_mb(proc.pid)
            finally:
                browser.close()
    finally:
        stop_process(proc)
    peak_mb = peak.total / 2**20
    return {
        "scenario": what,
        "served": served.removeprefix("a clean export of "),
        "fresh server MB": fresh,
        "floor MB (idle after one visit)": floor,
        "peak MB": peak_mb,
        "peak RSS MB (server)": peak.largest / 2**20,
        "while open MB": during,
        f"{SETTLE_SECONDS} s after closing MB": closed,
        "after each round MB": " / ".join(f"{m:.0f}" for m in after_rounds),
        "sessions gone MB": gone,
        "scenario s": seconds,
        f"peak ≤ {PEAK_TARGET_MB}": peak_mb <= PEAK_TARGET_MB,
        f"gone ≤ {AFTER_TARGET_MB}": gone <= AFTER_TARGET_MB,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", choices=sorted(SCENARIOS), nargs="*", default=list(SCENARIOS))
    parser.add_argument("--rounds", type=int, default=1, help="run each scenario this many times on one server")
    parser.add_argument("--rev", nargs="*", default=["HEAD"], help="commits to serve, one after the other")
    parser.add_argument("--no-record", action="store_true", help="print, do not append to RESULTS.md")
    parser.add_argument("--working-tree", action="store_true", help="serve the working tree, not a clean export")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory(prefix="framelens-memory-") as tmp:
        for i, rev in enumerate(args.rev):
            app_dir, served = served_tree(args.working_tree, Path(tmp) / str(i), rev)
            rows += [measure(name, app_dir, served, sync_playwright, args.rounds) for name in args.scenario]
    columns = list(rows[0])
    body = f"""
Each scenario on its own `streamlit run dashboard.py` (the commit in "served"), driven by headless Chromium on the
same machine, {args.rounds} round(s) of it one after the other on the same server. Memory is the server's and its
children's PSS (shared pages counted once), in MB. The floor is the same server idle after one case-study visit,
measured first; "fresh server" is before any visit (no imports yet). "While open" is the lowest reading over 3 s
once the last round's last step was drawn; "after each round" {SETTLE_SECONDS} s after its tabs closed; "sessions
gone" after Streamlit's disconnected-session time (120 s) and one short visit.

{table(rows, columns)}
"""
    record("Server memory", body, append=not args.no_record)
    return 0 if all(r[f"peak ≤ {PEAK_TARGET_MB}"] and r[f"gone ≤ {AFTER_TARGET_MB}"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
