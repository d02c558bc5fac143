"""The state store: one interface over ``--state DIR`` for the launcher of every run.

A run with ``--state`` goes through four calls, each safe to repeat after a crash:

- ``begin(output, mode)``: refuse while another run's lease is live (``RunInProgress``);
  otherwise recover the runs whose lease expired, drop their pending feed validators, compact
  old commits, and record this run with a fresh lease. Returns the ``Run``.
- ``renew(run)``: push the run's lease expiry forward; a live run does this every
  ``lease_seconds / 4`` (``keep_alive``), so only a run that stopped (killed, machine gone) lets
  its lease expire, whichever machine it ran on. No process ids: they mean nothing elsewhere.
- ``commit(run)``: once every window's data files and commit files are written (the pipeline
  writes commits, ``state.sightings``), commit the run's story index rows (``state.story_index``),
  drop the run's record, then commit its feed validators.
- ``recover()`` and ``compact(since)``: the parts of ``begin`` a caller may also use alone.

A run's record (``articles/runs/<run>.json``) is its lease: run id, mode, the canonical
absolute ``output`` (so that recovery finds the files from any working directory or machine),
host, start, and ``expires_at`` (UTC seconds). Beam's filesystems offer no compare-and-swap:
``begin`` writes its record first and then lists the records, and withdraws if any other live
one is there, so two runs that start together both refuse (and the next try wins) rather than
both run. Clocks of the machines sharing DIR must agree to well within the lease.
"""

import dataclasses
import datetime
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from state import files, sightings, story_index, validators
from state.names import (
    COMPACTED_RUN,
    RUNS_FOLDER,
    basename,
    new_run_id,
    parse_commit,
    parse_data_file,
    parse_run_record,
    run_record_name,
)

LEASE_SECONDS = 120.0  # a run that has not renewed its lease for this long is taken as dead
COMPACT_AFTER_FILES = 64  # commit files of finished runs merged into one past this many


class RunInProgress(RuntimeError):
    """Another run holds the lease on the same ``--state`` folder."""


@dataclasses.dataclass(frozen=True)
class Run:
    """A run recorded in the store."""

    run_id: str
    mode: str
    output: str  # canonical: absolute path or URL
    host: str
    started_at: float
    expires_at: float

    def live(self, now: float) -> bool:
        """Whether the run's lease has not expired at ``now``."""
        return now < self.expires_at


