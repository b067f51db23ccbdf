"""Batch mode: a CSV, JSON lines or Parquet corpus in, one row per article (and per span) out.

The input is read in chunks and results are written as they come, so memory stays flat as the corpus
grows. The per-chunk function ``analyze_rows`` is pure (rows in, rows out): it runs in this process,
in a pool of processes, or on a Dask cluster, with the same output.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .export.rows import ARTICLE_COLUMNS, SPAN_COLUMNS, article_row, span_rows
from .io.files import MAX_ARTICLE_CHARS
from .lexicon.load import Lexicon, lexicon_from_dict, load_lexicon
from .model import Article
from .pipeline import analyze, prepare_process

INPUT_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
OUTPUT_FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
METADATA_COLUMNS = ("id", "title", "outlet", "outlet_kind", "author", "date", "url", "language")
INPUT_COLUMNS = ("text", *METADATA_COLUMNS)
TASK_SIZE = 25  # articles per task: large enough to amortise pickling, small enough for a smooth bar
TASKS_PER_WORKER = 4  # tasks in flight per worker: keeps workers busy and memory bounded
EXIT_BAD_INPUT = 2
SHOWN_ROWS = 5
DASK_CONNECT_TIMEOUT = "15s"
ERROR_KEY = "\x00error"  # marks a row the reader could not parse (a key no real column has)

Record = tuple[int, dict[str, Any]]  # (1-based row number, the row's known columns)
LexiconSpec = tuple[str, dict[str, Any]]  # (fingerprint, merged lexicon data): small and picklable


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """What one chunk of rows gave: article rows, span rows, and (row number, reason) for rows skipped."""

    articles: list[dict[str, Any]]
    spans: list[dict[str, Any]]
    skipped: list[tuple[int, str]]


@dataclass(frozen=True, slots=True)
class TableResult:
    """``analyze_table``'s answer: one row per article, one per span, and the rows skipped with why."""

    articles: Any  # pandas.DataFrame
    spans: Any  # pandas.DataFrame
    skipped: list[tuple[int, str]] = field(default_factory=list)


# --- the per-chunk function (pure, picklable) -----------------------------------------------------

_LEXICONS: dict[str, Lexicon] = {}


def lexicon_spec(lexicon: Lexicon) -> LexiconSpec:
    """What a worker needs to rebuild ``lexicon``."""
    return lexicon.fingerprint, lexicon.data


def _lexicon(spec: LexiconSpec | Lexicon) -> Lexicon:
    """The lexicon for a spec, built once per process."""
    if isinstance(spec, Lexicon):
        return spec
    fingerprint, data = spec
    if fingerprint not in _LEXICONS:
        _LEXICONS[fingerprint] = lexicon_from_dict(data, "batch lexicon")
    return _LEXICONS[fingerprint]


