"""No pasted, uploaded or exported text runs as code, and every payload shows literally (issue 7).

The payloads (tests/payloads.py) would set ``window.__pwned`` if they ever ran. They go in through the
app's own forms — paste, file upload, lexicon upload — in headless Chromium, into article text, titles,
outlet names, authors, dates, file names and lexicon entries; every view is opened and the flag is read
in the main frame and every iframe. The same for the offline HTML report, opened from ``file://`` with
the network cut. An AppTest pass (no browser) checks every HTML body the dashboard sends for markup
that came from the text, and every markdown body for an unescaped payload.

The Charts view draws only its open tab's chart, so each chart's tab is opened in turn (``visit``).

The page helpers (``rerun``, ``paste_article``, ``choose_view``, ``select_article``, ``open_chart`` …) live in
tests/e2e/pages.py, shared with tests/e2e/test_sessions.py, tests/e2e/test_browser.py and
benchmarks/bench_sessions.py.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import analyze, load_lexicon
from analysis.export.html_report import build_html_report
from app.render.style import stylesheet_html
from tests.e2e.pages import (
    ALERT,
    assert_clean,
    choose_view,
    hover_marks,
    keyed,
    open_all_expanders,
    open_input_tab,
    open_session,
    paste_article,
    pwned,
    rerun,
    select_article,
    upload,
    visit,
)
from tests.payloads import BY_ID, FIELD_PAYLOADS, PAYLOADS, payload_articles, payload_lexicon_toml, payload_text
from tests.test_properties import parse_fragment

APP = str(Path(__file__).resolve().parents[2] / "dashboard.py")
VIEWS_TO_VISIT = ("Overview", "Side by side", "Charts", "Compare", "Articles", "Lexicon", "Classroom")


# --- in the browser: paste, upload, lexicon ------------------------------------------------------


@pytest.mark.browser
def test_pasted_payloads_never_run_and_show_literally(browser, streamlit_server):
    context, page = open_session(browser, streamlit_server)
    try:
        paste_article(
            page,
            text=payload_text(),
            title="pwtitle " + BY_ID["script"].text,
            outlet="pwoutlet " + BY_ID["img"].text,
            author="pwauthor " + BY_ID["mdlink"].text,
            date="pwdate " + BY_ID["template"].text,
        )
        assert_clean(page, "after pasting")
        listed = page.locator('[data-testid="stMarkdownContainer"]').all_inner_texts()
        assert any("pwtitle " + BY_ID["script"].text in t for t in listed), "the title shows literally in the list"
        select_article(page, "pwoutlet", "pwent")
        assert_clean(page, "side by side")
        column = page.locator(".fl-article").filter(has_text="pwent").first
        shown = column.inner_text()
        for p in PAYLOADS:
            assert p.literal in shown, f"{p.id} does not show literally in the highlighted text"
            assert not p.forbidden or p.forbidden not in shown, f"{p.id} was interpreted"
        headings = page.locator('[data-testid="stHeading"]').all_inner_texts()
        assert any("pwoutlet " + BY_ID["img"].text in h for h in headings), headings
        page_text = page.locator("body").inner_text()
        for literal in ("pwtitle " + BY_ID["script"].text, "pwauthor " + BY_ID["mdlink"].text):
            assert literal in page_text, literal
        assert "pwdate " + BY_ID["template"].literal in page_text
        assert "pwdate " + BY_ID["template"].forbidden not in page_text
        hover_marks(page)
        open_all_expanders(page)
        assert_clean(page, "side by side, marks hovered and every why? open")
        for view in VIEWS_TO_VISIT:
            for where in visit(page, view):
                open_all_expanders(page)
                assert_clean(page, where)
    finally:
        context.close()


def _upload_files() -> list[dict]:
    # a file name cannot hold "/" and the browser sends '"' as %22: tags and handlers without them
    name = (
        "pwfname <img src=x onerror=window.__pwned='fname'> <svg onload=window.__pwned='fname'> [x](javascript:1).txt"
    )
    table = io.StringIO()
    writer = csv.writer(table)
    writer.writerow(["title", "outlet", "author", "text"])
    for i, p in enumerate(FIELD_PAYLOADS[:6]):
        writer.writerow([f"pwcsv{i} {p.text}", f"pwcsvout{i} {p.text}", p.text, f"Assad fled. {p.text} pwcsvbody{i}."])
    records = [{"headline": f"pwjson {BY_ID['svg'].text}", "source": BY_ID["iframe"].text, "body": payload_text()}]
    page_html = (
        "<html><head><title>pwhtml &lt;script&gt;window.__pwned='htmltitle'&lt;/script&gt;</title>"
        "<script>window.__pwned='htmlfile'</script></head><body><article><h1>pwhtml headline</h1>"
        + "".join(
            f'<p>Paragraph {i}: the regime fell and Assad fled, a source said. &lt;img src=x onerror="window.__pwned='
            f"'htmlbody'\"&gt; pwhtmlbody{i} &amp;lt;b&amp;gt;</p>"
            for i in range(8)
        )
        + "</article></body></html>"
    )
    return [
        {"name": name, "mimeType": "text/plain", "buffer": f"pwfile\n{payload_text()}".encode()},
        {"name": "pw.csv", "mimeType": "text/csv", "buffer": table.getvalue().encode()},
        {"name": "pw.json", "mimeType": "application/json", "buffer": json.dumps(records).encode()},
        {
            "name": "pw.md",
            "mimeType": "text/markdown",
            "buffer": b"# pwmd [x](javascript:window.__pwned='md')\n\n" + payload_text().encode(),
        },
        {"name": "pw.html", "mimeType": "text/html", "buffer": page_html.encode()},
    ]


@pytest.mark.browser
def test_uploaded_payloads_never_run_and_show_literally(browser, streamlit_server):
    context, page = open_session(browser, streamlit_server)
    try:
        choose_view(page, "Articles")
        open_input_tab(page, "Upload files")
        files = _upload_files()
        upload(page, keyed(page, "fl_upload_files_", prefix=True), files)
        rerun(page, page.get_by_role("button", name="Add the chosen files").click, ALERT, "Added")
        assert_clean(page, "after uploading")
        alerts = " ".join(page.locator('[data-testid="stAlert"]').all_inner_texts())
        assert "Added" in alerts, alerts
        listed = page.locator("body").inner_text()
        assert "file:" + files[0]["name"] in listed, "the file name shows literally"
        assert "pwcsv0 " + FIELD_PAYLOADS[0].text in listed
        assert "pwjson " + BY_ID["svg"].text in listed
        select_article(page, "pwcsvout0", "pwcsvbody0")
        assert "pwcsvout0 " + FIELD_PAYLOADS[0].text in " ".join(
            page.locator('[data-testid="stHeading"]').all_inner_texts()
        )
        hover_marks(page)
        open_all_expanders(page)
        for view in VIEWS_TO_VISIT:
            for where in visit(page, view):
                assert_clean(page, where)
    finally:
        context.close()


@pytest.mark.browser
def test_a_payload_lexicon_never_runs(browser, streamlit_server):
    """Lexicon title, axis names, family and pole labels, notes and an actor's name: all payloads."""
    context, page = open_session(browser, streamlit_server)
    try:
        choose_view(page, "Lexicon")
        toml = payload_lexicon_toml().encode()
        lexicon_file = {"name": f"{BY_ID['img'].text}.toml", "mimeType": "application/toml", "buffer": toml}
        upload(page, keyed(page, "fl_lexicon_file_", prefix=True), [lexicon_file])
        rerun(page, page.get_by_role("button", name="Use this lexicon").click, ALERT, "is now in use")
        assert_clean(page, "after loading the lexicon")
        assert BY_ID["script"].text in page.locator("body").inner_text(), "the lexicon title shows literally"
        open_all_expanders(page)
        assert_clean(page, "lexicon editor open")
        for view in VIEWS_TO_VISIT:
            for where in visit(page, view):
                if view == "Side by side":
                    hover_marks(page)
                    legend = " ".join(page.locator(".fl-legend").all_inner_texts())
                    assert BY_ID["img"].text in legend, "the axis name shows literally in the legend"
                open_all_expanders(page)
                assert_clean(page, where)
    finally:
        context.close()


