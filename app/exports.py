"""Every download button: CSV rows, the offline HTML report, the worksheet, the corpus file, the lexicon file.

Each file is written only when its button is pressed (the button is given a function, not the bytes), from
values fixed when the button is drawn; nothing is written to the server's disk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from analysis.export.glance import word_rows
from analysis.export.handout import build_handout
from analysis.export.html_report import build_html_report
from analysis.export.rows import ARTICLE_COLUMNS, SPAN_COLUMNS, all_span_rows, article_row
from analysis.io.corpus_file import dump_corpus, slugify
from analysis.io.tables import rows_csv
from analysis.lexicon.load import lexicon_to_toml
from analysis.lexicon.model import Lexicon
from analysis.model import Article, ArticleReport
from analysis.resources import METHODS_DIR
from app.render.classroom import Classroom, discussion_prompts
from app.render.selection import article_labels

Figures = Sequence[Any] | Callable[[], Sequence[Any]]


def method_notes() -> str:
    """The method notes shipped in docs/methods (for readers who want the formulas; not in the teacher report)."""
    files = sorted(p for p in METHODS_DIR.glob("*.md") if p.stem not in {"ingest", "batch"})
    return "\n\n".join(p.read_text(encoding="utf-8") for p in files)


def teacher_report(
    reports: Sequence[ArticleReport],
    lexicon: Lexicon | None,
    classroom: Classroom | None = None,
    corrections: Sequence[Any] = (),
    figures: Sequence[Any] = (),
    slots: Sequence[int] | None = None,
) -> str:
    """The offline HTML report: no code, no formulas; the limits and glossary in plain words; static charts."""
    limits = [(m.capitalize(), lim.caption) for m, lim in classroom.limits.items()] if classroom else []
    return build_html_report(
        reports,
        figures=figures,
        labels=article_labels(reports),
        lexicon=lexicon,
        corrections=[c for c in corrections if c.article_id in {r.article.id for r in reports}],
        limits=limits,
        glossary=classroom.glossary if classroom else (),
        slots=slots,
    )


def worksheet(reports: Sequence[ArticleReport], lexicon: Lexicon, classroom: Classroom, *, highlights: bool) -> str:
    labels = article_labels(reports)
    questions = discussion_prompts(classroom, word_rows(reports, lexicon), labels, reports)
    return build_handout(reports, labels, questions=questions, highlights=highlights, lexicon=lexicon)


def render_exports(
    reports: Sequence[ArticleReport],
    figures: Figures = (),
    lexicon: Lexicon | None = None,
    *,
    classroom: Classroom | None = None,
    corrections: Sequence[Any] = (),
    slots: Sequence[int] | None = None,
) -> None:
    """Download buttons: one row per article (CSV), one row per evidence span (CSV), the HTML report.

    The report draws its own static charts; plotly ``figures`` (a list or a zero-argument callable, called only
    when the report is downloaded) are embedded with plotly's script only when given.
    """
    reports = list(reports)
    fixed = () if callable(figures) else tuple(figures)
    make_figures = figures if callable(figures) else lambda: fixed
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
        data=lambda: teacher_report(reports, lexicon, classroom, corrections, list(make_figures()), slots),
        file_name="framelens-report.html",
        mime="text/html",
        key="fl_export_html",
        on_click="ignore",
    )


def handout_download(
    reports: Sequence[ArticleReport], lexicon: Lexicon, classroom: Classroom, *, highlights: bool
) -> None:
    """The printable worksheet (HTML with a print stylesheet), built when pressed."""
    reports = list(reports)
    st.download_button(
        "Worksheet to print (HTML)",
        data=lambda: worksheet(reports, lexicon, classroom, highlights=highlights),
        file_name="framelens-worksheet.html",
        mime="text/html",
        key="fl_export_worksheet",
        on_click="ignore",
        help="Open it in the browser and print it (or save it as PDF from the print dialog).",
    )


def corpus_download(articles: Sequence[Article], lexicon_toml: str | None, corrections: Sequence[Any] = ()) -> None:
    """The session's articles (and its lexicon, if changed, and the teacher's corrections) as a corpus file."""
    articles = list(articles)
    corrections = list(corrections)
    st.download_button(
        "Download these articles as a corpus file",
        data=lambda: dump_corpus(articles, lexicon_toml=lexicon_toml, corrections=corrections),
        file_name="framelens-corpus.json",
        mime="application/json",
        key="fl_corpus_download",
        on_click="ignore",
    )


def lexicon_file_name(lexicon: Lexicon, toml_text: str | None, session_name: str) -> str:
    """The file name of the lexicon in use: the shipped one's own name, else what the session calls it
    ("syria-2024, edited" -> syria-2024-edited.toml), never the name of the lexicon it extends."""
    return f"{slugify(lexicon.name if toml_text is None else session_name or lexicon.name)}.toml"


def lexicon_download(where: Any, lexicon: Lexicon) -> None:
    """The lexicon in use as one self-contained TOML file, drawn in ``where`` (a column)."""
    from app import session

    toml_text = st.session_state.get(session.LEXICON_KEY)
    where.download_button(
        "Download the lexicon (TOML)",
        data=lexicon_to_toml(lexicon),
        file_name=lexicon_file_name(lexicon, toml_text, session.lexicon_name()),
        mime="application/toml",
        key="fl_lexicon_download",
        on_click="ignore",
    )