def _cell(value: Any) -> str:
    """A table cell as text: missing and NaN become empty, 12.0 becomes "12"."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value).strip()


def article_from_record(row: int, record: dict[str, Any]) -> Article:
    """An ``Article`` from one input row; empty or over-long text raises ``InputError`` (the skip reason)."""
    raw = record.get("text")
    text = "" if raw is None or (isinstance(raw, float) and math.isnan(raw)) else str(raw)
    if not text.strip():
        raise InputError("empty text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"text over {MAX_ARTICLE_CHARS:,} characters")
    meta = {k: _cell(record.get(k)) for k in METADATA_COLUMNS}
    return Article(
        id=meta["id"] or str(row),
        text=text,
        title=meta["title"],
        outlet=meta["outlet"],
        outlet_kind=meta["outlet_kind"],
        author=meta["author"],
        date=meta["date"],
        url=meta["url"],
        language=meta["language"] or "en",
        origin=f"batch row {row}",
    )


def analyze_rows(records: Sequence[Record], lexicon: LexiconSpec | Lexicon, *, spans: bool = False) -> ChunkResult:
    """Analyse a chunk of input rows; a row that cannot be analysed is skipped with its reason."""
    lex = _lexicon(lexicon)
    articles: list[dict[str, Any]] = []
    span_out: list[dict[str, Any]] = []
    skipped: list[tuple[int, str]] = []
    for row, record in records:
        if ERROR_KEY in record:
            skipped.append((row, record[ERROR_KEY]))
            continue
        try:
            article = article_from_record(row, record)
        except InputError as exc:
            skipped.append((row, str(exc)))
            continue
        try:
            report = analyze(article, lex)
        except Exception as exc:  # one bad article must not end a run of fifty thousand
            skipped.append((row, f"the analysis failed ({type(exc).__name__})"))
            continue
        articles.append(article_row(report))
        if spans:
            span_out.extend(span_rows(report))
    return ChunkResult(articles, span_out, skipped)


# --- reading --------------------------------------------------------------------------------------


def input_format(path: Path) -> str:
    """The reader for a path, or ``InputError`` naming the formats read."""
    fmt = INPUT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown input type '{path.suffix}'; read .csv, .jsonl (JSON lines) or .parquet")
    return fmt


def _known_columns(found: Iterable[str], path: Path) -> dict[str, str]:
    """Map our column names to the file's (matched without case or surrounding spaces); needs ``text``."""
    found = [str(c) for c in found]
    mapping: dict[str, str] = {}
    for name in found:
        key = name.strip().lower().lstrip("\ufeff")
        if key in INPUT_COLUMNS and key not in mapping:
            mapping[key] = name
    if "text" not in mapping:
        shown = ", ".join(repr(c) for c in found[:20]) or "none"
        more = f" (and {len(found) - 20} more)" if len(found) > 20 else ""
        raise InputError(f"{path}: no 'text' column; columns found: {shown}{more}")
    return mapping


def _rename(rows: Iterable[dict[str, Any]], mapping: dict[str, str]) -> list[dict[str, Any]]:
    return [{ours: r.get(theirs) for ours, theirs in mapping.items()} for r in rows]


def _numbered(chunks: Iterator[list[dict[str, Any]]]) -> Iterator[list[Record]]:
    row = 0
    for chunk in chunks:
        numbered = []
        for record in chunk:
            row += 1
            numbered.append((row, record))
        yield numbered


def _read_csv(path: Path, chunk_size: int) -> Iterator[list[dict[str, Any]]]:
    import pandas as pd

    try:
        header = pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns
        mapping = _known_columns(header, path)
        reader = pd.read_csv(
            path,
            dtype=str,
            keep_default_na=False,
            usecols=list(mapping.values()),
            chunksize=chunk_size,
            encoding="utf-8-sig",
        )
        with reader:
            for frame in reader:
                yield _rename(frame.to_dict("records"), mapping)
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save the file as UTF-8") from None
    except pd.errors.EmptyDataError:
        raise InputError(f"{path}: the file is empty; a CSV needs a header row with a 'text' column") from None
    except pd.errors.ParserError as exc:
        raise InputError(f"{path}: not a readable CSV ({str(exc).strip().splitlines()[-1]})") from None


def _read_jsonl(path: Path, chunk_size: int) -> Iterator[list[Record]]:
    """JSON lines, numbered by line: a line that is not a JSON object is skipped later, with its reason."""
    chunk: list[Record] = []
    checked = False
    try:
        with path.open(encoding="utf-8-sig") as f:
            for number, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as exc:
                    value = {ERROR_KEY: f"not valid JSON ({exc.msg})"}
                if not isinstance(value, dict):
                    value = {ERROR_KEY: "not a JSON object"}
                elif ERROR_KEY not in value:
                    if not checked:
                        _known_columns(value.keys(), path)  # the first object must have a 'text' key
                        checked = True
                    value = {k.strip().lower(): v for k, v in value.items() if k.strip().lower() in INPUT_COLUMNS}
                chunk.append((number, value))
                if len(chunk) == chunk_size:
                    yield chunk
                    chunk = []
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save the file as UTF-8") from None
    if chunk:
        yield chunk


