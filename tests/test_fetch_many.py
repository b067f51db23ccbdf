"""Several web addresses in one click: each gets its own outcome, and a bad one (non-ASCII, refused, broken)
never loses the good ones fetched with it (issue 14). Loopback only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest

from analysis.io import ingest
from analysis.io.netsafe import allow_private_hosts_for_tests
from app.session import ARTICLE_TABS_KEY
from tests.test_ingest import FIXTURES, Server, html_reply, local_server
from tests.test_pages import _app, messages

GOOD = ("riverside-flood.html", "council-vote.html")


@pytest.fixture
def server() -> Iterator[Server]:
    routes = {f"/{name}": html_reply((FIXTURES / name).read_bytes()) for name in GOOD}
    routes["/%C3%96sterreich"] = html_reply((FIXTURES / "heatwave-wire.html").read_bytes())
    with local_server(routes) as srv, allow_private_hosts_for_tests():
        srv.routes["/to-unicode"] = (302, {"Location": "/Österreich?q=café"}, b"")
        yield srv


def test_every_address_has_its_own_outcome_in_order(server: Server) -> None:
    urls = [
        f"{server.base}/{GOOD[0]}",
        f"{server.base}/Österreich?q=café",
        "http://bücher.invalid/Straße",
        f"{server.base}/missing-page",
        f"{server.base}/to-unicode",
        f"{server.base}/{GOOD[1]}",
        "ftp://example.com/x",
    ]
    outcomes = ingest.fetch_articles(urls)
    assert [url for url, _, _ in outcomes] == urls
    fetched = {url: (a.title if a else None, problem) for url, a, problem in outcomes}
    assert fetched[urls[0]][0].startswith("Riverside flood")
    assert fetched[urls[1]][0].startswith("Heat wave"), "a non-ASCII path is fetched percent-encoded"
    assert fetched[urls[4]][0].startswith("Heat wave"), "and so is such a redirect target"
    assert fetched[urls[5]][0].startswith("Council approves")
    for bad in (urls[2], urls[3], urls[6]):
        title, problem = fetched[bad]
        assert (
            title is None
            and problem.startswith(f"Could not fetch {bad}")
            and problem.endswith("paste the text instead.")
        )


def test_in_the_app_the_good_pages_are_added_and_each_bad_one_is_said(server: Server) -> None:
    at = AppTest.from_function(_app, default_timeout=60).run()
    at.session_state[ARTICLE_TABS_KEY] = "From the web"  # only the open tab's form is drawn
    urls = [f"{server.base}/{GOOD[0]}", "http://bücher.invalid/Straße?q=café", f"{server.base}/{GOOD[1]}"]
    at.run()
    at.text_area(key="fl_urls").input("\n".join(urls))
    at.button(key="fl_fetch").click().run()
    assert not at.exception
    added = [a.title for a in at.session_state["fl_articles"][5:]]
    assert len(added) == 2 and added[0].startswith("Riverside") and added[1].startswith("Council")
    errors = [e.replace("\u2060", "") for e in messages(at, "error")]
    assert len(errors) == 1 and "bücher.invalid" in errors[0], errors
