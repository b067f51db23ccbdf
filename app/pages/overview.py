"""Overview: the story first — every loaded article's word choices and who it lets speak, a few plain sentences
on the largest differences — then the numbers (the map, the table) and why."""

from __future__ import annotations

import streamlit as st

from analysis.export.plain import SHORT_CAUTION, TRUST_CAUTION
from app import cache, drawn, link, session
from app.context import Context
from app.pages.common import limit_note, scores, scroll_cue
from app.render.classroom import glossary_for
from app.render.selection import article_labels
from app.render.tables import overview_rows
from app.session import WHY_KEY, md_escape


def md_escape_keep_bold(text: str) -> str:
    """Glossary text for a help tooltip: escaped, with FrameLens's own **term** markers kept bold."""
    return md_escape(text).replace("\\*\\*", "**")


def _story(ctx: Context) -> None:
    n = len(ctx.reports)
    terms = ("Framing", "Term family", "Label", "Attribution", "Anonymous source")
    hint = "\n\n".join(f"**{t}**: {glossary_for(ctx.classroom, t)}" for t in terms if glossary_for(ctx.classroom, t))
    st.header(
        f"{n} article{'s' * (n != 1)}, {'one story' if n != 1 else 'its words'}: the words each one chose",
        help=md_escape_keep_bold(hint),
    )
    note = session.lexicon_note()
    if note and not ctx.lexicon.actors:  # the fit test set the event lexicons aside: say so where the story starts
        st.caption(md_escape(note) + " Open Lexicon to choose one yourself.")
    said, first, rest = drawn.glance(ctx.reports, ctx.fixes, ctx.toml_text)
    if said:
        st.html(said)
    with st.container(key="fl_glance"):
        st.html(first)
    if rest:
        with st.expander("More things named differently"):
            st.html(rest)
    st.caption(
        "Each row is something the articles could name in several ways; each chip is a word one article chose "
        "(×2: used twice). On a computer, hover a word for its sentence; or open Side by side to read every "
        "word in its text."
    )


def _table(ctx: Context) -> None:
    number = st.column_config.NumberColumn
    scale = f"−1 {md_escape(ctx.lexicon.axis_low)} … +1 {md_escape(ctx.lexicon.axis_high)}"  # a help is markdown
    st.dataframe(
        overview_rows(ctx.reports),
        hide_index=True,
        width="stretch",
        column_config={
            "Framing position": number(
                format="%+.2f", help=scale + "\n\n" + md_escape(glossary_for(ctx.classroom, "Framing position"))
            ),
            "Polarity": number(format="%+.2f", help="Sentiment of the words, −1 negative … +1 positive"),
            "Subjectivity": number(format="%.2f", help="0 factual-sounding words … 1 opinion-sounding words"),
            "Transparency": st.column_config.ProgressColumn(
                min_value=0, max_value=100, format="%.0f", help=md_escape(TRUST_CAUTION)
            ),
        },
        key="fl_overview_table",
    )
    scroll_cue()
    st.caption(f"Transparency {SHORT_CAUTION}: a well-sourced article can still mislead.")


def render(ctx: Context) -> None:
    _story(ctx)
    pair = cache.default_pair(ctx.reports, ctx.toml_text)
    if len(pair) == 2:
        names = article_labels([r for r in ctx.reports if r.article.id in pair])  # named as a pair
        st.button(
            f"Read the two that differ most side by side: {md_escape(names[0])} and {md_escape(names[1])}",
            key="fl_open_pair",
            on_click=link.open_view,
            args=("Side by side", pair),
            type="primary",
        )
    st.header("The numbers behind it")
    # The map before the table: the picture a class reads first, drawn before the table's first use loads pandas.
    st.plotly_chart(drawn.overview_map(ctx.reports, ctx.fixes, ctx.toml_text), key="fl_overview_map")
    _table(ctx)
    limit_note(ctx.classroom, "framing", details=False)
    limit_note(ctx.classroom, "transparency", details=False)
    _why(ctx)


@st.fragment
def _why(ctx: Context) -> None:
    """Each score of one article, with why: choosing another article redraws this part only (a fragment)."""
    st.subheader("Why these numbers?")
    chosen = st.selectbox("Article", list(ctx.labels), format_func=ctx.labels.__getitem__, key=WHY_KEY)
    report = ctx.by_id.get(chosen, ctx.reports[0])
    scores(report, ctx.classroom, ctx.lexicon, drawn.scores(report, ctx.fixes, ctx.toml_text))
