"""A hostile web server on loopback that tests start themselves, recording every request.

Routes are functions of the request handler, so a route can misbehave in any way a real server
can: drip bytes forever, send a gzip bomb, redirect in a loop, answer 503 with Retry-After, or
answer conditional requests with 304. ``hostile_site`` builds the site of the end-to-end tests.
"""

import dataclasses
import gzip
import http.server
import io
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import brotli

Route = Callable[[http.server.BaseHTTPRequestHandler], None]
DRIP_SECONDS = 30.0  # a drip stops by itself after this long, whatever the client does


@dataclasses.dataclass(frozen=True)
class Request:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    at: float


class Server:
    """A running server: its base URL, its routes (editable) and the requests it received."""

    def __init__(self, base: str, routes: dict[str, Route]) -> None:
        self.base = base
        self.routes = routes
        self.requests: list[Request] = []

    def paths(self) -> list[str]:
        """The paths asked, in order."""
        return [request.path for request in self.requests]

    def asked(self, path: str) -> list[Request]:
        """The requests for one path."""
        return [request for request in self.requests if request.path == path]


def reply(status: int = 200, body: bytes = b"", headers: dict[str, str] | None = None) -> Route:
    """A fixed response with a Content-Length."""
    headers = {"Content-Type": "text/html"} if headers is None else headers

    def route(handler) -> None:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route


def redirect(location: str, status: int = 302) -> Route:
    """A redirect to ``location``."""
    return reply(status, b"", {"Location": location})


def drip(interval: float = 0.2) -> Route:
    """A 200 that sends one byte per interval and never finishes (until DRIP_SECONDS)."""

    def route(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        stop = time.monotonic() + DRIP_SECONDS
        while time.monotonic() < stop:
            handler.wfile.write(b"x")
            handler.wfile.flush()
            time.sleep(interval)

    return route


def unbounded(total: int) -> Route:
    """A 200 without Content-Length that streams ``total`` bytes then closes."""

    def route(handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        block = b"<p>" + b"y" * 65532 + b"</p>"
        sent = 0
        while sent < total:
            handler.wfile.write(block)
            sent += len(block)
        handler.close_connection = True

    return route


def gzip_bomb(decoded_bytes: int) -> bytes:
    """``decoded_bytes`` of zeros, gzip-compressed (about a thousand to one)."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9) as packed:
        block = b"\0" * (1 << 20)
        for _ in range(decoded_bytes >> 20):
            packed.write(block)
    return buffer.getvalue()


def brotli_bomb(decoded_bytes: int) -> bytes:
    """``decoded_bytes`` of zeros, brotli-compressed."""
    return brotli.compress(b"\0" * decoded_bytes, quality=5)


def encoded(body: bytes, encoding: str, content_type: str = "text/html") -> Route:
    """A 200 whose body is already compressed with ``encoding``."""
    return reply(200, body, {"Content-Type": content_type, "Content-Encoding": encoding})


def flaky(failures: list[Route], then: Route) -> Route:
    """Answers with each of ``failures`` in turn, then with ``then`` for ever."""
    left = list(failures)

    def route(handler) -> None:
        (left.pop(0) if left else then)(handler)

    return route


def conditional(body: bytes, etag: str, last_modified: str, content_type: str) -> Route:
    """A feed that honours If-None-Match and If-Modified-Since with 304."""

    def route(handler) -> None:
        if handler.headers.get("If-None-Match") == etag or (
            handler.headers.get("If-Modified-Since") == last_modified
        ):
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.end_headers()
            return
        reply(200, body, {"Content-Type": content_type, "ETag": etag,
                          "Last-Modified": last_modified})(handler)  # fmt: skip

    return route


class _Handler(http.server.BaseHTTPRequestHandler):
    server_state: Server
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        state = self.server_state
        state.requests.append(Request(self.path, dict(self.headers.items()), time.monotonic()))
        route = state.routes.get(self.path) or reply(404, b"not found")
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up, as it should

    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(routes: dict[str, Route], host: str = "127.0.0.1") -> Iterator[Server]:
    """Serve ``routes`` on ``host`` at an ephemeral port until the block ends."""
    state = Server("", routes)
    handler = type("Handler", (_Handler,), {"server_state": state})
    server = http.server.ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    state.base = f"http://{host}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
