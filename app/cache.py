"""What the server computes once and shares: lexicons, reports, the default pair, figures, comparisons.

Everything is keyed by content (a digest of the article, the lexicon's TOML text), never by session, so two
sessions holding the same article share its report and nothing of one session leaks into another. These are
resources, not data: a frozen report or a figure is shared as it is, never copied (``st.cache_data``
unpickles a copy on every hit: about 1 ms an article, a second on every rerun with 1,000 articles).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence

import streamlit as st

from analysis import Article, ArticleReport, Lexicon, analyze, load_lexicon
from analysis.io.corpus_file import MAX_ARTICLES
from analysis.lexicon.load import lexicon_from_toml
from app.render import figures
from app.render.classroom import Classroom, load_classroom
from app.render.selection import most_different_pair

REPORT_ENTRIES = MAX_ARTICLES + 64  # one session's largest set of articles, and some room for others
SET_ENTRIES = 8  # whole sets of reports: a rerun looks up its set once, not each article
SPINNER_ARTICLES = 20  # from this many articles to analyse, say so while it runs


@functools.lru_cache(maxsize=REPORT_ENTRIES)
def content_key(article: Article) -> str:
    """A digest of everything in the article (frozen, so it is hashed once per object, not on every rerun)."""
    return hashlib.sha256(repr(article).encode("utf-8", "replace")).hexdigest()


def keys_of(reports: Sequence[ArticleReport]) -> tuple[str, ...]:
    return tuple(content_key(r.article) for r in reports)


@st.cache_resource(max_entries=16, show_spinner=False)
def cached_lexicon(toml_text: str | None) -> Lexicon:
    """The lexicon for a TOML text (None: the shipped default), built once per distinct text."""
    return load_lexicon() if toml_text is None else lexicon_from_toml(toml_text, "your lexicon")


# --- reports -------------------------------------------------------------------------------------


@st.cache_resource(max_entries=REPORT_ENTRIES, show_spinner=False)
def cached_report(content: str, _article: Article, toml_text: str | None) -> ArticleReport:
    """One article's report, cached by its content (``content``) and the lexicon's text."""
    return analyze(_article, cached_lexicon(toml_text))


@st.cache_resource(max_entries=SET_ENTRIES, show_spinner=False)
def cached_reports(
    keys: tuple[str, ...], _articles: tuple[Article, ...], toml_text: str | None
) -> tuple[tuple[ArticleReport, ...], tuple[str, ...]]:
    """The reports of a set of articles (by their content keys) and a message for each that failed."""
    reports, problems = [], []
    for key, article in zip(keys, _articles, strict=True):
        try:
            reports.append(cached_report(key, article, toml_text))
        except Exception as err:  # one bad article must not take the page down
            name = article.outlet or article.title or article.id
            problems.append(f"Could not analyse {name}: {err}")
    return tuple(reports), tuple(problems)


def analyse_all(
    articles: Sequence[Article], toml_text: str | None
) -> tuple[tuple[ArticleReport, ...], tuple[str, ...]]:
    """The session's reports and a message for each article that failed; a spinner while many are analysed."""
    keys = tuple(content_key(a) for a in articles)
    if len(articles) < SPINNER_ARTICLES:
        return cached_reports(keys, tuple(articles), toml_text)
    with st.spinner(f"Analysing {len(articles):,} articles…", show_time=True):  # shown only if it takes a while
        return cached_reports(keys, tuple(articles), toml_text)


@st.cache_resource(max_entries=SET_ENTRIES, show_spinner=False)
def cached_pair(keys: tuple[str, ...], _reports: tuple[ArticleReport, ...]) -> tuple[str, ...]:
    """The two articles that differ most (the default comparison), once per set of reports."""
    return most_different_pair(_reports)


def default_pair(reports: Sequence[ArticleReport]) -> tuple[str, ...]:
    return cached_pair(keys_of(reports), tuple(reports))


# --- figures -------------------------------------------------------------------------------------


@st.cache_resource(max_entries=64 * figures.COMPARISON_CHARTS, show_spinner=False)
def cached_figure(index: int, keys: tuple[str, ...], _reports: tuple[ArticleReport, ...], toml_text: str | None):
    """One chart of a comparison, cached by the reports' content (plotly figures copy slowly); built when opened."""
    return figures.comparison_figure(index, _reports, cached_lexicon(toml_text))


def comparison_figure(index: int, reports: Sequence[ArticleReport], toml_text: str | None):
    return cached_figure(index, keys_of(reports), tuple(reports), toml_text)


def report_figures(reports: Sequence[ArticleReport], toml_text: str | None) -> Callable[[], list]:
    """The HTML report's charts, built (or taken from the Charts cache) only when it is downloaded."""
    return lambda: [comparison_figure(i, reports, toml_text) for i in range(figures.COMPARISON_CHARTS)]


@st.cache_resource(max_entries=64, show_spinner=False)
def cached_overview_map(keys: tuple[str, ...], _reports: tuple[ArticleReport, ...], toml_text: str | None):
    lexicon = cached_lexicon(toml_text)
    return figures.overview_map(_reports, axis_low=lexicon.axis_low, axis_high=lexicon.axis_high)


def overview_map(reports: Sequence[ArticleReport], toml_text: str | None):
    return cached_overview_map(keys_of(reports), tuple(reports), toml_text)


# --- comparison and classroom text ---------------------------------------------------------------


@st.cache_resource(max_entries=8, show_spinner=False)
def cached_comparison(keys: tuple[str, ...], _articles: tuple[Article, ...], toml_text: str | None):
    """Similarity, distinctive words and claims across the articles, cached by their content.

    A resource (shared, never copied): with 1,000 articles the similarity matrix alone is a million floats.
    scikit-learn is imported here, when Compare first opens, not at start-up.
    """
    from analysis.compare.comparison import compare_articles

    return compare_articles(_articles, lexicon=cached_lexicon(toml_text))


def comparison(articles: Sequence[Article], toml_text: str | None):
    return cached_comparison(tuple(content_key(a) for a in articles), tuple(articles), toml_text)


@st.cache_data(show_spinner=False)
def cached_classroom() -> Classroom:
    return load_classroom()
