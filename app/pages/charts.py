"""Charts: the chosen articles compared, one chart per tab; only the open tab's chart is built and drawn.

The two grids (who is called what, term choices) have a list version for narrow screens: on a phone the
stylesheet hides the chart (``fl_wide_*``) and shows the same words as cards (``fl_narrow_*``). Each article
keeps its colour and marker in every chart (its place among all loaded articles).
"""

from __future__ import annotations

import streamlit as st

from analysis.export.glance import glance_html, word_rows
from app import drawn
from app.context import Context
from app.link import CHARTS
from app.pages.common import downloads, limit_note
from app.render.selection import article_labels
from app.session import CHART_KEY

CHART_NOTES = ("labels", "framing", "sentiment", "sentiment", "sourcing", "transparency")  # the limits under each
GRID_ROWS = (0, 1)  # the charts with a list version (rows of the glance grid): labels, then term families


def _narrow(index: int, ctx: Context) -> None:
    """The list version of a grid chart, for narrow screens."""
    titles = {f"family:{f.id}" for f in ctx.lexicon.families if f.kind == "title" and f.target}
    rows = [
        r
        for r in word_rows(ctx.selected, ctx.lexicon)
        if (r.key.startswith("actor:") or r.key in titles) == (index == 0)  # labels: the title rows hold them too
    ]
    with st.container(key=f"fl_narrow_{index}"):
        st.html(glance_html(ctx.selected, article_labels(ctx.selected), ctx.lexicon, rows=rows, with_voices=False))


def render(ctx: Context) -> None:
    # Lazy tabs: only the open tab's chart is built and sent, so a new selection redraws one chart, not six.
    tabs = st.tabs(list(CHARTS), key=CHART_KEY, on_change="rerun")
    slots = ctx.slots_of(ctx.selected)
    for i, (tab, method) in enumerate(zip(tabs, CHART_NOTES, strict=True)):
        if tab.open:
            with tab:
                with st.container(key=f"fl_wide_{i}") if i in GRID_ROWS else st.container():
                    figure = drawn.chart(i, ctx.selected, slots, ctx.fixes, ctx.toml_text)
                    st.plotly_chart(figure, key=f"fl_chart_{i}", config={"responsive": True})
                if i in GRID_ROWS:
                    _narrow(i, ctx)
                limit_note(ctx.classroom, method, details=False)
    st.header("Download this comparison")
    downloads(ctx, ctx.selected)
