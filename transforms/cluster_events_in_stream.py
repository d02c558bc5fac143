"""ClusterEventsInStream: an unbounded job's event rows in, the same rows with their
``event_cluster_id`` out, window by window, each window's reports placed against the clusters of
earlier windows.

Consumes the events of a stream's fixed windows and the placed sketches of their articles (when
and by whom each was published: ``GroupStoriesInStream``). Events are joined to their article's
sketch in their window and grouped by cluster key (actors and PLOVER type, as in
ClusterEvents); a window's reports of one key are one element, placed together when the
watermark passes the window, in a stateful step keyed by cluster key that holds the key's
clusters (their tallies) of the ``--dedup-ttl`` window in state. The rule is the batch rule
(``transforms.stories.clusters.assign_clusters``), applied per window against the clusters
still live at the window's end, exactly as an incremental run applies it against the stored
index. A key's clusters older than the TTL are dropped at its next window, and all of them by an
event-time timer one TTL after its last window. Nothing is dropped but expired clusters.
"""

import datetime

import apache_beam as beam
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import BagStateSpec, TimerSpec, on_timer
from apache_beam.utils.timestamp import Timestamp

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.event_clusters import EventCluster
from schemas.events import Event
from schemas.story_index import ClusterTally
from transforms.cluster_events import KeyedReports
from transforms.outputs import split_by_type
from transforms.stories.clusters import cluster_row
from transforms.stories.grouping import with_fields
from transforms.stories.held_index import expires_at, is_live, place_reports
from transforms.window_end import IntoGlobalAtWindowEnd, micros, moment


class _PlaceReportsFn(beam.DoFn):
    """Hold one cluster key's clusters of the TTL window; place each window's reports of the key
    against them as they arrive. Yields the events with their cluster (Event), and the rows
    (EventCluster) and tallies (ClusterTally) of the clusters they touched, into one output."""

    HELD = BagStateSpec("held", beam.coders.registry.get_coder(ClusterTally))
    EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)

    def __init__(self, ttl_seconds: float) -> None:
        self._ttl = datetime.timedelta(seconds=ttl_seconds)

    def process(
        self,
        keyed,
        timestamp=beam.DoFn.TimestampParam,
        held=beam.DoFn.StateParam(HELD),
        expire=beam.DoFn.TimerParam(EXPIRE),
    ):
        _key, reports = keyed
        now = moment(timestamp.micros)  # the end of the reports' window
        live = [t for t in held.read() if is_live(t.recorded_at, now, self._ttl)]
        placed, touched, kept = place_reports(live, reports, now)
        for event, cluster_id in placed:
            yield with_fields(Event, event, event_cluster_id=cluster_id)
        for tally in touched:
            yield cluster_row(tally)
            yield tally
        held.clear()  # a key holds a few clusters: rewritten whole, the expired left out
        for tally in kept:
            held.add(tally)
        # All the key holds expires one TTL after this window, unless a later window comes.
        expire.set(Timestamp(micros=micros(expires_at(now, self._ttl))))

    @on_timer(EXPIRE)
    def on_expire(self, held=beam.DoFn.StateParam(HELD)):
        # A window before the expiry cannot come after it: its group holds the watermark.
        held.clear()


class ClusterEventsInStream(beam.PTransform):
    """Give an unbounded job's event rows the cluster of the real-world event they report,
    window by window.

    Args:
        ttl_seconds: how long a cluster stays open after its last report (``--dedup-ttl``),
            in event time.

    Takes a pair (events, placed sketches), both in the stream's fixed windows.

    Returns:
        A triple of PCollections in the events' windows: events with ``event_cluster_id``
        (Event), the rows of the clusters each window touched (EventCluster), and their tallies
        (ClusterTally).
    """

    def __init__(self, ttl_seconds: float) -> None:
        super().__init__()
        self._ttl_seconds = ttl_seconds

    def expand(self, inputs):
        events, sketches = inputs
        windowing = events.windowing.windowfn
        placed = (
            (events, sketches)
            | "Reports" >> KeyedReports()
            # A window's reports of a key as one element, placed at once without a timer (see
            # GroupStoriesInStream: Beam 2.77's BundleBasedDirectRunner holds no watermark for
            # user timers, so a timer's output would be late for its window).
            | "GroupByCluster" >> beam.GroupByKey()
            | "IntoGlobalWindow" >> IntoGlobalAtWindowEnd()
            | "PlaceReports" >> beam.ParDo(_PlaceReportsFn(self._ttl_seconds))
            | "IntoEventWindows" >> beam.WindowInto(windowing)
        )
        return split_by_type(
            placed,
            "PlaceReports",
            (("Events", Event), ("Rows", EventCluster), ("Tallies", ClusterTally)),
        )
