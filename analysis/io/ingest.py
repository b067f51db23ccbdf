"""Bring your own articles: pasted text, uploaded files (.txt .md .html .csv .json) and web pages.

Every function returns new articles and never touches the ones already loaded; ordinary bad input
raises ``InputError`` with a message for the teacher. ``merge_articles`` adds new articles to a
session's list with unique ids, renaming duplicate titles and skipping texts already loaded.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from ..errors import FetchError, InputError
from ..model import Article
from ..text.sentences import looks_english
from .corpus_file import CORPUS_FORMAT, MAX_ARTICLES, article_id, parse_corpus
from .extract import Extracted, ExtractError, extract
from .files import check_text, decode, first_line, parse_json
from .netsafe import FetchResult, fetch_url
from .tables import FIELD_NAMES, canonical, text_key_hint

MAX_UPLOAD_BYTES = 5_000_000  # per uploaded file (below .streamlit/config.toml maxUploadSize = 5 MiB)
MAX_URLS = 10  # per request
FETCHES_AT_ONCE = 4  # addresses of one request fetched at the same time
MAX_FIELD_CHARS = 300  # title, outlet, author, date, url
MAX_FILES = 20  # per upload
MAX_SESSION_CHARS = 5_000_000  # all the text one session holds (a class shares one server of about 1 GB)
UPLOAD_TYPES = ("txt", "md", "html", "htm", "csv", "json")

NOT_ENGLISH = (
    "{title!r} does not look like English. It was added, but FrameLens's word lists and sentiment are "
    "English-only, so its results will be mostly empty or wrong."
)


# --- one article ---------------------------------------------------------------------------------


def _field(value: Any) -> str:
    """A metadata value as one clean line of at most MAX_FIELD_CHARS characters."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value if v is not None)
    line = " ".join(str(value).split())
    return line if len(line) <= MAX_FIELD_CHARS else line[: MAX_FIELD_CHARS - 1].rstrip() + "…"


