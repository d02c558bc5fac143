"""The ``duplicates`` table: one row per feed entry that led to an article already kept.

It closes the accounting: every entry ends as an article, a duplicate or an error.
"""

import dataclasses
import datetime
from typing import Any

import pyarrow as pa

from schemas.tables import UTC_TIMESTAMP, record_to_row, register_row, with_table_metadata
from schemas.version import SCHEMA_VERSION

REASON_SAME_URL = "same_url"
REASON_ALREADY_STORED = "already_stored"


@register_row
@dataclasses.dataclass(frozen=True)
class Duplicate:
    """An entry whose canonical URL was already taken by another entry or an earlier run."""

    article_id: str
    url: str
    canonical_url: str
    feed_url: str | None
    kept_url: str | None
    reason: str
    seen_at: datetime.datetime
    schema_version: int = SCHEMA_VERSION

    @property
    def partition_date(self) -> datetime.date:
        """The UTC date the duplicate was seen."""
        return self.seen_at.astimezone(datetime.timezone.utc).date()


DUPLICATES_SCHEMA = with_table_metadata(
    pa.schema(
        [
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("url", pa.string(), nullable=False),
            pa.field("canonical_url", pa.string(), nullable=False),
            pa.field("feed_url", pa.string()),
            pa.field("kept_url", pa.string()),
            pa.field("reason", pa.string(), nullable=False),
            pa.field("seen_at", UTC_TIMESTAMP, nullable=False),
            pa.field("schema_version", pa.int16(), nullable=False),
        ]
    ),
    "duplicates",
)


def duplicate_to_row(duplicate: Duplicate) -> dict[str, Any]:
    """Column values of one ``duplicates`` row."""
    return record_to_row(duplicate)
