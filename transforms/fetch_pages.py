"""FetchPages: feed entries in, raw pages out, each distinct article fetched once.

Entries are keyed by article id (from the canonical URL: known tracking parameters, fragments,
default ports and case removed): the first entry of each key, in a deterministic order, is
fetched; the others become ``Duplicate`` rows. The kept entries are grouped by host and
fetched concurrently within the global and per-host limits, robots.txt permitting, at their
link as given (the canonical URL only decides what is a duplicate). Links that may not be
fetched and fetches that fail become error rows, one per entry.
"""

import apache_beam as beam
from apache_beam.metrics import Metrics

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.duplicates import REASON_SAME_URL, Duplicate
from schemas.entries import FeedEntry, RawPage
from schemas.errors import Stage
from transforms import counters, metrics
from transforms.failures import StageFailure, error_record, utc_now
from transforms.fetch_by_host import (
    LOCAL_SHARD_PREFIX,
    GroupRequestsByHost,
    HostGroupFetchFn,
    local_shard,
)
from transforms.fetching import FetchSettings, check_entry_link
from transforms.fetching.scheduler import Finished
from transforms.fetching.service import host_key
from transforms.outputs import split_by_type, with_failures
from transforms.urls import article_id_for, canonical_url


def fetched_link(entry: FeedEntry) -> str:
    """What is requested for an entry: its link as given, never its canonical form."""
    return entry.link.strip()


def entry_order(entry: FeedEntry) -> tuple[str, str, str]:
    """The order in which entries of one article compete: the first one is fetched."""
    return (entry.feed_url or "", entry.link, entry.guid or "")


class _KeyByArticleFn(beam.DoFn):
    """Key each entry by its article id; refuse links that may not be fetched."""

    def __init__(self) -> None:
        self._refused = metrics.counter(counters.LINKS_REFUSED)

    def process(self, entry: FeedEntry):
        try:
            check_entry_link(entry)  # the scheme policy first: file:// in a remote feed is refused
            canonical = canonical_url(entry.link)
        except StageFailure as failure:
            self._refused.inc()
            yield error_record(
                Stage.FETCH_PAGES,
                failure,
                url=entry.link or None,
                feed_url=entry.feed_url,
                input_id=entry.entry_id,
            )
            return
        yield article_id_for(canonical), (canonical, entry)


class _KeepFirstFn(beam.DoFn):
    """Keep one entry per article id; the rest are duplicates of it."""

    def __init__(self) -> None:
        self._duplicates = Metrics.counter(counters.NAMESPACE, counters.DUPLICATES)

    def process(self, keyed):
        article_id, candidates = keyed
        ordered = sorted(candidates, key=lambda pair: entry_order(pair[1]))
        canonical, kept = ordered[0]
        seen_at = utc_now()
        for _canonical, entry in ordered[1:]:
            self._duplicates.inc()
            yield Duplicate(
                article_id=article_id,
                url=entry.link,
                canonical_url=canonical,
                feed_url=entry.feed_url,
                kept_url=kept.link,
                reason=REASON_SAME_URL,
                seen_at=seen_at,
            )
        yield article_id, canonical, kept


class _FetchHostPagesFn(HostGroupFetchFn):
    """Fetch the pages of one host's kept entries, concurrently with the other hosts'."""

    def __init__(self, settings: FetchSettings) -> None:
        super().__init__(settings)
        self._fetched = metrics.counter(counters.PAGES_FETCHED)
        self._failed = metrics.counter(counters.FETCH_ERRORS)
        self._bytes = Metrics.distribution(counters.NAMESPACE, counters.PAGE_BYTES)

    def work_for(self, service, kept):
        _article_id, _canonical, entry = kept
        link = fetched_link(entry)
        return service.page_work(link), bool(host_key(link))

    def outputs(self, kept, finished: Finished):
        article_id, canonical, entry = kept
        if finished.failure is not None:
            self._failed.inc()
            yield error_record(
                Stage.FETCH_PAGES,
                finished.failure,
                url=entry.link,
                feed_url=entry.feed_url,
                article_id=article_id,
                input_id=entry.entry_id,
            )
            return
        fetched = finished.result
        self._fetched.inc()
        self._bytes.update(len(fetched.body))
        yield RawPage(
            entry=entry,
            article_id=article_id,
            canonical_url=canonical,
            final_url=fetched.final_url,
            body=fetched.body,
            fetched_at=fetched.fetched_at,
            http_status=fetched.http_status,
            content_type=fetched.content_type,
            charset=fetched.charset,
        )


def by_host(
    kept: tuple[str, str, FeedEntry], local_position: int
) -> tuple[str, tuple[str, str, FeedEntry]]:
    """Key a kept entry by the host its link is fetched from; a local file (no host to be
    polite to) by the shard of its ``local_position`` among the local files keyed so far, so
    that their extraction, fused with the fetch, spreads evenly over the workers."""
    _article_id, _canonical, entry = kept
    return (host_key(fetched_link(entry)) or local_shard(local_position)), kept


class _KeyByHostFn(beam.DoFn):
    """Key the kept entries by host; count the local files of the bundle to deal them out."""

    def start_bundle(self) -> None:
        self._local_files = 0

    def process(self, kept: tuple[str, str, FeedEntry]):
        host, keyed = by_host(kept, self._local_files)
        if host.startswith(LOCAL_SHARD_PREFIX):
            self._local_files += 1
        yield host, keyed


class FetchPages(beam.PTransform):
    """Fetch each distinct article once.

    Args:
        settings: limits, politeness, network policy and User-Agent for the requests.

    Returns:
        A triple of PCollections: pages (RawPage), duplicates (Duplicate), failures (ErrorRecord).
    """

    def __init__(self, settings: FetchSettings) -> None:
        super().__init__()
        self._settings = settings

    def expand(self, entries):
        keyed, refused = with_failures(
            entries, "KeyByArticle", _KeyByArticleFn(), tuple[str, tuple[str, FeedEntry]]
        )
        chosen = (
            keyed
            | "GroupByArticle" >> beam.GroupByKey()
            | "KeepFirst" >> beam.ParDo(_KeepFirstFn())
        )
        kept, duplicates = split_by_type(
            chosen, "KeepFirst", (("Kept", tuple[str, str, FeedEntry]), ("Duplicates", Duplicate))
        )
        by_hosts = (
            kept
            | "KeyByHost"
            >> beam.ParDo(_KeyByHostFn()).with_output_types(tuple[str, tuple[str, str, FeedEntry]])
            | "GroupByHost" >> GroupRequestsByHost()
        )
        pages, failed = with_failures(
            by_hosts, "FetchEachHost", _FetchHostPagesFn(self._settings), RawPage
        )
        failures = (refused, failed) | "FlattenFetchFailures" >> beam.Flatten()
        return pages, duplicates, failures
