"""Bring-your-own articles: pasted text, uploaded files, web pages from a local test server, merging."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import FetchError, InputError
from analysis.io import ingest
from analysis.io.case_study import load_case_study
from analysis.io.corpus_file import MAX_ARTICLES, dump_corpus
from analysis.io.files import MAX_ARTICLE_CHARS
from analysis.io.netsafe import allow_private_hosts_for_tests

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"

# --- a local web server (also used by test_netsafe and test_pages) -------------------------------

Reply = tuple[int, dict[str, str], bytes]


@dataclass
class Server:
    base: str
    port: int
    routes: dict[str, Reply | Callable[[BaseHTTPRequestHandler], Reply]]
    seen: list[tuple[str, str]] = field(default_factory=list)  # (path, Host header)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        server: Server = self.server.app  # type: ignore[attr-defined]
        server.seen.append((self.path, self.headers.get("Host", "")))
        route = server.routes.get(self.path.split("?")[0])
        status, headers, body = route(self) if callable(route) else route or (404, {}, b"not found")
        self.send_response(status)
        for key, value in {"Content-Length": str(len(body)), **headers}.items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def local_server(routes: dict[str, Reply | Callable[[BaseHTTPRequestHandler], Reply]]) -> Iterator[Server]:
    """An HTTP server on 127.0.0.1 in a thread, answering the given routes."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port = httpd.server_address[1]
    app = Server(f"http://127.0.0.1:{port}", port, routes)
    httpd.app = app  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield app
    finally:
        httpd.shutdown()
        httpd.server_close()


def html_reply(body: bytes, ctype: str = "text/html; charset=utf-8") -> Reply:
    return 200, {"Content-Type": ctype}, body


def fixture_routes() -> dict[str, Reply]:
    return {f"/{p.name}": html_reply(p.read_bytes()) for p in FIXTURES.glob("*.html")}


@pytest.fixture
def pages() -> Iterator[Server]:
    with local_server(fixture_routes()) as server, allow_private_hosts_for_tests():
        yield server


# --- web pages -----------------------------------------------------------------------------------

PAGES = [
    # file, title, author, date, outlet, words in the body, words from nav/ads/comments that must be gone
    (
        "riverside-flood.html",
        "Riverside flood: thousands evacuated as levee fails",
        "Maria Okafor",
        "2025-03-14",
        "The Valley Courier",
        ["About 4,000 residents of Riverside", "said Daniel Reyes", "fall on Tuesday"],
        ["Buy cheap sandbags", "garden furniture", "Related stories", "Accept all", "Privacy policy"],
    ),
    (
        "council-vote.html",
        "Council approves contested housing plan after heated meeting",
        "Tom Becker",
        "2025-02-03",
        "Metro Daily",
        ["voted 7 to 4", "Mayor Helen Cho said", "would decide next week"],
        ["puppet of Northgate", "Ten brunch spots", "Road closures on Route 9", "Subscribe for free"],
    ),
    (
        "heatwave-wire.html",
        "Heat wave strains power grid across southern Europe",
        "Sofia Marino",
        "2025-07-18",
        "Global Wire",
        ["Temperatures above 40 degrees Celsius", "told Global Wire", "ease from Tuesday"],
        ["Skip to main content", "Markets slip as oil rises", "quotes delayed", "Trust Principles"],
    ),
]


@pytest.mark.parametrize(("name", "title", "author", "date", "outlet", "present", "absent"), PAGES)
def test_url_article_extracts_metadata_and_body_without_boilerplate(
    pages: Server, name: str, title: str, author: str, date: str, outlet: str, present: list[str], absent: list[str]
) -> None:
    article = ingest.url_article(f"{pages.base}/{name}")
    assert (article.title, article.author, article.date, article.outlet) == (title, author, date, outlet)
    assert article.url == f"{pages.base}/{name}"
    assert article.origin == "url:127.0.0.1"
    for words in present:
        assert words in article.text
    for words in absent:
        assert words not in article.text


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p[0])
def test_uploaded_html_file_is_read_like_a_fetched_page(page: tuple) -> None:
    name, title, author, date, _outlet, present, absent = page
    [article], warnings = ingest.read_upload(name, (FIXTURES / name).read_bytes())
    assert (article.title, article.author, article.date, warnings) == (title, author, date, [])
    assert all(w in article.text for w in present) and not any(w in article.text for w in absent)
    assert article.origin == f"file:{name}"


