"""Many users at once: N browser sessions on one `streamlit run dashboard.py`, all acting at the same time.

Each session (its own browser context, so its own Streamlit session) opens Articles, pastes a different
article, opens Side by side and selects its article — every step fired on all pages before any is waited
for, as a class of 30 clicking together would. Each rerun is timed on the page's clock, from the action to
the end of the run that drew its result. The floor is the same steps with one session alone (median of
three), measured first on the same server. Afterwards every page must show only its own article (checked, and reported).

    python benchmarks/bench_sessions.py                # 30 sessions, appends "## Many sessions" to RESULTS.md
    python benchmarks/bench_sessions.py --sessions 10 --no-record

Server and Chromium share this machine's cores, so the times include the browser's own rendering.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, PeakMemory, cores, record, table
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, free_port, stop_process, streamlit_command, wait_for_port
from tests.e2e.test_sessions import close, isolation_problems, run_sessions

CORES = cores()
FLOOR_RUNS = 3  # one session at a time; the floor is their median
STEPS = ("open Articles", "add the article", "open Side by side", "select it")


def export_head(target: Path, rev: str = "HEAD") -> str:
    """A clean copy of a committed tree (other people's unsaved edits must not reload the server mid-run)."""
    short = subprocess.run(["git", "rev-parse", "--short", rev], cwd=ROOT, capture_output=True, text=True, check=True)
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return short.stdout.strip()


def served_tree(working_tree: bool, tmp: Path, rev: str = "HEAD") -> tuple[Path, str]:
    """The folder to serve and, in words, what it is: the working tree, or a clean export of ``rev`` into ``tmp``."""
    if working_tree:
        return ROOT, "the working tree"
    return tmp, f"a clean export of commit {export_head(tmp, rev)}"


def start_server(app_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    # file watching off: the server serves a frozen copy of the last commit
    cmd = [*streamlit_command("dashboard.py", port), "--server.fileWatcherType", "none"]
    proc = subprocess.Popen(cmd, cwd=app_dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port, proc, 60)
    return proc, f"http://127.0.0.1:{port}"


def cpu_seconds(pid: int | None) -> float:
    """CPU time (user + system) of the server process, or with ``None`` of this process's children (Chromium)."""
    import psutil

    if pid is not None:
        t = psutil.Process(pid).cpu_times()
        return t.user + t.system
    total = 0.0
    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            t = child.cpu_times()
            total += t.user + t.system
    return total


def one_long_article(sizes: tuple[int, ...]) -> list[dict[str, object]]:
    """analyze() on one unpunctuated run of lexicon words: what a single pasted text can cost the server."""
    from analysis import Article, analyze, load_lexicon

    lexicon = load_lexicon()
    analyze(Article(id="warm", text="Assad fled, Reuters said."), lexicon)
    words = "the regime fell and Assad fled said rebels who toppled the government "
    rows = []
    for size in sizes:
        text = (words * (size // len(words) + 1))[:size]
        started = time.perf_counter()
        analyze(Article(id="long", text=text), lexicon)
        rows.append({"characters": size, "analyze s": time.perf_counter() - started})
    return rows


def percentiles(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    p90 = times[min(len(times) - 1, round(0.9 * (len(times) - 1)))]
    return {"p50 s": statistics.median(times), "p90 s": p90, "max s": times[-1]}


def summary(sessions: list, step: str | None) -> dict[str, float]:
    """Rerun percentiles of one step across the sessions (``None``: every step of every session)."""
    return percentiles([t for s in sessions for name, t in s.times.items() if step in (None, name)])


def measure(browser, url: str, count: int, token: str) -> tuple[list, list[str]]:
    sessions = run_sessions(browser, url, count, token=token)
    try:
        return sessions, isolation_problems(sessions)
    finally:
        close(sessions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=30)
    parser.add_argument("--no-record", action="store_true", help="print, do not append to RESULTS.md")
    parser.add_argument(
        "--long-article",
        type=int,
        nargs="*",
        default=[10_000, 20_000, 40_000, 80_000, 200_000],
        help="also time analyze() on one unpunctuated text of these sizes (none: skip)",
    )
    parser.add_argument("--working-tree", action="store_true", help="serve the working tree, not a clean HEAD")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="framelens-bench-") as tmp:
        return run(args, *served_tree(args.working_tree, Path(tmp)), sync_playwright)


def run(args: argparse.Namespace, app_dir: Path, served: str, sync_playwright) -> int:
    proc, url = start_server(app_dir)
    try:
        with PeakMemory(proc.pid) as memory, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                measure(browser, url, 1, "warm")  # first imports and the case study's analysis: not timed
                floor = [measure(browser, url, 1, f"floor{i}")[0][0] for i in range(FLOOR_RUNS)]
                started = time.perf_counter()
                server_cpu, browser_cpu = cpu_seconds(proc.pid), cpu_seconds(None)
                many, problems = measure(browser, url, args.sessions, "many")
                server_cpu, browser_cpu = cpu_seconds(proc.pid) - server_cpu, cpu_seconds(None) - browser_cpu
                wall = time.perf_counter() - started
            finally:
                browser.close()
    finally:
        stop_process(proc)

    rows = []
    for step in (*STEPS, None):
        floor_times = [t for s in floor for name, t in s.times.items() if step in (None, name)]
        row = {"step": step or "every rerun", "1 session p50 s": statistics.median(floor_times)}
        row.update({f"{args.sessions} at once, {k}": v for k, v in summary(many, step).items()})
        rows.append(row)
    slowest = max(max(s.times.values()) for s in many)
    body = f"""
{args.sessions} browser sessions (one Chromium, a context each) on one `streamlit run dashboard.py` serving
{served}; every step is fired on all pages before any is waited for. A rerun is timed on the page's clock from the action
to the end of the run that drew its result; the floor is the median of {FLOOR_RUNS} runs of the same step with
one session alone on the same server, after a warm-up session. Server and Chromium share the machine's cores.

{table(rows, ["step", "1 session p50 s", *(c for c in rows[0] if c.startswith(str(args.sessions)))])}

- Slowest rerun of any session: **{slowest:.2f} s** (whole run of {args.sessions} sessions: {wall:.0f} s).
- CPU during the {args.sessions}-session run: server {server_cpu:.0f} s, Chromium {browser_cpu:.0f} s (of
  {wall * CORES:.0f} core-seconds the machine had; other jobs took the rest). The server spent
  {server_cpu / (args.sessions * len(STEPS)):.2f} CPU-seconds per rerun; the server is one Python process, whose
  lock lets one session's script run Python at a time, so a class clicking at the same instant waits up to about
  {args.sessions} × that even on an otherwise idle machine.
- Server memory, peak (PSS): {memory.total / 2**20:,.0f} MB.
- Isolation: {"every page showed only its own article" if not problems else "; ".join(problems[:5])}.
"""
    if args.long_article:
        long_rows = one_long_article(tuple(args.long_article))
        body += f"""
One session can slow every other: `analyze()` on a single pasted text without punctuation (lexicon words
repeated, so one "sentence"), in this process with no server running. The app accepts up to 200,000
characters per article.

{table(long_rows, ["characters", "analyze s"])}
"""
    record("Many sessions", body, append=not args.no_record)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
