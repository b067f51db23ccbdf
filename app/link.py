"""The link: what a shared query string asks for (``?articles=…&view=…&chart=…``), and writing it back.

The parsing is pure (``parse_link``, ``to_query``: tested without a page); ``apply_link`` and ``write_link``
read and write ``st.query_params`` and the session's selection, view and open chart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import streamlit as st

from app import session

VIEWS = ("Overview", "Side by side", "Charts", "Compare", "Articles", "Lexicon", "Classroom")
DEFAULT_VIEW = "Overview"
MIN_SELECTED = 2
MAX_SELECTED = 4
ARTICLES_PARAM = "articles"
VIEW_PARAM = "view"
CHARTS_VIEW = "Charts"
# The Charts view's tabs, one chart each, in the order of app.render.figures.comparison_figures.
CHARTS = (
    "Who is called what",
    "Term choices",
    "Sentiment by sentence",
    "Sentiment toward actors",
    "Sources",
    "Transparency",
)
DEFAULT_CHART = CHARTS[0]
CHART_PARAM = "chart"
SHOWN_VALUE_CHARS = 40
PARAMS = (ARTICLES_PARAM, VIEW_PARAM, CHART_PARAM)


def view_slug(view: str) -> str:
    """The URL form of a view name: 'Side by side' -> 'side-by-side'."""
    return "-".join(view.lower().split())


@dataclass(frozen=True, slots=True)
class LinkState:
    """The comparison a link opens: article ids, the view, the open chart, and messages about anything ignored."""

    ids: tuple[str, ...]
    view: str
    problems: tuple[str, ...] = ()
    chart: str = DEFAULT_CHART


def _last(value: str | Sequence[str] | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value[-1] if value else None


def _shown(value: str) -> str:
    return value if len(value) <= SHOWN_VALUE_CHARS else value[: SHOWN_VALUE_CHARS - 1] + "…"


def parse_name(raw: str | None, names: Sequence[str], default: str, *, what: str = "view") -> tuple[str, str | None]:
    """The view (or chart) a link names (slug or label, any case), else the default and a message."""
    if raw is None or not raw.strip():
        return default, None
    wanted = view_slug(raw)
    for name in names:
        if view_slug(name) == wanted:
            return name, None
    return default, f"The link asks for a {what} called '{_shown(raw)}', which does not exist; showing {default}."


def parse_ids(
    raw: str | None, *, known: Sequence[str], default: Sequence[str], low: int = MIN_SELECTED, high: int = MAX_SELECTED
) -> tuple[tuple[str, ...], str | None]:
    """The articles a link names (comma-separated ids), else the default pair and a message."""
    if raw is None or not raw.strip():
        return tuple(default), None
    ids = tuple(dict.fromkeys(p.strip() for p in raw.split(",") if p.strip()))
    unknown = [i for i in ids if i not in known]
    if unknown:
        names = ", ".join(f"'{_shown(u)}'" for u in unknown[:3])
        more = f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
        return tuple(default), f"The link names articles that are not loaded ({names}{more}); showing the default pair."
    if not low <= len(ids) <= high:
        return tuple(
            default
        ), f"A link compares {low} to {high} articles, this one names {len(ids)}; showing the default pair."
    return ids, None


def parse_link(
    params: Mapping[str, str | Sequence[str]],
    *,
    known: Sequence[str],
    default_ids: Sequence[str],
    views: Sequence[str] = VIEWS,
    default_view: str = DEFAULT_VIEW,
) -> LinkState:
    """Check a query string; anything invalid falls back to the default, with a short message why."""
    ids, id_problem = parse_ids(_last(params.get(ARTICLES_PARAM)), known=known, default=default_ids)
    view, view_problem = parse_name(_last(params.get(VIEW_PARAM)), views, default_view)
    chart, chart_problem = parse_name(_last(params.get(CHART_PARAM)), CHARTS, DEFAULT_CHART, what="chart")
    problems = tuple(p for p in (id_problem, view_problem, chart_problem) if p)
    return LinkState(ids, view, problems, chart)


def to_query(ids: Sequence[str], view: str, chart: str | None = None) -> dict[str, str]:
    """The query string for a comparison (what a shared link carries); the open chart only in the Charts view."""
    query = {ARTICLES_PARAM: ",".join(ids), VIEW_PARAM: view_slug(view)}
    if chart is not None and view == CHARTS_VIEW:
        query[CHART_PARAM] = view_slug(chart)
    return query


# --- the page's link -----------------------------------------------------------------------------


def current_link() -> dict[str, str]:
    return {k: v[-1] for k in PARAMS if (v := st.query_params.get_all(k))}


def apply_link(known: list[str], default_ids: tuple[str, ...]) -> None:
    """Before the widgets: open what a new or changed link asks for; otherwise keep the selection valid."""
    link = current_link()
    state = st.session_state
    if session.SELECTION_KEY in state and link == state.get(session.LINK_KEY):
        selection = [i for i in state[session.SELECTION_KEY] if i in known][:MAX_SELECTED]
        if len(selection) < min(2, len(known)):
            selection = list(default_ids)
        state[session.SELECTION_KEY] = selection
        # Saved again on every run: Streamlit forgets a widget's state after a run that does not draw it, and
        # the chart tabs are drawn only in Charts, so the open chart would not outlive a visit to another view.
        state[session.CHART_KEY] = state.get(session.CHART_KEY, DEFAULT_CHART)
        return
    parsed = parse_link(link, known=known, default_ids=default_ids)
    state[session.SELECTION_KEY] = list(parsed.ids)
    state[session.VIEW_KEY] = parsed.view
    state[session.CHART_KEY] = parsed.chart
    for problem in parsed.problems:
        session.say(session.LINK_MESSAGES, "warning", problem)


def write_link(selection: list[str], view: str) -> None:
    """The query string follows the selection, the view and the open chart (what a shared link opens)."""
    query = to_query(selection, view, st.session_state.get(session.CHART_KEY, DEFAULT_CHART))
    if current_link() != query:
        for param in PARAMS:
            if param in query:
                st.query_params[param] = query[param]
            else:
                st.query_params.pop(param, None)
    st.session_state[session.LINK_KEY] = query


def open_view(view: str, ids: Sequence[str]) -> None:
    """A button's callback: open ``view`` with these articles chosen."""
    st.session_state[session.SELECTION_KEY] = list(ids)
    st.session_state[session.VIEW_KEY] = view
