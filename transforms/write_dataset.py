"""WriteDataset: records in, Hive-partitioned Parquet files out (``<table>/date=YYYY-MM-DD/``).

Records are grouped by partition and each group is written by pyarrow under a hidden temporary
name, then renamed into place, so no reader sees half a file. This avoids two Beam 2.77 traps:
``fileio.WriteToFiles`` silently loses every file whose partition folder does not exist on a
local disk, and streaming ``WriteToParquet`` corrupts the last window's file.

File names are a digest of the ids they hold, so a retried bundle or a rerun over the same input
rewrites the same file instead of adding a second copy. A batch run without state that finds
files of earlier such runs in a partition merges them into its own: their rows whose ids it
writes again are replaced, the others kept, and the old files are deleted once the merged file
is in place, so a rerun over a feed that gained an entry leaves one row per id, not two
copies. In a streaming pipeline each window and
pane of a partition gets its own file, named after the window's start and the pane's index
(``part-20250101T120000Z-p0-<digest>.parquet``); a run that remembers state (``--state``) puts its
run id first, so that a restart can tell a killed run's files from committed ones.
"""

import datetime
import posixpath
from collections.abc import Iterable
from typing import Any

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.transforms.window import BoundedWindow, GlobalWindow
from apache_beam.utils.windowed_value import PaneInfo

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.tables import Table
from state import names
from transforms import counters
from transforms.failures import stable_id

COMPRESSION = "zstd"


def partition_directory(output: str, table: str, partition: str) -> str:
    """The folder of one Hive partition, e.g. ``output/events/date=2023-02-24``."""
    return FileSystems.join(output, table, partition)


def window_tag(window: BoundedWindow, pane: PaneInfo | None) -> str:
    """The part of a file name that says which window and pane it holds; empty for the global
    window (batch), e.g. ``20250101T120000Z-p0`` for a fixed window's first pane."""
    if isinstance(window, GlobalWindow):
        return ""
    start = window.start.to_utc_datetime().replace(tzinfo=datetime.timezone.utc)
    return f"{start:%Y%m%dT%H%M%SZ}-p{pane.index if pane is not None else 0}"


def is_merged_file(name: str) -> bool:
    """Whether a file name is one that a batch run without state wrote: no run id, no window."""
    parsed = names.parse_data_file(name)
    return parsed is not None and not parsed.temporary and not parsed.run_id and not parsed.window


def merged_files(directory: str) -> list[str]:
    """The files of earlier batch runs without state (and of rewritten tables) in a partition
    folder, oldest first."""
    if not FileSystems.exists(directory):
        return []
    pattern = FileSystems.join(directory, "part-*.parquet")
    found = [
        meta
        for result in FileSystems.match([pattern])
        for meta in result.metadata_list
        if is_merged_file(posixpath.basename(meta.path))
    ]
    # Oldest first (then by name), so that the newest row of an id can win in earlier_rows.
    return [
        meta.path for meta in sorted(found, key=lambda m: (m.last_updated_in_seconds or 0, m.path))
    ]


def earlier_rows(paths: list[str], schema: pa.Schema, ids: set[str], id_column: str) -> list:
    """The rows of earlier files whose ids are not written again, one per id (two earlier files
    share ids only if a run died between renaming a merged file and deleting what it replaced;
    the newest file's row wins)."""
    kept, seen = [], set(ids)
    for path in reversed(paths):
        with FileSystems.open(path) as handle:
            table = pq.read_table(handle, schema=schema)
        for row in table.to_pylist():
            if row[id_column] not in seen:
                seen.add(row[id_column])
                kept.append(row)
    return kept


