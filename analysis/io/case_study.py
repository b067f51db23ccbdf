"""The shipped case study: five articles on Russia granting Assad asylum, with their metadata and boilerplate.

``read_case_study`` never raises: it returns the articles it could read and a message naming the file for each
problem (a broken or missing ``metadata.toml``, a missing or unreadable text, a boilerplate line not in its
text), so the app starts without the case study, or with part of it, and says why. ``load_case_study`` is the
strict form for the command line and the tests: any problem is a ``SettingsError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import SettingsError
from ..model import Article, Span
from ..resources import CASE_STUDY_DIR, ROOT, read_toml
from ..text.sentences import lines
from .files import first_line

TEXT_FIELDS = ("title", "outlet", "outlet_kind", "author", "date", "url", "language", "notes")


def _squash(line: str) -> str:
    return " ".join(line.split())


def find_lines(text: str, wanted: Iterable[str]) -> tuple[Span, ...]:
    """Spans of the given whole lines (compared with white space, non-breaking included, folded)."""
    targets = {_squash(w) for w in wanted if w.strip()}
    return tuple(span for span in lines(text) if _squash(span.text) in targets)


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _article(entry: Any, index: int, directory: Path, problems: list[str]) -> Article | None:
    meta = _shown(directory / "metadata.toml")
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not entry["id"].strip():
        problems.append(f"{meta}: article {index} has no id, so it was left out")
        return None
    fields = {key: entry.get(key, "") for key in TEXT_FIELDS}
    if not all(isinstance(v, str) for v in fields.values()):
        problems.append(f"{meta}: article {entry['id']!r} has a field that is not text, so it was left out")
        return None
    path = directory / f"{entry['id']}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc.__class__.__name__
        problems.append(f"{_shown(path)}: cannot be read ({reason}), so that article was left out")
        return None
    if not text.strip():
        problems.append(f"{_shown(path)}: the text is empty, so that article was left out")
        return None
    wanted = [b for b in entry.get("boilerplate", []) if isinstance(b, str)]
    boilerplate = find_lines(text, wanted)
    missing = {_squash(b) for b in wanted} - {_squash(s.text) for s in boilerplate}
    if missing:
        problems.append(
            f"{meta}: boilerplate lines not found in {path.name}: {sorted(missing)}; that article is analysed "
            "without them marked"
        )
    return Article(
        id=entry["id"],
        text=text,
        boilerplate=boilerplate,
        origin="case study",
        **{**fields, "title": fields["title"] or first_line(text), "language": fields["language"] or "en"},
    )


def read_case_study(directory: Path = CASE_STUDY_DIR) -> tuple[list[Article], list[str]]:
    """The case-study articles that could be read, and one message (naming the file) for each problem."""
    problems: list[str] = []
    try:
        entries = read_toml(directory / "metadata.toml").get("article")
    except SettingsError as exc:
        return [], [str(exc)]
    if not isinstance(entries, list) or not entries:
        return [], [f"{_shown(directory / 'metadata.toml')}: no [[article]] entries"]
    articles = [a for i, e in enumerate(entries, start=1) if (a := _article(e, i, directory, problems)) is not None]
    return articles, problems


def load_case_study(directory: Path = CASE_STUDY_DIR) -> list[Article]:
    """The shipped case-study articles with their metadata and marked boilerplate; any problem raises."""
    articles, problems = read_case_study(directory)
    if problems:
        raise SettingsError(problems[0])
    return articles
