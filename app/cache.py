"""What the server keeps between reruns: lexicons, reports, the default pair, figures, comparisons.

Two homes, by whose content it is (issue 14: a class of thirty on a server of about 1 GB):

- **Shared** (``st.cache_resource``, one per process): what comes from the shipped files only, the case study
  under a shipped lexicon. Every session that opens the case study uses the same reports and figures.
- **This session's** (``scope="session"``, which Streamlit clears when the session disconnects): everything
  built from a user's own articles or lexicon. A student's reports leave memory when their tab closes.

A session's reports live in its ``ReportStore``, bounded in bytes (each report is measured once, when it is
made) for the session and, through one ``ReportBudget``, for every session together; past a bound the least
recently used reports are let go (and analysed again if they are needed again). Everything is keyed by
content (a digest of the article, the lexicon's TOML text), so nothing of one session reaches another.
Resources are shared as they are, never copied (``st.cache_data`` unpickles a copy on every hit).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import itertools
import sys
import threading
import types
import weakref
from collections import OrderedDict
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from typing import Any

import streamlit as st

from analysis import Article, ArticleReport, Lexicon, analyze
from analysis.errors import InputError, LexiconError, ShippedLexiconError
from analysis.io.case_study import read_case_study
from analysis.lexicon.load import DEFAULT_LEXICON, GENERAL_LEXICON, lexicon_from_toml, load_lexicon
from analysis.lexicon.validate import lexicon_from_dict
from analysis.resources import CLASSROOM_FILE, LEXICON_DIR, read_toml
from app.render.classroom import Classroom, load_classroom
from app.render.selection import most_different_pair

REPORT_BYTES_PER_SESSION = 120_000_000  # one session's reports (24 articles of 199,000 characters: about 90 MB)
REPORT_BYTES_PER_PROCESS = 240_000_000  # every session's reports together, the shared ones aside
SHARED_REPORTS = 64  # the case study's five articles under each shipped lexicon
SPINNER_ARTICLES = 20  # from this many articles to analyse, say so while it runs
SPINNER_CHARS = 200_000  # … or this many characters
UNSIZED = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, Lexicon)


def content_key(article: Article) -> str:
    """A digest of everything in the article."""
    return hashlib.sha256(repr(article).encode("utf-8", "replace")).hexdigest()


def report_size(report: object) -> int:
    """Bytes held by a report and everything it alone refers to (a deep ``sys.getsizeof``, by ``gc``'s referents;
    classes, modules, functions and lexicons are shared, so not counted). About 2 % of an analysis's time."""
    seen: set[int] = set()
    size = 0
    todo: list[object] = [report]
    while todo:
        fresh = [o for o in todo if id(o) not in seen and not isinstance(o, UNSIZED)]
        seen.update(map(id, fresh))
        size += sum(map(sys.getsizeof, fresh))
        todo = gc.get_referents(*fresh)
    return size


# --- bounded report stores -----------------------------------------------------------------------


class ReportBudget:
    """Every session's ``ReportStore`` and the bytes they hold together; over ``limit``, the least recently used
    report of any session is let go. One lock guards every store (their operations are dictionary steps)."""

    def __init__(self, limit: int = REPORT_BYTES_PER_PROCESS) -> None:
        self.limit = limit
        self.lock = threading.RLock()
        self.clock = itertools.count()
        self._stores: weakref.WeakSet[ReportStore] = weakref.WeakSet()

    def add(self, store: ReportStore) -> None:
        with self.lock:
            self._stores.add(store)

    @property
    def bytes(self) -> int:
        with self.lock:
            return sum(s.bytes for s in self._stores)

    def make_room(self) -> None:
        with self.lock:
            while self.bytes > self.limit:
                holding = [s for s in self._stores if s.oldest_use() is not None]
                if not holding:
                    return
                min(holding, key=lambda s: s.oldest_use()).drop_oldest()


