"""A tiny HTTP server on 127.0.0.1 that tests start themselves, with canned responses."""

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Reply:
    """A canned response: status, headers and body."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, Reply] = {}
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.requests.append(self.path)
        reply = self.routes.get(self.path, Reply(404, b"not found"))
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(routes: dict[str, Reply], host: str = "127.0.0.1") -> Iterator[tuple[str, list[str]]]:
    """Serve ``routes`` on an ephemeral port; yield the base URL and the list of paths asked."""
    handler = type("Handler", (_Handler,), {"routes": routes, "requests": []})
    server = http.server.ThreadingHTTPServer((host, 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}", handler.requests
    finally:
        server.shutdown()
        server.server_close()
