"""Batch mode: a CSV, JSON lines or Parquet corpus in, one row per article (and per span) out.

The input is read in chunks and results are written as they come, so memory stays flat as the corpus
grows. The per-chunk function ``analyze_rows`` is pure (rows in, rows out): it runs in this process,
in a pool of processes, or on a Dask cluster, with the same output.
"""

from __future__ import annotations

import math
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError
from .export.rows import ARTICLE_COLUMNS, SPAN_COLUMNS, article_row, span_rows
from .io.files import MAX_ARTICLE_CHARS
from .io.tables import ERROR_KEY, METADATA_COLUMNS, Record, column_mapping, needs_text
from .lexicon.load import Lexicon, lexicon_from_dict, load_lexicon
from .model import Article
from .pipeline import analyze, between_articles, prepare_process
from .text.tokens import Tokens

TASK_SIZE = 25  # articles per task: large enough to amortise pickling, small enough for a smooth bar
TASKS_PER_WORKER = 4  # tasks in flight per worker: keeps workers busy and memory bounded
DASK_CONNECT_TIMEOUT = "15s"

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


def analyze_rows(
    records: Sequence[Record],
    lexicon: LexiconSpec | Lexicon,
    *,
    spans: bool = False,
    tokens: MutableMapping[int, Tokens] | None = None,
) -> ChunkResult:
    """Analyse a chunk of input rows; a row that cannot be analysed is skipped with its reason.

    ``tokens``: row number -> that row's text's tokens, made already (by the lexicon fit); each is taken out
    as its row is analysed.
    """
    lex = _lexicon(lexicon)
    articles: list[dict[str, Any]] = []
    span_out: list[dict[str, Any]] = []
    skipped: list[tuple[int, str]] = []
    for row, record in records:
        made = tokens.pop(row, None) if tokens else None
        if ERROR_KEY in record:
            skipped.append((row, record[ERROR_KEY]))
            continue
        try:
            article = article_from_record(row, record)
        except InputError as exc:
            skipped.append((row, str(exc)))
            continue
        try:
            report = analyze(article, lex, tokens=made if made is not None and made.text == article.text else None)
        except Exception as exc:  # one bad article must not end a run of fifty thousand
            skipped.append((row, f"the analysis failed ({type(exc).__name__})"))
            continue
        finally:
            between_articles()
        articles.append(article_row(report))
        if spans:
            span_out.extend(span_rows(report))
    return ChunkResult(articles, span_out, skipped)


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
    tokens: MutableMapping[int, Tokens] | None = None,
) -> Iterator[ChunkResult]:
    """``analyze_rows`` over tasks of ``task_size`` rows, in input order: here, in a pool, or on Dask.

    ``dask`` is a scheduler address or a ``distributed.Client``; ``workers`` counts local processes.
    ``tokens`` (row -> tokens already made) is used by one local worker; it is not sent to other processes.
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
            yield analyze_rows(task, lexicon, spans=spans, tokens=tokens)
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

    mapping = column_mapping(frame.columns)
    needs_text(mapping, list(frame.columns), "table")
    records = [
        (i, {ours: row.get(theirs) for ours, theirs in mapping.items()})
        for i, row in enumerate(frame.to_dict("records"), start=1)
    ]
    results = list(iter_batches([records], lexicon=lexicon or load_lexicon(), spans=spans, workers=workers, dask=dask))
    articles = [r for res in results for r in res.articles]
    span_list = [r for res in results for r in res.spans]
    return TableResult(
        pd.DataFrame(articles, columns=list(ARTICLE_COLUMNS)),
        pd.DataFrame(span_list, columns=list(SPAN_COLUMNS)),
        [s for res in results for s in res.skipped],
    )