class ReportStore:
    """One session's reports by (article digest, lexicon key), least recently used first, at most ``limit`` bytes."""

    def __init__(self, budget: ReportBudget, limit: int = REPORT_BYTES_PER_SESSION) -> None:
        self.budget = budget
        self.limit = limit
        self.bytes = 0
        self._reports: OrderedDict[tuple[str, str | None], tuple[ArticleReport, int, int]] = OrderedDict()
        self._digests: dict[int, tuple[Article, str]] = {}  # id(article) -> (the article, its digest)
        budget.add(self)

    def remember(self, articles: Sequence[Article]) -> list[str]:
        """The articles' digests, each worked out once per article object; only these are remembered after."""
        with self.budget.lock:
            known = self._digests
        fresh: dict[int, tuple[Article, str]] = {}
        for article in articles:
            hit = known.get(id(article))
            fresh[id(article)] = (article, hit[1] if hit is not None and hit[0] is article else content_key(article))
        with self.budget.lock:
            self._digests = fresh
        return [fresh[id(a)][1] for a in articles]

    def key(self, article: Article) -> str:
        """An article's digest (remembered for the articles of the last ``remember``)."""
        with self.budget.lock:
            known = self._digests.get(id(article))
        return known[1] if known is not None and known[0] is article else content_key(article)

    def get(self, key: tuple[str, str | None]) -> ArticleReport | None:
        with self.budget.lock:
            found = self._reports.get(key)
            if found is None:
                return None
            self._reports[key] = (found[0], found[1], next(self.budget.clock))
            self._reports.move_to_end(key)
            return found[0]

    def put(self, key: tuple[str, str | None], report: ArticleReport) -> None:
        size = report_size(report)
        with self.budget.lock:
            if key in self._reports:
                return
            self._reports[key] = (report, size, next(self.budget.clock))
            self.bytes += size
            while self.bytes > self.limit and len(self._reports) > 1:
                self.drop_oldest()
        self.budget.make_room()

    def oldest_use(self) -> int | None:
        with self.budget.lock:
            return next(iter(self._reports.values()))[2] if self._reports else None

    def drop_oldest(self) -> None:
        with self.budget.lock:
            if self._reports:
                _, (_, size, _) = self._reports.popitem(last=False)
                self.bytes -= size

    def clear(self) -> None:
        with self.budget.lock:
            self._reports.clear()
            self._digests.clear()
            self.bytes = 0

    def __len__(self) -> int:
        return len(self._reports)


@st.cache_resource(show_spinner=False)
def report_budget() -> ReportBudget:
    """The process's one budget for every session's reports."""
    return ReportBudget()


@st.cache_resource(scope="session", max_entries=1, show_spinner=False, on_release=ReportStore.clear)
def session_store() -> ReportStore:
    """This session's reports; Streamlit drops it (and ``clear`` lets go of them) when the session disconnects."""
    return ReportStore(report_budget())


# --- shipped files, shared -------------------------------------------------------------------------


@st.cache_resource(show_spinner=False)
def case_study() -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """The shipped case study (the articles that could be read) and a message for each problem with its files."""
    articles, problems = read_case_study()
    return tuple(articles), tuple(problems)


@st.cache_resource(show_spinner=False)
def case_study_keys() -> frozenset[str]:
    return frozenset(content_key(a) for a in case_study()[0])


@st.cache_resource(show_spinner=False)
def shipped_lexicon_texts() -> dict[str, str]:
    """The text of each shipped lexicon file -> its name (a text picked in the app is recognised as shipped)."""
    texts = {}
    for path in sorted(LEXICON_DIR.glob("*.toml")):
        try:
            texts[path.read_text(encoding="utf-8")] = path.stem
        except (OSError, UnicodeDecodeError):
            continue
    return texts


def shipped_lexicon_text(name: str) -> str | None:
    """The text of the shipped lexicon ``name`` (None: no such file, or it cannot be read)."""
    return next((text for text, stem in shipped_lexicon_texts().items() if stem == name), None)


def is_shipped_lexicon(toml_text: str | None) -> bool:
    return toml_text is None or toml_text in shipped_lexicon_texts()


