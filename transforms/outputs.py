"""Beam-side routing of a stage's outputs: one DoFn, one output, split by record type.

A stage's DoFn yields its records (an ``Article``, an ``ErrorRecord``, a ``Duplicate``...) into
one output, and ``split_by_type`` gives each record type its own PCollection. Every runner
executes a single-output ParDo and a Filter the same way; tagged outputs
(``.with_outputs``) are not: Beam 2.77's DaskRunner hands all of a multi-output ParDo's
elements to every consumer of any of its outputs (issue 12: ``'tuple' object has no attribute
'link'`` in FetchPages, where the entries PCollection also carried ReadFeeds' (host, source)
pairs). On runners that fuse (FnApiRunner, Dataflow) the split costs one type check per record.
"""

import typing
from collections.abc import Sequence

import apache_beam as beam
from apache_beam.pvalue import PCollection

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.errors import ErrorRecord


def _is_a(record: object, record_class: type) -> bool:
    return isinstance(record, record_class)


def split_by_type(
    records: PCollection, label: str, named_types: Sequence[tuple[str, type]]
) -> tuple[PCollection, ...]:
    """One PCollection per (name, type), in order, each typed for its coder; a record that is
    none of the types is dropped by all, so the DoFns must yield only these types (tests check
    every stage's outputs add up). A type may be a generic alias (``tuple[str, FeedEntry]``):
    its class (``tuple``) is checked, the alias types the output."""
    return tuple(
        records
        | f"{label}{name}"
        >> beam.Filter(_is_a, typing.get_origin(hint) or hint).with_output_types(hint)
        for name, hint in named_types
    )


def with_failures(
    pcoll: PCollection, label: str, dofn: beam.DoFn, main_type: type
) -> tuple[PCollection, PCollection]:
    """Apply a DoFn that yields its records and its ErrorRecords into one output; return the
    (main, failed) PCollections. ``main_type`` must not be ErrorRecord."""
    outcomes = pcoll | label >> beam.ParDo(dofn)
    main, failed = split_by_type(
        outcomes, label, (("Records", main_type), ("Failures", ErrorRecord))
    )
    return main, failed
