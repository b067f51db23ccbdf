"""Charts: the chosen articles compared, one chart per tab; only the open tab's chart is built and drawn."""

from __future__ import annotations

import streamlit as st

from app import cache, exports
from app.context import Context
from app.link import CHARTS
from app.pages.common import limit_note
from app.session import CHART_KEY

CHART_NOTES = ("labels", "framing", "sentiment", "sentiment", "sourcing", "transparency")  # the limits under each


def render(ctx: Context) -> None:
    # Lazy tabs: only the open tab's chart is built and sent, so a new selection redraws one chart, not six.
    tabs = st.tabs(list(CHARTS), key=CHART_KEY, on_change="rerun")
    for i, (tab, method) in enumerate(zip(tabs, CHART_NOTES, strict=True)):
        if tab.open:
            with tab:
                st.plotly_chart(cache.comparison_figure(i, ctx.selected, ctx.toml_text), key=f"fl_chart_{i}")
                limit_note(ctx.classroom, method, details=False)
    st.subheader("Download this comparison")
    # the charts not open are built when the report is downloaded
    exports.render_exports(ctx.selected, cache.report_figures(ctx.selected, ctx.toml_text), ctx.lexicon)
