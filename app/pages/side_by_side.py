"""Side by side: the chosen articles' texts in columns, every layer of evidence marked, and each score's why.

No fixed-height boxes: each text is shown whole (a box that scrolls inside the page cannot be scrolled with
the keyboard, and on a phone the columns stack anyway). Under each text, a teacher can correct FrameLens.
"""

from __future__ import annotations

import streamlit as st

from analysis.export.marks_html import legend_html
from app import drawn, session
from app.context import Context
from app.pages.common import downloads, scores
from app.pages.corrections import FOUND_MESSAGES, render_corrections
from app.render.classroom import glossary_for
from app.session import LAYERS_KEY, md_escape

LAYER_NAMES = {
    "terms": "framing words",
    "labels": "labels",
    "sources": "sources",
    "verbs": "loaded verbs",
    "boilerplate": "not the article's voice",
}


def render(ctx: Context) -> None:
    layers = st.pills(
        "Mark in the text",
        list(LAYER_NAMES),
        selection_mode="multi",
        default=list(LAYER_NAMES),
        format_func=LAYER_NAMES.__getitem__,
        key=LAYERS_KEY,
        help=md_escape(
            " ".join(
                f"{t}: {glossary_for(ctx.classroom, t)}"
                for t in ("Term family", "Label", "Attribution", "Verb of saying", "Boilerplate")
            )
        ),
    )
    st.html(legend_html(axis_low=ctx.lexicon.axis_low, axis_high=ctx.lexicon.axis_high))
    session.show(FOUND_MESSAGES)
    for n, (column, report) in enumerate(zip(st.columns(len(ctx.selected)), ctx.selected, strict=True)):
        with column:
            a = report.article
            st.header(md_escape(a.outlet or a.title or "Article"))
            st.markdown("**" + md_escape(a.title) + "**" if a.title else "")
            details = " · ".join(x for x in (a.outlet_kind, a.author, a.date) if x)
            if details:
                st.caption(md_escape(details))
            for warning in report.warnings:
                st.warning(md_escape(warning))
            with st.container(border=True, key=f"fl_text_{n}"):
                st.html(drawn.article(report, layers or (), ctx.fixes, ctx.toml_text))
            scores(report, ctx.classroom, ctx.lexicon, drawn.scores(report, ctx.fixes, ctx.toml_text))
            render_corrections(report, ctx.lexicon)
    st.header("Download this comparison")
    downloads(ctx, ctx.selected)
