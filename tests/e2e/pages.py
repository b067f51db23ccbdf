"""Page helpers for the browser tests: open a session, act, and wait for the run the action causes.

Widgets are found by their keys (``.st-key-<key>``) and labels, never by position. Used by
tests/e2e/test_injection.py, test_sessions.py and test_browser.py, and through test_sessions by
benchmarks/bench_sessions.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache

from tests.payloads import FLAG

APP_DONE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION = '[data-testid="stException"]'
ALERT = '[data-testid="stAlert"]'
TIMEOUT_MS = 120_000

# Waits for what a script run must produce: an element matching ``css`` whose text holds ``text``, with
# the script no longer running. A MutationObserver checks on every change and notes the time on the
# page's own clock, so several pages can act at once and be waited for one after another.
# (Counting the "running" → "notRunning" changes of stApp is not enough: a quick run can go by
# without "running" ever being drawn.)
EXPECT = """([css, text]) => {
  if (window.__flObserver) window.__flObserver.disconnect();
  window.__flMet = null;
  window.__flActAt = Date.now();
  const check = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (window.__flMet || !app || app.getAttribute('data-test-script-state') !== 'notRunning') return;
    if ([...document.querySelectorAll(css)].some(e => e.innerText.includes(text))) {
      window.__flMet = Date.now();
      window.__flObserver.disconnect();
    }
  };
  window.__flObserver = new MutationObserver(check);
  window.__flObserver.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
}"""


def open_session(browser, url: str, *, width: int = 1400, height: int = 1000, before_load: Callable | None = None):
    """A new browser context (its own cookies: a separate Streamlit session) with the app loaded
    (``before_load(page)`` first, e.g. to listen to its websocket)."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    if before_load is not None:
        before_load(page)
    page.goto(url, wait_until="domcontentloaded")
    page.wait_for_selector(f'[data-testid="stHeading"], {EXCEPTION}', timeout=TIMEOUT_MS)
    page.wait_for_selector(APP_DONE, timeout=TIMEOUT_MS)
    return context, page


def expect(page, css: str, text: str = "") -> None:
    """Call just before an action: from now on, note when ``css`` holding ``text`` shows after a finished run."""
    page.evaluate(EXPECT, [css, text])


def reached(page) -> float:
    """Wait for what ``expect`` named; seconds from the action to the finished run that produced it."""
    try:
        page.wait_for_function("() => window.__flMet !== null", timeout=TIMEOUT_MS)
    except Exception as err:
        state = page.locator('[data-testid="stApp"]').get_attribute("data-test-script-state")
        shown = page.locator("body").inner_text()[:1500]
        raise AssertionError(f"the run never showed what was expected (script state {state}): {shown}") from err
    page.wait_for_selector(APP_DONE, timeout=TIMEOUT_MS)
    return page.evaluate("() => (window.__flMet - window.__flActAt) / 1000")


def rerun(page, action: Callable[[], object], css: str, text: str = "") -> float:
    """Do ``action`` and wait for the run it causes to show ``css`` holding ``text``; seconds it took."""
    expect(page, css, text)
    action()
    return reached(page)


@cache
def view_intro(view: str) -> str:
    """The start of the explanation each view opens with (data/classroom.toml): proof that the view was drawn."""
    from app.link import view_slug
    from app.render.classroom import load_classroom

    intro = load_classroom().intro(view_slug(view).replace("-", "_"))
    return intro.splitlines()[0][:40] if intro else ""


def view_done(view: str) -> tuple[str, str]:
    """The (css, text) that shows ``view`` has been drawn."""
    return '[data-testid="stMarkdownContainer"]', view_intro(view)


def choose_view(page, view: str) -> float:
    radio = page.get_by_role("radio", name=view, exact=True)
    if radio.get_attribute("aria-checked") == "true":
        return 0.0
    return rerun(page, radio.click, *view_done(view))


def open_chart(page, index: int) -> float:
    """In Charts, open the tab of chart ``index`` (app.link.CHARTS) and wait until it is drawn; seconds."""
    from app.link import CHARTS

    tab = page.get_by_role("tab", name=CHARTS[index], exact=True)
    chart = f".st-key-fl_chart_{index}"  # the chart's element (its key); on the page only while its tab is open
    seconds = 0.0
    if tab.get_attribute("aria-selected") != "true":
        seconds = rerun(page, tab.click, chart)
    page.wait_for_selector(f"{chart} .main-svg", timeout=TIMEOUT_MS)
    return seconds


def visit(page, view: str) -> Iterator[str]:
    """Open ``view``, and in Charts each chart's tab in turn; yields where the page is, to check it there."""
    from app.link import CHARTS

    choose_view(page, view)
    if view != "Charts":
        yield view
        return
    for index, label in enumerate(CHARTS):
        open_chart(page, index)
        yield f"Charts: {label}"


# The Articles view draws only the open input tab's form (the paste form always): the button each tab draws.
INPUT_TAB_BUTTONS = {
    "Paste text": "fl_paste_add",
    "Upload files": "fl_upload_add",
    "From the web": "fl_fetch",
    "Corpus file": "fl_corpus_open",
}


