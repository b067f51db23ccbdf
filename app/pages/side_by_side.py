"""Side by side: the chosen articles' texts in columns, every layer of evidence marked, and each score's why."""

from __future__ import annotations

import streamlit as st

from analysis.export.marks_html import legend_html
from app import cache, exports
from app.context import Context
from app.pages.common import scores
from app.render.highlight import article_html
from app.session import LAYERS_KEY, md_escape

TEXT_HEIGHT = 520
LAYER_NAMES = {
    "terms": "framing words",
    "labels": "labels",
    "sources": "sources",
    "verbs": "loaded verbs",
    "boilerplate": "boilerplate",
}


def render(ctx: Context) -> None:
    layers = st.pills(
        "Mark in the text",
        list(LAYER_NAMES),
        selection_mode="multi",
        default=list(LAYER_NAMES),
        format_func=LAYER_NAMES.__getitem__,
        key=LAYERS_KEY,
    )
    st.html(legend_html(axis_low=ctx.lexicon.axis_low, axis_high=ctx.lexicon.axis_high))
    for n, (column, report) in enumerate(zip(st.columns(len(ctx.selected)), ctx.selected, strict=True)):
        with column:
            a = report.article
            st.subheader(md_escape(a.outlet or a.id))
            st.markdown("**" + md_escape(a.title) + "**" if a.title else "")
            details = " · ".join(x for x in (a.outlet_kind, a.author, a.date) if x)
            if details:
                st.caption(md_escape(details))
            for warning in report.warnings:
                st.warning(md_escape(warning))
            with st.container(height=TEXT_HEIGHT, border=True, key=f"fl_text_{n}"):
                st.html(article_html(report, layers=layers or ()))
            scores(report, ctx.classroom)
    st.subheader("Download this comparison")
    # this view shows no charts: the report's are built when it is downloaded
    exports.render_exports(ctx.selected, cache.report_figures(ctx.selected, ctx.toml_text), ctx.lexicon)
