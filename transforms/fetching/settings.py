"""The one settings object of fetching: limits, politeness, retries, the network policy, state.

It is built once from the options at launch and travels, pickled, with every DoFn that fetches.
"""

import dataclasses
import socket
from collections.abc import Callable

DEFAULT_USER_AGENT = "newsbeam/0.1 (+https://github.com/newsbeam/newsbeam)"

# The hooks the network guard uses to resolve names and open sockets. Tests inject their own,
# so that a bug in the guard can never send a packet beyond loopback.
Resolver = Callable[[str, int], list[str]]
Connector = Callable[[tuple[str, int], float | None, list], socket.socket]


@dataclasses.dataclass(frozen=True)
class FetchSettings:
    """Limits, politeness and identity for every request newsbeam sends.

    Timeouts are in seconds. ``deadline_seconds`` bounds one attempt from connecting to the
    last byte, redirects included; retries add attempts, so a page costs at most
    ``(retries + 1) * deadline_seconds`` plus the back-off between attempts.
    """

    connect_timeout_seconds: float = 10.0
    timeout_seconds: float = 20.0  # read timeout: the longest wait for the next bytes
    deadline_seconds: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    concurrency: int = 32  # requests in flight at once, per worker process
    per_host_concurrency: int = 2
    per_host_delay_seconds: float = 0.5  # between the starts of two requests to one host
    retries: int = 2
    backoff_seconds: float = 1.0
    max_retry_after_seconds: float = 120.0
    allowed_networks: tuple[str, ...] = ()
    state_dir: str | None = None
    resolver: Resolver | None = None  # None: the system resolver (tests inject one)
    connector: Connector | None = None  # None: a plain TCP connect (tests inject one)
    archive_dir: str | None = None  # --archive: where every response read is kept as WARC
    archive_run: str | None = None  # names this run's archive files
    archive_max_bytes: int = 1024**3  # an archive file is rotated once it is this large

    @property
    def product_token(self) -> str:
        """The User-Agent's product token ("newsbeam"), which robots.txt groups are matched on."""
        return self.user_agent.split("/", 1)[0].split()[0].strip().lower() or "newsbeam"

    @property
    def max_attempts(self) -> int:
        """Attempts per request: the first and the retries."""
        return self.retries + 1
