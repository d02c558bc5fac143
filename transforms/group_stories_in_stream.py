"""GroupStoriesInStream: an unbounded job's articles in, the same articles with their ``story_id``
out, window by window, each window's articles placed against the stories of earlier windows.

Consumes the articles of a stream's fixed windows. Every article is sketched (MinHash of its
extracted text, as in GroupStories); the sketches of all windows meet in ONE stateful step under
one constant key, which holds the placed sketches of the ``--dedup-ttl`` window in bag state.
A window's sketches are grouped (one element, when the watermark passes the window's end) and
placed together by the batch rule against the held ones still live at the window's end
(``transforms.stories.held_index``), exactly as an incremental run places its articles against
the stored index, one window after the other as the runner delivers them (in window order on
the runners newsbeam uses: a window's group holds the watermark until it is placed). Held
sketches older than the TTL are dropped at the next window, or by an event-time timer when no
window comes.

Why one key: placing a window's articles needs the story ids that the placement of earlier
windows decided. Sharded by band, an article's 37 bands sit on 37 keys and a story id decided
on one would have to flow back to the others, a cycle a Beam graph cannot have
(docs/stories.md). The cost: in an unbounded job this step runs on one worker, one window at a
time. Nothing is dropped: an article with no near-duplicate founds a story of one.
"""

import datetime

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.transforms.timeutil import TimeDomain
from apache_beam.transforms.userstate import BagStateSpec, TimerSpec, on_timer
from apache_beam.utils.timestamp import Timestamp

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.articles import ARTICLES, Article
from schemas.story_index import StorySketch
from schemas.tables import utc_date
from transforms import counters
from transforms.group_stories import _with_stories
from transforms.stories.grouping import new_story_id, sketch_article, with_fields
from transforms.stories.held_index import expires_at, held_after, is_live, place_sketches
from transforms.window_end import EPOCH, IntoGlobalAtWindowEnd, micros, moment
from transforms.write_dataset import partition_key, partition_name

ALL_ARTICLES = "stories"  # the one key every sketch is placed under


class _PlaceStoriesFn(beam.DoFn):
    """Hold the placed sketches of the TTL window; place each window's sketches (one element:
    the window's group) against them as it arrives."""

    HELD = BagStateSpec("held", beam.coders.registry.get_coder(StorySketch))
    EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)

    def __init__(self, ttl_seconds: float) -> None:
        self._ttl = datetime.timedelta(seconds=ttl_seconds)
        self._new = Metrics.counter(counters.NAMESPACE, counters.STORIES_NEW)

    def process(
        self,
        keyed,
        timestamp=beam.DoFn.TimestampParam,
        held=beam.DoFn.StateParam(HELD),
        expire=beam.DoFn.TimerParam(EXPIRE),
    ):
        _key, window_sketches = keyed
        now = moment(timestamp.micros)  # the end of the sketches' window
        stored = list(held.read())
        live = [s for s in stored if is_live(s.recorded_at, now, self._ttl)]
        new = [with_fields(StorySketch, s, recorded_at=now) for s in window_sketches]
        placed = place_sketches(live, new)
        self._new.inc(sum(s.story_id == new_story_id(s.article_id) for s in placed))
        yield from placed
        kept = held_after(live, placed)
        _hold(held, kept, len(live), rewrite=len(live) < len(stored))
        live = kept
        if live:
            expire.set(Timestamp(micros=micros(_first_expiry(live, self._ttl))))

    @on_timer(EXPIRE)
    def on_expire(
        self,
        timestamp=beam.DoFn.TimestampParam,
        held=beam.DoFn.StateParam(HELD),
        expire=beam.DoFn.TimerParam(EXPIRE),
    ):
        # Frees the sketches of a stream that went quiet; a window's own placement drops the
        # expired ones too. A window before the expiry cannot come: its group holds the
        # watermark before it until it is placed.
        stored = list(held.read())
        now = moment(timestamp.micros)
        live = [s for s in stored if is_live(s.recorded_at, now, self._ttl)]
        _hold(held, live, len(live), rewrite=len(live) < len(stored))
        if live:
            expire.set(Timestamp(micros=micros(_first_expiry(live, self._ttl))))


def _first_expiry(live: list[StorySketch], ttl: datetime.timedelta) -> datetime.datetime:
    """When the first of the held sketches expires."""
    return expires_at(min(s.recorded_at for s in live), ttl)


def _hold(held, kept: list[StorySketch], first_new: int, rewrite: bool) -> None:
    """Make the held bag ``kept``: rewrite it if some expired, else append the new sketches
    (those from ``first_new`` on)."""
    if rewrite:
        held.clear()
    for sketch in kept if rewrite else kept[first_new:]:
        held.add(sketch)


class GroupStoriesInStream(beam.PTransform):
    """Group an unbounded job's near-duplicate articles into stories, window by window.

    Args:
        ttl_seconds: how long a placed article stays a candidate (``--dedup-ttl``), in event
            time.

    Takes the articles (Article) of a stream's fixed windows.

    Returns:
        A pair of PCollections in the articles' windows: articles with ``story_id``, grouped by
        partition as WriteDataset(grouped=True) takes them ((partition, list of Article)), and
        the placed sketches (StorySketch, ``recorded_at`` the end of their window).
    """

    def __init__(self, ttl_seconds: float) -> None:
        super().__init__()
        self._ttl_seconds = ttl_seconds

    def expand(self, articles):
        windowing = articles.windowing.windowfn
        placed = (
            articles
            # recorded_at is set when placed: the end of the article's window.
            | "SketchArticles" >> beam.Map(sketch_article, EPOCH).with_output_types(StorySketch)
            | "KeyAsOne"
            >> beam.Map(lambda s: (ALL_ARTICLES, s)).with_output_types(tuple[str, StorySketch])
            # A window's sketches as one element, emitted when the watermark passes the window:
            # placed at once, in the batch rule's order, with no timer. (A timer that waited
            # for the window would emit its output after the watermark passed it; Beam 2.77's
            # BundleBasedDirectRunner does not hold the watermark for user timers, so the
            # output would be late for the window and dropped by the joins downstream.)
            | "GroupWindow" >> beam.GroupByKey()
            | "IntoGlobalWindow" >> IntoGlobalAtWindowEnd()
            | "PlaceInOrder"
            >> beam.ParDo(_PlaceStoriesFn(self._ttl_seconds)).with_output_types(StorySketch)
            | "IntoArticleWindows" >> beam.WindowInto(windowing).with_output_types(StorySketch)
        )
        by_partition = (
            {
                "article": articles
                | "KeyArticles"
                >> beam.Map(lambda a: (partition_key(ARTICLES, a), a)).with_output_types(
                    tuple[str, Article]
                ),
                "placed": placed
                | "KeyPlaced"
                >> beam.Map(
                    lambda s: (partition_name(utc_date(s.published_at)), (s.article_id, s.story_id))
                ).with_output_types(tuple[str, tuple[str, str]]),
            }
            | "JoinStories" >> beam.CoGroupByKey()
            | "WithStoryIds" >> beam.Map(_with_stories).with_output_types(tuple[str, list[Article]])
        )
        return by_partition, placed
