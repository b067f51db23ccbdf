"""Fetch a web page for a hosted app without letting users reach internal services (SSRF).

Only http and https; every address a host resolves to must be public (no loopback, private,
link-local, shared, multicast, reserved or unspecified address, also inside IPv4-mapped, 6to4,
Teredo and NAT64 IPv6 addresses); redirects are followed by hand and each hop is checked again.
The connection goes to the address that was checked, so a second DNS answer cannot swap in an
internal address (DNS rebinding). Bodies are read in chunks up to a size cap, within a time limit.
Only tests can allow loopback addresses, through ``allow_private_hosts_for_tests``.

One deadline (``TOTAL_SECONDS``) covers the whole fetch, every hop: the name lookup runs in a helper thread that
is waited for no longer than the time left, and a watchdog shuts the open socket when the time is up, which ends
a connect, a TLS handshake, or a read of headers or body that a slow server drips out byte by byte. Addresses
with non-ASCII characters (``/Österreich``, ``?q=café``, ``bücher.example``, also in a redirect) are sent
percent-encoded, with the host in IDNA form; anything that still goes wrong is a ``FetchError``, never a traceback.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import os
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as LookupTimeout
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

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
PATH_SAFE = "/%:@!$&'()*+,;=-._~"  # RFC 3986 characters kept as they are in a path (and % of an escape)
QUERY_SAFE = PATH_SAFE + "?"
LOOKUPS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="framelens-dns")  # name lookups, waited for briefly


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


def ascii_url(url: str) -> str:
    """The URL as a server expects it: path and query percent-encoded (UTF-8), the host in IDNA form, no fragment.
    Raises FetchError when the host is not a valid international domain name."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(url, f"not a valid web address ({exc})") from None
    host = parts.hostname or ""
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        raise FetchError(url, f"the host name {host!r} is not a valid international domain name") from None
    if ":" in ascii_host:
        ascii_host = f"[{ascii_host}]"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (f"{userinfo}@" if userinfo else "") + ascii_host + (f":{port}" if port is not None else "")
    path = quote(parts.path, safe=PATH_SAFE, encoding="utf-8", errors="replace")
    query = quote(parts.query, safe=QUERY_SAFE, encoding="utf-8", errors="replace")
    return urlunsplit((parts.scheme, netloc, path, query, ""))


def _header_text(value: str) -> str:
    """A header as the server meant it: http.client reads header bytes as Latin-1, most servers send UTF-8."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return value


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


def resolve_public(url: str, host: str, port: int, seconds: float = TIMEOUT_SECONDS) -> list[str]:
    """The host's addresses, looked up within ``seconds``, refusing the host if any of them is not public."""
    lookup = LOOKUPS.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    try:
        infos = lookup.result(timeout=max(0.0, seconds))
    except LookupTimeout:
        raise FetchError(url, f"looking up the host name {host!r} took too long") from None
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


# --- one deadline for the whole fetch --------------------------------------------------------------


class Deadline:
    """The fetch's time limit: what is left, and a watchdog that shuts the open socket when it runs out."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def left(self) -> float:
        """Seconds left (at most the per-step limit); raises TimeoutError when none are."""
        remaining = self.end - time.monotonic()
        if remaining <= 0 or self.expired:
            raise TimeoutError("deadline")
        return min(TIMEOUT_SECONDS, remaining)

    def over(self) -> bool:
        """True once the time is up (the watchdog may not have fired yet)."""
        return self.expired or time.monotonic() >= self.end

    def watch(self, sock: socket.socket) -> None:
        """From now on the watchdog shuts ``sock`` when the time is up (at once if it already is)."""
        with self._lock:
            self._sock = sock
            if self.expired:
                self._shut()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            self._shut()

    def _shut(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):  # the base class's shutdown: also under an SSL socket
                socket.socket.shutdown(self._sock, socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()

    def error(self, url: str) -> FetchError:
        return FetchError(url, f"the page took longer than {self.seconds:.0f} seconds to arrive")


# --- connections pinned to the checked address ----------------------------------------------------


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a vetted address while sending the original Host header; the deadline watches its socket."""

    def __init__(self, host: str, port: int, *, address: str, deadline: Deadline) -> None:
        super().__init__(host, port, timeout=deadline.left())
        self._address = address
        self._deadline = deadline

    def _raw(self) -> socket.socket:
        sock = socket.create_connection((self._address, self.port), self._deadline.left())
        self._deadline.watch(sock)
        return sock

    def connect(self) -> None:
        self.sock = self._raw()


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    """HTTPS to a vetted address; the certificate is checked against the original host name (SNI)."""

    default_port = 443

    def __init__(self, host: str, port: int, *, address: str, deadline: Deadline) -> None:
        self._tls = ssl.create_default_context()
        super().__init__(host, port, address=address, deadline=deadline)

    def connect(self) -> None:
        self.sock = self._tls.wrap_socket(self._raw(), server_hostname=self.host)


