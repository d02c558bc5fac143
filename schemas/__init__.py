"""Record types and the explicit Parquet schemas of newsbeam's tables.

Every table has a dataclass (what the pipeline passes around), an explicit pyarrow schema (what
lands on disk) and one converter between them. ``tests/schemas`` proves that each pair agrees on
names, order and types.
"""

from schemas.articles import ARTICLES, ARTICLES_SCHEMA, Article, article_date, article_to_row
from schemas.duplicates import DUPLICATES, DUPLICATES_SCHEMA, Duplicate, duplicate_to_row
from schemas.entries import FeedEntry, RawPage, Source
from schemas.errors import ERRORS, ERRORS_SCHEMA, ErrorKind, ErrorRecord, error_to_row
from schemas.event_clusters import EVENT_CLUSTERS, EVENT_CLUSTERS_SCHEMA, EventCluster
from schemas.events import EVENTS, EVENTS_SCHEMA, Event, event_to_row
from schemas.stories import STORIES, STORIES_SCHEMA, Story
from schemas.tables import Table
from schemas.version import SCHEMA_VERSION

__all__ = [
    "ARTICLES",
    "DUPLICATES",
    "ERRORS",
    "EVENTS",
    "EVENT_CLUSTERS",
    "EVENT_CLUSTERS_SCHEMA",
    "EventCluster",
    "STORIES",
    "STORIES_SCHEMA",
    "Story",
    "Table",
    "article_date",
    "ARTICLES_SCHEMA",
    "DUPLICATES_SCHEMA",
    "ERRORS_SCHEMA",
    "EVENTS_SCHEMA",
    "SCHEMA_VERSION",
    "Article",
    "Duplicate",
    "ErrorKind",
    "ErrorRecord",
    "Event",
    "FeedEntry",
    "RawPage",
    "Source",
    "article_to_row",
    "duplicate_to_row",
    "error_to_row",
    "event_to_row",
]
