"""Rows for the dashboard's tables (plain dicts for st.dataframe, which shows text as text, never as HTML)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from analysis.model import ArticleReport

CLAIM_MARKS = {"reported": "✓ reports it", "absent": "— not there", "different": "≠ tells it differently"}
CLAIM_ORDER = ("different", "reported", "absent")  # most telling first: disagreements, then partial coverage


def overview_rows(reports: Sequence[ArticleReport]) -> list[dict[str, Any]]:
    """One row per article: who published it and its headline numbers."""
    return [
        {
            "Outlet": r.article.outlet or r.article.id,
            "Kind": r.article.outlet_kind,
            "Date": r.article.date,
            "Framing position": r.framing.position,
            "Framing words": len(r.framing.terms),
            "Polarity": r.sentiment.polarity,
            "Subjectivity": r.sentiment.subjectivity,
            "Named sources": r.sourcing.people.get("named", 0),
            "Anonymous sources": r.sourcing.people.get("anonymous", 0),
            "Transparency": r.transparency.score,
            "Title": r.article.title,
        }
        for r in reports
    ]


def article_rows(reports: Sequence[ArticleReport]) -> list[dict[str, Any]]:
    """One row per loaded article, for the Articles view."""
    return [
        {
            "Outlet": r.article.outlet,
            "Title": r.article.title,
            "Kind": r.article.outlet_kind,
            "Date": r.article.date,
            "Words": len(r.article.text.split()),
            "Sentences": len(r.sentences),
            "From": r.article.origin,
        }
        for r in reports
    ]


def claim_rows(claims: Sequence[Any], labels: Mapping[str, str]) -> list[dict[str, str]]:
    """A claims × articles matrix: each cell says (with a symbol, not only a colour) how the article has it."""
    rows = []
    for claim in claims:
        row = {"Fact": claim.summary}
        for article_id, label in labels.items():
            row[label] = CLAIM_MARKS.get(claim.articles.get(article_id, ""), "")
        rows.append(row)
    return rows


def telling_claims(claims: Sequence[Any], *, limit: int) -> list[Any]:
    """The claims worth discussing first: disagreements, then those only some articles report."""

    def rank(claim: Any) -> tuple[int, int]:
        statuses = list(claim.articles.values())
        return (-statuses.count("different"), -min(statuses.count("reported"), statuses.count("absent")))

    return sorted(claims, key=rank)[:limit]


def distinctive_rows(terms: Sequence[Any]) -> list[dict[str, Any]]:
    """The words an article uses far more than the others: the word, how often, and how unusual (z)."""
    return [{"Word": t.term, "Times used": t.count, "How unusual": round(t.z, 2)} for t in terms]


def name_ids(text: str, labels: Mapping[str, str]) -> str:
    """Article ids in a message replaced by the articles' short names."""
    for article_id in sorted(labels, key=len, reverse=True):
        text = text.replace(article_id, labels[article_id])
    return text
