"""What differs between articles: distinctive words, similarity, and the facts each reports or leaves out.

``compare_articles(articles) -> Comparison`` is the one entry point (the Compare view and
``python -m analysis compare`` both call it); settings come from data/compare.toml.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from ..errors import InputError
from ..lexicon.fit import lexicon_for
from ..lexicon.load import Lexicon
from ..model import Article, Span
from ..resources import COMPARE_FILE
from ..stages.boilerplate import with_boilerplate
from .claims import Claim, ClaimEvidence, ClaimSettings, find_claims
from .distinctive import (
    DistinctiveSettings,
    DistinctiveTerm,
    TermAnalyzer,
    count_terms,
    distinctive_scores,
    group_counts,
    outlet_groups,
)
from .families import SuggestedFamily, suggest_families
from .similarity import SimilaritySettings, article_similarity

COMPARE_SETTINGS_FILE = COMPARE_FILE

__all__ = [
    "Claim",
    "ClaimEvidence",
    "CompareSettings",
    "Comparison",
    "DistinctiveTerm",
    "compare_articles",
    "load_compare_settings",
]


@dataclass(frozen=True)
class CompareSettings:
    """Everything data/compare.toml sets, one part per concern."""

    distinctive: DistinctiveSettings
    similarity: SimilaritySettings
    claims: ClaimSettings

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CompareSettings:
        distinctive = DistinctiveSettings.from_dict(data["distinctive"])
        return cls(
            distinctive=distinctive,
            similarity=SimilaritySettings.from_dict(data["similarity"]),
            claims=ClaimSettings.from_dict(data["claims"], stop_words=sorted(distinctive.stop_words)),
        )


@cache
def load_compare_settings(path: Path = COMPARE_SETTINGS_FILE) -> CompareSettings:
    """The settings in data/compare.toml (or another file of the same shape)."""
    try:
        return CompareSettings.from_dict(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{path.name}: cannot read the compare settings ({type(exc).__name__}: {exc})") from None


@dataclass(frozen=True)
class Comparison:
    """A set of articles side by side. Dicts are keyed by article id (outlet name for ``distinctive_outlets``).

    ``similarity`` is the full cosine matrix in ``ids`` order, or None above the bound in data/compare.toml;
    ``neighbours`` and ``near_duplicates`` are there at every size. ``distinctive`` lists the terms each article
    uses far more than the rest (highest z first), ``distinctive_less`` those it uses far less (lowest first).
    """

    ids: tuple[str, ...]
    similarity: tuple[tuple[float, ...], ...] | None
    neighbours: dict[str, tuple[tuple[str, float], ...]]
    near_duplicates: tuple[tuple[str, str, float], ...]
    map_2d: dict[str, tuple[float, float]]
    distinctive: dict[str, tuple[DistinctiveTerm, ...]]
    claims: tuple[Claim, ...]
    distinctive_less: dict[str, tuple[DistinctiveTerm, ...]] = field(default_factory=dict)
    distinctive_outlets: dict[str, tuple[DistinctiveTerm, ...]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    # Candidate term families found across the set (compare.families): suggestions to accept into a lexicon.
    suggested_families: tuple[SuggestedFamily, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON of ``python -m analysis compare``."""
        terms = lambda by_key: {k: [t.to_dict() for t in v] for k, v in by_key.items()}  # noqa: E731
        return {
            "ids": list(self.ids),
            "similarity": {
                "ids": list(self.ids),
                "matrix": None if self.similarity is None else [list(row) for row in self.similarity],
                "neighbours": {
                    i: [{"id": j, "score": score} for j, score in pairs] for i, pairs in self.neighbours.items()
                },
                "near_duplicates": [{"a": a, "b": b, "score": score} for a, b, score in self.near_duplicates],
                "map_2d": {i: list(xy) for i, xy in self.map_2d.items()},
            },
            "distinctive": terms(self.distinctive),
            "distinctive_less": terms(self.distinctive_less),
            "distinctive_outlets": terms(self.distinctive_outlets),
            "claims": [c.to_dict() for c in self.claims],
            "notes": list(self.notes),
            "suggested_families": [f.to_dict() for f in self.suggested_families],
        }


def body_text(article: Article) -> str:
    """The text with boilerplate blanked out (same length, so offsets still point into the article)."""
    text = article.text
    for span in sorted(article.boilerplate, key=lambda s: s.start):
        text = text[: span.start] + "\n" * (span.end - span.start) + text[span.end :]
    return text


def _check(articles: Sequence[Article], top: int) -> None:
    if len(articles) < 2:
        raise InputError(f"Compare needs at least 2 articles; got {len(articles)}")
    if top < 1:
        raise InputError(f"top must be at least 1; got {top}")
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            raise InputError(f"two articles share the id {article.id!r}; ids must be unique to compare")
        seen.add(article.id)


