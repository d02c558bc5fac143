"""Shared helpers that turn records into pyarrow tables with an explicit schema."""

import dataclasses
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from schemas.version import SCHEMA_VERSION

UTC_TIMESTAMP = pa.timestamp("us", tz="UTC")


def with_table_metadata(schema: pa.Schema, table_name: str) -> pa.Schema:
    """Attach the table name and schema version to a schema's metadata."""
    return schema.with_metadata(
        {
            b"newsbeam.table": table_name.encode(),
            b"newsbeam.schema_version": str(SCHEMA_VERSION).encode(),
        }
    )


def record_to_row(record: Any) -> dict[str, Any]:
    """Turn a flat record dataclass into a dict of column values (shallow, no copies)."""
    return {field.name: getattr(record, field.name) for field in dataclasses.fields(record)}


def rows_to_table(rows: Iterable[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    """Build a table from row dicts; pyarrow checks each value against the schema."""
    return pa.Table.from_pylist(list(rows), schema=schema)
