"""The HTML report: everything escaped, no remote resources, and charts that render offline in Chromium."""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser
from pathlib import Path

import plotly.graph_objects as go
import pytest
from plotly.offline import get_plotlyjs

from analysis import analyze, analyze_all, load_case_study
from analysis.export.html_report import build_html_report, highlighted_text, markdown_html
from analysis.export.marks import direction
from analysis.export.marks_html import legend_html
from analysis.export.palette import source_look
from analysis.io.ingest import pasted_article
from analysis.model import ActorLabel, Attribution, Span, TermMatch
from app.render.highlight import article_html
from tests.e2e.pages import files_only
from tests.reports import make_report

EVIL = '<script>alert("x")</script><img src="https://evil.example/p.png">'


class _Attributes(HTMLParser):
    """Every tag and attribute of a page (script bodies are data, not tags)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Attributes()
    parser.feed(page)
    return parser.tags


def _figure(reports: list, kind: str = "bar") -> go.Figure:
    names = [r.article.title[:20] for r in reports]
    values = [r.sentiment.subjectivity for r in reports]
    trace = go.Bar(x=names, y=values) if kind == "bar" else go.Scatter(x=names, y=values, mode="markers")
    return go.Figure(trace, layout={"title": {"text": "Subjectivity"}})


@pytest.fixture(scope="module")
def reports() -> list:
    evil = pasted_article(f"{EVIL}\nOfficials said the regime fell. Rebels claimed victory.", title=EVIL, outlet=EVIL)
    return [*analyze_all(load_case_study()), analyze(evil)]


@pytest.fixture(scope="module")
def page(reports: list) -> str:
    return build_html_report(
        reports,
        figures=[_figure(reports), _figure(reports, "scatter").to_dict()],
        title=f"Report {EVIL}",
        method_notes_markdown="# Method\n\nSee [the notes](https://example.org/notes) and **bold** <b>raw</b>.\n\n- one\n- two",
    )


def test_user_text_is_escaped_everywhere(page: str) -> None:
    assert "<script>alert" not in page and 'src="https://evil' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert all(tag != "img" for tag, _ in _tags(page))
    assert "<b>raw</b>" not in page and "&lt;b&gt;raw&lt;/b&gt;" in page


def test_no_remote_resources_or_links(page: str) -> None:
    for tag, attrs in _tags(page):
        for name in ("src", "href", "action", "srcset", "data", "poster"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), (tag, name, value)
        assert tag not in ("link", "iframe", "object", "embed", "base")
    assert "the notes (https://example.org/notes)" in page  # links in the notes become plain text


def test_plotly_is_embedded_once_and_a_csp_forbids_the_network(page: str) -> None:
    assert page.count(get_plotlyjs()[:300]) == 1
    assert page.count('class="plotly-graph-div"') == 2
    csp = next(a["content"] for t, a in _tags(page) if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp.startswith("default-src 'none'") and "connect-src" not in csp


def test_without_figures_no_javascript_is_embedded(reports: list) -> None:
    page = build_html_report(reports[:1])
    assert "<script" not in page and "plotly" not in page.lower()


def test_marks_carry_a_text_tag_and_boilerplate_is_labelled(reports: list) -> None:
    case_report = next(r for r in reports if r.article.boilerplate)
    html_text = highlighted_text(case_report)
    assert html_text.count('<sup class="fl-tag"') >= html_text.count('class="fl-term'), "every term has its tag"
    assert 'class="fl-boiler"' in html_text and "own voice" in html_text and "not scored" in html_text
    terms = [t for r in reports for t in r.framing.terms]
    assert terms, "the case study has framing terms"
    assert f">{direction(terms[0].position)}</sup>" in build_html_report(reports)
    assert "[−1]" not in build_html_report(reports) and "[+1]" not in build_html_report(reports), "no internal tags"


def test_the_report_marks_the_text_as_the_app_does(reports: list) -> None:
    """The same marks, classes, titles and tags as the side-by-side view; only the line ends differ."""
    for report in reports:
        app = article_html(report)
        inner = app[app.index(">") + 1 : app.rindex("</div>")]
        assert highlighted_text(report).replace("\r\n", "\n").replace("\n", "<br>") == inner


def test_every_source_kind_is_styled_in_the_report_as_in_the_app() -> None:
    text = "Jane Doe, the ministry, the report and we said so."
    kinds = {"Jane Doe": "named", "the ministry": "organization", "the report": "document", "we": "self"}
    attributions = tuple(
        Attribution(
            kind,
            who,
            "said",
            "neutral",
            False,
            Span.of(text, text.index(who), text.index(who) + len(who)),
            None,
            None,
            0,
        )
        for who, kind in kinds.items()
    )
    report = make_report(text, attributions=attributions)
    marked = highlighted_text(report)
    for kind in kinds.values():
        look = source_look(kind)
        assert f"fl-src-{kind}" in marked and f"underline {look.line} {look.colour}" in marked
        assert f">{look.tag}</sup>" in marked, kind
    legend = build_html_report([report]).split("How the marks read:")[1].split("<section")[0]
    assert legend_html(axis_low="one end of the lexicon's scale", axis_high="the other end") in legend
    for kind in ("organization", "document", "self"):
        assert f"underline {source_look(kind).line} {source_look(kind).colour}" in legend


def test_overlapping_marks_are_all_shown_in_the_report() -> None:
    text = "the HTS militant outfit said"
    outfit_span = Span.of(text, text.index("militant outfit"), len("the HTS militant outfit"))
    outfit = TermMatch("fam", "militant outfit", "p", -0.5, outfit_span, 0)
    label = ActorLabel("HTS", "militant outfit", "armed", outfit_span, Span.of(text, 4, 7), "before", 0)
    source = Attribution(
        "organization", "HTS militant outfit", "said", "neutral", False, Span.of(text, 4, 23), None, None, 0
    )
    marked = highlighted_text(make_report(text, terms=(outfit,), labels=(label,), attributions=(source,)))
    assert marked.count(">label</sup>") == marked.count(">organisation</sup>") == marked.count(">◀</sup>") == 1
    assert html_lib.unescape(re.sub(r"<sup[^>]*>[^<]*</sup>|<[^>]+>", "", marked)) == text


def test_highlighting_keeps_the_text(reports: list) -> None:
    for report in reports:
        marked = highlighted_text(report)
        plain = re.sub(r"<sup[^>]*>[^<]*</sup>", "", marked)
        plain = html_lib.unescape(re.sub(r"<[^>]+>", "", plain))
        assert plain == report.article.text


def test_method_notes_markdown_subset() -> None:
    out = markdown_html(
        "# Title\n\nA *word* and `code` and **strong**.\n\n1. first\n2. second\n\n| a | b |\n|---|---|\n| 1 | <i>2</i> |\n\n```\n<raw>\n```"
    )
    assert "<h3>Title</h3>" in out
    assert "<p>A <em>word</em> and <code>code</code> and <strong>strong</strong>.</p>" in out
    assert "<ol><li>first</li><li>second</li></ol>" in out
    assert "<td>&lt;i&gt;2&lt;/i&gt;</td>" in out
    assert "<pre>&lt;raw&gt;</pre>" in out


# --- in a real browser, offline ------------------------------------------------------------------


def test_report_opens_offline_in_chromium_with_its_charts(page: str, tmp_path: Path, browser) -> None:
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    remote: list[str] = []
    errors: list[str] = []
    context = browser.new_context(offline=True)
    try:
        files_only(context, remote)
        tab = context.new_page()
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.on("dialog", lambda dialog: (errors.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        tab.goto(path.as_uri())
        tab.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
        charts = tab.locator(".js-plotly-plot").count()
        bars = tab.locator(".js-plotly-plot .bars .point").count()
        marks = tab.locator("mark").count()
        title = tab.title()
    finally:
        context.close()
    assert (charts, remote, errors) == (2, [], [])
    assert bars == len(page.split('id="article-')) - 1
    assert marks > 0 and title.startswith("Report <script>")
