"""Pieces several views show: a view's explanation, a method's limits, and each score with its "why?"."""

from __future__ import annotations

import streamlit as st

from analysis.export.glance import kind_count
from analysis.export.plain import SHORT_CAUTION, signed
from analysis.lexicon.model import Lexicon
from analysis.model import ArticleReport
from app.link import view_slug
from app.render.classroom import Classroom, methodology_section
from app.render.highlight import score_html
from app.session import md_escape

SCROLL_CUE = '<p class="fl-scroll-cue">This table scrolls sideways: swipe or scroll it to see every column.</p>'


def downloads(ctx, reports) -> None:
    """The download buttons for these reports: CSVs and the teacher report (with the session's corrections)."""
    from app import exports

    exports.render_exports(
        reports, (), ctx.lexicon, classroom=ctx.classroom, corrections=ctx.corrections, slots=ctx.slots_of(reports)
    )


def scroll_cue() -> None:
    """A visible hint under a wide table, on screens too narrow to show all of it (the stylesheet hides it on wide ones)."""
    st.html(SCROLL_CUE)


def intro(classroom: Classroom, view: str) -> None:
    """The plain-language explanation a view opens with (data/classroom.toml)."""
    text = classroom.intro(view_slug(view).replace("-", "_"))
    if text:
        st.markdown(md_escape(text))


def limit_note(classroom: Classroom, method: str, *, details: bool = True) -> None:
    """The method's limits as a caption, and its methodology section when docs/methodology.md has one."""
    limit = classroom.limit(method)
    if limit.caption:
        st.caption("Limits: " + md_escape(limit.caption))
    section = methodology_section(limit.heading) if details else None
    if section:
        with st.expander(f"How {method} is measured"):
            st.markdown(section)


def sources_summary(report: ArticleReport) -> str:
    counts = {k: v for k, v in report.sourcing.people.items() if v}
    return ", ".join(kind_count(k, v) for k, v in counts.items()) or "none found"


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def scores(report: ArticleReport, classroom: Classroom, lexicon: Lexicon | None = None, parts=None) -> None:
    """Each score with a "why?" listing the sentences behind it (``parts``: its ScoreHtml, if cached)."""
    parts = parts or score_html(report, lexicon)
    position = report.framing.position
    words = plural(len(report.framing.terms), "framing word", "framing words")
    shown = f"no position ({words})" if position is None else f"{signed(round(position, 2))} ({words})"
    with st.expander(f"Framing position {shown} — why?"):
        st.html(parts.framing)
        st.caption("Limits: " + md_escape(classroom.limit("framing").caption))
    s = report.sentiment
    with st.expander(f"Sentiment: polarity {s.polarity:+.2f}, subjectivity {s.subjectivity:.2f} — why?"):
        st.caption("The sentences with the strongest polarity, and the words TextBlob scored in them.")
        st.html(parts.sentiment)
        st.caption("Limits: " + md_escape(classroom.limit("sentiment").caption))
    with st.expander(f"Sources: {sources_summary(report)} — why?"):
        st.html(parts.sourcing)
        st.caption("Limits: " + md_escape(classroom.limit("sourcing").caption))
    with st.expander(f"Transparency {report.transparency.score:.0f}/100 ({SHORT_CAUTION}) — why?"):
        if parts.transparency:
            st.html(parts.transparency_html())
        else:
            st.caption("No transparency signals were computed.")
        st.caption("Limits: " + md_escape(classroom.limit("transparency").caption))