def _read_parquet(path: Path, chunk_size: int) -> Iterator[list[dict[str, Any]]]:
    parquet = _open_parquet(path)
    mapping = _known_columns(parquet.schema_arrow.names, path)
    for batch in parquet.iter_batches(batch_size=chunk_size, columns=list(mapping.values())):
        yield _rename(batch.to_pylist(), mapping)


def _open_parquet(path: Path) -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from None


def read_records(path: Path, *, chunk_size: int = 500) -> Iterator[list[Record]]:
    """The input's rows in chunks, keyed by our column names and numbered from 1 (JSON lines: by line)."""
    path = Path(path)
    fmt = input_format(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    if fmt == "jsonl":
        yield from _read_jsonl(path, chunk_size)
    else:
        yield from _numbered((_read_csv if fmt == "csv" else _read_parquet)(path, chunk_size))


def count_rows(path: Path) -> int | None:
    """The number of rows when the format says it cheaply (Parquet), else None."""
    if input_format(Path(path)) == "parquet":
        return _open_parquet(Path(path)).metadata.num_rows
    return None


# --- writing --------------------------------------------------------------------------------------

ARROW_TYPES = {
    **{c: "float64" for c in ("framing_position", "polarity", "subjectivity", "named_share", "transparency")},
    **{c: "int64" for c in ARTICLE_COLUMNS if c == "attributions" or c.startswith("sources_")},
    "start": "int64",
    "end": "int64",
    "value": "string",  # a term for framing rows, a number for sentiment and transparency rows
}


def output_format(path: Path) -> str:
    fmt = OUTPUT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown output type '{path.suffix}'; write .csv or .parquet")
    return fmt


def spans_path(output: Path) -> Path:
    """Where ``--spans`` writes: ``out.csv`` -> ``out.spans.csv``."""
    return output.with_name(f"{output.stem}.spans{output.suffix}")


def _arrow_type(column: str, values: Sequence[Any]) -> Any:
    import pyarrow as pa

    name = ARROW_TYPES.get(column)
    if name is None:
        seen = {type(v) for v in values if v is not None}
        if seen and seen <= {int}:
            name = "int64"
        elif seen and seen <= {int, float}:
            name = "float64"
        elif seen == {bool}:
            name = "bool"
        else:
            name = "string"
    return {"float64": pa.float64(), "int64": pa.int64(), "bool": pa.bool_(), "string": pa.string()}[name]


class TableWriter:
    """Rows appended chunk by chunk to a CSV (header once) or a Parquet file (one row group a chunk).

    It writes to ``<path>.part`` and renames on ``close()``, so a failed run never leaves a file that
    looks complete.
    """

    def __init__(self, path: Path, columns: Sequence[str]) -> None:
        self.path = Path(path)
        self.columns = list(columns)
        self.format = output_format(self.path)
        self.partial = self.path.with_name(self.path.name + ".part")
        self.rows = 0
        self._file: Any = None
        self._csv: Any = None
        self._parquet: Any = None
        self._schema: Any = None
        if self.format == "csv":
            self._file = self.partial.open("w", encoding="utf-8", newline="")
            self._csv = csv.DictWriter(self._file, fieldnames=self.columns, restval="", extrasaction="ignore")
            self._csv.writeheader()

    def write(self, rows: Sequence[dict[str, Any]]) -> None:
        if not rows and self.format == "csv":
            return
        if self.format == "csv":
            self._csv.writerows(rows)
        else:
            self._write_parquet(rows)
        self.rows += len(rows)

    def _write_parquet(self, rows: Sequence[dict[str, Any]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._schema is None:
            self._schema = pa.schema([(c, _arrow_type(c, [r.get(c) for r in rows])) for c in self.columns])
            self._parquet = pq.ParquetWriter(self.partial, self._schema)
        if not rows:
            return
        columns = {}
        for name, kind in zip(self.columns, self._schema.types, strict=True):
            values = [r.get(name) for r in rows]
            if kind == pa.string():
                values = [None if v is None else str(v) for v in values]
            columns[name] = pa.array(values, type=kind)
        self._parquet.write_table(pa.table(columns, schema=self._schema))

    def close(self) -> None:
        """Finish the file and move it into place."""
        if self.format == "csv":
            self._file.close()
        else:
            if self._parquet is None:
                self._write_parquet([])
            self._parquet.close()
        os.replace(self.partial, self.path)

    def abort(self) -> None:
        """Drop the partial file."""
        try:
            if self._file is not None:
                self._file.close()
            if self._parquet is not None:
                self._parquet.close()
        finally:
            self.partial.unlink(missing_ok=True)


# --- running --------------------------------------------------------------------------------------


def _tasks(chunks: Iterable[list[Record]], size: int) -> Iterator[list[Record]]:
    for chunk in chunks:
        for at in range(0, len(chunk), size):
            yield chunk[at : at + size]


def _in_order(submit: Callable[[list[Record]], Any], tasks: Iterable[list[Record]], window: int) -> Iterator[Any]:
    """Results of ``submit(task)`` futures in task order, with at most ``window`` tasks in flight."""
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _prime(spec: LexiconSpec) -> None:
    """Process-pool initializer: build the lexicon once per worker and set it aside from garbage
    collection (``pipeline.prepare_process``)."""
    prepare_process(_lexicon(spec))


def _connect(address: str) -> Any:
    from distributed import Client

    try:
        return Client(address, timeout=DASK_CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {address} ({type(exc).__name__}: {exc})") from None


def iter_batches(
    chunks: Iterable[list[Record]],
    *,
    lexicon: Lexicon,
    spans: bool = False,
    workers: int = 1,
    dask: str | Any | None = None,
    task_size: int = TASK_SIZE,
) -> Iterator[ChunkResult]:
    """``analyze_rows`` over tasks of ``task_size`` rows, in input order: here, in a pool, or on Dask.

    ``dask`` is a scheduler address or a ``distributed.Client``; ``workers`` counts local processes.
    """
    if workers < 1:
        raise InputError(f"--workers must be 1 or more, not {workers}")
    if task_size < 1:
        raise InputError(f"the task size must be 1 or more, not {task_size}")
    tasks = _tasks(chunks, task_size)
    spec = lexicon_spec(lexicon)
    if dask is not None:
        yield from _on_dask(tasks, spec, spans, dask)
    elif workers == 1:
        for task in tasks:
            yield analyze_rows(task, lexicon, spans=spans)
    else:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers, initializer=_prime, initargs=(spec,)) as pool:
            try:
                yield from _in_order(
                    lambda t: pool.submit(analyze_rows, t, spec, spans=spans), tasks, workers * TASKS_PER_WORKER
                )
            except BaseException:
                pool.shutdown(wait=False, cancel_futures=True)
                raise


def _on_dask(tasks: Iterable[list[Record]], spec: LexiconSpec, spans: bool, dask: str | Any) -> Iterator[ChunkResult]:
    client = _connect(dask) if isinstance(dask, str) else dask
    try:
        threads = max(1, sum(client.nthreads().values()))
        shared = client.scatter(spec, broadcast=True)
        yield from _in_order(
            lambda t: client.submit(analyze_rows, t, shared, spans=spans, pure=False),
            tasks,
            threads * TASKS_PER_WORKER,
        )
    finally:
        if isinstance(dask, str):
            client.close()


def analyze_table(
    frame: Any, *, lexicon: Lexicon | None = None, spans: bool = False, workers: int = 1, dask: Any = None
) -> TableResult:
    """Analyse an in-memory table (a ``text`` column plus optional metadata) into result tables."""
    import pandas as pd

    mapping = _known_columns(frame.columns, Path("table"))
    records = list(enumerate(_rename(frame.to_dict("records"), mapping), start=1))
    results = list(iter_batches([records], lexicon=lexicon or load_lexicon(), spans=spans, workers=workers, dask=dask))
    articles = [r for res in results for r in res.articles]
    span_list = [r for res in results for r in res.spans]
    return TableResult(
        pd.DataFrame(articles, columns=list(ARTICLE_COLUMNS)),
        pd.DataFrame(span_list, columns=list(SPAN_COLUMNS)),
        [s for res in results for s in res.skipped],
    )


def _skip_summary(skipped: Counter[str], rows: dict[str, list[int]]) -> Iterator[str]:
    for reason, count in skipped.most_common():
        shown = ", ".join(str(r) for r in rows[reason][:SHOWN_ROWS])
        more = ", …" if count > SHOWN_ROWS else ""
        yield f"{count:,} row{'s' if count != 1 else ''} skipped, {reason}: row{'s' if count != 1 else ''} {shown}{more}"


def _check_paths(source: Path, output: Path, spans: bool) -> None:
    input_format(source)
    output_format(output)
    if not source.exists():
        raise InputError(f"{source}: no such file")
    if not output.parent.is_dir():
        raise InputError(f"{output.parent}: no such folder for the output")
    outputs = [output, *([spans_path(output)] if spans else [])]
    if any(o.resolve() == source.resolve() for o in outputs):
        raise InputError(f"{output}: the output would overwrite the input")


def run_batch(args: argparse.Namespace) -> int:
    """``python -m analysis batch``: stream the input through the analysis into the output file(s)."""
    from tqdm import tqdm

    source, output = Path(args.input), Path(args.output)
    _check_paths(source, output, args.spans)
    if args.chunk_size < 1:
        raise InputError(f"--chunk-size must be 1 or more, not {args.chunk_size}")
    workers = default_workers() if args.workers is None else args.workers
    lexicon = load_lexicon(args.lexicon)
    chunks = read_records(source, chunk_size=args.chunk_size)
    first = next(chunks, None)  # reads the header: a missing 'text' column fails before any work
    if first is None:
        raise InputError(f"{source}: no rows to analyse")

    writers = [TableWriter(output, ARTICLE_COLUMNS)]
    if args.spans:
        writers.append(TableWriter(spans_path(output), SPAN_COLUMNS))
    skipped: Counter[str] = Counter()
    skipped_rows: dict[str, list[int]] = {}
    started = time.perf_counter()
    tqdm.monitor_interval = 0  # no monitor thread: the worker pool forks after the bar exists
    quiet = args.no_progress or not sys.stderr.isatty()  # a log file gets the summary line, not a bar
    bar = tqdm(total=count_rows(source), unit=" articles", file=sys.stderr, disable=quiet)
    pending_articles: list[dict[str, Any]] = []
    pending_spans: list[dict[str, Any]] = []
    try:
        results = iter_batches(
            _chain(first, chunks), lexicon=lexicon, spans=args.spans, workers=workers, dask=args.dask
        )
        for result in results:
            pending_articles.extend(result.articles)
            pending_spans.extend(result.spans)
            for row, reason in result.skipped:
                skipped[reason] += 1
                shown = skipped_rows.setdefault(reason, [])
                if len(shown) < SHOWN_ROWS:
                    shown.append(row)
            bar.update(len(result.articles) + len(result.skipped))
            if len(pending_articles) >= args.chunk_size:
                writers[0].write(pending_articles)
                pending_articles = []
                if args.spans:
                    writers[1].write(pending_spans)
                    pending_spans = []
        writers[0].write(pending_articles)
        if args.spans:
            writers[1].write(pending_spans)
        for w in writers:
            w.close()
    except BaseException:
        for w in writers:
            w.abort()
        raise
    finally:
        bar.close()

    for line in _skip_summary(skipped, skipped_rows):
        print(f"warning: {line}", file=sys.stderr)
    seconds = time.perf_counter() - started
    done = writers[0].rows
    where = f"{output}" + (f" and {writers[1].rows:,} span rows to {writers[1].path}" if args.spans else "")
    print(f"analysed {done:,} article{'s' if done != 1 else ''} in {seconds:.1f} s; wrote {where}", file=sys.stderr)
    if done == 0:
        print(f"error: none of the {sum(skipped.values()):,} rows could be analysed", file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0


def _chain(first: list[Record], rest: Iterator[list[Record]]) -> Iterator[list[Record]]:
    yield first
    yield from rest
