"""The story and event-cluster index kept under ``--state DIR`` in ``DIR/stories/``.

Three kinds of rows, one Parquet file per kind and run: ``sketches`` (each article's signature
and story), ``stories`` and ``clusters`` (the tallies that ``stories/`` and ``event_clusters/``
rows are made of). A run writes its rows to ``DIR/stories/pending/<run>-<kind>.parquet`` from
inside the pipeline; ``commit`` renames them to ``DIR/stories/<kind>-<run>.parquet`` once the
run has succeeded, so a killed run leaves nothing the next run reads (``discard_pending``
deletes it). Rows are read back only if recorded within the TTL (``--dedup-ttl``), the latest
row per id winning, so the index grows with that window, not with all history; ``compact``
merges the files of many runs into one and drops the expired rows.

This module alone builds and parses these file names.
"""

import datetime
import uuid
from collections.abc import Iterable
from typing import Any

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from schemas.story_index import ClusterTally, StorySketch, StoryTally
from schemas.tables import columns_of, derived_schema
from transforms.write_dataset import COMPRESSION

INDEX_FOLDER = "stories"
PENDING_FOLDER = "pending"
COMPACT_AFTER_FILES = 64  # files of one kind merged into one past this many
KINDS: dict[str, tuple[type, str]] = {
    # kind: (record type, id column)
    "sketches": (StorySketch, "article_id"),
    "stories": (StoryTally, "story_id"),
    "clusters": (ClusterTally, "event_cluster_id"),
}
SCHEMAS = {kind: derived_schema(record, f"index-{kind}") for kind, (record, _) in KINDS.items()}


def index_folder(state: str) -> str:
    """The folder of the index inside ``--state``."""
    return FileSystems.join(state, INDEX_FOLDER)


def pending_path(state: str, run_id: str, kind: str) -> str:
    """Where a run writes its rows of one kind before it is committed."""
    return FileSystems.join(index_folder(state), PENDING_FOLDER, f"{run_id}-{kind}.parquet")


def committed_path(state: str, run_id: str, kind: str) -> str:
    """Where a committed run's rows of one kind are."""
    return FileSystems.join(index_folder(state), f"{kind}-{run_id}.parquet")


def _matching(pattern: str) -> list[str]:
    """The paths a glob matches (none is fine)."""
    return sorted(meta.path for meta in FileSystems.match([pattern])[0].metadata_list)


def write_rows(path: str, kind: str, records: Iterable[Any]) -> int:
    """Write records of one kind as a Parquet file under a temporary name, then rename it into
    place; return how many."""
    schema = SCHEMAS[kind]
    _, id_column = KINDS[kind]
    rows = sorted((columns_of(r, schema) for r in records), key=lambda row: row[id_column])
    folder = path.rsplit("/", 1)[0]
    if not FileSystems.exists(folder):
        FileSystems.mkdirs(folder)
    temp = f"{path}.{uuid.uuid4().hex}.tmp"
    with FileSystems.create(temp, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
        pq.write_table(pa.Table.from_pylist(rows, schema=schema), handle, compression=COMPRESSION)
    if FileSystems.exists(path):
        FileSystems.delete([path])
    FileSystems.rename([temp], [path])
    return len(rows)


def read_rows(handle, kind: str, since: datetime.datetime | None) -> list[Any]:
    """The records of one index file, those recorded before ``since`` left out."""
    record_type, _ = KINDS[kind]
    table = pq.read_table(handle, schema=SCHEMAS[kind])
    return [
        record_type(**row)
        for row in table.to_pylist()
        if since is None or row["recorded_at"] >= since
    ]


def latest(records: Iterable[Any]) -> Any:
    """Of several rows for one id, the one recorded last."""
    return max(records, key=lambda record: record.recorded_at)


class _ReadIndexFileFn(beam.DoFn):
    """Read one index file into (id, record) pairs."""

    def __init__(self, kind: str, since: datetime.datetime) -> None:
        self._kind = kind
        self._since = since

    def process(self, readable: fileio.ReadableFile):
        _, id_column = KINDS[self._kind]
        with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as handle:
            for record in read_rows(handle, self._kind, self._since):
                yield getattr(record, id_column), record


class ReadStoryIndex(beam.PTransform):
    """Read back one kind of the index that earlier runs committed.

    Args:
        state: the ``--state`` folder (no index yet is fine).
        kind: ``sketches``, ``stories`` or ``clusters``.
        since: rows recorded before this are forgotten (the TTL).

    Returns:
        A PCollection of records (StorySketch, StoryTally or ClusterTally), one per id.
    """

    def __init__(self, state: str, kind: str, since: datetime.datetime) -> None:
        super().__init__()
        self._pattern = FileSystems.join(index_folder(state), f"{kind}-*.parquet")
        self._kind = kind
        self._since = since

    def expand(self, pipeline):
        record_type, _ = KINDS[self._kind]
        return (
            pipeline
            | "MatchIndex" >> fileio.MatchFiles(self._pattern, fileio.EmptyMatchTreatment.ALLOW)
            | "OpenIndex" >> fileio.ReadMatches()
            | "ReadIndex"
            >> beam.ParDo(_ReadIndexFileFn(self._kind, self._since)).with_output_types(
                tuple[str, record_type]
            )
            | "LatestPerId" >> beam.CombinePerKey(latest).with_output_types(tuple[str, record_type])
            | "DropIds" >> beam.Values().with_output_types(record_type)
        )


class WriteStoryIndex(beam.PTransform):
    """Write a run's rows of one kind to its pending index file (committed after the run).

    Returns:
        A PCollection with the pending file's path.
    """

    def __init__(self, state: str, run_id: str, kind: str) -> None:
        super().__init__()
        self._path = pending_path(state, run_id, kind)
        self._kind = kind

    def expand(self, records):
        path, kind = self._path, self._kind
        return (
            records
            | "CollectRows" >> beam.combiners.ToList()
            | "WritePending" >> beam.Map(lambda rows: write_rows(path, kind, rows) and path)
        )


# Launcher side: commit after a successful run, discard a killed run's rows, compact.


def commit(state: str, run_id: str) -> list[str]:
    """Make a finished run's pending rows part of the index; return the committed files."""
    committed = []
    for kind in KINDS:
        pending = pending_path(state, run_id, kind)
        if FileSystems.exists(pending):
            FileSystems.rename([pending], [committed_path(state, run_id, kind)])
            committed.append(committed_path(state, run_id, kind))
    return committed


def discard_pending(state: str) -> list[str]:
    """Delete the pending rows of runs that never committed (call when none is running)."""
    stale = _matching(FileSystems.join(index_folder(state), PENDING_FOLDER, "*"))
    if stale:
        FileSystems.delete(stale)
    return stale


def compact(state: str, since: datetime.datetime) -> list[str]:
    """Merge each kind's files into one once there are many, keeping the latest row per id
    recorded since ``since``; return the new files."""
    merged = []
    for kind, (_, id_column) in KINDS.items():
        paths = _matching(FileSystems.join(index_folder(state), f"{kind}-*.parquet"))
        if len(paths) <= COMPACT_AFTER_FILES:
            continue
        by_id: dict[str, Any] = {}
        for path in paths:
            with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as handle:
                for record in read_rows(handle, kind, since):
                    key = getattr(record, id_column)
                    by_id[key] = latest([by_id[key], record]) if key in by_id else record
        target = committed_path(state, f"compacted{uuid.uuid4().hex[:8]}", kind)
        write_rows(target, kind, by_id.values())
        FileSystems.delete(paths)
        merged.append(target)
    return merged
