"""What earlier runs saw, kept under ``--state DIR`` in ``DIR/articles/``.

Consumes the sightings (article id, feed, time) that ``DeduplicateEntries`` lets through and the
paths of the data files written in the same window; produces commit files
``DIR/articles/seen-<run>-<window>-<digest>.parquet``, each written only after every data file
of its window is on disk. A run's data files carry its run id; a run is marked in
``DIR/articles/runs/<run>.json`` while it is in progress, so that the next run can delete the
files of any window a killed run did not commit, and redo them. Sightings older than the TTL
are dropped when read and when compacted.
"""

import dataclasses
import datetime
import json
import os
import re
import socket
import uuid
from collections.abc import Iterable

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.entries import FeedEntry
from schemas.tables import UTC_TIMESTAMP, register_row
from transforms import counters
from transforms.failures import stable_id, utc_now
from transforms.write_dataset import COMPRESSION, window_tag

ARTICLES_FOLDER = "articles"
RUNS_FOLDER = "runs"
GLOBAL_TAG = "all"  # the window tag of a batch run's single commit
COMPACTED_RUN = "compacted"
COMPACT_AFTER_FILES = 64  # commit files of finished runs merged into one past this many
SEEN_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("feed_url", pa.string(), nullable=False),
        pa.field("seen_at", UTC_TIMESTAMP, nullable=False),
    ]
)
_DIGEST = r"[0-9a-f]{16}"


class RunInProgress(RuntimeError):
    """Another live newsbeam process uses the same ``--state`` folder."""


@register_row
@dataclasses.dataclass(frozen=True)
class Sighting:
    """An article seen in a feed at a time. ``entry`` is the feed entry of a live sighting; it
    is None for one read back from an earlier run. ``feed_url`` is "" for ``--urls`` pages."""

    article_id: str
    feed_url: str
    seen_at: datetime.datetime
    canonical_url: str | None = None
    entry: FeedEntry | None = None


def articles_folder(state: str) -> str:
    """The folder of the seen-articles state inside ``--state``."""
    return FileSystems.join(state, ARTICLES_FOLDER)


def new_run_id() -> str:
    """A fresh run id: 12 hex digits (it prefixes every data file the run writes)."""
    return uuid.uuid4().hex[:12]


def _write_atomically(path: str, payload: bytes) -> None:
    """Write bytes under a temporary name, then rename into place."""
    folder = path.rsplit("/", 1)[0]
    if not FileSystems.exists(folder):
        FileSystems.mkdirs(folder)
    temp = f"{path}.{uuid.uuid4().hex}.tmp"
    with FileSystems.create(temp, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        handle.write(payload)
    if FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([temp], [path])


def _parquet_bytes(sightings: Iterable[Sighting]) -> bytes:
    """Sightings as the bytes of a Parquet file, in a stable order."""
    rows = sorted(
        (
            {"article_id": s.article_id, "feed_url": s.feed_url, "seen_at": s.seen_at}
            for s in sightings
        ),
        key=lambda row: (row["article_id"], row["feed_url"], row["seen_at"]),
    )
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows, schema=SEEN_SCHEMA), sink, compression=COMPRESSION)
    return sink.getvalue().to_pybytes()


def write_commit(state: str, run_id: str, tag: str, sightings: list[Sighting]) -> str:
    """Record one window's sightings of one run; return the commit file's path."""
    digest = stable_id(*sorted(f"{s.article_id}/{s.feed_url}" for s in sightings))
    path = FileSystems.join(articles_folder(state), f"seen-{run_id}-{tag}-{digest}.parquet")
    _write_atomically(path, _parquet_bytes(sightings))
    return path


def read_sightings(handle, since: datetime.datetime | None = None) -> list[Sighting]:
    """The sightings in one commit file, those older than ``since`` left out."""
    table = pq.read_table(handle, schema=SEEN_SCHEMA)
    return [
        Sighting(article_id=row["article_id"], feed_url=row["feed_url"], seen_at=row["seen_at"])
        for row in table.to_pylist()
        if since is None or row["seen_at"] >= since
    ]


