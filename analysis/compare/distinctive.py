"""Words and two-word phrases that set an article apart: weighted log-odds with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", section 3.5: each article (or outlet) against all the
others, with the whole set as the prior; z-scores of the log-odds ratio over CountVectorizer counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from ..model import Span

# Tokens on lower-cased text: a word starts with a letter (inner hyphens and apostrophes keep it whole:
# "al-assad", "don't", "ilyushin-76") and is group 1, its possessive "'s" left outside; any other non-space
# character, and a line break, is a token with an empty group 1 that ends a phrase.
_SPACES_RE = re.compile(r"[^\S\n]*")
TOKEN_RE = re.compile(r"(?<!\w)(?<!\w[-'])([^\W\d_](?:\w|[-'](?=\w)(?!s\b))*)(?:'s\b)?|\w+|\S|\n")


@dataclass(frozen=True)
class DistinctiveSettings:
    """Options from data/compare.toml [distinctive]."""

    prior_scale: float
    min_z: float
    max_spans: int
    less_candidates: int
    stop_words: frozenset[str]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DistinctiveSettings:
        return cls(
            prior_scale=float(data["prior_scale"]),
            min_z=float(data["min_z"]),
            max_spans=int(data["max_spans"]),
            less_candidates=int(data["less_candidates"]),
            stop_words=frozenset(w.lower() for w in data.get("stop_words", ())),
        )


@dataclass(frozen=True)
class DistinctiveTerm:
    """A term an article (or outlet) uses far more (z > 0) or far less (z < 0) than the rest of the set.

    ``spans`` are its occurrences (at most ``max_spans``); ``span_ids`` names each span's article when the
    entry covers several articles (an outlet), and is empty when it covers one.
    """

    term: str
    z: float
    count: int
    spans: tuple[Span, ...]
    span_ids: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "term": self.term,
            "z": round(self.z, 3),
            "count": self.count,
            "spans": [s.to_dict() for s in self.spans],
        }
        if self.span_ids:
            out["span_ids"] = list(self.span_ids)
        return out


def _lower(text: str) -> str:
    """Lower case with curly apostrophes made straight, keeping every offset (one character for one)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.replace("’", "'")


class TermAnalyzer:
    """Words and adjacent two-word phrases of a text, for ``CountVectorizer(analyzer=...)``.

    Words are lower-cased and lose a possessive "'s"; function words, numbers, punctuation and line
    breaks are left out and end a phrase, so every phrase stands in the text as written.
    """

    def __init__(self, stop_words: Iterable[str]) -> None:
        self.stop_words = frozenset(stop_words)

    def __call__(self, text: str) -> list[str]:
        stop = self.stop_words
        words = [w if len(w) > 1 and w not in stop else "" for w in TOKEN_RE.findall(_lower(text))]
        terms = [w for w in words if w]
        terms += [f"{a} {b}" for a, b in pairwise(words) if a and b]
        return terms

    def occurrences(self, text: str, wanted: Iterable[str]) -> Iterator[tuple[str, Span]]:
        """Where each wanted term occurs in ``text``: exactly the occurrences ``__call__`` counts.

        Each term's first word is looked up with ``str.find`` and kept where a token of the analyser
        starts there (its look-behinds see the text before), so a 600-word article is not re-tokenised.
        """
        lowered = _lower(text)
        for term in dict.fromkeys(wanted):
            first, _, second = term.partition(" ")
            at = lowered.find(first)
            while at != -1:
                match = TOKEN_RE.match(lowered, at)
                if match is not None and match.group(1) == first:
                    if not second:
                        yield term, Span.of(text, at, match.end(1))
                    else:
                        following = TOKEN_RE.match(lowered, _SPACES_RE.match(lowered, match.end()).end())
                        if following is not None and following.group(1) == second:
                            yield term, Span.of(text, at, following.end(1))
                at = lowered.find(first, at + 1)


