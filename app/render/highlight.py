"""The side-by-side text of an article with its marks, and the "why?" lists of evidence sentences (pure).

The marks are ``analysis.export.marks`` drawn by ``analysis.export.marks_html``, as in the offline report.
Every piece of article text goes through ``html.escape``; marks carry a colour *and* a second cue
(a small text tag, an underline style or a box) so colour-blind readers can tell them apart.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from analysis.export.marks import LAYERS, report_marks, signed
from analysis.export.marks_html import marked_html, text_html
from analysis.export.palette import EVIDENCE_COLOUR
from analysis.model import ArticleReport, Span

CONTEXT_CHARS = 360  # longest sentence shown whole in an evidence list
TOP_SENTIMENT_SENTENCES = 8
TEXT_STYLE = "line-height:1.65;font-size:0.95rem;"


def article_html(report: ArticleReport, *, layers: Collection[str] = LAYERS) -> str:
    """The article text as one line of escaped HTML with every chosen layer marked (overlaps combined)."""
    body = marked_html(report.article.text, report_marks(report, layers), breaks=True)
    return f'<div class="fl-article" style="{TEXT_STYLE}">{body}</div>'


# --- the "why?" lists --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason behind a number: a plain-text note and the spans it points at."""

    note: str
    spans: tuple[Span, ...]


def framing_evidence(report: ArticleReport) -> list[Evidence]:
    """Every framing term and actor label, in text order."""
    items = [
        (t.span.start, Evidence(f"{t.family}: '{t.term}' → {t.pole} ({signed(t.position)})", (t.span,)))
        for t in report.framing.terms
    ]
    items += [
        (lab.span.start, Evidence(f"label for {lab.actor}: '{lab.label}' ({lab.pole})", (lab.span, lab.actor_span)))
        for lab in report.framing.actor_labels
    ]
    return [e for _, e in sorted(items, key=lambda p: p[0])]


def sentiment_evidence(report: ArticleReport, *, top: int = TOP_SENTIMENT_SENTENCES) -> list[Evidence]:
    """The sentences with the strongest polarity, with the words TextBlob scored in them."""
    ranked = sorted(report.sentiment.sentences, key=lambda s: (-abs(s.polarity), s.index))[:top]
    out = []
    for s in sorted(ranked, key=lambda s: s.index):
        words = ", ".join(f"{a.words} {a.polarity:+.2f}" for a in s.assessments if a.polarity) or "no polar words"
        spans = tuple(a.span for a in s.assessments if a.span is not None and a.polarity) or (s.span,)
        out.append(Evidence(f"sentence {s.index + 1}: polarity {s.polarity:+.2f} ({words})", spans))
    return out


def sourcing_evidence(report: ArticleReport) -> list[Evidence]:
    """Every attribution: kind, source, cue, and whether it is a direct quote."""
    out = []
    for a in report.sourcing.attributions:
        quote = ", direct quote" if a.direct_quote else ""
        role = f", {a.role}" if a.role else ""
        spans = tuple(s for s in (a.span, a.cue_span) if s is not None)
        out.append(Evidence(f"{a.kind}: {a.source}{role} — '{a.cue}' ({a.cue_type}{quote})", spans))
    return out


def transparency_evidence(report: ArticleReport) -> list[tuple[str, list[Evidence]]]:
    """Per signal: its heading line and the spans behind it."""
    out = []
    for sig in report.transparency.signals:
        head = f"{sig.label}: {sig.value:g} → score {sig.score:.2f} × weight {sig.weight:g}. {sig.explanation}"
        out.append((head, [Evidence("", (ev,)) for ev in sig.evidence]))
    return out


def _sentence_for(report: ArticleReport, pos: int) -> Span | None:
    starts = [s.start for s in report.sentences]
    i = bisect_right(starts, pos) - 1
    if i >= 0 and report.sentences[i].start <= pos < report.sentences[i].end:
        return report.sentences[i].span
    return None


def by_sentence(report: ArticleReport, spans: Iterable[Span], *, note: str = "") -> list[Evidence]:
    """Spans grouped by the sentence they stand in, so each sentence is listed once with all its marks."""
    groups: dict[int, list[Span]] = {}
    for span in sorted(spans, key=lambda s: s.start):
        sentence = _sentence_for(report, span.start)
        groups.setdefault(sentence.start if sentence else span.start, []).append(span)
    return [Evidence(note, tuple(group)) for group in groups.values()]


def _context_html(report: ArticleReport, spans: Sequence[Span], *, mark: bool = True) -> str:
    """The sentence around the first span with every span inside it in bold marks (``mark``)."""
    text = report.article.text
    sentence = _sentence_for(report, spans[0].start)
    lo, hi = (sentence.start, sentence.end) if sentence else (spans[0].start, spans[0].end)
    if hi - lo > CONTEXT_CHARS:
        lo = max(lo, spans[0].start - CONTEXT_CHARS // 2)
        hi = min(hi, max(spans[0].end, lo + CONTEXT_CHARS))
    inner = sorted({(max(s.start, lo), min(s.end, hi)) for s in spans if s.start < hi and s.end > lo} if mark else ())
    out, cursor = [], lo
    for start, end in inner:
        if start < cursor:
            continue
        out.append(text_html(text[cursor:start]))
        out.append(f'<mark style="background:{EVIDENCE_COLOUR};font-weight:600;">{text_html(text[start:end])}</mark>')
        cursor = end
    out.append(text_html(text[cursor:hi]))
    return "".join(out)


def evidence_html(
    report: ArticleReport, items: Iterable[Evidence], *, empty: str = "No evidence found.", mark: bool = True
) -> str:
    """A list of evidence: each note followed by its sentence, the spans marked unless ``mark`` is False."""
    rows = []
    for item in items:
        note = f'<span style="color:#444;">{html.escape(item.note)}</span><br>' if item.note else ""
        context = _context_html(report, item.spans, mark=mark) if item.spans else ""
        rows.append(f'<li style="margin-bottom:0.45em;">{note}<span style="font-size:0.9em;">{context}</span></li>')
    if not rows:
        return f'<p class="fl-evidence" style="color:#666;">{html.escape(empty)}</p>'
    return f'<ul class="fl-evidence" style="padding-left:1.1em;margin:0;">{"".join(rows)}</ul>'
