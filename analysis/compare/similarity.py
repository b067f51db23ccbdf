"""How alike articles are: TF-IDF cosine, nearest neighbours, near-duplicates and a 2-D map of the set.

The full matrix is built only up to a bound (data/compare.toml); above it each article keeps its nearest
neighbours, found a block of rows at a time, so memory stays proportional to rows × articles.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse
from scipy.linalg import eigh
from sklearn.decomposition import PCA
from sklearn.feature_extraction.text import TfidfTransformer


@dataclass(frozen=True)
class SimilaritySettings:
    """Options from data/compare.toml [similarity]."""

    dense_max_articles: int
    neighbours: int
    near_duplicate: float
    max_near_duplicates: int
    chunk_rows: int
    exact_map_max_articles: int
    dense_columns: int

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SimilaritySettings:
        return cls(
            dense_max_articles=int(data["dense_max_articles"]),
            neighbours=int(data["neighbours"]),
            near_duplicate=float(data["near_duplicate"]),
            max_near_duplicates=int(data["max_near_duplicates"]),
            chunk_rows=int(data["chunk_rows"]),
            exact_map_max_articles=int(data["exact_map_max_articles"]),
            dense_columns=int(data["dense_columns"]),
        )


@dataclass(frozen=True)
class SimilarityResult:
    """Row numbers, not ids: ``neighbours[i]`` is ((j, cosine), ...) best first; pairs have i < j."""

    matrix: np.ndarray | None
    neighbours: tuple[tuple[tuple[int, float], ...], ...]
    near_duplicates: tuple[tuple[int, int, float], ...]
    near_duplicates_found: int
    map_2d: np.ndarray


def tfidf_rows(counts: sparse.spmatrix) -> sparse.csr_matrix:
    """TF-IDF with sublinear term frequency and l2-normalised rows (a row of zeros stays zeros)."""
    if counts.shape[1] == 0:
        return sparse.csr_matrix(counts.shape, dtype=np.float64)
    transformer = TfidfTransformer(sublinear_tf=True, norm="l2", smooth_idf=True)
    return transformer.fit_transform(sparse.csr_matrix(counts, dtype=np.float64)).tocsr()


def _top_k(row: np.ndarray, k: int, self_index: int) -> tuple[tuple[int, float], ...]:
    row = row.copy()
    row[self_index] = -np.inf
    k = min(k, row.size - 1)
    if k <= 0:
        return ()
    cand = np.argpartition(-row, k - 1)[:k]
    cand = sorted(cand, key=lambda j: (-row[j], j))
    return tuple((int(j), float(row[j])) for j in cand)


class CosineBlocks:
    """Rows of the cosine matrix a block at a time, exactly: the most widespread terms as a dense product
    (BLAS), the rest as a sparse one (cheap, since rare terms pair few articles)."""

    def __init__(self, tfidf: sparse.csr_matrix, *, dense_columns: int) -> None:
        spread = np.asarray(tfidf.getnnz(axis=0))
        order = np.argsort(-spread, kind="stable")
        common, rare = order[:dense_columns], order[dense_columns:]
        self.dense = tfidf[:, common].toarray().astype(np.float32)  # sgemm: half the time; 1e-7 is plenty
        self.sparse = tfidf[:, rare].tocsr() if rare.size else None
        self.sparse_t = self.sparse.T.tocsr() if self.sparse is not None else None

    def rows(self, lo: int, hi: int) -> np.ndarray:
        block = (self.dense[lo:hi] @ self.dense.T).astype(np.float64)
        if self.sparse is not None:
            block += (self.sparse[lo:hi] @ self.sparse_t).toarray()
        return np.clip(block, 0.0, 1.0)


def article_similarity(counts: sparse.spmatrix, *, settings: SimilaritySettings) -> SimilarityResult:
    """Cosine of TF-IDF rows: the dense matrix up to the bound, neighbours and near-duplicates always."""
    n = counts.shape[0]
    if n < 2:
        raise ValueError(f"similarity needs at least 2 articles; got {n}")
    tfidf = tfidf_rows(counts)
    blocks = CosineBlocks(tfidf, dense_columns=settings.dense_columns)
    dense = n <= settings.dense_max_articles
    matrix = blocks.rows(0, n) if dense else None
    if matrix is not None:
        has_words = np.asarray(tfidf.getnnz(axis=1)) > 0
        np.fill_diagonal(matrix, has_words.astype(float))

    neighbours: list[tuple[tuple[int, float], ...]] = []
    pairs: list[tuple[int, int, float]] = []
    step = n if dense else max(1, settings.chunk_rows)
    for lo in range(0, n, step):
        hi = min(n, lo + step)
        block = matrix[lo:hi] if matrix is not None else blocks.rows(lo, hi)
        for offset, row in enumerate(block):
            i = lo + offset
            neighbours.append(_top_k(row, settings.neighbours, i))
            above = np.flatnonzero(row[i + 1 :] >= settings.near_duplicate) + i + 1
            pairs.extend((i, int(j), float(row[j])) for j in above)
    pairs.sort(key=lambda p: (-p[2], p[0], p[1]))
    return SimilarityResult(
        matrix=matrix,
        neighbours=tuple(neighbours),
        near_duplicates=tuple(pairs[: settings.max_near_duplicates]),
        near_duplicates_found=len(pairs),
        map_2d=map_2d(tfidf, gram=matrix if n <= settings.exact_map_max_articles else None),
    )


def map_2d(tfidf: sparse.csr_matrix, *, gram: np.ndarray | None = None) -> np.ndarray:
    """Principal components of the TF-IDF rows (n × 2): from the Gram matrix (exact) if given, else by ARPACK.

    Both ways give the same map (classical scaling of a Gram matrix is PCA); signs are fixed so that each
    axis's largest coordinate is positive, and a set with one direction of difference gets y = 0.
    """
    n = tfidf.shape[0]
    coords = np.zeros((n, 2))
    if gram is not None:
        centred = gram - gram.mean(axis=0) - gram.mean(axis=1)[:, None] + gram.mean()
        values, vectors = eigh(centred, subset_by_index=[max(0, n - 2), n - 1])
        order = np.argsort(-values)
        values, vectors = values[order], vectors[:, order]
        found = vectors * np.sqrt(np.clip(values, 0.0, None))
        coords[:, : found.shape[1]] = found
    elif min(tfidf.shape) > 2:  # iterative (ARPACK), centring the sparse rows implicitly
        pca = PCA(n_components=2, svd_solver="arpack", random_state=0)
        coords = pca.fit_transform(tfidf)
    for axis in range(2):
        column = coords[:, axis]
        if column.size and column[np.argmax(np.abs(column))] < 0:
            coords[:, axis] = -column
    coords[np.abs(coords) < 1e-12] = 0.0
    return coords
