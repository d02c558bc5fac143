"""The streaming pipeline, ``newsbeam stream``: PeriodicImpulse emits the sources every poll
interval -> ReadFeeds -> DeduplicateEntries (keyed state by article id, TTL timers) -> fixed
event-time windows (by poll time) -> the batch pipeline's stages -> WriteDataset, one file per
partition, window and pane. With ``--state`` each window's sightings are committed after its
files are written, so a new stream over the same state and output writes nothing old again.

On a distributed runner (Dataflow, Flink) this is one unbounded job. On the local runner it runs
as one bounded job of the same pipeline per poll, the state carried from poll to poll by
``--state`` (a temporary folder when none is given): Beam 2.77's local runners cannot run it
unbounded, see ``LOCAL_ROUND_RUNNERS``.

Stories and event clusters: a local round is one poll, so the batch path's stage runs on it
with the index of earlier polls read from ``--state`` (``pipelines.stories``), and the
rewritten ``stories/`` and ``event_clusters/`` rows are merged by id as a batch run's are. An
unbounded job holds the index in keyed state instead and places each window's articles and
reports against the earlier windows' (``pipelines.stream_stories``), and rewrites the
partitions of the two tables that each window touched (docs/stories.md, "Streaming").
"""

import datetime
import shutil
import sys
import tempfile
import time

import apache_beam as beam
from apache_beam.options.pipeline_options import StandardOptions
from apache_beam.pvalue import PCollection
from apache_beam.transforms.periodicsequence import PeriodicImpulse
from apache_beam.transforms.window import FixedWindows
from apache_beam.utils.timestamp import MAX_TIMESTAMP

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from pipelines.batch import Outputs, process_entries
from pipelines.fetch_options import fetch_settings
from pipelines.launch import begin_state, parse_options, state_run
from pipelines.option_errors import OptionsError
from pipelines.options import NewsbeamOptions
from pipelines.pipeline_command import run_command
from pipelines.source_options import operator_sources
from pipelines.stream_summary import Poll, StreamTotals
from pipelines.summary import RunSummary, summarise
from schemas import ErrorRecord, Source
from schemas.duplicates import Duplicate
from schemas.entries import FeedEntry
from state import story_index
from state.names import new_run_id
from transforms.deduplicate import DeduplicateEntries
from transforms.failures import utc_now
from transforms.read_feeds import ReadFeeds
from transforms.seen_articles import CommitSeenArticles, ReadSeenArticles, Sighting

# Beam 2.77's local runners cannot run this pipeline unbounded. The BundleBasedDirectRunner
# (what --runner=DirectRunner falls back to after trying to download Prism from the internet)
# fails on PeriodicImpulse: its splittable-DoFn support neither replaces the GroupByKey inside it
# in streaming mode ("... was not replaced as expected") nor supports deferring the remainder
# ("OffsetRestrictionTracker is not done"). The FnApiRunner runs PeriodicImpulse, but holds the
# watermark of a splittable DoFn with deferred work at the minimum until it ends, so no window
# closes and nothing is written before the source stops; and it re-runs the waiting source so
# often that merging the metrics of those bundles overflows the stack within seconds
# (RecursionError in monitoring_infos.consolidate). On these runners the stream therefore runs
# as one bounded job per poll (PeriodicImpulse from the poll time to one interval later emits
# once and ends at once); Dataflow, Flink and Prism run it as one unbounded job.
LOCAL_ROUND_RUNNERS = frozenset(
    {"FnApiRunner", "DirectRunner", "BundleBasedDirectRunner", "SwitchingDirectRunner"}
)


class PollSources(beam.PTransform):
    """Emit every source once per poll interval, timestamped with the poll time.

    Args:
        sources: the operator's sources.
        start: the first poll, in seconds since the epoch.
        stop: no poll at or after this time (None: poll until the job is stopped).
        interval: seconds between polls.

    Returns:
        A PCollection of Source, in the global window.
    """

    def __init__(
        self, sources: list[Source], start: float, stop: float | None, interval: float
    ) -> None:
        super().__init__()
        self._sources = sources
        self._start = start
        self._stop = stop
        self._interval = interval

    def expand(self, pipeline):
        return (
            pipeline
            | "EveryPollInterval"
            >> PeriodicImpulse(
                start_timestamp=self._start,
                stop_timestamp=MAX_TIMESTAMP if self._stop is None else self._stop,
                fire_interval=self._interval,
            )
            | "ListSources"
            >> beam.FlatMap(lambda _tick, sources: sources, self._sources).with_output_types(Source)
        )


