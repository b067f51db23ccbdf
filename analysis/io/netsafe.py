"""Fetch a web page for a hosted app without letting users reach internal services (SSRF).

Only http and https; every address a host resolves to must be public (no loopback, private,
link-local, shared, multicast, reserved or unspecified address, also inside IPv4-mapped, 6to4,
Teredo and NAT64 IPv6 addresses); redirects are followed by hand and each hop is checked again.
The connection goes to the address that was checked, so a second DNS answer cannot swap in an
internal address (DNS rebinding). Bodies are read in chunks up to a size cap, within a time limit.
Only tests can allow loopback addresses, through ``allow_private_hosts_for_tests``.
"""

from __future__ import annotations

import http.client
import ipaddress
import os
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError

TIMEOUT_SECONDS = 10.0  # each connect and each read
TOTAL_SECONDS = 20.0  # the whole fetch, redirects included
MAX_BYTES = 3_000_000  # body size cap, after decompression
MAX_REDIRECTS = 5
MAX_URL_CHARS = 2_000
CHUNK_BYTES = 65_536
ALLOWED_SCHEMES = ("http", "https")
ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
REDIRECT_CODES = (301, 302, 303, 307, 308)
USER_AGENT = "FrameLens/1.0 (classroom media-literacy tool; fetches one page on request)"
NAT64 = ipaddress.ip_network("64:ff9b::/96")


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A fetched page: the URL asked for, the URL that answered, its type, charset and raw body."""

    url: str
    final_url: str
    content_type: str
    charset: str
    body: bytes


# --- the test-only allowance ---------------------------------------------------------------------

_allowed_for_tests: set[str] = set()
_allowance_lock = threading.Lock()


@contextmanager
def allow_private_hosts_for_tests(addresses: tuple[str, ...] = ("127.0.0.1",)) -> Iterator[None]:
    """Let fetches reach the given (loopback) addresses; works only while pytest runs a test."""
    if "PYTEST_CURRENT_TEST" not in os.environ:
        raise RuntimeError("allow_private_hosts_for_tests is for tests only")
    wanted = {str(ipaddress.ip_address(a)) for a in addresses}
    with _allowance_lock:
        _allowed_for_tests.update(wanted)
    try:
        yield
    finally:
        with _allowance_lock:
            _allowed_for_tests.difference_update(wanted)


# --- checks ----------------------------------------------------------------------------------------


def _embedded_ipv4(addr: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if addr.ipv4_mapped:
        return addr.ipv4_mapped
    if addr.sixtofour:
        return addr.sixtofour
    if addr.teredo:
        return addr.teredo[1]
    if addr in NAT64:
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    return None


def address_problem(address: str) -> str | None:
    """Why an IP address must not be fetched from, or None if it is a public address."""
    try:
        addr = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return f"{address!r} is not an IP address"
    if str(addr) in _allowed_for_tests:
        return None
    if isinstance(addr, ipaddress.IPv6Address):
        inner = _embedded_ipv4(addr)
        if inner is not None:
            problem = address_problem(str(inner))
            return f"{problem} (inside {addr})" if problem else None
    for flag, what in (
        ("is_loopback", "a loopback"),
        ("is_link_local", "a link-local"),
        ("is_multicast", "a multicast"),
        ("is_unspecified", "an unspecified"),
        ("is_reserved", "a reserved"),
        ("is_private", "a private"),
    ):
        if getattr(addr, flag):
            return f"{addr} is {what} address"
    if not addr.is_global:
        return f"{addr} is not a public address"
    return None


def check_url(url: str) -> tuple[str, str, int]:
    """Scheme, host and port of a URL that may be fetched; raises FetchError otherwise."""
    url = url.strip()
    if len(url) > MAX_URL_CHARS:
        raise FetchError(url, f"the address is longer than {MAX_URL_CHARS:,} characters")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(url, f"not a valid web address ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"'{scheme}:' addresses" if scheme else "addresses without http:// or https://"
        raise FetchError(url, f"only http:// and https:// addresses can be fetched, not {shown}")
    if parts.username is not None or parts.password is not None:
        raise FetchError(url, "addresses with a user name or password are not fetched")
    host = parts.hostname or ""
    if not host:
        raise FetchError(url, "the address has no host name")
    return scheme, host, port or (443 if scheme == "https" else 80)


def resolve_public(url: str, host: str, port: int) -> list[str]:
    """The host's addresses, refusing the host if any of them is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        reason = f"the host name {host!r} could not be found (is there a network connection?)"
        raise FetchError(url, reason) from exc
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchError(url, f"the host name {host!r} has no address")
    for address in addresses:
        problem = address_problem(address)
        if problem:
            raise FetchError(url, f"{host!r} points to an internal address ({problem}); only public sites are fetched")
    return addresses


