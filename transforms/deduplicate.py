"""DeduplicateEntries: feed entries in, the entries of articles not seen before out.

Keyed state per article id remembers which feeds showed the article and when it was last seen.
Entries wait in state until the watermark passes their poll time (an event-time timer), so that
the sightings read back from earlier runs are in state first and the entries of one poll compete
in a fixed order. Then, per article:

- an entry that a feed shows again (same article, same feed as in an earlier poll or run) is
  not new: its row was written when it was first seen. It is dropped and counted as
  ``entries_seen_before`` (a feed re-lists its last few dozen items at every poll: rows for
  each re-listing would bury the duplicates table);
- the first new entry is kept (it goes on to be fetched);
- other new entries are ``Duplicate`` rows: ``same_url`` if the article was kept in this run
  (another feed, or the same feed listing it twice), ``already_stored`` if an earlier run had it
  from another feed.

Each article is forgotten ``ttl`` after it was last recorded (a second event-time timer), so
state does not grow without bound; an article still in its feeds is recorded again once half the
TTL has passed. Only event-time timers are used: processing-time timers fail beside
PeriodicImpulse on Beam 2.77's local runners.
"""

import datetime

import apache_beam as beam
from apache_beam.coders import BooleanCoder, ListCoder, StrUtf8Coder, TupleCoder, VarIntCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import (
    BagStateSpec,
    ReadModifyWriteStateSpec,
    TimerSpec,
    on_timer,
)
from apache_beam.utils.timestamp import Duration, Timestamp

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.duplicates import REASON_ALREADY_STORED, REASON_SAME_URL, Duplicate
from schemas.entries import FeedEntry
from transforms import counters
from transforms.failures import StageFailure, stable_id
from transforms.fetch_pages import entry_order
from transforms.seen_articles import Sighting
from transforms.urls import article_id_for, canonical_url

DUPLICATES = "duplicates"
SEEN = "seen"


def sighting_of(entry: FeedEntry, seen_at: datetime.datetime) -> Sighting:
    """The sighting of a live entry, keyed by its article id. A link that has no canonical form
    is keyed by the link itself (FetchPages turns it into an error row, once)."""
    try:
        canonical = canonical_url(entry.link)
        article_id = article_id_for(canonical)
    except StageFailure:
        canonical = entry.link or ""
        article_id = stable_id("unparseable link", entry.link, entry.entry_id)
    return Sighting(
        article_id=article_id,
        feed_url=entry.feed_url or "",
        seen_at=seen_at,
        canonical_url=canonical,
        entry=entry,
    )


EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def _micros(moment: datetime.datetime) -> int:
    """Microseconds since the epoch of an aware datetime (whatever its tzinfo class)."""
    return (moment - EPOCH) // datetime.timedelta(microseconds=1)


def _datetime(micros: int) -> datetime.datetime:
    """The aware UTC datetime of microseconds since the epoch."""
    return Timestamp(micros=micros).to_utc_datetime().replace(tzinfo=datetime.timezone.utc)


class _KeySightingFn(beam.DoFn):
    """Key each entry by its article id, stamped with its poll time (the element timestamp)."""

    def process(self, entry: FeedEntry, timestamp=beam.DoFn.TimestampParam):
        sighting = sighting_of(entry, _datetime(timestamp.micros))
        yield sighting.article_id, sighting


