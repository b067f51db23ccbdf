"""Every download button: CSV rows, the offline HTML report, the corpus file, the lexicon file.

Each file is written only when its button is pressed (the button is given a function, not the bytes), from
values fixed when the button is drawn; nothing is written to the server's disk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from analysis.export.html_report import build_html_report
from analysis.export.rows import ARTICLE_COLUMNS, SPAN_COLUMNS, all_span_rows, article_row
from analysis.io.corpus_file import dump_corpus, slugify
from analysis.io.tables import rows_csv
from analysis.lexicon.load import lexicon_to_toml
from analysis.lexicon.model import Lexicon
from analysis.model import Article, ArticleReport
from analysis.resources import METHODS_DIR

Figures = Sequence[Any] | Callable[[], Sequence[Any]]


def method_notes() -> str:
    """The method notes shipped in docs/methods (for the HTML report)."""
    files = sorted(p for p in METHODS_DIR.glob("*.md") if p.stem not in {"ingest", "batch"})
    return "\n\n".join(p.read_text(encoding="utf-8") for p in files)


def render_exports(reports: Sequence[ArticleReport], figures: Figures = (), lexicon: Lexicon | None = None) -> None:
    """Download buttons: one row per article (CSV), one row per evidence span (CSV), the HTML report.

    ``figures`` may be a zero-argument callable: it is called only when the HTML report is downloaded, so
    a page that shows no charts does not build them on every run. ``lexicon`` names the framing scale's
    ends in the report's key to the marks.
    """
    reports = list(reports)
    fixed = () if callable(figures) else tuple(figures)
    make_figures = figures if callable(figures) else lambda: fixed
    axis = {"axis_low": lexicon.axis_low, "axis_high": lexicon.axis_high} if lexicon is not None else {}
    if not reports:
        st.info("No articles to export.")
        return
    cols = st.columns(3)
    cols[0].download_button(
        "Articles (CSV)",
        data=lambda: rows_csv((article_row(r) for r in reports), ARTICLE_COLUMNS),
        file_name="framelens-articles.csv",
        mime="text/csv",
        key="fl_export_articles_csv",
        on_click="ignore",
    )
    cols[1].download_button(
        "Evidence spans (CSV)",
        data=lambda: rows_csv(all_span_rows(reports), SPAN_COLUMNS),
        file_name="framelens-spans.csv",
        mime="text/csv",
        key="fl_export_spans_csv",
        on_click="ignore",
    )
    cols[2].download_button(
        "Report (HTML, opens offline)",
        data=lambda: build_html_report(
            reports, figures=list(make_figures()), method_notes_markdown=method_notes(), **axis
        ),
        file_name="framelens-report.html",
        mime="text/html",
        key="fl_export_html",
        on_click="ignore",
    )


def corpus_download(articles: Sequence[Article], lexicon_toml: str | None) -> None:
    """The session's articles (and its lexicon, if changed) as a corpus file to share."""
    articles = list(articles)
    st.download_button(
        "Download these articles as a corpus file",
        data=lambda: dump_corpus(articles, lexicon_toml=lexicon_toml),
        file_name="framelens-corpus.json",
        mime="application/json",
        key="fl_corpus_download",
        on_click="ignore",
    )


def lexicon_download(where: Any, lexicon: Lexicon) -> None:
    """The lexicon in use as one self-contained TOML file, drawn in ``where`` (a column)."""
    where.download_button(
        "Download the lexicon (TOML)",
        data=lexicon_to_toml(lexicon),
        file_name=f"{slugify(lexicon.name)}.toml",
        mime="application/toml",
        key="fl_lexicon_download",
        on_click="ignore",
    )
