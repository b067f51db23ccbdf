"""Streamlit's own markdown (in Chromium) shows md_escape's output literally: no link, image, heading, colour,
icon, math, code, list, table or emphasis is drawn from a payload, and the text reads as typed (issue 14).

One small app (tests/e2e/markdown_app.py) puts every payload of tests/markdown_payloads.py through the escaper
into each kind of element that renders markdown; the help tooltips are opened by hovering their icons.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import APP_DONE, served
from tests.e2e.pages import open_tooltip
from tests.markdown_payloads import MARKDOWN_PAYLOADS

APP = str(Path(__file__).resolve().parent / "markdown_app.py")
# What an interpreted payload would draw, inside the elements Streamlit renders markdown into.
FORBIDDEN = (
    "a",
    "img",
    "code",
    "pre",
    "em",
    "strong",
    "del",
    "ul",
    "ol",
    "li",
    "table",
    "blockquote",
    "hr",
    ".katex",
    "[data-testid='stIconMaterial']",
    "span[style*='color']",
    "b",
    "i",
)
MARKDOWN = "[data-testid='stMarkdownContainer']"


@pytest.fixture(scope="module")
def markdown_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with served(APP, tmp_path_factory.mktemp("markdown_app") / "server.log") as url:
        yield url


def words(text: str) -> list[str]:
    """The words as read (the escaper's invisible word joiners are not seen)."""
    return text.replace("\u2060", "").split()


@pytest.mark.browser
def test_escaped_markdown_shows_literally_in_every_element(browser, markdown_app):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    try:
        page.goto(markdown_app, wait_until="domcontentloaded")
        page.get_by_text("done-marker").wait_for(timeout=90_000)
        page.wait_for_selector(APP_DONE, timeout=90_000)
        assert page.locator("[data-testid='stException']").count() == 0
        for name, text in MARKDOWN_PAYLOADS.items():
            box = page.locator(f".st-key-md_{name}")
            for css in FORBIDDEN:
                found = box.locator(f"{MARKDOWN} {css}")
                assert found.count() == 0, (name, css, found.first.evaluate("e => e.outerHTML"))
            headings = box.locator("h1, h2, h3, h4, h5, h6")
            assert headings.count() == 1, (name, "only the subheader itself is a heading")
            shown = [t for t in box.locator(MARKDOWN).all_inner_texts() if t.strip()]  # not the empty expander body
            assert len(shown) >= 5, (name, shown)
            for piece in shown:
                assert words(piece) == words(text), (name, piece)
        for name in ("link", "autolink", "directives", "setext1", "html"):
            icon = page.locator(f".st-key-btn_{name} [data-testid='stTooltipHoverTarget']")
            tip = open_tooltip(page, icon.first if icon.count() else page.locator(f".st-key-btn_{name}"))
            for css in FORBIDDEN:
                assert tip.locator(css).count() == 0, (name, "tooltip", css)
            assert words(tip.inner_text()) == words(MARKDOWN_PAYLOADS[name]), (name, tip.inner_text())
            page.mouse.move(0, 0)
    finally:
        context.close()
