"""One bounded attempt against a hostile loopback server: limits, decoding, types, redirects."""

import time
import tracemalloc
import zlib

import pytest

from schemas.errors import ErrorKind
from tests.hostile_server import (
    brotli_bomb,
    drip,
    drip_headers,
    encoded,
    gzip_bomb,
    redirect,
    reply,
    serve,
    unbounded,
)
from transforms.failures import StageFailure
from transforms.fetching import FEED, Fetcher, FetchSettings
from transforms.fetching.bodies import BadStatus
from transforms.fetching.responses import ROBOTS

LOOPBACK = ("127.0.0.1/32",)
CAP = 256 * 1024


def fetcher(**overrides) -> Fetcher:
    values = dict(
        allowed_networks=LOOPBACK, timeout_seconds=1.0, deadline_seconds=2.0, max_bytes=CAP
    )
    values.update(overrides)
    return Fetcher(FetchSettings(**values))


def failure(call) -> StageFailure:
    with pytest.raises(StageFailure) as caught:
        call()
    return caught.value


def test_reads_body_status_charset_and_validators():
    headers = {"Content-Type": "text/html; charset=ISO-8859-1", "ETag": '"v1"'}
    with serve({"/a": reply(200, b"<p>hi</p>", headers)}) as server:
        fetched = fetcher().fetch(f"{server.base}/a")
    assert (fetched.body, fetched.http_status, fetched.charset) == (b"<p>hi</p>", 200, "iso-8859-1")
    assert (fetched.content_type, fetched.etag) == ("text/html", '"v1"')
    assert "newsbeam" in server.requests[0].headers["User-Agent"]


def test_statuses_types_and_redirects_have_precise_kinds():
    routes = {
        "/gone": reply(410, b"gone"),
        "/busy": reply(429, b"", {"Retry-After": "7"}),
        "/image": reply(200, b"\x89PNG\r\n\x1a\nxxxx", {"Content-Type": "image/png"}),
        "/pdf-as-html": reply(200, b"%PDF-1.7 binary", {"Content-Type": "text/html"}),
        "/json": reply(200, b"{}", {"Content-Type": "application/json"}),
        "/loop": redirect("/loop"),
        "/to-file": redirect("file:///etc/passwd"),
        "/to-gopher": redirect("gopher://127.0.0.1/1"),
        "/no-location": reply(302, b"", {}),
    }
    client = fetcher()
    with serve(routes) as server:
        gone = failure(lambda: client.fetch(f"{server.base}/gone"))
        busy = failure(lambda: client.fetch(f"{server.base}/busy"))
        kinds = {
            path: failure(lambda path=path: client.fetch(f"{server.base}{path}")).kind
            for path in routes
            if path not in ("/gone", "/busy")
        }
        assert len(server.asked("/loop")) == 6  # the first request and five redirects
    assert (gone.kind, gone.http_status) == (ErrorKind.BAD_STATUS, 410)
    assert isinstance(busy, BadStatus) and (busy.http_status, busy.retry_after) == (429, 7.0)
    assert kinds == {
        "/image": ErrorKind.BAD_CONTENT_TYPE,
        "/pdf-as-html": ErrorKind.BAD_CONTENT_TYPE,
        "/json": ErrorKind.BAD_CONTENT_TYPE,
        "/loop": ErrorKind.REDIRECT_LIMIT,
        "/to-file": ErrorKind.BAD_SCHEME,
        "/to-gopher": ErrorKind.BAD_SCHEME,
        "/no-location": ErrorKind.BAD_STATUS,
    }


def test_five_redirects_are_followed():
    routes = {f"/r{n}": redirect(f"/r{n + 1}") for n in range(5)}
    routes["/r5"] = reply(200, b"<p>landed</p>")
    with serve(routes) as server:
        fetched = fetcher().fetch(f"{server.base}/r0")
    assert fetched.final_url == f"{server.base}/r5" and fetched.body == b"<p>landed</p>"


def test_feeds_accept_mislabelled_text_but_pages_do_not():
    with serve({"/feed": reply(200, b"<rss/>", {"Content-Type": "text/plain"})}) as server:
        assert fetcher().fetch(f"{server.base}/feed", FEED).body == b"<rss/>"
        assert failure(lambda: fetcher().fetch(f"{server.base}/feed")).kind is (
            ErrorKind.BAD_CONTENT_TYPE
        )


