"""Near-duplicate articles to stories: candidate pairs to components, articles to stories, and
story tallies to rows.

The rule (docs/stories.md): articles are placed in the order they were published (then by id);
an article joins the story of the already-placed article it resembles most among those that
are the same story (``story_match``: estimated Jaccard of word 3-shingles, and containment;
ties to the earlier article), else it founds a story named after it. Articles an earlier run
placed keep their story. Only articles of one LSH component are ever compared, so the rule runs
per component, wherever the component is.
"""

import dataclasses
import datetime
from collections.abc import Iterable
from typing import Any

import numpy as np

from schemas.articles import Article
from schemas.stories import Story
from schemas.story_index import StorySketch, StoryTally
from schemas.tables import utc_date
from transforms.failures import stable_id
from transforms.stories.sketches import NUM_PERM, band_keys, best_match, publisher_of, signature


def with_fields(record_type: type, record: Any, **changes: Any) -> Any:
    """A copy of a record with some fields changed, read by name (after a shuffle a record may
    arrive as the NamedTuple Beam decodes it into, not as its dataclass)."""
    values = {f.name: getattr(record, f.name) for f in dataclasses.fields(record_type)}
    return record_type(**{**values, **changes})


def publication_time(article: Article) -> datetime.datetime:
    """When an article counts as published: its publication time, else the start (00:00 UTC) of
    the day it was fetched. Not the fetch time itself: the order in which one run happens to
    fetch undated pages would then pick their story's founder (and its id), so a rerun, or the
    restart of a killed run, would found another story and leave the first one's row behind;
    undated articles of one day are placed by id instead."""
    if article.published_at is not None:
        return article.published_at
    day = utc_date(article.fetched_at)
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc)


def sketch_article(article: Article, recorded_at: datetime.datetime) -> StorySketch:
    """The index's view of a new article: its signature, publication time and publisher."""
    minima, size = signature(article.text, article.article_id)
    return StorySketch(
        article_id=article.article_id,
        story_id=None,
        published_at=publication_time(article),
        publisher=publisher_of(article.canonical_url),
        title=article.title,
        signature=minima,
        shingles=size,
        recorded_at=recorded_at,
    )


class UnionFind:
    """Disjoint sets of ids, each named by its smallest id (so the result is deterministic)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        """The root of the item's set, halving the path on the way."""
        parent = self.parent.setdefault(item, item)
        while parent != item:
            grandparent = self.parent.setdefault(parent, parent)
            self.parent[item] = grandparent
            item, parent = parent, grandparent
        return item

    def union(self, first: str, second: str) -> None:
        """Merge the sets of two ids; the smaller root names the result."""
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def components(self) -> dict[str, str]:
        """Every id seen, mapped to the smallest id of its set."""
        return {item: self.find(item) for item in list(self.parent)}


def bucket_pairs(article_ids: Iterable[str]) -> list[tuple[str, str]]:
    """The edges that connect one LSH bucket: its smallest id to each other (a star, not all
    pairs: union-find needs only connectivity)."""
    ids = sorted(set(article_ids))
    return [(ids[0], other) for other in ids[1:]]


def placement_order(sketch: StorySketch) -> tuple[datetime.datetime, str]:
    """The order in which articles are placed: publication time, then id."""
    return sketch.published_at, sketch.article_id


def new_story_id(article_id: str) -> str:
    """The id of the story an article founds."""
    return stable_id("story", article_id)


