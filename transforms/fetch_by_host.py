"""The Beam side of concurrent fetching, shared by ReadFeeds, ReadSitemaps and FetchPages.

``GroupRequestsByHost`` takes (host, request) pairs and groups the hosts into ``FETCH_BATCHES``
batches (a GroupByKey on a digest of the host), so that in a distributed run one host's
requests meet on one worker and its per-host limits hold for the whole job. Each batch is one
element: its requests are handed to the process's fetching service together, and its outputs
are emitted from ``process`` as requests finish. Nothing is emitted from ``finish_bundle``:
Beam 2.77's DaskRunner collects a bundle's outputs before calling it, and loses what it
emits. Memory holds the requests of a batch (small records) and the bodies in flight.
"""

import hashlib
from collections.abc import Iterable
from typing import Any

import apache_beam as beam

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from transforms.fetching import FetchSettings
from transforms.fetching import service as fetch_service
from transforms.fetching.scheduler import Finished, Work

# Hosts are fetched concurrently within a batch, batches one after the other in a worker and in
# parallel across workers. 16: more batches than the workers of a small cluster (2 to 8), so
# the work spreads, and few enough that a batch holds several hosts of a many-host run (the
# seed run has 1 host, the benchmark's local files one shard per batch).
FETCH_BATCHES = 16
# Requests with no host to be polite to (local files) are keyed by a shard that is a batch of
# its own, dealt out in turn (``local_shard``), so that the batches, and so the workers, get as
# many pages each. Beam 2.77's FnApiRunner hands each of two workers every other batch: shards
# by a hash of the article id split the benchmark's 1,810 pages 938 / 872 in one temporary
# folder (the ids hash the folder's name, so every run splits differently), and the worker with
# more finished 1.5 to 1.8 s after the other; shards dealt out in turn split them 906 / 904.
# (A hash into 16 batches of 64 shard names had split them 1,101 / 709.) No host name contains
# a "/".
LOCAL_SHARD_PREFIX = "local/"


def local_shard(position: int) -> str:
    """The grouping key of the ``position``-th request with no host that a worker keys
    (counted from 0): the shards in turn."""
    return f"{LOCAL_SHARD_PREFIX}{position % FETCH_BATCHES}"


def fetch_batch(host: str) -> int:
    """The batch of a host (or local shard): stable across processes and runs (``hash`` is
    salted per process)."""
    if host.startswith(LOCAL_SHARD_PREFIX):
        return int(host.removeprefix(LOCAL_SHARD_PREFIX))
    return int(hashlib.sha256(host.encode("utf-8")).hexdigest()[:8], 16) % FETCH_BATCHES


def _key_by_batch(keyed: tuple[str, Any]) -> tuple[int, tuple[str, Any]]:
    host, _request = keyed
    return fetch_batch(host), keyed


class GroupRequestsByHost(beam.PTransform):
    """(host, request) pairs in; (batch, [(host, request), ...]) groups out."""

    def expand(self, keyed):
        return (
            keyed
            | "KeyByFetchBatch" >> beam.Map(_key_by_batch)
            | "GroupByFetchBatch" >> beam.GroupByKey()
        )


class HostGroupFetchFn(beam.DoFn):
    """Fetch a batch of (host, request) pairs concurrently; subclasses say what to fetch and
    what each finished request becomes."""

    def __init__(self, settings: FetchSettings) -> None:
        self._settings = settings

    def work_for(self, service: fetch_service.FetchService, request: Any) -> tuple[Work, bool]:
        """The work of one request, and whether the host's politeness limits apply to it."""
        raise NotImplementedError

    def outputs(self, request: Any, finished: Finished) -> Iterable[Any]:
        """What one finished request becomes: records of the stage's output types."""
        raise NotImplementedError

    def setup(self) -> None:
        self._service = fetch_service.acquire(self._settings)
        self._session = self._service.scheduler.session()

    def teardown(self) -> None:
        fetch_service.release(self._settings)

    def process(self, batch):
        _batch, requests = batch
        for host, request in requests:
            work, polite = self.work_for(self._service, request)
            self._session.submit(host, work, request, polite)
        for finished in self._session.finished(wait=True):
            yield from self.outputs(finished.context, finished)
