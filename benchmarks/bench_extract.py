"""What reading a web page in its own process costs (issue 14), beside its floor: trafilatura in this process.

For each fixture page (tests/fixtures/html) and a long page: the floor is ``trafilatura.bare_extraction`` called
here (after a warm-up); ``extract.extract`` is the app's way (pre-scan, then the kept extraction process, JSON
back). Also the one-off costs: starting the extraction process (python + trafilatura), and what a fresh process
per page would cost instead (``python extract_worker.py`` started, one page, stopped).

    python benchmarks/bench_extract.py            # appends "## Web-page extraction" to RESULTS.md
    python benchmarks/bench_extract.py --no-record
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analysis.io import extract
from benchmarks.common import ROOT, record, table

RUNS = 15
FIXTURES = ROOT / "tests" / "fixtures" / "html"


def pages() -> dict[str, bytes]:
    found = {p.name: p.read_bytes() for p in sorted(FIXTURES.glob("*.html"))}
    paragraphs = "".join(
        f"<p>Paragraph {i}: the regime fell and Assad fled, a rebel commander said.</p>" for i in range(2500)
    )
    found["long page (2,500 paragraphs)"] = (
        f"<html><body><article><h1>Long</h1>{paragraphs}</article></body></html>".encode()
    )
    return found


def median_ms(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-record", action="store_true", help="print, do not append to RESULTS.md")
    args = parser.parse_args()
    import trafilatura

    extract.stop_workers()
    started = time.perf_counter()
    worker = extract._Worker()
    start_ms = (time.perf_counter() - started) * 1000
    extract._checkin(worker)
    fresh = []
    for _ in range(5):
        began = time.perf_counter()
        one = extract._Worker()
        one.ask(pages()["riverside-flood.html"], "", 30)
        one.kill()
        fresh.append((time.perf_counter() - began) * 1000)

    rows = []
    for name, page in pages().items():
        trafilatura.bare_extraction(page, with_metadata=True)  # warm-up
        floor = median_ms(lambda p=page: trafilatura.bare_extraction(p, with_metadata=True, include_comments=False))
        app = median_ms(lambda p=page: extract.extract(p))
        prescan = median_ms(lambda p=page: extract.prescan(p))
        rows.append(
            {
                "page": name,
                "KB": len(page) / 1000,
                "floor: in this process ms": floor,
                "own process ms": app,
                "of which pre-scan ms": prescan,
                "÷ floor": app / floor,
            }
        )
    extract.stop_workers()
    body = f"""
Median of {RUNS} runs each, on the 2-core machine. "Own process" is what the app does for every page: the linear
pre-scan, then the page through a pipe to the kept extraction process and its fields back in JSON.

{table(rows, list(rows[0]))}

- Starting the extraction process (python, trafilatura loaded, ready): **{start_ms:.0f} ms**, once per
  {extract.WORKER_PAGES} pages or after a page that failed or ran out of time.
- A fresh process for every page instead (start, one page, stop): median **{statistics.median(fresh):.0f} ms** a
  page, which is why the process is kept.
"""
    record("Web-page extraction", body, append=not args.no_record)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
