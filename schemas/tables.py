"""Shared helpers that turn records into pyarrow tables with an explicit schema.

No Beam here: the records serve ``newsbeam tag`` too. ``register_row`` only marks a record
type as a Beam row (a stable schema id); ``schemas.beam_rows``, imported by the Beam stages,
registers the marked types with Beam's coder registry.
"""

import dataclasses
import datetime
import hashlib
import types
import typing
from collections.abc import Callable
from typing import Any

import pyarrow as pa

from schemas.version import SCHEMA_VERSION

UTC_TIMESTAMP = pa.timestamp("us", tz="UTC")

# A table's columns are its record's fields, declared once: the pyarrow schema is derived from
# the dataclass (names, order, types; ``X | None`` is nullable). Python's int and float have no
# width, so their fields say the column's (``column(pa.int16())``).
ARROW_TYPES: dict[type, pa.DataType] = {
    str: pa.string(),
    bool: pa.bool_(),
    bytes: pa.binary(),
    datetime.datetime: UTC_TIMESTAMP,
    datetime.date: pa.date32(),
}
ARROW_TYPE = "newsbeam.arrow_type"  # the key of a field's column type in its metadata


def column(arrow_type: pa.DataType, **field_options: Any) -> Any:
    """A record field stored as ``arrow_type`` (the width of an int or float column)."""
    return dataclasses.field(metadata={ARROW_TYPE: arrow_type}, **field_options)


def optional_type(annotation: Any) -> tuple[Any, bool]:
    """(inner type, whether None is allowed) of an annotation such as ``str | None``."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"only X | None unions can be columns, not {annotation}")
        return inner[0], True
    return annotation, False


def _arrow_type_of(annotation: Any) -> pa.DataType | None:
    """The column type of an annotation with no width to give: ``list[X]`` is a list column
    of non-null X (the story index's member ids), else ARROW_TYPES."""
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        item_type = ARROW_TYPES.get(item)
        return None if item_type is None else pa.list_(pa.field("item", item_type, nullable=False))
    return ARROW_TYPES.get(annotation)


def arrow_schema(record_type: type, table_name: str) -> pa.Schema:
    """The pyarrow schema of a table, derived from its record dataclass."""
    hints = typing.get_type_hints(record_type)
    fields = []
    for field in dataclasses.fields(record_type):
        inner, optional = optional_type(hints[field.name])
        arrow_type = field.metadata.get(ARROW_TYPE) or _arrow_type_of(inner)
        if arrow_type is None:
            raise TypeError(f"{record_type.__name__}.{field.name}: give {inner} a column type")
        fields.append(pa.field(field.name, arrow_type, nullable=optional))
    return with_table_metadata(pa.schema(fields), table_name)


# Record types marked as Beam rows, and the hooks to call for each (schemas.beam_rows adds one).
ROW_TYPES: list[type] = []
_ROW_HOOKS: list[Callable[[type], Any]] = []


def on_row_type(hook: Callable[[type], Any]) -> None:
    """Call ``hook`` on every record type marked as a row, now and as more are marked."""
    _ROW_HOOKS.append(hook)
    for record_type in ROW_TYPES:
        hook(record_type)


def register_row(record_type: type) -> type:
    """Mark a record dataclass as a Beam row, under a schema id derived from its name and
    fields. Beam otherwise draws a random id per process, and a worker in another process (a
    portable runner, Dataflow) cannot map the rows it decodes back to the dataclass: it hands
    DoFns anonymous named tuples (which is also why converters read fields by name)."""
    fields = ",".join(f"{f.name}:{f.type}" for f in dataclasses.fields(record_type))
    digest = hashlib.sha256(fields.encode("utf-8")).hexdigest()[:12]
    # The id names a namedtuple wherever the type is unknown (the job service): an identifier.
    module = record_type.__module__.replace(".", "_")
    record_type._beam_schema_id = f"newsbeam_{module}_{record_type.__name__}_{digest}"
    ROW_TYPES.append(record_type)
    for hook in _ROW_HOOKS:
        hook(record_type)
    return record_type


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
