"""robots.txt as RFC 9309 reads it: one fetch per scheme, host and port, cached.

A 2xx answer is parsed (protego; groups matched on the User-Agent's product token, longest
match wins). 4xx, or more than five redirects, means there are no rules (all allowed). 5xx, a
timeout or a connection error means the host is unreachable: everything is disallowed for now,
and the answer is asked again after ``UNREACHABLE_TTL_SECONDS``. A parsed file is kept at most
24 hours (RFC 9309 2.4). Bodies over 512 KiB are cut there (2.5 asks for at least 500 KiB).
"""

import dataclasses
import threading
import time
import urllib.parse
from collections.abc import Callable

from protego import Protego

from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.fetching.bodies import BadStatus
from transforms.fetching.fetched import Fetched

ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_TTL_SECONDS = 24 * 3600.0
UNREACHABLE_TTL_SECONDS = 300.0  # "for now": ask again after five minutes
UNREACHABLE_KINDS = frozenset(
    (ErrorKind.TIMEOUT, ErrorKind.CONNECTION_ERROR, ErrorKind.DECODE_ERROR)
)


@dataclasses.dataclass(frozen=True)
class RobotsRules:
    """What one robots.txt says, or why there is none to follow."""

    expires_at: float
    rules: Protego | None = None  # None and no ``unreachable``: everything allowed
    unreachable: str | None = None  # why the host counts as disallowed for now


def robots_url(url: str) -> str:
    """The robots.txt URL that governs ``url``: same scheme, host and port."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), "/robots.txt", "", "")
    )


def rules_from(fetch: Callable[[], Fetched], now: float) -> RobotsRules:
    """The rules from one attempt to fetch a robots.txt, by RFC 9309 2.3.1."""
    try:
        fetched = fetch()
    except BadStatus as status:
        if status.http_status is not None and 400 <= status.http_status < 500:
            return RobotsRules(now + ROBOTS_TTL_SECONDS)
        return RobotsRules(now + UNREACHABLE_TTL_SECONDS, unreachable=status.message)
    except StageFailure as failure:
        if failure.kind in UNREACHABLE_KINDS:
            return RobotsRules(now + UNREACHABLE_TTL_SECONDS, unreachable=failure.message)
        if failure.kind in (ErrorKind.REDIRECT_LIMIT, ErrorKind.BAD_SCHEME):
            return RobotsRules(now + ROBOTS_TTL_SECONDS)  # "unavailable": no rules
        raise  # a blocked address: the page itself may not be fetched either
    text = fetched.body.decode("utf-8", errors="replace")
    return RobotsRules(now + ROBOTS_TTL_SECONDS, rules=Protego.parse(text))


class RobotsCache:
    """The robots.txt verdicts of every authority this process has asked; thread-safe."""

    def __init__(
        self,
        fetch: Callable[[str], Fetched],
        product_token: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._token = product_token
        self._clock = clock
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def check(self, url: str) -> float | None:
        """Raise StageFailure unless robots.txt lets newsbeam fetch ``url``; return the
        Crawl-delay it asks for, if any."""
        rules = self._rules_for(robots_url(url))
        if rules.unreachable is not None:
            raise StageFailure(
                ErrorKind.ROBOTS_UNREACHABLE,
                f"robots.txt unreachable ({rules.unreachable}): the host is disallowed for now",
            )
        if rules.rules is None:
            return None
        if not rules.rules.can_fetch(url, self._token):
            raise StageFailure(ErrorKind.ROBOTS_DISALLOWED, f"robots.txt disallows {url}")
        return rules.rules.crawl_delay(self._token)

    def _rules_for(self, location: str) -> RobotsRules:
        with self._guard:
            lock = self._locks.setdefault(location, threading.Lock())
        with lock:  # one fetch per authority; the others wait for its answer
            rules = self._rules.get(location)
            if rules is None or rules.expires_at <= self._clock():
                rules = rules_from(lambda: self._fetch(location), self._clock())
                self._rules[location] = rules
            return rules
