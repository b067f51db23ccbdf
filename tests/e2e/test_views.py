"""Every view at a school laptop's size (1366×768) and a phone's (390×844), in headless Chromium.

For each view (and each chart tab, and each lesson step): axe-core finds no serious or critical accessibility
violation, nothing scrolls sideways, headings go in order, no exception box; a screenshot of each is saved to
tests/e2e/screenshots/ (gitignored) for review. The landing page shows the word choices of all five case-study
articles, outside the article texts, within the first two screen heights, without a click.

axe-core comes from the npm registry: ``.ci/run`` installs it into .ci/node (``FRAMELENS_AXE`` overrides the
path). Without it the accessibility checks skip locally and fail under CI=true.
"""

from __future__ import annotations

import json
import os
from itertools import pairwise
from pathlib import Path

import pytest

from app.link import CHARTS, VIEWS, view_slug
from tests.e2e.conftest import missing
from tests.e2e.pages import APP_DONE, EXCEPTION, TIMEOUT_MS, files_only, rerun

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
AXE = Path(os.environ.get("FRAMELENS_AXE", ROOT / ".ci/node/node_modules/axe-core/axe.min.js"))
SIZES = {"laptop": (1366, 768), "phone": (390, 844)}
BAD_IMPACTS = ("serious", "critical")
LESSON_STEPS = ("1 · Read", "2 · Spot", "3 · Compare", "4 · Discuss")

AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').slice(0, 160))}));
}"""
SIDEWAYS = """() => {
  const main = document.querySelector('[data-testid="stMain"]') || document.documentElement;
  return {doc: document.documentElement.scrollWidth, main: main.scrollWidth, width: window.innerWidth};
}"""
# The smallest text FrameLens draws itself: its HTML (marks, tags, the grid, the legend) and its charts' SVG text.
SMALLEST = """() => {
  const own = [...document.querySelectorAll('.fl-article *, .fl-glance *, .fl-legend *, .fl-spot *, .fl-evidence *')];
  const svg = [...document.querySelectorAll('[data-testid="stPlotlyChart"] .main-svg text')];
  const sizes = [...own, ...svg].filter(e => e.getClientRects().length && (e.textContent || '').trim())
    .map(e => [parseFloat(getComputedStyle(e).fontSize), (e.className.baseVal ?? e.className) + ': ' + e.textContent.slice(0, 30)]);
  sizes.sort((a, b) => a[0] - b[0]);
  return sizes.slice(0, 3);
}"""
MIN_LABEL_PX = 11
CHARTS_DRAWN = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
  .filter(c => c.getClientRects().length).every(c => c.querySelector('.main-svg text'))"""
HEADINGS = """() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
  .filter(h => h.offsetParent !== null).map(h => Number(h.tagName[1]))"""


def axe_violations(page) -> list[dict]:
    if not AXE.exists():
        missing(f"axe-core is not installed at {AXE} (npm install --prefix .ci/node axe-core@4)")
    page.add_script_tag(path=str(AXE))
    return [v for v in page.evaluate(AXE_RUN) if v["impact"] in BAD_IMPACTS]


def check_page(page, where: str, screenshots: Path) -> list[str]:
    """Every check of one state of the page; returns the problems (empty: all good) and saves a screenshot."""
    problems = []
    page.wait_for_selector(APP_DONE, timeout=TIMEOUT_MS)
    page.wait_for_function(CHARTS_DRAWN, timeout=TIMEOUT_MS)  # every chart on screen has drawn its text
    page.wait_for_timeout(200)
    if page.locator(EXCEPTION).count():
        problems.append(f"{where}: exception shown: {page.locator(EXCEPTION).first.inner_text()[:300]}")
    wide = page.evaluate(SIDEWAYS)
    if max(wide["doc"], wide["main"]) > wide["width"]:
        problems.append(f"{where}: scrolls sideways ({wide})")
    small = [s for s in page.evaluate(SMALLEST) if s[0] < MIN_LABEL_PX]
    if small:
        problems.append(f"{where}: text smaller than {MIN_LABEL_PX} px: {small}")
    levels = page.evaluate(HEADINGS)
    jumps = [(a, b) for a, b in pairwise(levels) if b > a + 1]
    if not levels or levels[0] != 1 or jumps:
        problems.append(f"{where}: headings out of order {levels}")
    for v in axe_violations(page):
        problems.append(f"{where}: axe {v['impact']} {v['id']} ({v['help']}): {json.dumps(v['nodes'])[:600]}")
    name = where.replace(" ", "-").replace("·", "").replace(":", "").replace("/", "-").lower()
    full_screenshot(page, screenshots / f"{name}.png")
    return problems