def test_a_slow_drip_stops_at_the_deadline():
    with serve({"/drip": drip(0.05)}) as server:
        started = time.monotonic()
        caught = failure(lambda: fetcher(deadline_seconds=1.0).fetch(f"{server.base}/drip"))
        elapsed = time.monotonic() - started
    assert caught.kind is ErrorKind.TIMEOUT
    assert elapsed < 5.0  # a generous multiple of the 1 s deadline; the drip lasts 30 s


def test_the_deadline_covers_the_status_line_and_headers():
    # Issue 13: one header byte a second kept a 5 s deadline busy for minutes.
    with serve({"/slow-headers": drip_headers(0.2)}) as server:
        started = time.monotonic()
        caught = failure(lambda: fetcher(deadline_seconds=1.0).fetch(f"{server.base}/slow-headers"))
        elapsed = time.monotonic() - started
    assert caught.kind is ErrorKind.TIMEOUT
    assert "deadline" in caught.message
    assert elapsed < 3.0


def test_bodies_over_the_cap_are_refused_declared_or_streamed():
    routes = {"/declared": reply(200, b"y" * (CAP + 1)), "/streamed": unbounded(10 * CAP)}
    with serve(routes) as server:
        declared = failure(lambda: fetcher().fetch(f"{server.base}/declared"))
        streamed = failure(lambda: fetcher().fetch(f"{server.base}/streamed"))
    assert declared.kind is streamed.kind is ErrorKind.TOO_LARGE
    assert "Content-Length" in declared.message


@pytest.mark.parametrize("encoding", ["gzip", "br", "deflate"])
def test_decompression_bombs_stop_at_the_cap_without_inflating(encoding):
    decoded = 16 * 1024 * 1024
    body = {
        "gzip": gzip_bomb(decoded),
        "br": brotli_bomb(decoded),
        "deflate": zlib.compress(b"\0" * decoded, 9),
    }[encoding]
    assert len(body) < CAP  # small on the wire: only decompression can catch it
    with serve({"/bomb": encoded(body, encoding)}) as server:
        tracemalloc.start()
        caught = failure(lambda: fetcher().fetch(f"{server.base}/bomb"))
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert caught.kind is ErrorKind.TOO_LARGE and "after decompression" in caught.message
    assert peak < 2 * CAP + 2 * 1024 * 1024  # never anywhere near the 16 MiB it expands to


def test_corrupt_and_unknown_encodings_are_decode_errors():
    routes = {"/corrupt": encoded(b"not gzip at all", "gzip"), "/lzma": encoded(b"x", "lzma")}
    with serve(routes) as server:
        assert failure(lambda: fetcher().fetch(f"{server.base}/corrupt")).kind is (
            ErrorKind.DECODE_ERROR
        )
        assert failure(lambda: fetcher().fetch(f"{server.base}/lzma")).kind is (
            ErrorKind.DECODE_ERROR
        )


def test_conditional_request_sends_validators_and_reads_304():
    def not_modified(handler):
        reply(304, b"", {"ETag": '"v1"'})(handler)

    with serve({"/feed": not_modified}) as server:
        fetched = fetcher().fetch(
            f"{server.base}/feed", FEED, etag='"v1"', last_modified="Sun, 01 Nov 2026 10:00:00 GMT"
        )
    assert fetched.not_modified and fetched.body == b"" and fetched.http_status == 304
    (request,) = server.requests
    assert request.headers["If-None-Match"] == '"v1"'
    assert request.headers["If-Modified-Since"] == "Sun, 01 Nov 2026 10:00:00 GMT"


def test_robots_bodies_over_the_cap_are_cut_not_refused():
    with serve({"/robots.txt": reply(200, b"a" * 3000, {"Content-Type": "text/plain"})}) as server:
        fetched = fetcher().fetch(f"{server.base}/robots.txt", ROBOTS, max_bytes=1000)
    assert fetched.body == b"a" * 1000


def test_unreachable_loopback_port_is_a_connection_error():
    with serve({}) as server:
        pass  # the server is gone: its port now refuses connections
    assert failure(lambda: fetcher().fetch(f"{server.base}/a")).kind is ErrorKind.CONNECTION_ERROR
