"""One bounded HTTP attempt: a URL in, a ``Fetched`` body or a ``StageFailure`` with a precise kind.

Every attempt is bounded: a connect timeout, a read timeout, a deadline over the whole attempt
(connect, status line, headers and body, redirects included: a server that drips its headers a
byte at a time has its connection cut when the deadline passes), at most ``max_redirects``
hops, each through the network guard, and a size cap checked while the body streams
(``bodies``: as sent and again as decompressed, so a gzip, deflate or brotli bomb stops at the
cap; only HTML and feed content types are read). Retries, politeness and robots.txt live around
this, in ``service``.
"""

import contextlib
import http.client
import logging
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable

import urllib3
from urllib3.util.request import ACCEPT_ENCODING

from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.fetching.bodies import discard, read_body
from transforms.fetching.fetched import Fetched
from transforms.fetching.guard import NetworkGuard, guarded_pool_classes
from transforms.fetching.local import read_local_file
from transforms.fetching.responses import (
    FEED,
    PAGE,
    ROBOTS,
    SITEMAP,
)
from transforms.fetching.settings import FetchSettings
from transforms.urls import WEB_SCHEMES, split_url

REDIRECT_STATUSES = frozenset((301, 302, 303, 307, 308))
HOST_POOLS = 512  # hosts whose connections stay open; beyond that the least recent are closed
ACCEPT = {
    PAGE: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    FEED: "application/rss+xml,application/atom+xml,application/rdf+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
    ROBOTS: "text/plain,*/*;q=0.1",
    SITEMAP: "application/xml,text/xml;q=0.9,application/gzip;q=0.8,*/*;q=0.1",
}


# urllib3 logs a warning with a traceback for every response whose headers it cannot parse (a
# hostile server's, or one the deadline cut short); the error row already says what happened.
logging.getLogger("urllib3.connection").addFilter(
    lambda record: "Failed to parse headers" not in record.getMessage()
)

_ATTEMPT = threading.local()  # the deadline of the attempt running on this thread, if any


def cut(sock: socket.socket) -> None:
    """Shut a socket down so that a read blocked on it returns at once (TLS too: the plain
    socket's shutdown, leaving the TLS object to fail on the closed stream)."""
    with contextlib.suppress(OSError):  # already closed
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _HeadersDeadlineMixin:
    """Bounds the wait for the status line and headers by the attempt's deadline: a read
    timeout restarts with every byte, so a server dripping its headers would escape it."""

    sock: socket.socket | None

    def getresponse(self, *args, **kwargs):
        deadline = getattr(_ATTEMPT, "deadline", None)
        if deadline is None or self.sock is None:
            return super().getresponse(*args, **kwargs)
        watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), cut, (self.sock,))
        watchdog.daemon = True
        watchdog.start()
        try:
            return super().getresponse(*args, **kwargs)
        finally:
            watchdog.cancel()