def open_input_tab(page, name: str) -> float:
    """Open one of the Articles view's input tabs and wait for the run that draws its form; seconds."""
    tab = page.get_by_role("tab", name=name, exact=True)
    if tab.get_attribute("aria-selected") == "true":
        return 0.0
    return rerun(page, tab.click, f".st-key-{INPUT_TAB_BUTTONS[name]}")


def paste_article(page, *, text: str, title: str = "", outlet: str = "", author: str = "", date: str = "") -> float:
    """Fill the Articles view's paste form and add the article; seconds for the rerun."""
    choose_view(page, "Articles")
    open_input_tab(page, "Paste text")
    page.get_by_label("Title (optional: the first line is used)").fill(title)
    page.get_by_label("Outlet").fill(outlet)
    page.get_by_label("Author").fill(author)
    page.get_by_label("Date").fill(date)
    page.get_by_label("Article text").fill(text)
    # the success message names the new article: proof that this paste (not an earlier one) was added
    return rerun(page, page.get_by_role("button", name="Add this article").click, ALERT, title[:16] or "Added")


def keyed(page, key: str, *, prefix: bool = False):
    """The element a widget or container with ``key`` draws (Streamlit gives it the class ``st-key-<key>``);
    ``prefix`` matches keys that end in a counter (``fl_upload_files_0``, ``_1`` …). Never by position."""
    return page.locator(f'[class*="st-key-{key}"]' if prefix else f".st-key-{key}")


def selector(page):
    """The 'Articles to compare' multiselect, by its key."""
    return keyed(page, "fl_selection")


def selector_options(page) -> list[str]:
    """The labels offered by the 'Articles to compare' multiselect (opened, read, closed)."""
    box = selector(page)
    box.locator("input").click()
    options = page.get_by_role("option").all_inner_texts()
    page.keyboard.press("Escape")
    return [o for o in options if o != "Select all"]


def selected_labels(page) -> list[str]:
    """The labels of the articles chosen in the 'Articles to compare' multiselect."""
    tags = selector(page).locator("[data-tag]")
    return list(dict.fromkeys(t.get_attribute("aria-label") or t.inner_text() for t in tags.all()))


def select_article(page, label_start: str, shows: str) -> float:
    """In Side by side, add the article whose selector label starts with ``label_start``; wait for ``shows``."""
    choose_view(page, "Side by side")
    box = selector(page)
    box.locator("input").click()
    option = page.get_by_role("option").filter(has_text=label_start).first
    seconds = rerun(page, option.click, ".fl-article", shows)
    page.keyboard.press("Escape")
    return seconds


def upload(page, uploader, files: list[dict]) -> None:
    """Give files to a file uploader; wait until all show as chips and the script is idle."""
    uploader.locator('input[type="file"]').set_input_files(files)
    uploader.locator('[data-testid="stFileChip"]').nth(len(files) - 1).wait_for(timeout=TIMEOUT_MS)
    page.wait_for_selector(APP_DONE, timeout=TIMEOUT_MS)


def pwned(page) -> list[object]:
    """The flag in every frame that has it set (an empty list: nothing ran)."""
    found = []
    for frame in page.frames:
        try:
            value = frame.evaluate(f"() => [window.{FLAG} ?? null, window.parent.{FLAG} ?? null]")
        except Exception as err:  # a frame that went away while reading
            value = [f"unreadable frame {frame.url}: {err}", None]
        found += [v for v in value if v is not None]
    return found


def assert_clean(page, where: str) -> None:
    assert pwned(page) == [], f"a payload ran ({where})"
    assert page.locator(EXCEPTION).count() == 0, f"exception shown ({where}): " + " | ".join(
        page.locator(EXCEPTION).all_inner_texts()
    )


def open_all_expanders(page) -> None:
    for summary in page.locator('[data-testid="stExpander"] summary').all():
        if summary.is_visible():
            summary.click()


def hover_marks(page, limit: int = 12) -> None:
    """Hover some marks, so an injected onmouseover would fire."""
    marks = page.locator(".fl-article mark")
    for i in range(min(marks.count(), limit)):
        marks.nth(i).hover(timeout=5_000)


TOOLTIP = "[data-testid='stTooltipContent']"


def open_tooltip(page, target, *, tries: int = 3, timeout_ms: int = 15_000):
    """Hover ``target`` until its tooltip shows and return it. A hover can go unseen on a busy machine (the
    element still moving, or the pointer already resting on it), so the pointer leaves and comes back."""
    tip = page.locator(TOOLTIP).last
    for _ in range(tries):
        page.mouse.move(0, 0)
        target.hover(timeout=timeout_ms)
        try:
            tip.wait_for(state="visible", timeout=timeout_ms)
            return tip
        except Exception:  # playwright's TimeoutError: hover again
            continue
    raise AssertionError(f"no tooltip after {tries} hovers of {target}")


def files_only(context, remote: list[str]) -> None:
    """Let a browser context load local files only: every other request is aborted and noted in ``remote``."""
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith("file:")
            else (remote.append(route.request.url), route.abort())
        ),
    )
