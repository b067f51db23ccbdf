"""FrameLens dashboard: articles about one event side by side, with the evidence behind every number.

Run with ``streamlit run dashboard.py``. This file sets the page up and routes to a view; the app lives in
``app/`` (``app/pages`` one module per view), the analysis in ``analysis/``. The chosen articles, the open
view and the open chart live in the URL (``app/link.py``).
"""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="FrameLens", page_icon="🔎", layout="wide")

from app import cache, link, session  # noqa: E402
from app.context import Context, make_context  # noqa: E402
from app.pages import articles, charts, classroom, compare, lexicon, overview, side_by_side  # noqa: E402
from app.pages.common import intro  # noqa: E402
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


def load() -> Context:
    """The session's lexicon, articles and their reports (a warning for each article that failed)."""
    lex, toml_text = session.active_lexicon()
    loaded = session.articles()
    reports, problems = cache.analyse_all(loaded, toml_text)
    for problem in problems:
        st.warning(md_escape(problem))
    return make_context(loaded, reports, lexicon=lex, toml_text=toml_text, classroom=cache.cached_classroom())


def choose(ctx: Context) -> tuple[str, Context]:
    """The link, then the view switcher and the selection; the link follows what they show."""
    link.apply_link(list(ctx.by_id), cache.default_pair(list(ctx.by_id.values()), ctx.toml_text))
    session.show(session.LINK_MESSAGES)
    view = (
        st.segmented_control("View", link.VIEWS, key=session.VIEW_KEY, required=True, label_visibility="collapsed")
        or link.DEFAULT_VIEW
    )
    selection = st.multiselect(
        f"Articles to compare (2 to {link.MAX_SELECTED})",
        list(ctx.by_id),
        format_func=ctx.labels.__getitem__,
        max_selections=link.MAX_SELECTED,
        key=session.SELECTION_KEY,
    )
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
    st.title("FrameLens")
    st.caption(TAGLINE)
    session.show(session.START_MESSAGES)  # a shipped file that is missing or broken, named, once per session
    route(*choose(load()))


main()
