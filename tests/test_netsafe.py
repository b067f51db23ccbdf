"""URL safety: only public http(s) hosts, checked again after every redirect, pinned against DNS rebinding."""

from __future__ import annotations

import contextlib
import gzip
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from analysis.errors import FetchError
from analysis.io import netsafe
from analysis.io.netsafe import address_problem, allow_private_hosts_for_tests, check_url, fetch_url
from tests.test_ingest import Server, html_reply, local_server

PAGE = b"<html><body><p>Hello from the test server.</p></body></html>"


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("8.8.8.8", None),
        ("93.184.216.34", None),
        ("2606:4700:4700::1111", None),
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata service
        ("fe80::1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("100.64.0.1", "not a public address"),  # carrier-grade NAT
        ("192.0.0.1", "private"),  # IETF protocol assignments
        ("198.18.0.1", "private"),  # benchmarking
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("2002:7f00:1::", "loopback"),  # 6to4 around 127.0.0.1
        ("2002:a9fe:a9fe::", "link-local"),  # 6to4 around 169.254.169.254
        ("64:ff9b::7f00:1", "loopback"),  # NAT64 around 127.0.0.1
        ("64:ff9b::808:808", None),  # NAT64 around 8.8.8.8
        ("not-an-ip", "not an IP address"),
    ],
)
def test_address_problem(address: str, problem: str | None) -> None:
    found = address_problem(address)
    assert (found is None) == (problem is None), found
    if problem:
        assert problem in found


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "not 'file:' addresses"),
        ("ftp://example.com/x", "not 'ftp:' addresses"),
        ("gopher://example.com/", "not 'gopher:' addresses"),
        ("javascript:alert(1)", "not 'javascript:' addresses"),
        ("data:text/html,hi", "not 'data:' addresses"),
        ("www.example.com/story", "not addresses without http:// or https://"),
        ("http://user:secret@example.com/", "user name or password"),
        ("http:///path", "no host name"),
        ("http://example.com:99999/", "not a valid web address"),
        ("https://example.com/" + "a" * 2100, "longer than 2,000 characters"),
    ],
)
def test_check_url_refuses(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as err:
        check_url(url)
    assert reason in err.value.reason
    assert str(err.value).endswith(". You can paste the text instead.")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://example.com/a", ("http", "example.com", 80)),
        ("HTTPS://Example.COM/a?b=c", ("https", "example.com", 443)),
        ("http://example.com:8080/", ("http", "example.com", 8080)),
        ("  https://[2606:4700::1]/x ", ("https", "2606:4700::1", 443)),
    ],
)
def test_check_url_accepts(url: str, expected: tuple[str, str, int]) -> None:
    assert check_url(url) == expected


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://127.0.0.1/", "127.0.0.1 is a loopback address"),
        ("http://localhost/", "is a loopback address"),
        ("http://[::1]:8501/", "::1 is a loopback address"),
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address"),
        ("http://0.0.0.0:8501/", "0.0.0.0 is an unspecified address"),
        ("http://2130706433/", "127.0.0.1 is a loopback address"),  # 127.0.0.1 as one number
        ("http://0x7f.1/", "127.0.0.1 is a loopback address"),
        ("http://10.0.0.1/admin", "10.0.0.1 is a private address"),
        ("http://[::ffff:192.168.0.1]/", "192.168.0.1 is a private address"),
    ],
)
def test_internal_hosts_are_refused_before_any_connection(
    url: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_connection(*args: object, **kwargs: object) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(netsafe.socket, "create_connection", no_connection)
    with pytest.raises(FetchError) as err:
        fetch_url(url)
    assert shown in err.value.reason and "only public sites are fetched" in err.value.reason


def _fake_dns(monkeypatch: pytest.MonkeyPatch, answers: dict[str, list[list[str]]]) -> dict[str, int]:
    """Resolve the given names to the given addresses (one list per call); count the calls."""
    real = socket.getaddrinfo
    calls = {name: 0 for name in answers}

    def getaddrinfo(host: str, port: int, *args: object, **kwargs: object) -> list:
        if host not in answers:
            return real(host, port, *args, **kwargs)
        replies = answers[host]
        addresses = replies[min(calls[host], len(replies) - 1)]
        calls[host] += 1
        return [
            (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses
        ]

    monkeypatch.setattr(netsafe.socket, "getaddrinfo", getaddrinfo)
    return calls


def test_a_host_with_any_internal_address_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_dns(monkeypatch, {"mixed.example": [["93.184.216.34", "10.0.0.7"]]})
    with pytest.raises(FetchError, match=r"10\.0\.0\.7 is a private address"):
        fetch_url("http://mixed.example/")


def test_unknown_host_or_no_network_says_paste_instead() -> None:
    with pytest.raises(FetchError) as err:
        fetch_url("https://nothing-here.invalid/story")
    assert str(err.value) == (
        "Could not fetch https://nothing-here.invalid/story: the host name 'nothing-here.invalid' could not be "
        "found (is there a network connection?). You can paste the text instead."
    )


# --- against a local server, with the test-only allowance ----------------------------------------


def _redirect(location: str, status: int = 302) -> tuple[int, dict[str, str], bytes]:
    return status, {"Location": location}, b""


@pytest.fixture
def server() -> Iterator[Server]:
    routes = {
        "/page": html_reply(PAGE),
        "/latin": html_reply("<p>Café</p>".encode("latin-1"), "text/html; charset=ISO-8859-1"),
        "/image": html_reply(b"\x89PNG\r\n", "image/png"),
        "/json": html_reply(b"{}", "application/json"),
        "/missing": (404, {"Content-Type": "text/html"}, b"gone"),
        "/error": (500, {"Content-Type": "text/html"}, b"oops"),
        "/big": html_reply(b"x" * 5000),
        "/gzip": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(PAGE)),
        "/gzip-bomb": (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(b"a" * 100_000)),
        "/brotli": (200, {"Content-Type": "text/html", "Content-Encoding": "br"}, b"xx"),
        "/no-location": (302, {}, b""),
    }
    with local_server(routes) as srv:
        srv.routes.update(
            {
                "/to-page": _redirect("/page"),
                "/to-page-301": _redirect(f"{srv.base}/page", 301),
                "/to-loopback-other": _redirect(f"http://127.0.0.2:{srv.port}/page"),
                "/to-ipv6-loopback": _redirect(f"http://[::1]:{srv.port}/page"),
                "/to-private": _redirect("http://10.0.0.1/admin"),
                "/to-metadata": _redirect("http://169.254.169.254/latest/meta-data/", 308),
                "/to-file": _redirect("file:///etc/passwd"),
                "/to-ftp": _redirect("ftp://127.0.0.1/"),
                "/loop": _redirect("/loop"),
                "/chain-1": _redirect("/chain-2"),
                "/chain-2": _redirect("/chain-3"),
                "/chain-3": _redirect("/page"),
            }
        )
        yield srv


def test_without_the_allowance_the_test_server_itself_is_refused(server: Server) -> None:
    with pytest.raises(FetchError, match="loopback"):
        fetch_url(f"{server.base}/page")
    assert server.seen == []


def test_allowance_is_only_for_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTEST_CURRENT_TEST")
    with pytest.raises(RuntimeError, match="for tests only"), allow_private_hosts_for_tests():
        pass
    assert address_problem("127.0.0.1") is not None


def test_allowance_ends_with_its_block(server: Server) -> None:
    with allow_private_hosts_for_tests():
        assert fetch_url(f"{server.base}/page").body == PAGE
    with pytest.raises(FetchError, match="loopback"):
        fetch_url(f"{server.base}/page")


@pytest.mark.parametrize(
    ("path", "final", "body"),
    [
        ("/page", "/page", PAGE),
        ("/to-page", "/page", PAGE),
        ("/to-page-301", "/page", PAGE),
        ("/chain-1", "/page", PAGE),
        ("/gzip", "/gzip", PAGE),
    ],
)
def test_fetch_follows_safe_redirects(server: Server, path: str, final: str, body: bytes) -> None:
    with allow_private_hosts_for_tests():
        result = fetch_url(f"{server.base}{path}")
    assert (result.url, result.final_url, result.body) == (f"{server.base}{path}", f"{server.base}{final}", body)
    assert result.content_type == "text/html"


def test_charset_from_the_header_is_kept(server: Server) -> None:
    with allow_private_hosts_for_tests():
        result = fetch_url(f"{server.base}/latin")
    assert (result.charset, result.body.decode(result.charset)) == ("ISO-8859-1", "<p>Café</p>")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/to-loopback-other", "it redirects to http://127.0.0.2:"),
        ("/to-ipv6-loopback", "::1 is a loopback address"),
        ("/to-private", "it redirects to http://10.0.0.1/admin, and '10.0.0.1' points to an internal address"),
        ("/to-metadata", "169.254.169.254 is a link-local address"),
        ("/to-file", "it redirects to file:///etc/passwd, and only http:// and https:// addresses can be fetched"),
        ("/to-ftp", "not 'ftp:' addresses"),
        ("/loop", "more than 5 redirects"),
        ("/no-location", "redirected (302) without a new address"),
        ("/image", "gives image/png, not a web page"),
        ("/json", "gives application/json, not a web page"),
        ("/missing", "the server answered 404 Not Found"),
        ("/error", "the server answered 500"),
        ("/brotli", "unsupported encoding (br)"),
    ],
)
def test_fetch_refuses_unsafe_redirects_and_unusable_answers(server: Server, path: str, reason: str) -> None:
    with allow_private_hosts_for_tests(), pytest.raises(FetchError) as err:
        fetch_url(f"{server.base}{path}")
    assert reason in err.value.reason
    assert str(err.value).startswith(f"Could not fetch {server.base}{path}: ")
    assert str(err.value).endswith("You can paste the text instead.")