def full_screenshot(page, path: Path) -> None:
    """The whole page: Streamlit scrolls inside its main area, so the viewport is made as tall as the content."""
    size = page.viewport_size
    tall = page.evaluate("() => (document.querySelector('[data-testid=\"stMain\"]') || document.body).scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": min(max(tall, size["height"]), 9000)})
    page.wait_for_timeout(400)
    page.screenshot(path=str(path))
    page.set_viewport_size(size)


def _views_and_states(page, base: str, size: str, screenshots: Path) -> list[str]:
    problems = []
    for view in VIEWS:
        page.goto(f"{base}/?view={view_slug(view)}", wait_until="domcontentloaded")
        page.wait_for_selector(f'[data-testid="stHeading"], {EXCEPTION}', timeout=TIMEOUT_MS)
        problems += check_page(page, f"{size} {view}", screenshots)
        if view == "Charts":
            for label in CHARTS[1:]:
                page.goto(f"{base}/?view=charts&chart={view_slug(label)}", wait_until="domcontentloaded")
                page.wait_for_selector(f'[data-testid="stHeading"], {EXCEPTION}', timeout=TIMEOUT_MS)
                problems += check_page(page, f"{size} Charts {label}", screenshots)
        if view == "Classroom":
            for step in LESSON_STEPS[1:]:
                rerun(
                    page, page.get_by_role("radio", name=step, exact=True).click, '[data-testid="stMarkdownContainer"]'
                )
                problems += check_page(page, f"{size} Lesson {step}", screenshots)
            rerun(
                page,
                page.get_by_role("radio", name=LESSON_STEPS[1], exact=True).click,
                '[data-testid="stMarkdownContainer"]',
            )
            chips = page.locator(
                '[data-testid="stPills"] button, .st-key-fl_spot_words_ button, [class*="st-key-fl_spot_words_"] button'
            )
            for i in range(min(3, chips.count())):
                chips.nth(i).click()
                page.wait_for_selector(APP_DONE, timeout=TIMEOUT_MS)
            page.locator('[class*="st-key-fl_spot_reveal_"] label').first.click()
            page.wait_for_selector(".fl-spot", timeout=TIMEOUT_MS)
            problems += check_page(page, f"{size} Lesson spot revealed", screenshots)
    return problems


@pytest.mark.parametrize("size", list(SIZES))
def test_every_view_is_accessible_and_fits(browser, streamlit_server, screenshot_dir, size):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        problems = _views_and_states(context.new_page(), streamlit_server, size, screenshot_dir)
    finally:
        context.close()
    assert problems == [], "\n".join(problems)


