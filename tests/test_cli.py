"""The command line's JSON is public API; bad input is one line on stderr and a non-zero exit."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def case_json():
    result = run_cli("analyze", "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_json_contract_fields(case_json):
    assert len(case_json) == 5
    for article in case_json:
        assert {"id", "title", "outlet"} <= article.keys()
        for t in article["framing"]["terms"]:
            assert {"family", "term", "pole", "text", "start", "end"} <= t.keys()
        for a in article["framing"]["actor_labels"]:
            assert {"actor", "label", "text", "start", "end"} <= a.keys()
        assert isinstance(article["sentiment"]["polarity"], float)
        assert isinstance(article["sentiment"]["subjectivity"], float)
        for actor, figures in article["sentiment"]["actors"].items():
            assert {"polarity", "mentions"} <= figures.keys(), actor
        for at in article["sourcing"]["attributions"]:
            assert {"kind", "source", "cue", "direct_quote", "text", "start", "end", "claim"} <= at.keys()
        assert 0 <= article["transparency"]["score"] <= 100
        for sig in article["transparency"]["signals"]:
            assert {"name", "value", "weight", "explanation", "evidence"} <= sig.keys()


def test_json_offsets_index_the_file_as_read(case_json):
    for article in case_json:
        text = (ROOT / "data" / "articles" / f"{article['id']}.txt").read_text(encoding="utf-8")
        for t in article["framing"]["terms"]:
            assert text[t["start"] : t["end"]] == t["text"]


def test_hts_actor_name_contains_hts(case_json):
    actors = {a["actor"] for art in case_json for a in art["framing"]["actor_labels"]}
    assert any("HTS" in a for a in actors)


def test_txt_files_and_folders(tmp_path, capsys):
    (tmp_path / "one.txt").write_text("Assad fled\nBashar al-Assad fled to Moscow, Reuters reported.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Assad resigned\nBashar al-Assad resigned, TASS said.", encoding="utf-8")
    assert main(["analyze", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in data] == ["one", "two"]
    assert data[0]["title"] == "Assad fled"
    assert {t["term"] for t in data[1]["framing"]["terms"]} >= {"resigned"}


def test_csv_and_table(capsys):
    assert main(["analyze", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 5 and "transparency" in rows[0]
    assert main(["analyze", "--format", "table"]) == 0
    assert "003_fdf7cf9fd6accedf" in capsys.readouterr().out


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "the text is empty"),
        ("blank.txt", b"  \n\n \t", "the text is empty"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        _write(path, content)
    result = run_cli("analyze", str(path))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_lexicon_is_one_line(tmp_path):
    bad = _write(tmp_path / "bad.toml", b"[[families]\n")
    result = run_cli("analyze", "--lexicon", str(bad))
    assert result.returncode != 0 and "bad.toml" in result.stderr and "Traceback" not in result.stderr


def test_non_utf8_is_read_with_a_warning(tmp_path):
    path = _write(tmp_path / "latin.txt", "Assad a quitté Damas. The president fled, Reuters said.".encode("latin-1"))
    result = run_cli("analyze", str(path))
    assert result.returncode == 0
    assert "not valid UTF-8" in result.stderr
    assert json.loads(result.stdout)[0]["id"] == "latin"


def test_non_english_is_analysed_with_a_warning(tmp_path):
    text = "Президент Башар Асад покинул Сирию и прибыл в Москву, где ему предоставили убежище. " * 5
    path = _write(tmp_path / "ru.txt", text.encode())
    result = run_cli("analyze", str(path))
    assert result.returncode == 0
    assert "English-only" in result.stderr


def test_oversized_file_is_refused_clearly(tmp_path):
    path = _write(tmp_path / "huge.txt", b"word " * 1_300_000)
    result = run_cli("analyze", str(path))
    assert result.returncode != 0 and "bytes" in result.stderr and "Traceback" not in result.stderr
