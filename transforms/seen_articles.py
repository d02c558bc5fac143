"""The Beam side of the seen-articles state (``state`` package): reading earlier runs'
sightings into the pipeline and committing this run's, window by window.

Consumes the sightings (article id, feed, time) that ``DeduplicateEntries`` lets through and the
paths of the data files written in the same window; produces commit files
(``state.sightings.write_commit``), each written only after every data file of its window is on
disk, so that the launcher's ``StateStore`` can tell a killed run's uncommitted windows from
committed ones. Sightings older than the TTL are dropped when read.
"""

import datetime

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from state.names import GLOBAL_TAG
from state.sightings import Sighting, articles_folder, read_sightings, write_commit
from transforms import counters
from transforms.write_dataset import window_tag

__all__ = ["CommitSeenArticles", "ReadSeenArticles", "Sighting"]


class _ReadCommitFn(beam.DoFn):
    """Read one commit file into keyed sightings."""

    def __init__(self, since: datetime.datetime) -> None:
        self._since = since
        self._read = Metrics.counter(counters.NAMESPACE, counters.SEEN_ARTICLES_READ)

    def process(self, readable: fileio.ReadableFile):
        with readable.open(compression_type=CompressionTypes.UNCOMPRESSED) as handle:
            sightings = read_sightings(handle, self._since)
        self._read.inc(len(sightings))
        for sighting in sightings:
            yield sighting.article_id, sighting


class ReadSeenArticles(beam.PTransform):
    """Read back what earlier runs saw.

    Args:
        state: the ``--state`` folder (no commit files yet is fine).
        since: sightings older than this are forgotten (the dedupe TTL).

    Returns:
        A PCollection of (article_id, Sighting).
    """

    def __init__(self, state: str, since: datetime.datetime) -> None:
        super().__init__()
        self._pattern = FileSystems.join(articles_folder(state), "seen-*.parquet")
        self._since = since

    def expand(self, pipeline):
        return (
            pipeline
            | "MatchCommits" >> fileio.MatchFiles(self._pattern, fileio.EmptyMatchTreatment.ALLOW)
            | "OpenCommits" >> fileio.ReadMatches()
            | "ReadCommits"
            >> beam.ParDo(_ReadCommitFn(self._since)).with_output_types(tuple[str, Sighting])
        )


class _CommitWindowFn(beam.DoFn):
    """Write one window's commit file, after its data files (the other input) are written."""

    def __init__(self, state: str, run_id: str) -> None:
        self._state = state
        self._run_id = run_id

    def process(self, keyed, window=beam.DoFn.WindowParam, pane=beam.DoFn.PaneInfoParam):
        _key, grouped = keyed
        tag = window_tag(window, pane) or GLOBAL_TAG
        yield write_commit(self._state, self._run_id, tag, list(grouped["seen"]))


class CommitSeenArticles(beam.PTransform):
    """Record the sightings of each window once the window's data files are written.

    Args:
        state: the ``--state`` folder.
        run_id: the run's id, as in its data files' names.

    Takes a pair (sightings, files): the Sighting PCollection from ``DeduplicateEntries`` and
    the paths from ``WriteDataset``, in the same windows.

    Returns:
        A PCollection of the commit files' paths.
    """

    def __init__(self, state: str, run_id: str) -> None:
        super().__init__()
        self._state = state
        self._run_id = run_id

    def expand(self, inputs):
        sightings, files = inputs
        keyed_sightings = sightings | "KeySightings" >> beam.Map(
            lambda s: ("", s)
        ).with_output_types(tuple[str, Sighting])
        keyed_files = files | "KeyFiles" >> beam.Map(lambda path: ("", path)).with_output_types(
            tuple[str, str]
        )
        return (
            {"seen": keyed_sightings, "files": keyed_files}
            | "GroupByWindow" >> beam.CoGroupByKey()
            | "WriteCommit"
            >> beam.ParDo(_CommitWindowFn(self._state, self._run_id)).with_output_types(str)
        )
