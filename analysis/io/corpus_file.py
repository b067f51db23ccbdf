"""Corpus files: a teacher saves a set of articles (and lexicon) as one JSON file.

``dump_corpus`` writes every field of every article (text verbatim, boilerplate spans as offsets), and a
teacher's corrections (``analysis.corrections``) when there are any; ``parse_corpus`` reads it back to equal
articles, or raises ``InputError`` saying what is wrong. The ``corrections`` field was added within format
version 1: files without it load as before, and readers that predate it ignore it.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import InputError, LexiconError
from ..lexicon.edit import user_lexicon
from ..model import Article, Span
from .files import check_text, decode, parse_json

if TYPE_CHECKING:
    from ..corrections import Correction

CORPUS_FORMAT = "framelens-corpus"
CORPUS_VERSION = 1
MAX_ARTICLES = 1000  # per session and per corpus file (issue 3: the dashboard's targets presume 1,000)
MAX_CORPUS_BYTES = 5_000_000  # the app cannot upload more (maxUploadSize = 5 MiB)
ID_SLUG_CHARS = 40
ID_RE = re.compile(r"[\w.-]{1,100}")
TEXT_FIELDS = ("id", "title", "outlet", "outlet_kind", "author", "date", "url", "language", "origin", "notes")


def slugify(title: str) -> str:
    """A short ASCII slug of a title ("Rebels take Damascus!" -> "rebels-take-damascus")."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug[:ID_SLUG_CHARS].rstrip("-") or "article"


def article_id(title: str, text: str) -> str:
    """An id from the title's slug and a short hash of the text."""
    return f"{slugify(title)}-{hashlib.sha256(text.encode('utf-8', 'replace')).hexdigest()[:8]}"


@dataclass(frozen=True, slots=True)
class Corpus:
    """Articles read from a corpus file, the lexicon saved with them (if any), corrections and warnings."""

    articles: tuple[Article, ...]
    lexicon_toml: str | None = None
    warnings: tuple[str, ...] = ()
    corrections: tuple[Correction, ...] = ()


def dump_corpus(
    articles: Iterable[Article], *, lexicon_toml: str | None = None, corrections: Iterable[Correction] = ()
) -> str:
    """The articles (and optionally the lexicon's TOML and a teacher's corrections) as one JSON document."""
    doc: dict[str, Any] = {
        "format": CORPUS_FORMAT,
        "version": CORPUS_VERSION,
        "articles": [
            {
                **{key: getattr(a, key) for key in TEXT_FIELDS},
                "boilerplate": [[s.start, s.end] for s in a.boilerplate],
                "text": a.text,
            }
            for a in articles
        ],
    }
    if lexicon_toml is not None:
        doc["lexicon_toml"] = lexicon_toml
    fixed = [c.to_dict() for c in corrections]
    if fixed:
        doc["corrections"] = fixed
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _article(raw: Any, where: str, name: str) -> Article:
    if not isinstance(raw, dict):
        raise InputError(f"{where}: each article must be an object with a 'text' field")
    text = raw.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' must be a string")
    check_text(text, where)
    values = {}
    for key in TEXT_FIELDS:
        value = raw.get(key, "")
        if not isinstance(value, str):
            raise InputError(f"{where}: {key!r} must be a string")
        values[key] = value.strip()
    if not values["id"] or not ID_RE.fullmatch(values["id"]):
        values["id"] = article_id(values["title"], text)
    spans = []
    for pair in raw.get("boilerplate", []) or []:
        ok = isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, int) for v in pair)
        if not ok or not 0 <= pair[0] < pair[1] <= len(text):
            raise InputError(f"{where}: boilerplate entries must be [start, end] offsets inside the text")
        spans.append(Span.of(text, pair[0], pair[1]))
    values["language"] = values["language"] or "en"
    values["origin"] = values["origin"] or f"corpus:{name}"
    return Article(text=text, boilerplate=tuple(spans), **values)


def parse_corpus(source: str | bytes, *, name: str = "corpus file") -> Corpus:
    """Articles and lexicon from a corpus file; every problem raises InputError saying where."""
    warnings: list[str] = []
    if isinstance(source, bytes):
        if len(source) > MAX_CORPUS_BYTES:
            raise InputError(f"{name}: {len(source):,} bytes; corpus files up to {MAX_CORPUS_BYTES:,} bytes are read")
        source, warnings = decode(source, name)
    data = parse_json(source, name)
    if not isinstance(data, dict) or data.get("format") != CORPUS_FORMAT:
        raise InputError(f'{name}: not a FrameLens corpus file (it has no "format": "{CORPUS_FORMAT}")')
    version = data.get("version")
    if not isinstance(version, int) or version > CORPUS_VERSION:
        raise InputError(f"{name}: corpus version {version!r} is newer than this FrameLens reads ({CORPUS_VERSION})")
    items = data.get("articles")
    if not isinstance(items, list) or not items:
        raise InputError(f"{name}: 'articles' must be a non-empty list")
    if len(items) > MAX_ARTICLES:
        raise InputError(f"{name}: {len(items)} articles; at most {MAX_ARTICLES} can be loaded at once")
    articles = tuple(_article(raw, f"{name}, article {i}", name) for i, raw in enumerate(items, start=1))
    ids = [a.id for a in articles]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise InputError(f"{name}: two articles share the id {dupes[0]!r}; ids must be unique")
    lexicon_toml = data.get("lexicon_toml")
    if lexicon_toml is not None:
        if not isinstance(lexicon_toml, str):
            raise InputError(f"{name}: 'lexicon_toml' must be the text of a lexicon file")
        try:
            user_lexicon(lexicon_toml, f"{name} (lexicon_toml)")
        except LexiconError as exc:
            raise InputError(str(exc)) from None
    from ..corrections import check_corrections

    corrections = check_corrections(data.get("corrections"), {a.id: a.text for a in articles}, name=name)
    return Corpus(articles, lexicon_toml, tuple(warnings), corrections)
