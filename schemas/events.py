"""The ``events`` table: one row per actor pair and event type coded in an article's sentence.

Rows are partitioned by ``article_date`` (the article's publication date), so that all events of
one article sit together; ``event_date`` is when the event itself happened.
"""

import dataclasses
import datetime
from typing import Any

import pyarrow as pa

from schemas.tables import Table, arrow_schema, column, columns_of, register_row
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
    quad_class: int = column(pa.int8())
    goldstein: float = column(pa.float32())
    modality: str
    trigger_text: str
    sentence: str
    sentence_index: int = column(pa.int32())
    char_start: int = column(pa.int32())
    char_end: int = column(pa.int32())
    location_name: str | None
    location_country: str | None
    location_source: str | None
    confidence: float = column(pa.float32())
    tagger_version: str
    schema_version: int = column(pa.int16(), default=SCHEMA_VERSION)
    # Where location_name is, from the offline gazetteer (transforms/geocoding): WGS 84 degrees, the
    # GeoNames admin-1 name and id, and the precision (city | admin1 | country; a country's
    # coordinates are its capital's); all null when it could not be placed. Added after
    # schema_version as nullable columns, which readers of version 1 files take as null.
    location_lat: float | None = column(pa.float64(), default=None)
    location_lon: float | None = column(pa.float64(), default=None)
    location_admin1: str | None = None
    location_geonames_id: int | None = column(pa.int64(), default=None)
    location_precision: str | None = None
    # Added after the geocoded columns (nullable, at the end): the real-world event this row
    # reports (ClusterEvents); None in streaming runs.
    event_cluster_id: str | None = None


EVENTS_SCHEMA = arrow_schema(Event, "events")


def event_partition_date(event: Event) -> datetime.date:
    """The event's partition date: its article's, so an article's events sit together."""
    return event.article_date


def event_to_row(event: Event) -> dict[str, Any]:
    """Column values of one ``events`` row."""
    return columns_of(event, EVENTS_SCHEMA)


EVENTS = Table("events", EVENTS_SCHEMA, "event_id", event_partition_date)