def build(
    pipeline: beam.Pipeline,
    options: NewsbeamOptions,
    *,
    sources: PCollection | None = None,
    run_id: str | None = None,
    start: float | None = None,
    stop: float | None = None,
    poll_at: float | None = None,
) -> Outputs:
    """Wire the streaming pipeline. Tests pass ``sources`` (a PCollection of Source timestamped
    with poll times, e.g. from TestStream); otherwise the operator's sources are polled from
    ``start`` (default now) until ``stop`` (default: never). With ``--state``, ``run_id`` names
    the files and commits (a fresh one if None). ``poll_at`` says the job is one poll, at that
    time (a local round): stories and event clusters are then grouped against the index that
    ``--state`` holds of earlier polls. Without it the job is unbounded: the index lives in
    keyed state, window after window, and each window rewrites the rows it touched."""
    settings = fetch_settings(options)
    now = utc_now()
    if sources is None:
        sources = pipeline | "PollSources" >> PollSources(
            operator_sources(options),
            now.timestamp() if start is None else start,
            stop,
            options.poll_interval,
        )
    entries, feed_failures = sources | "ReadFeeds" >> ReadFeeds(settings)
    if options.state:
        run_id = run_id or new_run_id()
        stored = pipeline | "ReadSeenArticles" >> ReadSeenArticles(
            options.state, since=now - datetime.timedelta(seconds=options.dedup_ttl)
        )
        entries = (entries, stored)
    new_entries, already_seen, sightings = entries | "DeduplicateEntries" >> DeduplicateEntries(
        options.dedup_ttl
    )

    def windowed(pcoll: PCollection, label: str, element_type: type) -> PCollection:
        return pcoll | label >> beam.WindowInto(FixedWindows(options.window)).with_output_types(
            element_type
        )

    outputs = process_entries(
        windowed(new_entries, "WindowEntries", FeedEntry),
        windowed(feed_failures, "WindowFeedFailures", ErrorRecord),
        options,
        windowed(already_seen, "WindowDuplicates", Duplicate),
        run_id,
        poll_at=poll_at,
        unbounded=poll_at is None,
    )
    if options.state:
        _ = (
            windowed(sightings, "WindowSightings", Sighting),
            outputs.files,
        ) | "CommitSeenArticles" >> CommitSeenArticles(options.state, run_id)
    return outputs


def run_unbounded(options: NewsbeamOptions, start: float) -> RunSummary:
    """Submit the streaming pipeline to a remote runner as one job that polls from ``start``
    until it is stopped."""
    # This launcher returns once the job is submitted, so nothing renews the run's lease and
    # nothing commits it; the windows the job commits are kept, and a later run over the same
    # --state takes over once the lease expired.
    begun = begin_state(options, "stream")
    pipeline = beam.Pipeline(options=options)
    build(pipeline, options, run_id=begun[1].run_id if begun else None, start=start)
    pipeline.run()
    return RunSummary(output=options.output)


def run_poll(options: NewsbeamOptions, start: float, stop: float) -> Poll:
    """Run the streaming pipeline as one bounded job, polling from ``start`` until before
    ``stop`` (a local stream's poll), and wait for it; with the stories and event clusters it
    wrote, read from the index rows it committed."""
    with state_run(options, "stream") as run_id:
        pipeline = beam.Pipeline(options=options)
        # One poll per job (PeriodicImpulse fires once, at start): its stories can be grouped.
        build(pipeline, options, run_id=run_id, start=start, stop=stop, poll_at=start)
        result = pipeline.run()
        result.wait_until_finish()
    summary = summarise(result, options.output)
    if not run_id:  # without --state (every local stream has one)
        return Poll(summary)
    return Poll(
        summary,
        story_index.committed_ids(options.state, run_id, "stories"),
        story_index.committed_ids(options.state, run_id, "clusters"),
    )


def stream_options(argv: list[str]) -> NewsbeamOptions:
    """The options of ``newsbeam stream``: checked, and marked as streaming for the runner."""
    options = parse_options(argv, streaming=True)
    if options.warc or options.warc_paths or options.sitemaps:
        raise OptionsError("--warc, --warc-paths and --sitemaps are read once: use newsbeam run")
    if options.polls is not None and options.view_as(StandardOptions).runner not in (
        LOCAL_ROUND_RUNNERS
    ):
        raise OptionsError("--polls counts the local runner's polls: use --duration")
    options.view_as(StandardOptions).streaming = True
    return options


def more_polls(polled: int, polls: int | None, end: float | None, now: float) -> bool:
    """Whether a local stream polls again: fewer than ``polls`` done and ``end`` not reached."""
    return (polls is None or polled < polls) and (end is None or now < end)


def run(argv: list[str]) -> RunSummary:
    """Run ``newsbeam stream``: until ``--duration`` has passed or ``--polls`` polls are done,
    or forever."""
    options = stream_options(argv)
    start = time.time()
    end = None if options.duration is None else start + options.duration
    if options.view_as(StandardOptions).runner not in LOCAL_ROUND_RUNNERS:
        if end is None:
            return run_unbounded(options, start)
        return run_poll(options, start, end).summary
    temporary_state = None
    if not options.state:
        temporary_state = tempfile.mkdtemp(prefix="newsbeam-stream-state-")
        options.state = temporary_state
    totals = StreamTotals(RunSummary(output=options.output))
    try:
        while more_polls(totals.polls, options.polls, end, time.time()):
            round_start = time.time()
            round_stop = round_start + options.poll_interval
            poll = run_poll(options, round_start, round_stop)
            totals, summary = totals.add(poll), poll.summary
            if not options.quiet:  # a poll's line is a stream's progress
                print(
                    f"{utc_now():%H:%M:%S} {summary.articles} new articles, "
                    f"{summary.duplicates} duplicates, {summary.errors} errors, "
                    f"{summary.entries_seen_before} seen before",
                    file=sys.stderr,
                    flush=True,
                )
            if not more_polls(totals.polls, options.polls, end, time.time()):
                break
            next_poll = round_stop if end is None else min(round_stop, end)
            time.sleep(max(0.0, next_poll - time.time()))
    except KeyboardInterrupt:
        # Ctrl-C is how a local stream without --duration stops; the poll it interrupted is
        # left uncommitted, and the next stream over the same --state redoes it.
        print("stopped", file=sys.stderr)
    finally:
        if temporary_state:
            shutil.rmtree(temporary_state, ignore_errors=True)
    return totals.stream_summary()


def main(argv: list[str]) -> int:
    """``newsbeam stream``: poll, write, print the summary when stopped; exit 2 on bad
    arguments."""
    return run_command("stream", run, argv)
