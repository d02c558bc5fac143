"""The ``duplicates`` table: one row per feed entry that led to an article already kept.

It closes the accounting: every entry ends as an article, a duplicate or an error.
"""

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
    schema_version: int = column(pa.int16(), default=SCHEMA_VERSION)


DUPLICATES_SCHEMA = arrow_schema(Duplicate, "duplicates")


def duplicate_date(duplicate: Duplicate) -> datetime.date:
    """The duplicate's partition date: the UTC date it was seen."""
    return utc_date(duplicate.seen_at)


def duplicate_to_row(duplicate: Duplicate) -> dict[str, Any]:
    """Column values of one ``duplicates`` row."""
    return columns_of(duplicate, DUPLICATES_SCHEMA)


DUPLICATES = Table("duplicates", DUPLICATES_SCHEMA, "url", duplicate_date)
