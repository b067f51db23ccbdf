"""The shipped case study: five articles on Russia granting Assad asylum, with their metadata and boilerplate."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..model import Article, Span
from ..resources import CASE_STUDY_DIR
from ..text.sentences import lines
from .files import first_line


def _squash(line: str) -> str:
    return " ".join(line.split())


def find_lines(text: str, wanted: Iterable[str]) -> tuple[Span, ...]:
    """Spans of the given whole lines (compared with white space, non-breaking included, folded)."""
    targets = {_squash(w) for w in wanted if w.strip()}
    return tuple(span for span in lines(text) if _squash(span.text) in targets)


def load_case_study(directory: Path = CASE_STUDY_DIR) -> list[Article]:
    """The five shipped case-study articles with their metadata and marked boilerplate."""
    meta_path = directory / "metadata.toml"
    entries = tomllib.loads(meta_path.read_text(encoding="utf-8"))["article"]
    articles = []
    for entry in entries:
        path = directory / f"{entry['id']}.txt"
        text = path.read_text(encoding="utf-8")
        boilerplate = find_lines(text, entry.get("boilerplate", []))
        missing = {_squash(b) for b in entry.get("boilerplate", [])} - {_squash(s.text) for s in boilerplate}
        if missing:
            raise InputError(f"{meta_path.name}: boilerplate lines not found in {path.name}: {sorted(missing)}")
        articles.append(
            Article(
                id=entry["id"],
                text=text,
                title=entry.get("title") or first_line(text),
                outlet=entry.get("outlet", ""),
                outlet_kind=entry.get("outlet_kind", ""),
                author=entry.get("author", ""),
                date=entry.get("date", ""),
                url=entry.get("url", ""),
                language=entry.get("language", "en"),
                boilerplate=boilerplate,
                origin="case study",
                notes=entry.get("notes", ""),
            )
        )
    return articles
