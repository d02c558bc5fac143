"""Writing Hive-partitioned Parquet: temp name then rename, one file per partition, idempotent."""

import datetime
import os
import pathlib
import time

import apache_beam as beam
import duckdb
import pyarrow.parquet as pq

from schemas.errors import ERRORS, ERRORS_SCHEMA, ErrorRecord, error_to_row
from tests.conftest import local_pipeline
from transforms.write_dataset import WriteDataset, write_partition


def error(error_id: str, day: int) -> ErrorRecord:
    return ErrorRecord(
        error_id=error_id,
        stage="fetch_pages",
        error_kind="not_found",
        message="gone",
        url=f"https://example.com/{error_id}",
        feed_url=None,
        article_id=None,
        http_status=None,
        occurred_at=datetime.datetime(2023, 2, day, 12, tzinfo=datetime.timezone.utc),
    )


def test_rows_land_in_date_partitions_whose_folders_did_not_exist(tmp_path):
    records = [error("e1", 24), error("e2", 24), error("e3", 25)]
    output = str(tmp_path / "dataset")
    with local_pipeline() as pipeline:
        _ = (
            pipeline
            | beam.Create(records).with_output_types(ErrorRecord)
            | WriteDataset(output, ERRORS)
        )
    files = sorted(p.relative_to(tmp_path / "dataset") for p in (tmp_path / "dataset").rglob("*"))
    partitions = [str(p) for p in files if p.suffix != ".parquet"]
    assert partitions == ["errors", "errors/date=2023-02-24", "errors/date=2023-02-25"]
    assert len([p for p in files if p.suffix == ".parquet"]) == 2
    assert not list((tmp_path / "dataset").rglob("*.tmp"))
    rows = duckdb.sql(
        f"select error_id, cast(date as varchar) from read_parquet('{output}/errors/**/*.parquet',"
        " hive_partitioning = true) order by error_id"
    ).fetchall()
    assert rows == [("e1", "2023-02-24"), ("e2", "2023-02-24"), ("e3", "2023-02-25")]


def test_same_rows_same_file_byte_for_byte_and_rewrite_replaces(tmp_path):
    rows = [error_to_row(error("e2", 24)), error_to_row(error("e1", 24))]
    first, count = write_partition(str(tmp_path), rows, ERRORS_SCHEMA, "error_id")
    content = pathlib.Path(first).read_bytes()
    second, _ = write_partition(str(tmp_path), list(reversed(rows)), ERRORS_SCHEMA, "error_id")
    assert (first, count) == (second, 2)
    assert pathlib.Path(second).read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == [first.rsplit("/", 1)[1]]
    table = pq.read_table(first)
    assert table.schema.equals(ERRORS_SCHEMA, check_metadata=False)
    assert table.column("error_id").to_pylist() == ["e1", "e2"]
    assert table.schema.metadata[b"newsbeam.table"] == b"errors"


def test_a_merging_rewrite_replaces_earlier_files_of_the_partition(tmp_path):
    # Issue 13, item 4: a rerun whose feed gained an entry wrote a second file beside the first,
    # and readers saw two copies of every old row.
    old = [error_to_row(error(name, 24)) for name in ("e1", "e2", "e3")]
    first, _ = write_partition(str(tmp_path), old, ERRORS_SCHEMA, "error_id", merge=True)
    stateful, _ = write_partition(str(tmp_path), old[:1], ERRORS_SCHEMA, "error_id", "0123456789ab")
    again = [{**row, "message": "again"} for row in old[1:]] + [error_to_row(error("e4", 24))]
    merged, count = write_partition(str(tmp_path), again, ERRORS_SCHEMA, "error_id", merge=True)
    assert count == 4 and merged != first and not pathlib.Path(first).exists()
    assert pathlib.Path(stateful).exists()  # a run with state keeps its own files
    rows = pq.read_table(merged).to_pylist()
    assert [(row["error_id"], row["message"]) for row in rows] == [
        ("e1", "gone"),
        ("e2", "again"),
        ("e3", "again"),
        ("e4", "gone"),
    ]


def test_two_earlier_files_with_one_id_merge_into_one_row_the_newest(tmp_path):
    # A run that died between renaming a merged file and deleting the one it replaced leaves
    # two files with one id: the next merge keeps one row, the newer file's.
    older, newer = error_to_row(error("e1", 24)), error_to_row(error("e1", 24))
    newer["message"] = "gone for good"
    write_partition(str(tmp_path / "a"), [older], ERRORS_SCHEMA, "error_id")
    write_partition(
        str(tmp_path / "b"), [newer, error_to_row(error("e0", 24))], ERRORS_SCHEMA, "error_id"
    )
    for n, folder in enumerate(("a", "b")):
        (path,) = (tmp_path / folder).glob("part-*.parquet")
        os.utime(path, (time.time() - 100 + n * 50,) * 2)
        path.rename(tmp_path / path.name)
    merged, count = write_partition(
        str(tmp_path), [error_to_row(error("e2", 24))], ERRORS_SCHEMA, "error_id", merge=True
    )
    rows = pq.read_table(merged).to_pylist()
    assert count == 3 and sorted(r["error_id"] for r in rows) == ["e0", "e1", "e2"]
    assert next(r for r in rows if r["error_id"] == "e1")["message"] == "gone for good"
    assert [p.name for p in tmp_path.glob("part-*.parquet")] == [pathlib.Path(merged).name]
