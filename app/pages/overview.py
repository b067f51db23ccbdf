"""Overview: every loaded article's headline numbers, where each stands, and why."""

from __future__ import annotations

import streamlit as st

from app import cache, link
from app.context import Context
from app.pages.common import limit_note, scores
from app.render.selection import article_labels
from app.render.tables import overview_rows
from app.session import WHY_KEY, md_escape


def _table(ctx: Context) -> None:
    number = st.column_config.NumberColumn
    scale = f"−1 {md_escape(ctx.lexicon.axis_low)} … +1 {md_escape(ctx.lexicon.axis_high)}"  # a help is markdown
    st.dataframe(
        overview_rows(ctx.reports),
        hide_index=True,
        width="stretch",
        column_config={
            "Framing position": number(format="%+.2f", help=scale),
            "Polarity": number(format="%+.2f", help="TextBlob polarity, −1 … +1"),
            "Subjectivity": number(format="%.2f", help="TextBlob subjectivity, 0 … 1"),
            "Transparency": st.column_config.ProgressColumn(min_value=0, max_value=100, format="%.0f"),
        },
        key="fl_overview_table",
    )


def render(ctx: Context) -> None:
    _table(ctx)
    st.plotly_chart(cache.overview_map(ctx.reports, ctx.toml_text), key="fl_overview_map")
    limit_note(ctx.classroom, "framing", details=False)
    limit_note(ctx.classroom, "transparency", details=False)
    pair = cache.default_pair(ctx.reports, ctx.toml_text)
    if len(pair) == 2:
        names = article_labels([r for r in ctx.reports if r.article.id in pair])  # named as a pair
        st.button(
            f"Compare the two that differ most: {md_escape(names[0])} and {md_escape(names[1])}",
            key="fl_open_pair",
            on_click=link.open_view,
            args=("Side by side", pair),
            type="primary",
        )
    st.subheader("Why these numbers?")
    chosen = st.selectbox("Article", list(ctx.labels), format_func=ctx.labels.__getitem__, key=WHY_KEY)
    scores(ctx.by_id.get(chosen, ctx.reports[0]), ctx.classroom)
