"""Registers every record type marked by ``schemas.tables.register_row`` as a Beam row.

Imported (for this effect) by every module that builds or runs Beam stages, so that a pipeline
encodes records with the row coder under their stable schema ids, in the launching process and
in every worker process alike; the records themselves import without Beam.
"""

import apache_beam as beam

import schemas  # noqa: F401 (marks the tables' records before they are registered)
from schemas.tables import on_row_type

on_row_type(beam.coders.registry.register_row)