def test_redirect_targets_that_are_refused_are_never_contacted(server: Server) -> None:
    with allow_private_hosts_for_tests(), pytest.raises(FetchError):
        fetch_url(f"{server.base}/to-loopback-other")
    assert [path for path, _host in server.seen] == ["/to-loopback-other"]


@pytest.mark.parametrize("path", ["/big", "/gzip-bomb"])
def test_size_cap_counts_the_decompressed_body(server: Server, path: str) -> None:
    with allow_private_hosts_for_tests(), pytest.raises(FetchError, match="larger than"):
        fetch_url(f"{server.base}{path}", max_bytes=4000)


def test_closed_port_says_no_connection() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with allow_private_hosts_for_tests(), pytest.raises(FetchError, match="no connection"):
        fetch_url(f"http://127.0.0.1:{port}/")


def test_connection_goes_to_the_checked_address_with_the_original_host_header(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name is resolved once; a second, internal answer is never used."""
    calls = _fake_dns(monkeypatch, {"news.example": [["127.0.0.1"], ["10.9.9.9"]]})
    with allow_private_hosts_for_tests():
        result = fetch_url(f"http://news.example:{server.port}/page")
    assert result.body == PAGE
    assert calls == {"news.example": 1}
    assert server.seen == [("/page", f"news.example:{server.port}")]


def test_rebinding_on_a_redirect_hop_is_checked_again(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_dns(monkeypatch, {"news.example": [["127.0.0.1"], ["10.9.9.9"]]})
    server.routes["/hop"] = _redirect(f"http://news.example:{server.port}/page")
    with allow_private_hosts_for_tests(), pytest.raises(FetchError, match=r"10\.9\.9\.9 is a private address"):
        fetch_url(f"http://news.example:{server.port}/hop")


# --- one deadline across connecting, TLS, headers and body (issue 14) ----------------------------


@contextmanager
def raw_server(handle: Callable[[socket.socket], None]) -> Iterator[int]:
    """A TCP server on 127.0.0.1 that gives each connection to ``handle`` in its own thread; yields the port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.1)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=_quietly, args=(handle, conn, stop), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def _quietly(handle: Callable, conn: socket.socket, stop: threading.Event) -> None:
    with contextlib.suppress(OSError), conn:
        conn.settimeout(30)
        handle(conn, stop, conn.recv(65536))  # with the request (or the TLS hello)