class Fetcher:
    """A guarded HTTP client with connection pools; thread-safe, build once per process."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        self.guard = NetworkGuard(settings.allowed_networks, settings.resolver, settings.connector)
        self._pool = urllib3.PoolManager(
            num_pools=HOST_POOLS,
            maxsize=max(1, settings.per_host_concurrency),
            retries=False,
        )
        self._pool.pool_classes_by_scheme = guarded_pool_classes(self.guard, _HeadersDeadlineMixin)

    def close(self) -> None:
        """Close pooled connections."""
        self._pool.clear()

    def fetch(
        self,
        url: str,
        purpose: str = PAGE,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        max_bytes: int | None = None,
        check_redirect: Callable[[str], None] | None = None,
    ) -> Fetched:
        """Fetch a ``file://`` or ``http(s)://`` URL within the limits, in one attempt.

        ``etag`` and ``last_modified`` make the request conditional (a 304 comes back as
        ``not_modified``). For robots.txt a body over ``max_bytes`` is cut, not refused.
        ``check_redirect`` may refuse (raise StageFailure) a redirect's target before it is
        requested: robots.txt applies to every hop.
        """
        scheme = split_url(url).scheme.lower()
        cap = max_bytes or self.settings.max_bytes
        if scheme == "file":
            return read_local_file(url, cap)
        if scheme not in WEB_SCHEMES:
            raise StageFailure(
                ErrorKind.BAD_SCHEME, f"scheme {scheme or '(none)'!r} is not fetched"
            )
        headers = {
            "User-Agent": self.settings.user_agent,
            "Accept": ACCEPT[purpose],
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self.settings.deadline_seconds
        _ATTEMPT.deadline = deadline
        try:
            return self._follow(url, purpose, headers, deadline, cap, check_redirect)
        finally:
            _ATTEMPT.deadline = None

    def _follow(
        self,
        url: str,
        purpose: str,
        headers: dict,
        deadline: float,
        cap: int,
        check_redirect: Callable[[str], None] | None,
    ) -> Fetched:
        conditional = "If-None-Match" in headers or "If-Modified-Since" in headers
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            response = self._request(current, headers, deadline)
            if response.status in REDIRECT_STATUSES:
                location = response.headers.get("Location")
                discard(response)
                if not location:
                    raise StageFailure(
                        ErrorKind.BAD_STATUS,
                        "redirect without Location",
                        http_status=response.status,
                    )
                try:
                    current = urllib.parse.urljoin(current, location.strip())
                except ValueError as exc:
                    raise StageFailure(
                        ErrorKind.BAD_URL, f"unparseable redirect {location!r}: {exc}"
                    ) from exc
                next_scheme = split_url(current).scheme.lower()
                if next_scheme not in WEB_SCHEMES:
                    raise StageFailure(ErrorKind.BAD_SCHEME, f"redirect to a {next_scheme!r} URL")
                if check_redirect is not None:
                    check_redirect(current)
                continue
            return self._read(current, response, purpose, deadline, cap, conditional)
        raise StageFailure(
            ErrorKind.REDIRECT_LIMIT, f"more than {self.settings.max_redirects} redirects"
        )

    def _request(self, url: str, headers: dict, deadline: float) -> urllib3.BaseHTTPResponse:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise StageFailure(ErrorKind.TIMEOUT, "deadline reached before the request")
        timeout = urllib3.Timeout(
            connect=min(self.settings.connect_timeout_seconds, remaining),
            read=min(self.settings.timeout_seconds, remaining),
        )
        try:
            response = self._pool.request(
                "GET", url, headers=headers, timeout=timeout, redirect=False, preload_content=False
            )
        except (urllib3.exceptions.HTTPError, http.client.HTTPException, OSError) as exc:
            if time.monotonic() >= deadline:
                raise StageFailure(
                    ErrorKind.TIMEOUT, "deadline reached before the headers were read"
                ) from exc
            raise request_failure(exc) from exc
        if time.monotonic() >= deadline:  # the watchdog cut the headers short
            discard(response)
            raise StageFailure(ErrorKind.TIMEOUT, "deadline reached while reading the headers")
        return response

    def _read(
        self,
        url: str,
        response: urllib3.BaseHTTPResponse,
        purpose: str,
        deadline: float,
        cap: int,
        conditional: bool,
    ) -> Fetched:
        clean = False
        try:
            fetched = self._read_body(url, response, purpose, deadline, cap, conditional)
            clean = True
            return fetched
        finally:
            if clean:
                response.release_conn()
            else:
                discard(response)

    def _read_body(
        self,
        url: str,
        response: urllib3.BaseHTTPResponse,
        purpose: str,
        deadline: float,
        cap: int,
        conditional: bool,
    ) -> Fetched:
        """The body, read (``bodies.read_body``); a subclass may also keep what it read
        (``archiving.ArchivingFetcher``)."""
        timeout = self.settings.timeout_seconds
        return read_body(url, response, purpose, deadline, cap, conditional, timeout)


def request_failure(exc: Exception) -> StageFailure:
    """The failure a request ended with, by kind."""
    if isinstance(exc, urllib3.exceptions.NewConnectionError):  # subclasses ConnectTimeoutError
        return StageFailure(ErrorKind.CONNECTION_ERROR, f"cannot connect: {exc}")
    if isinstance(exc, (urllib3.exceptions.TimeoutError, TimeoutError)):
        return StageFailure(ErrorKind.TIMEOUT, f"timed out: {exc}")
    if isinstance(exc, urllib3.exceptions.LocationParseError):
        return StageFailure(ErrorKind.BAD_URL, f"unparseable URL: {exc}")
    return StageFailure(ErrorKind.CONNECTION_ERROR, f"{type(exc).__name__}: {exc}")
