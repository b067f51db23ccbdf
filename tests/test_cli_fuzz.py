"""`python -m analysis analyze` on hostile files: a result or a one-line message, never a traceback.

Random bytes and text (hypothesis, in-process through ``main``) and a table of hostile files run as a
real subprocess. Exit 0 means valid JSON whose spans index the file as read; exit 2 means one line on
stderr naming the problem; exit 1 (an unexpected exception caught by the last-resort handler) is a bug.
The basic bad-input cases (missing, empty, binary, oversized file) live in tests/test_cli.py.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis.cli import EXIT_BAD_INPUT, main
from analysis.io.files import decode
from analysis.io.tables import FORMULA_START
from tests.payloads import PAYLOADS, payload_text
from tests.test_properties import ANY_CHAR, composed_text, spans

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=ROOT, timeout=300, check=False
    )


def run_main(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def check_outcome(code: int, stdout: str, stderr: str, files: dict[str, bytes]) -> list[dict]:
    """The CLI's promise: JSON that indexes the files as read, or one clear line and exit 2."""
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("error:")]
    if code == 0:
        assert not errors, stderr
        data = json.loads(stdout)
        assert len(data) == len(files)
        for article in data:
            text, _ = decode(files[article["id"]], article["id"])  # the file as the command reads it
            for path, start, end, span_text in spans(article):
                assert text[start:end] == span_text, path
        return data
    assert code == EXIT_BAD_INPUT, f"unexpected exception, exit {code}: {stderr}"
    assert len(errors) == 1 and len(stderr.strip().splitlines()) <= len(files) + 1, stderr
    return []


# --- hypothesis, in-process ----------------------------------------------------------------------

