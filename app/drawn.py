"""What the views draw, cached by content: the corrected reports, the story at a glance, the charts.

Keyed like ``app.cache`` (a digest of each article and the lexicon's text), plus what changes a drawing
without changing an article: the session's corrections (their digest) and each article's colour slot (its
place among all loaded articles, so it keeps its colour in every chart). Like ``app.cache``, each lives in
one of two homes (``cache.two_homes``): shared for the case study under a shipped lexicon with no corrections,
else the session's own, which leaves memory with the session. Resources, never copied.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from analysis.corrections import Correction, apply_corrections
from analysis.export.glance import differences, glance_html, legend_html, sentences_html, word_rows
from analysis.model import ArticleReport
from app import cache
from app.render import figures
from app.render.highlight import ScoreHtml, article_html, score_html
from app.render.selection import LONG_LABEL_CHARS, article_labels

FIRST_ROWS = 6  # rows of word choices on the first screen; the rest under "More things named differently"


def digest(corrections: Sequence[Correction]) -> str:
    return hashlib.sha256(repr(tuple(corrections)).encode()).hexdigest()[:16] if corrections else ""


def _shared(reports: Sequence[ArticleReport], fixes: str, toml_text: str | None) -> bool:
    """Drawn from the shipped files only (no corrections): one copy for every session."""
    return not fixes and cache.shared_home(reports, toml_text)


@cache.two_homes(shared_entries=1, own_entries=2)
def _corrected(keys: tuple[str, ...], fixes: str, _reports, _corrections, toml_text: str | None):
    lexicon = cache.cached_lexicon(toml_text)
    return tuple(apply_corrections(r, _corrections, lexicon) for r in _reports)


def corrected(
    reports: Sequence[ArticleReport], corrections: Sequence[Correction], toml_text: str | None
) -> tuple[ArticleReport, ...]:
    """The reports with the session's corrections applied (the same objects when there are none)."""
    if not corrections:
        return tuple(reports)
    return _corrected(False, cache.keys_of(reports), digest(corrections), tuple(reports), tuple(corrections), toml_text)


@cache.two_homes(shared_entries=16, own_entries=2)
def _glance(keys: tuple[str, ...], fixes: str, _reports, toml_text: str | None) -> tuple[str, str, str]:
    lexicon = cache.cached_lexicon(toml_text)
    reports = list(_reports)
    labels = article_labels(reports, limit=LONG_LABEL_CHARS)
    rows = word_rows(reports, lexicon)
    said = sentences_html(differences(rows, labels, reports))
    key = legend_html(axis_low=lexicon.axis_low, axis_high=lexicon.axis_high)
    first = key + glance_html(reports, labels, lexicon, rows=rows[:FIRST_ROWS])
    rest = glance_html(reports, labels, lexicon, rows=rows[FIRST_ROWS:], with_voices=False) if rows[FIRST_ROWS:] else ""
    return said, first, rest


def glance(reports: Sequence[ArticleReport], fixes: str, toml_text: str | None) -> tuple[str, str, str]:
    """The plain sentences, the first rows of word choices (with who speaks), and the remaining rows (HTML)."""
    return _glance(_shared(reports, fixes, toml_text), cache.keys_of(reports), fixes, tuple(reports), toml_text)


@cache.two_homes(shared_entries=16 * figures.COMPARISON_CHARTS, own_entries=2 * figures.COMPARISON_CHARTS)
def _chart(index: int, keys: tuple[str, ...], slots: tuple[int, ...], fixes: str, _reports, toml_text: str | None):
    return figures.comparison_figure(index, list(_reports), cache.cached_lexicon(toml_text), slots)


def chart(index: int, reports: Sequence[ArticleReport], slots: Sequence[int], fixes: str, toml_text: str | None):
    """Chart ``index`` of the Charts view, built when its tab is opened, once per content."""
    shared = _shared(reports, fixes, toml_text)
    return _chart(shared, index, cache.keys_of(reports), tuple(slots), fixes, tuple(reports), toml_text)


@cache.two_homes(shared_entries=8, own_entries=2)
def _overview_map(keys: tuple[str, ...], fixes: str, _reports, toml_text: str | None):
    lexicon = cache.cached_lexicon(toml_text)
    return figures.overview_map(list(_reports), axis_low=lexicon.axis_low, axis_high=lexicon.axis_high)


def overview_map(reports: Sequence[ArticleReport], fixes: str, toml_text: str | None):
    shared = _shared(reports, fixes, toml_text)
    return _overview_map(shared, cache.keys_of(reports), fixes, tuple(reports), toml_text)


# One article's drawings: few per session (the chosen articles), since a long article's HTML is large.
@cache.two_homes(shared_entries=64, own_entries=4)
def _article(key: str, fixes: str, layers: tuple[str, ...], toml_text: str | None, _report) -> str:
    return article_html(_report, layers=layers, lexicon=cache.cached_lexicon(toml_text))


def article(report: ArticleReport, layers, fixes: str, toml_text: str | None) -> str:
    """The marked text of one article (app.render.highlight.article_html), once per content and layers."""
    shared = _shared([report], fixes, toml_text)
    return _article(shared, cache.keys_of([report])[0], fixes, tuple(layers), toml_text, report)


@cache.two_homes(shared_entries=32, own_entries=4)
def _scores(key: str, fixes: str, toml_text: str | None, _report) -> ScoreHtml:
    return score_html(_report, cache.cached_lexicon(toml_text))


def scores(report: ArticleReport, fixes: str, toml_text: str | None) -> ScoreHtml:
    """The "why?" lists of one article's scores, once per content."""
    return _scores(_shared([report], fixes, toml_text), cache.keys_of([report])[0], fixes, toml_text, report)
