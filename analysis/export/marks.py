"""One model of the highlights of a report, for the app and the offline report alike (pure: no HTML, no UI).

A ``Mark`` is one piece of evidence in the text: its layer (what kind of finding), its kind within the layer,
the short tag shown after the words, the title a hover shows, and its span. Marks may overlap (a label inside
a source, a framing term inside a label): ``segments`` cuts the text where any mark starts or ends, so every
stretch knows all the marks over it and no mark is dropped. Renderers (``marks_html``) only draw this.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from ..model import ArticleReport, Span
from .palette import KIND_DESCRIPTIONS, source_look, term_band
from .plain import signed as signed  # a position as students read it: +1, −0.5, 0

if TYPE_CHECKING:
    from ..lexicon.model import Lexicon

# The layers, in the order their marks are listed (and combined where they overlap).
LAYERS = ("boilerplate", "terms", "labels", "sources", "verbs")
BOILERPLATE_TITLE = "not the article's own voice (a menu, a share link, a comment): not scored"


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted finding: ``span`` in the article's text, plain-text ``tag`` and ``title``."""

    span: Span
    layer: str  # one of LAYERS
    kind: str  # terms: low / mid / high; sources: the source kind; labels: label; verbs: loaded; boilerplate
    tag: str  # the small text tag after the words ("" for none), the second cue beside the colour
    title: str  # what a hover over the words says
    position: float | None = None  # terms: the pole's position, for its shade

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch of text with the same marks over all of it; ``closing`` are the marks that end with it."""

    start: int
    end: int
    marks: tuple[Mark, ...]
    closing: tuple[Mark, ...]


def direction(position: float) -> str:
    """The tag of a framing word: ◀ leans to the low end of the scale, ▶ to the high end, • the middle."""
    return "◀" if position < -0.01 else "▶" if position > 0.01 else "•"


def pole_label(lexicon: Lexicon | None, family: str, pole: str) -> str:
    """A pole's label in the lexicon's words ("" without a lexicon or for an unknown pole)."""
    if lexicon is not None:
        for fam in lexicon.families:
            if fam.id == family:
                return next((p.label for p in fam.poles if p.id == pole), "")
    return ""


def _side(lexicon: Lexicon | None, position: float) -> str:
    band = term_band(position)[1]
    if lexicon is None:
        return {"low": "the low end of the scale", "high": "the high end of the scale"}.get(band, "the middle")
    return {"low": lexicon.axis_low, "high": lexicon.axis_high}.get(band, "the middle")


def _boilerplate(report: ArticleReport, lexicon: Lexicon | None) -> Iterable[Mark]:
    for span in report.article.boilerplate:
        yield Mark(span, "boilerplate", "boilerplate", "", BOILERPLATE_TITLE)


def _terms(report: ArticleReport, lexicon: Lexicon | None) -> Iterable[Mark]:
    families = {f.family: f.label for f in report.framing.families}
    for t in report.framing.terms:
        pole = pole_label(lexicon, t.family, t.pole)
        title = f"{families.get(t.family, 'framing word')}: '{t.term}'" + (f" ({pole})" if pole else "")
        title += f" — leans to {_side(lexicon, t.position)}"
        yield Mark(t.span, "terms", term_band(t.position)[1], direction(t.position), title, t.position)


def _labels(report: ArticleReport, lexicon: Lexicon | None) -> Iterable[Mark]:
    for lab in report.framing.actor_labels:
        yield Mark(lab.span, "labels", "label", "label", f"a label pinned on {lab.actor}: '{lab.label}'")


def _sources(report: ArticleReport, lexicon: Lexicon | None) -> Iterable[Mark]:
    for a in report.sourcing.attributions:
        quote = ", a direct quote" if a.direct_quote else ""
        what = KIND_DESCRIPTIONS.get(a.kind, "a source")
        cue = f"'{a.cue}'" if a.cue != "teacher" else "added by the teacher"
        title = f"source — {what}: {a.source} ({cue}{quote})"
        tag = source_look(a.kind).tag
        if a.refers_to and a.refers_to.lower() != a.span.text.lower():
            tag = f"{tag}: {a.refers_to}"  # "she" → the person she points back to, shown beside the word
            title += f" — '{a.span.text}' points back to {a.refers_to}"
        yield Mark(a.span, "sources", a.kind, tag, title)


def _verbs(report: ArticleReport, lexicon: Lexicon | None) -> Iterable[Mark]:
    for a in report.sourcing.attributions:
        if a.cue_type == "loaded" and a.cue_span is not None:
            title = f"a loaded verb of saying: '{a.cue}' tells the reader how to judge {a.source}"
            yield Mark(a.cue_span, "verbs", "loaded", "loaded verb", title)


_BUILDERS = {"boilerplate": _boilerplate, "terms": _terms, "labels": _labels, "sources": _sources, "verbs": _verbs}


def report_marks(report: ArticleReport, layers: Collection[str] = LAYERS, lexicon: Lexicon | None = None) -> list[Mark]:
    """The marks of the chosen layers, layer by layer in LAYERS order; spans outside the text are left out.

    With the ``lexicon``, a framing word's hover names its pole and the end of the scale it leans to in the
    lexicon's own words.
    """
    length = len(report.article.text)
    marks = [m for layer in LAYERS if layer in layers for m in _BUILDERS[layer](report, lexicon)]
    return [m for m in marks if 0 <= m.start < m.end <= length]


def segments(length: int, marks: Sequence[Mark]) -> list[Segment]:
    """The text ``[0, length)`` cut wherever a mark starts or ends; each stretch with the marks over it.

    Stretches without marks are included, so the segments cover the whole text in order. Within a stretch the
    marks keep the order in which they began (and, beginning together, the order of ``marks``).
    """
    points = sorted({0, length, *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    ending: dict[int, list[Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
        ending.setdefault(m.end, []).append(m)
    active: list[Mark] = []
    out: list[Segment] = []
    for here, nxt in pairwise(points):
        for m in ending.get(here, ()):
            active.remove(m)
        active.extend(starting.get(here, ()))
        out.append(Segment(here, nxt, tuple(active), tuple(ending.get(nxt, ()))))
    return out