def test_plain_text_url_is_taken_verbatim() -> None:
    routes = {"/story.txt": html_reply(b"Plain headline\nOfficials said it rained.", "text/plain; charset=utf-8")}
    with local_server(routes) as server, allow_private_hosts_for_tests():
        article = ingest.url_article(f"{server.base}/story.txt")
    assert (article.title, article.text, article.outlet) == (
        "Plain headline",
        "Plain headline\nOfficials said it rained.",
        "127.0.0.1",
    )


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            b"<html><body><nav><a href='/'>Home</a></nav><p>Please log in.</p></body></html>",
            "only 4 words of article text",
        ),
        (b"<html><body><div id='app'></div><script>render()</script></body></html>", "no article text was found"),
        (b"", "no article text was found"),
    ],
)
def test_page_without_article_text_says_paste_instead(body: bytes, reason: str) -> None:
    with (
        local_server({"/empty": html_reply(body)}) as server,
        allow_private_hosts_for_tests(),
        pytest.raises(FetchError) as err,
    ):
        ingest.url_article(f"{server.base}/empty")
    assert reason in str(err.value) and str(err.value).endswith("You can paste the text instead.")


def test_fetch_is_refused_for_local_addresses_without_the_test_allowance() -> None:
    with local_server(fixture_routes()) as server, pytest.raises(FetchError, match="internal address"):
        ingest.url_article(f"{server.base}/riverside-flood.html")
    assert server.seen == []


# --- files ---------------------------------------------------------------------------------------

GOOD_FILES = [
    # name, bytes, expected (title, outlet, author, date) per article
    ("story.txt", b"Headline of the story\n\nOfficials said it rained.", [("Headline of the story", "", "", "")]),
    ("story.md", b"# A markdown headline\n\nThe mayor said it rained.", [("A markdown headline", "", "", "")]),
    ("bom.txt", "\ufeffWith a BOM\nText.".encode(), [("With a BOM", "", "", "")]),
    (
        "set.csv",
        b'title,outlet,author,date,text\nFirst,BBC,Ann,2025-01-01,"Line one.\nLine two, with a comma."\nSecond,CNN,,,Another text\n',
        [("First", "BBC", "Ann", "2025-01-01"), ("Second", "CNN", "", "")],
    ),
    ("semi.csv", b"Headline;Source;Body\nOne;Le Monde;Un texte.\n", [("One", "Le Monde", "", "")]),
    ("tabs.csv", b"headline\tcontent\nTabbed\tSome text here\n", [("Tabbed", "", "", "")]),
    (
        "list.json",
        json.dumps(
            [{"title": "J1", "text": "Text one"}, {"headline": "J2", "body": "Text two", "byline": ["A", "B"]}]
        ).encode(),
        [("J1", "", "", ""), ("J2", "", "A, B", "")],
    ),
    (
        "one.json",
        json.dumps({"title": "Single", "text": "Only one", "source": "AP", "date": 2025}).encode(),
        [("Single", "AP", "", "2025")],
    ),
    (
        "wrapped.json",
        json.dumps({"articles": [{"text": "First line here\nmore"}]}).encode(),
        [("First line here", "", "", "")],
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), GOOD_FILES, ids=[f[0] for f in GOOD_FILES])
def test_read_upload_reads_each_kind_of_file(name: str, raw: bytes, expected: list[tuple[str, str, str, str]]) -> None:
    articles, warnings = ingest.read_upload(name, raw)
    assert [(a.title, a.outlet, a.author, a.date) for a in articles] == expected
    assert warnings == []
    assert all(a.origin == f"file:{name}" and a.text.strip() for a in articles)


def test_csv_keeps_multi_line_text_and_long_fields() -> None:
    long_text = "word " * 40_000  # 200,000 characters: longer than the csv module's default field limit
    raw = ("title,text\nLong," + json.dumps(long_text.strip()) + "\n").encode()
    [article], _ = ingest.read_upload("long.csv", raw)
    assert article.text == long_text.strip()


