"""Shared helpers that turn records into pyarrow tables with an explicit schema."""

import dataclasses
import datetime
import hashlib
from collections.abc import Callable
from typing import Any

import apache_beam as beam
import pyarrow as pa

from schemas.version import SCHEMA_VERSION

UTC_TIMESTAMP = pa.timestamp("us", tz="UTC")

# The geocoded columns of a place (an event's location, an article's dateline), declared once:
# "{prefix}_lat", "{prefix}_lon" (WGS 84 degrees), "{prefix}_admin1" (the GeoNames admin-1
# name), "{prefix}_geonames_id" and "{prefix}_precision" (city | admin1 | country; a country's
# coordinates are its capital's). All null when the place could not be placed.
GEOCODED_COLUMNS = (
    ("lat", pa.float64()),
    ("lon", pa.float64()),
    ("admin1", pa.string()),
    ("geonames_id", pa.int64()),
    ("precision", pa.string()),
)


def geocoded_fields(prefix: str) -> list[pa.Field]:
    """The nullable geocoded columns of a place, named after ``prefix``."""
    return [pa.field(f"{prefix}_{name}", arrow_type) for name, arrow_type in GEOCODED_COLUMNS]


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


@dataclasses.dataclass(frozen=True)
class Table:
    """What WriteDataset needs to know about one table."""

    name: str
    schema: pa.Schema
    id_column: str
    partition_date: Callable[[Any], datetime.date]

    def to_row(self, record: Any) -> dict[str, Any]:
        """The record's column values, in schema order."""
        return columns_of(record, self.schema)


def utc_date(moment: datetime.datetime) -> datetime.date:
    """The UTC calendar date of an aware datetime."""
    return moment.astimezone(datetime.timezone.utc).date()
