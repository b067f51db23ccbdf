"""Deterministic test corpora: the case study's body sentences reshuffled into N articles of ~600 words.

Article ``i`` depends only on ``(seed, i)``, so a corpus of 100 is the first 100 of a corpus of 10,000.
Used by the benchmarks and tests; ``python benchmarks/synthetic.py N -o corpus.parquet`` writes one.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from analysis.errors import InputError
from analysis.io.case_study import load_case_study
from analysis.lexicon import load_lexicon
from analysis.model import Article
from analysis.stages.boilerplate import with_boilerplate
from analysis.text.sentences import split_sentences

DEFAULT_SEED = 2024
DEFAULT_WORDS = 600
COLUMNS = ("id", "title", "outlet", "date", "text")


@dataclass(frozen=True, slots=True)
class Source:
    """One body sentence of the case study and where it came from."""

    text: str
    words: int
    outlet: str
    date: str


@cache
def body_sentences() -> tuple[Source, ...]:
    """Every scored sentence of the five case-study articles (marked and pattern boilerplate left out)."""
    lexicon = load_lexicon()
    out = []
    for article in load_case_study():
        article = with_boilerplate(article, lexicon)
        for s in split_sentences(article.text, article.boilerplate):
            if not s.boilerplate:
                out.append(Source(s.text, len(s.text.split()), article.outlet, article.date))
    return tuple(out)


def synthetic_record(i: int, *, seed: int = DEFAULT_SEED, words: int = DEFAULT_WORDS) -> dict[str, str]:
    """Article ``i`` as a flat row: sentences drawn until ``words`` is reached, in paragraphs of 2–4."""
    pool = body_sentences()
    rng = random.Random(f"framelens:{seed}:{i}")
    picked: list[Source] = []
    total = 0
    while total < words:
        source = rng.choice(pool)
        picked.append(source)
        total += source.words
    paragraphs = []
    at = 0
    while at < len(picked):
        size = rng.randint(2, 4)
        paragraphs.append(" ".join(s.text for s in picked[at : at + size]))
        at += size
    lead = picked[0]
    return {
        "id": f"syn-{i:06d}",
        "title": f"Synthetic article {i}",
        "outlet": lead.outlet,
        "date": lead.date,
        "text": "\n\n".join(paragraphs),
    }


def synthetic_records(n: int, *, seed: int = DEFAULT_SEED, words: int = DEFAULT_WORDS) -> Iterator[dict[str, str]]:
    """The first ``n`` synthetic articles as rows (streamed, so 50,000 cost no memory)."""
    for i in range(n):
        yield synthetic_record(i, seed=seed, words=words)


def synthetic_articles(
    n: int, *, start: int = 0, seed: int = DEFAULT_SEED, words: int = DEFAULT_WORDS
) -> list[Article]:
    """Synthetic articles ``start`` to ``start + n - 1`` as ``Article`` objects (the same article for the
    same number, so a large corpus can be made block by block)."""
    records = (synthetic_record(i, seed=seed, words=words) for i in range(start, start + n))
    return [
        Article(id=r["id"], text=r["text"], title=r["title"], outlet=r["outlet"], date=r["date"], origin="synthetic")
        for r in records
    ]


def write_corpus(
    path: Path, n: int, *, seed: int = DEFAULT_SEED, words: int = DEFAULT_WORDS, chunk: int = 2000
) -> Path:
    """Write ``n`` synthetic articles to a .csv, .jsonl or .parquet file, ``chunk`` rows at a time."""
    path = Path(path)
    suffix = path.suffix.lower()
    records = synthetic_records(n, seed=seed, words=words)
    if suffix == ".csv":
        import csv

        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(records)
    elif suffix in (".jsonl", ".ndjson"):
        import json

        with path.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif suffix in (".parquet", ".pq"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(c, pa.string()) for c in COLUMNS])
        with pq.ParquetWriter(path, schema) as writer:
            for block in _blocks(records, chunk):
                writer.write_table(pa.Table.from_pylist(block, schema=schema))
    else:
        raise InputError(f"{path}: write .csv, .jsonl or .parquet")
    return path


def _blocks(records: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    block: list[dict[str, Any]] = []
    for r in records:
        block.append(r)
        if len(block) == size:
            yield block
            block = []
    if block:
        yield block


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.synthetic", description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("-o", "--output", required=True, help="a .csv, .jsonl or .parquet file")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--words", type=int, default=DEFAULT_WORDS, help="words per article (about)")
    args = parser.parse_args(argv)
    try:
        if args.n < 0 or args.words < 1:
            raise InputError("n must be 0 or more and --words at least 1")
        write_corpus(Path(args.output), args.n, seed=args.seed, words=args.words)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
