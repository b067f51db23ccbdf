"""Web-page extraction is bounded (issue 14): pathological markup is refused before trafilatura sees it, and
trafilatura runs in its own process with a hard time and memory limit, killed when it runs out, while the
calling thread only waits (other sessions go on). Timings here are generous alarms, never assertions of speed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.io import extract, ingest
from analysis.io.extract import MAX_ATTRIBUTES, MAX_DEPTH, MAX_TAGS, ExtractError, prescan
from tests.test_ingest import FIXTURES
from tests.test_lexicon_strict import at_most

ARTICLE = "".join(
    f"<p>Paragraph {i}: the regime fell and Assad fled to Moscow, a rebel commander said.</p>" for i in range(8)
)


def page(body: str, head: str = "<title>A story</title>") -> str:
    return f"<html><head>{head}</head><body><article><h1>A story</h1>{body}</article></body></html>"


@pytest.fixture
def alarm() -> Iterator[None]:
    with at_most(60):  # extraction hung past its bound
        yield


@pytest.fixture
def fresh_workers() -> Iterator[None]:
    extract.stop_workers()  # a process started with other limits must not serve this test
    yield
    extract.stop_workers()


# --- the pre-scan ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "refusal"),
    [
        (page("<p " + " ".join(f"a{i}=x" for i in range(100_000)) + ">x</p>"), "100,000 attributes"),
        (page("<div " + " ".join(f"data-x{i}" for i in range(5_000)) + ">x</div>"), "5,000 attributes"),
        (page("<p " + " ".join(f'a{i}="one two three"' for i in range(2_000)) + ">x</p>"), "2,000 attributes"),
        (page("<svg><g " + "\n".join(f"x{i}='1'" for i in range(1_500)) + "/></svg>"), "1,500 attributes"),
        (page("<div>" * 100_000 + "text" + "</div>" * 100_000), f"more than {MAX_DEPTH} deep"),
        (page("<span><b>" * 2_000), f"more than {MAX_DEPTH} deep"),
        (page("<i>w</i>" * 40_000), f"more than {MAX_TAGS:,} tags"),
        (page("<a " * 200_000), f"more than {MAX_TAGS:,} tags"),
    ],
    ids=["100k attributes", "bare attributes", "quoted values", "svg lines", "deep", "deep unclosed", "tags", "open"],
)
def test_pathological_markup_is_refused_before_extraction(html: str, refusal: str) -> None:
    with pytest.raises(ExtractError, match=refusal):
        prescan(html)
    with pytest.raises(InputError, match=f"bad.html: .*{refusal}.*You can paste the text instead"):
        ingest.read_upload("bad.html", html.encode())


@pytest.mark.parametrize(
    "html",
    [
        page(ARTICLE, head="<script>var s = '" + "<div>" * 5_000 + "';</script><style>p{}</style>"),
        page(ARTICLE + "<!--" + "<div>" * 5_000 + "-->"),
        page(f'<div data-props="{"x" * 200_000}">' + ARTICLE + "</div>"),
        page("<p>one<p>two<li>three" * 2_000 + ARTICLE),  # end tags left out, as HTML allows
        page("<img src=x><br><hr><input>" * 2_000 + ARTICLE),
        page("<p " + " ".join(f"a{i}" for i in range(MAX_ATTRIBUTES)) + ">x</p>" + ARTICLE),
    ],
    ids=["script", "comment", "long attribute", "optional end tags", "void elements", "at the attribute limit"],
)
def test_ordinary_markup_passes_the_prescan(html: str) -> None:
    prescan(html)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.html")), ids=lambda p: p.name)
def test_the_fixture_pages_pass_the_prescan(path) -> None:
    prescan(path.read_bytes())


# --- the extraction process ------------------------------------------------------------------------


def test_a_page_is_read_in_its_own_process_and_the_process_is_kept(alarm, fresh_workers) -> None:
    first = extract.extract(page(ARTICLE))
    kept = list(extract._idle)
    second = extract.extract(page(ARTICLE).encode())
    assert first == second and "Assad fled" in first.text
    assert kept and extract._idle == kept, "the same process read the second page"


def test_a_slow_page_is_killed_at_the_time_limit_and_the_next_page_is_read(
    alarm, fresh_workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "EXTRACT_SECONDS", 0.5)
    slow = page("<span>w</span>" * 25_000)  # passes the prescan; trafilatura needs seconds for it
    with pytest.raises(InputError, match=r"slow\.html: the page could not be read in time .*paste the text instead"):
        ingest.read_upload("slow.html", slow.encode())
    assert "Assad fled" in extract.extract(page(ARTICLE)).text, "a fresh process reads the next page"


def test_the_reading_process_has_a_hard_memory_limit(alarm, fresh_workers) -> None:
    extract.extract(page(ARTICLE))
    pid = extract._idle[0].process.pid
    limits = Path(f"/proc/{pid}/limits").read_text(encoding="ascii")
    line = next(x for x in limits.splitlines() if x.startswith("Max address space"))
    soft = line.split()[3]
    assert soft != "unlimited", line
    mapped = int(Path(f"/proc/{pid}/statm").read_text(encoding="ascii").split()[0]) * 4096
    assert int(soft) <= mapped + extract.EXTRACT_MEMORY_BYTES + 64 * 2**20, line


def test_a_page_that_needs_more_memory_than_allowed_is_not_read(
    alarm, fresh_workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extract, "EXTRACT_MEMORY_BYTES", 8 * 2**20)
    big = page(
        "".join(f"<p>Paragraph {i}: words enough to make a long article of many lines.</p>" for i in range(20_000))
    )
    with pytest.raises(ExtractError):  # lxml gives up (no text) or Python raises MemoryError: either way a message
        extract.extract(big)
    monkeypatch.undo()
    extract.stop_workers()
    assert "Assad fled" in extract.extract(page(ARTICLE)).text


def test_other_work_goes_on_while_a_slow_page_is_read(alarm, fresh_workers, monkeypatch: pytest.MonkeyPatch) -> None:
    """The waiting thread holds no lock other sessions need: a normal page (and Python work) finish meanwhile."""
    monkeypatch.setattr(extract, "EXTRACT_SECONDS", 20.0)
    slow_done = threading.Event()

    def slow() -> None:
        try:
            extract.extract(page("<span>w</span>" * 29_000))
        except ExtractError:
            pass
        finally:
            slow_done.set()

    thread = threading.Thread(target=slow)
    thread.start()
    assert "Assad fled" in extract.extract(page(ARTICLE)).text
    sum(i * i for i in range(200_000))
    assert not slow_done.is_set(), "the normal page and the loop did not wait for the slow page"
    thread.join()


def test_when_every_reader_is_busy_the_next_page_is_told_to_try_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "QUEUE_SECONDS", 0.1)
    held = [extract._slots.acquire() for _ in range(extract.EXTRACTORS)]
    try:
        with pytest.raises(ExtractError, match="busy reading other pages"):
            extract.extract(page(ARTICLE))
    finally:
        for _ in held:
            extract._slots.release()


def test_odd_text_crosses_the_pipe_both_ways(alarm, fresh_workers) -> None:
    odd = page(ARTICLE + "<p>NUL \x00 and a lone surrogate \ud800 and \u202e bidi, then café and 日本.</p>")
    found = extract.extract(odd)
    assert "café" in found.text or "Assad" in found.text
