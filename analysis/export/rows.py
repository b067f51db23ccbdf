"""Flat rows for CSV and tables: one row per article, one row per evidence span."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..model import SOURCE_KINDS, ArticleReport

ARTICLE_COLUMNS = (
    "id",
    "title",
    "outlet",
    "outlet_kind",
    "author",
    "date",
    "url",
    "language",
    "framing_position",
    "polarity",
    "subjectivity",
    "attributions",
    *(f"sources_{k}" for k in SOURCE_KINDS),
    "distinct_sources",
    *(f"distinct_{k}" for k in SOURCE_KINDS),
    "named_share",
    "transparency",
    "warnings",
)
SPAN_COLUMNS = ("id", "layer", "category", "value", "detail", "start", "end", "text")


def article_row(report: ArticleReport) -> dict[str, Any]:
    """The headline figures of one article, as one flat row."""
    a = report.article
    counts = report.sourcing.counts
    return {
        **{k: v for k, v in a.metadata().items() if k != "notes"},
        "framing_position": report.framing.position,
        "polarity": report.sentiment.polarity,
        "subjectivity": report.sentiment.subjectivity,
        "attributions": len(report.sourcing.attributions),
        **{f"sources_{k}": counts.get(k, 0) for k in SOURCE_KINDS},
        "distinct_sources": len(report.sourcing.distinct_sources),
        **{f"distinct_{k}": report.sourcing.distinct_counts.get(k, 0) for k in SOURCE_KINDS},
        "named_share": report.sourcing.shares.get("named", 0.0),
        "transparency": report.transparency.score,
        "warnings": " | ".join(report.warnings),
    }


def span_rows(report: ArticleReport) -> Iterator[dict[str, Any]]:
    """Every piece of evidence: framing terms, actor labels, attributions, sentiment words, signals."""
    aid = report.article.id
    for t in report.framing.terms:
        yield {
            "id": aid,
            "layer": "framing",
            "category": t.family,
            "value": t.term,
            "detail": t.pole,
            "start": t.span.start,
            "end": t.span.end,
            "text": t.span.text,
        }
    for lab in report.framing.actor_labels:
        yield {
            "id": aid,
            "layer": "actor_label",
            "category": lab.actor,
            "value": lab.label,
            "detail": lab.pattern,
            "start": lab.span.start,
            "end": lab.span.end,
            "text": lab.span.text,
        }
    for at in report.sourcing.attributions:
        yield {
            "id": aid,
            "layer": "source",
            "category": at.kind,
            "value": at.source,
            "detail": f"{at.cue} ({at.cue_type}){' quote' if at.direct_quote else ''}",
            "start": at.span.start,
            "end": at.span.end,
            "text": at.span.text,
        }
    for s in report.sentiment.sentences:
        for asmt in s.assessments:
            if asmt.span is not None:
                yield {
                    "id": aid,
                    "layer": "sentiment",
                    "category": "assessment",
                    "value": asmt.polarity,
                    "detail": f"subjectivity {asmt.subjectivity}",
                    "start": asmt.span.start,
                    "end": asmt.span.end,
                    "text": asmt.span.text,
                }
    for sig in report.transparency.signals:
        for ev in sig.evidence:
            yield {
                "id": aid,
                "layer": "transparency",
                "category": sig.name,
                "value": sig.value,
                "detail": sig.label,
                "start": ev.start,
                "end": ev.end,
                "text": ev.text,
            }


def all_span_rows(reports: Iterable[ArticleReport]) -> Iterator[dict[str, Any]]:
    for report in reports:
        yield from span_rows(report)
