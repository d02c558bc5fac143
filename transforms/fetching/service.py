"""The fetching service of one worker process: the client, robots.txt and the host scheduler.

Every DoFn that fetches with the same settings shares one service per process (``acquire`` /
``release``), so the global and per-host limits, the connection pools and the robots.txt
cache hold across the DoFn instances of one worker. The work it hands out wraps one request
with robots.txt (pages only), retries and Retry-After.
"""

import threading
import urllib.parse
from collections.abc import Callable

from transforms.failures import StageFailure
from transforms.fetching.archiving import ArchivingFetcher
from transforms.fetching.client import Fetcher
from transforms.fetching.fetched import Fetched
from transforms.fetching.responses import FEED, PAGE, ROBOTS, SITEMAP
from transforms.fetching.retries import retry_wait
from transforms.fetching.robots import ROBOTS_MAX_BYTES, RobotsCache
from transforms.fetching.scheduler import HostScheduler, RetryLater, Work
from transforms.fetching.settings import FetchSettings
from transforms.urls import WEB_SCHEMES

MAX_CRAWL_DELAY_SECONDS = 10.0  # a robots.txt Crawl-delay above this is taken as this


def host_key(url: str) -> str:
    """The host a request counts against for politeness: the lower-case host name, or "" for
    what is not fetched over the network (local files, refused schemes)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in WEB_SCHEMES:
        return ""
    return (parts.hostname or "").lower()


class FetchService:
    """The client, the robots.txt cache and the scheduler, for one process and settings."""

    def __init__(self, settings: FetchSettings) -> None:
        self.settings = settings
        self.fetcher = (ArchivingFetcher if settings.archive_dir else Fetcher)(settings)
        self.robots = RobotsCache(
            lambda url: self.fetcher.fetch(url, ROBOTS, max_bytes=ROBOTS_MAX_BYTES),
            settings.product_token,
        )
        self.scheduler = HostScheduler(
            settings.concurrency, settings.per_host_concurrency, settings.per_host_delay_seconds
        )

    def close(self) -> None:
        """Stop the workers and close the connections."""
        self.scheduler.close()
        self.fetcher.close()

    def page_work(self, url: str) -> Work:
        """Work that fetches one page, if robots.txt allows it."""
        return self._with_retries(lambda: self._fetch_page(url))

    def feed_work(self, url: str, etag: str | None, last_modified: str | None) -> Work:
        """Work that fetches one feed, conditionally when validators are known."""
        return self._with_retries(
            lambda: self.fetcher.fetch(url, FEED, etag=etag, last_modified=last_modified)
        )

    def sitemap_work(self, url: str) -> Work:
        """Work that fetches one sitemap (XML or gzip), if robots.txt allows it."""
        return self._with_retries(lambda: self._fetch_page(url, SITEMAP))

    def _fetch_page(self, url: str, purpose: str = PAGE) -> Fetched:
        if host_key(url):
            self._check_robots(url)
        return self.fetcher.fetch(url, purpose, check_redirect=self._check_robots)

    def _check_robots(self, url: str) -> None:
        """Refuse a URL robots.txt forbids; follow its Crawl-delay for later requests."""
        crawl_delay = self.robots.check(url)
        if crawl_delay:
            delay = min(float(crawl_delay), MAX_CRAWL_DELAY_SECONDS)
            self.scheduler.slow_down(host_key(url), delay)

    def _with_retries(self, request: Callable[[], Fetched]) -> Work:
        settings = self.settings

        def work(attempt: int) -> Fetched:
            try:
                return request()
            except StageFailure as failure:
                wait = retry_wait(failure, attempt, settings)
                if wait is not None:
                    raise RetryLater(*wait) from failure
                retry_after = getattr(failure, "retry_after", None)
                if retry_after is not None and retry_after > settings.max_retry_after_seconds:
                    failure.message += f" (Retry-After {retry_after:.0f} s is over the limit)"
                if attempt > 1:
                    failure.message += f" (after {attempt} attempts)"
                raise

        return work


_SERVICES: dict[FetchSettings, list] = {}  # settings -> [service, number of holders]
_SERVICES_LOCK = threading.Lock()


def acquire(settings: FetchSettings) -> FetchService:
    """The process's service for these settings, created on first use."""
    with _SERVICES_LOCK:
        held = _SERVICES.setdefault(settings, [None, 0])
        if held[0] is None:
            held[0] = FetchService(settings)
        held[1] += 1
        return held[0]


def release(settings: FetchSettings) -> None:
    """Give the service back; the last holder closes it."""
    with _SERVICES_LOCK:
        held = _SERVICES.get(settings)
        if held is None:
            return
        held[1] -= 1
        if held[1] <= 0:
            del _SERVICES[settings]
            held[0].close()
