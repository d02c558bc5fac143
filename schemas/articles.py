"""The ``articles`` table: one row per distinct article, partitioned by its publication date."""

import dataclasses
import datetime
from typing import Any

import pyarrow as pa

from schemas.tables import (
    UTC_TIMESTAMP,
    Table,
    columns_of,
    register_row,
    utc_date,
    with_table_metadata,
)
from schemas.version import SCHEMA_VERSION

EXTRACTION_TRAFILATURA = "trafilatura"
EXTRACTION_FEED_SUMMARY = "feed-summary"

DATE_SOURCE_PAGE = "page"
DATE_SOURCE_FEED = "feed"
DATE_SOURCE_NONE = "none"


@register_row
@dataclasses.dataclass(frozen=True)
class Article:
    """One extracted article. ``article_id`` is derived from ``canonical_url`` only."""

    article_id: str
    url: str
    canonical_url: str
    feed_url: str | None
    feed_name: str | None
    source_name: str | None
    source_country: str | None
    title: str | None
    author: str | None
    published_at: datetime.datetime | None
    date_source: str
    fetched_at: datetime.datetime
    language: str | None
    text: str
    word_count: int
    content_sha256: str
    extraction: str
    schema_version: int = SCHEMA_VERSION
    # Added after version 1 (nullable, at the end: readers of version 1 keep working). The story
    # of near-duplicate articles this one belongs to (GroupStories); None in streaming runs.
    story_id: str | None = None


ARTICLES_SCHEMA = with_table_metadata(
    pa.schema(
        [
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("url", pa.string(), nullable=False),
            pa.field("canonical_url", pa.string(), nullable=False),
            pa.field("feed_url", pa.string()),
            pa.field("feed_name", pa.string()),
            pa.field("source_name", pa.string()),
            pa.field("source_country", pa.string()),
            pa.field("title", pa.string()),
            pa.field("author", pa.string()),
            pa.field("published_at", UTC_TIMESTAMP),
            pa.field("date_source", pa.string(), nullable=False),
            pa.field("fetched_at", UTC_TIMESTAMP, nullable=False),
            pa.field("language", pa.string()),
            pa.field("text", pa.string(), nullable=False),
            pa.field("word_count", pa.int32(), nullable=False),
            pa.field("content_sha256", pa.string(), nullable=False),
            pa.field("extraction", pa.string(), nullable=False),
            pa.field("schema_version", pa.int16(), nullable=False),
            pa.field("story_id", pa.string()),
        ]
    ),
    "articles",
)


def article_date(article: Article) -> datetime.date:
    """The article's partition date: its publication date in UTC, else the date it was fetched."""
    return utc_date(article.published_at or article.fetched_at)


def article_to_row(article: Article) -> dict[str, Any]:
    """Column values of one ``articles`` row."""
    return columns_of(article, ARTICLES_SCHEMA)


ARTICLES = Table("articles", ARTICLES_SCHEMA, "article_id", article_date)
