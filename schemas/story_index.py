"""Records of the story and event-cluster index: what GroupStories and ClusterEvents pass between
their steps and keep under ``--state`` for later runs (not tables of the dataset).

A tally is everything a ``stories`` or ``event_clusters`` row is made of, with the member ids
that make adding to it idempotent; two tallies of one story or cluster merge into one
(``transforms.stories``), whichever run each came from.
"""

import dataclasses
import datetime

import pyarrow as pa

from schemas.events import Event
from schemas.tables import column, register_row


@register_row
@dataclasses.dataclass(frozen=True)
class StorySketch:
    """An article as the story index sees it: its MinHash signature (``signature``: the
    permutations' minima as little-endian uint32), how many word shingles its text has, and
    what a story row needs. ``story_id`` is
    None until the article is placed; ``recorded_at`` is when the index recorded it."""

    article_id: str
    story_id: str | None
    published_at: datetime.datetime
    publisher: str
    title: str | None
    signature: bytes
    shingles: int = column(pa.int64())
    recorded_at: datetime.datetime


@register_row
@dataclasses.dataclass(frozen=True)
class StoryTally:
    """A story's row in the making. ``first_seen_date`` is set by the article that founded the
    story (None in a tally of later arrivals only), and is the row's partition for good."""

    story_id: str
    first_seen_date: datetime.date | None
    first_published_at: datetime.datetime
    last_published_at: datetime.datetime
    representative_article_id: str
    title: str | None
    article_ids: list[str]
    publishers: list[str]
    recorded_at: datetime.datetime


@register_row
@dataclasses.dataclass(frozen=True)
class EventReport:
    """An event row with what clustering needs of its article: when it was published (else
    fetched) and by whom."""

    event: Event
    reported_at: datetime.datetime
    publisher: str


@register_row
@dataclasses.dataclass(frozen=True)
class ClusterTally:
    """An event cluster's row in the making. ``cluster_key`` is the actors and PLOVER type it
    groups by; ``event_date`` is the founding report's, the anchor later reports are compared
    with. The representative is the report with the strongest modality, then the earliest."""

    event_cluster_id: str
    cluster_key: str
    source_country: str | None
    target_country: str | None
    plover_type: str
    event_date: datetime.date
    first_reported_at: datetime.datetime
    modality: str
    representative_event_id: str
    representative_reported_at: datetime.datetime
    cameo_code: str
    sentence: str
    event_ids: list[str]
    article_ids: list[str]
    publishers: list[str]
    recorded_at: datetime.datetime