class _FirstSightingFn(beam.DoFn):
    """Per article: keep the first new entry, report the other new ones, drop the re-reads."""

    # (last recorded sighting in micros, feeds that showed the article, kept by an earlier run)
    KNOWN = ReadModifyWriteStateSpec(
        "known", TupleCoder([VarIntCoder(), ListCoder(StrUtf8Coder()), BooleanCoder()])
    )
    PENDING = BagStateSpec("pending", beam.coders.registry.get_coder(Sighting))
    FLUSH = TimerSpec("flush", TimeDomain.WATERMARK)
    EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)

    def __init__(self, ttl_seconds: float) -> None:
        self._ttl = Duration.of(ttl_seconds)
        self._refresh_micros = int(ttl_seconds * 1e6 / 2)
        self._seen_before = Metrics.counter(counters.NAMESPACE, counters.ENTRIES_SEEN_BEFORE)
        self._duplicates = Metrics.counter(counters.NAMESPACE, counters.DUPLICATES)

    def process(
        self,
        keyed,
        timestamp=beam.DoFn.TimestampParam,
        known=beam.DoFn.StateParam(KNOWN),
        pending=beam.DoFn.StateParam(PENDING),
        flush=beam.DoFn.TimerParam(FLUSH),
        expire=beam.DoFn.TimerParam(EXPIRE),
    ):
        _article_id, sighting = keyed
        if sighting.entry is not None:
            pending.add(sighting)
            flush.set(timestamp)
            return
        # A sighting recorded by an earlier run.
        last, feeds, earlier = known.read() or (0, [], True)
        last = max(last, _micros(sighting.seen_at))
        known.write((last, sorted(set(feeds) | {sighting.feed_url}), earlier))
        expire.set(Timestamp(micros=last) + self._ttl)

    @on_timer(FLUSH)
    def on_flush(
        self,
        timestamp=beam.DoFn.TimestampParam,
        known=beam.DoFn.StateParam(KNOWN),
        pending=beam.DoFn.StateParam(PENDING),
        expire=beam.DoFn.TimerParam(EXPIRE),
    ):
        sightings = sorted(pending.read(), key=lambda s: entry_order(s.entry))
        pending.clear()
        if not sightings:
            return
        last, feeds, earlier = known.read() or (0, [], False)
        previous = set(feeds)  # feeds that showed the article in earlier polls or runs
        feeds = set(feeds)
        now = timestamp.micros
        kept_url = None
        recorded = []
        for sighting in sightings:
            entry = sighting.entry
            if sighting.feed_url in previous:
                self._seen_before.inc()
                continue
            if not feeds:
                kept_url, earlier = entry.link, False
                feeds.add(sighting.feed_url)
                recorded.append(sighting.feed_url)
                yield entry
                continue
            else:
                reason = REASON_ALREADY_STORED if earlier else REASON_SAME_URL
            if sighting.feed_url not in feeds:
                feeds.add(sighting.feed_url)
                recorded.append(sighting.feed_url)
            self._duplicates.inc()
            yield beam.pvalue.TaggedOutput(
                DUPLICATES,
                Duplicate(
                    article_id=sighting.article_id,
                    url=entry.link,
                    canonical_url=sighting.canonical_url or entry.link,
                    feed_url=entry.feed_url,
                    kept_url=None if earlier else kept_url,
                    reason=reason,
                    seen_at=_datetime(now),
                ),
            )
        if not recorded and now - last > self._refresh_micros:
            recorded = sorted({s.feed_url for s in sightings})
        if not recorded:
            return
        for feed_url in recorded:
            yield beam.pvalue.TaggedOutput(
                SEEN,
                Sighting(
                    article_id=sightings[0].article_id, feed_url=feed_url, seen_at=_datetime(now)
                ),
            )
        known.write((now, sorted(feeds), earlier))
        expire.set(Timestamp(micros=now) + self._ttl)

    @on_timer(EXPIRE)
    def on_expire(
        self,
        timestamp=beam.DoFn.TimestampParam,
        known=beam.DoFn.StateParam(KNOWN),
        pending=beam.DoFn.StateParam(PENDING),
    ):
        # When the watermark jumps past both timers at once (the end of a batch run), a runner
        # may fire this one first: entries of polls before the expiry must still be judged
        # against the state, and their flush sets a new expiry.
        expiry = _datetime(timestamp.micros)
        if all(sighting.seen_at >= expiry for sighting in pending.read()):
            known.clear()


class DeduplicateEntries(beam.PTransform):
    """Let through the entries of articles that neither this run nor an earlier one has seen.

    Args:
        ttl_seconds: how long an article is remembered after it was last recorded.

    Takes a PCollection of FeedEntry (timestamped with their poll time), or a pair (entries,
    stored) where ``stored`` is ``ReadSeenArticles``' (article_id, Sighting) PCollection.

    Returns:
        A triple of PCollections: kept entries (FeedEntry), duplicates (Duplicate), and the
        sightings to record (Sighting, without entries) once the run's files are written.
    """

    def __init__(self, ttl_seconds: float) -> None:
        super().__init__()
        self._ttl_seconds = ttl_seconds

    def expand(self, inputs):
        entries, stored = inputs if isinstance(inputs, tuple) else (inputs, None)
        keyed = entries | "KeyByArticle" >> beam.ParDo(_KeySightingFn()).with_output_types(
            tuple[str, Sighting]
        )
        if stored is not None:
            keyed = (keyed, stored) | "WithStoredSightings" >> beam.Flatten().with_output_types(
                tuple[str, Sighting]
            )
        outputs = keyed | "KeepFirstSighting" >> beam.ParDo(
            _FirstSightingFn(self._ttl_seconds)
        ).with_output_types(FeedEntry).with_outputs(DUPLICATES, SEEN, main="kept")
        outputs[DUPLICATES].element_type = Duplicate
        outputs[SEEN].element_type = Sighting
        return outputs.kept, outputs[DUPLICATES], outputs[SEEN]
