"""Classroom: discussion questions, the glossary, and what each method can and cannot tell you."""

from __future__ import annotations

import streamlit as st

from app.context import Context
from app.pages.common import limit_note
from app.session import md_escape


def render(ctx: Context) -> None:
    classroom = ctx.classroom
    st.subheader("Discussion questions")
    st.markdown("\n".join(f"{i}. {md_escape(q)}" for i, q in enumerate(classroom.questions, start=1)))
    st.subheader("Glossary")
    st.markdown("\n".join(f"- **{md_escape(t)}**: {md_escape(d)}" for t, d in classroom.glossary))
    st.subheader("What each method can and cannot tell you")
    for method in classroom.limits:
        st.markdown(f"**{md_escape(method.capitalize())}**")
        limit_note(classroom, method)
