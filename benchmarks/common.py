"""Shared by the benchmark scripts: machine facts, timers, peak memory, markdown tables, RESULTS.md.

Every table a script records goes under its own ``## section`` with the command, machine and date, so
a number is never read without where it was measured and beside what floor.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import shlex
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PACKAGES = ("textblob", "syntok", "pandas", "pyarrow", "distributed")


def git_revision() -> str:
    """The commit measured, with ``+dirty`` when the tree has uncommitted changes."""
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    except OSError:
        return "unknown"
    return rev.strip() + ("+dirty" if dirty.strip() else "")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


START_LOAD = load_average()


def machine() -> str:
    """One line: CPU, cores, memory, Python, package versions, commit, load at the start and now."""
    import psutil

    versions = []
    for name in PACKAGES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{name} {metadata.version(name)}")
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"{cpu_model()}, {cores()} cores, {memory:.0f} GiB; Python {platform.python_version()} "
        f"({platform.system()}); {', '.join(versions)}; commit {git_revision()}; "
        f"load average {START_LOAD} at the start, {load_average()} at the end (other jobs share this machine)"
    )


@dataclass(frozen=True, slots=True)
class Timing:
    wall: float
    cpu: float


class timed:
    """Wall and CPU time of a block in this process: ``with timed() as t: ...; t.result``."""

    def __enter__(self) -> timed:
        self._wall = time.perf_counter()
        self._cpu = time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.result = Timing(time.perf_counter() - self._wall, time.process_time() - self._cpu)


class PeakMemory:
    """Samples a process and its children: peak of their summed PSS (shared pages counted once) and of any one RSS."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        import psutil

        self._root = psutil.Process(pid)
        self._interval = interval
        self.total = 0
        self.largest = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self, proc: Any) -> tuple[int, int]:
        info = proc.memory_full_info()
        return getattr(info, "pss", info.rss), info.rss

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            sizes = []
            with contextlib.suppress(psutil.Error):
                for p in [self._root, *self._root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        sizes.append(self._sample(p))
            self.total = max(self.total, sum(pss for pss, _ in sizes))
            self.largest = max(self.largest, max((rss for _, rss in sizes), default=0))
            self._stop.wait(self._interval)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_measured(command: Sequence[str], *, env: dict[str, str] | None = None) -> dict[str, Any]:
    """Run a command; its wall time, CPU time (it and its children) and peak memory (sum and largest)."""
    import psutil

    before = os.times()
    start = time.perf_counter()
    proc = psutil.Popen(list(command), cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with PeakMemory(proc.pid) as memory:
        _out, err = proc.communicate()
    wall = time.perf_counter() - start
    after = os.times()
    if proc.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} failed ({proc.returncode}): {err.strip()[-500:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return {"wall": wall, "cpu": cpu, "peak_total_mb": memory.total / 2**20, "peak_largest_mb": memory.largest / 2**20}


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """A markdown table; floats keep 2 decimals (3 when below 1), ints get thousands separators."""

    def cell(value: Any) -> str:
        if isinstance(value, bool) or value is None:
            return "" if value is None else ("yes" if value else "no")
        if isinstance(value, int):
            return f"{value:,}"
        if isinstance(value, float):
            return f"{value:,.3f}" if abs(value) < 1 else f"{value:,.2f}"
        text = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in str(value))  # no raw NUL in a file
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(cell(r.get(c)) for c in columns) + " |" for r in rows]
    return "\n".join(lines)


RESULTS_HEADER = """# Benchmark results

Measured by the scripts in this folder (see README.md). Each section records the command, machine and date
it ran with; every speed figure stands beside its floor measured in the same run. Scripts append; earlier
sections stay as history.
"""


def record(section: str, body: str, *, argv: Sequence[str] | None = None, append: bool = True) -> str:
    """Print a section (heading, command, machine, date, body) and append it to RESULTS.md."""
    command = "python " + shlex.join([os.path.relpath(sys.argv[0], ROOT), *(sys.argv[1:] if argv is None else argv)])
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    text = f"## {section}\n\n- Command: `{command}`\n- Machine: {machine()}\n- Date: {when}\n\n{body.strip()}\n"
    print(text)
    if append:
        if not RESULTS.exists():
            RESULTS.write_text(RESULTS_HEADER, encoding="utf-8")
        with RESULTS.open("a", encoding="utf-8") as f:
            f.write("\n" + text)
    return text


def floor_sentences(text: str) -> list[str]:
    """The floors' sentence split: syntok's own ``segmenter.analyze`` on each line, nothing faster.

    FrameLens feeds syntok's segmenter with ``analysis.text.syntok_tokens`` (the same tokens, made
    faster); the floors keep syntok's own tokenizer, so a faster split counts as FrameLens's gain.
    """
    from syntok import segmenter

    from analysis.text.sentences import lines

    out = []
    for line in lines(text):
        for paragraph in segmenter.analyze(line.text):
            for sentence in paragraph:
                tokens = [t for t in sentence if t.value]
                if tokens:
                    out.append(line.text[tokens[0].offset : tokens[-1].offset + len(tokens[-1].value)])
    return out
