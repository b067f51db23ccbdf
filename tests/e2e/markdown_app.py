"""A small Streamlit app for tests/e2e/test_markdown_escape.py: every markdown payload, escaped by
app.session.md_escape, in each kind of element that renders markdown (markdown, caption, alerts, headings,
expander and button labels, help tooltips, a table column's help)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from app.session import md_escape  # noqa: E402
from tests.markdown_payloads import MARKDOWN_PAYLOADS  # noqa: E402

st.set_page_config(page_title="md_escape")
for name, text in MARKDOWN_PAYLOADS.items():
    shown = md_escape(text)
    with st.container(key=f"md_{name}"):
        st.markdown(shown)
        st.caption(shown)
        st.warning(shown)
        st.subheader(shown, anchor=False)
        st.button(shown, key=f"btn_{name}", help=shown)
        with st.expander(shown):
            st.write("")
st.dataframe({"x": [1]}, column_config={"x": st.column_config.NumberColumn(help=md_escape(MARKDOWN_PAYLOADS["link"]))})
st.markdown("done-marker")
