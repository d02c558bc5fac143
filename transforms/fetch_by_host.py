"""The Beam side of concurrent fetching, shared by ReadFeeds and FetchPages.

Requests arrive grouped by host (a GroupByKey on ``host_key``), so that in a distributed run
one host's requests meet on one worker and its per-host limits hold for the whole job. Each
group is handed to the process's fetching service without waiting; outputs are emitted as
requests finish, from ``process`` (what is done so far) and ``finish_bundle`` (the rest), each
in the window and with the timestamp of the group it came from. Memory holds the requests of
the bundle (small records) and the bodies in flight, not all bodies.
"""

from collections.abc import Iterable
from typing import Any

import apache_beam as beam
from apache_beam.utils.windowed_value import WindowedValue

from transforms.fetching import FetchSettings
from transforms.fetching import service as fetch_service
from transforms.fetching.scheduler import Finished, Work


class HostGroupFetchFn(beam.DoFn):
    """Fetch (host, requests) groups concurrently; subclasses say what to fetch and emit."""

    def __init__(self, settings: FetchSettings) -> None:
        self._settings = settings

    def work_for(self, service: fetch_service.FetchService, request: Any) -> tuple[Work, bool]:
        """The work of one request, and whether the host's politeness limits apply to it."""
        raise NotImplementedError

    def outputs(self, request: Any, finished: Finished) -> Iterable[Any]:
        """What one finished request becomes: elements, or TaggedOutputs."""
        raise NotImplementedError

    def setup(self) -> None:
        self._service = fetch_service.acquire(self._settings)
        self._session = self._service.scheduler.session()

    def teardown(self) -> None:
        fetch_service.release(self._settings)

    def process(self, group, window=beam.DoFn.WindowParam, timestamp=beam.DoFn.TimestampParam):
        host, requests = group
        for request in requests:
            work, polite = self.work_for(self._service, request)
            self._session.submit(host, work, (request, window, timestamp), polite)
        yield from self._emit(wait=False)

    def finish_bundle(self):
        yield from self._emit(wait=True)

    def _emit(self, wait: bool):
        for finished in self._session.finished(wait):
            request, window, timestamp = finished.context
            for output in self.outputs(request, finished):
                if isinstance(output, beam.pvalue.TaggedOutput):
                    value = WindowedValue(output.value, timestamp, (window,))
                    yield beam.pvalue.TaggedOutput(output.tag, value)
                else:
                    yield WindowedValue(output, timestamp, (window,))
