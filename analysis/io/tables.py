"""Tables in and out: one column rule, chunked readers (CSV, JSON lines, Parquet) and one formula-safe writer.

Every table FrameLens reads (an uploaded CSV or JSON file, a ``batch`` corpus) maps its columns to article
fields by ``FIELD_NAMES``; every CSV it writes (the app's exports, ``batch`` output) goes through
``safe_cell``, so a title such as ``=HYPERLINK(…)`` opens in a spreadsheet as text, never as a formula.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
INPUT_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
OUTPUT_FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}
ERROR_KEY = "\x00error"  # marks a row the reader could not parse (a key no real column has)
SHOWN_COLUMNS = 20

# The one column rule: an article field and the column names (any case, spaces around ignored) that give it.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "full_text"),
    "id": ("id",),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "sitename", "site_name", "publisher", "publication"),
    "author": ("author", "authors", "byline"),
    "date": ("date", "published", "publication_date", "pubdate", "date_published"),
    "url": ("url", "link"),
    "outlet_kind": ("outlet_kind",),
    "language": ("language", "lang"),
    "notes": ("notes",),
}
METADATA_COLUMNS = ("id", "title", "outlet", "outlet_kind", "author", "date", "url", "language")

Record = tuple[int, dict[str, Any]]  # (1-based row number, the row keyed by field name)


# --- the column rule --------------------------------------------------------------------------------


def _key(name: object) -> str:
    return str(name).strip().lower().lstrip("\ufeff")


def column_mapping(found: Iterable[object]) -> dict[str, str]:
    """Field name -> the first column that gives it (by ``FIELD_NAMES``, in their order of preference)."""
    by_key: dict[str, str] = {}
    for name in found:
        by_key.setdefault(_key(name), str(name))
    mapping = {}
    for field, names in FIELD_NAMES.items():
        column = next((by_key[n] for n in names if n in by_key), None)
        if column is not None:
            mapping[field] = column
    return mapping


def text_key_hint() -> str:
    """What to call the text column, for a message."""
    others = ", ".join(repr(n) for n in FIELD_NAMES["text"][1:])
    return f"Name the column or field with the article text 'text' (or {others})"


def needs_text(mapping: Mapping[str, str], found: Sequence[object], where: str) -> None:
    """Refuse a table without a text column, listing the columns it has."""
    if "text" in mapping:
        return
    found = [str(c) for c in found]
    shown = ", ".join(repr(c) for c in found[:SHOWN_COLUMNS]) or "none"
    more = f" (and {len(found) - SHOWN_COLUMNS} more)" if len(found) > SHOWN_COLUMNS else ""
    raise InputError(f"{where}: no 'text' column; columns found: {shown}{more}. {text_key_hint()}.")


def canonical(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record keyed by field name; empty values are left out (an uploaded file's rows, a JSON item)."""
    mapping = column_mapping(record.keys())
    return {field: record[column] for field, column in mapping.items() if record[column] not in (None, "")}


def _rename(rows: Iterable[dict[str, Any]], mapping: Mapping[str, str]) -> list[dict[str, Any]]:
    return [{ours: r.get(theirs) for ours, theirs in mapping.items()} for r in rows]


# --- reading in chunks -----------------------------------------------------------------------------


def input_format(path: Path) -> str:
    """The reader for a path, or ``InputError`` naming the formats read."""
    fmt = INPUT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown input type '{path.suffix}'; read .csv, .jsonl (JSON lines) or .parquet")
    return fmt


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
        header = list(pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns)
        mapping = column_mapping(header)
        needs_text(mapping, header, str(path))
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


def _jsonl_value(line: str, path: Path, checked: bool) -> tuple[dict[str, Any], bool]:
    """One JSON line as a record (or a record that carries why it cannot be read), and whether the columns were checked."""
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return {ERROR_KEY: f"not valid JSON ({exc.msg})"}, checked
    if not isinstance(value, dict):
        return {ERROR_KEY: "not a JSON object"}, checked
    mapping = column_mapping(value.keys())
    if not checked:
        needs_text(mapping, list(value.keys()), str(path))  # the first object must have a text field
    return {field: value.get(column) for field, column in mapping.items()}, True