file_bytes = st.one_of(
    st.binary(max_size=800),
    st.text(ANY_CHAR, max_size=500).map(lambda t: t.encode("utf-8")),
    composed_text.map(lambda t: t.encode("utf-8")),
    composed_text.map(lambda t: t.encode("utf-16")),
    composed_text.map(lambda t: t.encode("latin-1", errors="replace")),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(contents=st.lists(file_bytes, min_size=1, max_size=3))
@example(contents=[b""])
@example(contents=[b" \n\t \r\n"])
@example(contents=[b"\xef\xbb\xbf"])
@example(contents=[b"Assad fled.", b"\x00\x01\x02"])
@example(contents=[("x" * 100_000).encode()])
@example(contents=[payload_text().encode("utf-8")])
def test_random_files_give_json_or_one_clear_line(contents: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for i, raw in enumerate(contents):
            (Path(tmp) / f"f{i}.txt").write_bytes(raw)
            files[f"f{i}"] = raw
        code, out, err = run_main("analyze", tmp)
    check_outcome(code, out, err, files)
    if not any(raw.strip() for raw in contents) and code:
        assert "the text is empty" in err or "binary" in err


# --- a table of hostile files, through the real command ------------------------------------------

HUNDRED_K_LINE = ("the quick brown fox jumps over the lazy dog near Damascus " * 1800)[:100_000]
CASES = [
    # (case id, file name, bytes, expected exit, text expected in stdout (0) or stderr (2))
    ("empty", "a.txt", b"", 2, "the text is empty"),
    ("whitespace", "a.txt", " \u00a0\n\t\u2028\u3000 ".encode(), 2, "the text is empty"),
    ("bom only", "a.txt", b"\xef\xbb\xbf", 2, "the text is empty"),
    ("controls", "a.txt", bytes(range(1, 32)) * 40, 2, "binary"),
    ("nul", "a.txt", b"Assad fled.\x00", 2, "binary"),
    ("100k line", "a.txt", HUNDRED_K_LINE.encode(), 0, '"sentences"'),
    ("one long word", "a.txt", b"x" * 100_000, 0, '"sentences"'),
    ("payloads", "a.txt", payload_text().encode(), 0, json.dumps(PAYLOADS[0].text)[1:-1]),
    ("rtl", "a.txt", "الأسد غادر دمشق. «قال» مصدر ‏שלום‏".encode(), 0, "الأسد"),
    ("emoji", "a.txt", "🇸🇾 Assad fled 😀👩‍👩‍👧, “sources said”.".encode(), 0, "👩‍👩‍👧"),
    ("quotes", "a.txt", '"“«‘ Assad ’»”" fled "" « said ” Reuters'.encode(), 0, '"sentences"'),
    ("ansi", "a.txt", b"\x1b[31mAssad\x1b[0m fled, Reuters said.", 0, "\\u001b[31m"),
    ("cr only", "a.txt", b"Assad fled.\rRebels said.\r", 0, '"sentences"'),
    ("payload name", "<img src=x onerror=alert(1)>.txt", b"Assad fled.", 0, "<img src=x onerror=alert(1)>"),
    ("unicode name", "\u202egnp.txt", b"Assad fled.", 0, '"sentences"'),
]


@pytest.mark.parametrize(("name", "raw", "code", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_files(tmp_path: Path, name: str, raw: bytes, code: int, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(raw)
    got, out, err = run_main("analyze", str(path))
    assert got == code, err
    assert expected in (out if code == 0 else err)
    if code == 0:
        check_outcome(got, out, "", {path.stem: raw})
    else:
        assert len(err.strip().splitlines()) == 1


def test_hostile_files_through_the_real_command(tmp_path: Path) -> None:
    """The same files in one folder through `python -m analysis analyze`: one JSON list, no traceback."""
    good = {Path(c[1]).stem + str(i): c[2] for i, c in enumerate(CASES) if c[3] == 0}
    for stem, raw in good.items():
        (tmp_path / f"{stem}.txt").write_bytes(raw)
    result = run_cli("analyze", str(tmp_path))
    assert result.returncode == 0, result.stderr
    check_outcome(result.returncode, result.stdout, "", good)
    (tmp_path / "zz_empty.txt").write_bytes(b" \n ")
    result = run_cli("analyze", str(tmp_path))
    assert result.returncode == EXIT_BAD_INPUT and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].endswith("zz_empty.txt: the text is empty")


@pytest.mark.parametrize(
    ("case", "toml"),
    [
        ("hedges not a table", 'hedges = "x"'),
        ("loaded not a table", "loaded = 1"),
        ("boilerplate not a table", "boilerplate = []"),
        ("framing not a table", 'framing = "x"'),
        ("meta not a table", "meta = []"),
        ("poles not a list", '[[families]]\nid = "f"\npoles = 1'),
        ("terms not a list", '[[families]]\nid = "f"\npoles = [{id = "a", label = "a", position = 0}]\nterms = 3'),
        ("bad pattern", '[boilerplate]\nline_patterns = ["{unclosed"]'),
        ("extends outside", '[meta]\nextends = "../../../etc/passwd"'),
        ("not toml", "[[families]\n"),
    ],
)
def test_bad_lexicon_shapes_are_one_clear_line(tmp_path: Path, case: str, toml: str) -> None:
    """A lexicon of the wrong shape is exit 2 with the file's name, not exit 1 with a Python error."""
    lexicon = tmp_path / "mine.toml"
    lexicon.write_text(toml, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Assad fled, Reuters said.", encoding="utf-8")
    code, _out, err = run_main("analyze", "--lexicon", str(lexicon), str(article))
    assert code == EXIT_BAD_INPUT, f"{case}: exit {code}: {err}"
    assert "mine.toml" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("first_line", ['=HYPERLINK("http://x","y")', "+1+cmd", "-2+3", "@SUM(A1)", "\t=1"])
def test_csv_output_cannot_start_a_formula(tmp_path: Path, first_line: str) -> None:
    """A title (the file's first line) that starts like a formula is neutralised, as in the app's CSV export."""
    path = tmp_path / "a.txt"
    path.write_text(f"{first_line}\nAssad fled, Reuters said.", encoding="utf-8")
    code, out, err = run_main("analyze", "--format", "csv", str(path))
    assert code == 0, err
    row = next(csv.DictReader(io.StringIO(out)))
    texts = {k: v for k, v in row.items() if k in ("id", "title", "outlet", "author", "date", "url", "warnings")}
    assert not [k for k, v in texts.items() if v.startswith(FORMULA_START)], texts


def test_utf16_file_is_read_or_named_as_utf16(tmp_path: Path) -> None:
    """Windows "Unicode" (UTF-16 with a BOM) is text: read it, or say so — not "looks like a binary file"."""
    path = tmp_path / "notepad.txt"
    path.write_bytes("Assad fled, Reuters said.".encode("utf-16"))
    code, out, err = run_main("analyze", str(path))
    if code == 0:
        assert json.loads(out)[0]["sentences"][0]["text"].startswith("Assad")
    else:
        assert code == EXIT_BAD_INPUT and "UTF-16" in err, err
