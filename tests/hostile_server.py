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
DRIP_SECONDS = 60.0  # a drip stops by itself after this long, whatever the client does


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


def drip_headers(interval: float = 1.0) -> Route:
    """A status line, then one header byte per interval, never ending the headers (until
    DRIP_SECONDS): a read timeout never fires, only a deadline over the headers stops it."""

    def route(handler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        handler.wfile.flush()
        stop = time.monotonic() + DRIP_SECONDS
        while time.monotonic() < stop:
            handler.wfile.write(b"X")
            handler.wfile.flush()
            time.sleep(interval)
        handler.close_connection = True

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


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # clients that hang up on a hostile route are the point, not news


@contextmanager
def serve(routes: dict[str, Route], host: str = "127.0.0.1") -> Iterator[Server]:
    """Serve ``routes`` on ``host`` at an ephemeral port until the block ends."""
    state = Server("", routes)
    handler = type("Handler", (_Handler,), {"server_state": state})
    server = _QuietServer((host, 0), handler)
    server.daemon_threads = True
    state.base = f"http://{host}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


ARTICLE = """<html><head><title>{title}</title></head><body><nav>Home | World</nav>
<article><h1>{title}</h1>
<p>The foreign minister met her counterpart in the capital on Tuesday to discuss a new trade
agreement and the reopening of the border crossing that closed last spring.</p>
<p>Officials said the talks were constructive and that a joint statement would follow within
the week, after both delegations had consulted their governments.</p></article>
<footer>Contact us</footer></body></html>"""
LATIN1_ARTICLE = """<html><head><title>Diplomatie</title></head><body><article>
<p>Le ministre des Affaires étrangères a reçu l'ambassadeur à Genève pour un entretien consacré
à la sécurité régionale et à la coopération économique entre les deux pays.</p>
<p>Selon le communiqué, les deux délégations ont salué une rencontre « très constructive ».</p>
</article></body></html>"""
ROBOTS = "User-agent: *\nDisallow: /private/\n"
FEED_ETAG = '"feed-v1"'
FEED_LAST_MODIFIED = "Sun, 29 Nov 2026 06:00:00 GMT"


def article(title: str) -> Route:
    """A news article page, UTF-8 declared."""
    return reply(
        200, ARTICLE.format(title=title).encode(), {"Content-Type": "text/html; charset=utf-8"}
    )


def rss(links: list[str]) -> bytes:
    """An RSS 2.0 feed with one item per link."""
    items = "".join(
        f"<item><title>Item {n}</title><link><![CDATA[{link}]]></link></item>"
        for n, link in enumerate(links)
    )
    channel = f"<channel><title>Hostile</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def hostile_site(
    base: str, forbidden: str, max_bytes: int
) -> tuple[dict[str, Route], dict[str, str]]:
    """The routes of the hostile site, and each feed link with what it must end as: "article",
    "duplicate", or the error_kind of its error row. ``forbidden`` is a server the run must
    never reach (another loopback address, outside --allow-network)."""
    expected = {
        f"{base}/articles/one.html": "article",
        f"{base}/articles/two.html": "article",
        f"{base}/articles/one.html?utm_source=rss&utm_medium=feed": "duplicate",
        f"{base}/articles/one.html?fbclid=abc#comments": "duplicate",
        f"{base}/flaky.html": "article",
        f"{base}/latin1.html": "article",
        f"{base}/missing.html": "bad_status",
        f"{base}/gone.html": "bad_status",
        f"{base}/error.html": "bad_status",
        f"{base}/unavailable.html": "bad_status",
        f"{base}/busy.html": "bad_status",
        f"{base}/drip.html": "timeout",
        f"{base}/huge.html": "too_large",
        f"{base}/bomb.html": "too_large",
        f"{base}/image.png": "bad_content_type",
        f"{base}/report.pdf": "bad_content_type",
        f"{base}/loop.html": "redirect_limit",
        f"{base}/escape.html": "blocked_address",
        f"{forbidden}/direct.html": "blocked_address",
        "http://169.254.169.254/latest/meta-data/": "blocked_address",
        "file:///etc/passwd": "bad_scheme",
        "gopher://127.0.0.1/1": "bad_scheme",
        "javascript:alert(1)": "bad_scheme",
        f"{base}/private/secret.html": "robots_disallowed",
        f"{base}/sneaky.html": "robots_disallowed",  # redirects into /private/
        f"{base}/empty.html": "no_text",
    }
    feed = rss(list(expected))
    unavailable = reply(503, b"down", {"Retry-After": "1", "Content-Type": "text/html"})
    routes: dict[str, Route] = {
        "/robots.txt": reply(200, ROBOTS.encode(), {"Content-Type": "text/plain"}),
        "/feed.xml": conditional(feed, FEED_ETAG, FEED_LAST_MODIFIED, "application/rss+xml"),
        "/articles/one.html": article("One"),
        "/articles/two.html": article("Two"),
        "/flaky.html": flaky([unavailable], article("Flaky")),
        "/latin1.html": reply(200, LATIN1_ARTICLE.encode("latin-1"), {"Content-Type": "text/html"}),
        "/gone.html": reply(410, b"gone"),
        "/error.html": reply(500, b"boom"),
        "/unavailable.html": unavailable,
        "/busy.html": reply(429, b"slow down", {"Retry-After": "1", "Content-Type": "text/html"}),
        "/drip.html": drip(0.2),
        "/huge.html": reply(200, b"<p>" + b"z" * max_bytes + b"</p>"),
        "/bomb.html": encoded(gzip_bomb(64 * max_bytes), "gzip"),
        "/image.png": reply(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, {"Content-Type": "image/png"}),
        "/report.pdf": reply(200, b"%PDF-1.4\n" + b"\0" * 64, {"Content-Type": "application/pdf"}),
        "/loop.html": redirect("/loop-again.html"),
        "/loop-again.html": redirect("/loop.html"),
        "/escape.html": redirect(f"{forbidden}/stolen.html"),
        "/private/secret.html": article("Secret"),
        "/sneaky.html": redirect("/private/other-secret.html"),
        "/private/other-secret.html": article("Other secret"),
        "/empty.html": reply(200, b""),
    }
    return routes, expected