@st.cache_resource(show_spinner=False)
def default_lexicon() -> tuple[Lexicon, tuple[str, ...]]:
    """The shipped default lexicon; if its file (or the one it builds on) is broken, the general lexicon, else an
    empty one, so that articles are still read; and a message naming each broken file."""
    problems: list[str] = []
    for name in dict.fromkeys((DEFAULT_LEXICON, GENERAL_LEXICON)):
        try:
            lexicon = load_lexicon(name)
        except InputError as err:
            problems.append(f"A lexicon FrameLens ships cannot be used: {err}")
            continue
        if problems:
            problems.append(f"The {name!r} lexicon is in use instead.")
        return lexicon, tuple(problems)
    problems.append("An empty lexicon is in use: no framing words, actors or sources are marked until it is fixed.")
    return lexicon_from_dict({}, "empty lexicon", source=""), tuple(problems)


@st.cache_resource(max_entries=8, show_spinner=False)
def _shipped_lexicon(toml_text: str) -> Lexicon:
    """A shipped lexicon picked in the app (by its text); a fault in it is the shipped file's, not the user's."""
    try:
        return lexicon_from_toml(toml_text, f"data/lexicons/{shipped_lexicon_texts()[toml_text]}.toml")
    except LexiconError as err:
        raise ShippedLexiconError(str(err)) from None


@st.cache_resource(scope="session", max_entries=2, show_spinner=False)
def _own_lexicon(toml_text: str) -> Lexicon:
    return lexicon_from_toml(toml_text, "your lexicon")


def cached_lexicon(toml_text: str | None) -> Lexicon:
    """The lexicon for a TOML text (None: the shipped default), built once per distinct text: a shipped one for
    every session, a user's for this session only."""
    if toml_text is None:
        return default_lexicon()[0]
    return (_shipped_lexicon if is_shipped_lexicon(toml_text) else _own_lexicon)(toml_text)


def is_shared(articles: Sequence[Article], toml_text: str | None) -> bool:
    """True when everything here comes from shipped files (the case study under a shipped lexicon)."""
    if not is_shipped_lexicon(toml_text):
        return False
    keys, store = case_study_keys(), session_store()
    return all(store.key(a) in keys for a in articles)


# --- reports -------------------------------------------------------------------------------------


@st.cache_resource(max_entries=SHARED_REPORTS, show_spinner=False)
def shared_report(content: str, _article: Article, toml_text: str | None) -> ArticleReport:
    """A case-study article's report under a shipped lexicon, made once for every session."""
    return analyze(_article, cached_lexicon(toml_text))


def _lexicon_key(toml_text: str | None) -> str | None:
    return None if toml_text is None else hashlib.sha256(toml_text.encode("utf-8", "replace")).hexdigest()


def analyse_all(
    articles: Sequence[Article], toml_text: str | None
) -> tuple[tuple[ArticleReport, ...], tuple[str, ...]]:
    """The session's reports and a message for each article that failed; a spinner while many are analysed."""
    store, shipped, lexicon_key = session_store(), case_study_keys(), _lexicon_key(toml_text)
    shared_lexicon = is_shipped_lexicon(toml_text)
    found: dict[int, ArticleReport] = {}
    missing: list[tuple[int, Article, str]] = []
    for index, (article, key) in enumerate(zip(articles, store.remember(articles), strict=True)):
        if shared_lexicon and key in shipped:
            found[index] = shared_report(key, article, toml_text)
        elif (report := store.get((key, lexicon_key))) is not None:
            found[index] = report
        else:
            missing.append((index, article, key))
    problems: list[str] = []
    if missing:
        lexicon = cached_lexicon(toml_text)
        chars = sum(len(a.text) for _, a, _ in missing)
        many = len(missing) >= SPINNER_ARTICLES or chars >= SPINNER_CHARS
        with st.spinner(f"Analysing {len(missing):,} articles…", show_time=True) if many else nullcontext():
            for index, article, key in missing:
                try:
                    report = analyze(article, lexicon)
                except Exception as err:  # one bad article must not take the page down
                    problems.append(f"Could not analyse {article.outlet or article.title or article.id}: {err}")
                    continue
                store.put((key, lexicon_key), report)
                found[index] = report
    return tuple(found[i] for i in sorted(found)), tuple(problems)


# --- derived from reports: shared for the case study, else this session's ---------------------------


