"""Beam-side reads and writes of the story and event-cluster index kept under ``--state DIR``
(its files, names, commit, discard and compaction: ``state.story_index``).

``ReadStoryIndex`` reads one kind of the committed index within the TTL, the latest row per id;
``WriteStoryIndex`` writes a run's rows of one kind to its pending file, which
``StateStore.commit`` makes part of the index once the run has succeeded.
"""

import datetime

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from state import files
from state.story_index import KINDS, index_folder, latest, pending_path, read_rows, write_rows


class _ReadIndexFileFn(beam.DoFn):
    """Read one index file into (id, record) pairs."""

    def __init__(self, kind: str, since: datetime.datetime) -> None:
        self._kind = kind
        self._since = since

    def process(self, readable: fileio.ReadableFile):
        _, id_column = KINDS[self._kind]
        with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as handle:
            for record in read_rows(handle, self._kind, self._since):
                yield getattr(record, id_column), record


class ReadStoryIndex(beam.PTransform):
    """Read back one kind of the index that earlier runs committed.

    Args:
        state: the ``--state`` folder (no index yet is fine).
        kind: ``sketches``, ``stories`` or ``clusters``.
        since: rows recorded before this are forgotten (the TTL).

    Returns:
        A PCollection of records (StorySketch, StoryTally or ClusterTally), one per id.
    """

    def __init__(self, state: str, kind: str, since: datetime.datetime) -> None:
        super().__init__()
        self._pattern = files.join(index_folder(state), f"{kind}-*.parquet")
        self._kind = kind
        self._since = since

    def expand(self, pipeline):
        record_type, _ = KINDS[self._kind]
        return (
            pipeline
            | "MatchIndex" >> fileio.MatchFiles(self._pattern, fileio.EmptyMatchTreatment.ALLOW)
            | "OpenIndex" >> fileio.ReadMatches()
            | "ReadIndex"
            >> beam.ParDo(_ReadIndexFileFn(self._kind, self._since)).with_output_types(
                tuple[str, record_type]
            )
            | "LatestPerId" >> beam.CombinePerKey(latest).with_output_types(tuple[str, record_type])
            | "DropIds" >> beam.Values().with_output_types(record_type)
        )


class WriteStoryIndex(beam.PTransform):
    """Write a run's rows of one kind to its pending index file (committed after the run).

    Returns:
        A PCollection with the pending file's path.
    """

    def __init__(self, state: str, run_id: str, kind: str) -> None:
        super().__init__()
        self._path = pending_path(state, run_id, kind)
        self._kind = kind

    def expand(self, records):
        path, kind = self._path, self._kind
        return (
            records
            # Without defaults: a CombineGlobally with a default refuses non-global windows
            # (Beam 2.77), and a stream's rows are windowed; a run with no rows writes no file,
            # which StateStore.commit skips.
            | "CollectRows" >> beam.combiners.ToList().without_defaults()
            | "WritePending" >> beam.Map(lambda rows: write_rows(path, kind, rows) and path)
        )
