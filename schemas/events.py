"""The ``events`` table: one row per actor pair and event type coded in an article's sentence.

Rows are partitioned by ``article_date`` (the article's publication date), so that all events of
one article sit together; ``event_date`` is when the event itself happened.
"""

import dataclasses
import datetime
from typing import Any

import pyarrow as pa

from schemas.tables import Table, columns_of, register_row, with_table_metadata
from schemas.version import SCHEMA_VERSION

# "historical": told as background from an earlier period (PLOVER's auxiliary mode); kept as
# evidence, never counted in summaries, like "hypothetical" and "negated".
MODALITIES = ("asserted", "future", "hypothetical", "negated", "historical")
REPORTED_MODALITIES = ("asserted", "future")


@register_row
@dataclasses.dataclass(frozen=True)
class Event:
    """One coded interaction: who (source) did what (PLOVER/CAMEO) to whom (target), when, where.

    ``mention_id`` is shared by the rows coded from one mention with a compound actor ("Saudi
    Arabia, the UAE and Egypt cut ties with Qatar" is three rows, one mention). Offsets
    ``char_start``/``char_end`` delimit the sentence in the article's ``text``.
    """

    event_id: str
    article_id: str
    mention_id: str
    url: str
    article_date: datetime.date
    event_date: datetime.date
    date_precision: str
    date_text: str | None
    date_is_fallback: bool
    source_text: str
    source_name: str | None
    source_country: str | None
    source_sector: str | None
    source_code: str | None
    target_text: str
    target_name: str | None
    target_country: str | None
    target_sector: str | None
    target_code: str | None
    plover_type: str
    plover_mode: str | None
    cameo_code: str
    cameo_root: str
    quad_class: int
    goldstein: float
    modality: str
    trigger_text: str
    sentence: str
    sentence_index: int
    char_start: int
    char_end: int
    location_name: str | None
    location_country: str | None
    location_source: str | None
    confidence: float
    tagger_version: str
    schema_version: int = SCHEMA_VERSION
    # Added after version 1 (nullable, at the end): the real-world event this row reports
    # (ClusterEvents); None in streaming runs.
    event_cluster_id: str | None = None


EVENTS_SCHEMA = with_table_metadata(
    pa.schema(
        [
            pa.field("event_id", pa.string(), nullable=False),
            pa.field("article_id", pa.string(), nullable=False),
            pa.field("mention_id", pa.string(), nullable=False),
            pa.field("url", pa.string(), nullable=False),
            pa.field("article_date", pa.date32(), nullable=False),
            pa.field("event_date", pa.date32(), nullable=False),
            pa.field("date_precision", pa.string(), nullable=False),
            pa.field("date_text", pa.string()),
            pa.field("date_is_fallback", pa.bool_(), nullable=False),
            pa.field("source_text", pa.string(), nullable=False),
            pa.field("source_name", pa.string()),
            pa.field("source_country", pa.string()),
            pa.field("source_sector", pa.string()),
            pa.field("source_code", pa.string()),
            pa.field("target_text", pa.string(), nullable=False),
            pa.field("target_name", pa.string()),
            pa.field("target_country", pa.string()),
            pa.field("target_sector", pa.string()),
            pa.field("target_code", pa.string()),
            pa.field("plover_type", pa.string(), nullable=False),
            pa.field("plover_mode", pa.string()),
            pa.field("cameo_code", pa.string(), nullable=False),
            pa.field("cameo_root", pa.string(), nullable=False),
            pa.field("quad_class", pa.int8(), nullable=False),
            pa.field("goldstein", pa.float32(), nullable=False),
            pa.field("modality", pa.string(), nullable=False),
            pa.field("trigger_text", pa.string(), nullable=False),
            pa.field("sentence", pa.string(), nullable=False),
            pa.field("sentence_index", pa.int32(), nullable=False),
            pa.field("char_start", pa.int32(), nullable=False),
            pa.field("char_end", pa.int32(), nullable=False),
            pa.field("location_name", pa.string()),
            pa.field("location_country", pa.string()),
            pa.field("location_source", pa.string()),
            pa.field("confidence", pa.float32(), nullable=False),
            pa.field("tagger_version", pa.string(), nullable=False),
            pa.field("schema_version", pa.int16(), nullable=False),
            pa.field("event_cluster_id", pa.string()),
        ]
    ),
    "events",
)


def event_partition_date(event: Event) -> datetime.date:
    """The event's partition date: its article's, so an article's events sit together."""
    return event.article_date


def event_to_row(event: Event) -> dict[str, Any]:
    """Column values of one ``events`` row."""
    return columns_of(event, EVENTS_SCHEMA)


EVENTS = Table("events", EVENTS_SCHEMA, "event_id", event_partition_date)
