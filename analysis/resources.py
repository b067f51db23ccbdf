"""Where FrameLens's shipped files are, and the one way they are read (TOML, with errors that name file and line).

Every path into ``data/`` and ``docs/`` is defined here and nowhere else.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .errors import SettingsError

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DOCS_DIR = ROOT / "docs"
LEXICON_DIR = DATA_DIR / "lexicons"
CASE_STUDY_DIR = DATA_DIR / "articles"
METADATA_FILE = CASE_STUDY_DIR / "metadata.toml"
TRANSPARENCY_FILE = DATA_DIR / "transparency.toml"
COMPARE_FILE = DATA_DIR / "compare.toml"
CLASSROOM_FILE = DATA_DIR / "classroom.toml"
LOADED_FILE = DATA_DIR / "loaded.toml"
LOADED_NEWS_FILE = DATA_DIR / "loaded_news.toml"
METHODS_DIR = DOCS_DIR / "methods"
METHODOLOGY_FILE = DOCS_DIR / "methodology.md"


def read_toml(path: Path) -> dict[str, Any]:
    """A shipped TOML file as a dict; a missing or broken file raises ``SettingsError`` naming it and the line."""
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SettingsError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{name}: not valid TOML ({exc})") from None
    except RecursionError:
        raise SettingsError(f"{name}: not valid TOML (arrays or tables nested too deeply)") from None
