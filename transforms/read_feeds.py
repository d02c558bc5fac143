"""ReadFeeds: operator sources in, feed entries out; unreadable feeds go to the errors output.

A feed source becomes one entry per item; a page source (``--urls``) becomes one entry as is.
"""

import apache_beam as beam
from apache_beam.metrics import Metrics

from schemas.entries import ORIGIN_OPERATOR, SOURCE_PAGE, FeedEntry, Source
from schemas.errors import Stage
from transforms.failures import FAILED, StageFailure, error_record, with_failures
from transforms.feeds import parse_feed
from transforms.fetching import Fetcher, FetchSettings

NAMESPACE = "newsbeam"


class _ReadFeedFn(beam.DoFn):
    """Fetch one feed's bytes and parse them; pass page sources through as entries."""

    def __init__(self, settings: FetchSettings) -> None:
        self._settings = settings
        self._feeds = Metrics.counter(NAMESPACE, "feeds")
        self._feed_errors = Metrics.counter(NAMESPACE, "feed_errors")
        self._entries = Metrics.counter(NAMESPACE, "entries")

    def setup(self) -> None:
        self._fetcher = Fetcher(self._settings)

    def teardown(self) -> None:
        self._fetcher.close()

    def process(self, source: Source):
        if source.kind == SOURCE_PAGE:
            self._entries.inc()
            yield FeedEntry(
                link=source.location,
                origin=ORIGIN_OPERATOR,
                feed_name=source.name,
                feed_country=source.country,
                feed_language=source.language,
            )
            return
        self._feeds.inc()
        try:
            fetched = self._fetcher.fetch(source.location)
            entries = parse_feed(fetched.body, source)
        except StageFailure as failure:
            self._feed_errors.inc()
            yield beam.pvalue.TaggedOutput(
                FAILED, error_record(Stage.READ_FEEDS, failure, url=source.location)
            )
            return
        self._entries.inc(len(entries))
        yield from entries


class ReadFeeds(beam.PTransform):
    """Read every source into feed entries.

    Args:
        settings: limits and User-Agent for fetching the feeds.

    Returns:
        A pair of PCollections: entries (FeedEntry) and failures (ErrorRecord).
    """

    def __init__(self, settings: FetchSettings) -> None:
        super().__init__()
        self._settings = settings

    def expand(self, sources):
        return with_failures(sources, "ReadEachFeed", _ReadFeedFn(self._settings), FeedEntry)
