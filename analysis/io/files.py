"""Text in: bytes decoded, text checked, files and folders from disk.

Reading never raises past this module for ordinary bad input: it raises ``InputError`` with a
one-line message a teacher can act on.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable
from itertools import accumulate
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article
from ..text.sentences import lines

MAX_ARTICLE_CHARS = 200_000  # the app's cap on one article (README: input limits)
MAX_FILE_BYTES = 6_000_000  # the command line reads files up to this size
TITLE_CHARS = 120
BINARY_SAMPLE_BYTES = 8192
MAX_JSON_DEPTH = 64  # nested arrays and objects in an uploaded JSON or corpus file (a corpus file needs 5)
JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
NOT_A_BRACKET = re.compile(r"[^\[\]{}]+")
DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def decode(raw: bytes, name: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), else replacement characters and a warning."""
    warnings: list[str] = []
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Windows "Unicode" text (Notepad): UTF-16 with a byte-order mark; its zero bytes are not binary.
        try:
            return raw.decode("utf-16"), warnings
        except UnicodeDecodeError:
            raise InputError(f"{name}: starts like UTF-16 text but cannot be read as UTF-16") from None
    sample = raw[:BINARY_SAMPLE_BYTES]
    if b"\x00" in sample:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        warnings.append(f"{name}: not valid UTF-8; unreadable bytes were replaced with '\ufffd'")
    controls = sum(1 for ch in text[:BINARY_SAMPLE_BYTES] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:BINARY_SAMPLE_BYTES]) // 20):
        raise InputError(f"{name}: looks like a binary file, not text")
    return text, warnings


def check_text(text: str, name: str, *, max_chars: int | None = MAX_ARTICLE_CHARS) -> None:
    """Refuse empty and oversized text with a clear message."""
    if not text or not text.strip():
        raise InputError(f"{name}: the text is empty")
    if max_chars is not None and len(text) > max_chars:
        raise InputError(
            f"{name}: the text has {len(text):,} characters; the limit is {max_chars:,}. "
            "Paste a single article, or split a long document."
        )


def json_depth(text: str) -> int:
    """How deeply the arrays and objects of a JSON text nest (brackets inside strings do not count); linear."""
    brackets = NOT_A_BRACKET.sub("", JSON_STRING.sub("", text))
    return max(accumulate(DEPTH_STEP[b] for b in brackets), default=0)


def parse_json(text: str, name: str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """A JSON text as Python data; malformed or too deeply nested JSON raises ``InputError`` saying where."""
    depth = json_depth(text)
    if depth > max_depth:
        raise InputError(f"{name}: the JSON is nested {depth:,} levels deep; at most {max_depth} are read")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:  # not reached after the depth check; kept so no nesting can end in a traceback
        raise InputError(f"{name}: the JSON is nested too deeply; at most {max_depth} levels are read") from None


def first_line(text: str) -> str:
    line = next(lines(text), None)
    if line is None:
        return ""
    return line.text if len(line.text) <= TITLE_CHARS else line.text[: TITLE_CHARS - 1].rstrip() + "…"


def read_text_file(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> tuple[Article, list[str]]:
    """A .txt file as an article: the whole text, first line as headline, id from the file's stem."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(f"{path}: {size:,} bytes; files up to {max_bytes:,} bytes are analysed")
    text, warnings = decode(path.read_bytes(), str(path))
    check_text(text, str(path), max_chars=None)
    article = Article(id=path.stem, text=text, title=first_line(text), origin=f"file:{path.name}")
    return article, warnings


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the .txt files inside folders, in name order."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
            if not found:
                raise InputError(f"{path}: no .txt files in this folder")
            out.extend(found)
        else:
            out.append(path)
    return out
