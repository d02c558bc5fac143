"""ClusterEvents: event rows in, the same rows with their ``event_cluster_id`` out, and the
``event_clusters`` rows of the clusters they made or joined.

Consumes the run's events, the run's placed story sketches (when and by whom each article was
published) and, with ``--state``, the cluster tallies of earlier runs within the TTL. Events are
joined to their article's sketch by article id, then grouped by cluster key (actors and PLOVER
type), where the placement rule (``transforms.stories.clusters``) runs: a worker holds one key's
reports at a time. Nothing is dropped.
"""

import datetime

import apache_beam as beam
from apache_beam.metrics import Metrics

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.event_clusters import EventCluster
from schemas.events import Event
from schemas.story_index import ClusterTally, EventReport, StorySketch
from transforms import counters
from transforms.outputs import split_by_type
from transforms.stories.clusters import assign_clusters, cluster_key, cluster_row
from transforms.stories.grouping import with_fields


def event_reports(joined):
    """An article's events as reports, with its publication time and publisher."""
    _article_id, grouped = joined
    sketches = list(grouped["sketch"])
    for event in grouped["event"]:
        # Every event's article was sketched; the fallback only keeps a bug from dropping rows.
        at = (
            sketches[0].published_at
            if sketches
            else datetime.datetime.combine(
                event.article_date, datetime.time(), datetime.timezone.utc
            )
        )
        publisher = sketches[0].publisher if sketches else ""
        yield EventReport(event=event, reported_at=at, publisher=publisher)


class _PlaceReportsFn(beam.DoFn):
    """Place one cluster key's reports; yield the events with their cluster (Event), the rows
    (EventCluster) and the tallies (ClusterTally) of the clusters they touched, into one output
    (transforms.outputs)."""

    def __init__(self, recorded_at: datetime.datetime) -> None:
        self._recorded_at = recorded_at
        self._written = Metrics.counter(counters.NAMESPACE, counters.EVENT_CLUSTERS)

    def process(self, keyed):
        _key, grouped = keyed
        reports = list(grouped["report"])
        if not reports:
            return
        placed, tallies = assign_clusters(reports, grouped["stored"], self._recorded_at)
        for event, cluster_id in placed:
            yield with_fields(Event, event, event_cluster_id=cluster_id)
        self._written.inc(len(tallies))
        for tally in tallies:
            yield cluster_row(tally)
            yield tally


class KeyedReports(beam.PTransform):
    """(events, sketches) -> (cluster key, EventReport): each event joined to its article's
    sketch (its publisher and story), keyed for clustering (shared by the batch stage and the
    unbounded stream's)."""

    def expand(self, inputs):
        events, sketches = inputs
        return (
            {
                "event": events
                | "KeyEventsByArticle"
                >> beam.Map(lambda e: (e.article_id, e)).with_output_types(tuple[str, Event]),
                "sketch": sketches
                | "KeySketchesByArticle"
                >> beam.Map(lambda s: (s.article_id, s)).with_output_types(tuple[str, StorySketch]),
            }
            | "JoinArticles" >> beam.CoGroupByKey()
            | "AsReports" >> beam.FlatMap(event_reports).with_output_types(EventReport)
            | "KeyByCluster"
            >> beam.Map(lambda r: (cluster_key(r.event), r)).with_output_types(
                tuple[str, EventReport]
            )
        )


class ClusterEvents(beam.PTransform):
    """Give every event row the cluster of the real-world event it reports.

    Args:
        recorded_at: the run's time, recorded with every index row it writes.

    Takes a pair (events, placed sketches) or a triple with the stored cluster tallies.

    Returns:
        A triple of PCollections: events with ``event_cluster_id`` (Event), the
        ``event_clusters`` rows written (EventCluster), and the tallies for the index
        (ClusterTally).
    """

    def __init__(self, recorded_at: datetime.datetime) -> None:
        super().__init__()
        self._recorded_at = recorded_at

    def expand(self, inputs):
        events, sketches, *rest = inputs
        reports = (events, sketches) | "Reports" >> KeyedReports()
        if rest:
            keyed_stored = rest[0] | "KeyStoredClusters" >> beam.Map(
                lambda t: (t.cluster_key, t)
            ).with_output_types(tuple[str, ClusterTally])
            grouped = {"report": reports, "stored": keyed_stored} | "GroupByCluster" >> (
                beam.CoGroupByKey()
            )
        else:  # without an index, a plain GroupByKey: one step less
            grouped = (
                reports
                | "GroupByCluster" >> beam.GroupByKey()
                | "AsJoined"
                >> beam.MapTuple(lambda key, found: (key, {"report": found, "stored": []}))
            )
        placed = grouped | "PlaceReports" >> beam.ParDo(_PlaceReportsFn(self._recorded_at))
        return split_by_type(
            placed,
            "PlaceReports",
            (("Events", Event), ("Rows", EventCluster), ("Tallies", ClusterTally)),
        )
