"""A web page's article text, read without letting one page stall the server (issue 14).

trafilatura is thorough but, on pathological markup, slow beyond any bound: a page whose one element carries
100,000 attributes kept it busy for 158 s, holding the interpreter every session of the app shares. Two bounds:

1. ``prescan`` refuses, in one linear pass, markup no article has: more than ``MAX_TAGS`` tags, more than
   ``MAX_ATTRIBUTES`` attributes on one element, elements nested more than ``MAX_DEPTH`` deep.
2. ``extract`` runs trafilatura in a separate process (``extract_worker.py``, a plain ``python`` started once
   and kept for the next page, so a page costs a pipe's round trip, not a start-up). The process is killed after
   ``EXTRACT_SECONDS`` and may map at most ``EXTRACT_MEMORY_BYTES`` more than it starts with; at most
   ``EXTRACTORS`` run at once, and the calling thread only waits on a pipe, so other sessions go on. It answers
   in JSON only. (Not ``multiprocessing``: its children import the parent's ``__main__`` again, which for
   ``streamlit run`` is Streamlit's command line; and forking a threaded server is unsafe.)

Both end in ``ExtractError`` with a message for the user; ``MIN_PAGE_WORDS`` words are needed for an article.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import select
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

MAX_TAGS = 60_000  # a long news page has a few thousand; trafilatura needs about 20 s for 100,000
MAX_ATTRIBUTES = 1_000  # on one element (real pages: tens); trafilatura's time grows with their square
MAX_DEPTH = 500  # elements inside elements (real pages: tens; the HTML parser itself stops at 256)
EXTRACT_SECONDS = 10.0  # one page's extraction, after which its process is killed
EXTRACT_MEMORY_BYTES = 192 * 2**20  # address space a reading process may add (the largest page: ~100 MB)
EXTRACTORS = 2  # extraction processes at once (the server's cores); the next page waits its turn
KEEP_IDLE = 1  # processes kept waiting for the next page (about 40 MB each), so a page costs no start-up
WORKER_PAGES = 50  # pages one process reads before a fresh one takes over
STARTUP_SECONDS = 30.0  # starting a process and loading trafilatura (about 0.4 s on the 2-core machine)
WORKER = Path(__file__).resolve().with_name("extract_worker.py")
QUEUE_SECONDS = 20.0  # how long a page waits for its turn before the user is told to try again
MIN_PAGE_WORDS = 20  # fewer words from a web page: not an article (a menu, a login wall)

TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*)([^<>]*)>")
QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
RAW_START = re.compile(r"<(!--|(?:script|style|textarea|title|xmp)\b)")  # content that is text, not markup
TAG_START = re.compile(r"<[A-Za-z]")
ATTRIBUTE = re.compile(r"[^\s=/]+(?:=\S*)?")
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source"}
    | {"track", "wbr", "basefont", "bgsound", "frame"}
)
# Elements whose end tag may be left out (the parser closes them), so they do not count towards the depth.
OPTIONAL_END = frozenset(
    {"html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup"}
    | {"option", "optgroup", "rb", "rt", "rp"}
)


class ExtractError(ValueError):
    """The page cannot be read; the message says why (the caller adds the paste hint)."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """What trafilatura found on a page."""

    text: str
    title: str
    author: str
    date: str
    sitename: str


# --- the pre-scan --------------------------------------------------------------------------------


def _without_raw_text(html: str) -> str:
    """The markup with comments and the content of script, style and the like left out (linear: each start is
    found by one regular-expression scan, each end by ``str.find``)."""
    out: list[str] = []
    at = 0
    lower = html.lower()
    while (found := RAW_START.search(lower, at)) is not None:
        opener = found.group(1)
        out.append(html[at : found.start()])
        if opener == "!--":
            end = lower.find("-->", found.end())
            at = len(html) if end < 0 else end + 3
            continue
        open_end = lower.find(">", found.end())
        close = lower.find(f"</{opener}", found.end())
        out.append(html[found.start() : open_end + 1] if 0 <= open_end < (close if close >= 0 else len(html)) else "")
        at = len(html) if close < 0 else close
    out.append(html[at:])
    return "".join(out)


def prescan(page: str | bytes) -> None:
    """Refuse markup no article page has; linear in the page's length. Raises ExtractError."""
    html = _without_raw_text(page.decode("latin-1") if isinstance(page, bytes) else page)  # a byte, a character
    too_many = f"the page has more than {MAX_TAGS:,} tags, far more than an article page"
    if sum(1 for _ in TAG_START.finditer(html)) > 2 * MAX_TAGS:  # tag starts, ended or not
        raise ExtractError(too_many)
    tags = 0
    depth = 0
    for match in TAG.finditer(html):
        tags += 1
        if tags > MAX_TAGS:
            raise ExtractError(too_many)
        closing, name, attributes = match.groups()
        name = name.lower()
        if len(attributes) > 2 * MAX_ATTRIBUTES:  # shorter cannot hold that many
            count = len(ATTRIBUTE.findall(QUOTED.sub("", attributes)))
            if count > MAX_ATTRIBUTES:
                raise ExtractError(
                    f"one <{name}> element has {count:,} attributes (at most {MAX_ATTRIBUTES:,} are read)"
                )
        if name in VOID or name in OPTIONAL_END or attributes.rstrip().endswith("/"):
            continue
        depth += -1 if closing else 1
        if depth > MAX_DEPTH:
            raise ExtractError(f"the page nests elements more than {MAX_DEPTH} deep")
        depth = max(depth, 0)