class _ReadCommitFn(beam.DoFn):
    """Read one commit file into keyed sightings."""

    def __init__(self, since: datetime.datetime) -> None:
        self._since = since
        self._read = Metrics.counter(counters.NAMESPACE, counters.SEEN_ARTICLES_READ)

    def process(self, readable: fileio.ReadableFile):
        with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as handle:
            sightings = read_sightings(handle, self._since)
        self._read.inc(len(sightings))
        for sighting in sightings:
            yield sighting.article_id, sighting


class ReadSeenArticles(beam.PTransform):
    """Read back what earlier runs saw.

    Args:
        state: the ``--state`` folder (no commit files yet is fine).
        since: sightings older than this are forgotten (the dedupe TTL).

    Returns:
        A PCollection of (article_id, Sighting).
    """

    def __init__(self, state: str, since: datetime.datetime) -> None:
        super().__init__()
        self._pattern = FileSystems.join(articles_folder(state), "seen-*.parquet")
        self._since = since

    def expand(self, pipeline):
        return (
            pipeline
            | "MatchCommits" >> fileio.MatchFiles(self._pattern, fileio.EmptyMatchTreatment.ALLOW)
            | "OpenCommits" >> fileio.ReadMatches()
            | "ReadCommits"
            >> beam.ParDo(_ReadCommitFn(self._since)).with_output_types(tuple[str, Sighting])
        )


