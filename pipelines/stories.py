"""The stories stage of the batch pipeline: GroupStories after ExtractArticles and ClusterEvents
after TagDiplomaticEvents, with the index of earlier runs read from and written to ``--state``.

Articles are tagged as they come out of extraction; only the story id is joined to them before
they are written, so the tagger does not wait for the grouping.

The streaming pipeline uses the same stage in its local rounds (one bounded job per poll, see
``pipelines.streaming``): the index read at the start of a round is moved into the window of the
round's one poll, so it meets that poll's articles as a batch run's index meets the run's.
"""

import datetime
from typing import NamedTuple

import apache_beam as beam
from apache_beam.pvalue import PCollection
from apache_beam.transforms.window import FixedWindows, TimestampedValue

from pipelines.options import NewsbeamOptions
from transforms.cluster_events import ClusterEvents
from transforms.failures import utc_now
from transforms.group_stories import GroupStories
from transforms.story_index import ReadStoryIndex, WriteStoryIndex


class Stories(NamedTuple):
    """The stage's outputs: articles with their story ids (grouped by partition, for
    WriteDataset(grouped=True)), events with their cluster ids, and the rows of the two
    rewritten tables."""

    articles_by_partition: PCollection
    events: PCollection
    stories: PCollection
    clusters: PCollection


def group_stories_and_events(
    articles: PCollection,
    events: PCollection,
    options: NewsbeamOptions,
    run_id: str | None,
    poll_at: float | None = None,
) -> Stories:
    """Wire GroupStories and ClusterEvents; with ``--state``, read the index within the TTL and
    write this run's rows of it (committed when the run has succeeded). ``poll_at`` is the time
    of a streaming round's one poll: the index is read into that poll's ``--window`` window."""
    pipeline = articles.pipeline
    recorded_at = utc_now()
    story_inputs, cluster_inputs = articles, ()
    if options.state:
        since = recorded_at - datetime.timedelta(seconds=options.dedup_ttl)

        def stored(kind: str, label: str) -> PCollection:
            rows = pipeline | label >> ReadStoryIndex(options.state, kind, since)
            if poll_at is None:
                return rows
            return rows | f"{label}IntoPoll" >> _IntoPollWindow(poll_at, options.window)

        story_inputs = (
            articles,
            stored("sketches", "ReadStorySketches"),
            stored("stories", "ReadStoryTallies"),
        )
        cluster_inputs = (stored("clusters", "ReadClusterTallies"),)
    with_story, stories, sketches, story_tallies = story_inputs | "GroupStories" >> (
        GroupStories(recorded_at)
    )
    with_cluster, clusters, cluster_tallies = (
        events,
        sketches,
        *cluster_inputs,
    ) | "ClusterEvents" >> ClusterEvents(recorded_at)
    if options.state:
        for kind, rows in (
            ("sketches", sketches),
            ("stories", story_tallies),
            ("clusters", cluster_tallies),
        ):
            _ = rows | f"WriteIndex{kind.title()}" >> WriteStoryIndex(options.state, run_id, kind)
    return Stories(with_story, with_cluster, stories, clusters)


class _IntoPollWindow(beam.PTransform):
    """Stamp rows with a poll's time and window them as the stream windows that poll."""

    def __init__(self, poll_at: float, window: float) -> None:
        super().__init__()
        self._poll_at = poll_at
        self._window = window

    def expand(self, rows):
        row_type = rows.element_type
        return (
            rows
            | "AtPollTime"
            >> beam.Map(lambda row, at: TimestampedValue(row, at), self._poll_at).with_output_types(
                row_type
            )
            | "IntoPollWindow"
            >> beam.WindowInto(FixedWindows(self._window)).with_output_types(row_type)
        )