def _spans(
    bodies: Sequence[tuple[str, str]], wanted: Sequence[str], analyzer: TermAnalyzer, max_spans: int
) -> dict[str, list[tuple[str, Span]]]:
    """(article id, span) of each wanted term in ``bodies`` ((id, text) pairs), at most ``max_spans`` each."""
    found: dict[str, list[tuple[str, Span]]] = {t: [] for t in wanted}
    for article_id, text in bodies:
        missing = [t for t in found if len(found[t]) < max_spans]
        if not missing:
            break
        for term, span in analyzer.occurrences(text, missing):
            if len(found[term]) < max_spans:
                found[term].append((article_id, span))
    return found


def _terms(
    picked: Sequence[tuple[int, float]],
    vocabulary: np.ndarray,
    counts: sparse.csr_matrix,
    row: int,
    found: Mapping[str, list[tuple[str, Span]]],
    *,
    several: bool = False,
) -> tuple[DistinctiveTerm, ...]:
    out = []
    for col, z in picked:
        term = str(vocabulary[col])
        spans = found.get(term, [])
        out.append(
            DistinctiveTerm(
                term=term,
                z=z,
                count=int(counts[row, col]),
                spans=tuple(span for _, span in spans),
                span_ids=tuple(i for i, _ in spans) if several else (),
            )
        )
    return tuple(out)


def compare_articles(
    articles: Sequence[Article],
    *,
    lexicon: Lexicon | None = None,
    top: int = 15,
    claims: bool = True,
    settings: CompareSettings | None = None,
    families: bool = True,
) -> Comparison:
    """Distinctive words, similarity and (for small sets) claims across ``articles``; ids must be unique."""
    _check(articles, top)
    settings = settings or load_compare_settings()
    lexicon = lexicon or lexicon_for(articles)
    articles = [with_boilerplate(a, lexicon) for a in articles]
    ids = tuple(a.id for a in articles)
    bodies = [body_text(a) for a in articles]
    words = settings.distinctive
    counts, vocabulary = count_terms(bodies, stop_words=words.stop_words)
    counts = counts.tocsr()
    analyzer = TermAnalyzer(words.stop_words)
    notes: list[str] = []

    distinctive: dict[str, tuple[DistinctiveTerm, ...]] = {i: () for i in ids}
    less: dict[str, tuple[DistinctiveTerm, ...]] = {i: () for i in ids}
    outlets: dict[str, tuple[DistinctiveTerm, ...]] = {}
    if counts.shape[1]:
        scores = distinctive_scores(counts, top=top, settings=words)
        for row, article_id in enumerate(ids):
            wanted = [str(vocabulary[col]) for col, _ in (*scores.more[row], *scores.less[row])]
            found = _spans([(article_id, bodies[row])], wanted, analyzer, words.max_spans)
            distinctive[article_id] = _terms(scores.more[row], vocabulary, counts, row, found)
            less[article_id] = _terms(scores.less[row], vocabulary, counts, row, found)
        groups = outlet_groups([a.outlet for a in articles])
        if groups:
            summed = group_counts(counts, list(groups.values()))
            totals = np.asarray(counts.sum(axis=0)).ravel()
            outlet_scores = distinctive_scores(summed, top=top, settings=words, term_totals=totals)
            for g, (name, rows) in enumerate(groups.items()):
                wanted = [str(vocabulary[col]) for col, _ in outlet_scores.more[g]]
                found = _spans([(ids[r], bodies[r]) for r in rows], wanted, analyzer, words.max_spans)
                outlets[name] = _terms(outlet_scores.more[g], vocabulary, summed, g, found, several=True)
    else:
        notes.append("No words to compare: every article is empty or made only of function words and numbers.")

    similar = article_similarity(counts, settings=settings.similarity)
    matrix = None
    if similar.matrix is not None:
        matrix = tuple(map(tuple, np.round(similar.matrix, 4).tolist()))
    else:
        notes.append(
            f"{len(ids):,} articles: the full similarity matrix is shown up to "
            f"{settings.similarity.dense_max_articles:,}; each article's nearest neighbours are listed instead."
        )
    if similar.near_duplicates_found > len(similar.near_duplicates):
        notes.append(
            f"{similar.near_duplicates_found:,} near-duplicate pairs found; the {len(similar.near_duplicates):,} "
            "most similar are listed."
        )

    found_claims: tuple[Claim, ...] = ()
    if claims:
        found_claims, claim_notes = find_claims(articles, lexicon=lexicon, settings=settings.claims)
        notes.extend(claim_notes)

    return Comparison(
        ids=ids,
        similarity=matrix,
        neighbours={
            ids[i]: tuple((ids[j], round(s, 4)) for j, s in pairs) for i, pairs in enumerate(similar.neighbours)
        },
        near_duplicates=tuple((ids[i], ids[j], round(s, 4)) for i, j, s in similar.near_duplicates),
        map_2d={ids[i]: (round(float(x), 4), round(float(y), 4)) for i, (x, y) in enumerate(similar.map_2d)},
        distinctive=distinctive,
        claims=found_claims,
        distinctive_less=less,
        distinctive_outlets=outlets,
        notes=tuple(notes),
        suggested_families=suggest_families(articles, lexicon) if families else (),
    )