def assign_stories(sketches: Iterable[StorySketch]) -> list[StorySketch]:
    """Place the new articles of one component (``story_id`` None) into stories; return them
    with their story. Articles placed by earlier runs (with a story) are matched against, and
    an id seen both ways keeps its earlier story (a killed run redone)."""
    sketches = list(sketches)
    placed = {s.article_id: s for s in sketches if s.story_id is not None}
    pending = sorted((s for s in sketches if s.story_id is None), key=placement_order)
    ordered = sorted(placed.values(), key=placement_order)
    # Placed signatures as rows of one matrix, so each article is compared with all at once.
    signatures = np.zeros((len(ordered) + len(pending), NUM_PERM), dtype="<u4")
    sizes = np.zeros(len(signatures), dtype=np.int64)
    for row, other in enumerate(ordered):
        signatures[row] = np.frombuffer(other.signature, dtype="<u4")
        sizes[row] = other.shingles
    result = []
    for sketch in pending:
        if sketch.article_id in placed:
            result.append(
                with_fields(StorySketch, sketch, story_id=placed[sketch.article_id].story_id)
            )
            continue
        count = len(ordered)
        best = best_match(sketch.signature, sketch.shingles, signatures[:count], sizes[:count])
        story_id = ordered[best].story_id if best is not None else new_story_id(sketch.article_id)
        sketch = with_fields(StorySketch, sketch, story_id=story_id)
        signatures[count] = np.frombuffer(sketch.signature, dtype="<u4")
        sizes[count] = sketch.shingles
        ordered.append(sketch)
        result.append(sketch)
    return result


def tally_of(sketch: StorySketch) -> StoryTally:
    """The tally of one placed article; it founds its story if the story is named after it."""
    founder = sketch.story_id == new_story_id(sketch.article_id)
    return StoryTally(
        story_id=sketch.story_id,
        first_seen_date=utc_date(sketch.published_at) if founder else None,
        first_published_at=sketch.published_at,
        last_published_at=sketch.published_at,
        representative_article_id=sketch.article_id,
        title=sketch.title,
        article_ids=[sketch.article_id],
        publishers=[sketch.publisher],
        recorded_at=sketch.recorded_at,
    )


def merge_story_tallies(tallies: Iterable[StoryTally]) -> StoryTally:
    """One tally of a story from several (of articles, of earlier runs), in any order."""
    tallies = list(tallies)
    earliest = min(tallies, key=lambda t: (t.first_published_at, t.representative_article_id))
    founded = [t.first_seen_date for t in tallies if t.first_seen_date is not None]
    return StoryTally(
        story_id=earliest.story_id,
        first_seen_date=min(founded) if founded else None,
        first_published_at=earliest.first_published_at,
        last_published_at=max(t.last_published_at for t in tallies),
        representative_article_id=earliest.representative_article_id,
        title=earliest.title,
        article_ids=sorted({i for t in tallies for i in t.article_ids}),
        publishers=sorted({p for t in tallies for p in t.publishers}),
        recorded_at=max(t.recorded_at for t in tallies),
    )


def story_row(tally: StoryTally) -> Story:
    """The ``stories`` row of a story's tally."""
    return Story(
        story_id=tally.story_id,
        first_published_at=tally.first_published_at,
        last_published_at=tally.last_published_at,
        n_articles=len(tally.article_ids),
        n_sources=len(tally.publishers),
        representative_article_id=tally.representative_article_id,
        title=tally.title,
        # A founder always exists; None only if its tally expired from the index first.
        first_seen_date=tally.first_seen_date or utc_date(tally.first_published_at),
    )


def group_sketches(sketches: Iterable[StorySketch]) -> list[StorySketch]:
    """The whole batch grouping in one process, step for step as GroupStories distributes it
    (band buckets, union-find, placement per component): for tests, benchmarks and
    ``newsbeam``'s own checks. Returns the new sketches placed."""
    sketches = list(sketches)
    buckets: dict[str, list[str]] = {}
    for sketch in sketches:
        for key in band_keys(sketch.signature):
            buckets.setdefault(key, []).append(sketch.article_id)
    sets = UnionFind()
    for members in buckets.values():
        for pair in bucket_pairs(members):
            sets.union(*pair)
    components = sets.components()
    by_component: dict[str, list[StorySketch]] = {}
    for sketch in sketches:
        key = components.get(sketch.article_id, sketch.article_id)
        by_component.setdefault(key, []).append(sketch)
    placed = []
    for members in by_component.values():
        if any(s.story_id is None for s in members):
            placed.extend(assign_stories(members))
    return placed
