"""The articles' names in pickers, tables and charts, and the comparison a session opens with (pure)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from analysis.model import ArticleReport

LABEL_CHARS = 26
LONG_LABEL_CHARS = 44  # where a name may wrap (the words-at-a-glance grid and its sentences)
TRANSPARENCY_WEIGHT = 1 / 100  # a 100-point transparency gap counts like one unit of framing position


def article_labels(reports: Sequence[ArticleReport], *, limit: int = LABEL_CHARS) -> list[str]:
    """A short, unique, plain-text name per article: outlet, else title, else id (linear in the articles)."""
    labels: list[str] = []
    taken: set[str] = set()
    next_n: dict[str, int] = {}  # a name is never freed, so the search for "base (n)" resumes where it stopped
    for r in reports:
        a = r.article
        base = (a.outlet or a.title or a.id).strip() or a.id
        base = base if len(base) <= limit else base[: limit - 1].rstrip() + "…"
        label, n = base, next_n.get(base, 2)
        while label in taken:
            label, n = f"{base} ({n})", n + 1
        next_n[base] = n
        taken.add(label)
        labels.append(label)
    return labels


def difference(a: ArticleReport, b: ArticleReport) -> float:
    """How far apart two articles stand: framing-position gap plus a scaled transparency gap."""
    pa, pb = a.framing.position or 0.0, b.framing.position or 0.0
    return abs(pa - pb) + TRANSPARENCY_WEIGHT * abs(a.transparency.score - b.transparency.score)


def most_different_pair(reports: Sequence[ArticleReport]) -> tuple[str, ...]:
    """The ids of the two articles that differ most (ties: the earliest pair); fewer if fewer are loaded.

    Every pair is compared, one row of pairs at a time in numpy (1,000 articles: half a million pairs in
    milliseconds); the arithmetic is ``difference``'s, in the same order, so the same pair wins.
    """
    if len(reports) < 2:
        return tuple(r.article.id for r in reports)
    positions = np.array([r.framing.position or 0.0 for r in reports], dtype=np.float64)
    scores = np.array([r.transparency.score for r in reports], dtype=np.float64)
    best, best_pair = -np.inf, (0, 1)
    for i in range(len(reports) - 1):
        row = np.abs(positions[i] - positions[i + 1 :]) + TRANSPARENCY_WEIGHT * np.abs(scores[i] - scores[i + 1 :])
        j = int(np.argmax(row))  # the first of equals, as in combinations order
        if row[j] > best:
            best, best_pair = float(row[j]), (i, i + 1 + j)
    return (reports[best_pair[0]].article.id, reports[best_pair[1]].article.id)