BAD_FILES = [
    ("empty.txt", b"", "the file is empty"),
    ("blank.txt", b"  \n\t\n", "the file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
    ("photo.png", b"\x89PNG\r\n", "FrameLens reads .txt, .md, .html, .htm, .csv, .json files"),
    ("noext", b"text", "FrameLens reads"),
    ("huge.txt", b"a" * (MAX_ARTICLE_CHARS + 1), "the limit is 200,000"),
    ("big.txt", b"a" * (ingest.MAX_UPLOAD_BYTES + 1), "bytes; files up to"),
    ("cols.csv", b"name,age\nAnn,3\n", "no text column (columns found: 'name', 'age')"),
    ("empty-rows.csv", b"title,text\nA,\nB,  \n", "no usable articles"),
    ("bad.json", b'{"title": "x", "text": ', "not valid JSON (line 1, column 24"),
    ("notext.json", b'[{"title": "x"}]', "no item has a text field"),
    ("scalar.json", b"42", "expected an article object or a list of them"),
    (
        "toomany.json",
        json.dumps([{"text": f"t{i}"} for i in range(MAX_ARTICLES + 1)]).encode(),
        f"at most {MAX_ARTICLES} articles",
    ),
    (
        "badcorpus.json",
        b'{"format": "framelens-corpus", "version": 1, "articles": []}',
        "'articles' must be a non-empty list",
    ),
]


@pytest.mark.parametrize(("name", "raw", "message"), BAD_FILES, ids=[f[0] for f in BAD_FILES])
def test_read_upload_refuses_bad_files_with_a_clear_message(name: str, raw: bytes, message: str) -> None:
    with pytest.raises(InputError) as err:
        ingest.read_upload(name, raw)
    assert message in str(err.value)
    assert str(err.value).startswith(name)


def test_bad_rows_are_skipped_with_a_warning_each() -> None:
    articles, warnings = ingest.read_upload("mixed.csv", b"title,text\nGood,Some text\nEmpty,\nAlso good,More text\n")
    assert [a.title for a in articles] == ["Good", "Also good"]
    assert warnings == ["mixed.csv, row 3: the text is empty — skipped"]


def test_non_utf8_file_is_read_with_a_warning() -> None:
    [article], warnings = ingest.read_upload("latin.txt", "Café crème\nLe maire a dit.".encode("latin-1"))
    assert "\ufffd" in article.text
    assert warnings == ["latin.txt: not valid UTF-8; unreadable bytes were replaced with '\ufffd'"]


def test_corpus_file_uploaded_as_json_adds_its_articles() -> None:
    case = load_case_study()
    articles, warnings = ingest.read_upload("set.json", dump_corpus(case[:2], lexicon_toml="[meta]\n").encode())
    assert articles == case[:2]
    assert warnings == ["set.json: the lexicon in this corpus file was not loaded; open it as a corpus file to use it"]


# --- pasted text and metadata --------------------------------------------------------------------


def test_pasted_article_takes_metadata_and_makes_an_id_from_title_and_text() -> None:
    a = ingest.pasted_article(
        "Body text.\r\nSecond line.", title="  Rebels take  Damascus! ", outlet="AP", date="2024-12-08"
    )
    assert (a.title, a.outlet, a.date, a.origin) == ("Rebels take Damascus!", "AP", "2024-12-08", "pasted")
    assert a.text == "Body text.\nSecond line."
    assert a.id.startswith("rebels-take-damascus-") and len(a.id) == len("rebels-take-damascus-") + 8


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the text is empty"),
        ("   \n ", "the text is empty"),
        ("x" * (MAX_ARTICLE_CHARS + 1), "the limit is 200,000"),
    ],
)
def test_pasted_article_refuses_empty_and_oversized_text(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        ingest.pasted_article(text)


def test_long_metadata_is_cut_to_one_line() -> None:
    a = ingest.pasted_article("text", title="T\n" * 400, outlet="<b>x</b>")
    assert len(a.title) == ingest.MAX_FIELD_CHARS and "\n" not in a.title and a.title.endswith("…")
    assert a.outlet == "<b>x</b>"  # kept as text; every view escapes it


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        ("https://a.example/1\nhttps://b.example/2", ["https://a.example/1", "https://b.example/2"]),
        ("  https://a.example/1   https://a.example/1 ", ["https://a.example/1"]),
        ("", []),
    ],
)
def test_split_urls(box: str, expected: list[str]) -> None:
    assert ingest.split_urls(box) == expected