def two_homes(shared_entries: int, own_entries: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A cached function with two caches: the shared one when its first argument (``shared``) is True, else one
    that belongs to the session (cleared when it disconnects). Arguments after it are keys and ``_`` values."""

    def wrap(build: Callable[..., Any]) -> Callable[..., Any]:
        def home(suffix: str, **options: Any) -> Callable[..., Any]:
            @functools.wraps(build)
            def cached(*args: Any, **kwargs: Any) -> Any:
                return build(*args, **kwargs)

            cached.__qualname__ = f"{build.__qualname__}_{suffix}"  # a cache of its own (Streamlit keys by name)
            return st.cache_resource(show_spinner=False, **options)(cached)

        shared = home("shared", max_entries=shared_entries)
        own = home("own", max_entries=own_entries, scope="session")
        return lambda shared_home, *args: (shared if shared_home else own)(*args)

    return wrap


def keys_of(reports: Sequence[ArticleReport]) -> tuple[str, ...]:
    store = session_store()
    return tuple(store.key(r.article) for r in reports)


def shared_home(reports: Sequence[ArticleReport], toml_text: str | None) -> bool:
    return is_shared([r.article for r in reports], toml_text)


@two_homes(shared_entries=8, own_entries=4)
def _pair(keys: tuple[str, ...], lexicon: str | None, _reports: tuple[ArticleReport, ...]) -> tuple[str, ...]:
    return most_different_pair(_reports)


UNKNOWN_LEXICON = object()  # a caller that does not say which lexicon made the reports: kept in the session


def default_pair(reports: Sequence[ArticleReport], toml_text: Any = UNKNOWN_LEXICON) -> tuple[str, ...]:
    """The two articles that differ most (the default comparison), once per set of reports and lexicon."""
    shared = toml_text is not UNKNOWN_LEXICON and shared_home(reports, toml_text)
    lexicon = "?" if toml_text is UNKNOWN_LEXICON else _lexicon_key(toml_text)
    return _pair(shared, keys_of(reports), lexicon, tuple(reports))


@two_homes(shared_entries=4, own_entries=1)
def _comparison(keys: tuple[str, ...], _articles: tuple[Article, ...], toml_text: str | None):
    from analysis.compare.comparison import compare_articles  # scikit-learn: imported when Compare first opens

    return compare_articles(_articles, lexicon=cached_lexicon(toml_text))


def comparison(articles: Sequence[Article], toml_text: str | None):
    """Similarity, distinctive words and claims across the articles, cached by their content (a resource: with
    1,000 articles the similarity matrix alone is a million floats)."""
    store = session_store()
    keys = tuple(store.key(a) for a in articles)
    return _comparison(is_shared(articles, toml_text), keys, tuple(articles), toml_text)


@two_homes(shared_entries=1, own_entries=2)
def _fit(keys: tuple[str, ...], _articles: tuple[Article, ...]) -> tuple[str, str]:
    from analysis.lexicon.fit import choose_lexicon

    return choose_lexicon(_articles)


def lexicon_by_fit(articles: Sequence[Article]) -> tuple[str, str]:
    """The shipped lexicon that fits these articles and the fit test's note (analysis.lexicon.fit.choose_lexicon),
    once per set of articles: the case study's once for every session (each new session asks for it)."""
    store = session_store()
    return _fit(is_shared(articles, None), tuple(store.key(a) for a in articles), tuple(articles))


# --- classroom text ----------------------------------------------------------------------------------


@st.cache_resource(show_spinner=False)
def classroom() -> tuple[Classroom, str | None]:
    """The classroom text (data/classroom.toml), or none and a message naming the file when it cannot be used."""
    try:
        read_toml(CLASSROOM_FILE)  # a broken file is named with its line
        return load_classroom(), None
    except InputError as err:
        problem = str(err)
    except Exception as err:  # a file of the wrong shape: a missing key, a number where text goes
        problem = f"data/classroom.toml: not in the expected shape ({err.__class__.__name__}: {err})"
    return Classroom({}, (), (), {}), f"The classroom text cannot be shown: {problem}"


@st.cache_resource(show_spinner=False)
def transparency_problem() -> str | None:
    """Why data/transparency.toml cannot be used (every article then has no transparency score), or None."""
    from analysis.stages.transparency import load_settings

    try:
        load_settings()
    except InputError as err:
        return f"Transparency cannot be scored, so it shows 0 everywhere; the other measures stand: {err}"
    return None


def cached_classroom() -> Classroom:
    return classroom()[0]
