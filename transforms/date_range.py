"""Publication-date range (--since, --until): entries and articles whose publication date is
known and outside it are skipped and counted; those with no known date are kept.

Feed entries are checked before they are fetched (the feed gave their date); pages from
``--urls``, archives and undated entries are checked once extraction has found the page's date.
"""

import dataclasses
import datetime

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms import counters


@dataclasses.dataclass(frozen=True)
class DateRange:
    """From ``since`` (inclusive) to ``until`` (exclusive), either open; aware UTC datetimes."""

    since: datetime.datetime | None = None
    until: datetime.datetime | None = None

    def __bool__(self) -> bool:
        return self.since is not None or self.until is not None

    def excludes(self, published: datetime.datetime | None) -> bool:
        """Whether a known publication date lies outside the range (an unknown one never does)."""
        if published is None:
            return False
        if published.tzinfo is None:
            published = published.replace(tzinfo=datetime.timezone.utc)
        return (self.since is not None and published < self.since) or (
            self.until is not None and published >= self.until
        )


def parse_bound(value: str, *, end: bool) -> datetime.datetime:
    """A --since or --until value: YYYY-MM-DD (a whole UTC day: --until includes it) or an ISO
    8601 date and time (UTC unless it names an offset). Raises ValueError."""
    text = value.strip()
    if len(text) == 10:
        day = datetime.date.fromisoformat(text)
        start = datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc)
        return start + datetime.timedelta(days=1) if end else start
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment.astimezone(datetime.timezone.utc)


def date_range(since: str | None, until: str | None) -> DateRange:
    """The range the two flags ask for. Raises ValueError for unreadable or reversed bounds."""
    start = parse_bound(since, end=False) if since else None
    stop = parse_bound(until, end=True) if until else None
    if start is not None and stop is not None and stop <= start:
        raise ValueError("--until is before --since")
    return DateRange(start, stop)


class _SkipOutOfRangeFn(beam.DoFn):
    """Pass records whose publication date is in range or unknown; count the others."""

    def __init__(self, dates: DateRange, counted_as: str | None) -> None:
        self._dates = dates
        self._skipped = Metrics.counter(counters.NAMESPACE, counters.OUT_OF_RANGE)
        self._counted = Metrics.counter(counters.NAMESPACE, counted_as) if counted_as else None

    def process(self, record):
        if self._dates.excludes(record.published_at):
            self._skipped.inc()
            if self._counted is not None:
                self._counted.dec()  # it was counted upstream as what it no longer is
            return
        yield record


class SkipOutOfRange(beam.PTransform):
    """Keep the records (FeedEntry or Article) whose publication date is in range or unknown.

    Args:
        dates: the range; records with ``published_at`` outside it are counted and dropped.
        record_type: the element type, kept on the output.
        counted_as: the counter an earlier stage counted these records in (``articles``), to
            take a skipped one back out of it, so that every entry is counted once.

    Returns:
        A PCollection of the kept records.
    """

    def __init__(self, dates: DateRange, record_type: type, counted_as: str | None = None) -> None:
        super().__init__()
        self._dates = dates
        self._record_type = record_type
        self._counted_as = counted_as

    def expand(self, records):
        return records | "SkipEach" >> beam.ParDo(
            _SkipOutOfRangeFn(self._dates, self._counted_as)
        ).with_output_types(self._record_type)
