"""robots.txt by RFC 9309: what each answer means, the product token, the cache."""

import pytest

from schemas.errors import ErrorKind
from tests.hostile_server import reply, serve
from transforms.failures import StageFailure
from transforms.fetching import Fetched, FetchSettings
from transforms.fetching.bodies import BadStatus
from transforms.fetching.robots import RobotsCache, robots_url
from transforms.fetching.service import FetchService

RULES = b"""User-agent: *
Disallow: /private/
Crawl-delay: 3

User-agent: newsbeam
Disallow: /only-newsbeam/
Allow: /only-newsbeam/open.html
"""


def answer(body: bytes = b"", failure: StageFailure | None = None):
    asked: list[str] = []

    def fetch(url: str) -> Fetched:
        asked.append(url)
        if failure is not None:
            raise failure
        return Fetched(url, body, None, 200)

    return fetch, asked


def kind(cache: RobotsCache, url: str) -> ErrorKind | None:
    try:
        cache.check(url)
    except StageFailure as failure:
        return failure.kind
    return None


def test_the_group_of_the_product_token_applies_and_longest_match_wins():
    fetch, asked = answer(RULES)
    cache = RobotsCache(fetch, "newsbeam")
    assert kind(cache, "https://news.example/only-newsbeam/x.html") is ErrorKind.ROBOTS_DISALLOWED
    assert kind(cache, "https://news.example/only-newsbeam/open.html") is None
    assert kind(cache, "https://news.example/private/x.html") is None  # only the * group says so
    assert asked == ["https://news.example/robots.txt"]  # fetched once, then cached


def test_other_agents_follow_the_star_group_and_its_crawl_delay():
    fetch, _asked = answer(RULES)
    cache = RobotsCache(fetch, "otherbot")
    assert kind(cache, "https://news.example/private/x.html") is ErrorKind.ROBOTS_DISALLOWED
    assert cache.check("https://news.example/world/x.html") == 3


@pytest.mark.parametrize(
    "failure, expected",
    [
        (BadStatus(404, None), None),  # unavailable: no rules
        (BadStatus(403, None), None),
        (BadStatus(500, None), ErrorKind.ROBOTS_UNREACHABLE),  # unreachable: disallow for now
        (BadStatus(503, 10.0), ErrorKind.ROBOTS_UNREACHABLE),
        (StageFailure(ErrorKind.TIMEOUT, "slow"), ErrorKind.ROBOTS_UNREACHABLE),
        (StageFailure(ErrorKind.CONNECTION_ERROR, "reset"), ErrorKind.ROBOTS_UNREACHABLE),
        (StageFailure(ErrorKind.REDIRECT_LIMIT, "loop"), None),
        (StageFailure(ErrorKind.BLOCKED_ADDRESS, "private"), ErrorKind.BLOCKED_ADDRESS),
    ],
)
def test_each_kind_of_answer(failure, expected):
    fetch, _asked = answer(failure=failure)
    assert kind(RobotsCache(fetch, "newsbeam"), "https://news.example/a.html") is expected


def test_the_cache_expires_after_24_hours():
    now = [0.0]
    fetch, asked = answer(RULES)
    cache = RobotsCache(fetch, "newsbeam", clock=lambda: now[0])
    cache.check("https://news.example/a")
    now[0] = 23 * 3600.0
    cache.check("https://news.example/b")
    now[0] = 24 * 3600.0 + 1
    cache.check("https://news.example/c")
    assert len(asked) == 2


def test_robots_url_keeps_scheme_host_and_port():
    assert robots_url("HTTPS://News.Example:8443/a/b?c#d") == "https://news.example:8443/robots.txt"


def test_a_disallowed_page_is_never_requested():
    routes = {
        "/robots.txt": reply(200, b"User-agent: *\nDisallow: /private/\n", {}),
        "/private/a.html": reply(200, b"<p>secret</p>"),
    }
    service = FetchService(FetchSettings(allowed_networks=("127.0.0.1/32",), retries=0))
    with serve(routes) as server:
        work = service.page_work(f"{server.base}/private/a.html")
        with pytest.raises(StageFailure) as caught:
            work(1)
    service.close()
    assert caught.value.kind is ErrorKind.ROBOTS_DISALLOWED
    assert server.paths() == ["/robots.txt"]
