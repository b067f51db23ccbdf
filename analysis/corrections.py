"""A teacher's corrections to FrameLens's findings: a highlight that is wrong, or one that FrameLens missed.

A ``Correction`` names one article, what to do (``remove`` a finding, ``add`` one), the layer (a framing
word, a label pinned on an actor, a source) and the exact words (a ``Span``). ``apply_corrections`` returns a
new ``ArticleReport`` in which the findings are changed and every number built from them is computed again:
family summaries and the framing position, source counts and shares, and the transparency signals (which
read the sources). Nothing else changes; the original report is never modified (it is frozen and shared).

Corrections travel in the corpus file (``analysis.io.corpus_file``: the ``corrections`` field) and are listed
in the reports, so the tool's mistakes become part of the discussion. Pure: no Streamlit, no I/O.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from statistics import fmean
from typing import Any

from .errors import InputError
from .lexicon.model import Lexicon
from .model import SOURCE_KINDS, ActorLabel, ArticleReport, Attribution, FramingResult, Span, TermMatch

ACTIONS = ("remove", "add")
LAYERS = ("terms", "labels", "sources")
TEACHER = "teacher"  # the pattern / cue of a finding a teacher added
MAX_CORRECTIONS = 2000  # per corpus file
MAX_NOTE_CHARS = 300
ROUND = 4


@dataclass(frozen=True, slots=True)
class Correction:
    """One change to one article's findings; ``span`` is the words (``article.text[start:end]``).

    ``family`` and ``pole`` for a framing word; ``actor`` and ``pole`` for a label; ``kind`` for a source.
    A ``remove`` needs only the layer and the span: it removes every finding of that layer on exactly
    those words.
    """

    article_id: str
    action: str  # "remove" | "add"
    layer: str  # "terms" | "labels" | "sources"
    span: Span
    family: str = ""
    pole: str = ""
    actor: str = ""
    kind: str = ""
    note: str = ""  # the teacher's reason, shown in the reports

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "article_id": self.article_id,
            "action": self.action,
            "layer": self.layer,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.span.text,
        }
        for key in ("family", "pole", "actor", "kind", "note"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out

    def describe(self, lexicon: Lexicon | None = None) -> str:
        """The correction in plain words, for a list and the reports."""
        words = f"“{self.span.text}”"
        what = {"terms": "framing word", "labels": "label", "sources": "source"}.get(self.layer, self.layer)
        if self.action == "remove":
            said = f"{words} is not a {what}: the teacher removed this highlight"
        else:
            detail = ""
            if self.layer == "terms":
                detail = f" ({_family_label(lexicon, self.family)}: {_pole_label(lexicon, self.family, self.pole)})"
            elif self.layer == "labels":
                detail = f" (a label for {self.actor})"
            elif self.layer == "sources":
                detail = f" ({KIND_WORDS.get(self.kind, self.kind)})"
            said = f"{words} is a {what} FrameLens missed{detail}: the teacher added it"
        return said + (f". Why: {self.note}" if self.note else ".")


KIND_WORDS = {
    "named": "a named person",
    "anonymous": "an anonymous source",
    "agency": "a news agency",
    "organization": "an organisation",
    "document": "a document",
    "self": "the writer or outlet itself",
}


def _family_label(lexicon: Lexicon | None, family: str) -> str:
    if lexicon is not None:
        for fam in lexicon.families:
            if fam.id == family:
                return fam.label
    return family


def _pole_label(lexicon: Lexicon | None, family: str, pole: str) -> str:
    if lexicon is not None:
        for fam in lexicon.families:
            if fam.id == family:
                for p in fam.poles:
                    if p.id == pole:
                        return p.label
    return pole


# --- reading and checking ------------------------------------------------------------------------


def _text_field(raw: Mapping[str, Any], key: str, where: str, *, limit: int = 200) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise InputError(f"{where}: {key!r} must be a string")
    return value.strip()[:limit]


def correction_from_dict(raw: Any, *, text: str | None = None, where: str = "correction") -> Correction:
    """A correction from its JSON form; with the article's ``text``, the offsets must point at the words given."""
    if not isinstance(raw, dict):
        raise InputError(f"{where}: a correction must be an object")
    action, layer = raw.get("action"), raw.get("layer")
    if action not in ACTIONS:
        raise InputError(f"{where}: 'action' must be one of {list(ACTIONS)}")
    if layer not in LAYERS:
        raise InputError(f"{where}: 'layer' must be one of {list(LAYERS)}")
    start, end = raw.get("start"), raw.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise InputError(f"{where}: 'start' and 'end' must be offsets with start < end")
    words = raw.get("text", "")
    if not isinstance(words, str):
        raise InputError(f"{where}: 'text' must be a string")
    if text is not None:
        if end > len(text):
            raise InputError(f"{where}: the offsets lie outside the article's text")
        words = text[start:end]
    values = {key: _text_field(raw, key, where) for key in ("family", "pole", "actor", "kind")}
    note = _text_field(raw, "note", where, limit=MAX_NOTE_CHARS)
    article_id = _text_field(raw, "article_id", where)
    if action == "add" and layer == "terms" and not (values["family"] and values["pole"]):
        raise InputError(f"{where}: an added framing word needs a 'family' and a 'pole'")
    if action == "add" and layer == "labels" and not values["actor"]:
        raise InputError(f"{where}: an added label needs an 'actor'")
    if action == "add" and layer == "sources" and values["kind"] not in SOURCE_KINDS:
        raise InputError(f"{where}: an added source needs a 'kind', one of {list(SOURCE_KINDS)}")
    return Correction(article_id, action, layer, Span(start, end, words), note=note, **values)


