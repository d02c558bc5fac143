"""The story and event-cluster index kept under ``--state DIR`` in ``DIR/stories/``: its files,
read and written here (names from ``state.names``, writes through ``state.files``).

Three kinds of rows, one Parquet file per kind and run: ``sketches`` (each article's signature
and story), ``stories`` and ``clusters`` (the tallies that ``stories/`` and ``event_clusters/``
rows are made of). A run writes its rows to ``DIR/stories/pending/<run>-<kind>.parquet`` from
inside the pipeline (``transforms.story_index.WriteStoryIndex``); ``StateStore.commit`` renames
them to ``DIR/stories/<kind>-<run>.parquet`` (``commit``) before it drops the run's record, so a
killed run leaves nothing the next run reads: ``StateStore.begin`` deletes the pending rows of
runs whose lease expired (``discard``) and of runs no longer recorded. Rows are read back only if
recorded within the TTL (``--dedup-ttl``), the latest row per id winning, so the index grows with
that window, not with all history; ``compact`` merges the files of many runs into one and drops
the expired rows.
"""

import datetime
from collections.abc import Iterable
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.story_index import ClusterTally, StorySketch, StoryTally
from schemas.tables import arrow_schema, columns_of
from state import files
from state.names import (
    STORY_INDEX_FOLDER,
    STORY_INDEX_PENDING_FOLDER,
    basename,
    compacted_index_run,
    index_file_name,
    parse_index_file,
    parse_pending_index_file,
    pending_index_name,
)

COMPRESSION = "zstd"
COMPACT_AFTER_FILES = 64  # files of one kind merged into one past this many
KINDS: dict[str, tuple[type, str]] = {
    # kind: (record type, id column)
    "sketches": (StorySketch, "article_id"),
    "stories": (StoryTally, "story_id"),
    "clusters": (ClusterTally, "event_cluster_id"),
}
SCHEMAS = {kind: arrow_schema(record, f"index-{kind}") for kind, (record, _) in KINDS.items()}


def index_folder(state: str) -> str:
    """The folder of the index inside ``--state``."""
    return files.join(state, STORY_INDEX_FOLDER)


def pending_folder(state: str) -> str:
    """The folder of runs' rows not yet committed."""
    return files.join(index_folder(state), STORY_INDEX_PENDING_FOLDER)


def pending_path(state: str, run_id: str, kind: str) -> str:
    """Where a run writes its rows of one kind before it is committed."""
    return files.join(pending_folder(state), pending_index_name(run_id, kind))


def committed_path(state: str, run_id: str, kind: str) -> str:
    """Where a committed run's rows of one kind are."""
    return files.join(index_folder(state), index_file_name(kind, run_id))


def committed_paths(state: str, kind: str) -> list[str]:
    """The committed files of one kind, sorted."""
    paths = files.matching(files.join(index_folder(state), f"{kind}-*.parquet"))
    return [path for path in paths if (parse_index_file(basename(path)) or ("",))[0] == kind]


def write_rows(path: str, kind: str, records: Iterable[Any]) -> int:
    """Write records of one kind as a Parquet file, atomically (``state.files``); return how
    many."""
    schema = SCHEMAS[kind]
    _, id_column = KINDS[kind]
    rows = sorted((columns_of(r, schema) for r in records), key=lambda row: row[id_column])
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), sink, compression=COMPRESSION)
    files.write_atomically(path, sink.getvalue().to_pybytes())
    return len(rows)


def read_rows(handle, kind: str, since: datetime.datetime | None) -> list[Any]:
    """The records of one index file (an open binary file), those recorded before ``since``
    left out."""
    record_type, _ = KINDS[kind]
    table = pq.read_table(handle, schema=SCHEMAS[kind])
    return [
        record_type(**row)
        for row in table.to_pylist()
        if since is None or row["recorded_at"] >= since
    ]


def committed_ids(state: str, run_id: str, kind: str) -> frozenset[str]:
    """The ids of a committed run's rows of one kind (the stories or clusters it wrote), read
    before a later run's ``compact`` may merge its file; empty when it wrote none."""
    path = committed_path(state, run_id, kind)
    if not files.exists(path):
        return frozenset()
    _, id_column = KINDS[kind]
    with files.open_binary(path) as handle:
        return frozenset(pq.read_table(handle, columns=[id_column]).column(0).to_pylist())


def latest(records: Iterable[Any]) -> Any:
    """Of several rows for one id, the one recorded last."""
    return max(records, key=lambda record: record.recorded_at)


# Launcher side, called by StateStore: commit a run, discard a dead run's rows, compact.


def commit(state: str, run_id: str) -> list[str]:
    """Make a finished run's pending rows part of the index; return the committed files."""
    committed = []
    for kind in KINDS:
        pending = pending_path(state, run_id, kind)
        if files.exists(pending):
            target = committed_path(state, run_id, kind)
            files.delete([target] if files.exists(target) else [])
            files.rename(pending, target)
            committed.append(target)
    return committed


def discard(state: str, keep: Iterable[str] = ()) -> list[str]:
    """Delete the pending rows of every run not in ``keep`` (the live runs); return them."""
    kept = set(keep)
    stale = [
        path
        for path in files.matching(files.join(pending_folder(state), "*.parquet"))
        if (parsed := parse_pending_index_file(basename(path))) and parsed[0] not in kept
    ]
    files.delete(stale)
    return stale


def compact(state: str, since: datetime.datetime | None) -> list[str]:
    """Merge each kind's committed files into one once there are many, keeping the latest row
    per id recorded since ``since``; return the new files."""
    merged = []
    for kind, (_, id_column) in KINDS.items():
        paths = committed_paths(state, kind)
        if len(paths) <= COMPACT_AFTER_FILES:
            continue
        by_id: dict[str, Any] = {}
        for path in paths:
            with files.open_binary(path) as handle:
                for record in read_rows(handle, kind, since):
                    key = getattr(record, id_column)
                    by_id[key] = latest([by_id[key], record]) if key in by_id else record
        target = committed_path(state, compacted_index_run(), kind)
        write_rows(target, kind, by_id.values())
        files.delete([path for path in paths if path != target])
        merged.append(target)
    return merged