def _drip(*head: bytes, every: float = 0.2) -> Callable[[socket.socket, threading.Event, bytes], None]:
    """Send ``head``, then one byte every ``every`` seconds until stopped (a server that never finishes)."""

    def handle(conn: socket.socket, stop: threading.Event, request: bytes) -> None:
        for part in head:
            conn.sendall(part)
        while not stop.wait(every):
            conn.sendall(b"x")

    return handle


def _silent(conn: socket.socket, stop: threading.Event, request: bytes) -> None:
    stop.wait(30)  # accepts, reads the request (or the TLS hello) and never answers


@pytest.fixture
def short_deadline(monkeypatch: pytest.MonkeyPatch) -> Iterator[float]:
    """The whole fetch may take 1.5 s; a hang past 25 s fails the test (an alarm, not a speed assertion)."""
    monkeypatch.setattr(netsafe, "TOTAL_SECONDS", 1.5)
    previous = signal.signal(signal.SIGALRM, lambda *_: pytest.fail("the fetch hung past its deadline"))
    signal.alarm(25)
    try:
        yield 1.5
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize(
    ("scheme", "handle"),
    [
        ("http", _drip(b"HTTP/1.1 200 OK\r\nX-Slow: ")),  # headers dripped a byte at a time
        ("http", _drip()),  # the status line never ends
        ("http", _silent),  # no answer at all
        ("http", _drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 99999\r\n\r\n")),  # body
        ("http", _drip(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n")),  # no length
        ("https", _silent),  # the TLS handshake never answers
    ],
    ids=["headers", "status line", "silent", "body", "body without length", "tls"],
)
def test_one_deadline_covers_connecting_tls_headers_and_body(short_deadline, scheme: str, handle) -> None:
    with raw_server(handle) as port, allow_private_hosts_for_tests():
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"took longer than 2 seconds|took too long") as err:
            fetch_url(f"{scheme}://127.0.0.1:{port}/story")
    assert time.monotonic() - started < 20, "well before the per-read limits would have added up"
    assert str(err.value).startswith(f"Could not fetch {scheme}://127.0.0.1:{port}/story:")


def test_a_dripping_server_is_cut_at_the_deadline_not_per_read(short_deadline) -> None:
    dripping = raw_server(_drip(b"HTTP/1.1 200 OK\r\nX-Slow: ", every=0.05))
    with dripping as port, allow_private_hosts_for_tests(), pytest.raises(FetchError, match="took longer than 2 s"):
        fetch_url(f"http://127.0.0.1:{port}/")


def test_a_slow_name_lookup_counts_against_the_deadline(short_deadline, monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def slow_lookup(*args: object, **kwargs: object) -> list:
        release.wait(10)
        return []

    monkeypatch.setattr(netsafe.socket, "getaddrinfo", slow_lookup)
    try:
        with pytest.raises(FetchError, match=r"looking up the host name 'slow\.example' took too long"):
            fetch_url("http://slow.example/")
    finally:
        release.set()


# --- addresses with non-ASCII characters ---------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "sent"),
    [
        ("/Österreich", "/%C3%96sterreich"),
        ("/search?q=café&lang=fr", "/search?q=caf%C3%A9&lang=fr"),
        ("/a b/%C3%A9?x=1 2#fragment", "/a%20b/%C3%A9?x=1%202"),
        ("/日本/記事", "/%E6%97%A5%E6%9C%AC/%E8%A8%98%E4%BA%8B"),
    ],
)
def test_non_ascii_paths_and_queries_are_sent_percent_encoded(server: Server, asked: str, sent: str) -> None:
    server.routes[sent.split("?")[0]] = html_reply(PAGE)
    with allow_private_hosts_for_tests():
        result = fetch_url(f"{server.base}{asked}")
    assert result.body == PAGE
    assert server.seen[-1][0] == sent


@pytest.mark.parametrize("location", ["/Österreich?q=café", "/%C3%96sterreich?q=caf%C3%A9"])
def test_a_redirect_to_a_non_ascii_address_is_followed(server: Server, location: str) -> None:
    server.routes["/%C3%96sterreich"] = html_reply(PAGE)
    server.routes["/to-unicode"] = _redirect(location)  # http.server sends the header as Latin-1 or UTF-8 bytes
    with allow_private_hosts_for_tests():
        result = fetch_url(f"{server.base}/to-unicode")
    assert result.body == PAGE
    assert server.seen[-1][0] == "/%C3%96sterreich?q=caf%C3%A9"


def test_a_raw_utf8_redirect_header_is_read_as_utf8() -> None:
    """A server that puts UTF-8 bytes in its Location header (http.client reads them as Latin-1)."""
    asked: list[bytes] = []

    def handle(conn: socket.socket, stop: threading.Event, request: bytes) -> None:
        asked.append(request.split(b" ")[1])
        if request.startswith(b"GET /%C3%96sterreich?q=caf%C3%A9 "):
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(PAGE) + PAGE)
        else:
            location = "/Österreich?q=café".encode()
            conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: " + location + b"\r\nContent-Length: 0\r\n\r\n")

    with raw_server(handle) as port, allow_private_hosts_for_tests():
        result = fetch_url(f"http://127.0.0.1:{port}/")
    assert result.body == PAGE
    assert asked == [b"/", b"/%C3%96sterreich?q=caf%C3%A9"]


def test_an_international_host_name_is_looked_up_in_idna_form(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _fake_dns(monkeypatch, {"xn--bcher-kva.example": [["127.0.0.1"]]})
    with allow_private_hosts_for_tests():
        result = fetch_url(f"http://bücher.example:{server.port}/page")
    assert result.body == PAGE
    assert calls == {"xn--bcher-kva.example": 1}
    assert server.seen[-1] == ("/page", f"xn--bcher-kva.example:{server.port}")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://" + "ü" * 70 + ".example/", "not a valid international domain name"),
        ("http://exa\u200bmple..com/", "not a valid international domain name"),
        ("http://[::1/", "not a valid web address"),
        ("http://example.com:99999/", "not a valid web address"),
        ("http://\u00e9xample.com\r\nHost: evil/", ""),
    ],
)
def test_odd_addresses_are_a_message_never_a_traceback(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as err:
        fetch_url(url)
    assert reason in str(err.value)
    assert str(err.value).endswith("You can paste the text instead.")
