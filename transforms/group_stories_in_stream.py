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
sketches older than the TTL are dropped as windows come (the bag compacted once they outnumber
the live ones), and all of them by an event-time timer one TTL after the last window.

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
from schemas.stories import Story
from schemas.story_index import StorySketch, StoryTally
from transforms import counters
from transforms.group_stories import JoinStoryIds
from transforms.outputs import split_by_type
from transforms.stories.grouping import sketch_article, story_row, with_fields
from transforms.stories.held_index import (
    expires_at,
    held_after,
    is_live,
    latest_live,
    place_sketches,
    story_tallies,
    worth_compacting,
)
from transforms.window_end import EPOCH, IntoGlobalAtWindowEnd, micros, moment

ALL_ARTICLES = "stories"  # the one key every sketch is placed under


class _PlaceStoriesFn(beam.DoFn):
    """Hold the placed sketches and the story tallies of the TTL window; place each window's
    sketches (one element: the window's group) against them as it arrives. Yields the placed
    sketches (StorySketch), and the rows (Story) and merged tallies (StoryTally) of the stories
    they founded or joined, into one output (transforms.outputs)."""

    HELD = BagStateSpec("held", beam.coders.registry.get_coder(StorySketch))
    TALLIES = BagStateSpec("tallies", beam.coders.registry.get_coder(StoryTally))
    EXPIRE = TimerSpec("expire", TimeDomain.WATERMARK)

    def __init__(self, ttl_seconds: float) -> None:
        self._ttl = datetime.timedelta(seconds=ttl_seconds)
        self._written = Metrics.counter(counters.NAMESPACE, counters.STORIES)
        self._new = Metrics.counter(counters.NAMESPACE, counters.STORIES_NEW)
        self._held = Metrics.distribution(counters.NAMESPACE, counters.STORY_SKETCHES_HELD)

    def process(
        self,
        keyed,
        timestamp=beam.DoFn.TimestampParam,
        held=beam.DoFn.StateParam(HELD),
        tallies=beam.DoFn.StateParam(TALLIES),
        expire=beam.DoFn.TimerParam(EXPIRE),
    ):
        _key, window_sketches = keyed
        now = moment(timestamp.micros)  # the end of the sketches' window
        stored = list(held.read())
        live = [s for s in stored if is_live(s.recorded_at, now, self._ttl)]
        new = [with_fields(StorySketch, s, recorded_at=now) for s in window_sketches]
        placed = place_sketches(live, new)
        yield from placed
        kept = held_after(live, placed)
        _hold(held, kept[len(live) :], kept, len(stored))
        stored_tallies = list(tallies.read())
        latest = latest_live(stored_tallies, now, self._ttl)
        merged = story_tallies(placed, latest)
        self._written.inc(len(merged))
        self._new.inc(sum(t.story_id not in latest for t in merged))
        for tally in merged:
            yield story_row(tally)
            yield tally
        latest.update((t.story_id, t) for t in merged)
        _hold(tallies, merged, list(latest.values()), len(stored_tallies))
        self._held.update(len(kept))
        # Everything held expires one TTL after this window: a steady stream pushes the timer
        # on at every window (and compacts as it goes), a stream that went quiet is cleared.
        expire.set(Timestamp(micros=micros(expires_at(now, self._ttl))))

    @on_timer(EXPIRE)
    def on_expire(
        self,
        held=beam.DoFn.StateParam(HELD),
        tallies=beam.DoFn.StateParam(TALLIES),
    ):
        # The stream went quiet for a TTL: all it held has expired. (A window before the expiry
        # cannot come after it: its group holds the watermark until it is placed.)
        held.clear()
        tallies.clear()
        self._held.update(0)


def _hold(bag, appended: list, live: list, held_count: int) -> None:
    """Append rows to a bag of ``held_count`` rows; or, once its stale rows would outnumber the
    ``live`` ones (every row still needed, the appended ones included), rewrite it with
    ``live`` only: a bag holds at most twice what it needs and is rewritten about once per TTL,
    not at every window."""
    if worth_compacting(held_count + len(appended), len(live)):
        bag.clear()
        for row in live:
            bag.add(row)
        return
    for row in appended:
        bag.add(row)


class GroupStoriesInStream(beam.PTransform):
    """Group an unbounded job's near-duplicate articles into stories, window by window.

    Args:
        ttl_seconds: how long a placed article stays a candidate (``--dedup-ttl``), in event
            time.

    Takes the articles (Article) of a stream's fixed windows.

    Returns:
        A 4-tuple of PCollections in the articles' windows, as GroupStories': articles with
        ``story_id``, grouped by partition as WriteDataset(grouped=True) takes them ((partition,
        list of Article)), the ``stories`` rows of the stories each window founded or joined
        (Story, whole: merged with the earlier windows'), the placed sketches (StorySketch,
        ``recorded_at`` the end of their window) and the merged story tallies (StoryTally).
    """

    def __init__(self, ttl_seconds: float) -> None:
        super().__init__()
        self._ttl_seconds = ttl_seconds

    def expand(self, articles):
        windowing = articles.windowing.windowfn
        placing = (
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
            | "PlaceInOrder" >> beam.ParDo(_PlaceStoriesFn(self._ttl_seconds))
            | "IntoArticleWindows" >> beam.WindowInto(windowing)
        )
        placed, story_rows, tallies = split_by_type(
            placing, "Placed", (("Sketches", StorySketch), ("Rows", Story), ("Tallies", StoryTally))
        )
        by_partition = (articles, placed) | "JoinStoryIds" >> JoinStoryIds()
        return by_partition, story_rows, placed, tallies