# --- the HTML export, offline --------------------------------------------------------------------


@pytest.mark.browser
def test_html_export_never_runs_a_payload_and_shows_it_literally(browser, tmp_path: Path):
    from app.render import figures

    lexicon = load_lexicon()
    reports = [analyze(a, lexicon) for a in payload_articles()[:4]]
    notes = "# Notes " + BY_ID["mdlink"].text + "\n\n" + "\n\n".join(p.text for p in FIELD_PAYLOADS)
    html_text = build_html_report(
        reports,
        figures=figures.comparison_figures(reports, lexicon),
        title="pwreport " + BY_ID["script"].text,
        method_notes_markdown=notes,
    )
    path = tmp_path / "report.html"
    path.write_text(html_text, encoding="utf-8")
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    remote: list[str] = []

    def file_only(route) -> None:  # the network is cut: anything but the file itself is refused and noted
        if route.request.url.startswith("file:"):
            route.continue_()
            return
        remote.append(route.request.url)
        route.abort()

    context.route("**/*", file_only)
    try:
        page = context.new_page()
        page.goto(path.as_uri(), wait_until="load")
        page.wait_for_timeout(500)  # let any deferred handler (onload, onerror) have its chance
        for summary in page.locator("details > summary").all():  # the texts are folded: open them as a reader would
            summary.click()
        page.wait_for_timeout(200)
        for mark in page.locator("mark").all()[:20]:
            mark.hover(timeout=5_000)
        assert pwned(page) == [], "a payload ran in the HTML report"
        body = page.locator("body").inner_text()
        for p in PAYLOADS:
            assert p.literal in body, f"{p.id} does not show literally in the report"
            assert not p.forbidden or p.forbidden not in body
        for r in reports:
            assert r.article.title in body and r.article.outlet in body
        assert "pwreport " + BY_ID["script"].text in page.title()
        assert remote == [], f"the report asked the network for {remote}"
    finally:
        context.close()


