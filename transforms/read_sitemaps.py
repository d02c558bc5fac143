"""ReadSitemaps: sitemap sources in, feed entries out; unreadable sitemaps as error rows.

Each ``--sitemaps`` URL is fetched like a page (the network guard, robots.txt, per-host limits
and delay, retries, the size cap), grouped by host, and parsed (``transforms.sitemaps``). A
sitemap index's children are read the same way, one level per step, down to ``MAX_DEPTH``
levels below the operator's sitemap; an index deeper than that is an error row
(``sitemap_too_deep``). The entries then go the way of feed entries: --since/--until,
FetchPages, and on.
"""

import apache_beam as beam
from apache_beam.metrics import Metrics

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.entries import FeedEntry
from schemas.errors import ErrorKind, ErrorRecord, Stage
from transforms import counters
from transforms.failures import StageFailure, error_record
from transforms.fetch_by_host import GroupRequestsByHost, HostGroupFetchFn
from transforms.fetching import FetchSettings
from transforms.fetching.scheduler import Finished
from transforms.fetching.service import host_key
from transforms.outputs import split_by_type
from transforms.sitemaps import parse_sitemap

MAX_DEPTH = 3  # sitemap index levels followed below the operator's sitemap


def by_host(url: str) -> tuple[str, str]:
    """A sitemap URL keyed by the host it is fetched from (local files share one key)."""
    return host_key(url) or "local", url


class _ReadHostSitemapsFn(HostGroupFetchFn):
    """Fetch one host's sitemaps at one depth; emit their entries and child sitemaps."""

    def __init__(self, settings: FetchSettings, depth: int) -> None:
        super().__init__(settings)
        self._depth = depth
        self._sitemaps = Metrics.counter(counters.NAMESPACE, counters.SITEMAPS)
        self._errors = Metrics.counter(counters.NAMESPACE, counters.SITEMAP_ERRORS)
        self._entries = Metrics.counter(counters.NAMESPACE, counters.ENTRIES)

    def work_for(self, service, url: str):
        return service.sitemap_work(url), bool(host_key(url))

    def outputs(self, url: str, finished: Finished):
        self._sitemaps.inc()
        try:
            if finished.failure is not None:
                raise finished.failure
            sitemap = parse_sitemap(finished.result.body, url, self._settings.max_bytes)
            if sitemap.children and self._depth >= MAX_DEPTH:
                raise StageFailure(
                    ErrorKind.SITEMAP_TOO_DEEP,
                    f"a sitemap index {self._depth} levels down (at most {MAX_DEPTH} followed)",
                )
        except StageFailure as failure:
            self._errors.inc()
            yield error_record(Stage.READ_SITEMAPS, failure, url=url)
            return
        yield from sitemap.children  # child sitemap URLs (str), read at the next depth
        self._entries.inc(len(sitemap.entries))
        yield from sitemap.entries


class ReadSitemaps(beam.PTransform):
    """Read sitemap sources, and the sitemaps their indexes list, into feed entries.

    Args:
        settings: limits, politeness and network policy, as for pages.

    Returns:
        A pair of PCollections: entries (FeedEntry) and failures (ErrorRecord).
    """

    def __init__(self, settings: FetchSettings) -> None:
        super().__init__()
        self._settings = settings

    def expand(self, sources):
        level = sources | "SitemapLocations" >> beam.Map(
            lambda source: source.location
        ).with_output_types(str)
        entries, failures = [], []
        for depth in range(MAX_DEPTH + 1):
            read = (
                level
                | f"KeySitemapsByHost{depth}"
                >> beam.Map(by_host).with_output_types(tuple[str, str])
                | f"GroupSitemapsByHost{depth}" >> GroupRequestsByHost()
                | f"ReadSitemaps{depth}" >> beam.ParDo(_ReadHostSitemapsFn(self._settings, depth))
            )
            read_entries, read_failures, level = split_by_type(
                read,
                f"ReadSitemaps{depth}",
                (("Entries", FeedEntry), ("Failures", ErrorRecord), ("Children", str)),
            )
            entries.append(read_entries)
            failures.append(read_failures)
        return (
            entries | "FlattenSitemapEntries" >> beam.Flatten(),
            failures | "FlattenSitemapFailures" >> beam.Flatten(),
        )
