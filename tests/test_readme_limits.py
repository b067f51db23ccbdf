"""The README's "Input limits" tables say what the code does: every number in their Limit column is one of the
constants that enforce it (issue 14). A limit changed in code and not in the README, or the other way round,
fails here; a new row fails until it is listed in LIMITS with the constants it states."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from analysis import corrections
from analysis.io import extract, files, ingest, netsafe
from analysis.io.corpus_file import CORPUS_VERSION, MAX_ARTICLES, MAX_CORPUS_BYTES
from analysis.lexicon import edit, patterns, validate
from analysis.lexicon.load import MAX_LEXICON_BYTES
from analysis.text import phrases
from app import cache, link

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
MB = 1_000_000

# Row (its Input cell) -> the numbers its Limit cell states, each from the constant that enforces it.
LIMITS: dict[str, list[float]] = {
    "Pasted text": [],
    "Any article (pasted, uploaded, fetched)": [files.MAX_ARTICLE_CHARS],
    "Title, outlet, author, date (paste form)": [ingest.MAX_FIELD_CHARS],
    "Title, outlet, author, date, URL (files, web pages)": [ingest.MAX_FIELD_CHARS],
    "Title taken from the first line": [files.TITLE_CHARS],
    "Articles in one session": [MAX_ARTICLES],
    "Text in one session": [ingest.MAX_SESSION_CHARS],
    "The same text twice": [],
    "The same title twice": [],
    "Text that does not look like English": [],
    "Files at once": [ingest.MAX_FILES],
    "File kinds": [],
    "File size": [ingest.MAX_UPLOAD_BYTES, CONFIG["server"]["maxUploadSize"], CONFIG["server"]["maxUploadSize"]],
    "Empty file": [],
    "Binary file (a NUL byte or mostly control characters in the first 8,192 bytes)": [],
    "Text that is not UTF-8": [16],  # "UTF-16 with a byte-order mark"
    "CSV or JSON without a text column or field": [],
    "CSV rows or JSON items": [MAX_ARTICLES],
    "An empty row in a CSV or JSON file": [],
    "Malformed JSON": [],
    "Nested JSON (an uploaded file or a corpus file)": [files.MAX_JSON_DEPTH],
    "Web page with (almost) no text": [extract.MIN_PAGE_WORDS],
    "Web page markup (fetched or uploaded), checked before it is read": [
        extract.MAX_TAGS,
        extract.MAX_ATTRIBUTES,
        extract.MAX_DEPTH,
    ],
    "Reading a web page (trafilatura, in a process of its own)": [
        extract.EXTRACT_SECONDS,
        extract.EXTRACT_MEMORY_BYTES // 2**20,
        extract.EXTRACTORS,
        extract.QUEUE_SECONDS,
    ],
    "Web addresses": [ingest.MAX_URLS, ingest.FETCHES_AT_ONCE],
    "Kind of address": [netsafe.MAX_URL_CHARS],
    "Where an address points": [],
    "Fetching": [
        netsafe.MAX_REDIRECTS,
        netsafe.TOTAL_SECONDS,
        netsafe.TIMEOUT_SECONDS,
        netsafe.MAX_BYTES / MB,
    ],
    "Corpus file": [MAX_CORPUS_BYTES, CORPUS_VERSION, MAX_ARTICLES],
    "Lexicon file": [MAX_LEXICON_BYTES / 1000],
    "Lexicon entries (a file or the editor)": [
        validate.MAX_ENTRY_CHARS,
        phrases.MAX_OPTIONAL_GROUPS,
        phrases.MAX_FORMS,
        validate.MAX_TOTAL_FORMS,
        patterns.MAX_PATTERN_CHARS,
        patterns.MAX_WILDCARDS,
        patterns.MAX_FORMS,
    ],
    "Lexicon edits": [edit.MAX_ENTRY_CHARS, edit.MAX_VARIANTS, 0, 9, 40],  # "a-z 0-9 _ up to 40"
    "Articles compared side by side": [link.MIN_SELECTED, link.MAX_SELECTED],
    "A shared link": [link.MIN_SELECTED, link.MAX_SELECTED],
    "One message from the browser": [CONFIG["server"]["maxMessageSize"], CONFIG["server"]["maxMessageSize"]],
    "Corrections in a corpus file": [corrections.MAX_CORRECTIONS, corrections.MAX_NOTE_CHARS],
    "Teacher corrections in the app": [],
    "Reports kept on the server": [cache.REPORT_BYTES_PER_SESSION / MB, cache.REPORT_BYTES_PER_PROCESS / MB],
    # the command line
    "A .txt file": [files.MAX_FILE_BYTES],
    "A folder": [],
    "Not UTF-8": [],
    "A lexicon (`--lexicon`)": [],
    "Text over 200,000 characters": [],
}


def limit_rows() -> list[tuple[str, str, str]]:
    """(input, limit, what the user is told) for every row of the tables under "## Input limits"."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Input limits") : text.index("### Not limited")]
    rows = []
    for line in section.splitlines():
        if not line.startswith("| ") or line.startswith(("| Input |", "| --- |")):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        assert len(cells) == 3, line
        rows.append((cells[0], cells[1], cells[2]))
    return rows


def numbers(text: str) -> list[float]:
    return sorted(float(n.replace(",", "")) for n in NUMBER.findall(text))


def test_every_row_of_the_tables_is_checked():
    assert sorted(r[0] for r in limit_rows()) == sorted(LIMITS)


@pytest.mark.parametrize(("name", "limit", "told"), limit_rows(), ids=[r[0][:40] for r in limit_rows()])
def test_the_numbers_of_each_limit_are_the_constants_of_the_code(name: str, limit: str, told: str):
    assert numbers(limit) == sorted(float(n) for n in LIMITS[name]), (name, limit)


def test_the_numbers_in_the_messages_are_limits_too():
    """A number in "What the user is told" is one of the table's limits (or part of an example: 'a', '(2)')."""
    known = {float(n) for values in LIMITS.values() for n in values} | {1000.0, 2.0, 5.0, 8192.0}
    for name, limit, told in limit_rows():
        stray = [n for n in numbers(told) if n not in known | set(numbers(limit)) | set(numbers(name))]
        assert stray == [], (name, stray)


def test_the_family_id_rule_is_the_one_the_readme_states():
    assert validate.FAMILY_ID_RE.pattern == "[a-z0-9_]{1,40}"


def test_the_paste_form_takes_the_field_limit():
    source = (ROOT / "app" / "pages" / "articles.py").read_text(encoding="utf-8")
    assert "max_chars=300" not in source and source.count("max_chars=ingest.MAX_FIELD_CHARS") == 4
