"""RewriteTableInStream: the rows an unbounded job's windows make of a rewritten table
(``stories``, ``event_clusters``) in, each Hive partition rewritten once per window that touches
it, so that a reader finds one row per id.

A window's rows of one partition are grouped (one element, when the watermark passes the
window), then written by the batch path's ``write_partition`` with ``merge``: the partition's
earlier files are read, their rows of the ids written now replaced, the new file renamed into
place and the old ones deleted. Two windows rewriting one partition at once would each miss the
other's rows, so the writes of a partition go through a stateful step keyed by partition: a
runner processes one key's elements one at a time. Rows are whole (a story's or cluster's
tally merged with the earlier windows'), so the last write of an id is its latest row. Nothing
is dropped.
"""

import apache_beam as beam
from apache_beam.coders import VarIntCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec, TimerSpec, on_timer
from apache_beam.utils.timestamp import Duration

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.tables import Table
from transforms import counters
from transforms.window_end import IntoGlobalAtWindowEnd
from transforms.write_dataset import partition_directory, partition_key, write_partition


class _RewritePartitionFn(beam.DoFn):
    """Merge one window's rows of a partition into the partition's file, a partition's windows
    one after the other."""

    # The end of the last window written (microseconds): state, so that the runner serialises
    # the partition's writes; forgotten a TTL after the last write.
    WRITTEN = ReadModifyWriteStateSpec("written", VarIntCoder())
    FORGET = TimerSpec("forget", TimeDomain.WATERMARK)

    def __init__(self, output: str, table: Table, ttl_seconds: float) -> None:
        self._output = output
        self._table = table
        self._ttl = Duration.of(ttl_seconds)
        self._rows = Metrics.counter(counters.NAMESPACE, counters.rows_written(table.name))
        self._files = Metrics.counter(counters.NAMESPACE, counters.files_written(table.name))

    def process(
        self,
        keyed,
        timestamp=beam.DoFn.TimestampParam,
        written=beam.DoFn.StateParam(WRITTEN),
        forget=beam.DoFn.TimerParam(FORGET),
    ):
        partition, records = keyed
        table = self._table
        directory = partition_directory(self._output, table.name, partition)
        rows = [table.to_row(record) for record in records]
        path, count = write_partition(directory, rows, table.schema, table.id_column, merge=True)
        written.write(timestamp.micros)
        forget.set(timestamp + self._ttl)
        self._rows.inc(count)
        self._files.inc()
        yield path

    @on_timer(FORGET)
    def on_forget(self, written=beam.DoFn.StateParam(WRITTEN)):
        written.clear()


class RewriteTableInStream(beam.PTransform):
    """Rewrite the partitions of a rewritten table that an unbounded job's windows touch.

    Args:
        output: the dataset root (a local folder or any Beam filesystem URL).
        table: ``STORIES`` or ``EVENT_CLUSTERS`` (a table whose rows are replaced by id).
        ttl_seconds: how long a partition's write state is kept after its last write.

    Takes the table's records (Story or EventCluster) in the stream's fixed windows.

    Returns:
        A PCollection of the paths of the files written, in the records' windows.
    """

    def __init__(self, output: str, table: Table, ttl_seconds: float) -> None:
        super().__init__()
        self._output = output
        self._table = table
        self._ttl_seconds = ttl_seconds

    def expand(self, records):
        table = self._table
        return (
            records
            | "KeyByPartition"
            >> beam.Map(lambda r: (partition_key(table, r), r)).with_output_types(
                tuple[str, records.element_type]
            )
            | "GroupByPartition" >> beam.GroupByKey()
            | "IntoGlobalWindow" >> IntoGlobalAtWindowEnd()
            | "RewritePartitions"
            >> beam.ParDo(_RewritePartitionFn(self._output, table, self._ttl_seconds))
            | "IntoRecordWindows"
            >> beam.WindowInto(records.windowing.windowfn).with_output_types(str)
        )
