"""The spot-it-yourself exercise (pure): a paragraph's words as chips, and the student's picks against
FrameLens's marks — found, missed, and marked by the student only — drawn as escaped HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from analysis.export.glance import cut
from analysis.export.marks import report_marks
from analysis.export.marks_html import text_html
from analysis.model import ArticleReport

WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
SPOT_LAYERS = ("terms", "labels", "verbs")  # what counts as "framing the story" in the exercise
PREVIEW_CHARS = 60


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    preview: str
    marked: bool  # FrameLens marked something in it


@dataclass(frozen=True, slots=True)
class SpotScore:
    found: frozenset[int]  # token indexes the student and FrameLens both marked
    missed: frozenset[int]  # FrameLens marked, the student did not
    extra: frozenset[int]  # the student marked, FrameLens did not


def tokens(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), start + m.start(), start + m.end()) for m in WORD.finditer(text[start:end])]


def _mark_spans(report: ArticleReport) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in report_marks(report, SPOT_LAYERS)]


def paragraphs(report: ArticleReport) -> list[Paragraph]:
    """The article's own paragraphs (boilerplate left out), in order."""
    spans: dict[int, list[int]] = {}
    for s in report.sentences:
        if not s.boilerplate:
            spans.setdefault(s.paragraph, []).extend((s.start, s.end))
    marks = _mark_spans(report)
    out = []
    for bounds in spans.values():
        lo, hi = min(bounds), max(bounds)
        preview = cut(" ".join(report.article.text[lo:hi].split()), PREVIEW_CHARS)
        out.append(Paragraph(lo, hi, preview, any(s < hi and e > lo for s, e in marks)))
    return out


def spot_score(report: ArticleReport, words: Sequence[Token], chosen: Collection[int]) -> SpotScore:
    marks = _mark_spans(report)
    marked = {i for i, w in enumerate(words) if any(s < w.end and e > w.start for s, e in marks)}
    picked = {i for i in chosen if 0 <= i < len(words)}
    return SpotScore(frozenset(marked & picked), frozenset(marked - picked), frozenset(picked - marked))


LOOKS = {
    "found": ("fl-found", "found ✓", "you and FrameLens both marked this"),
    "missed": ("fl-missed", "missed", "FrameLens marked this; you did not"),
    "extra": ("fl-extra", "yours", "you marked this; FrameLens did not"),
}


def spot_html(text: str, words: Sequence[Token], score: SpotScore) -> str:
    """The paragraph with each word in its result class and a text tag (colour is never the only cue)."""
    if not words:
        return '<div class="fl-spot"></div>'
    out, cursor = [], words[0].start
    for i, w in enumerate(words):
        out.append(text_html(text[cursor : w.start]))
        kind = "found" if i in score.found else "missed" if i in score.missed else "extra" if i in score.extra else ""
        if kind:
            css, tag, title = LOOKS[kind]
            out.append(
                f'<span class="{css}" title="{html.escape(title)}">{text_html(w.text)}</span>'
                f"<sup>{html.escape(tag)}</sup>"
            )
        else:
            out.append(text_html(w.text))
        cursor = w.end
    key = " · ".join(
        f'<span class="{css}">{html.escape(tag)}</span> {html.escape(title)}' for css, tag, title in LOOKS.values()
    )
    return f'<div class="fl-spot"><p>{"".join(out)}</p><p class="fl-caution">{key}</p></div>'
