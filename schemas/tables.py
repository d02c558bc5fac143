"""Shared helpers that turn records into pyarrow tables with an explicit schema."""

import dataclasses
import hashlib
from collections.abc import Iterable
from typing import Any

import apache_beam as beam
import pyarrow as pa

from schemas.version import SCHEMA_VERSION

UTC_TIMESTAMP = pa.timestamp("us", tz="UTC")


def register_row(record_type: type) -> type:
    """Register a record dataclass as a Beam row, under a schema id derived from its name and
    fields. Beam otherwise draws a random id per process, and a worker in another process (a
    portable runner, Dataflow) cannot map the rows it decodes back to the dataclass: it hands
    DoFns anonymous named tuples, without the dataclass's properties."""
    fields = ",".join(f"{f.name}:{f.type}" for f in dataclasses.fields(record_type))
    digest = hashlib.sha256(fields.encode("utf-8")).hexdigest()[:12]
    # The id names a namedtuple wherever the type is unknown (the job service): an identifier.
    module = record_type.__module__.replace(".", "_")
    record_type._beam_schema_id = f"newsbeam_{module}_{record_type.__name__}_{digest}"
    return beam.coders.registry.register_row(record_type)


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
