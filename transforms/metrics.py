"""Counting: Beam metrics, also tallied in the process for a local run's progress.

Every count is a Beam counter (namespace ``newsbeam``), which Dataflow and the other runners
report in their own way and ``pipelines/summary.py`` reads when a run ends. A local run cannot
query Beam metrics before it ends, so the counters that progress shows are also added to a
tally in the process; a worker process of the multi-processing runner writes its tally to
``$NEWSBEAM_PROGRESS_DIR/<pid>.json`` at most once a second, where the launcher reads it.
"""

import json
import os
import threading
import time

from apache_beam.metrics import Metrics

from transforms.counters import (
    EXTRACT_ERRORS,
    FEED_ERRORS,
    FETCH_ERRORS,
    LINKS_REFUSED,
    NAMESPACE,
    TAG_ERRORS,
)

PROGRESS_DIR_VARIABLE = "NEWSBEAM_PROGRESS_DIR"
FLUSH_SECONDS = 1.0

# The errors a local run's progress line sums (names declared in transforms/counters.py).
ERROR_COUNTERS = (FEED_ERRORS, LINKS_REFUSED, FETCH_ERRORS, EXTRACT_ERRORS, TAG_ERRORS)

_tally: dict[str, int] = {}
_lock = threading.Lock()
_flushed_at = [0.0]


class TalliedCounter:
    """A Beam counter that also adds to the process's tally."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._counter = Metrics.counter(NAMESPACE, name)

    def inc(self, n: int = 1) -> None:
        """Count ``n`` more."""
        self._counter.inc(n)
        with _lock:
            _tally[self.name] = _tally.get(self.name, 0) + n
        now = time.monotonic()
        if now - _flushed_at[0] >= FLUSH_SECONDS:
            _flushed_at[0] = now
            _flush()


def counter(name: str) -> TalliedCounter:
    """The counter ``name``, tallied for progress."""
    return TalliedCounter(name)


def tally() -> dict[str, int]:
    """This process's counts so far."""
    with _lock:
        return dict(_tally)


def reset_tally() -> None:
    """Start counting from zero (a new run in the same process)."""
    with _lock:
        _tally.clear()


def _flush() -> None:
    """Write the tally where the launcher of a multi-process run reads it (if it asked)."""
    folder = os.environ.get(PROGRESS_DIR_VARIABLE)
    if not folder or not os.path.isdir(folder):
        return
    path = os.path.join(folder, f"{os.getpid()}.json")
    try:
        with open(path + ".tmp", "w", encoding="utf-8") as handle:
            json.dump(tally(), handle)
        os.replace(path + ".tmp", path)
    except OSError:
        pass  # progress is best effort: a count that cannot be written waits for the summary


def flush() -> None:
    """Write the tally now (a worker's last counts before it goes idle)."""
    _flush()
