"""The protocol client of benchmarks/bench_sessions.py sees what the page sees.

One Chromium session takes the four steps of test_sessions.py while its websocket frames are caught; one
``benchmarks/st_protocol.ProtocolSession`` takes the same steps with the same article. Every run the page
received and every run the protocol client received must draw the same elements (path, kind, words), in
the same order, so the benchmark's students load the server as the page's own messages do.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from protocol_sessions import STEPS as PROTOCOL_STEPS
from protocol_sessions import Student, close_students, shows
from st_protocol import PageTree, ProtocolSession

from tests.e2e.test_sessions import close, run_sessions

TOKEN = "proto1"  # the same article for both clients, so the same ids and the same page


def runs_of(tree: PageTree, runs: list) -> Callable[[ForwardMsg], str | None]:
    """A feed for ``tree`` that appends the page's elements to ``runs`` each time a run finishes."""

    def feed(msg: ForwardMsg) -> str | None:
        status = PageTree.feed(tree, msg)
        if status == "FINISHED_SUCCESSFULLY":
            runs.append(tree.signature())
        return status

    return feed


def browser_runs(browser, url: str) -> list:
    runs: list = []
    tree = PageTree()
    feed = runs_of(tree, runs)

    def on_frame(payload: object) -> None:
        if isinstance(payload, bytes):
            msg = ForwardMsg()
            msg.ParseFromString(payload)
            feed(msg)

    def watch(page) -> None:
        page.on("websocket", lambda ws: ws.on("framereceived", on_frame) if "/_stcore/stream" in ws.url else None)

    close(run_sessions(browser, url, 1, token=TOKEN, before_load=watch))
    return runs


async def protocol_runs(url: str) -> tuple[list, Student]:
    runs: list = []
    student = Student(0, TOKEN, ProtocolSession(url))
    student.client.page.feed = runs_of(student.client.page, runs)
    await student.client.connect()
    for act in PROTOCOL_STEPS.values():
        await act(student)
    await close_students([student])
    return runs, student


def in_own_thread(coroutine):
    """Run a coroutine to its end in a thread of its own (Playwright's loop may be running in this one)."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(asyncio.run, coroutine).result()


def without_repeats(runs: list) -> list:
    """The distinct pages in order (a rerun that draws the same page again is not a difference)."""
    return [r for i, r in enumerate(runs) if i == 0 or r != runs[i - 1]]


@pytest.mark.browser
def test_the_protocol_client_draws_the_pages_the_browser_draws(browser, streamlit_server):
    seen_by_page = without_repeats(browser_runs(browser, streamlit_server))
    seen_by_client, student = in_own_thread(protocol_runs(streamlit_server))
    seen_by_client = without_repeats(seen_by_client)
    assert len(seen_by_page) >= 5, "the page's frames were caught: the first run and one per step"
    assert shows(student, "html", student.article.marker), "the client's own article is in its side-by-side view"
    assert [len(r) for r in seen_by_client] == [len(r) for r in seen_by_page]
    for n, (page_run, client_run) in enumerate(zip(seen_by_page, seen_by_client, strict=True)):
        assert client_run == page_run, f"run {n} differs"


async def why_another_article(url: str) -> tuple[ProtocolSession, list, str]:
    client = ProtocolSession(url)
    await client.connect()
    before = client.page.signature()
    why = client.page.widget("selectbox", "Article")
    other = next(o for o in why.options if o != why.options[why.default])
    await client.pick("Article", other)
    await client.close()
    return client, before, other


@pytest.mark.browser
def test_choosing_the_article_whose_numbers_are_explained_reruns_that_part_only(streamlit_server):
    client, before, other = in_own_thread(why_another_article(streamlit_server))
    assert client.last_status == "FINISHED_FRAGMENT_RUN_SUCCESSFULLY", "the Overview's why is a fragment"
    after = client.page.signature()
    why = client.page.widget("selectbox", "Article")
    assert why.options[why.default] == other or client.values[why.id].string_value == other
    story = [row for row in before if row[1] == "html" and "fl-glance" in row[2]]
    assert story and all(row in after for row in story), "the story above is kept, not drawn again"
    assert [r for r in after if r[1] == "block:expandable"] != [], "the chosen article's scores, each with its why"
    assert after != before, "the scores below now explain the other article"
