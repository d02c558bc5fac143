"""Each stage as a Beam transform, on the local runner, with injected inputs and assert_that."""

import datetime

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to, is_empty

from schemas.articles import Article
from schemas.entries import ORIGIN_FEED, ORIGIN_OPERATOR, SOURCE_PAGE, FeedEntry, RawPage, Source
from schemas.errors import ErrorRecord
from schemas.events import Event
from seeds import seed_path
from tests.conftest import local_pipeline
from transforms import tag_events
from transforms.extract_articles import ExtractArticles
from transforms.feeds import parse_feed
from transforms.fetch_by_host import FETCH_BATCHES, fetch_batch, local_shard
from transforms.fetch_pages import FetchPages
from transforms.fetching import FetchSettings
from transforms.read_feeds import ReadFeeds
from transforms.tag_events import TagDiplomaticEvents

SETTINGS = FetchSettings(timeout_seconds=5)
FETCHED_AT = datetime.datetime(2023, 2, 25, tzinfo=datetime.timezone.utc)


def kinds(errors):
    return errors | "Kinds" >> beam.Map(lambda error: (error.stage, error.error_kind))


def test_read_feeds_turns_feeds_into_entries_and_broken_feeds_into_errors(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text("<html><body>not a feed</body></html>")
    sources = [
        Source(location=seed_path("feed.xml").as_uri()),
        Source(location=broken.as_uri()),
        Source(location="https://example.com/page", kind=SOURCE_PAGE, country="QAT"),
    ]
    with local_pipeline() as pipeline:
        entries, failures = pipeline | beam.Create(sources) | ReadFeeds(SETTINGS)
        assert entries.element_type is FeedEntry
        assert_that(
            entries | beam.Map(lambda e: (e.link, e.origin, e.feed_country)),
            equal_to(
                [
                    (seed_path("article.html").as_uri(), ORIGIN_FEED, None),
                    ("https://example.com/page", ORIGIN_OPERATOR, "QAT"),
                ]
            ),
            label="Entries",
        )
        assert_that(kinds(failures), equal_to([("read_feeds", "not_a_feed")]), label="Errors")


def test_fetch_pages_fetches_each_article_once_and_accounts_for_every_entry(tmp_path):
    page = tmp_path / "story.html"
    page.write_text("<html><body><article><p>Story.</p></article></body></html>")
    root = str(tmp_path)
    link = page.as_uri()
    entries = [
        FeedEntry(link=link, origin=ORIGIN_FEED, feed_url="file:///a.xml", local_root=root),
        FeedEntry(
            link=link + "#top", origin=ORIGIN_FEED, feed_url="file:///b.xml", local_root=root
        ),
        FeedEntry(link=(tmp_path / "missing.html").as_uri(), origin=ORIGIN_FEED, local_root=root),
        FeedEntry(link="gopher://example.com/1", origin=ORIGIN_FEED),
        FeedEntry(link="", origin=ORIGIN_FEED),
    ]
    with local_pipeline() as pipeline:
        pages, duplicates, failures = pipeline | beam.Create(entries) | FetchPages(SETTINGS)
        assert pages.element_type is RawPage
        assert_that(
            pages | beam.Map(lambda p: (p.entry.feed_url, p.body[:12])),
            equal_to([("file:///a.xml", b"<html><body>")]),
            label="Pages",
        )
        assert_that(
            duplicates | beam.Map(lambda d: (d.url, d.kept_url, d.reason)),
            equal_to([(link + "#top", link, "same_url")]),
            label="Duplicates",
        )
        assert_that(
            kinds(failures),
            equal_to(
                [
                    ("fetch_pages", "not_found"),
                    ("fetch_pages", "bad_scheme"),
                    ("fetch_pages", "bad_url"),
                ]
            ),
            label="Errors",
        )


def raw_page(body: bytes, summary: str | None = None) -> RawPage:
    entry = FeedEntry(link="https://example.com/a", origin=ORIGIN_OPERATOR, summary=summary)
    return RawPage(
        entry=entry,
        article_id="a" * 16,
        canonical_url="https://example.com/a",
        final_url="https://example.com/a",
        body=body,
        fetched_at=FETCHED_AT,
    )


def test_extract_articles_routes_pages_without_text_to_errors():
    pages = [raw_page(seed_path("article.html").read_bytes()), raw_page(b"<html></html>")]
    with local_pipeline() as pipeline:
        articles, failures = pipeline | beam.Create(pages) | ExtractArticles()
        assert articles.element_type is Article
        assert_that(
            articles | beam.Map(lambda a: (a.article_id, a.extraction, a.language)),
            equal_to([("a" * 16, "trafilatura", "en")]),
            label="Articles",
        )
        assert_that(kinds(failures), equal_to([("extract_articles", "no_text")]), label="Errors")


def test_extract_articles_geocodes_the_dateline():
    pages = [raw_page(seed_path("article.html").read_bytes())]
    with local_pipeline() as pipeline:
        articles, _ = pipeline | beam.Create(pages) | ExtractArticles()
        placed = articles | beam.Map(
            lambda a: (
                a.dateline_name,
                a.dateline_country,
                a.dateline_geonames_id,
                a.dateline_precision,
                round(a.dateline_lat, 1),
                round(a.dateline_lon, 1),
            )
        )
        assert_that(placed, equal_to([("Doha", "QAT", 290030, "city", 25.3, 51.5)]))


def seed_article(article_id: str) -> Article:
    text = seed_path("000_e98102ffc2b876f6.txt").read_text(encoding="utf-8")
    return Article(
        article_id=article_id,
        url=f"https://example.com/{article_id}",
        canonical_url=f"https://example.com/{article_id}",
        feed_url=None,
        feed_name=None,
        source_name=None,
        source_country=None,
        title=None,
        author=None,
        published_at=datetime.datetime(2023, 2, 24, 16, 40, tzinfo=datetime.timezone.utc),
        date_source="feed",
        fetched_at=FETCHED_AT,
        language="en",
        text=text,
        word_count=len(text.split()),
        content_sha256="0" * 64,
        extraction="trafilatura",
    )


class _ExplodingOnBadArticles:
    """A stand-in tagger that fails on one article id."""

    def __init__(self, *, use_parser: bool = False) -> None:
        self.use_parser = use_parser

    def tag(self, document):
        if document.article_id == "bad":
            raise RuntimeError("boom")
        return []


def test_a_tagger_crash_on_one_article_is_an_error_row_and_others_go_on(monkeypatch):
    monkeypatch.setattr(tag_events, "EventTagger", _ExplodingOnBadArticles)
    with local_pipeline() as pipeline:
        events, failures = (
            pipeline
            | beam.Create([seed_article("bad"), seed_article("good")])
            | TagDiplomaticEvents()
        )
        assert events.element_type is Event
        assert_that(events, is_empty(), label="NoEvents")
        assert_that(
            failures | beam.Map(lambda e: (e.article_id, e.error_kind, "boom" in e.message)),
            equal_to([("bad", "tagging_failed", True)]),
            label="Errors",
        )
        assert failures.element_type is ErrorRecord


def test_malformed_and_missing_links_are_error_rows_each_with_its_own_id():
    # Issue 13, items 1 and 5: a malformed link raised ValueError and ended the run; four
    # link-less entries gave four identical bad_url rows.
    links = ["http://[::1", "http://[abc]/", "http://a]b/", "http://℀.com/", "http://"]
    items = [f"<item><title>{n}</title><link>{link}</link></item>" for n, link in enumerate(links)]
    items += ["<item><title>Same</title></item>"] * 4
    channel = "<channel><title>Wire</title>" + "".join(items) + "</channel>"
    body = f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()
    entries = parse_feed(body, Source(location="http://example.com/feed.xml"))
    with local_pipeline() as pipeline:
        pages, duplicates, failures = pipeline | beam.Create(entries) | FetchPages(SETTINGS)
        assert_that(pages, is_empty(), label="NoPages")
        assert_that(duplicates, is_empty(), label="NoDuplicates")
        assert_that(
            failures | beam.Map(lambda error: error.error_kind),
            equal_to(["bad_url"] * 9),
            label="Kinds",
        )
        assert_that(
            failures
            | beam.Map(lambda error: error.error_id)
            | beam.Distinct()
            | beam.combiners.Count.Globally(),
            equal_to([9]),
            label="DistinctIds",
        )


def test_local_files_are_dealt_out_to_the_fetch_batches_in_turn():
    batches = [fetch_batch(local_shard(position)) for position in range(3 * FETCH_BATCHES)]
    assert [batches.count(batch) for batch in range(FETCH_BATCHES)] == [3] * FETCH_BATCHES
