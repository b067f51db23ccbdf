"""Escaped HTML of an article with its evidence marked, and the "why?" lists of evidence sentences.

Every piece of article text goes through ``html.escape``; marks carry a colour *and* a second cue
(a small text tag, an underline style or a box) so colour-blind readers can tell them apart.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from analysis.model import ArticleReport, Span

LAYERS = ("terms", "labels", "sources", "boilerplate")
CONTEXT_CHARS = 360  # longest sentence shown whole in an evidence list
TOP_SENTIMENT_SENTENCES = 8

# Framing terms: an orange ↔ purple diverging scale (safe for red-green colour blindness) plus a tag.
TERM_COLOURS = (  # (upper bound of position, background, css class)
    (-0.75, "#fdb863", "fl-low"),
    (-0.01, "#fee0b6", "fl-low"),
    (0.01, "#e4e4e4", "fl-mid"),
    (0.75, "#d8daeb", "fl-high"),
    (1.01, "#b2abd2", "fl-high"),
)
LABEL_STYLE = "border-top:2px solid #5e3c99;border-bottom:2px solid #5e3c99;"
BOILERPLATE_STYLE = "color:#8a8a8a;font-style:italic;"
# Sources by kind: Okabe-Ito colours, a distinct underline style and a tag each.
SOURCE_STYLES = {
    "named": ("#009E73", "solid", "named"),
    "anonymous": ("#D55E00", "dashed", "anon"),
    "agency": ("#0072B2", "double", "agency"),
    "organization": ("#CC79A7", "dotted", "org"),
    "document": ("#E69F00", "wavy", "doc"),
    "self": ("#555555", "solid", "self"),
}
TAG_STYLE = "font-size:0.68em;font-weight:600;margin-left:1px;color:{colour};"
LEGEND_STYLE = "display:flex;flex-wrap:wrap;gap:0.3em 1.1em;font-size:0.8rem;line-height:1.9;"
TEXT_STYLE = "line-height:1.65;font-size:0.95rem;"
MD_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")  # < > & are left to html.escape


def md_escape(text: str) -> str:
    """Text safe inside st.markdown: markdown and math characters backslash-escaped, HTML escaped."""
    return html.escape(MD_SPECIALS.sub(r"\\\1", text), quote=False)


def _text_html(text: str) -> str:
    return html.escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def signed(value: float) -> str:
    """A position as students read it: +1, −0.5, 0."""
    if abs(value) < 0.005:
        return "0"
    sign = "+" if value > 0 else "−"
    return f"{sign}{abs(value):g}"


def term_colour(position: float) -> tuple[str, str]:
    """Background colour and css class for a framing position from -1 to +1."""
    for bound, colour, css in TERM_COLOURS:
        if position < bound:
            return colour, css
    return TERM_COLOURS[-1][1], TERM_COLOURS[-1][2]


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    layer: str
    css: str
    style: str
    title: str
    tag: str = ""
    tag_colour: str = "#333"


def _marks(report: ArticleReport, layers: Collection[str]) -> list[_Mark]:
    marks: list[_Mark] = []
    if "boilerplate" in layers:
        for s in report.article.boilerplate:
            marks.append(
                _Mark(s.start, s.end, "boilerplate", "fl-boiler", BOILERPLATE_STYLE, "boilerplate: not scored", "")
            )
    if "terms" in layers:
        for t in report.framing.terms:
            colour, css = term_colour(t.position)
            title = f"{t.family}: '{t.term}' ({t.pole}, position {signed(t.position)})"
            marks.append(
                _Mark(
                    t.span.start,
                    t.span.end,
                    "term",
                    f"fl-term {css}",
                    f"background:{colour};",
                    title,
                    signed(t.position),
                )
            )
    if "labels" in layers:
        for lab in report.framing.actor_labels:
            title = f"label '{lab.label}' for {lab.actor} ({lab.pole})"
            marks.append(
                _Mark(lab.span.start, lab.span.end, "label", "fl-label", LABEL_STYLE, title, "label", "#5e3c99")
            )
    if "sources" in layers:
        for a in report.sourcing.attributions:
            colour, line, tag = SOURCE_STYLES.get(a.kind, ("#333333", "solid", a.kind))
            style = (
                f"text-decoration:underline {line} {colour};text-decoration-thickness:2px;text-underline-offset:3px;"
            )
            quote = ", direct quote" if a.direct_quote else ""
            title = f"{a.kind} source: {a.source} ({a.cue}{quote})"
            marks.append(
                _Mark(a.span.start, a.span.end, "source", f"fl-src fl-src-{a.kind}", style, title, tag, colour)
            )
    return [m for m in marks if 0 <= m.start < m.end <= len(report.article.text)]


def _tag_html(mark: _Mark) -> str:
    if not mark.tag:
        return ""
    style = TAG_STYLE.format(colour=mark.tag_colour)
    return f'<sup class="fl-tag" style="{style}">[{html.escape(mark.tag)}]</sup>'


def _segment_html(text: str, active: Sequence[_Mark]) -> str:
    body = _text_html(text)
    if not active:
        return body
    css = " ".join(dict.fromkeys(c for m in active for c in m.css.split()))
    style = "".join(m.style for m in active)
    title = html.escape("; ".join(dict.fromkeys(m.title for m in active)))
    tag = "mark" if any(m.layer != "boilerplate" for m in active) else "span"
    if tag == "mark" and not any(m.layer == "term" for m in active):
        style = "background:transparent;" + style
    return f'<{tag} class="{css}" style="{style}padding:0;" title="{title}">{body}</{tag}>'


def article_html(report: ArticleReport, *, layers: Collection[str] = LAYERS) -> str:
    """The article text as one line of escaped HTML with every chosen layer marked."""
    text = report.article.text
    marks = _marks(report, layers)
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[_Mark]] = {}
    ending: dict[int, list[_Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
        ending.setdefault(m.end, []).append(m)
    active: list[_Mark] = []
    out: list[str] = []
    for here, nxt in pairwise(points):
        for m in ending.get(here, ()):
            active.remove(m)
            out.append(_tag_html(m))
        active.extend(starting.get(here, ()))
        out.append(_segment_html(text[here:nxt], active))
    out.extend(_tag_html(m) for m in ending.get(len(text), ()))
    return f'<div class="fl-article" style="{TEXT_STYLE}">{"".join(out)}</div>'


def legend_html(*, axis_low: str, axis_high: str) -> str:
    """A key to the marks: term colours with their tags, the label box, source underlines, boilerplate."""
    low, _ = term_colour(-1.0)
    mid, _ = term_colour(0.0)
    high, _ = term_colour(1.0)
    items = [
        f'<mark style="background:{low};">word<sup>[−1]</sup></mark> {html.escape(axis_low)}',
        f'<mark style="background:{mid};">word<sup>[0]</sup></mark> plain',
        f'<mark style="background:{high};">word<sup>[+1]</sup></mark> {html.escape(axis_high)}',
        f'<span style="{LABEL_STYLE}">regime leader</span><sup>[label]</sup> a label pinned on an actor',
    ]
    for kind, (colour, line, tag) in SOURCE_STYLES.items():
        style = f"text-decoration:underline {line} {colour};text-decoration-thickness:2px;text-underline-offset:3px;"
        items.append(f'<span style="{style}">source</span><sup style="color:{colour};">[{tag}]</sup> {kind}')
    items.append(f'<span style="{BOILERPLATE_STYLE}">grey</span> boilerplate, not scored')
    cells = "".join(f'<span style="white-space:nowrap;">{i}</span>' for i in items)
    return f'<div class="fl-legend" style="{LEGEND_STYLE}">{cells}</div>'


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
        out.append(_text_html(text[cursor:start]))
        out.append(f'<mark style="background:#ffe9a8;font-weight:600;">{_text_html(text[start:end])}</mark>')
        cursor = end
    out.append(_text_html(text[cursor:hi]))
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
