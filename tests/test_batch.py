"""Batch mode: every input format gives the rows ``analyze`` gives, bad input is one line, Dask equals local."""

from __future__ import annotations

import csv
import json
import math
import subprocess
import sys
import types
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis import analyze
from analysis.batch import analyze_table
from analysis.cli import main
from analysis.errors import InputError
from analysis.export.rows import ARTICLE_COLUMNS, SPAN_COLUMNS, article_row, span_rows
from analysis.io.files import MAX_ARTICLE_CHARS
from analysis.io.tables import arrow_table, read_records, spans_path
from analysis.model import Article
from benchmarks.synthetic import body_sentences, synthetic_articles, synthetic_record, synthetic_records, write_corpus

N = 12


@pytest.fixture(scope="module")
def records():
    return list(synthetic_records(N))


@pytest.fixture(scope="module")
def expected(records, lexicon):
    """The article rows and span rows ``analyze`` gives for the synthetic records, one by one."""
    reports = [
        analyze(Article(id=r["id"], text=r["text"], title=r["title"], outlet=r["outlet"], date=r["date"]), lexicon)
        for r in records
    ]
    return [article_row(r) for r in reports], [s for r in reports for s in span_rows(r)]


def as_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as text (missing -> "", 2.0 -> "2"), so CSV, Parquet and rows compare cell by cell."""
    frame = frame.astype(object).where(frame.notna(), "")
    return frame.astype(str).replace({r"\.0$": ""}, regex=True)


def read_table(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return as_strings(pd.read_csv(path, dtype=str, keep_default_na=False))
    return as_strings(pq.read_table(path).to_pandas())


def as_table(rows, columns) -> pd.DataFrame:
    return as_strings(pd.DataFrame(rows, columns=list(columns)))


def batch(tmp_path, source, output="out.csv", *extra):
    return main(["batch", str(source), "-o", str(tmp_path / output), "--no-progress", *extra])


# --- the synthetic corpus ------------------------------------------------------------------------


def test_synthetic_corpus_is_deterministic_and_prefix_stable():
    assert synthetic_record(3) == synthetic_record(3)
    assert list(synthetic_records(5)) == list(synthetic_records(50))[:5]
    assert synthetic_record(3) != synthetic_record(4)
    assert synthetic_record(3, seed=1) != synthetic_record(3)


@pytest.mark.parametrize("words", [50, 600, 1200])
def test_synthetic_articles_reach_the_word_target(words):
    for r in synthetic_records(20, words=words):
        count = len(r["text"].split())
        assert words <= count < words + 120, count


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Our Goals",
        "The Syrian Network for Human Rights aims to enrich the human rights culture",
        "I trust that the Russian authorities have made the proper decision",
    ],
)
def test_synthetic_articles_leave_boilerplate_out(boilerplate):
    assert all(boilerplate not in s.text for s in body_sentences())
    assert all(boilerplate not in a.text for a in synthetic_articles(30))


def test_synthetic_corpus_of_none_is_empty(tmp_path):
    write_corpus(tmp_path / "c.csv", 0)
    assert pd.read_csv(tmp_path / "c.csv").empty


# --- formats -------------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("output", ["csv", "parquet"])
def test_every_format_gives_the_rows_analyze_gives(tmp_path, records, expected, source, output):
    write_corpus(tmp_path / f"in.{source}", N)
    assert batch(tmp_path, tmp_path / f"in.{source}", f"out.{output}", "--spans", "--workers", "1") == 0
    articles, spans = expected
    pd.testing.assert_frame_equal(read_table(tmp_path / f"out.{output}"), as_table(articles, ARTICLE_COLUMNS))
    pd.testing.assert_frame_equal(read_table(tmp_path / f"out.spans.{output}"), as_table(spans, SPAN_COLUMNS))


@pytest.mark.parametrize(("workers", "chunk_size"), [("1", "1"), ("1", "5"), ("2", "3"), ("2", "500")])
def test_workers_and_chunk_sizes_do_not_change_the_output(tmp_path, expected, workers, chunk_size):
    write_corpus(tmp_path / "in.parquet", N)
    assert batch(tmp_path, tmp_path / "in.parquet", "out.csv", "--workers", workers, "--chunk-size", chunk_size) == 0
    pd.testing.assert_frame_equal(read_table(tmp_path / "out.csv"), as_table(expected[0], ARTICLE_COLUMNS))


def test_no_spans_file_without_the_flag(tmp_path):
    write_corpus(tmp_path / "in.csv", 2)
    assert batch(tmp_path, tmp_path / "in.csv") == 0
    assert not spans_path(tmp_path / "out.csv").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_parquet_output_keeps_numbers_as_numbers(tmp_path):
    write_corpus(tmp_path / "in.csv", 3)
    assert batch(tmp_path, tmp_path / "in.csv", "out.parquet", "--spans") == 0
    schema = pq.read_schema(tmp_path / "out.parquet")
    assert schema.field("polarity").type == pa.float64()
    assert schema.field("sources_named").type == pa.int64()
    assert schema.field("id").type == pa.string()
    assert pq.read_schema(tmp_path / "out.spans.parquet").field("start").type == pa.int64()


SCHEMA = pa.schema([("a", pa.string()), ("b", pa.float64()), ("c", pa.int64()), ("d", pa.bool_())])


@pytest.mark.parametrize(
    "columns",
    [
        {
            "a": ["x", 'ü “q”\n=HYPERLINK("u")', None],
            "b": [0.1, 1 / 3, None],
            "c": [1, None, 2**62],
            "d": [True, None, False],
        },
        {"a": ["y" * 2_000_000], "b": [-2.5e-300], "c": [-7], "d": [False]},  # a row longer than a JSON block
    ],
)
def test_arrow_table_equals_what_pa_array_builds(columns):
    expected = pa.table({n: pa.array(v, type=SCHEMA.field(n).type) for n, v in columns.items()}, schema=SCHEMA)
    assert arrow_table(columns, SCHEMA).equals(expected)


def test_arrow_table_keeps_nan_through_pa_array():
    table = arrow_table({"a": ["z"], "b": [float("nan")], "c": [0], "d": [True]}, SCHEMA)
    assert table.schema == SCHEMA and math.isnan(table.column("b")[0].as_py())


def test_arrow_table_fails_on_a_lone_surrogate_as_pa_array_does():
    with pytest.raises(UnicodeEncodeError):
        arrow_table({"a": ["\ud800"], "b": [1.0], "c": [0], "d": [True]}, SCHEMA)


def test_arrow_table_refuses_a_value_of_the_wrong_type():
    with pytest.raises(pa.ArrowException):
        arrow_table({"a": ["x"], "b": ["not a number"], "c": [1], "d": [True]}, SCHEMA)


def test_a_parquet_batch_run_never_imports_pandas(tmp_path):
    """pandas costs a quarter of a second of every run; Parquet in and out does not need it."""
    write_corpus(tmp_path / "in.parquet", 2)
    code = (
        "import sys; from analysis.cli import main; "
        f"rc = main(['batch', {str(tmp_path / 'in.parquet')!r}, '-o', {str(tmp_path / 'out.parquet')!r}, '--no-progress', '--workers', '1']); "
        "print(rc, 'pandas' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parent.parent
    )
    assert done.stdout.split()[-2:] == ["0", "False"]
    assert pq.read_table(tmp_path / "out.parquet").num_rows == 2


# --- rows that cannot be analysed ----------------------------------------------------------------


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_bad_rows_are_skipped_counted_and_the_rest_analysed(tmp_path, capsys):
    body = synthetic_record(0)["text"]
    rows = [
        ["a1", body],
        ["", body],
        ["a3", ""],
        ["a4", "   \n "],
        ["a5", "x" * (MAX_ARTICLE_CHARS + 1)],
        ["007", body],
    ]
    write_csv(tmp_path / "in.csv", ["id", "text"], rows)
    assert batch(tmp_path, tmp_path / "in.csv") == 0
    out = read_table(tmp_path / "out.csv")
    assert list(out["id"]) == ["a1", "2", "007"]  # a missing id is the row number; "007" stays text
    err = capsys.readouterr().err
    assert "2 rows skipped, empty text: rows 3, 4" in err
    assert f"1 row skipped, text over {MAX_ARTICLE_CHARS:,} characters: row 5" in err
    assert "Traceback" not in err


def test_json_lines_are_numbered_by_line_and_bad_lines_skipped(tmp_path, capsys):
    body = synthetic_record(1)["text"]
    lines = [json.dumps({"text": body, "ID": 9}), "not json", "", "[1, 2]", json.dumps({"text": body})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert batch(tmp_path, tmp_path / "in.jsonl") == 0
    assert list(read_table(tmp_path / "out.csv")["id"]) == ["9", "5"]
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "row 2" in err
    assert "not a JSON object" in err and "row 4" in err


def test_a_run_where_nothing_can_be_analysed_fails(tmp_path, capsys):
    write_csv(tmp_path / "in.csv", ["id", "text"], [["a", ""], ["b", " "]])
    assert batch(tmp_path, tmp_path / "in.csv") == 2
    assert "none of the 2 rows could be analysed" in capsys.readouterr().err
    assert list(read_table(tmp_path / "out.csv").columns) == list(ARTICLE_COLUMNS)


# --- bad input: one line, exit 2, no output --------------------------------------------------------


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    write_csv(tmp_path / "nocol.csv", ["Words", "ID"], [["hello", "1"]])
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    (tmp_path / "fake.parquet").write_bytes(b"not parquet at all")
    (tmp_path / "latin1.csv").write_bytes("text\ncaf\xe9 au lait\n".encode("latin-1"))
    (tmp_path / "nokey.jsonl").write_text('{"words": "x"}\n', encoding="utf-8")
    (tmp_path / "in.txt").write_text("text\n", encoding="utf-8")
    write_corpus(tmp_path / "ok.csv", 1)
    return {p.stem: p for p in tmp_path.iterdir()}


@pytest.mark.parametrize(
    ("source", "extra", "message"),
    [
        ("missing.csv", [], "missing.csv: no such file"),
        ("in", [], "unknown input type '.txt'"),
        ("nocol", [], "no 'text' column; columns found: 'Words', 'ID'"),
        ("nokey", [], "no 'text' column; columns found: 'words'"),
        ("empty", [], "the file is empty"),
        ("fake", [], "not a readable Parquet file"),
        ("latin1", [], "not UTF-8 text"),
        ("ok", ["-o", "out.xlsx"], "unknown output type '.xlsx'"),
        ("ok", ["-o", "no/such/dir/out.csv"], "no such folder for the output"),
        ("ok", ["-o", "ok.csv"], "the output would overwrite the input"),
        ("ok", ["--workers", "0"], "--workers must be 1 or more"),
        ("ok", ["--chunk-size", "0"], "--chunk-size must be 1 or more"),
        ("ok", ["--lexicon", "no-such-lexicon"], "no such lexicon file"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch, source, extra, message):
    paths = _bad_inputs(tmp_path)
    monkeypatch.chdir(tmp_path)
    path = paths.get(source, tmp_path / source)
    args = ["batch", str(path), "--no-progress", *(extra if "-o" in extra else ["-o", "out.csv", *extra])]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out.csv").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


# --- the library ---------------------------------------------------------------------------------


def test_analyze_table_matches_the_command(records, expected):
    frame = pd.DataFrame(records)
    result = analyze_table(frame, spans=True)
    pd.testing.assert_frame_equal(
        as_table(result.articles.to_dict("records"), ARTICLE_COLUMNS), as_table(expected[0], ARTICLE_COLUMNS)
    )
    assert len(result.spans) == len(expected[1])
    assert result.skipped == []


@pytest.mark.parametrize("columns", [["words"], ["Text "], ["Body"], []])
def test_analyze_table_needs_a_text_column(columns):
    """One column rule for every table (analysis.io.tables.FIELD_NAMES): 'text' or a synonym such as 'body'."""
    frame = pd.DataFrame({c: ["The rebels took Damascus."] for c in columns})
    if columns in (["Text "], ["Body"]):
        assert len(analyze_table(frame).articles) == 1  # names match without case or spaces, synonyms too
    else:
        with pytest.raises(InputError, match="no 'text' column"):
            analyze_table(frame)


def test_reading_streams_in_chunks(tmp_path):
    write_corpus(tmp_path / "in.parquet", 25)
    sizes = [len(chunk) for chunk in read_records(tmp_path / "in.parquet", chunk_size=10)]
    assert sizes == [10, 10, 5]


# --- Dask ----------------------------------------------------------------------------------------


def test_dask_cluster_output_equals_the_local_run(tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    # Worker processes are spawned and run the parent's __main__ again; after an AppTest of dashboard.py that
    # is the dashboard, which fails outside Streamlit ("Nanny failed to start"). A bare __main__ runs nothing.
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))
    write_corpus(tmp_path / "in.parquet", N)
    assert batch(tmp_path, tmp_path / "in.parquet", "local.csv", "--spans", "--workers", "1") == 0
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1"
    ) as cluster:
        code = batch(tmp_path, tmp_path / "in.parquet", "dask.csv", "--spans", "--dask", cluster.scheduler_address)
    assert code == 0
    local = read_table(tmp_path / "local.csv").sort_values("id", ignore_index=True)
    remote = read_table(tmp_path / "dask.csv").sort_values("id", ignore_index=True)
    pd.testing.assert_frame_equal(remote, local)
    assert len(local) == N
    pd.testing.assert_frame_equal(read_table(tmp_path / "dask.spans.csv"), read_table(tmp_path / "local.spans.csv"))


def test_an_unreachable_dask_scheduler_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("analysis.batch.DASK_CONNECT_TIMEOUT", "2s")
    write_corpus(tmp_path / "in.csv", 1)
    assert batch(tmp_path, tmp_path / "in.csv", "out.csv", "--dask", "tcp://127.0.0.1:9") == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")


@pytest.mark.parametrize("title", ['=HYPERLINK("http://x.example","click")', "+1+1", "-2+3", "@SUM(A1)"])
def test_batch_csv_output_neutralises_spreadsheet_formulas(tmp_path, title):
    """batch writes CSV through the one formula-safe writer the app's exports use (analysis.io.tables)."""
    source = write_csv(tmp_path / "in.csv", ["title", "text"], [[title, "The rebels took Damascus, officials said."]])
    assert batch(tmp_path, source, "out.csv", "--spans") == 0
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as f:
        row = next(csv.DictReader(f))
    assert row["title"] == "'" + title
    with (tmp_path / "out.spans.csv").open(encoding="utf-8", newline="") as f:
        assert all(not r["text"].startswith(("=", "+", "@")) for r in csv.DictReader(f))