def _read_jsonl(path: Path, chunk_size: int) -> Iterator[list[Record]]:
    """JSON lines, numbered by line: a line that is not a JSON object is skipped later, with its reason."""
    chunk: list[Record] = []
    checked = False
    try:
        with path.open(encoding="utf-8-sig") as f:
            for number, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                value, checked = _jsonl_value(line, path, checked)
                chunk.append((number, value))
                if len(chunk) == chunk_size:
                    yield chunk
                    chunk = []
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start}); save the file as UTF-8") from None
    if chunk:
        yield chunk


def _open_parquet(path: Path) -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from None


def _read_parquet(path: Path, chunk_size: int) -> Iterator[list[dict[str, Any]]]:
    parquet = _open_parquet(path)
    names = parquet.schema_arrow.names
    mapping = column_mapping(names)
    needs_text(mapping, names, str(path))
    for batch in parquet.iter_batches(batch_size=chunk_size, columns=list(mapping.values())):
        yield _rename(batch.to_pylist(), mapping)


def read_records(path: Path, *, chunk_size: int = 500) -> Iterator[list[Record]]:
    """The input's rows in chunks, keyed by field name and numbered from 1 (JSON lines: by line)."""
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


# --- writing -----------------------------------------------------------------------------------------


def safe_cell(value: Any) -> Any:
    """A value safe to open in a spreadsheet: text that starts like a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return "" if value is None else value


def rows_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    """Rows as CSV text with the given columns, formula-like text neutralised."""
    out = io.StringIO()
    SafeCsvWriter(out, columns).writerows(rows)
    return out.getvalue()


class SafeCsvWriter:
    """A CSV writer with a header row whose every cell goes through ``safe_cell`` (the one CSV writer)."""

    def __init__(self, out: Any, columns: Sequence[str]) -> None:
        self.columns = list(columns)
        self._writer = csv.DictWriter(out, fieldnames=self.columns, extrasaction="ignore", lineterminator="\n")
        self._writer.writeheader()

    def writerows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        columns = self.columns
        self._writer.writerows({k: safe_cell(row.get(k)) for k in columns} for row in rows)


def output_format(path: Path) -> str:
    fmt = OUTPUT_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown output type '{path.suffix}'; write .csv or .parquet")
    return fmt


def spans_path(output: Path) -> Path:
    """Where ``batch --spans`` writes: ``out.csv`` -> ``out.spans.csv``."""
    return output.with_name(f"{output.stem}.spans{output.suffix}")


ARROW_TYPES = {
    **{c: "float64" for c in ("framing_position", "polarity", "subjectivity", "named_share", "transparency")},
    "attributions": "int64",
    "start": "int64",
    "end": "int64",
    "value": "string",  # a term for framing rows, a number for sentiment and transparency rows
}


def _arrow_type(column: str, values: Sequence[Any]) -> Any:
    import pyarrow as pa

    name = ARROW_TYPES.get(column) or ("int64" if column.startswith(("sources_", "distinct_")) else None)
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


def arrow_table(columns: dict[str, list[Any]], schema: Any) -> Any:
    """Columns of Python values as an Arrow table of ``schema``, built by Arrow's JSON reader.

    ``pa.array`` imports pandas on first use (a quarter of a second of every batch run, measured); the
    JSON reader builds the same typed columns in C++ without it. Values JSON cannot carry exactly (NaN,
    infinities, lone surrogates) take the ``pa.array`` path instead.
    """
    import pyarrow as pa
    import pyarrow.json as pj

    names = list(columns)
    try:
        lines = [
            json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False, allow_nan=False)
            for row in zip(*columns.values(), strict=True)
        ]
        data = "\n".join(lines).encode("utf-8")
    except (ValueError, UnicodeEncodeError):
        return pa.table({n: pa.array(v, type=schema.field(n).type) for n, v in columns.items()}, schema=schema)
    options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior="error")
    reading = pj.ReadOptions(use_threads=False, block_size=len(data) + 1)  # one block: rows of any length
    return pj.read_json(io.BytesIO(data), read_options=reading, parse_options=options).select(schema.names)


class TableWriter:
    """Rows appended chunk by chunk to a CSV (header once, formulas neutralised) or a Parquet file (one row
    group a chunk). It writes to ``<path>.part`` and renames on ``close()``, so a failed run never leaves a
    file that looks complete."""

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
            self._csv = SafeCsvWriter(self._file, self.columns)

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
            columns[name] = values
        self._parquet.write_table(arrow_table(columns, self._schema))

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
