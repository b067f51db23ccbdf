"""The real page in headless Chromium: highlighted texts side by side, plotly charts, no exception box."""

from __future__ import annotations

import pytest

from app.link import CHARTS, view_slug
from tests.e2e.conftest import APP_TIMEOUT_MS
from tests.e2e.pages import open_chart

pytestmark = pytest.mark.browser

WIDTH, HEIGHT = 1440, 1000
VIEW_URL = "/?view={view}"


def new_page(browser):
    return browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})


def test_side_by_side_shows_highlighted_texts(browser, streamlit_server, open_app, screenshot_dir):
    page = new_page(browser)
    try:
        open_app(page, streamlit_server + VIEW_URL.format(view="side-by-side"), ready=".fl-article")
        texts = page.locator(".fl-article")
        assert texts.count() == 2, "the default comparison shows two texts side by side"
        for i in range(2):
            assert texts.nth(i).locator("mark.fl-term").count() > 0, "framing words are highlighted"
            assert texts.nth(i).locator("sup.fl-tag").count() > 0, "highlights carry a text tag too"
        assert page.locator(".fl-legend").count() == 1
        assert page.locator('[data-testid="stException"]').count() == 0
        page.screenshot(path=str(screenshot_dir / "side-by-side.png"), full_page=True)
    finally:
        page.close()


def test_overview_and_charts_draw_plotly(browser, streamlit_server, open_app, screenshot_dir):
    page = new_page(browser)
    try:
        open_app(page, streamlit_server, ready='[data-testid="stPlotlyChart"]')
        # the table comes after the map and its grid is drawn by a chunk the browser loads on first use: wait
        # for it, as a reader would, instead of counting it at once (which passed only on a quiet machine)
        page.wait_for_selector('[data-testid="stDataFrame"]', timeout=APP_TIMEOUT_MS)
        assert page.locator('[data-testid="stDataFrame"]').count() >= 1
        assert page.locator('[data-testid="stPlotlyChart"]').count() >= 1
        assert page.locator('[data-testid="stException"]').count() == 0
        page.screenshot(path=str(screenshot_dir / "overview.png"), full_page=True)

        open_app(page, streamlit_server + VIEW_URL.format(view="charts"), ready='[data-testid="stPlotlyChart"]')
        assert page.get_by_role("tab").all_inner_texts() == list(CHARTS)
        for index in range(len(CHARTS)):  # only the open tab's chart is drawn: open each in turn
            open_chart(page, index)
            assert page.locator('[data-testid="stPlotlyChart"]').count() == 1
            assert f"chart={view_slug(CHARTS[index])}" in page.url, "the open chart is in the link"
        assert page.locator('[data-testid="stException"]').count() == 0
        page.screenshot(path=str(screenshot_dir / "charts.png"), full_page=True)
    finally:
        page.close()


def test_bad_link_shows_message_not_exception(browser, streamlit_server, open_app):
    page = new_page(browser)
    try:
        open_app(page, streamlit_server + "/?articles=nope,<script>&view=nowhere", ready='[data-testid="stAlert"]')
        assert "not loaded" in page.locator('[data-testid="stAlert"]').first.inner_text()
        page.wait_for_selector('[data-testid="stPlotlyChart"]')  # the default view: Overview and its chart
        assert page.locator('[data-testid="stException"]').count() == 0
        assert "view=overview" in page.url
    finally:
        page.close()
