"""The ``articles`` table: one row per distinct article, partitioned by its publication date."""

import dataclasses
import datetime
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
    word_count: int = column(pa.int32())
    content_sha256: str
    extraction: str
    schema_version: int = column(pa.int16(), default=SCHEMA_VERSION)
    # The dateline ("DOHA, Feb 24 (Reuters) -"): its place as written and its country (alpha-3).
    dateline_name: str | None = None
    dateline_country: str | None = None
    # Where the dateline is, from the offline gazetteer (transforms/geocoding): WGS 84 degrees, the
    # GeoNames admin-1 name and id, and the precision (city | admin1 | country; a country's
    # coordinates are its capital's); all null when it could not be placed. Added after
    # schema_version as nullable columns, which readers of version 1 files take as null.
    dateline_lat: float | None = column(pa.float64(), default=None)
    dateline_lon: float | None = column(pa.float64(), default=None)
    dateline_admin1: str | None = None
    dateline_geonames_id: int | None = column(pa.int64(), default=None)
    dateline_precision: str | None = None
    # Added after the geocoded columns (nullable, at the end: readers of earlier files keep
    # working). The story of near-duplicate articles this one belongs to (GroupStories); None in
    # streaming runs.
    story_id: str | None = None


ARTICLES_SCHEMA = arrow_schema(Article, "articles")


def article_date(article: Article) -> datetime.date:
    """The article's partition date: its publication date in UTC, else the date it was fetched."""
    return utc_date(article.published_at or article.fetched_at)


def article_to_row(article: Article) -> dict[str, Any]:
    """Column values of one ``articles`` row."""
    return columns_of(article, ARTICLES_SCHEMA)


ARTICLES = Table("articles", ARTICLES_SCHEMA, "article_id", article_date)
