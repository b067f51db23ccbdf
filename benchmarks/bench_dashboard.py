"""The dashboard in headless Chromium beside its floor: cold start, selection changes, server memory.

1. Cold start, R rounds, alternating (and swapping the order each round): a fresh ``streamlit run`` of
   ``benchmarks/minimal_app.py`` (the floor: same libraries, one plotly chart) and of ``dashboard.py``,
   each opened in a fresh browser context; time from process start to the title and to the first plotly
   chart drawn (``[data-testid="stPlotlyChart"] .main-svg``); server memory (RSS of the process tree)
   once the page has loaded. Medians and the ratio dashboard ÷ floor.
2. Changing the selection, on one warm server of each: the dashboard's multiselect (add / remove an
   article in Side by side and in Charts) and view selector, each timed from the click until the script
   has finished and the new texts or charts are on the page (Charts draws only its open tab: the first,
   who is called what); beside the floor's selectbox → new chart, interleaved action by action so load
   hits both.
3. 1,000 articles: a corpus file (5 case-study + 995 synthetic ~600-word articles, written by
   ``analysis.corpus_io.dump_corpus``) opened through the app's own corpus uploader in the browser; time to
   the first render after opening, Overview after that, a selection change, and server memory.

    python benchmarks/bench_dashboard.py                 # about 5 minutes on 2 cores
    python benchmarks/bench_dashboard.py --rounds 3 --no-append
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from browser_steps import (
    TIMEOUT_MS,
    VIEWPORT,
    close_dropdown,
    count,
    js_str,
    open_page,
    pick_view,
    remove_article,
    running,
    settle_rss,
    start_server,
    stop,
    timed_add,
    timed_rerun,
    wait_for_port,
)
from common import ROOT, load_average, record, table

from tests.e2e.conftest import APP_DONE, CHROMIUM, CHROMIUM_ARGS
from tests.e2e.pages import open_input_tab

MINIMAL = "benchmarks/minimal_app.py"
DASHBOARD = "dashboard.py"
TITLE = '[data-testid="stHeading"]'
CHART = '[data-testid="stPlotlyChart"] .main-svg'
LARGE_TIMEOUT_MS = 900_000
TARGET_START_RATIO = 1.2
TARGET_RERUN_MS = 300
TARGET_RSS_CASE_MB = 400
TARGET_RSS_LARGE_MB = 690

# Charts opens on its first tab, "Who is called what" (the only chart drawn): one column per chosen article.
GRID_COLUMNS = "Array.from(document.querySelectorAll('.st-key-fl_chart_0 .xtick')).filter(e => e.textContent).length"
CHART_TEXT_JS = """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"] .main-svg'))
  .map(e => e.textContent).join(' ')"""


# --- measurements --------------------------------------------------------------------------------


def cold_start(browser: Any, script: str) -> dict[str, Any]:
    """Process start → title, → first chart drawn, → script finished; RSS after load."""
    server = start_server(script)
    context = browser.new_context(viewport=VIEWPORT)  # empty HTTP cache: a first visit
    try:
        wait_for_port(server)
        page = context.new_page()
        page.goto(server.url, wait_until="commit")
        page.wait_for_selector(TITLE, timeout=TIMEOUT_MS)
        title = time.perf_counter() - server.started
        page.wait_for_selector(CHART, state="visible", timeout=TIMEOUT_MS)
        chart = time.perf_counter() - server.started
        page.wait_for_selector(APP_DONE, timeout=TIMEOUT_MS)
        done = time.perf_counter() - server.started
        if page.locator('[data-testid="stException"]').count():
            raise RuntimeError(f"{script}: an exception box is on the page")
        return {"title": title, "chart": chart, "done": done, "rss": settle_rss(server), "load": load_average()}
    finally:
        context.close()
        stop(server)


def selection_changes(browser: Any, changes: int) -> list[dict[str, Any]]:
    """The dashboard's selection and view changes beside the floor's selectbox change, interleaved."""
    from analysis import analyze, load_case_study, load_lexicon
    from app.render.selection import article_labels, most_different_pair

    reports = [analyze(a, load_lexicon()) for a in load_case_study()]
    labels = dict(zip([r.article.id for r in reports], article_labels(reports), strict=True))
    pair = most_different_pair(reports)
    others = [labels[i] for i in labels if i not in pair]
    texts = count(".fl-article")
    charts = count(CHART)
    samples: dict[str, list[float]] = {}

    def note(name: str, seconds: float) -> None:
        samples.setdefault(name, []).append(seconds)

    with running(DASHBOARD) as dash, running(MINIMAL) as floor:
        dctx, dpage = open_page(browser, dash.url + "/?view=side-by-side", ".fl-article")
        fctx, fpage = open_page(browser, floor.url, CHART)
        series = ("alpha", "beta", "gamma", "delta")
        try:
            for k in range(changes):
                label = others[k % len(others)]
                choice = series[(k + 1) % len(series)]

                def floor_open(choice: str = choice) -> None:
                    fpage.locator('[data-testid="stSelectbox"]').click()
                    fpage.get_by_role("option", name=choice, exact=True).wait_for()

                def floor_pick(choice: str = choice) -> None:
                    fpage.get_by_role("option", name=choice, exact=True).click()

                chart_has = f"({CHART_TEXT_JS})().includes({js_str('chart ' + choice)})"
                note("floor: selectbox → new chart", timed_rerun(fpage, floor_pick, chart_has, prepare=floor_open))
                close_dropdown(fpage)

                # Side by side: add a third article, then remove it again.
                cond = f"{texts} === 3"
                note("Side by side: add an article", timed_add(dpage, label, cond))
                cond = f"{texts} === 2"
                rm = timed_rerun(dpage, lambda lab=label: remove_article(dpage, lab), cond)
                note("Side by side: remove an article", rm)

                # View selector: Side by side → Charts (its open tab's chart drawn) → back.
                cond = f"{GRID_COLUMNS} === 2 && {texts} === 0"
                note("view: Side by side → Charts", timed_rerun(dpage, lambda: pick_view(dpage, "Charts"), cond))
                # Charts: the open chart (who is called what) has a column for each chosen article, the added one
                # by name.
                has = f"({CHART_TEXT_JS})().includes({js_str(label)})"
                cond = f"{GRID_COLUMNS} === 3 && {has}"
                note("Charts: add an article", timed_add(dpage, label, cond))
                cond = f"{GRID_COLUMNS} === 2"
                note(
                    "Charts: remove an article", timed_rerun(dpage, lambda lab=label: remove_article(dpage, lab), cond)
                )
                cond = f"{texts} === 2 && {charts} === 0"
                back = timed_rerun(dpage, lambda: pick_view(dpage, "Side by side"), cond)
                note("view: Charts → Side by side", back)
                if dpage.locator('[data-testid="stException"]').count():
                    raise RuntimeError("the dashboard shows an exception box")
        finally:
            dctx.close()
            fctx.close()
    rows = []
    floor_median = statistics.median(samples.pop("floor: selectbox → new chart"))
    for name, values in samples.items():
        median = statistics.median(values)
        rows.append(
            {
                "change": name,
                "n": len(values),
                "median ms": 1000 * median,
                "max ms": 1000 * max(values),
                "floor median ms": 1000 * floor_median,
                f"≤ {TARGET_RERUN_MS} ms": 1000 * median <= TARGET_RERUN_MS,
            }
        )
    return rows


def large_corpus(path: Path, total: int) -> tuple[list[str], int]:
    """The case study plus synthetic articles up to `total`, as a corpus file; (their labels, bytes)."""
    from types import SimpleNamespace

    from analysis import load_case_study
    from analysis.io.corpus_file import dump_corpus
    from app.render.selection import article_labels
    from benchmarks.synthetic import synthetic_articles

    case = load_case_study()
    articles = [*case, *synthetic_articles(total - len(case))]
    data = dump_corpus(articles).encode("utf-8")
    path.write_bytes(data)
    return article_labels([SimpleNamespace(article=a) for a in articles]), len(data)


def many_articles(browser: Any, total: int, changes: int = 3) -> tuple[list[dict[str, Any]], str]:
    """Open a corpus of `total` articles through the app's corpus uploader; time the renders, measure RSS."""
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, running(DASHBOARD) as dash:
        path = Path(tmp) / "framelens-corpus-1000.json"
        labels, size = large_corpus(path, total)
        n = len(labels)
        note = f"{n:,} articles in one corpus file of {size:,} bytes (the upload cap is 5,000,000)"
        context, page = open_page(browser, dash.url + "/?view=articles", '[role="tab"]')
        try:
            rows.append(
                {"step": "case study loaded (Articles view)", "rss MB": settle_rss(dash), "load": load_average()}
            )
            open_input_tab(page, "Corpus file")  # its form is drawn by the run the click causes
            uploader = page.locator('[class*="st-key-fl_corpus_file_"]')
            upload = timed_rerun(
                page,
                lambda: uploader.locator('input[type="file"]').set_input_files(str(path)),
                count('[data-testid="stFileChipName"]') + " > 0",
                timeout=LARGE_TIMEOUT_MS,
            )
            rows.append({"step": "upload the file (rerun)", "seconds": upload, "load": load_average()})
            button = page.get_by_role("button", name="Open it (replaces the current articles)")
            opened = f"document.body.innerText.includes('Opened framelens-corpus-1000.json: {n} articles')"
            seconds = timed_rerun(page, button.click, opened, timeout=LARGE_TIMEOUT_MS)
            rows.append(
                {"step": f"open it → {n:,} analysed, Articles view drawn", "seconds": seconds, "load": load_average()}
            )
            rows[-1]["rss MB"] = settle_rss(dash)
            seconds = timed_rerun(
                page, lambda: pick_view(page, "Overview"), f"{count(CHART)} >= 1", timeout=LARGE_TIMEOUT_MS
            )
            rows.append({"step": "view → Overview (table + map)", "seconds": seconds, "load": load_average()})
            rows[-1]["rss MB"] = settle_rss(dash)
            texts = count(".fl-article")
            seconds = timed_rerun(
                page, lambda: pick_view(page, "Side by side"), f"{texts} === 2", timeout=LARGE_TIMEOUT_MS
            )
            rows.append({"step": "view → Side by side", "seconds": seconds, "load": load_average()})
            for k in range(changes):
                label = labels[5 + (k + 1) * (n - 6) // (changes + 1)]  # synthetic ones, spread out
                add = timed_add(page, label, f"{texts} === 3", timeout=LARGE_TIMEOUT_MS)
                rm = timed_rerun(
                    page, lambda lab=label: remove_article(page, lab), f"{texts} === 2", timeout=LARGE_TIMEOUT_MS
                )
                rows.append({"step": f"Side by side: add / remove an article ({k + 1})", "seconds": add, "load": ""})
                rows[-1]["remove s"] = rm
            rows[-1]["load"] = load_average()
            rows[-1]["rss MB"] = settle_rss(dash)
            if page.locator('[data-testid="stException"]').count():
                raise RuntimeError("the dashboard shows an exception box with many articles")
        finally:
            context.close()
    return rows, note


def start_section(browser: Any, rounds: int) -> str:
    starts: dict[str, list[dict[str, Any]]] = {MINIMAL: [], DASHBOARD: []}
    for r in range(rounds):
        order = (MINIMAL, DASHBOARD) if r % 2 == 0 else (DASHBOARD, MINIMAL)
        for script in order:
            starts[script].append(cold_start(browser, script))
            print(f"round {r + 1} {script}: {starts[script][-1]}", file=sys.stderr)
    med = {
        s: {k: statistics.median(x[k] for x in v) for k in ("title", "chart", "done", "rss")} for s, v in starts.items()
    }
    rows = [
        {
            "app": name,
            "title s": med[s]["title"],
            "first chart s": med[s]["chart"],
            "script done s": med[s]["done"],
            "server RSS MB": med[s]["rss"],
            "first chart each round s": " ".join(f"{x['chart']:.1f}" for x in starts[s]),
            "load (1 min) each round": " ".join(x["load"].split()[0] for x in starts[s]),
        }
        for name, s in (("floor: minimal_app.py", MINIMAL), ("dashboard.py (case study)", DASHBOARD))
    ]
    ratio = med[DASHBOARD]["chart"] / med[MINIMAL]["chart"]
    rows.append(
        {
            "app": "ratio dashboard ÷ floor",
            "title s": med[DASHBOARD]["title"] / med[MINIMAL]["title"],
            "first chart s": ratio,
            "script done s": med[DASHBOARD]["done"] / med[MINIMAL]["done"],
            "server RSS MB": med[DASHBOARD]["rss"] / med[MINIMAL]["rss"],
        }
    )
    rss = med[DASHBOARD]["rss"]
    return (
        f"### Cold start: process start → first chart drawn in headless Chromium (median of {rounds} rounds, "
        "alternating, fresh process and browser context each)\n\n"
        + table(rows, list(rows[0]))
        + f"\n\nTargets: first chart ≤ {TARGET_START_RATIO}× the floor: "
        + f"**{'met' if ratio <= TARGET_START_RATIO else 'missed'}** ({ratio:.2f}×); server RSS after load "
        + f"≤ {TARGET_RSS_CASE_MB} MB with the case study: **{'met' if rss <= TARGET_RSS_CASE_MB else 'missed'}** "
        + f"({rss:.0f} MB)."
    )


# Runs a script under AppTest and keeps how long the script itself took (no harness, no browser).
SCRIPT_TIMER = """import runpy, time
import streamlit as st
_start = time.perf_counter()
runpy.run_path({script!r}, run_name="__main__")
st.session_state["_bench_script_s"] = time.perf_counter() - _start
"""


def script_reruns(changes: int) -> list[dict[str, Any]]:
    """The same changes as in the browser, timed inside the server process (AppTest), beside the floor's."""
    from streamlit.testing.v1 import AppTest

    from analysis import load_case_study

    ids = [a.id for a in load_case_study()]
    samples: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        apps = {}
        for name, script in (("dashboard", DASHBOARD), ("floor", MINIMAL)):
            wrapper = Path(tmp) / f"timed_{name}.py"
            wrapper.write_text(SCRIPT_TIMER.format(script=str(ROOT / script)), encoding="utf-8")
            apps[name] = AppTest.from_file(str(wrapper), default_timeout=TIMEOUT_MS / 1000)
        dash, floor = apps["dashboard"], apps["floor"]
        dash.query_params["view"] = "side-by-side"
        dash.run()
        floor.run()
        pair = list(dash.session_state["fl_selection"])

        def run(app: Any, name: str) -> None:
            app.run()
            if app.exception:
                raise RuntimeError(f"{name}: {app.exception[0].value}")
            samples.setdefault(name, []).append(app.session_state["_bench_script_s"])

        series = ("alpha", "beta", "gamma", "delta")
        for k in range(changes):
            other = [i for i in ids if i not in pair][k % (len(ids) - 2)]
            floor.selectbox(key="series").set_value(series[(k + 1) % len(series)])
            run(floor, "floor: selectbox → new chart")
            for view, next_view in (("Side by side", "Charts"), ("Charts", "Side by side")):
                dash.multiselect(key="fl_selection").set_value([*pair, other])
                run(dash, f"{view}: add an article")
                dash.multiselect(key="fl_selection").set_value(pair)
                run(dash, f"{view}: remove an article")
                dash.session_state["fl_view"] = next_view
                run(dash, f"view: {view} → {next_view}")
    floor_median = statistics.median(samples.pop("floor: selectbox → new chart"))
    return [
        {"change": name, "script median ms": 1000 * statistics.median(v), "floor script ms": 1000 * floor_median}
        for name, v in samples.items()
    ]


def selection_section(browser: Any, changes: int) -> str:
    load_before = load_average()
    rows = selection_changes(browser, changes)
    print(table(rows, list(rows[0])), file=sys.stderr)
    scripts = {r["change"]: r for r in script_reruns(changes)}
    for row in rows:
        row.update(scripts.get(row["change"], {}))
    columns = ["change", "n", "median ms", "max ms", "floor median ms", f"≤ {TARGET_RERUN_MS} ms"]
    return (
        f"### Changing the selection, case study (warm server; load {load_before} → {load_average()})\n\n"
        + table(rows, [*columns, "script median ms", "floor script ms"])
        + "\n\nIn the browser: from the click (pointerdown, on the page's clock) until the script has finished and the "
        "new texts or charts are on the page. Script: the same changes run in the server process through AppTest, "
        "the script's own time only. Floor: the minimal app's selectbox → its one chart redrawn, timed in turn "
        "with each change."
    )


def large_section(browser: Any, articles: int, changes: int) -> str:
    rows, note = many_articles(browser, articles, changes)
    rss = max(r.get("rss MB") or 0 for r in rows)
    return (
        f"### {articles:,} articles in one session (opened through the corpus uploader)\n\n{note}.\n\n"
        + table(rows, ["step", "seconds", "remove s", "rss MB", "load"])
        + f"\n\nTarget: server RSS ≤ {TARGET_RSS_LARGE_MB} MB: "
        + f"**{'met' if rss <= TARGET_RSS_LARGE_MB else 'missed'}** (largest {rss:.0f} MB)."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="cold starts of each app (default 5; 0: skip)")
    parser.add_argument("--changes", type=int, default=5, help="repeats of each selection change (default 5; 0: skip)")
    parser.add_argument("--articles", type=int, default=1000, help="articles in the large session (0: skip)")
    parser.add_argument("--large-changes", type=int, default=3, help="add/remove rounds with many articles (3)")
    parser.add_argument("--section", default="Dashboard", help="the RESULTS.md heading (default: Dashboard)")
    parser.add_argument("--no-append", action="store_true", help="print only; do not append to RESULTS.md")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"Chromium not found at {CHROMIUM}", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    body = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            if args.rounds:
                body.append(start_section(browser, args.rounds))
            if args.changes:
                body.append(selection_section(browser, args.changes))
            if args.articles:
                body.append(large_section(browser, args.articles, args.large_changes))
        finally:
            browser.close()
    record(args.section, "\n\n".join(body), append=not args.no_append)
    return 0


if __name__ == "__main__":
    sys.exit(main())
