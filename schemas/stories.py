"""The ``stories`` table: one row per story (near-duplicate articles: one text republished under
other templates, titles, endings), partitioned by the date the story was first seen.

A story's row is rewritten when a later run adds articles to it, so a reader sees one row per
``story_id``. Columns are declared once, by the dataclass; the Parquet schema is derived.
"""

import dataclasses
import datetime
from typing import Any

import pyarrow as pa

from schemas.tables import Table, arrow_schema, column, columns_of, register_row
from schemas.version import SCHEMA_VERSION


@register_row
@dataclasses.dataclass(frozen=True)
class Story:
    """One story: its articles' span in time, how many articles and publishers carried it, and
    the earliest article (its ``representative_article_id`` and ``title``)."""

    story_id: str
    first_published_at: datetime.datetime
    last_published_at: datetime.datetime
    n_articles: int = column(pa.int32())
    n_sources: int = column(pa.int32())
    representative_article_id: str
    title: str | None
    first_seen_date: datetime.date
    schema_version: int = column(pa.int16(), default=SCHEMA_VERSION)


STORIES_SCHEMA = arrow_schema(Story, "stories")


def story_date(story: Story) -> datetime.date:
    """The story's partition date: the date it was first seen, which never changes (an article
    published earlier that joins later moves ``first_published_at``, not the row)."""
    return story.first_seen_date


def story_to_row(story: Story) -> dict[str, Any]:
    """Column values of one ``stories`` row."""
    return columns_of(story, STORIES_SCHEMA)


STORIES = Table("stories", STORIES_SCHEMA, "story_id", story_date, rewritten=True)
