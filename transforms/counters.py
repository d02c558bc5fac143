"""The names of newsbeam's Beam metrics, declared once: the stages count into them and the run
summary (``pipelines/summary.py``) reads them back by the same names. Plain strings, no Beam.
"""

NAMESPACE = "newsbeam"

# ReadFeeds, ReadSitemaps, ReadArchives: what was read.
FEEDS = "feeds"
FEEDS_NOT_MODIFIED = "feeds_not_modified"  # answered 304 to a conditional request
FEED_ERRORS = "feed_errors"
SITEMAPS = "sitemaps"
SITEMAP_ERRORS = "sitemap_errors"
ARCHIVES = "archives"
ARCHIVE_ERRORS = "archive_errors"
ARCHIVE_RECORDS_SKIPPED = "archive_records_skipped"  # request, metadata, warcinfo records
ARCHIVE_RECORD_ERRORS = "archive_record_errors"
ENTRIES = "entries"  # every entry of every source, whatever becomes of it

# DeduplicateEntries, FetchPages, date ranges: entries that go no further.
ENTRIES_SEEN_BEFORE = "entries_seen_before"
DUPLICATES = "duplicates"
OUT_OF_RANGE = "out_of_range"
LINKS_REFUSED = "links_refused"
FETCH_ERRORS = "fetch_errors"
PAGES_FETCHED = "pages_fetched"
PAGE_BYTES = "page_bytes"  # a distribution, not a counter

# ExtractArticles, TagDiplomaticEvents.
ARTICLES = "articles"
FEED_SUMMARY_FALLBACKS = "feed_summary_fallbacks"
DATELINES_LOCATED = "datelines_located"  # articles whose dateline the gazetteer placed
EXTRACT_ERRORS = "extract_errors"
EVENTS = "events"
TAG_ERRORS = "tag_errors"

# GroupStories, ClusterEvents: the rows of the rewritten tables.
STORIES = "stories"  # stories rows written (made or joined by this run)
STORIES_NEW = "stories_new"  # of which made by this run
EVENT_CLUSTERS = "event_clusters"  # event_clusters rows written
# GroupStoriesInStream: the articles its one stateful step holds after each window and expiry
# (a distribution, not a counter).
STORY_SKETCHES_HELD = "story_sketches_held"

# State and output.
SEEN_ARTICLES_READ = "seen_articles_read"


def events_with_modality(modality: str) -> str:
    """The counter of events of one modality (``events_asserted``...)."""
    return f"{EVENTS}_{modality}"


def rows_written(table: str) -> str:
    """The counter of one table's rows written."""
    return f"{table}_rows_written"


def files_written(table: str) -> str:
    """The counter of one table's files written."""
    return f"{table}_files_written"
