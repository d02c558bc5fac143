"""FetchPages over http on the local runner, with an injected resolver and connector: names
map to loopback or to refused addresses, and the connector fails the test beyond loopback."""

import ipaddress

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from schemas.entries import ORIGIN_FEED, FeedEntry
from tests.conftest import local_pipeline
from tests.hostile_server import article, reply, serve
from transforms.fetch_pages import FetchPages
from transforms.fetching import FetchSettings
from transforms.fetching.guard import plain_connector

NAMES = {
    "news.example": ["127.0.0.1"],
    "wire.example": ["127.0.0.1"],
    "intranet.example": ["10.1.2.3"],
    "metadata.example": ["169.254.169.254"],
}


def table_resolver(host: str, port: int) -> list[str]:
    return NAMES[host]


def loopback_only(address, timeout, options):
    if not ipaddress.ip_address(address[0]).is_loopback:
        raise AssertionError(f"the guard let a connection to {address} through")
    return plain_connector(address, timeout, options)


def test_pages_of_several_hosts_are_fetched_and_refused_hosts_never_contacted():
    routes = {"/robots.txt": reply(404, b""), "/a.html": article("A"), "/b.html": article("B")}
    with serve(routes) as server:
        port = server.base.rsplit(":", 1)[1]
        links = [
            f"http://news.example:{port}/a.html",
            f"http://wire.example:{port}/b.html",
            f"http://wire.example:{port}/b.html?utm_campaign=x",
            f"http://intranet.example:{port}/a.html",
            f"http://metadata.example:{port}/latest/meta-data/",
        ]
        entries = [FeedEntry(link=link, origin=ORIGIN_FEED, feed_url="f") for link in links]
        settings = FetchSettings(
            allowed_networks=("127.0.0.1/32",),
            resolver=table_resolver,
            connector=loopback_only,
            per_host_delay_seconds=0.0,
            retries=0,
        )
        with local_pipeline() as pipeline:
            pages, duplicates, failures = pipeline | beam.Create(entries) | FetchPages(settings)
            assert_that(
                pages | beam.Map(lambda page: page.final_url),
                equal_to(links[:2]),
                label="Pages",
            )
            assert_that(duplicates | beam.Map(lambda d: d.url), equal_to([links[2]]), label="Dup")
            assert_that(
                failures | beam.Map(lambda e: (e.url, e.error_kind)),
                equal_to([(links[3], "blocked_address"), (links[4], "blocked_address")]),
                label="Errors",
            )
    assert sorted(server.paths()) == ["/a.html", "/b.html", "/robots.txt", "/robots.txt"]


def test_the_link_as_given_is_fetched_and_other_queries_keep_pages_apart():
    # Issue 13, item 3: /q?123 and /q?456 became one article, and the server was asked for the
    # canonical URL (/q) instead of the link.
    routes = {"/robots.txt": reply(404, b"")}
    routes.update({path: article(path) for path in ("/q?123", "/q?456", "/q?ref=home")})
    with serve(routes) as server:
        port = server.base.rsplit(":", 1)[1]
        links = [
            f"http://news.example:{port}/q?123",
            f"http://news.example:{port}/q?456",
            f"http://news.example:{port}/q?ref=home",
            f"http://news.example:{port}/q?ref=home&utm_source=rss",
        ]
        entries = [FeedEntry(link=link, origin=ORIGIN_FEED, feed_url="f") for link in links]
        settings = FetchSettings(
            allowed_networks=("127.0.0.1/32",),
            resolver=table_resolver,
            connector=loopback_only,
            per_host_delay_seconds=0.0,
            retries=0,
        )
        with local_pipeline() as pipeline:
            pages, duplicates, _failures = pipeline | beam.Create(entries) | FetchPages(settings)
            assert_that(
                pages | beam.Map(lambda page: (page.entry.link, page.final_url)),
                equal_to([(link, link) for link in links[:3]]),
                label="Pages",
            )
            assert_that(duplicates | beam.Map(lambda d: d.url), equal_to([links[3]]), label="Dup")
    assert sorted(server.paths()) == ["/q?123", "/q?456", "/q?ref=home", "/robots.txt"]