def test_split_urls_refuses_too_many() -> None:
    with pytest.raises(InputError, match="at most 10"):
        ingest.split_urls(" ".join(f"https://x.example/{i}" for i in range(11)))


# --- merging into a session ----------------------------------------------------------------------


def test_merge_skips_same_text_and_renames_duplicate_titles() -> None:
    case = load_case_study()
    before = list(case)
    same_text = ingest.pasted_article(case[0].text, title="Another title")
    same_title = ingest.pasted_article("A different text.", title=case[1].title.upper())
    merged, notes = ingest.merge_articles(
        case, [same_text, same_title, ingest.pasted_article("Third text.", title="New")]
    )
    assert case == before  # the list given is not changed
    assert [a.title for a in merged[5:]] == [f"{case[1].title.upper()} (2)", "New"]
    assert len({a.id for a in merged}) == len(merged)
    assert notes[0] == "'Another title' is already loaded (the same text), so it was not added again."
    assert "was added as" in notes[1] and "(2)" in notes[1]


def test_merge_caps_the_number_of_articles() -> None:
    new = [ingest.pasted_article(f"text {i}", title=f"T{i}") for i in range(MAX_ARTICLES + 3)]
    merged, notes = ingest.merge_articles([], new)
    assert len(merged) == MAX_ARTICLES
    assert notes == [
        f"At most {MAX_ARTICLES} articles can be loaded at once: 'T{MAX_ARTICLES}' and 2 more were not added. Remove some articles first."
    ]


def test_merge_warns_about_non_english_text_but_adds_it() -> None:
    german = (
        "Der frühere Präsident ist nach Moskau geflohen, berichten mehrere Nachrichtenagenturen am Sonntag "
        "übereinstimmend aus Damaskus. Die Regierung in Russland hat ihm nach eigenen Angaben Asyl gewährt, "
        "während Kämpfer die Hauptstadt einnahmen."
    )
    merged, notes = ingest.merge_articles([], [ingest.pasted_article(german, title="DE")])
    assert len(merged) == 1 and notes == [ingest.NOT_ENGLISH.format(title="DE")]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["A", "a", "B", "A (2)", "", "ü"]), st.text(min_size=1, max_size=20)), max_size=12
    )
)
def test_merged_ids_and_titles_are_always_unique(items: list[tuple[str, str]]) -> None:
    new = []
    for title, text in items:
        try:
            new.append(ingest.pasted_article(text, title=title))
        except InputError:
            continue
    merged, _ = ingest.merge_articles([], new)
    assert len({a.id for a in merged}) == len(merged)
    assert len({" ".join(a.title.lower().split()) for a in merged}) == len(merged)


@pytest.mark.parametrize("raw", [b"[" * 100_000 + b"]" * 100_000, b'{"text": ' * 100_000, b"[{}," * 100_000])
def test_an_uploaded_json_file_nested_100000_deep_is_a_message(raw: bytes):
    with pytest.raises(InputError, match=r"deep\.json: the JSON is nested [\d,]+ levels deep; at most 64 are read"):
        ingest.read_upload("deep.json", raw)


def test_a_session_holds_at_most_its_characters_and_says_so_once(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(ingest, "MAX_SESSION_CHARS", 10_000)
    sentence = "The officials said that the rebels had taken the city on Sunday. "
    big = [ingest.pasted_article(f"Article {i}. " + sentence * 60, title=f"Big {i}") for i in range(5)]  # ~4,000 each
    small = ingest.pasted_article("A short one, officials said.", title="Small")
    merged, notes = ingest.merge_articles([], [*big, small])
    assert [a.title for a in merged] == ["Big 0", "Big 1", "Small"], "what fits is added, in order"
    assert notes == [
        f"At most 10,000 characters of text can be loaded at once: 'Big 2' ({len(big[2].text):,} characters) and 2 "
        "more were not added. Remove some articles first."
    ]
    assert sum(len(a.text) for a in merged) <= 10_000
