"""A local run's progress on stderr: pages fetched, articles, events, errors, pages per second.

Consumes the counts ``transforms.metrics`` tallies in this process and, for the workers of the
multi-processing runner, in the files they write under a temporary folder; produces a line
every ``--progress-interval`` seconds. On a terminal the line is rewritten in place; otherwise
(a log file, a pipe, CI) each is a line of its own. ``--quiet`` prints none. Remote runners
(Dataflow, Flink, ...) get none either: their workers' counts are Beam metrics, in the runner's
own monitoring.
"""

import contextlib
import json
import os
import pathlib
import tempfile
import threading
import time
from collections.abc import Iterator
from typing import TextIO

from apache_beam.options.pipeline_options import StandardOptions

from transforms import counters, metrics

LOCAL_RUNNERS = frozenset({"FnApiRunner", "DirectRunner", "BundleBasedDirectRunner"})


def progress_line(counts: dict[str, int], seconds: float) -> str:
    """One progress line from counter values."""
    pages = counts.get(counters.PAGES_FETCHED, 0)
    errors = sum(counts.get(name, 0) for name in metrics.ERROR_COUNTERS)
    rate = pages / seconds if seconds > 0 else 0.0
    return (
        f"progress {seconds:6.0f} s  pages {pages}  articles {counts.get(counters.ARTICLES, 0)}  "
        f"events {counts.get(counters.EVENTS, 0)}  errors {errors}  {rate:.1f} pages/s"
    )


class ProgressPrinter:
    """Prints progress lines from a background thread until stopped."""

    def __init__(self, stream: TextIO, interval: float, workers_dir: pathlib.Path | None) -> None:
        self._stream = stream
        self._interval = interval
        self._workers_dir = workers_dir
        self._started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="newsbeam-progress", daemon=True)
        self._width = 0

    def counts(self) -> dict[str, int]:
        """This process's tally plus the worker processes' latest ones."""
        counts = metrics.tally()
        if self._workers_dir is not None:
            for path in self._workers_dir.glob("*.json"):
                if path.stem == str(os.getpid()):
                    continue
                with contextlib.suppress(OSError, ValueError):
                    for name, value in json.loads(path.read_text(encoding="utf-8")).items():
                        counts[name] = counts.get(name, 0) + int(value)
        return counts

    @property
    def stopped(self) -> bool:
        """Whether ``stop`` was called."""
        return self._stop.is_set()

    def start(self) -> None:
        """Start printing."""
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            self._write(progress_line(self.counts(), time.monotonic() - self._started))

    def _write(self, line: str, final: bool = False) -> None:
        if self._stream.isatty():
            self._width = max(self._width, len(line))
            self._stream.write("\r" + line.ljust(self._width) + ("\n" if final else ""))
        else:
            self._stream.write(line + "\n")
        self._stream.flush()

    def stop(self, final_counts: dict[str, int] | None = None) -> None:
        """Stop, and print the last line (from the run's final counts, when given)."""
        self._stop.set()
        self._thread.join()
        counts = final_counts if final_counts is not None else self.counts()
        self._write(progress_line(counts, time.monotonic() - self._started), final=True)


def wanted(options) -> bool:
    """Whether this run prints progress: a local runner, and no --quiet."""
    runner = options.view_as(StandardOptions).runner or ""
    name = runner if isinstance(runner, str) else type(runner).__name__
    return not options.quiet and name.split(".")[-1] in LOCAL_RUNNERS


@contextlib.contextmanager
def progress(options, stream: TextIO) -> Iterator[ProgressPrinter | None]:
    """Print progress while the block runs (None when not wanted). The block calls ``stop``
    with the run's final counts; leaving the block stops the printer if it has not."""
    if not wanted(options):
        yield None
        return
    metrics.reset_tally()
    with tempfile.TemporaryDirectory(prefix="newsbeam-progress-") as folder:
        previous = os.environ.get(metrics.PROGRESS_DIR_VARIABLE)
        os.environ[metrics.PROGRESS_DIR_VARIABLE] = folder  # worker processes inherit it
        printer = ProgressPrinter(stream, options.progress_interval, pathlib.Path(folder))
        printer.start()
        try:
            yield printer
        finally:
            if not printer.stopped:
                printer.stop()
            if previous is None:
                os.environ.pop(metrics.PROGRESS_DIR_VARIABLE, None)
            else:
                os.environ[metrics.PROGRESS_DIR_VARIABLE] = previous