def test_the_landing_page_shows_every_articles_word_choices_on_the_first_two_screens(browser, streamlit_server):
    from analysis import load_case_study

    width, height = SIZES["laptop"]
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(streamlit_server, wait_until="domcontentloaded")
        page.wait_for_selector(".fl-glance", timeout=TIMEOUT_MS)
        page.wait_for_selector(APP_DONE, timeout=TIMEOUT_MS)
        found = page.evaluate(
            """(limit) => {
              const grid = document.querySelector('.fl-glance');
              const inText = !!grid.closest('.fl-article');
              const heads = [...grid.querySelectorAll('.fl-g-head .fl-g-art')].map(e => e.innerText.trim());
              const rows = [...grid.querySelectorAll('.fl-g-row:not(.fl-g-voices)')];
              const visible = heads.map((_, i) => rows.some(r => {
                const cell = r.querySelectorAll('.fl-g-cell')[i];
                const chip = cell && cell.querySelector('.fl-chip');
                return chip && chip.getBoundingClientRect().bottom + window.scrollY <= limit
                  && chip.getBoundingClientRect().width > 0;
              }));
              const voices = grid.querySelector('.fl-g-voices');
              return {inText, heads, visible, rows: rows.length, scrollY: window.scrollY,
                      voicesBottom: voices ? voices.getBoundingClientRect().bottom : null};
            }""",
            2 * height,
        )
        assert not found["inText"], "the word choices stand outside the article texts"
        assert found["scrollY"] == 0, "nothing was scrolled or clicked"
        assert len(found["heads"]) == len(load_case_study()) == 5, found
        assert all(found["visible"]), f"an article's words are not within two screens: {found}"
        assert found["rows"] >= 3, found
        assert found["voicesBottom"] is not None and found["voicesBottom"] <= 2 * height, "who speaks is there too"
        sentences = page.locator(".fl-diffs li").all_inner_texts()
        assert sentences and all("writes" in s or "sources" in s for s in sentences), sentences
    finally:
        context.close()


def test_friction_fixes_in_the_browser(browser, streamlit_server):
    """The Articles tabs stay open when a message appears; the picker has no "Select all"; removing every
    article asks first; one of two chosen articles can be removed without the default pair coming back."""
    from tests.e2e.pages import ALERT, choose_view, keyed, open_input_tab, open_session, selected_labels, selector

    context, page = open_session(browser, streamlit_server, width=1366, height=768)
    try:
        choose_view(page, "Articles")
        open_input_tab(page, "Upload files")
        rerun(page, page.get_by_role("button", name="Add the chosen files").click, ALERT, "Choose one or more files")
        assert page.get_by_role("tab", name="Upload files").get_attribute("aria-selected") == "true", "the tab stayed"
        assert page.get_by_role("button", name="Add the chosen files").is_visible()
        rerun(page, keyed(page, "fl_remove_all").locator("button").click, ALERT, "Remove all")
        assert page.get_by_role("button", name="Yes, remove them all").is_visible(), "it asks first"
        rerun(page, page.get_by_role("button", name="Keep them").click, '[data-testid="stMarkdownContainer"]', "loaded")
        choose_view(page, "Side by side")
        selector(page).locator("input").click()
        assert "Select all" not in page.get_by_role("option").all_inner_texts()
        page.keyboard.press("Escape")
        before = selected_labels(page)
        assert len(before) == 2
        remove = selector(page).locator("[data-tag]").first.locator('[role="presentation"], svg').first
        rerun(page, remove.click, '[data-testid="stCaptionContainer"]', "add another")
        assert selected_labels(page) == before[1:], "the other article stays chosen"
    finally:
        context.close()


@pytest.mark.parametrize("which", ["report", "worksheet"])
def test_the_report_and_the_worksheet_open_offline_fit_a_phone_and_pass_axe(browser, tmp_path, screenshot_dir, which):
    from analysis import analyze, load_case_study, load_lexicon
    from app.exports import teacher_report, worksheet
    from app.render.classroom import load_classroom

    lexicon = load_lexicon()
    reports = [analyze(a, lexicon) for a in load_case_study()]
    page_html = (
        teacher_report(reports, lexicon, load_classroom())
        if which == "report"
        else worksheet(reports, lexicon, load_classroom(), highlights=True)
    )
    path = tmp_path / f"{which}.html"
    path.write_text(page_html, encoding="utf-8")
    problems, remote = [], []
    for size, (width, height) in SIZES.items():
        context = browser.new_context(viewport={"width": width, "height": height}, offline=True, bypass_csp=True)
        files_only(context, remote)
        try:
            page = context.new_page()
            page.goto(path.as_uri(), wait_until="load")
            wide = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
            if wide[0] > wide[1]:
                problems.append(f"{size}: scrolls sideways {wide}")
            problems += [f"{size}: axe {v['impact']} {v['id']}: {v['nodes']}" for v in axe_violations(page)]
            page.screenshot(path=str(screenshot_dir / f"{size}-{which}.png"), full_page=True)
        finally:
            context.close()
    assert remote == [] and problems == [], (remote, problems)
