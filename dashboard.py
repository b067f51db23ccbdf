"""FrameLens dashboard: articles about one event side by side, with the evidence behind every number.

Run with ``streamlit run dashboard.py``. This file sets the page up and routes to a view; the app lives in
``app/`` (``app/pages`` one module per view), the analysis in ``analysis/``. The chosen articles, the open
view and the open chart live in the URL (``app/link.py``).
"""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="FrameLens", page_icon="🔎", layout="wide")

from app import cache, drawn, link, session  # noqa: E402
from app.context import Context, make_context  # noqa: E402
from app.pages import articles, charts, classroom, compare, lexicon, overview, side_by_side  # noqa: E402
from app.pages.common import intro  # noqa: E402
from app.render.style import stylesheet_html  # noqa: E402
from app.session import md_escape  # noqa: E402

TAGLINE = "The same event, told by different outlets: see which words each one chose, who it lets speak, and why."
PAGES = {
    "Overview": overview,
    "Side by side": side_by_side,
    "Charts": charts,
    "Compare": compare,
    "Articles": articles,
    "Lexicon": lexicon,
    "Classroom": classroom,
}
WITHOUT_ARTICLES = ("Articles", "Lexicon", "Classroom")  # the views that work with no articles loaded
NEED_SELECTION = ("Side by side", "Charts")  # the views that show the chosen articles
WITH_PICKER = (*NEED_SELECTION, "Classroom")  # the views that draw the "Articles to compare" picker


def load() -> Context:
    """The session's lexicon, articles and their reports (a warning for each article that failed)."""
    lex, toml_text = session.active_lexicon()
    loaded = session.articles()
    reports, problems = cache.analyse_all(loaded, toml_text)
    for problem in problems:
        st.warning(md_escape(problem))
    fixes = session.corrections()
    reports = drawn.corrected(reports, fixes, toml_text)  # a teacher's corrections change every number at once
    return make_context(
        loaded,
        reports,
        lexicon=lex,
        toml_text=toml_text,
        classroom=cache.cached_classroom(),
        fixes=drawn.digest(fixes),
        corrections=fixes,
    )


def _remember_choice() -> None:
    """The picker's callback: what the user chose, which may be a single article (the link allows 2 to 4)."""
    st.session_state[session.USER_SELECTION_KEY] = list(st.session_state.get(session.SELECTION_KEY, []))


def _keep_single_choice(known: list[str], before: list[str], link_before: object) -> None:
    """Keep one chosen article when the user removed the other, instead of the default pair coming back."""
    state = st.session_state
    chosen = state.get(session.USER_SELECTION_KEY)
    if (
        chosen
        and len(chosen) == 1
        and chosen == before
        and chosen[0] in known
        and link_before == state.get(session.LINK_KEY)
    ):
        state[session.SELECTION_KEY] = list(chosen)


def choose(ctx: Context) -> tuple[str, Context]:
    """The link, then the view switcher and the selection; the link follows what they show."""
    known = list(ctx.by_id)
    before, link_before = list(st.session_state.get(session.SELECTION_KEY, [])), link.current_link()
    link.apply_link(known, cache.default_pair(list(ctx.by_id.values()), ctx.toml_text))
    _keep_single_choice(known, before, link_before)
    session.show(session.LINK_MESSAGES)
    view = (
        st.segmented_control("View", link.VIEWS, key=session.VIEW_KEY, required=True, label_visibility="collapsed")
        or link.DEFAULT_VIEW
    )
    if view in WITH_PICKER:
        selection = st.multiselect(
            f"Articles to compare (2 to {link.MAX_SELECTED})",
            known,
            format_func=ctx.labels.__getitem__,
            max_selections=link.MAX_SELECTED,
            select_all=False,  # "Select all" would quietly take only the first four
            key=session.SELECTION_KEY,
            on_change=_remember_choice,
            help="Side by side, Charts and the lesson show the articles chosen here. Overview and Compare "
            "always show every loaded article.",
        )
        if len(selection) == 1 and len(known) > 1:
            st.caption("One article chosen: add another to compare them.")
    else:
        selection = list(st.session_state.get(session.SELECTION_KEY, []))
    link.write_link(selection, view)
    return view, ctx.choose(selection)


def route(view: str, ctx: Context) -> None:
    if not ctx.reports and view not in WITHOUT_ARTICLES:
        st.info("No articles are loaded. Open Articles to add some, or reset to the case study.")
    elif view in NEED_SELECTION and not ctx.selected:
        st.info("Choose at least one article above (two to four to compare).")
    else:
        intro(ctx.classroom, view)
        PAGES[view].render(ctx)


def main() -> None:
    session.start()
    st.html(stylesheet_html())
    st.title("FrameLens")
    st.caption(TAGLINE)
    session.show(session.START_MESSAGES)  # a shipped file that is missing or broken, named, once per session
    route(*choose(load()))


main()