class StateStore:
    """The ``--state`` folder of one machine's view.

    Args:
        root: the ``--state`` folder (a local path or any Beam filesystem URL).
        host: this machine's name, recorded for people (not for liveness).
        clock: seconds since the epoch (tests pass their own).
        lease_seconds: how long a lease lasts unless renewed.
    """

    def __init__(
        self,
        root: str,
        *,
        host: str | None = None,
        clock: Callable[[], float] = time.time,
        lease_seconds: float = LEASE_SECONDS,
    ) -> None:
        self.root = files.canonical(root)
        self._host = host or socket.gethostname()
        self._clock = clock
        self.lease_seconds = lease_seconds

    # The interface.

    def begin(self, output: str, mode: str, forget_before: datetime.datetime | None = None) -> Run:
        """Start a run that writes to ``output``: see the module's docstring. Compaction drops
        sightings from before ``forget_before`` (the dedupe TTL)."""
        self._refuse_if_live(None)
        now = self._clock()
        expires = now + self.lease_seconds
        run = Run(new_run_id(), mode, files.canonical(output), self._host, now, expires)
        self._write(run)
        try:
            self._refuse_if_live(run.run_id)
        except RunInProgress:
            files.delete([self._record_path(run.run_id)])
            raise
        self.recover(exclude=run.run_id)
        validators.discard_pending(self.root)  # only now: a live run's pending file is its own
        story_index.discard(self.root, keep=[run.run_id])  # runs no longer recorded, too
        self.compact(forget_before, exclude=run.run_id)
        story_index.compact(self.root, forget_before)
        return run

    def renew(self, run: Run) -> Run:
        """Extend a live run's lease; return the renewed run."""
        renewed = dataclasses.replace(run, expires_at=self._clock() + self.lease_seconds)
        self._write(renewed)
        return renewed

    def commit(self, run: Run) -> None:
        """Mark a run's output as complete (its commit files are written): commit its story
        index rows, drop its record, then commit its feed validators. The index first: a run
        killed before its record is dropped is recovered, its pending index rows deleted.
        Validators last: a run killed before this point must not leave validators that make the
        restart's conditional requests skip entries it never wrote."""
        story_index.commit(self.root, run.run_id)
        files.delete([self._record_path(run.run_id)])
        validators.commit_pending(self.root)

    def recover(self, exclude: str | None = None) -> list[str]:
        """Finish off runs whose lease expired: delete the data files of the windows they did
        not commit (the next run writes those articles again), their pending story index rows
        and their records. Return the deleted paths. RunInProgress if another run's lease is
        live."""
        self._refuse_if_live(exclude)
        deleted: list[str] = []
        for run in self.runs():
            if run.run_id == exclude:
                continue
            stale = self.uncommitted_files(run)
            stale += [
                path
                for path in (
                    story_index.pending_path(self.root, run.run_id, kind)
                    for kind in story_index.KINDS
                )
                if files.exists(path)
            ]
            files.delete(stale)
            deleted.extend(stale)
            files.delete([self._record_path(run.run_id)])
        return deleted

    def compact(
        self, since: datetime.datetime | None = None, exclude: str | None = None
    ) -> str | None:
        """Merge the commit files of finished runs into one once there are many, dropping
        sightings older than ``since`` and keeping the latest per article and feed."""
        unfinished = {run.run_id for run in self.runs()} | {exclude}
        finished = [
            path
            for path in self._commit_paths()
            if parse_commit(basename(path)).run_id not in unfinished
        ]
        if len(finished) <= COMPACT_AFTER_FILES:
            return None
        latest: dict[tuple[str, str], sightings.Sighting] = {}
        for path in finished:
            with files.open_binary(path) as handle:
                for sighting in sightings.read_sightings(handle, since):
                    key = (sighting.article_id, sighting.feed_url)
                    if key not in latest or sighting.seen_at > latest[key].seen_at:
                        latest[key] = sighting
        tag = new_run_id()[:8]
        merged = sightings.write_commit(self.root, COMPACTED_RUN, tag, list(latest.values()))
        files.delete([path for path in finished if path != merged])
        return merged

    # Reading the store.

    def runs(self) -> list[Run]:
        """The recorded runs, live or not."""
        pattern = files.join(self._runs_folder(), "*.json")
        return [
            Run(**files.read_json(path))
            for path in files.matching(pattern)
            if parse_run_record(basename(path))
        ]

    def committed_tags(self, run_id: str) -> set[str]:
        """The windows that a run committed."""
        names = (parse_commit(basename(path)) for path in self._commit_paths())
        return {name.tag for name in names if name.run_id == run_id}

    def uncommitted_files(self, run: Run) -> list[str]:
        """A run's data files in windows it did not commit, and its leftover temporary files."""
        committed = self.committed_tags(run.run_id)
        candidates = files.matching(files.join(run.output, "*", "*", f"part-{run.run_id}-*"))
        candidates += files.matching(files.join(run.output, "*", "*", f".part-{run.run_id}-*"))
        stale = []
        for path in candidates:
            name = parse_data_file(basename(path))
            if name is None or name.run_id != run.run_id:
                continue
            if name.temporary or name.tag not in committed:
                stale.append(path)
        return sorted(stale)

    # Inside.

    def _refuse_if_live(self, own: str | None) -> None:
        now = self._clock()
        for run in self.runs():
            if run.run_id != own and run.live(now):
                raise RunInProgress(
                    f"run {run.run_id} (on {run.host}, lease until "
                    f"{_utc(run.expires_at):%H:%M:%S} UTC) is still using --state {self.root}"
                )

    def _runs_folder(self) -> str:
        return files.join(sightings.articles_folder(self.root), RUNS_FOLDER)

    def _record_path(self, run_id: str) -> str:
        return files.join(self._runs_folder(), run_record_name(run_id))

    def _commit_paths(self) -> list[str]:
        paths = files.matching(files.join(sightings.articles_folder(self.root), "seen-*.parquet"))
        return [path for path in paths if parse_commit(basename(path))]

    def _write(self, run: Run) -> None:
        files.write_json(self._record_path(run.run_id), dataclasses.asdict(run))


def _utc(seconds: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)


@contextmanager
def keep_alive(store: StateStore, run: Run) -> Iterator[None]:
    """Renew a run's lease every quarter lease while the block runs; stop when it ends (however
    it ends: a run that raised is a dead run, its lease left to expire)."""
    stop = threading.Event()

    def renew() -> None:
        current = run
        while not stop.wait(store.lease_seconds / 4):
            current = store.renew(current)

    thread = threading.Thread(target=renew, name=f"newsbeam-lease-{run.run_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
