"""ReadFeeds: operator sources in, feed entries out; unreadable feeds go to the errors output.

A page source (``--urls``) becomes one entry as is. Feed sources are grouped by host and
fetched concurrently, within the same limits as pages (robots.txt aside: a feed the operator
subscribed to is read as a feed reader reads it). With ``--state DIR`` each request is
conditional on the feed's last ETag and Last-Modified; a 304 yields no entries and is no
error. What the servers said is written to the pending state file, which the launcher commits
once the run has succeeded (see ``state.validators``).
"""

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import FixedWindows, GlobalWindows, TimestampCombiner

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.entries import ORIGIN_OPERATOR, SOURCE_PAGE, FeedEntry, FeedValidators, Source
from schemas.errors import ErrorRecord, Stage
from state.validators import load_validators, write_pending
from transforms import counters, metrics
from transforms.failures import StageFailure, error_record, stable_id, utc_now
from transforms.feeds import parse_feed
from transforms.fetch_by_host import GroupRequestsByHost, HostGroupFetchFn
from transforms.fetching import Fetched, FetchSettings
from transforms.fetching.scheduler import Finished
from transforms.fetching.service import host_key
from transforms.outputs import split_by_type

# Sources of one poll share a timestamp; a second-long window holds one poll of every feed.
POLL_GROUPING_SECONDS = 1


def content_type_header(fetched: Fetched) -> str | None:
    """The Content-Type the server sent, rebuilt from its media type and charset."""
    if fetched.content_type is None:
        return None
    if fetched.charset is None:
        return fetched.content_type
    return f"{fetched.content_type}; charset={fetched.charset}"


def read_fetched_feed(
    fetched: Fetched, source: Source
) -> tuple[list[FeedEntry], FeedValidators | None]:
    """The entries of a fetched feed (none when it is unchanged) and the validators to keep for
    it (None for local files). Raises StageFailure(NOT_A_FEED) for bytes that are no feed."""
    entries = (
        []
        if fetched.not_modified
        else parse_feed(fetched.body, source, content_type_header(fetched))
    )
    if fetched.http_status is None:
        return entries, None
    validators = FeedValidators(
        feed_url=source.location,
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        checked_at=utc_now(),
        status=fetched.http_status,
    )
    return entries, validators


class _SortSourcesFn(beam.DoFn):
    """Feeds keyed by host, to be fetched; page sources straight out as entries."""

    def __init__(self) -> None:
        self._entries = Metrics.counter(counters.NAMESPACE, counters.ENTRIES)

    def process(self, source: Source):
        if source.kind != SOURCE_PAGE:
            yield host_key(source.location), source
            return
        self._entries.inc()
        yield FeedEntry(
            link=source.location,
            origin=ORIGIN_OPERATOR,
            feed_name=source.name,
            feed_country=source.country,
            feed_language=source.language,
            entry_id=stable_id(ORIGIN_OPERATOR, source.location),
        )


class _ReadHostFeedsFn(HostGroupFetchFn):
    """Fetch one host's feeds, conditionally where validators are kept, and parse them."""

    def __init__(self, settings: FetchSettings):
        super().__init__(settings)
        self._known: dict[str, tuple[str | None, str | None]] = {}
        self._feeds = Metrics.counter(counters.NAMESPACE, counters.FEEDS)
        self._unchanged = Metrics.counter(counters.NAMESPACE, counters.FEEDS_NOT_MODIFIED)
        self._feed_errors = metrics.counter(counters.FEED_ERRORS)
        self._entries = Metrics.counter(counters.NAMESPACE, counters.ENTRIES)

    def setup(self) -> None:
        super().setup()
        # Read by each worker, not at launch: building the job (a Dataflow dry run, a Flex
        # Template launch) touches no storage, and a worker reads the state folder the runner
        # requires it can reach (gs:// on Dataflow).
        state_dir = self._settings.state_dir
        self._known = {
            url: (record.etag, record.last_modified)
            for url, record in (load_validators(state_dir) if state_dir else {}).items()
        }

    def work_for(self, service, source: Source):
        etag, last_modified = self._known.get(source.location, (None, None))
        work = service.feed_work(source.location, etag, last_modified)
        return work, bool(host_key(source.location))

    def outputs(self, source: Source, finished: Finished):
        self._feeds.inc()
        try:
            if finished.failure is not None:
                raise finished.failure
            entries, validators = read_fetched_feed(finished.result, source)
        except StageFailure as failure:
            self._feed_errors.inc()
            yield error_record(Stage.READ_FEEDS, failure, url=source.location)
            return
        if finished.result.not_modified:
            self._unchanged.inc()
        if validators is not None:
            yield validators
        self._entries.inc(len(entries))
        yield from entries


