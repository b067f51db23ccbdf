"""Benchmark: ``python -m analysis batch`` on 1,000 and 10,000 synthetic articles beside its floor, same run.

The floor reads the same Parquet file with the same reader and process pool and does only syntok's
sentence split plus ``TextBlob(s).sentiment`` per sentence. Each run is its own process; its wall time,
CPU time (with its workers) and peak resident memory (all its processes summed, and the largest one)
are measured from outside. Target: 10,000 articles in under 2 minutes on this machine; memory flat.

    python benchmarks/bench_batch.py                          # 1,000 and 10,000, all cores, plus extras
    python benchmarks/bench_batch.py --sizes 500 --no-extras --no-append
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from common import cores, floor_sentences, record, run_measured, table

from analysis.batch import TASK_SIZE, default_workers
from analysis.io.tables import read_records
from benchmarks.synthetic import write_corpus

TARGET_SECONDS = 120.0
TARGET_SIZE = 10_000


def floor_chunk(texts: list[str]) -> int:
    """The floor for a task of articles: split, then TextBlob's sentiment per sentence."""
    from textblob import TextBlob

    for text in texts:
        for s in floor_sentences(text):
            TextBlob(s).sentiment  # noqa: B018 (computing it is the point)
    return len(texts)


def floor_run(path: Path, workers: int, chunk_size: int) -> int:
    """Stream the corpus through the floor in a process pool, the way batch streams it through analysis."""
    done = 0
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk in read_records(path, chunk_size=chunk_size):
            texts = [record["text"] for _, record in chunk]
            tasks = [texts[at : at + TASK_SIZE] for at in range(0, len(texts), TASK_SIZE)]
            done += sum(pool.map(floor_chunk, tasks))
    return done


def measure(label: str, command: list[str], n: int) -> dict[str, object]:
    m = run_measured(command)
    print(f"{label}: {m['wall']:.1f} s", flush=True)
    return {
        "run": label,
        "N": n,
        "wall s": m["wall"],
        "articles/s": n / m["wall"],
        "CPU s": m["cpu"],
        "CPU s ÷ cores": m["cpu"] / cores(),
        "peak MB (all processes, PSS)": m["peak_total_mb"],
        "peak MB (largest process, RSS)": m["peak_largest_mb"],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, TARGET_SIZE])
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--chunk-size", type=int, default=500)
    parser.add_argument("--no-extras", action="store_true", help="skip the 1-worker, --spans and Dask runs")
    parser.add_argument("--no-append", action="store_true", help="print only; leave RESULTS.md alone")
    parser.add_argument("--floor-run", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.floor_run:
        print(floor_run(Path(args.floor_run), args.workers, args.chunk_size))
        return 0

    here = str(Path(__file__).resolve())
    rows = []
    with tempfile.TemporaryDirectory(prefix="framelens-bench-") as tmp:
        folder = Path(tmp)
        corpora = {n: write_corpus(folder / f"corpus-{n}.parquet", n) for n in args.sizes}
        w, chunk = str(args.workers), str(args.chunk_size)
        for i, n in enumerate(args.sizes):
            path = corpora[n]
            runs = [
                (f"batch, {w} workers", [*_batch(path, folder / "out.parquet"), "--workers", w, "--chunk-size", chunk]),
                (f"floor, {w} workers", [sys.executable, here, "--floor-run", str(path), "--workers", w]),
            ]
            for label, command in runs if i % 2 == 0 else runs[::-1]:  # alternate who goes first
                rows.append(measure(label, command, n))
            batch_row = next(r for r in rows[-2:] if r["run"].startswith("batch"))
            floor_row = next(r for r in rows[-2:] if r["run"].startswith("floor"))
            batch_row["÷ floor (time)"] = batch_row["wall s"] / floor_row["wall s"]
            batch_row["÷ floor (CPU)"] = batch_row["CPU s"] / floor_row["CPU s"]
            if n == TARGET_SIZE:
                batch_row[f"< {TARGET_SECONDS:.0f} s"] = batch_row["wall s"] < TARGET_SECONDS
        if not args.no_extras:
            small = corpora[min(args.sizes)]
            n = min(args.sizes)
            out = folder / "extra.parquet"
            rows.append(measure("batch, 1 worker", [*_batch(small, out), "--workers", "1"], n))
            rows.append(measure(f"batch --spans, {w} workers", [*_batch(small, out), "--workers", w, "--spans"], n))
            rows.append(_dask_row(small, out, args.workers, n))
    columns = ["run", "N", "wall s", "articles/s", "÷ floor (time)", "CPU s", "÷ floor (CPU)", "CPU s ÷ cores"]
    columns += ["peak MB (all processes, PSS)", "peak MB (largest process, RSS)", f"< {TARGET_SECONDS:.0f} s"]
    body = (
        f"Input: synthetic ~600-word articles in Parquet; output Parquet; chunk size {args.chunk_size}; "
        f"{cores()} cores. `÷ floor` compares wall times of runs made one after the other in this run. "
        "`CPU s ÷ cores` (the command and its workers) is the shortest wall time these cores allow: what an idle machine would approach.\n\n"
        + table(rows, columns)
    )
    record("Batch mode beside its floor", body, argv=argv, append=not args.no_append)
    return 0


def _batch(path: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "analysis", "batch", str(path), "-o", str(out), "--no-progress"]


def _dask_row(path: Path, out: Path, workers: int, n: int) -> dict[str, object]:
    """The same batch on a local Dask cluster (started before the clock; its memory is not counted)."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
    ) as cluster:
        row = measure(
            f"batch --dask (local cluster, {workers} workers)",
            [*_batch(path, out), "--dask", cluster.scheduler_address],
            n,
        )
    row["CPU s"] = row["CPU s ÷ cores"] = row["peak MB (all processes, PSS)"] = row[
        "peak MB (largest process, RSS)"
    ] = None  # the cluster's
    return row


if __name__ == "__main__":
    raise SystemExit(main())
