"""Classroom: lesson mode — read, spot, compare, discuss — then the glossary, the limits and the teacher's files.

The spot-it-yourself step hides FrameLens's highlights: the student picks the words they think frame the story
(word chips: a tap on a phone, Tab and Space or Enter on a keyboard), then reveals FrameLens's marks and sees
what they found, missed and marked that FrameLens did not. Everything a student does stays in their session.
"""

from __future__ import annotations

import streamlit as st

from analysis.export.glance import glance_html, word_rows
from analysis.model import ArticleReport
from app import exports, link
from app.context import Context
from app.pages.common import downloads, limit_note
from app.render.classroom import discussion_prompts, glossary_for
from app.render.highlight import article_html
from app.render.selection import article_labels
from app.render.spot import Token, paragraphs, spot_html, spot_score, tokens
from app.session import md_escape

STEPS = {"read": "1 · Read", "spot": "2 · Spot", "compare": "3 · Compare", "discuss": "4 · Discuss"}
STEP_KEY = "fl_lesson_step"


def _pick_article(ctx: Context, key: str) -> ArticleReport:
    reports = ctx.selected or ctx.reports
    ids = [r.article.id for r in reports]
    chosen = st.selectbox("Text", ids, format_func=ctx.labels.__getitem__, key=key)
    return ctx.by_id.get(chosen, reports[0])


def _read(ctx: Context) -> None:
    report = _pick_article(ctx, "fl_read_article")
    a = report.article
    st.subheader(md_escape(a.title or ctx.labels[a.id]))
    st.caption(md_escape(" · ".join(x for x in (a.outlet, a.author, a.date) if x) or "No outlet, author or date given"))
    st.html(article_html(report, layers=(), lexicon=ctx.lexicon))


def _spot(ctx: Context) -> None:
    report = _pick_article(ctx, "fl_spot_article")
    paras = paragraphs(report)
    if not paras:
        st.info("This text has no paragraphs to work on.")
        return
    first = next((i for i, p in enumerate(paras) if p.marked), 0)
    pick = st.selectbox(
        "Paragraph",
        range(len(paras)),
        index=first,
        format_func=lambda i: f"Paragraph {i + 1} of {len(paras)}: {paras[i].preview}",
        key=f"fl_spot_para_{report.article.id}",
    )
    para = paras[pick]
    words: list[Token] = tokens(report.article.text, para.start, para.end)
    chosen = st.pills(
        "Tap (or Tab to, then press Space on) the words you think frame the story",
        range(len(words)),
        selection_mode="multi",
        format_func=lambda i: md_escape(words[i].text),  # a pill's label is markdown
        key=f"fl_spot_words_{report.article.id}_{pick}",
        help=md_escape(glossary_for(ctx.classroom, "Framing")),
    )
    reveal = st.toggle("Reveal what FrameLens marked", key=f"fl_spot_reveal_{report.article.id}_{pick}")
    if not reveal:
        st.caption(f"{len(chosen or [])} word{'s' * (len(chosen or []) != 1)} chosen. FrameLens's marks stay hidden.")
        return
    score = spot_score(report, words, set(chosen or []))
    st.html(spot_html(report.article.text, words, score))
    st.markdown(
        f"**You found {len(score.found)}** of the {len(score.found) + len(score.missed)} words FrameLens marked; "
        f"**{len(score.missed)} missed**; **{len(score.extra)}** you marked that FrameLens did not. "
        "FrameLens is not always right: are your extra words framing too?"
    )


def _compare(ctx: Context) -> None:
    reports = list(ctx.selected or ctx.reports)
    st.html(glance_html(reports, article_labels(reports), ctx.lexicon))
    st.button(
        "Open these texts side by side, with every mark",
        key="fl_lesson_side_by_side",
        on_click=link.open_view,
        args=("Side by side", [r.article.id for r in reports]),
    )


def _discuss(ctx: Context) -> None:
    reports = list(ctx.selected or ctx.reports)
    rows = word_rows(reports, ctx.lexicon)
    prompts = discussion_prompts(ctx.classroom, rows, article_labels(reports), reports)
    st.markdown("\n".join(f"{i}. {md_escape(q)}" for i, q in enumerate(prompts, start=1)))
    if ctx.classroom.questions:
        with st.expander("More questions for the case study (Assad's asylum in Russia)"):
            st.markdown("\n".join(f"{i}. {md_escape(q)}" for i, q in enumerate(ctx.classroom.questions, start=1)))


def _teacher(ctx: Context) -> None:
    st.header("For the teacher")
    reports = list(ctx.selected or ctx.reports)
    highlights = st.toggle("Show FrameLens's highlights on the worksheet", key="fl_handout_highlights")
    exports.handout_download(reports, ctx.lexicon, ctx.classroom, highlights=highlights)
    st.caption(
        "The worksheet holds the texts chosen above, room for answers and the discussion questions; it prints "
        "on paper (each text on its own page). The report below adds the charts, your corrections and the limits."
    )
    downloads(ctx, reports)


def render(ctx: Context) -> None:
    st.header("Lesson")
    step = (
        st.segmented_control(
            "Step", list(STEPS), format_func=STEPS.__getitem__, key=STEP_KEY, required=True, default="read"
        )
        or "read"
    )
    st.markdown(md_escape(ctx.classroom.lesson.get(step, "")))
    {"read": _read, "spot": _spot, "compare": _compare, "discuss": _discuss}[step](ctx)
    st.header("Glossary")
    st.markdown("\n".join(f"- **{md_escape(t)}**: {md_escape(d)}" for t, d in ctx.classroom.glossary))
    st.header("What each method can and cannot tell you")
    for method in ctx.classroom.limits:
        st.subheader(md_escape(method.capitalize()))
        limit_note(ctx.classroom, method)
    _teacher(ctx)