class _CommitWindowFn(beam.DoFn):
    """Write one window's commit file, after its data files (the other input) are written."""

    def __init__(self, state: str, run_id: str) -> None:
        self._state = state
        self._run_id = run_id

    def process(self, keyed, window=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        _key, grouped = keyed
        tag = window_tag(window, pane) or GLOBAL_TAG
        yield write_commit(self._state, self._run_id, tag, list(grouped["seen"]))


class CommitSeenArticles(beam.PTransform):
    """Record the sightings of each window once the window's data files are written.

    Args:
        state: the ``--state`` folder.
        run_id: the run's id, as in its data files' names.

    Takes a pair (sightings, files): the Sighting PCollection from ``DeduplicateEntries`` and
    the paths from ``WriteDataset``, in the same windows.

    Returns:
        A PCollection of the commit files' paths.
    """

    def __init__(self, state: str, run_id: str) -> None:
        super().__init__()
        self._state = state
        self._run_id = run_id

    def expand(self, inputs):
        sightings, files = inputs
        keyed_sightings = sightings | "KeySightings" >> beam.Map(
            lambda s: ("", s)
        ).with_output_types(tuple[str, Sighting])
        keyed_files = files | "KeyFiles" >> beam.Map(lambda path: ("", path)).with_output_types(
            tuple[str, str]
        )
        return (
            {"seen": keyed_sightings, "files": keyed_files}
            | "GroupByWindow" >> beam.CoGroupByKey()
            | "WriteCommit"
            >> beam.ParDo(_CommitWindowFn(self._state, self._run_id)).with_output_types(str)
        )


# Launcher side: run markers, recovery of killed runs, compaction. These run in the process that
# starts the pipeline, through Beam's filesystems, before the pipeline is submitted.


def _marker_path(state: str, run_id: str) -> str:
    """Where a run in progress is marked."""
    return FileSystems.join(articles_folder(state), RUNS_FOLDER, f"{run_id}.json")


def _read_json(path: str) -> dict:
    """A JSON file, through Beam's filesystems."""
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        return json.loads(handle.read().decode("utf-8"))


def _matching(pattern: str) -> list[str]:
    """The paths that a glob matches (none is fine)."""
    return [meta.path for meta in FileSystems.match([pattern])[0].metadata_list]


def _alive(marker: dict) -> bool:
    """Whether the process that wrote a run marker is still running on this machine."""
    if marker.get("host") != socket.gethostname() or marker.get("pid") == os.getpid():
        return False
    try:
        os.kill(int(marker["pid"]), 0)
    except (ProcessLookupError, ValueError, KeyError):
        return False
    except PermissionError:
        return True
    return True


def committed_tags(state: str, run_id: str) -> set[str]:
    """The windows that a run committed."""
    prefix = f"seen-{run_id}-"
    names = (
        path.rsplit("/", 1)[1]
        for path in _matching(FileSystems.join(articles_folder(state), f"{prefix}*.parquet"))
    )
    return {
        match.group(1)
        for match in (re.fullmatch(rf"{prefix}(.+)-{_DIGEST}\.parquet", name) for name in names)
        if match
    }


def data_file_tag(name: str, run_id: str) -> str | None:
    """The window tag of one of a run's data files (GLOBAL_TAG for batch); None if not its."""
    match = re.fullmatch(rf"\.?part-{run_id}-(.*?)-?{_DIGEST}\.parquet(\..+\.tmp)?", name)
    if not match:
        return None
    return match.group(1) or GLOBAL_TAG


def uncommitted_files(state: str, output: str, run_id: str) -> list[str]:
    """A run's data files (and leftover temporary files) in windows it did not commit."""
    committed = committed_tags(state, run_id)
    candidates = _matching(FileSystems.join(output, "*", "*", f"part-{run_id}-*")) + _matching(
        FileSystems.join(output, "*", "*", f".part-{run_id}-*.tmp")
    )
    return sorted(
        path
        for path in candidates
        if data_file_tag(path.rsplit("/", 1)[1], run_id) not in committed | {None}
    )


def recover(state: str) -> list[str]:
    """Finish off runs that were killed: delete the files of the windows they did not commit
    (the next run writes those articles again) and their markers. Return the deleted paths.

    Raises RunInProgress when a marked run's process is still alive on this machine.
    """
    deleted: list[str] = []
    for marker_path in _matching(FileSystems.join(articles_folder(state), RUNS_FOLDER, "*.json")):
        marker = _read_json(marker_path)
        if _alive(marker):
            raise RunInProgress(
                f"run {marker['run_id']} (pid {marker['pid']}) is still using --state {state}"
            )
        stale = uncommitted_files(state, marker["output"], marker["run_id"])
        if stale:
            FileSystems.delete(stale)
        deleted.extend(stale)
        FileSystems.delete([marker_path])
    return deleted


def start_run(state: str, output: str, mode: str) -> str:
    """Mark a new run as in progress; return its id."""
    run_id = new_run_id()
    marker = {
        "run_id": run_id,
        "mode": mode,
        "output": output,
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "started_at": utc_now().isoformat(),
    }
    _write_atomically(_marker_path(state, run_id), json.dumps(marker, indent=2).encode("utf-8"))
    return run_id


def finish_run(state: str, run_id: str) -> None:
    """Mark a run as finished: everything it wrote is committed."""
    FileSystems.delete([_marker_path(state, run_id)])


def compact(state: str, since: datetime.datetime) -> str | None:
    """Merge the commit files of finished runs into one once there are many, dropping sightings
    older than ``since`` and keeping the latest per article and feed. Return the new file."""
    folder = articles_folder(state)
    live = {
        path.rsplit("/", 1)[1][: -len(".json")]
        for path in _matching(FileSystems.join(folder, RUNS_FOLDER, "*.json"))
    }
    finished = [
        path
        for path in _matching(FileSystems.join(folder, "seen-*.parquet"))
        if path.rsplit("/", 1)[1].split("-")[1] not in live
    ]
    if len(finished) <= COMPACT_AFTER_FILES:
        return None
    latest: dict[tuple[str, str], Sighting] = {}
    for path in finished:
        with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
            for sighting in read_sightings(handle, since):
                key = (sighting.article_id, sighting.feed_url)
                if key not in latest or sighting.seen_at > latest[key].seen_at:
                    latest[key] = sighting
    merged = write_commit(state, COMPACTED_RUN, uuid.uuid4().hex[:8], list(latest.values()))
    FileSystems.delete([path for path in finished if path != merged])
    return merged
