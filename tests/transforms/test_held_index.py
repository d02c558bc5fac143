"""The index an unbounded job holds: a window's articles and reports placed against it give what
an incremental run over the same arrivals gives (the batch rule), on the republished corpus."""

import datetime
import random

import numpy as np
import pytest

from schemas.story_index import EventReport
from tests.story_corpus import coded_event, corpus
from transforms.stories.clusters import assign_clusters
from transforms.stories.grouping import group_sketches, sketch_article, with_fields
from transforms.stories.held_index import (
    components_with_new,
    expires_at,
    held_after,
    is_live,
    place_reports,
    place_sketches,
)
from transforms.stories.sketches import BANDS, ROWS

NOW = datetime.datetime(2024, 3, 10, tzinfo=datetime.timezone.utc)
DAY = datetime.timedelta(days=1)


@pytest.fixture(scope="module")
def sketches():
    return [sketch_article(article, NOW) for article, _label in corpus()]


@pytest.mark.parametrize("seed", [0, 1])
def test_windows_in_any_arrival_order_give_the_incremental_runs_stories(sketches, seed):
    shuffled = random.Random(seed).sample(sketches, len(sketches))
    cuts = sorted(random.Random(seed + 10).sample(range(1, len(shuffled)), 5))
    windows = [shuffled[a:b] for a, b in zip([0, *cuts], [*cuts, len(shuffled)], strict=True)]
    held, index, streamed, incremental = [], [], {}, {}
    for window in windows:
        placed = place_sketches(held, window)
        streamed.update((s.article_id, s.story_id) for s in placed)
        held = held_after(held, placed)
        run = group_sketches([*index, *window])
        incremental.update((s.article_id, s.story_id) for s in run)
        index.extend(run)
    assert streamed == incremental
    assert len(streamed) == len(sketches) and len(set(streamed.values())) < len(streamed)


def test_an_article_is_placed_against_its_whole_component_not_only_its_bands(sketches):
    first, second = sketches[:2]
    base = np.frombuffer(first.signature, dtype="<u4")
    # c differs from a in one row of every band (no band shared, Jaccard 91/128); b shares band
    # 0 with a and band 1 with c, and little else: a, b, c are one component, as in batch.
    c_rows = base.copy()
    c_rows[0 : BANDS * ROWS : ROWS] += 1
    b_rows = base + 7
    b_rows[0:ROWS] = base[0:ROWS]
    b_rows[ROWS : 2 * ROWS] = c_rows[ROWS : 2 * ROWS]

    def sketch(article_id, rows, story_id=None):
        return with_fields(
            type(first), first, article_id=article_id, signature=rows.tobytes(), story_id=story_id
        )

    a, b, c = sketch("a", base, "story-a"), sketch("b", b_rows, "story-b"), sketch("c", c_rows)
    unrelated = with_fields(type(second), second, article_id="u", story_id="story-u")
    (component,) = components_with_new([a, b, unrelated], [c])
    assert [s.article_id for s in component] == ["a", "b", "c"]
    (placed,) = place_sketches([a, b, unrelated], [c])
    assert placed.story_id == "story-a"  # its best match, reached through b only
    assert [s.story_id for s in group_sketches([a, b, unrelated, c])] == ["story-a"]  # as batch


def test_an_article_held_already_keeps_its_story(sketches):
    first = sketches[0]
    held = [with_fields(type(first), first, story_id="earlier")]
    (again,) = place_sketches(held, [first])
    assert again.story_id == "earlier"
    assert held_after(held, [again]) == held


def test_rows_are_live_for_the_ttl_and_expire_just_after():
    ttl = datetime.timedelta(hours=1)
    assert is_live(NOW, NOW + ttl, ttl)
    assert not is_live(NOW, expires_at(NOW, ttl), ttl)


def test_windows_of_reports_give_the_incremental_runs_clusters():
    def report(event_id: str, day: int, hour: int) -> EventReport:
        event = coded_event(event_id, (NOW + day * DAY).date())
        return EventReport(
            event=event, reported_at=NOW + datetime.timedelta(hours=hour), publisher="p"
        )

    windows = [
        [report("e1", 0, 1), report("e2", 1, 2)],
        [report("e3", 3, 3), report("e4", 2, 4)],
        [report("e5", 5, 5), report("e6", 0, 6)],
    ]
    held, stored, streamed, incremental = [], {}, {}, {}
    for number, window in enumerate(windows):
        at = NOW + number * DAY
        placed, touched, held = place_reports(held, window, at)
        streamed.update((e.event_id, cluster) for e, cluster in placed)
        run, tallies = assign_clusters(window, stored.values(), at)
        incremental.update((e.event_id, cluster) for e, cluster in run)
        stored.update((t.event_cluster_id, t) for t in tallies)
        assert touched == tallies
    assert streamed == incremental
    assert len(held) == len(stored) == 3  # e1 e2 e6 | e3 e4 | e5