# --- connections pinned to the checked address ----------------------------------------------------


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a vetted address while sending the original Host header."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a vetted address; the certificate is checked against the original host name (SNI)."""

    def __init__(self, host: str, port: int, *, address: str, timeout: float) -> None:
        self._tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self._tls)
        self._address = address

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._tls.wrap_socket(raw, server_hostname=self.host)


def _open(url: str, scheme: str, host: str, port: int, addresses: list[str]) -> http.client.HTTPConnection:
    cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    last: Exception | None = None
    for address in addresses:
        conn = cls(host, port, address=address, timeout=TIMEOUT_SECONDS)
        try:
            conn.connect()
            return conn
        except ssl.SSLError as exc:
            conn.close()
            raise FetchError(url, f"the secure connection failed ({exc.reason or exc})") from None
        except OSError as exc:
            conn.close()
            last = exc
    reason = "the connection timed out" if isinstance(last, TimeoutError) else f"no connection ({last})"
    raise FetchError(url, f"{reason} (no network?)")


def _read_body(url: str, response: http.client.HTTPResponse, deadline: float, max_bytes: int) -> bytes:
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "deflate", "x-gzip"):
        raise FetchError(url, f"the server sent the page in an unsupported encoding ({encoding})")
    inflater = zlib.decompressobj(47) if encoding != "identity" else None  # 47: gzip or zlib header
    too_big = FetchError(url, f"the page is larger than {max_bytes // 1_000_000} MB")
    out = bytearray()
    while True:
        if time.monotonic() > deadline:
            raise FetchError(url, f"the page took longer than {TOTAL_SECONDS:.0f} seconds to arrive")
        chunk = response.read1(CHUNK_BYTES)
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, max_bytes + 1 - len(out))
            except zlib.error:
                raise FetchError(url, "the compressed page is damaged") from None
        out += chunk
        if len(out) > max_bytes:
            raise too_big
    return bytes(out)


def _content_type(response: http.client.HTTPResponse) -> tuple[str, str]:
    msg = Message()
    msg["Content-Type"] = response.getheader("Content-Type") or ""
    return msg.get_content_type().lower(), str(msg.get_param("charset") or "")


def fetch_url(url: str, *, max_bytes: int = MAX_BYTES) -> FetchResult:
    """GET a public web page (html or plain text) safely; raises FetchError with a clear reason."""
    original = url.strip()
    current = original
    deadline = time.monotonic() + TOTAL_SECONDS
    for hop in range(MAX_REDIRECTS + 1):
        if time.monotonic() > deadline:
            raise FetchError(original, f"the page took longer than {TOTAL_SECONDS:.0f} seconds to arrive")
        try:
            scheme, host, port = check_url(current)
            addresses = resolve_public(current, host, port)
            conn = _open(current, scheme, host, port, addresses)
        except FetchError as exc:
            if hop == 0:
                raise
            raise FetchError(original, f"it redirects to {current[:200]}, and {exc.reason}") from None
        try:
            parts = urlsplit(current)
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            conn.request(
                "GET",
                path,
                headers={
                    "User-Agent": USER_AGENT,
                    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
                    "Accept-Encoding": "gzip, identity",
                },
            )
            response = conn.getresponse()
            if response.status in REDIRECT_CODES:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(original, f"the server redirected ({response.status}) without a new address")
                current = urljoin(current, location.strip())
                continue
            if response.status != 200:
                raise FetchError(original, f"the server answered {response.status} {response.reason}")
            ctype, charset = _content_type(response)
            if ctype not in ALLOWED_TYPES:
                raise FetchError(original, f"the address gives {ctype or 'an unknown type'}, not a web page")
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(original, f"the page is larger than {max_bytes // 1_000_000} MB")
            body = _read_body(original, response, deadline, max_bytes)
            return FetchResult(original, current, ctype, charset, body)
        except TimeoutError:
            raise FetchError(original, "the server took too long to answer") from None
        except (http.client.HTTPException, OSError) as exc:
            raise FetchError(original, f"the connection failed ({exc.__class__.__name__}: {exc})") from None
        finally:
            conn.close()
    raise FetchError(original, f"more than {MAX_REDIRECTS} redirects")
