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

from analysis.export.marks import LAYERS, direction, pole_label, report_marks
from analysis.export.marks_html import marked_html, text_html
from analysis.export.palette import EVIDENCE_COLOUR, KIND_DESCRIPTIONS, MUTED_TEXT
from analysis.export.plain import signal_direction
from analysis.lexicon.model import Lexicon
from analysis.model import ArticleReport, Span

CONTEXT_CHARS = 360  # longest sentence shown whole in an evidence list
TOP_SENTIMENT_SENTENCES = 8
TEXT_STYLE = "line-height:1.65;font-size:0.95rem;"


def article_html(report: ArticleReport, *, layers: Collection[str] = LAYERS, lexicon: Lexicon | None = None) -> str:
    """The article text as one line of escaped HTML with every chosen layer marked (overlaps combined)."""
    body = marked_html(report.article.text, report_marks(report, layers, lexicon), breaks=True)
    return f'<div class="fl-article" style="{TEXT_STYLE}">{body}</div>'


# --- the "why?" lists --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason behind a number: a plain-text note and the spans it points at."""

    note: str
    spans: tuple[Span, ...]


def framing_evidence(report: ArticleReport, lexicon: Lexicon | None = None) -> list[Evidence]:
    """Every framing term and actor label, in text order, in words (the family's and the pole's labels)."""
    families = {f.family: f.label for f in report.framing.families}
    items = []
    for t in report.framing.terms:
        pole = pole_label(lexicon, t.family, t.pole)
        note = f"{direction(t.position)} {families.get(t.family, 'framing word')}: '{t.term}'" + (
            f" ({pole})" if pole else ""
        )
        items.append((t.span.start, Evidence(note, (t.span,))))
    items += [
        (lab.span.start, Evidence(f"a label pinned on {lab.actor}: '{lab.label}'", (lab.span, lab.actor_span)))
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
        quote = ", a direct quote" if a.direct_quote else ""
        role = f", {a.role}" if a.role else ""
        spans = tuple(s for s in (a.span, a.cue_span) if s is not None)
        what = KIND_DESCRIPTIONS.get(a.kind, "a source")
        verb = (
            "" if a.cue == "teacher" else f" — '{a.cue}'" + (" (a verb that judges)" if a.cue_type == "loaded" else "")
        )
        out.append(Evidence(f"{what}: {a.source}{role}{verb}{quote}", spans))
    return out


def transparency_evidence(report: ArticleReport) -> list[tuple[str, list[Evidence]]]:
    """Per signal: its heading line and the spans behind it."""
    out = []
    for sig in report.transparency.signals:
        weight = "" if sig.weight else " (does not count for this article)"
        head = f"{sig.label}: {sig.score:.2f} ({signal_direction(sig.name)}){weight}. {sig.explanation}"
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
    before = after = ""
    if hi - lo > CONTEXT_CHARS:
        lo, hi, before, after = _window(text, lo, hi, spans[0])
    inner = sorted({(max(s.start, lo), min(s.end, hi)) for s in spans if s.start < hi and s.end > lo} if mark else ())
    out, cursor = [before], lo
    for start, end in inner:
        if start < cursor:
            continue
        out.append(text_html(text[cursor:start]))
        out.append(f'<mark style="background:{EVIDENCE_COLOUR};font-weight:600;">{text_html(text[start:end])}</mark>')
        cursor = end
    out.append(text_html(text[cursor:hi]))
    out.append(after)
    return "".join(out)


def _window(text: str, lo: int, hi: int, span: Span) -> tuple[int, int, str, str]:
    """A window of about CONTEXT_CHARS around ``span`` inside [lo, hi), cut between words, with "…" where cut."""
    start = max(lo, span.start - CONTEXT_CHARS // 2)
    end = min(hi, max(span.end, start + CONTEXT_CHARS))
    if start > lo:
        space = text.find(" ", start, span.start)
        start = space + 1 if space != -1 else start
    if end < hi:
        space = text.rfind(" ", span.end, end)
        end = space if space != -1 else end
    return start, end, "…" if start > lo else "", "…" if end < hi else ""


def evidence_html(
    report: ArticleReport, items: Iterable[Evidence], *, empty: str = "No evidence found.", mark: bool = True
) -> str:
    """A list of evidence: each note followed by its sentence, the spans marked unless ``mark`` is False."""
    rows = []
    for item in items:
        note = f'<span style="color:{MUTED_TEXT};">{html.escape(item.note)}</span><br>' if item.note else ""
        context = _context_html(report, item.spans, mark=mark) if item.spans else ""
        rows.append(f'<li style="margin-bottom:0.45em;">{note}<span style="font-size:0.9em;">{context}</span></li>')
    if not rows:
        return f'<p class="fl-evidence" style="color:{MUTED_TEXT};">{html.escape(empty)}</p>'
    return f'<ul class="fl-evidence" style="padding-left:1.1em;margin:0;">{"".join(rows)}</ul>'


@dataclass(frozen=True, slots=True)
class ScoreHtml:
    """The four "why?" lists of one report as HTML, built once (the views cache them: app.drawn)."""

    framing: str
    sentiment: str
    sourcing: str
    transparency: tuple[tuple[str, str], ...]  # (the signal's line, its evidence HTML or "")

    def transparency_html(self) -> str:
        """Every signal's line, each above its evidence, as one piece of HTML: one element on the page, not two
        per signal (each element costs the server time on every rerun of every session)."""
        return "".join(
            f'<p class="fl-signal" style="margin:0.5em 0 0.25em;">{html.escape(head, quote=False)}</p>{evidence}'
            for head, evidence in self.transparency
        )


def score_html(report: ArticleReport, lexicon: Lexicon | None = None) -> ScoreHtml:
    return ScoreHtml(
        evidence_html(report, framing_evidence(report, lexicon), empty="No framing words from the word lists."),
        evidence_html(report, sentiment_evidence(report), empty="No scored sentences."),
        evidence_html(report, sourcing_evidence(report), empty="No attributed sources found."),
        tuple((head, evidence_html(report, items) if items else "") for head, items in transparency_evidence(report)),
    )
