"""Read and merge lexicon files (TOML) that a teacher can read and edit.

A lexicon holds the knowledge FrameLens uses: term families with poles, actors and their aliases,
labels, verbs of saying, kinds of source, news agencies, hedges, loaded words and boilerplate lines.
An event file ``extends`` the general file. ``validate`` checks the result; errors name the file and line.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import LexiconError, ShippedLexiconError
from ..resources import LEXICON_DIR, ROOT
from .model import Lexicon
from .validate import lexicon_from_dict

DEFAULT_LEXICON = "syria-2024"
GENERAL_LEXICON = "general-news"
MAX_LEXICON_BYTES = 1_000_000
# A file with none of these has no words of saying or kinds of source: without ``extends`` it finds no sources.
SOURCING_KEYS = ("cues", "sources", "agencies")


def parse_toml(source: str, origin: str = "lexicon") -> dict[str, Any]:
    """Parse lexicon TOML text; syntax errors name the origin and line."""
    if len(source.encode("utf-8", "replace")) > MAX_LEXICON_BYTES:
        raise LexiconError(f"{origin}: the file is larger than {MAX_LEXICON_BYTES // 1000} kB")
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{origin}: not valid TOML ({exc})") from None
    except RecursionError:  # arrays or inline tables nested hundreds deep: tomllib parses them recursively
        raise LexiconError(f"{origin}: not valid TOML (arrays or tables nested too deeply)") from None


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Event lexicon on top of the general one: lists are joined, same-named families replaced."""
    merged: dict[str, Any] = {k: v for k, v in base.items()}
    for key, value in extra.items():
        if key == "families":
            by_id = {f.get("id"): f for f in merged.get("families", [])}
            for fam in value:
                by_id[fam.get("id")] = fam
            merged["families"] = list(by_id.values())
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = [*merged[key], *value]
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            inner = dict(merged[key])
            for k, v in value.items():
                inner[k] = [*inner[k], *v] if isinstance(v, list) and isinstance(inner.get(k), list) else v
            merged[key] = inner
        else:
            merged[key] = value
    if isinstance(merged.get("meta"), dict):
        merged["meta"] = {k: v for k, v in merged["meta"].items() if k != "extends"}
    return merged


def resolve(data: dict[str, Any], origin: str, *, directory: Path = LEXICON_DIR) -> dict[str, Any]:
    """Follow ``meta.extends`` to the general lexicon it builds on (one level is enough)."""
    if not isinstance(data, dict):
        raise LexiconError(f"{origin}: a lexicon must be a table")
    meta = data.get("meta", {})
    if not isinstance(meta, dict):
        raise LexiconError(f"{origin}: [meta] must be a table")
    parent = meta.get("extends")
    if not parent:
        return data
    if not re.fullmatch(r"[\w.-]+", str(parent)):
        raise LexiconError(f"{origin}: meta.extends must name a lexicon in data/lexicons, not {parent!r}")
    path = directory / f"{parent}.toml"
    if not path.is_file():
        if (LEXICON_DIR / f"{parent}.toml").is_file() or parent == GENERAL_LEXICON:
            raise ShippedLexiconError(f"{origin}: it builds on {shipped_name(path)}, which is missing")
        raise LexiconError(f"{origin}: meta.extends names {parent!r}, which is not in data/lexicons")
    return _merge(_shipped_data(path), data)


def shipped_name(path: Path) -> str:
    """A shipped file as the messages name it: its path from the repository root."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def _shipped_data(path: Path) -> dict[str, Any]:
    """A shipped lexicon's table, checked on its own first, so a fault in it is named as the shipped file's."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ShippedLexiconError(f"{shipped_name(path)}: cannot be read ({exc.__class__.__name__})") from None
    try:
        _check_shipped(shipped_name(path), text)
        return parse_toml(text, shipped_name(path))
    except LexiconError as exc:
        raise ShippedLexiconError(str(exc)) from None


@lru_cache(maxsize=8)
def _check_shipped(name: str, text: str) -> None:
    """Validate a shipped file once per content (raises LexiconError naming it; a failure is not remembered)."""
    lexicon_from_toml(text, name)


def load_lexicon(name_or_path: str | Path = DEFAULT_LEXICON) -> Lexicon:
    """A lexicon by name (a file in data/lexicons) or by path; a fault in a shipped file is a ShippedLexiconError."""
    path = Path(name_or_path)
    if not path.suffix and not path.exists():
        path = LEXICON_DIR / f"{name_or_path}.toml"
    shipped = path.resolve().parent == LEXICON_DIR.resolve()
    if not path.is_file():
        error = ShippedLexiconError if shipped else LexiconError
        raise error(f"{shipped_name(path) if shipped else name_or_path}: no such lexicon file")
    source = path.read_text(encoding="utf-8", errors="replace")
    if not shipped:
        return lexicon_from_toml(source, path.name)
    try:
        return lexicon_from_toml(source, shipped_name(path))
    except LexiconError as exc:
        raise ShippedLexiconError(str(exc)) from None


def lexicon_from_toml(source: str, origin: str = "lexicon") -> Lexicon:
    """Build a lexicon from TOML text (an uploaded file, or one edited in the app)."""
    own = parse_toml(source, origin)
    warnings = ()
    meta = own.get("meta") if isinstance(own, dict) else None
    extends = meta.get("extends") if isinstance(meta, dict) else None
    if isinstance(own, dict) and not extends and not any(own.get(k) for k in SOURCING_KEYS):
        warnings = (
            f"{origin}: it has no verbs of saying or kinds of source of its own and no extends line, so no "
            f'sources will be found; add extends = "{GENERAL_LEXICON}" under [meta] to build on the general lexicon',
        )
    return lexicon_from_dict(resolve(own, origin), origin, source=source, warnings=warnings)


def lexicon_to_toml(lexicon: Lexicon) -> str:
    """The merged lexicon as one self-contained TOML file."""
    import tomli_w

    return tomli_w.dumps(lexicon.data)


def available_lexicons(directory: Path = LEXICON_DIR) -> list[str]:
    return sorted(p.stem for p in directory.glob("*.toml"))
