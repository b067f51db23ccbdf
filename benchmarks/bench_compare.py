"""Benchmark: distinctive words and similarity (claims off) for 1,000 and 10,000 synthetic 600-word articles.

Each size runs in its own process (so its peak memory is its own), timing ``compare_articles(...,
claims=False)`` and, in the same process, its floor: scikit-learn's ``TfidfVectorizer().fit_transform`` on the
same texts (the engineering notes measured 3-5 s for 10,000 such articles). Articles come from
``analysis.synthetic`` (the case study's body sentences reshuffled, fixed seed). Target (issue 5): 10,000
articles in under 60 s and under 2 GB on the 2-core machine.

    python benchmarks/bench_compare.py                  # 1,000 and 10,000
    python benchmarks/bench_compare.py --sizes 2000 --no-append
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
from pathlib import Path

from common import record, run_measured, table, timed

from analysis.compare import compare_articles
from benchmarks.synthetic import synthetic_articles

TARGET_SECONDS = 60.0
TARGET_MB = 2048.0


def run_one(n: int) -> dict[str, object]:
    """Time compare and its floor on ``n`` articles, in this process."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    articles = synthetic_articles(n)
    with timed() as floor:
        TfidfVectorizer().fit_transform([a.text for a in articles])
    with timed() as compare:
        comparison = compare_articles(articles, claims=False)
    return {
        "N": n,
        "compare wall s": compare.result.wall,
        "compare CPU s": compare.result.cpu,
        "floor wall s": floor.result.wall,
        "floor CPU s": floor.result.cpu,
        "CPU ratio": compare.result.cpu / floor.result.cpu,
        "similarity": "matrix" if comparison.similarity is not None else "neighbours",
        "in-process peak RSS MB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--no-append", action="store_true", help="print only; leave RESULTS.md alone")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        args.out.write_text(json.dumps(run_one(args.one)), encoding="utf-8")
        return 0
    rows = []
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "row.json"
            measured = run_measured([sys.executable, __file__, "--one", str(n), "--out", str(out)])
            row = json.loads(out.read_text(encoding="utf-8"))
        row["process peak MB"] = measured["peak_largest_mb"]
        ok = row["compare wall s"] < TARGET_SECONDS and measured["peak_largest_mb"] < TARGET_MB
        row["target (<60 s, <2 GB)"] = "met" if ok else "missed"
        rows.append(row)
        print(f"{n:,} articles: compare {row['compare wall s']:.1f} s wall", file=sys.stderr, flush=True)
    columns = [
        "N",
        "compare wall s",
        "compare CPU s",
        "floor wall s",
        "floor CPU s",
        "CPU ratio",
        "similarity",
        "process peak MB",
        "target (<60 s, <2 GB)",
    ]
    body = (
        "Distinctive words + similarity, claims off (`compare_articles(articles, claims=False)`), beside the floor "
        "`TfidfVectorizer().fit_transform(texts)` timed in the same process. CPU time counts all threads (BLAS "
        "uses both cores for the cosine blocks); peak memory is the whole process (Python, corpus and result).\n\n"
        + table(rows, columns)
    )
    record("Compare", body, append=not args.no_append)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
