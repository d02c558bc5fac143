"""GroupStoriesInStream and ClusterEventsInStream on a streaming runner: TestStream windows, the
watermark advanced window by window past each window's placement timer and the TTL timers."""

import datetime

import apache_beam as beam
from apache_beam.testing import test_stream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import FixedWindows, TimestampedValue
from apache_beam.utils.timestamp import Duration, Timestamp

from schemas.articles import Article
from schemas.events import Event
from schemas.story_index import EventReport
from tests.conftest import streaming_pipeline
from tests.story_corpus import coded_event, plain_article
from transforms.cluster_events_in_stream import ClusterEventsInStream, _PlaceReportsFn
from transforms.failures import stable_id
from transforms.group_stories_in_stream import GroupStoriesInStream, _PlaceStoriesFn
from transforms.stories.grouping import new_story_id, sketch_article
from transforms.window_end import EPOCH

UTC = datetime.timezone.utc
WINDOW = 60
TEXT = " ".join(f"word{i} filler{i % 7} text{i % 3}" for i in range(300))
OTHER = " ".join(f"other{i} thing{i % 5}" for i in range(300))


def article(article_id: str, text: str, at: float) -> Article:
    published = datetime.datetime.fromtimestamp(at, UTC)
    return plain_article(article_id, f"https://{article_id}.example/story", text, published)


def windows(*batches: tuple[float, list]) -> test_stream.TestStream:
    """One TestStream step per poll: its records at the poll time, then the watermark past it."""
    stream = test_stream.TestStream(coder=beam.coders.registry.get_coder(Article))
    for at, records in batches:
        stream = stream.add_elements([TimestampedValue(r, at) for r in records])
        stream = stream.advance_watermark_to(at + WINDOW)
    return stream.advance_watermark_to_infinity()


def stories_of(pipeline, stream, ttl: float):
    articles = (
        pipeline
        | stream
        | "Typed" >> beam.Map(lambda a: a).with_output_types(Article)
        | "Window" >> beam.WindowInto(FixedWindows(WINDOW))
    )
    by_partition, _rows, placed, _tallies = articles | GroupStoriesInStream(ttl)
    ids = by_partition | "Ids" >> beam.FlatMap(
        lambda partition: [(a.article_id, a.story_id) for a in partition[1]]
    )
    return ids, placed


def test_a_copy_in_a_later_window_joins_the_story_of_an_earlier_one():
    stream = windows(
        (10, [article("a", TEXT, 10)]),
        (130, [article("b", OTHER, 130), article("a-copy", TEXT, 135)]),
        (250, [article("a-late", TEXT, 250)]),
    )
    with streaming_pipeline() as pipeline:
        ids, placed = stories_of(pipeline, stream, ttl=3600)
        story = new_story_id("a")
        assert_that(
            ids,
            equal_to(
                [("a", story), ("b", new_story_id("b")), ("a-copy", story), ("a-late", story)]
            ),
        )
        assert_that(
            placed | beam.Map(lambda s: (s.article_id, s.recorded_at.timestamp())),
            equal_to(
                [
                    ("a", 59.999999),
                    ("b", 179.999999),
                    ("a-copy", 179.999999),
                    ("a-late", 299.999999),
                ]
            ),
            label="RecordedAtWindowEnd",
        )


def test_a_copy_after_the_ttl_founds_a_new_story():
    # TTL 300 s: a (held from 59.99) is live at 179.99, so a-copy joins it; the quiet stream's
    # state is cleared one TTL after its last window (479.99), so a-later founds a story of
    # its own at 539.99.
    stream = windows(
        (10, [article("a", TEXT, 10)]),
        (130, [article("a-copy", TEXT, 130)]),
        (500, [article("a-later", TEXT, 500)]),
    )
    with streaming_pipeline() as pipeline:
        ids, _placed = stories_of(pipeline, stream, ttl=300)
        assert_that(
            ids,
            equal_to(
                [
                    ("a", new_story_id("a")),
                    ("a-copy", new_story_id("a")),
                    ("a-later", new_story_id("a-later")),
                ]
            ),
        )


class Bag:
    """A bag state in memory, as a runner hands it to a DoFn."""

    def __init__(self) -> None:
        self.rows: list = []

    def read(self):
        return list(self.rows)

    def add(self, row) -> None:
        self.rows.append(row)

    def clear(self) -> None:
        self.rows = []


class Timer:
    """A timer that remembers when it was set to fire."""

    def __init__(self) -> None:
        self.at = None

    def set(self, at) -> None:
        self.at = at


