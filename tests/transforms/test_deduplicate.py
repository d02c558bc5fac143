"""DeduplicateEntries on a streaming runner: TestStream polls, the watermark advanced step by step
past each poll's flush timer and each article's expiry timer."""

import datetime

import apache_beam as beam
from apache_beam.testing import test_stream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue

from schemas.entries import ORIGIN_FEED, FeedEntry
from tests.conftest import streaming_pipeline
from transforms.deduplicate import DeduplicateEntries, sighting_of
from transforms.seen_articles import Sighting

UTC = datetime.timezone.utc
F, G, H = "https://f.example/feed", "https://g.example/feed", "https://h.example/feed"


def entry(link: str, feed: str) -> FeedEntry:
    return FeedEntry(link=link, origin=ORIGIN_FEED, feed_url=feed)


def polls(*batches: tuple[float, list[FeedEntry]]) -> test_stream.TestStream:
    """One TestStream step per poll: its entries at the poll time, then the watermark past it."""
    stream = test_stream.TestStream(coder=beam.coders.registry.get_coder(FeedEntry))
    for at, entries in batches:
        stream = stream.add_elements([TimestampedValue(e, at) for e in entries])
        stream = stream.advance_watermark_to(at + 1)
    return stream.advance_watermark_to_infinity()


def dedupe(pipeline, stream, ttl: float, stored: list[Sighting] = ()):
    entries = pipeline | stream | "Typed" >> beam.Map(lambda e: e).with_output_types(FeedEntry)
    if stored:
        earlier = pipeline | "Stored" >> beam.Create(
            [(s.article_id, s) for s in stored]
        ).with_output_types(tuple[str, Sighting])
        return (entries, earlier) | DeduplicateEntries(ttl)
    return entries | DeduplicateEntries(ttl)


def test_first_entry_kept_reread_dropped_other_feed_a_duplicate():
    a_f = entry("https://news.example/a", F)
    a_g = entry("https://news.example/a?utm_source=rss", G)
    b_f = entry("https://news.example/b", F)
    c_f = entry("https://news.example/c", F)
    stream = polls((10, [a_g, a_f, b_f]), (20, [a_f, b_f, c_f]), (30, [a_g]))
    with streaming_pipeline() as pipeline:
        kept, duplicates, sightings = dedupe(pipeline, stream, ttl=3600)
        assert_that(
            kept | beam.Map(lambda e: (e.link, e.feed_url)),
            equal_to([(a_f.link, F), (b_f.link, F), (c_f.link, F)]),
        )
        assert_that(
            duplicates | beam.Map(lambda d: (d.url, d.kept_url, d.reason)),
            equal_to([(a_g.link, a_f.link, "same_url")]),
            label="Duplicates",
        )
        assert_that(
            sightings | beam.Map(lambda s: (s.feed_url, s.seen_at.timestamp())),
            equal_to([(F, 10), (G, 10), (F, 10), (F, 20)]),
            label="Sightings",
        )


def test_articles_of_earlier_runs_are_already_stored_or_seen_before():
    d_f, d_h = entry("https://news.example/d", F), entry("https://news.example/d", H)
    earlier = sighting_of(d_f, datetime.datetime(2025, 1, 1, tzinfo=UTC))
    stored = Sighting(article_id=earlier.article_id, feed_url=F, seen_at=earlier.seen_at)
    now = datetime.datetime(2025, 1, 2, tzinfo=UTC).timestamp()
    stream = polls((now, [d_f, d_h]))
    with streaming_pipeline() as pipeline:
        kept, duplicates, _sightings = dedupe(pipeline, stream, ttl=7 * 86400, stored=[stored])
        assert_that(kept, equal_to([]))
        assert_that(
            duplicates | beam.Map(lambda d: (d.url, d.feed_url, d.kept_url, d.reason)),
            equal_to([(d_h.link, H, None, "already_stored")]),
            label="Duplicates",
        )


def test_an_article_is_forgotten_after_the_ttl_and_remembered_while_seen():
    a_f = entry("https://news.example/a", F)
    b_f = entry("https://news.example/b", F)
    # ttl 100: a is seen at 0, 40, 90 and 150, recorded again whenever more than ttl/2 has
    # passed (90, 150), so it stays known; b is seen at 0 only, forgotten at 100, new at 150.
    stream = polls((0, [a_f, b_f]), (40, [a_f]), (90, [a_f]), (150, [a_f, b_f]))
    with streaming_pipeline() as pipeline:
        kept, _duplicates, sightings = dedupe(pipeline, stream, ttl=100)
        assert_that(kept | beam.Map(lambda e: e.link), equal_to([a_f.link, b_f.link, b_f.link]))
        assert_that(
            sightings
            | beam.Map(
                lambda s: (s.article_id == sighting_of(a_f, None).article_id, s.seen_at.timestamp())
            ),
            equal_to([(True, 0), (False, 0), (True, 90), (True, 150), (False, 150)]),
            label="Sightings",
        )


def test_one_feed_listing_an_article_twice_in_one_poll_gives_a_same_url_duplicate():
    a_f = entry("https://news.example/a", F)
    a_f_tracked = entry("https://news.example/a?utm_source=rss", F)
    stream = polls((10, [a_f, a_f_tracked]), (20, [a_f, a_f_tracked]))
    with streaming_pipeline() as pipeline:
        kept, duplicates, _sightings = dedupe(pipeline, stream, ttl=3600)
        assert_that(kept | beam.Map(lambda e: e.link), equal_to([a_f.link]))
        assert_that(
            duplicates | beam.Map(lambda d: (d.url, d.kept_url, d.reason)),
            equal_to([(a_f_tracked.link, a_f.link, "same_url")]),
            label="Duplicates",
        )