def write_partition(
    directory: str,
    rows: Iterable[dict[str, Any]],
    schema: pa.Schema,
    id_column: str,
    run_id: str | None = None,
    window: str = "",
    merge: bool = False,
) -> tuple[str, int]:
    """Write rows as one Parquet file in ``directory``; return its path and row count.

    Rows are sorted by ``id_column`` and the file is named by the run id, the window (see
    ``state.names.data_file_name``) and a digest of the ids, so the same rows always give the
    same file, byte for byte. With ``merge``, the partition's earlier merged files are folded in
    (rows with ids written now are replaced) and deleted once the new file is in place.
    """
    rows = list(rows)
    replaced = merged_files(directory) if merge else []
    if replaced:
        ids = {row[id_column] for row in rows}
        rows += earlier_rows(replaced, schema, ids, id_column)
    ordered = sorted(rows, key=lambda row: row[id_column])
    name = names.data_file_name(run_id, window, stable_id(*(row[id_column] for row in ordered)))
    final_path = FileSystems.join(directory, name)
    temp_path = FileSystems.join(directory, names.temporary_name(name))
    table = pa.Table.from_pylist(ordered, schema=schema)
    if not FileSystems.exists(directory):
        FileSystems.mkdirs(directory)
    with FileSystems.create(temp_path) as handle:
        pq.write_table(table, handle, compression=COMPRESSION)
    if FileSystems.exists(final_path):
        FileSystems.delete([final_path])
    FileSystems.rename([temp_path], [final_path])
    stale = [path for path in replaced if path != final_path]
    if stale:
        FileSystems.delete(stale)
    return final_path, len(ordered)


def partition_key(table: Table, record: Any) -> str:
    """A record's Hive partition folder name, ``date=YYYY-MM-DD``."""
    return partition_name(table.partition_date(record))


def partition_name(date: datetime.date) -> str:
    """The Hive partition folder name of a date."""
    return f"date={date.isoformat()}"


class _KeyByPartitionFn(beam.DoFn):
    """Key a record by its Hive partition folder name, ``date=YYYY-MM-DD``."""

    def __init__(self, table: Table) -> None:
        self._table = table

    def process(self, record):
        yield partition_key(self._table, record), record


class _WritePartitionFn(beam.DoFn):
    """Write one partition's rows to one file."""

    def __init__(self, output: str, table: Table, run_id: str | None) -> None:
        self._output = output
        self._table = table
        self._run_id = run_id
        self._rows = Metrics.counter(counters.NAMESPACE, counters.rows_written(table.name))
        self._files = Metrics.counter(counters.NAMESPACE, counters.files_written(table.name))

    def process(self, keyed, window=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        partition, records = keyed
        table = self._table
        directory = partition_directory(self._output, table.name, partition)
        rows = (table.to_row(record) for record in records)
        tag = window_tag(window, pane)
        # Only a batch run without state merges: a run with state keeps its own files, which
        # its restart may have to delete, and its state already keeps rows unique. A rewritten
        # table (stories, event clusters) always merges, with neither run id nor window in its
        # file names: its rows are replaced by id, never added.
        run_id = self._run_id
        if table.rewritten:
            run_id, tag = None, ""
        merge = not run_id and not tag
        path, count = write_partition(
            directory, rows, table.schema, table.id_column, run_id, tag, merge=merge
        )
        self._rows.inc(count)
        self._files.inc()
        yield path


class WriteDataset(beam.PTransform):
    """Write one table's records as Hive-partitioned Parquet.

    Args:
        output: the dataset root (a local folder or any Beam filesystem URL).
        table: the table: its name (also its folder), schema, id column and partition date.
        run_id: the run that writes, first in every file name; None for runs without state.
        grouped: the records come grouped already, as (``partition_key``, records) pairs (a
            stage that shuffles by partition anyway saves the writer's shuffle).

    Returns:
        A PCollection of the paths of the files written.
    """

    def __init__(
        self, output: str, table: Table, run_id: str | None = None, *, grouped: bool = False
    ) -> None:
        super().__init__()
        self._output = output
        self._table = table
        self._run_id = run_id
        self._grouped = grouped

    def expand(self, records):
        if not self._grouped:
            # The record type travels with the key so the shuffle uses the row coder.
            keyed_type = tuple[str, records.element_type]
            records = (
                records
                | "KeyByPartition"
                >> beam.ParDo(_KeyByPartitionFn(self._table)).with_output_types(keyed_type)
                | "GroupByPartition" >> beam.GroupByKey()
            )
        return records | "WritePartitions" >> beam.ParDo(
            _WritePartitionFn(self._output, self._table, self._run_id)
        ).with_output_types(str)