# --- applying ------------------------------------------------------------------------------------


def _sentence_of(report: ArticleReport, pos: int) -> int:
    starts = [s.start for s in report.sentences]
    i = bisect_right(starts, pos) - 1
    return report.sentences[i].index if i >= 0 else 0


def _same(span: Span, other: Span) -> bool:
    return span.start == other.start and span.end == other.end


def _pole(lexicon: Lexicon, family: str, pole: str) -> tuple[float, str] | None:
    for fam in lexicon.families:
        if fam.id == family:
            for p in fam.poles:
                if p.id == pole:
                    return p.position, fam.id
    return None


def for_article(corrections: Iterable[Correction], article_id: str) -> tuple[Correction, ...]:
    return tuple(c for c in corrections if c.article_id == article_id)


def apply_corrections(report: ArticleReport, corrections: Sequence[Correction], lexicon: Lexicon) -> ArticleReport:
    """The report with this article's corrections applied and its numbers computed again.

    Corrections for other articles, and corrections whose span does not fit this article's text (or whose
    family and pole the lexicon does not know), are left out. With nothing to apply, the same report object
    is returned, so cached reports stay shared.
    """
    text = report.article.text
    mine = [c for c in corrections if c.article_id == report.article.id and 0 <= c.span.start < c.span.end <= len(text)]
    if not mine:
        return report
    terms = list(report.framing.terms)
    labels = list(report.framing.actor_labels)
    attributions = list(report.sourcing.attributions)
    for c in mine:
        span = Span.of(text, c.span.start, c.span.end)
        if c.action == "remove":
            if c.layer == "terms":
                terms = [t for t in terms if not _same(t.span, span)]
            elif c.layer == "labels":
                labels = [lab for lab in labels if not _same(lab.span, span)]
            else:
                attributions = [a for a in attributions if not _same(a.span, span)]
            continue
        sentence = _sentence_of(report, span.start)
        if c.layer == "terms":
            found = _pole(lexicon, c.family, c.pole)
            if found is None:
                continue
            terms.append(TermMatch(c.family, span.text, c.pole, found[0], span, sentence))
        elif c.layer == "labels":
            labels.append(ActorLabel(c.actor, span.text, c.pole, span, span, TEACHER, sentence))
        elif c.kind in SOURCE_KINDS:
            attributions.append(Attribution(c.kind, span.text, TEACHER, "neutral", False, span, None, None, sentence))
    terms.sort(key=lambda t: (t.span.start, t.span.end))
    labels.sort(key=lambda lab: (lab.span.start, lab.actor))
    attributions.sort(key=lambda a: (a.span.start, a.span.end))
    framing = replace(
        _framing(tuple(terms), tuple(labels), lexicon),
        loaded=report.framing.loaded,
        loaded_quoted=report.framing.loaded_quoted,
    )
    sourcing = _sourcing(tuple(attributions))
    transparency = _transparency(report, framing, sourcing, lexicon)
    return replace(report, framing=framing, sourcing=sourcing, transparency=transparency)


def _framing(terms: tuple[TermMatch, ...], labels: tuple[ActorLabel, ...], lexicon: Lexicon) -> FramingResult:
    from .stages.framing import summarize_families

    families = summarize_families(terms, lexicon)
    positions = [f.position for f in families if f.position is not None]
    overall = round(fmean(positions), ROUND) if positions else None
    return FramingResult(terms, labels, families, overall)


def _sourcing(attributions: tuple[Attribution, ...]):
    from .model import SourcingResult
    from .stages.sourcing import summarize

    counts, shares, distinct, distinct_counts = summarize(attributions)
    return SourcingResult(attributions, counts, shares, distinct, distinct_counts)


def _transparency(report: ArticleReport, framing: FramingResult, sourcing, lexicon: Lexicon):
    """The transparency signals read the sources: computed again from the corrected ones."""
    from .errors import SettingsError
    from .stages.boilerplate import with_boilerplate
    from .stages.transparency import analyze_transparency
    from .text.doc import Doc

    try:
        doc = Doc(with_boilerplate(report.article, lexicon))
        return analyze_transparency(doc, framing, report.sentiment, sourcing, lexicon)
    except SettingsError:
        return report.transparency


def corrected_reports(
    reports: Sequence[ArticleReport], corrections: Sequence[Correction], lexicon: Lexicon
) -> tuple[ArticleReport, ...]:
    return tuple(apply_corrections(r, corrections, lexicon) for r in reports)


def check_corrections(raw: Any, texts: Mapping[str, str], *, name: str = "corpus file") -> tuple[Correction, ...]:
    """The ``corrections`` of a corpus file, checked against its articles' texts (InputError saying where)."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise InputError(f"{name}: 'corrections' must be a list")
    if len(raw) > MAX_CORRECTIONS:
        raise InputError(f"{name}: {len(raw)} corrections; at most {MAX_CORRECTIONS} are read")
    out = []
    for i, item in enumerate(raw, start=1):
        where = f"{name}, correction {i}"
        article_id = item.get("article_id") if isinstance(item, dict) else None
        if article_id not in texts:
            raise InputError(f"{where}: 'article_id' names no article of this file")
        out.append(correction_from_dict(item, text=texts[article_id], where=where))
    return tuple(out)
