"""Many users at once: N browser sessions on one `streamlit run dashboard.py`, all acting at the same time.

Each session (its own browser context, so its own Streamlit session) opens Articles, pastes a different
article, opens Side by side and selects its article — every step fired on all pages before any is waited
for, as a class of 30 clicking together would. Each rerun is timed on the page's clock, from the action to
the end of the run that drew its result. The floor is the same steps with one session alone (median of
three), measured first on the same server. Afterwards every page must show only its own article (checked, and reported).

    python benchmarks/bench_sessions.py                # 30 sessions, appends "## Many sessions" to RESULTS.md
    python benchmarks/bench_sessions.py --sessions 10 --no-record --clients protocol

Two kinds of student, each on a fresh server: headless Chromium (which shares this machine's cores with the
server, so its times include the browser's own rendering) and, with ``--clients protocol`` or ``both`` (the
default), Streamlit's websocket protocol spoken from this process (benchmarks/st_protocol.py), which costs the
machine little besides the server, as a class whose browsers run on the students' own machines.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # protocol_sessions, st_protocol

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


def measure_students(url: str, count: int, token: str) -> tuple[list, list[str]]:
    """The same steps through Streamlit's websocket protocol (benchmarks/protocol_sessions.py), no browser."""
    import asyncio

    from protocol_sessions import close_students, run_students
    from protocol_sessions import isolation_problems as student_problems

    async def go() -> tuple[list, list[str]]:
        students = await run_students(url, count, token)
        try:
            return students, student_problems(students)
        finally:
            await close_students(students)

    return asyncio.run(go())


@dataclass(frozen=True, slots=True)
class Run:
    """One client mode on its own server: the floor sessions, the many, what they got wrong, CPU and memory."""

    floor: list
    many: list
    problems: list[str]
    server_cpu: float
    client_cpu: float
    wall: float
    memory_mb: float


def run_mode(app_dir: Path, sessions: int, measure_one: Callable[[str, int, str], tuple[list, list[str]]], clients_cpu):
    """Warm a fresh server up with one session, take the floor (one session alone), then ``sessions`` at once."""
    proc, url = start_server(app_dir)
    try:
        with PeakMemory(proc.pid) as memory:
            measure_one(url, 1, "warm")  # first imports and the case study's analysis: not timed
            floor = [measure_one(url, 1, f"floor{i}")[0][0] for i in range(FLOOR_RUNS)]
            started = time.perf_counter()
            server_cpu, client_cpu = cpu_seconds(proc.pid), clients_cpu()
            many, problems = measure_one(url, sessions, "many")
            server_cpu, client_cpu = cpu_seconds(proc.pid) - server_cpu, clients_cpu() - client_cpu
            wall = time.perf_counter() - started
    finally:
        stop_process(proc)
    return Run(floor, many, problems, server_cpu, client_cpu, wall, memory.total / 2**20)


def browser_run(app_dir: Path, sessions: int, sync_playwright) -> Run:
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            return run_mode(app_dir, sessions, lambda *a: measure(browser, *a), lambda: cpu_seconds(None))
        finally:
            browser.close()


def protocol_run(app_dir: Path, sessions: int) -> Run:
    return run_mode(app_dir, sessions, measure_students, time.process_time)


def step_rows(result: Run, sessions: int) -> list[dict[str, object]]:
    rows = []
    for step in (*STEPS, None):
        floor_times = [t for s in result.floor for name, t in s.times.items() if step in (None, name)]
        row = {"step": step or "every rerun", "1 session p50 s": statistics.median(floor_times)}
        row.update({f"{sessions} at once, {k}": v for k, v in summary(result.many, step).items()})
        rows.append(row)
    return rows


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
    parser.add_argument(
        "--clients",
        choices=("both", "protocol", "browser"),
        default="both",
        help="who plays the students: Streamlit's websocket protocol from this process, headless Chromium, or both",
    )
    parser.add_argument("--working-tree", action="store_true", help="serve the working tree, not a clean HEAD")
    parser.add_argument("--rev", default="HEAD", help="the commit to serve (a clean export of it)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="framelens-bench-") as tmp:
        return run(args, *served_tree(args.working_tree, Path(tmp), args.rev), sync_playwright)


BROWSER_TEXT = """{sessions} browser sessions (one Chromium, a context each) on one `streamlit run dashboard.py` serving
{served}; every step is fired on all pages before any is waited for. A rerun is timed on the page's clock from the action
to the end of the run that drew its result; the floor is the median of {floor} runs of the same step with
one session alone on the same server, after a warm-up session. Server and Chromium share the machine's cores."""
PROTOCOL_TEXT = """{sessions} protocol sessions (benchmarks/st_protocol.py: Streamlit's own websocket messages, from one
asyncio loop in this process, no browser) on a fresh `streamlit run dashboard.py` serving {served}: the same steps, each
sent by every session before any answer is awaited. A rerun is timed from sending the message to the end of the run
(the server says the script stopped); the floor is the median of {floor} runs with one session alone, after a
warm-up session. What a session sends and sees is what the page's own messages are (tests/e2e/test_protocol.py)."""
MODES = {"browser": ("Chromium", BROWSER_TEXT), "protocol": ("the protocol clients (this process)", PROTOCOL_TEXT)}


def describe(mode: str, result: Run, sessions: int, served: str) -> str:
    """One mode's table and notes, in the words RESULTS.md has used for the browser mode."""
    clients, text = MODES[mode]
    rows = step_rows(result, sessions)
    slowest = max(max(s.times.values()) for s in result.many)
    problems = result.problems
    return f"""
### {mode} clients

{text.format(sessions=sessions, served=served, floor=FLOOR_RUNS)}

{table(rows, ["step", "1 session p50 s", *(c for c in rows[0] if c.startswith(str(sessions)))])}

- Slowest rerun of any session: **{slowest:.2f} s** (whole run of {sessions} sessions: {result.wall:.0f} s).
- CPU during the {sessions}-session run: server {result.server_cpu:.1f} s, {clients} {result.client_cpu:.1f} s (of
  {result.wall * CORES:.0f} core-seconds the machine had; other jobs took the rest). The server spent
  {result.server_cpu / (sessions * len(STEPS)):.3f} CPU-seconds per rerun (opening the {sessions} sessions included);
  the server is one Python process, whose lock lets one session's script run Python at a time, so a class clicking
  at the same instant waits up to about {sessions} × that even on an otherwise idle machine.
- Server memory, peak (PSS): {result.memory_mb:,.0f} MB.
- Isolation: {"every page showed only its own article" if not problems else "; ".join(problems[:5])}.
"""


def run(args: argparse.Namespace, app_dir: Path, served: str, sync_playwright) -> int:
    modes = ("protocol", "browser") if args.clients == "both" else (args.clients,)
    body, problems = "", []
    for mode in modes:
        if mode == "browser":
            result = browser_run(app_dir, args.sessions, sync_playwright)
        else:
            result = protocol_run(app_dir, args.sessions)
        body += describe(mode, result, args.sessions, served)
        problems += result.problems
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
