"""Streamlit UI for bringing your own articles, editing the lexicon and exporting results.

Session contract with dashboard.py: ``st.session_state["fl_articles"]`` (this session's articles) and
``st.session_state["fl_lexicon_toml"]`` (active lexicon TOML text, or None for the shipped default).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st

from analysis.corpus import load_case_study
from analysis.model import ArticleReport

ARTICLES_KEY = "fl_articles"
LEXICON_KEY = "fl_lexicon_toml"


def _articles() -> list:
    if ARTICLES_KEY not in st.session_state:
        st.session_state[ARTICLES_KEY] = load_case_study()
    return st.session_state[ARTICLES_KEY]


def render_article_manager() -> None:
    """Add, list and remove this session's articles (minimal version)."""
    articles = _articles()
    st.caption(f"{len(articles)} articles loaded.")
    if st.button("Reset to the case study", key="fl_reset_case_study"):
        st.session_state[ARTICLES_KEY] = load_case_study()
        st.success("Articles reset to the case study.")


def render_lexicon_editor() -> None:
    """Show and edit the active lexicon (minimal version)."""
    st.caption("Lexicon editing is coming soon.")


def render_exports(reports: Sequence[ArticleReport], figures: Sequence[Any] = ()) -> None:
    """Download buttons for results (minimal version)."""
    st.caption(f"Exports for {len(reports)} articles are coming soon.")
