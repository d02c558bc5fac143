"""The story and event-cluster index an unbounded job holds in keyed state, and the placement of
one window's articles and reports against it: the batch rules (``grouping.assign_stories``,
``clusters.assign_clusters``) applied per window, as an incremental run applies them per run.

Consumes what the state holds (placed sketches, cluster tallies, each with its ``recorded_at``)
and a window's new sketches or reports; produces the placed ones and what the state holds next.
A held row is live at time ``now`` while ``recorded_at >= now - ttl``: the test an incremental
run applies when it reads the index (``state.story_index.read_rows``). Nothing is dropped but
expired rows.

Candidates are found as the batch stage finds them: articles meet when they share an LSH band,
and an article is placed against every live article of its component (band buckets joined
transitively), not only against those it shares a band with. Bands are compared by their
values, where the batch stage compares an 8-byte hash of them: the same buckets but for hash
collisions (about one in 2**64 per pair and band).
"""

import datetime
from collections.abc import Iterable, Sequence

import numpy as np

from schemas.events import Event
from schemas.story_index import ClusterTally, EventReport, StorySketch, StoryTally
from transforms.stories.clusters import assign_clusters
from transforms.stories.grouping import assign_stories, merge_story_tallies, tally_of
from transforms.stories.sketches import BANDS, NUM_PERM, ROWS


def is_live(
    recorded_at: datetime.datetime, now: datetime.datetime, ttl: datetime.timedelta
) -> bool:
    """Whether a row recorded at ``recorded_at`` is still in the index at ``now``."""
    return recorded_at >= now - ttl


def expires_at(recorded_at: datetime.datetime, ttl: datetime.timedelta) -> datetime.datetime:
    """The first moment at which a row recorded at ``recorded_at`` is no longer live."""
    return recorded_at + ttl + datetime.timedelta(microseconds=1)


def band_values(sketches: Sequence[StorySketch]) -> np.ndarray:
    """The sketches' LSH bands as an array (sketch, band, row) of signature values."""
    if not sketches:
        return np.zeros((0, BANDS, ROWS), dtype="<u4")
    signatures = np.frombuffer(b"".join(s.signature for s in sketches), dtype="<u4")
    return signatures.reshape(-1, NUM_PERM)[:, : BANDS * ROWS].reshape(-1, BANDS, ROWS)


def bucket_ids(bands: np.ndarray) -> np.ndarray:
    """The LSH bucket of every sketch in every band, as (sketch, band) ids unique across bands:
    two sketches share a bucket when one band's values are equal. Sorted per band on the exact
    values (the first two as one 64-bit key): np.unique over rows sorted 8x slower."""
    count, band_count, _rows = bands.shape
    buckets = np.empty((count, band_count), dtype=np.int64)
    offset = 0
    for band in range(band_count if count else 0):
        values = bands[:, band, :].astype(np.uint64)
        high, low = (values[:, 0] << np.uint64(32)) | values[:, 1], values[:, 2]
        order = np.lexsort((low, high))
        starts = np.ones(count, dtype=bool)
        starts[1:] = (high[order][1:] != high[order][:-1]) | (low[order][1:] != low[order][:-1])
        ids = np.cumsum(starts) - 1
        buckets[order, band] = ids + offset
        offset += int(ids[-1]) + 1
    return buckets


def components_with_new(
    held: Sequence[StorySketch], new: Sequence[StorySketch]
) -> list[list[StorySketch]]:
    """The LSH components (over held and new sketches) that contain a new sketch, each as its
    members; a sketch shares a component with those it shares a band or an article id with.
    Walks from the new sketches through their buckets only: the cost is one sort per band of
    all sketches, then the size of the components reached, not the index."""
    sketches = [*held, *new]
    buckets = bucket_ids(band_values(sketches))
    flat = buckets.ravel()
    order = np.argsort(flat, kind="stable")
    members_of = order // buckets.shape[1]  # the sketches of each bucket, bucket after bucket
    starts = np.searchsorted(flat[order], np.arange(int(flat.max(initial=-1)) + 2))
    rows_of_id: dict[str, list[int]] = {}
    for row, sketch in enumerate(sketches):
        rows_of_id.setdefault(sketch.article_id, []).append(row)
    component = np.full(len(sketches), -1)
    found: list[list[StorySketch]] = []
    for start in range(len(held), len(sketches)):
        if component[start] >= 0:
            continue
        label = len(found)
        component[start] = label
        members, frontier = [start], [start]
        while frontier:
            row = frontier.pop()
            sharing = [members_of[starts[b] : starts[b + 1]] for b in buckets[row].tolist()]
            for other in (*np.concatenate(sharing).tolist(), *rows_of_id[sketches[row].article_id]):
                if component[other] < 0:
                    component[other] = label
                    members.append(other)
                    frontier.append(other)
        found.append([sketches[row] for row in sorted(members)])
    return found


def place_sketches(held: Sequence[StorySketch], new: Sequence[StorySketch]) -> list[StorySketch]:
    """Place a window's new sketches (``story_id`` None) against the live held ones, per
    component, as ``GroupStories`` places a run's against the stored index; return them placed."""
    placed = []
    for members in components_with_new(held, new):
        placed.extend(assign_stories(members))
    return placed


def held_after(held: Iterable[StorySketch], placed: Iterable[StorySketch]) -> list[StorySketch]:
    """The sketches to hold once a window is placed: the held ones and the newly placed ones
    whose article the index did not hold yet (a redone article keeps its stored row)."""
    held = list(held)
    known = {s.article_id for s in held}
    return held + [s for s in placed if s.article_id not in known]


def place_reports(
    held: Iterable[ClusterTally],
    reports: Iterable[EventReport],
    recorded_at: datetime.datetime,
) -> tuple[list[tuple[Event, str]], list[ClusterTally], list[ClusterTally]]:
    """Place a window's reports of one cluster key against the live held clusters of that key.
    Return the events with their cluster ids, the merged tallies of the clusters they touched,
    and the tallies to hold next (the touched ones replace their earlier tallies)."""
    held = list(held)
    placed, touched = assign_clusters(reports, held, recorded_at)
    replaced = {t.event_cluster_id for t in touched}
    return placed, touched, [t for t in held if t.event_cluster_id not in replaced] + touched


def latest_live(
    tallies: Iterable[StoryTally], now: datetime.datetime, ttl: datetime.timedelta
) -> dict[str, StoryTally]:
    """The latest held tally of each story still live at ``now`` (a story's tally is held
    again whenever it gains a member, as the index records it again)."""
    latest: dict[str, StoryTally] = {}
    for tally in tallies:
        if is_live(tally.recorded_at, now, ttl):
            known = latest.get(tally.story_id)
            if known is None or tally.recorded_at >= known.recorded_at:
                latest[tally.story_id] = tally
    return latest


def story_tallies(placed: Iterable[StorySketch], stored: dict[str, StoryTally]) -> list[StoryTally]:
    """The merged tallies of the stories a window's placed articles founded or joined, with
    each story's stored tally (as GroupStories merges a run's with the index's)."""
    by_story: dict[str, list[StoryTally]] = {}
    for sketch in placed:
        by_story.setdefault(sketch.story_id, []).append(tally_of(sketch))
    return [
        merge_story_tallies(new + ([stored[story]] if story in stored else []))
        for story, new in by_story.items()
    ]


def worth_compacting(held: int, live: int) -> bool:
    """Whether a bag of ``held`` rows, ``live`` of them still needed, should be rewritten: once
    the stale rows outnumber the live ones (so a bag holds at most twice what it needs, and is
    rewritten about once per TTL, not at every window)."""
    return held - live > live
