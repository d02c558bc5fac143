"""Shared helpers that turn records into pyarrow tables with an explicit schema."""

import dataclasses
import datetime
import hashlib
import types
import typing
from collections.abc import Callable
from typing import Any

import apache_beam as beam
import pyarrow as pa

from schemas.version import SCHEMA_VERSION

UTC_TIMESTAMP = pa.timestamp("us", tz="UTC")


def register_row(record_type: type) -> type:
    """Register a record dataclass as a Beam row, under a schema id derived from its name and
    fields. Beam otherwise draws a random id per process, and a worker in another process (a
    portable runner, Dataflow) cannot map the rows it decodes back to the dataclass: it hands
    DoFns anonymous named tuples (which is also why converters read fields by name)."""
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


def columns_of(record: Any, schema: pa.Schema) -> dict[str, Any]:
    """The column values of a record, read by name.

    Works on the record dataclass and on the NamedTuple a Beam worker may decode it into: a
    worker that has not registered the dataclass (another process, another machine) turns a
    row-coded element into a generated NamedTuple with the same fields, so code downstream of a
    shuffle must read fields by name and never rely on the dataclass's methods.
    """
    return {name: getattr(record, name) for name in schema.names}


# The Arrow type of each Python annotation, for tables whose schema is derived from their record
# (declared once); a field narrows it with ``dataclasses.field(metadata={ARROW: pa.int32()})``.
ARROW = "arrow"
ARROW_TYPES: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    bytes: pa.binary(),
    datetime.datetime: UTC_TIMESTAMP,
    datetime.date: pa.date32(),
}


def derived_schema(record_type: type, table_name: str) -> pa.Schema:
    """The Parquet schema of a record dataclass, column for field: ``X | None`` is nullable,
    ``list[X]`` a list column."""
    hints = typing.get_type_hints(record_type)
    fields = []
    for field in dataclasses.fields(record_type):
        annotation, nullable = hints[field.name], False
        if typing.get_origin(annotation) in (typing.Union, types.UnionType):
            (annotation,) = [a for a in typing.get_args(annotation) if a is not type(None)]
            nullable = True
        if typing.get_origin(annotation) is list:
            (item,) = typing.get_args(annotation)
            default = pa.list_(pa.field("item", ARROW_TYPES[item], nullable=False))
        else:
            default = ARROW_TYPES[annotation]
        arrow_type = field.metadata.get(ARROW, default)
        fields.append(pa.field(field.name, arrow_type, nullable=nullable))
    return with_table_metadata(pa.schema(fields), table_name)


@dataclasses.dataclass(frozen=True)
class Table:
    """What WriteDataset needs to know about one table. A ``rewritten`` table holds one row per
    id that later runs replace (stories, event clusters): its files are always merged by id
    and carry no run id, where other tables only ever gain rows."""

    name: str
    schema: pa.Schema
    id_column: str
    partition_date: Callable[[Any], datetime.date]
    rewritten: bool = False

    def to_row(self, record: Any) -> dict[str, Any]:
        """The record's column values, in schema order."""
        return columns_of(record, self.schema)


def utc_date(moment: datetime.datetime) -> datetime.date:
    """The UTC calendar date of an aware datetime."""
    return moment.astimezone(datetime.timezone.utc).date()