# --- AppTest: what the server sends ---------------------------------------------------------------

SAFE_HTML_TAGS = {"div", "span", "mark", "sup", "br", "ul", "ol", "li", "p", "b", "strong", "em", "i", "small"}
SAFE_HTML_ATTRS = {"class", "style", "title"}
# Elements whose value Streamlit renders as markdown; labels, help texts and expander titles are markdown too.
# (Option lists, table cells and widget values are plain text.)
MARKDOWN_KINDS = {"markdown", "caption", "subheader", "header", "title", "error", "warning", "info", "success", "toast"}
RAW_MARKUP = re.compile(r"(?<!\\)<\s*/?\s*[a-zA-Z!?]")  # a tag, unless backslash-escaped for markdown


def _walk(node) -> Iterator[object]:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _walk(child)


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _apptest(view: str, *, lexicon_toml: str | None = None):
    from streamlit.testing.v1 import AppTest

    from app.link import view_slug

    at = AppTest.from_file(APP, default_timeout=180)
    articles = payload_articles()[:4]
    at.session_state["fl_articles"] = articles
    if lexicon_toml is not None:
        at.session_state["fl_lexicon_toml"] = lexicon_toml
    at.query_params["view"] = view_slug(view)
    at.query_params["articles"] = ",".join(a.id for a in articles)
    return at.run()


def _check_bodies(at, where: str) -> int:
    """Check every body the server sent; returns how many carry a payload (escaped), to show they were seen."""
    assert not at.exception, [e.value for e in at.exception]
    seen = 0
    raw_payloads = [p.text for p in FIELD_PAYLOADS if re.search(r"[<>\[\]$`*_&:]", p.text)]  # markdown specials
    html_payloads = [p.text for p in FIELD_PAYLOADS if re.search(r"[<>&]", p.text)]
    for node in _walk(at._tree):
        kind = getattr(node, "type", "")
        if kind == "plotly_chart":  # plotly reads a subset of HTML (links, bold) in every text it draws
            for text in _strings(json.loads(node.proto.spec)):
                seen += "pwned" in text
                for raw in html_payloads:
                    assert raw not in text, (where, "an unescaped payload reaches a chart", text[:200])
            continue
        if kind == "html":
            if node.proto.body == stylesheet_html():  # FrameLens's own stylesheet, a constant with no user text
                continue
            got = parse_fragment(node.proto.body)
            seen += "pwned" in node.proto.body
            assert got.tags <= SAFE_HTML_TAGS, (where, got.tags - SAFE_HTML_TAGS)
            assert got.attrs <= SAFE_HTML_ATTRS, (where, got.attrs - SAFE_HTML_ATTRS)
            continue
        bodies = [getattr(node, "label", None), getattr(getattr(node, "proto", None), "help", None)]
        if kind in MARKDOWN_KINDS:
            bodies.append(getattr(node, "value", None))
        for body in (b for b in bodies if isinstance(b, str)):
            seen += "pwned" in body
            assert not RAW_MARKUP.search(body), (where, kind, "markup reaches markdown", body[:200])
            for raw in raw_payloads:
                assert raw not in body, (where, kind, "an unescaped payload reaches markdown", body[:200])
    return seen


def _check_view(view: str, *, lexicon_toml: str | None = None) -> int:
    """``_check_bodies`` for a view; in Charts for each chart's tab in turn (only the open one is sent)."""
    from app.link import CHARTS

    at = _apptest(view, lexicon_toml=lexicon_toml)
    where = view if lexicon_toml is None else f"{view} with the payload lexicon"
    if view != "Charts":
        return _check_bodies(at, where)
    seen = 0
    for label in CHARTS:
        at.session_state["fl_chart"] = label  # what a click on the tab does
        at.run()
        assert len(at.get("plotly_chart")) == 1, (where, label, "one chart, the open tab's")
        seen += _check_bodies(at, f"{where}: {label}")
    return seen


@pytest.mark.parametrize("view", VIEWS_TO_VISIT)
def test_every_view_sends_payloads_escaped(view: str):
    seen = _check_view(view)
    assert seen or view in ("Compare", "Lexicon", "Classroom"), (
        "the payloads reached this view (else the check proves nothing)"
    )


@pytest.mark.parametrize("view", ("Side by side", "Lexicon", "Overview", "Charts"))
def test_every_view_sends_a_payload_lexicon_escaped(view: str):
    seen = _check_view(view, lexicon_toml=payload_lexicon_toml())
    assert seen, "the payloads reached this view (else the check proves nothing)"


@pytest.mark.parametrize(
    "toml",
    ['hedges = "x"', "meta = []", '[[families]]\nid = "f"\npoles = 1'],
    ids=["hedges not a table", "meta not a table", "poles not a list"],
)
def test_a_lexicon_of_the_wrong_shape_is_a_message_not_a_crash(toml: str):
    """A lexicon file of the wrong shape (as an upload could bring) gives an error and the shipped lexicon."""
    at = _apptest("Side by side", lexicon_toml=toml)
    assert not at.exception, [e.value[:300] for e in at.exception]
    assert at.error, "the user is told the lexicon cannot be used"
