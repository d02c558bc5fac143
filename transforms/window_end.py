"""From a stream's fixed windows into the global window, for steps that keep keyed state across
windows (user state is scoped to a key and a window: in a fixed window it would be forgotten at
the window's end), and back.

``IntoGlobalAtWindowEnd`` stamps every element with the end of its window (its last
microsecond), so that a stateful step sees one timestamp per window and can place a window's
elements together once the watermark has passed it; ``moment`` and ``micros`` convert between
the timestamps and the datetimes the records carry.
"""

import datetime

import apache_beam as beam
from apache_beam.transforms.window import GlobalWindows, TimestampedValue
from apache_beam.utils.timestamp import Timestamp

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def micros(at: datetime.datetime) -> int:
    """Microseconds since the epoch of an aware datetime."""
    return (at - EPOCH) // datetime.timedelta(microseconds=1)


def moment(at_micros: int) -> datetime.datetime:
    """The aware UTC datetime of microseconds since the epoch."""
    return Timestamp(micros=at_micros).to_utc_datetime().replace(tzinfo=datetime.timezone.utc)


class _AtWindowEndFn(beam.DoFn):
    """Stamp an element with the last moment of its window."""

    def process(self, element, window=beam.DoFn.WindowParam):
        yield TimestampedValue(element, window.max_timestamp())


class IntoGlobalAtWindowEnd(beam.PTransform):
    """Move elements from their windows into the global window, each stamped with its window's
    last moment.

    Returns:
        The same elements, of the same type, in the global window.
    """

    def expand(self, pcoll):
        element_type = pcoll.element_type
        return (
            pcoll
            | "AtWindowEnd" >> beam.ParDo(_AtWindowEndFn()).with_output_types(element_type)
            | "IntoGlobalWindow" >> beam.WindowInto(GlobalWindows()).with_output_types(element_type)
        )