# --- extraction in its own process -------------------------------------------------------------


class _Worker:
    """One extraction process (``extract_worker.py``), kept for the next page until it has read ``WORKER_PAGES``,
    failed, or run out of time (then it is killed)."""

    def __init__(self) -> None:
        self.pages = 0
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), str(EXTRACT_MEMORY_BYTES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._pending = b""
        if self._reply(STARTUP_SECONDS) != {"ready": True}:
            self.kill()
            raise ExtractError("the page reader could not be started; try again in a moment")

    def _reply(self, seconds: float) -> dict[str, object] | None:
        """The next JSON line from the process within ``seconds``, or None (no answer in time, or it died)."""
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        end = time.monotonic() + seconds
        while b"\n" not in self._pending:
            left = end - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                return None
            self._pending += chunk
        line, _, self._pending = self._pending.partition(b"\n")
        return json.loads(line)

    def ask(self, page: str | bytes, url: str, seconds: float) -> dict[str, object] | None:
        assert self.process.stdin is not None
        raw = page.encode("utf-8", "surrogatepass") if isinstance(page, str) else page
        header = {"url": url, "text": isinstance(page, str), "length": len(raw)}
        try:
            self.process.stdin.write(json.dumps(header).encode("utf-8") + b"\n" + raw)
            self.process.stdin.flush()
        except OSError:  # the process has gone
            return None
        self.pages += 1
        return self._reply(seconds)

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()  # type: ignore[union-attr]


_slots = threading.BoundedSemaphore(EXTRACTORS)
_idle: list[_Worker] = []
_idle_lock = threading.Lock()


def _checkout() -> _Worker:
    with _idle_lock:
        while _idle:
            worker = _idle.pop()
            if worker.process.poll() is None:
                return worker
    return _Worker()


def _checkin(worker: _Worker) -> None:
    with _idle_lock:
        if worker.pages < WORKER_PAGES and len(_idle) < KEEP_IDLE and worker.process.poll() is None:
            _idle.append(worker)
            return
    worker.kill()


def stop_workers() -> None:
    """End the processes kept for the next page (at exit, and in tests that change their limits)."""
    with _idle_lock:
        workers, _idle[:] = list(_idle), []
    for worker in workers:
        worker.kill()


atexit.register(stop_workers)


def _run(page: str | bytes, url: str, seconds: float) -> dict[str, object]:
    worker = _checkout()
    reply = worker.ask(page, url, seconds)
    if reply is None:
        timed_out = worker.process.poll() is None
        worker.kill()
        return {"error": "timeout" if timed_out else "died"}
    if "error" in reply:
        worker.kill()  # after a failure the process is not trusted with another page
    else:
        _checkin(worker)
    return reply


def extract(page: str | bytes, url: str = "", *, seconds: float | None = None) -> Extracted:
    """Title, author, date, site and main text of a web page; raises ExtractError with the reason."""
    prescan(page)
    if not _slots.acquire(timeout=QUEUE_SECONDS):
        raise ExtractError("the server is busy reading other pages; try again in a moment")
    try:
        reply = _run(page, url, EXTRACT_SECONDS if seconds is None else seconds)
    finally:
        _slots.release()
    value = reply.get("ok", reply.get("error"))
    if "ok" not in reply:
        reasons = {
            "timeout": f"the page could not be read in time (more than {seconds or EXTRACT_SECONDS:.0f} seconds)",
            "memory": "the page needs more memory to read than the server gives one page",
            "died": "the page could not be read (the reader stopped)",
        }
        raise ExtractError(reasons.get(str(value), f"the page could not be read ({value})"))
    found = Extracted(**value)  # type: ignore[arg-type]
    words = len(found.text.split())
    if words == 0:
        raise ExtractError("no article text was found on the page")
    if words < MIN_PAGE_WORDS:
        raise ExtractError(
            f"only {words} words of article text were found on the page "
            "(pages that need JavaScript or a login cannot be read)"
        )
    return found
