"""Classroom text as data: view explanations, glossary, discussion questions, method limits, methodology sections."""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.resources import CLASSROOM_FILE, METHODOLOGY_FILE, METHODS_DIR


@dataclass(frozen=True, slots=True)
class Limit:
    caption: str
    heading: str


@dataclass(frozen=True, slots=True)
class Classroom:
    """Everything the dashboard says in plain language, read from data/classroom.toml."""

    intros: dict[str, str]
    glossary: tuple[tuple[str, str], ...]
    questions: tuple[str, ...]
    limits: dict[str, Limit]
    prompts: dict[str, str] = field(default_factory=dict)  # templates for any event: {thing}, {article}
    lesson: dict[str, str] = field(default_factory=dict)  # what each step of a lesson asks

    def intro(self, view_key: str) -> str:
        return self.intros.get(view_key, "")

    def limit(self, method: str) -> Limit:
        return self.limits.get(method, Limit("", ""))


def load_classroom(path: Path = CLASSROOM_FILE) -> Classroom:
    """Read the classroom file; a missing file gives empty text rather than an error."""
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    intros = {k: " ".join(str(v).split()) for k, v in data.get("views", {}).items()}
    glossary = tuple((g["term"], g["definition"]) for g in data.get("glossary", []))
    questions = tuple(q["text"] for q in data.get("questions", []))
    limits = {k: Limit(v.get("caption", ""), v.get("heading", "")) for k, v in data.get("limits", {}).items()}
    prompts = {k: " ".join(str(v).split()) for k, v in data.get("prompts", {}).items()}
    lesson = {k: " ".join(str(v).split()) for k, v in data.get("lesson", {}).items()}
    return Classroom(intros, glossary, questions, limits, prompts, lesson)


def glossary_for(classroom: Classroom, term: str) -> str:
    """The glossary's definition of ``term`` (any case), or ""."""
    wanted = term.strip().lower()
    return next((d for t, d in classroom.glossary if t.lower() == wanted), "")


def discussion_prompts(
    classroom: Classroom, rows: Sequence[Any], labels: Sequence[str], reports: Sequence[Any], *, most_rows: int = 3
) -> list[str]:
    """Questions for any event: from the things the loaded articles name differently, and who speaks."""
    p = classroom.prompts
    out = [p["row"].format(thing=row.title) for row in list(rows)[:most_rows] if "row" in p and row.used > 1]
    anon = [r.sourcing.people.get("anonymous", 0) for r in reports]
    if "voices" in p and len(reports) > 1 and max(anon, default=0) > min(anon, default=0):
        out.append(p["voices"].format(article=labels[anon.index(max(anon))]))
    out += [p[k] for k in ("rewrite", "transparency", "machine") if k in p]
    return out


def methodology_section(heading: str, *, path: Path = METHODOLOGY_FILE, parts: Path = METHODS_DIR) -> str | None:
    """The body of the '## heading' section of docs/methodology.md, else of docs/methods/*.md, or None."""
    if not heading:
        return None
    files = [path] if path.exists() else sorted(parts.glob("*.md")) if parts.is_dir() else []
    for file in files:
        found = _section(file.read_text(encoding="utf-8"), heading)
        if found:
            return found
    return None


def _section(markdown: str, heading: str) -> str | None:
    wanted = heading.strip().lower()
    body: list[str] | None = None
    for line in markdown.splitlines():
        if line.startswith("## "):
            if body is not None:
                break
            if line[3:].strip().lower() == wanted:
                body = []
            continue
        if body is not None:
            body.append(line)
    text = "\n".join(body).strip() if body is not None else ""
    return text or None
