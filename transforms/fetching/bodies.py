"""Reading a response: its status, type and encoding checked, its body streamed within bounds.

Consumes an urllib3 response (headers read, body not), what the request was for, the attempt's
deadline and the size cap; produces a ``Fetched`` body or a ``StageFailure`` of a precise kind:
a status newsbeam does not read (``BadStatus`` with the server's Retry-After), a content type
it does not read or a binary body under a text type, an unknown content encoding, a declared or
streamed size over the cap (checked on the bytes as sent and again as decompressed, so a gzip,
deflate or brotli bomb stops at the cap; robots.txt is cut, not refused), a deadline or read
timeout reached mid-body. The connection goes back to its pool only after a clean read.
"""

import time

import urllib3
from urllib3.util.request import ACCEPT_ENCODING

from schemas.errors import ErrorKind
from transforms.failures import StageFailure, utc_now
from transforms.fetching.fetched import Fetched
from transforms.fetching.responses import (
    ROBOTS,
    SITEMAP,
    acceptable,
    parse_content_type,
    parse_retry_after,
    sniffed_binary,
)

CHUNK_BYTES = 64 * 1024
ENCODINGS = frozenset(("", "identity", "gzip", "x-gzip", "deflate", *ACCEPT_ENCODING.split(",")))


class BadStatus(StageFailure):
    """An HTTP status newsbeam does not read, with the server's Retry-After in seconds."""

    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(ErrorKind.BAD_STATUS, f"HTTP {status}", http_status=status)
        self.retry_after = retry_after


def read_body(
    url: str,
    response: urllib3.BaseHTTPResponse,
    purpose: str,
    deadline: float,
    cap: int,
    conditional: bool,
    timeout: float,
) -> Fetched:
    """The body of a response whose headers are read, checked and streamed within the
    attempt's deadline and the size cap (``timeout``: the read timeout of one receive)."""
    headers = response.headers
    etag, last_modified = headers.get("ETag"), headers.get("Last-Modified")
    if response.status == 304 and conditional:
        return Fetched(url, b"", utc_now(), 304, etag=etag, last_modified=last_modified,
                       not_modified=True)  # fmt: skip
    if not 200 <= response.status < 300:
        raise BadStatus(response.status, parse_retry_after(headers.get("Retry-After")))
    media_type, charset = parse_content_type(headers.get("Content-Type"))
    if not acceptable(media_type, purpose):
        raise StageFailure(
            ErrorKind.BAD_CONTENT_TYPE,
            f"content type {media_type}",
            http_status=response.status,
        )
    encoding = headers.get("Content-Encoding", "").strip().lower()
    if encoding not in ENCODINGS:
        raise StageFailure(ErrorKind.DECODE_ERROR, f"unsupported content encoding {encoding!r}")
    declared = headers.get("Content-Length", "")
    if purpose != ROBOTS and declared.isdigit() and int(declared) > cap:
        raise StageFailure(ErrorKind.TOO_LARGE, f"Content-Length {declared} is over {cap} bytes")
    body = _stream(response, purpose, deadline, cap, bool(encoding), timeout)
    return Fetched(url, body, utc_now(), response.status, media_type, charset, etag, last_modified)


def _stream(
    response: urllib3.BaseHTTPResponse,
    purpose: str,
    deadline: float,
    cap: int,
    coded: bool,
    timeout: float,
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise StageFailure(ErrorKind.TIMEOUT, "deadline reached while reading the body")
            set_read_timeout(response, min(timeout, remaining))
            # read1 returns what one receive gives, decoded at most CHUNK_BYTES at a time
            # (urllib3 >= 2.6 bounds decompression), so neither a drip nor a bomb escapes.
            chunk = response.read1(CHUNK_BYTES, decode_content=True)
            if not chunk:
                break
            binary = not chunks and purpose not in (ROBOTS, SITEMAP) and sniffed_binary(chunk)
            if binary:
                raise StageFailure(ErrorKind.BAD_CONTENT_TYPE, f"the body is {binary}")
            size += len(chunk)
            if size > cap or response.tell() > cap:
                if purpose == ROBOTS:  # RFC 9309 2.5: parse at least 500 KiB, drop the rest
                    chunks.append(chunk[: max(0, cap - size + len(chunk))])
                    break
                stage = "after decompression" if coded and size > cap else "as sent"
                raise StageFailure(ErrorKind.TOO_LARGE, f"body over {cap} bytes {stage}")
            chunks.append(chunk)
    except (TimeoutError, urllib3.exceptions.TimeoutError) as exc:
        raise StageFailure(ErrorKind.TIMEOUT, f"timed out reading the body: {exc}") from exc
    except urllib3.exceptions.DecodeError as exc:
        raise StageFailure(ErrorKind.DECODE_ERROR, f"cannot decompress: {exc}") from exc
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise StageFailure(ErrorKind.CONNECTION_ERROR, f"{type(exc).__name__}: {exc}") from exc
    return b"".join(chunks)


def set_read_timeout(response: urllib3.BaseHTTPResponse, seconds: float) -> None:
    """Bound the next socket read, so the deadline holds even against a slow drip."""
    connection = getattr(response, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        sock.settimeout(max(seconds, 0.001))


def discard(response: urllib3.BaseHTTPResponse) -> None:
    """Drop a response whose body is not read: close its connection rather than drain it."""
    response.close()
    response.release_conn()
