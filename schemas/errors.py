"""The ``errors`` table: one row per input that could not become an article or its events.

``error_kind`` is a small, closed vocabulary (``ErrorKind``) so that users can count and filter
failures; ``message`` says in words what happened to this input.
"""

import dataclasses
import datetime
import enum
from typing import Any

import pyarrow as pa

from schemas.tables import (
    Table,
    arrow_schema,
    column,
    columns_of,
    register_row,
    utc_date,
)
from schemas.version import SCHEMA_VERSION


class Stage(str, enum.Enum):
    """The pipeline stage an error happened in."""

    READ_FEEDS = "read_feeds"
    FETCH_PAGES = "fetch_pages"
    EXTRACT_ARTICLES = "extract_articles"
    TAG_EVENTS = "tag_events"
    READ_ARCHIVES = "read_archives"
    READ_SITEMAPS = "read_sitemaps"


class ErrorKind(str, enum.Enum):
    """Why an input failed. The values are the ``error_kind`` column."""

    NOT_A_FEED = "not_a_feed"  # the bytes are not an RSS, Atom or RDF feed
    BAD_URL = "bad_url"  # a link that is empty or cannot be parsed as a URL
    BAD_SCHEME = "bad_scheme"  # a scheme other than http(s), or file:// not named by the operator
    FILE_NOT_ALLOWED = "file_not_allowed"  # a file link outside the local feed's directory
    NOT_FOUND = "not_found"  # a local file that does not exist
    TIMEOUT = "timeout"  # connect, read or total deadline exceeded
    CONNECTION_ERROR = "connection_error"  # DNS, refused, reset, TLS
    BAD_STATUS = "bad_status"  # an HTTP status other than 2xx/304 (see http_status)
    TOO_LARGE = "too_large"  # body over the size cap, before or after decompression
    BLOCKED_ADDRESS = "blocked_address"  # the host resolves to a non-public address
    ROBOTS_DISALLOWED = "robots_disallowed"  # robots.txt forbids the path
    # robots.txt answered 5xx or could not be fetched: RFC 9309 says disallow all for now
    ROBOTS_UNREACHABLE = "robots_unreachable"
    BAD_CONTENT_TYPE = "bad_content_type"  # neither HTML nor a feed (images, PDF, ...)
    REDIRECT_LIMIT = "redirect_limit"  # more than the allowed number of redirects
    DECODE_ERROR = "decode_error"  # the bytes cannot be decoded as text
    NO_TEXT = "no_text"  # extraction found no text and the feed entry has no summary
    EXTRACTION_FAILED = "extraction_failed"  # the extractor raised on this page
    TAGGING_FAILED = "tagging_failed"  # the event tagger raised on this article
    TRUNCATED_RECORD = "truncated_record"  # a WARC record cut short (WARC-Truncated, or the file)
    CORRUPT_RECORD = "corrupt_record"  # a WARC record that cannot be parsed
    NOT_A_SITEMAP = "not_a_sitemap"  # the bytes are not a sitemap or sitemap index
    SITEMAP_TOO_DEEP = "sitemap_too_deep"  # a sitemap index nested deeper than allowed


@register_row
@dataclasses.dataclass(frozen=True)
class ErrorRecord:
    """One failed input, with the stage and the kind of failure."""

    error_id: str
    stage: str
    error_kind: str
    message: str
    url: str | None
    feed_url: str | None
    article_id: str | None
    http_status: int | None = column(pa.int16())
    occurred_at: datetime.datetime
    schema_version: int = column(pa.int16(), default=SCHEMA_VERSION)


ERRORS_SCHEMA = arrow_schema(ErrorRecord, "errors")


def error_date(error: ErrorRecord) -> datetime.date:
    """The error's partition date: the UTC date it happened."""
    return utc_date(error.occurred_at)


def error_to_row(error: ErrorRecord) -> dict[str, Any]:
    """Column values of one ``errors`` row."""
    return columns_of(error, ERRORS_SCHEMA)


ERRORS = Table("errors", ERRORS_SCHEMA, "error_id", error_date)
