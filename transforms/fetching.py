"""Getting bytes: web pages and feeds over http(s), and local files the operator named.

Consumes URLs; produces ``Fetched`` bodies or raises ``StageFailure`` with a precise kind.
Every read is bounded: a timeout per request and a size cap checked while reading.
"""

import dataclasses
import datetime
import email.message
import pathlib
import urllib.parse

import urllib3

from schemas.entries import ORIGIN_OPERATOR, FeedEntry
from schemas.errors import ErrorKind
from transforms.failures import StageFailure, utc_now
from transforms.urls import WEB_SCHEMES, file_path

DEFAULT_USER_AGENT = "newsbeam/0.1 (+https://github.com/newsbeam/newsbeam)"
CHUNK_BYTES = 64 * 1024
TEXT_TYPES = (
    "text/",
    "application/xhtml+xml",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
)


@dataclasses.dataclass(frozen=True)
class FetchSettings:
    """Limits and identity for every request."""

    timeout_seconds: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT


@dataclasses.dataclass(frozen=True)
class Fetched:
    """A body and what the server said about it."""

    final_url: str
    body: bytes
    fetched_at: datetime.datetime
    http_status: int | None = None
    content_type: str | None = None
    charset: str | None = None


def parse_content_type(header: str | None) -> tuple[str | None, str | None]:
    """The media type and charset of a Content-Type header, lower-cased."""
    if not header:
        return None, None
    message = email.message.Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type().lower(), (str(charset).lower() if charset else None)


def check_entry_link(entry: FeedEntry) -> None:
    """Refuse links the entry may not lead to: odd schemes, and local files that the operator
    did not name or that lie outside the directory of the local feed that links to them."""
    scheme = urllib.parse.urlsplit(entry.link).scheme.lower()
    if scheme in WEB_SCHEMES:
        return
    if scheme != "file":
        raise StageFailure(ErrorKind.BAD_SCHEME, f"scheme {scheme or '(none)'!r} is not fetched")
    if entry.origin == ORIGIN_OPERATOR:
        return
    if entry.local_root is None:
        raise StageFailure(ErrorKind.BAD_SCHEME, "a file:// link inside a remote feed")
    root = pathlib.Path(entry.local_root).resolve()
    if not file_path(entry.link).is_relative_to(root):
        raise StageFailure(
            ErrorKind.FILE_NOT_ALLOWED, f"file link outside the feed's directory {root}"
        )


def read_local_file(url: str, max_bytes: int) -> Fetched:
    """Read a local file named by a ``file://`` URL, refusing files over the cap."""
    path = file_path(url)
    try:
        with path.open("rb") as handle:
            body = handle.read(max_bytes + 1)
            modified = datetime.datetime.fromtimestamp(path.stat().st_mtime, datetime.timezone.utc)
    except FileNotFoundError as exc:
        raise StageFailure(ErrorKind.NOT_FOUND, f"no such file: {path}") from exc
    except IsADirectoryError as exc:
        raise StageFailure(ErrorKind.NOT_FOUND, f"a directory, not a file: {path}") from exc
    except OSError as exc:
        raise StageFailure(ErrorKind.NOT_FOUND, f"cannot read {path}: {exc.strerror}") from exc
    if len(body) > max_bytes:
        raise StageFailure(ErrorKind.TOO_LARGE, f"{path} is over {max_bytes} bytes")
    # A file's fetch time is its modification time, so reruns over the same files are identical.
    return Fetched(final_url=url, body=body, fetched_at=modified.replace(microsecond=0))


class Fetcher:
    """An HTTP client with a connection pool; build once per worker (DoFn.setup)."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        self._pool = urllib3.PoolManager(
            headers={"User-Agent": settings.user_agent},
            retries=False,
            timeout=urllib3.Timeout(
                connect=settings.timeout_seconds, read=settings.timeout_seconds
            ),
        )

    def close(self) -> None:
        """Release pooled connections."""
        self._pool.clear()

    def fetch(self, url: str) -> Fetched:
        """Fetch a ``file://`` or ``http(s)://`` URL within the limits."""
        scheme = urllib.parse.urlsplit(url).scheme.lower()
        if scheme == "file":
            return read_local_file(url, self.settings.max_bytes)
        if scheme not in WEB_SCHEMES:
            raise StageFailure(
                ErrorKind.BAD_SCHEME, f"scheme {scheme or '(none)'!r} is not fetched"
            )
        return self._fetch_http(url)

    def _fetch_http(self, url: str) -> Fetched:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            response = self._request(current)
            try:
                if response.status in (301, 302, 303, 307, 308):
                    location = response.headers.get("Location")
                    if not location:
                        raise StageFailure(
                            ErrorKind.BAD_STATUS,
                            "redirect without Location",
                            http_status=response.status,
                        )
                    current = urllib.parse.urljoin(current, location)
                    if urllib.parse.urlsplit(current).scheme.lower() not in WEB_SCHEMES:
                        raise StageFailure(ErrorKind.BAD_SCHEME, f"redirect to {current!r}")
                    continue
                return self._read_response(current, response)
            finally:
                response.release_conn()
        raise StageFailure(
            ErrorKind.REDIRECT_LIMIT, f"more than {self.settings.max_redirects} redirects"
        )

    def _request(self, url: str) -> urllib3.BaseHTTPResponse:
        try:
            return self._pool.request("GET", url, preload_content=False, redirect=False)
        except urllib3.exceptions.NewConnectionError as exc:  # subclasses ConnectTimeoutError
            raise StageFailure(ErrorKind.CONNECTION_ERROR, f"cannot connect: {exc}") from exc
        except urllib3.exceptions.TimeoutError as exc:
            raise StageFailure(ErrorKind.TIMEOUT, f"timed out: {exc}") from exc
        except urllib3.exceptions.HTTPError as exc:
            raise StageFailure(ErrorKind.CONNECTION_ERROR, f"{type(exc).__name__}: {exc}") from exc

    def _read_response(self, url: str, response: urllib3.BaseHTTPResponse) -> Fetched:
        if not 200 <= response.status < 300:
            raise StageFailure(
                ErrorKind.BAD_STATUS, f"HTTP {response.status}", http_status=response.status
            )
        media_type, charset = parse_content_type(response.headers.get("Content-Type"))
        if media_type and not (media_type.startswith(TEXT_TYPES) or media_type.endswith("+xml")):
            raise StageFailure(
                ErrorKind.BAD_CONTENT_TYPE,
                f"content type {media_type}",
                http_status=response.status,
            )
        chunks, size = [], 0
        try:
            for chunk in response.stream(CHUNK_BYTES, decode_content=True):
                size += len(chunk)
                if size > self.settings.max_bytes:
                    raise StageFailure(
                        ErrorKind.TOO_LARGE, f"body over {self.settings.max_bytes} bytes"
                    )
                chunks.append(chunk)
        except urllib3.exceptions.TimeoutError as exc:
            raise StageFailure(ErrorKind.TIMEOUT, f"timed out reading: {exc}") from exc
        except urllib3.exceptions.HTTPError as exc:
            raise StageFailure(ErrorKind.CONNECTION_ERROR, f"{type(exc).__name__}: {exc}") from exc
        return Fetched(
            final_url=url,
            body=b"".join(chunks),
            fetched_at=utc_now(),
            http_status=response.status,
            content_type=media_type,
            charset=charset,
        )