def make_article(
    text: str,
    *,
    name: str,
    title: str = "",
    outlet: str = "",
    author: str = "",
    date: str = "",
    url: str = "",
    origin: str = "",
    outlet_kind: str = "",
    language: str = "en",
    notes: str = "",
) -> Article:
    """A checked article from text and metadata; ``name`` says where it came from in messages."""
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise InputError(f"{name}: the text must be a string, not {type(text).__name__}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, name)
    title = _field(title) or first_line(text)
    return Article(
        id=article_id(title, text),
        text=text,
        title=title,
        outlet=_field(outlet),
        outlet_kind=_field(outlet_kind),
        author=_field(author),
        date=_field(date),
        url=_field(url),
        language=_field(language) or "en",
        origin=_field(origin),
        notes=_field(notes),
    )


def pasted_article(text: str, *, title: str = "", outlet: str = "", date: str = "", author: str = "") -> Article:
    """An article typed or pasted into the app."""
    return make_article(text, name="Pasted text", title=title, outlet=outlet, date=date, author=author, origin="pasted")


# --- files ---------------------------------------------------------------------------------------


def _text_file(raw: bytes, name: str) -> tuple[list[Article], list[str]]:
    text, warnings = decode(raw, name)
    title = first_line(text)
    if name.lower().endswith(".md"):
        title = title.lstrip("#").strip() or title
    return [make_article(text, name=name, title=title, origin=f"file:{name}")], warnings


def _extract(page: str | bytes, url: str) -> Extracted:
    """The page's article, read within the bounds of analysis.io.extract; raises ValueError with the reason."""
    try:
        return extract(page, url)
    except ExtractError as exc:
        raise ValueError(str(exc)) from None


def _doc_article(doc: Extracted, *, name: str, url: str, origin: str) -> Article:
    host = (urlsplit(url).hostname or "") if url else ""
    return make_article(
        doc.text.strip(),
        name=name,
        title=doc.title or "",
        author=doc.author or "",
        date=doc.date or "",
        outlet=doc.sitename or host.removeprefix("www."),
        url=url,
        origin=origin,
    )


def html_article(page: str | bytes, *, name: str, url: str = "") -> Article:
    """Title, author, date, site and main text of a web page, boilerplate and comments left out."""
    try:
        doc = _extract(page, url)
    except ValueError as exc:
        raise InputError(f"{name}: {exc}. You can paste the text instead.") from None
    return _doc_article(doc, name=name, url=url, origin=f"file:{name}")


def _html_file(raw: bytes, name: str) -> tuple[list[Article], list[str]]:
    decode(raw, name)  # refuses binary files; trafilatura finds the page's own encoding
    return [html_article(raw, name=name)], []


def _rows_to_articles(rows: Iterable[tuple[str, dict[str, Any]]], name: str) -> tuple[list[Article], list[str]]:
    """Articles from (label, record) pairs; bad records are skipped with a warning each."""
    articles: list[Article] = []
    warnings: list[str] = []
    for label, record in rows:
        try:
            articles.append(
                make_article(
                    record.get("text"),
                    name=f"{name}, {label}",
                    origin=f"file:{name}",
                    **{key: record[key] for key in FIELD_NAMES if key != "text" and key in record},
                )
            )
        except InputError as exc:
            warnings.append(f"{exc} — skipped")
    if not articles:
        detail = f" ({'; '.join(warnings[:3])})" if warnings else ""
        raise InputError(f"{name}: no usable articles in the file{detail}")
    return articles, warnings


def _csv_file(raw: bytes, name: str) -> tuple[list[Article], list[str]]:
    text, warnings = decode(raw, name)
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    old_limit = csv.field_size_limit()
    try:
        csv.field_size_limit(max(old_limit, len(text) + 1))
        table = list(reader)
    except csv.Error as exc:
        raise InputError(f"{name}: not a readable CSV file ({exc})") from None
    finally:
        csv.field_size_limit(old_limit)
    if not table:
        raise InputError(f"{name}: the CSV file is empty")
    header = [h.strip() for h in table[0]]
    if not canonical({h: "x" for h in header}).get("text"):
        shown = ", ".join(repr(h) for h in header[:12]) or "none"
        raise InputError(f"{name}: no text column (columns found: {shown}). {text_key_hint()}.")
    body = [row for row in table[1:] if any(cell.strip() for cell in row)]
    if len(body) > MAX_ARTICLES:
        raise InputError(f"{name}: {len(body)} rows; at most {MAX_ARTICLES} articles can be loaded at once")
    rows = ((f"row {i}", canonical(dict(zip(header, row, strict=False)))) for i, row in enumerate(body, start=2))
    articles, row_warnings = _rows_to_articles(rows, name)
    return articles, warnings + row_warnings


def _json_file(raw: bytes, name: str) -> tuple[list[Article], list[str]]:
    text, warnings = decode(raw, name)
    data = parse_json(text, name)
    if isinstance(data, dict) and data.get("format") == CORPUS_FORMAT:
        corpus = parse_corpus(text, name=name)
        extra = [f"{name}: the lexicon in this corpus file was not loaded; open it as a corpus file to use it"]
        return list(corpus.articles), warnings + list(corpus.warnings) + (extra if corpus.lexicon_toml else [])
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise InputError(f"{name}: expected an article object or a list of them, with a 'text' field")
    if len(data) > MAX_ARTICLES:
        raise InputError(f"{name}: {len(data)} items; at most {MAX_ARTICLES} articles can be loaded at once")
    if not any(isinstance(item, dict) and "text" in canonical(item) for item in data):
        raise InputError(f"{name}: no item has a text field. {text_key_hint()}.")
    rows = ((f"item {i}", canonical(item) if isinstance(item, dict) else {}) for i, item in enumerate(data, start=1))
    articles, item_warnings = _rows_to_articles(rows, name)
    return articles, warnings + item_warnings


READERS: dict[str, Callable[[bytes, str], tuple[list[Article], list[str]]]] = {
    "txt": _text_file,
    "md": _text_file,
    "html": _html_file,
    "htm": _html_file,
    "csv": _csv_file,
    "json": _json_file,
}


def read_upload(name: str, raw: bytes) -> tuple[list[Article], list[str]]:
    """Articles from one uploaded file, chosen by its extension, and warnings about it."""
    full_name = PurePath(name or "file").name
    ext = full_name.rsplit(".", 1)[-1].lower() if "." in full_name else ""
    name = full_name if len(full_name) <= 120 else full_name[:110] + "…" + full_name[-9:]  # shown in messages
    if ext not in READERS:
        kinds = ", ".join(f".{t}" for t in UPLOAD_TYPES)
        raise InputError(f"{name}: FrameLens reads {kinds} files, not this kind")
    if len(raw) > MAX_UPLOAD_BYTES:
        raise InputError(f"{name}: {len(raw):,} bytes; files up to {MAX_UPLOAD_BYTES:,} bytes can be added")
    if not raw.strip():
        raise InputError(f"{name}: the file is empty")
    try:
        return READERS[ext](raw, name)
    except InputError:
        raise
    except Exception as exc:  # a file shaped in a way no check foresaw still ends in a message
        raise InputError(f"{name}: could not be read ({exc.__class__.__name__}: {exc})") from None


# --- web pages -----------------------------------------------------------------------------------


def url_article(url: str, *, fetch: Callable[[str], FetchResult] = fetch_url) -> Article:
    """The article at a web address, fetched safely; every error is a FetchError with the paste hint."""
    try:
        return _url_article(url, fetch)
    except InputError as exc:
        raise exc if isinstance(exc, FetchError) else FetchError(url, str(exc).removeprefix(f"{url}: ")) from None
    except Exception as exc:  # a page shaped in a way no check foresaw: still a message, never a traceback
        raise FetchError(url, f"the page could not be read ({exc.__class__.__name__})") from None


def _url_article(url: str, fetch: Callable[[str], FetchResult]) -> Article:
    page = fetch(url)
    host = urlsplit(page.final_url).hostname or "web page"
    origin = f"url:{host}"
    if page.content_type == "text/plain":
        text, _ = decode(page.body, url)
        return make_article(text, name=url, url=page.final_url, outlet=host.removeprefix("www."), origin=origin)
    body: str | bytes = page.body
    if page.charset:
        with contextlib.suppress(LookupError):  # an unknown charset: trafilatura guesses from the bytes
            body = page.body.decode(page.charset, errors="replace")
    try:
        doc = _extract(body, page.final_url)
    except ValueError as exc:
        raise FetchError(url, str(exc)) from None
    return _doc_article(doc, name=url, url=page.final_url, origin=origin)


def fetch_articles(
    urls: Sequence[str], *, fetch: Callable[[str], FetchResult] = fetch_url
) -> list[tuple[str, Article | None, str | None]]:
    """Each address's outcome, in order: (url, its article, None) or (url, None, the message why not). The pages
    are fetched a few at a time (each within its own deadline), and one bad address never loses the others."""
    if not urls:
        return []

    def one(url: str) -> tuple[str, Article | None, str | None]:
        try:
            return url, url_article(url, fetch=fetch), None
        except InputError as exc:
            return url, None, str(exc)

    with ThreadPoolExecutor(max_workers=min(FETCHES_AT_ONCE, len(urls)), thread_name_prefix="framelens-fetch") as pool:
        return list(pool.map(one, urls))


def split_urls(text: str) -> list[str]:
    """Web addresses from a box with one per line (or separated by spaces), without repeats."""
    urls = list(dict.fromkeys(u for u in text.split() if u.strip()))
    if len(urls) > MAX_URLS:
        raise InputError(f"{len(urls)} addresses given; at most {MAX_URLS} can be fetched at once")
    return urls


# --- adding to a session -------------------------------------------------------------------------


def _title_key(title: str) -> str:
    return " ".join(title.lower().split())


def merge_articles(existing: Sequence[Article], new: Iterable[Article]) -> tuple[list[Article], list[str]]:
    """``existing`` plus ``new`` (a new list): same texts skipped, duplicate titles given " (2)", capped at
    ``MAX_ARTICLES`` articles and ``MAX_SESSION_CHARS`` characters.

    Returns the list and one message per article that was skipped, renamed or looks non-English.
    """
    out = list(existing)
    texts = {hashlib.sha256(a.text.encode("utf-8", "replace")).digest() for a in out}
    titles = {_title_key(a.title) for a in out}
    ids = {a.id for a in out}
    chars = sum(len(a.text) for a in out)
    notes: list[str] = []
    too_much: list[Article] = []  # articles that would take the session past MAX_SESSION_CHARS
    pending = list(new)
    for index, article in enumerate(pending):
        if len(out) >= MAX_ARTICLES:
            notes.append(_too_many(article, len(pending) - index))
            break
        if chars + len(article.text) > MAX_SESSION_CHARS:
            too_much.append(article)
            continue
        digest = hashlib.sha256(article.text.encode("utf-8", "replace")).digest()
        if digest in texts:
            notes.append(f"{article.title!r} is already loaded (the same text), so it was not added again.")
            continue
        article = _renamed(article, titles, ids, notes)
        if not looks_english(article.text):
            notes.append(NOT_ENGLISH.format(title=article.title))
        out.append(article)
        texts.add(digest)
        titles.add(_title_key(article.title))
        ids.add(article.id)
        chars += len(article.text)
    if too_much:
        first = too_much[0]
        more = f" and {len(too_much) - 1} more were" if len(too_much) > 1 else " was"
        notes.append(
            f"At most {MAX_SESSION_CHARS:,} characters of text can be loaded at once: {first.title!r} "
            f"({len(first.text):,} characters){more} not added. Remove some articles first."
        )
    return out, notes


def _too_many(article: Article, rest: int) -> str:
    return (
        f"At most {MAX_ARTICLES} articles can be loaded at once: {article.title!r}"
        + (f" and {rest - 1} more were" if rest > 1 else " was")
        + " not added. Remove some articles first."
    )


def _renamed(article: Article, titles: set[str], ids: set[str], notes: list[str]) -> Article:
    """The article with a title and id no loaded article has (" (2)" after a title already used)."""
    title = article.title
    if _title_key(title) in titles:
        n = 2
        while _title_key(f"{article.title} ({n})") in titles:
            n += 1
        title = f"{article.title} ({n})"
        notes.append(f"Another article is already titled {article.title!r}; this one was added as {title!r}.")
    new_id = article.id if title == article.title and article.id not in ids else article_id(title, article.text)
    while new_id in ids:
        new_id = f"{new_id}-x"
    return replace(article, title=title, id=new_id)