def test_the_held_state_is_cleared_one_ttl_after_the_last_window():
    # Beam 2.77's BundleBasedDirectRunner reports no metrics of a stateful DoFn past its first
    # bundle, so the state is looked at here, through the DoFn's own methods.
    place = _PlaceStoriesFn(ttl_seconds=300)
    held, tallies, expire = Bag(), Bag(), Timer()
    for end, name in ((59.999999, "a"), (179.999999, "b")):
        sketch = sketch_article(article(name, TEXT if name == "a" else OTHER, end - 30), EPOCH)
        list(place.process(("stories", [sketch]), Timestamp.of(end), held, tallies, expire))
    assert len(held.rows) == 2 and len(tallies.rows) == 2
    assert expire.at == Timestamp.of(179.999999 + 300) + Duration(micros=1)
    place.on_expire(held, tallies)
    assert held.rows == [] and tallies.rows == []


def test_a_window_is_placed_in_publication_order_whatever_its_arrival_order():
    # In one window the copy comes first but was published later: the original founds the
    # story, as in a batch run.
    stream = windows((10, [article("copy", TEXT, 40), article("original", TEXT, 20)]))
    with streaming_pipeline() as pipeline:
        ids, _placed = stories_of(pipeline, stream, ttl=3600)
        assert_that(
            ids,
            equal_to([("copy", new_story_id("original")), ("original", new_story_id("original"))]),
        )


def clusters_of(pipeline, stream, ttl: float, events: dict[str, list]):
    """The (event id, cluster id) pairs of the events of the streamed articles."""
    articles = (
        pipeline
        | stream
        | "Typed" >> beam.Map(lambda a: a).with_output_types(Article)
        | "Window" >> beam.WindowInto(FixedWindows(WINDOW))
    )
    _by_partition, _rows, placed, _tallies = articles | GroupStoriesInStream(ttl)
    reported = articles | "Events" >> beam.FlatMap(
        lambda a: events.get(a.article_id, [])
    ).with_output_types(Event)
    with_clusters, rows, _tallies = (reported, placed) | ClusterEventsInStream(ttl)
    ids = with_clusters | "ClusterIds" >> beam.Map(lambda e: (e.event_id, e.event_cluster_id))
    return ids, rows


def test_reports_of_one_event_in_two_windows_share_a_cluster_until_the_ttl():
    day = datetime.date(1970, 1, 1)
    events = {
        "a": [coded_event("call-a", day, article_id="a")],
        "b": [coded_event("call-b", day + datetime.timedelta(days=1), article_id="b")],
        "c": [coded_event("visit-c", day, article_id="c", plover_type="AID")],
        "d": [coded_event("call-d", day, article_id="d")],
    }
    # TTL 300 s: the cluster recorded at 59.99 and again at 179.99 (b joined) has expired by
    # 659.99, where d founds a cluster of its own.
    stream = windows(
        (10, [article("a", TEXT, 10)]),
        (130, [article("b", OTHER, 130), article("c", "a visit", 130)]),
        (600, [article("d", "late", 600)]),
    )
    with streaming_pipeline() as pipeline:
        ids, rows = clusters_of(pipeline, stream, ttl=300, events=events)
        call = stable_id("event-cluster", "call-a")
        assert_that(
            ids,
            equal_to(
                [
                    ("call-a", call),
                    ("call-b", call),
                    ("visit-c", stable_id("event-cluster", "visit-c")),
                    ("call-d", stable_id("event-cluster", "call-d")),
                ]
            ),
        )
        assert_that(
            rows | beam.Map(lambda r: (r.event_cluster_id, r.n_reports, r.n_articles)),
            equal_to(
                [
                    (call, 1, 1),
                    (call, 2, 2),
                    (stable_id("event-cluster", "visit-c"), 1, 1),
                    (stable_id("event-cluster", "call-d"), 1, 1),
                ]
            ),
            label="Rows",
        )


def test_a_cluster_keys_state_is_cleared_one_ttl_after_its_last_window():
    place = _PlaceReportsFn(ttl_seconds=300)
    held, expire = Bag(), Timer()
    published = datetime.datetime.fromtimestamp(30, UTC)
    report = EventReport(
        event=coded_event("call", datetime.date(1970, 1, 1)), reported_at=published, publisher="p"
    )
    placed = list(
        place.process(("SYR|QAT|CONSULT", [report]), Timestamp.of(59.999999), held, expire)
    )
    assert [e.event_cluster_id for e in placed if isinstance(e, Event)] == [
        stable_id("event-cluster", "call")
    ]
    assert len(held.rows) == 1
    assert expire.at == Timestamp.of(59.999999 + 300) + Duration(micros=1)
    place.on_expire(held)
    assert held.rows == []
