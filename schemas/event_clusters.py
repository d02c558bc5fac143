"""The ``event_clusters`` table: one row per real-world event, however many event rows (reports)
coded it, partitioned by the event's date.

Rows are rewritten when a later run adds reports, so a reader sees one row per
``event_cluster_id``. Columns are declared once, by the dataclass; the Parquet schema is derived.
"""

import dataclasses
import datetime
from typing import Any

import pyarrow as pa

from schemas.tables import Table, arrow_schema, column, columns_of, register_row
from schemas.version import SCHEMA_VERSION


@register_row
@dataclasses.dataclass(frozen=True)
class EventCluster:
    """One event as reported: who did what to whom and when, how many event rows, articles and
    publishers reported it, and the report that represents it (its id and sentence)."""

    event_cluster_id: str
    source_country: str | None
    target_country: str | None
    plover_type: str
    cameo_code: str
    modality: str
    event_date: datetime.date
    first_reported_at: datetime.datetime
    n_reports: int = column(pa.int32())
    n_articles: int = column(pa.int32())
    n_sources: int = column(pa.int32())
    representative_event_id: str
    sentence: str
    schema_version: int = column(pa.int16(), default=SCHEMA_VERSION)


EVENT_CLUSTERS_SCHEMA = arrow_schema(EventCluster, "event_clusters")


def cluster_date(cluster: EventCluster) -> datetime.date:
    """The cluster's partition date: the date of the event (of the report that founded it)."""
    return cluster.event_date


def cluster_to_row(cluster: EventCluster) -> dict[str, Any]:
    """Column values of one ``event_clusters`` row."""
    return columns_of(cluster, EVENT_CLUSTERS_SCHEMA)


EVENT_CLUSTERS = Table(
    "event_clusters", EVENT_CLUSTERS_SCHEMA, "event_cluster_id", cluster_date, rewritten=True
)