def count_terms(texts: Sequence[str], *, stop_words: Iterable[str]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Counts of words and two-word phrases (articles × terms) and the terms, in column order."""
    vectorizer = CountVectorizer(analyzer=TermAnalyzer(stop_words), min_df=1, dtype=np.int32)
    try:
        counts = vectorizer.fit_transform(texts)
    except ValueError:  # "empty vocabulary": no article has a word left to count
        return sparse.csr_matrix((len(texts), 0), dtype=np.int32), np.array([], dtype=object)
    return counts.tocsr(), vectorizer.get_feature_names_out()


def log_odds_z(
    group_counts: np.ndarray,
    group_totals: np.ndarray | float,
    term_totals: np.ndarray,
    *,
    n_total: float,
    prior_scale: float,
) -> np.ndarray:
    """z-scores of weighted log-odds, a group against the rest of the set (Monroe et al. 2008, eq. 16-22).

    Arguments broadcast: y_gw, n_g, the set's count of each term and its size; the rest is set minus group
    and the prior is alpha_w = prior_scale × (set's count of w), alpha_0 = prior_scale × n_total.
    """
    alpha = prior_scale * term_totals
    alpha0 = prior_scale * n_total
    mine = group_counts + alpha
    rest = (term_totals - group_counts) + alpha
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log(mine / (group_totals + alpha0 - mine)) - np.log(rest / (n_total - group_totals + alpha0 - rest))
        z = delta / np.sqrt(1.0 / mine + 1.0 / rest)
    return np.where(np.isfinite(z), z, 0.0)


@dataclass(frozen=True)
class DistinctiveScores:
    """Highest-z and lowest-z terms per group (row): column indices and z-scores, best first."""

    more: tuple[tuple[tuple[int, float], ...], ...]
    less: tuple[tuple[tuple[int, float], ...], ...]


def distinctive_scores(
    counts: sparse.csr_matrix, *, top: int, settings: DistinctiveSettings, term_totals: np.ndarray | None = None
) -> DistinctiveScores:
    """For each row of ``counts`` (an article or outlet), the terms it uses far more and far less than the rest.

    ``term_totals`` defaults to the column sums of ``counts``; pass the set's totals when rows are a subset.
    """
    if top < 1:
        raise ValueError(f"top must be at least 1; got {top}")
    counts = sparse.csr_matrix(counts, dtype=np.float64)
    totals = np.asarray(counts.sum(axis=0)).ravel() if term_totals is None else np.asarray(term_totals, float)
    row_totals = np.asarray(counts.sum(axis=1)).ravel()
    rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))
    n_total = float(totals.sum())
    z_used = log_odds_z(
        counts.data, row_totals[rows], totals[counts.indices], n_total=n_total, prior_scale=settings.prior_scale
    )

    # "Far less": a term is only far below the rest if the rest use it often, so look among the most frequent.
    n_candidates = min(settings.less_candidates, totals.size)
    frequent = np.argsort(-totals, kind="stable")[:n_candidates]
    frequent_counts = counts[:, frequent].toarray() if n_candidates else np.zeros((counts.shape[0], 0))
    z_frequent = log_odds_z(
        frequent_counts,
        row_totals[:, None],
        totals[frequent][None, :],
        n_total=n_total,
        prior_scale=settings.prior_scale,
    )

    more, less = [], []
    for r in range(counts.shape[0]):
        lo, hi = counts.indptr[r], counts.indptr[r + 1]
        more.append(_best(counts.indices[lo:hi], z_used[lo:hi], top, settings.min_z))
        low = _best(frequent, -z_frequent[r], top, settings.min_z)
        less.append(tuple((col, -z) for col, z in low))
    return DistinctiveScores(tuple(more), tuple(less))


def _best(columns: np.ndarray, z: np.ndarray, top: int, min_z: float) -> tuple[tuple[int, float], ...]:
    """The ``top`` highest z at or above ``min_z``; ties in column (alphabetical) order."""
    keep = np.flatnonzero(z >= min_z)
    if keep.size > top:
        keep = keep[np.argpartition(-z[keep], top - 1)[:top]]
    order = sorted(keep, key=lambda i: (-z[i], columns[i]))
    return tuple((int(columns[i]), float(z[i])) for i in order)


def outlet_groups(outlets: Sequence[str]) -> dict[str, list[int]]:
    """Outlets with at least two articles (and not the whole set): their row numbers."""
    groups: dict[str, list[int]] = {}
    for row, outlet in enumerate(outlets):
        if outlet.strip():
            groups.setdefault(outlet.strip(), []).append(row)
    return {name: rows for name, rows in groups.items() if 2 <= len(rows) < len(outlets)}


def group_counts(counts: sparse.csr_matrix, groups: Sequence[Sequence[int]]) -> sparse.csr_matrix:
    """Summed counts of each group of rows."""
    indicator = sparse.lil_matrix((len(groups), counts.shape[0]), dtype=counts.dtype)
    for g, rows in enumerate(groups):
        indicator[g, list(rows)] = 1
    return (indicator.tocsr() @ counts).tocsr()