def _open(
    url: str, scheme: str, host: str, port: int, addresses: list[str], deadline: Deadline
) -> http.client.HTTPConnection:
    cls = _PinnedHTTPSConnection if scheme == "https" else _PinnedHTTPConnection
    last: Exception | None = None
    for address in addresses:
        conn = cls(host, port, address=address, deadline=deadline)
        try:
            conn.connect()
            return conn
        except ssl.SSLError as exc:
            conn.close()
            if deadline.over():
                raise deadline.error(url) from None
            raise FetchError(url, f"the secure connection failed ({exc.reason or exc})") from None
        except OSError as exc:
            conn.close()
            if deadline.over():
                raise deadline.error(url) from None
            last = exc
    reason = "the connection timed out" if isinstance(last, TimeoutError) else f"no connection ({last})"
    raise FetchError(url, f"{reason} (no network?)")


def _read_body(url: str, response: http.client.HTTPResponse, deadline: Deadline, max_bytes: int) -> bytes:
    encoding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding not in ("identity", "gzip", "deflate", "x-gzip"):
        raise FetchError(url, f"the server sent the page in an unsupported encoding ({encoding})")
    inflater = zlib.decompressobj(47) if encoding != "identity" else None  # 47: gzip or zlib header
    too_big = FetchError(url, f"the page is larger than {max_bytes // 1_000_000} MB")
    out = bytearray()
    while True:
        deadline.left()  # TimeoutError once the time is up
        chunk = response.read1(CHUNK_BYTES)
        if not chunk:
            if deadline.expired:  # the watchdog's shutdown also reads as the end of the body
                raise TimeoutError("deadline")
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
    deadline = Deadline(TOTAL_SECONDS)
    try:
        return _fetch(original, deadline, max_bytes)
    except FetchError:
        raise
    except Exception as exc:  # a page or server shaped in a way no check foresaw: still a message
        if deadline.over():
            raise deadline.error(original) from None
        raise FetchError(original, f"the page could not be fetched ({exc.__class__.__name__}: {exc})") from None
    finally:
        deadline.cancel()


def _fetch(original: str, deadline: Deadline, max_bytes: int) -> FetchResult:
    current = original
    for hop in range(MAX_REDIRECTS + 1):
        try:
            current = ascii_url(current)
            scheme, host, port = check_url(current)
            addresses = resolve_public(current, host, port, deadline.left())
            conn = _open(current, scheme, host, port, addresses, deadline)
        except TimeoutError:
            raise deadline.error(original) from None
        except FetchError as exc:
            if hop == 0:
                raise FetchError(original, exc.reason) from None
            raise FetchError(original, f"it redirects to {current[:200]}, and {exc.reason}") from None
        try:
            response = _get(conn, current)
            if response.status in REDIRECT_CODES:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(original, f"the server redirected ({response.status}) without a new address")
                current = urljoin(current, _header_text(location.strip()))
                continue
            return _page(original, current, response, deadline, max_bytes)
        except TimeoutError:
            if deadline.over():
                raise deadline.error(original) from None
            raise FetchError(original, "the server took too long to answer") from None
        except (http.client.HTTPException, OSError) as exc:
            if deadline.over():
                raise deadline.error(original) from None
            raise FetchError(original, f"the connection failed ({exc.__class__.__name__}: {exc})") from None
        finally:
            conn.close()
    raise FetchError(original, f"more than {MAX_REDIRECTS} redirects")


def _get(conn: http.client.HTTPConnection, url: str) -> http.client.HTTPResponse:
    parts = urlsplit(url)
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
    return conn.getresponse()


def _page(
    original: str, current: str, response: http.client.HTTPResponse, deadline: Deadline, max_bytes: int
) -> FetchResult:
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
