"""Many users on one server: each browser session sees only its own articles and every one stays responsive.

Ten browser contexts (separate cookies, so separate Streamlit sessions) open one `streamlit run` server.
They act at the same time: each opens Articles, pastes a different article with a unique marker,
selects it and opens Side by side. Then every page must show its own marker — in the highlighted text,
the selector and the article list — and none of the others'. Each rerun is timed on the page's own
clock from the action to the end of the run; the slowest is printed (no timing is asserted: the
30-session figure is benchmarks/bench_sessions.py's, in benchmarks/RESULTS.md).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from tests.e2e.pages import (
    ALERT,
    assert_clean,
    expect,
    open_input_tab,
    open_session,
    reached,
    selected_labels,
    selector,
    selector_options,
    view_done,
)

SESSIONS = 10


@dataclass
class Session:
    """One simulated student: a browser context, its page, its article and the time of each rerun."""

    index: int
    token: str
    context: object = None
    page: object = None
    times: dict[str, float] = field(default_factory=dict)

    @property
    def marker(self) -> str:
        return f"fls{self.index:02d}{self.token}"

    @property
    def outlet(self) -> str:
        return f"Outlet {self.marker}"

    @property
    def text(self) -> str:
        return (
            f"{self.marker}: Bashar al-Assad fled to Moscow as rebels toppled the regime, Reuters reported.\n\n"
            f'"The regime has fallen," a rebel commander told {self.marker} reporters on Sunday.\n\n'
            f"Officials in Damascus said session {self.index} saw the events differently."
        )


def all_at_once(sessions: list[Session], step: str, prepare: Callable, act: Callable, done: Callable) -> None:
    """Prepare every page (no rerun), then act on all of them before waiting for any; record each time.

    ``done(session)`` gives the (css, text) that the run caused by the action must show.
    """
    for s in sessions:
        prepare(s)
    for s in sessions:
        expect(s.page, *done(s))
        act(s)
    for s in sessions:
        s.times[step] = reached(s.page)


def _nothing(_: Session) -> None:
    return None


def _fill_paste_form(s: Session) -> None:
    page = s.page
    open_input_tab(page, "Paste text")
    page.get_by_label("Title (optional: the first line is used)").fill(f"Title {s.marker}")
    page.get_by_label("Outlet").fill(s.outlet)
    page.get_by_label("Article text").fill(s.text)


def _open_selector(s: Session) -> None:
    selector(s.page).locator("input").click()


def _click_own_option(s: Session) -> None:
    s.page.get_by_role("option").filter(has_text=s.outlet[:20]).first.click()


def run_sessions(
    browser, url: str, count: int, token: str | None = None, before_load: Callable | None = None
) -> list[Session]:
    """Open ``count`` sessions and take each through paste → select → side by side, all at the same time
    (``before_load(page)`` runs on each page before it loads)."""
    token = token or secrets.token_hex(3)
    sessions = [Session(i, token) for i in range(count)]
    try:
        for s in sessions:
            s.context, s.page = open_session(browser, url, width=1280, height=900, before_load=before_load)
        all_at_once(
            sessions,
            "open Articles",
            _nothing,
            lambda s: s.page.get_by_role("radio", name="Articles").click(),
            lambda s: view_done("Articles"),
        )
        all_at_once(
            sessions,
            "add the article",
            _fill_paste_form,
            lambda s: s.page.get_by_role("button", name="Add this article").click(),
            lambda s: (ALERT, s.marker),
        )
        all_at_once(
            sessions,
            "open Side by side",
            _nothing,
            lambda s: s.page.get_by_role("radio", name="Side by side").click(),
            lambda s: view_done("Side by side"),
        )
        all_at_once(sessions, "select it", _open_selector, _click_own_option, lambda s: (".fl-article", s.marker))
        for s in sessions:
            s.page.keyboard.press("Escape")
    except Exception:
        close(sessions)
        raise
    return sessions


def close(sessions: list[Session]) -> None:
    for s in sessions:
        if s.context is not None:
            s.context.close()


def isolation_problems(sessions: list[Session]) -> list[str]:
    """What each page shows that it should not (another session's marker) or misses (its own)."""
    problems = []
    for s in sessions:
        page = s.page
        others = [o.marker for o in sessions if o is not s]
        texts = " ".join(page.locator(".fl-article").all_inner_texts())
        options = " ".join(selected_labels(page) + selector_options(page))  # chosen ones are not offered again
        whole = page.locator("body").inner_text()
        if s.marker not in texts:
            problems.append(f"session {s.index}: its own article is not in the side-by-side view")
        if s.outlet[:20] not in options:
            problems.append(f"session {s.index}: its own article is not chosen in the selector")
        problems += [f"session {s.index} shows {m} (another session's article)" for m in others if m in whole]
        problems += [f"session {s.index} offers {m} (another session's article)" for m in others if m in options]
    return problems


@pytest.mark.browser
def test_ten_sessions_each_see_only_their_own_article(browser, streamlit_server):
    sessions = run_sessions(browser, streamlit_server, SESSIONS)
    try:
        for s in sessions:
            assert_clean(s.page, f"session {s.index}")
        assert isolation_problems(sessions) == []
        # a fresh session afterwards sees the case study only, none of the pasted articles
        context, page = open_session(browser, streamlit_server + "/?view=side-by-side")  # a view with the picker
        try:
            whole = page.locator("body").inner_text() + " ".join(selector_options(page))
            assert not [s.marker for s in sessions if s.marker in whole]
        finally:
            context.close()
        steps = {step: max(s.times[step] for s in sessions) for step in sessions[0].times}
        slowest = max(steps.values())
        print(f"\n{SESSIONS} sessions at once, slowest rerun per step (s): {steps}; slowest overall {slowest:.2f} s")
        assert all(len(s.times) == 4 for s in sessions), "every session finished every step"
    finally:
        close(sessions)