def _write_pending(updates: list[FeedValidators], state_dir: str) -> str:
    """Write the run's feed validators next to the state file, to be committed on success."""
    return write_pending(state_dir, updates)


class ReadFeeds(beam.PTransform):
    """Read every source into feed entries.

    Args:
        settings: limits, politeness, network policy and state directory for fetching feeds.

    Returns:
        A pair of PCollections: entries (FeedEntry) and failures (ErrorRecord).
    """

    def __init__(self, settings: FetchSettings) -> None:
        super().__init__()
        self._settings = settings

    def expand(self, sources):
        state_dir = self._settings.state_dir
        sorted_sources = sources | "SortSources" >> beam.ParDo(_SortSourcesFn())
        feeds, pages = split_by_type(
            sorted_sources, "SortSources", (("Feeds", tuple[str, Source]), ("Pages", FeedEntry))
        )
        read = (
            feeds
            # Group each poll's feeds by host in a short window: a streaming GroupByKey needs a
            # window, and grouping at the earliest timestamp keeps each source's poll time on its
            # entries (Beam 2.77's default END_OF_WINDOW would stamp them at the window's end,
            # in the global window past any date), for DeduplicateEntries and stream windows.
            | "WindowPolls"
            >> beam.WindowInto(
                FixedWindows(POLL_GROUPING_SECONDS),
                timestamp_combiner=TimestampCombiner.OUTPUT_AT_EARLIEST,
            )
            | "GroupByHost" >> GroupRequestsByHost()
            | "ReadEachHost" >> beam.ParDo(_ReadHostFeedsFn(self._settings))
        )
        read_entries, read_failures, validators = split_by_type(
            read,
            "ReadEachHost",
            (("Entries", FeedEntry), ("Failures", ErrorRecord), ("Validators", FeedValidators)),
        )
        # Back to the global window (timestamps stay): deduplication keeps state across polls,
        # and later Flattens and groupings see one windowing strategy.
        feed_entries = read_entries | "RestoreWindowing" >> beam.WindowInto(
            GlobalWindows()
        ).with_output_types(FeedEntry)
        failures = read_failures | "RestoreFailureWindowing" >> beam.WindowInto(
            GlobalWindows()
        ).with_output_types(ErrorRecord)
        entries = (pages, feed_entries) | "FlattenEntries" >> beam.Flatten()
        if state_dir and sources.is_bounded:
            _ = (
                validators
                | "RestoreStateWindowing"
                >> beam.WindowInto(GlobalWindows()).with_output_types(FeedValidators)
                | "CollectFeedState" >> beam.combiners.ToList()
                | "WritePendingFeedState" >> beam.Map(_write_pending, state_dir)
            )
        elif state_dir:
            # A stream has no end of run: each poll's validators become the pending file, which
            # a local stream commits after each round; an unbounded job on a remote runner
            # only reads the validators kept at launch.
            _ = (
                validators
                | "CollectPollFeedState"
                >> beam.CombineGlobally(beam.combiners.ToListCombineFn()).without_defaults()
                | "WritePendingPollFeedState" >> beam.Map(_write_pending, state_dir)
            )
        return entries, failures
