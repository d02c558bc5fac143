"""ReadFeeds over http on the local runner: real feeds, charsets from the header, and 304s."""

import pathlib

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to, is_empty

from schemas.entries import Source
from tests.conftest import local_pipeline
from tests.hostile_server import conditional, reply, serve
from transforms.fetching import FetchSettings
from transforms.read_feeds import ReadFeeds

RESOURCES = pathlib.Path(__file__).parents[1] / "resources" / "real-feeds"
SETTINGS = FetchSettings(allowed_networks=("127.0.0.1/32",), per_host_delay_seconds=0.0)
# The XML declaration says UTF-8, the server says GB2312: the server wins (RFC 7303).
GB2312_FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Xinwen</title>'
    "<item><title>外交部发言人</title><link>http://127.0.0.1/a</link></item></channel></rss>"
).encode("gb2312")


def test_real_feeds_become_entries_and_the_header_charset_is_used():
    routes = {
        "/guardian.rss": reply(200, (RESOURCES / "guardian.rss").read_bytes(),
                               {"Content-Type": "application/rss+xml"}),
        "/heise.atom": reply(200, (RESOURCES / "heise.atom").read_bytes(),
                             {"Content-Type": "application/atom+xml; charset=utf-8"}),
        "/gb.xml": reply(200, GB2312_FEED, {"Content-Type": "application/xml; charset=gb2312"}),
    }  # fmt: skip
    with serve(routes) as server:
        sources = [Source(location=f"{server.base}{path}") for path in routes]
        with local_pipeline() as pipeline:
            entries, failures = pipeline | beam.Create(sources) | ReadFeeds(SETTINGS)
            assert_that(
                entries
                | beam.Map(lambda entry: (entry.feed_url.rsplit("/", 1)[1], 1))
                | beam.CombinePerKey(sum),
                equal_to([("guardian.rss", 55), ("heise.atom", 15), ("gb.xml", 1)]),
                label="Counts",
            )
            assert_that(
                entries
                | beam.Filter(lambda entry: entry.feed_url.endswith("gb.xml"))
                | beam.Map(lambda entry: entry.title),
                equal_to(["外交部发言人"]),
                label="Charset",
            )
            assert_that(failures, is_empty(), label="NoErrors")


def test_a_known_feed_is_asked_conditionally_and_a_304_yields_nothing(tmp_path):
    etag, last_modified = '"v7"', "Sun, 29 Nov 2026 06:00:00 GMT"
    feed = (RESOURCES / "guardian.rss").read_bytes()
    state = tmp_path / "state"
    state.mkdir()
    (state / "feed-validators.json").write_text(
        '{"format": "newsbeam.feed-validators", "version": 1, "feeds": {"URL": {"etag": "\\"v7\\"",'
        ' "last_modified": null, "checked_at": "2026-11-29T06:00:00+00:00", "status": 200}}}'
    )
    with serve({"/feed": conditional(feed, etag, last_modified, "application/rss+xml")}) as server:
        text = (state / "feed-validators.json").read_text().replace("URL", f"{server.base}/feed")
        (state / "feed-validators.json").write_text(text)
        settings = FetchSettings(allowed_networks=("127.0.0.1/32",), state_dir=str(state))
        with local_pipeline() as pipeline:
            entries, failures = (
                pipeline
                | beam.Create([Source(location=f"{server.base}/feed")])
                | ReadFeeds(settings)
            )
            assert_that(entries, is_empty(), label="NoEntries")
            assert_that(failures, is_empty(), label="NoErrors")
    assert server.requests[0].headers["If-None-Match"] == etag
    assert (state / "feed-validators.pending.json").exists()  # committed by the launcher only
