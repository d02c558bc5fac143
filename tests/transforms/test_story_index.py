"""The story index under --state (state.story_index, read by transforms.story_index): pending
until committed, read back within the TTL with the latest row per id, discarded when a run was
killed, compacted when files pile up; StateStore commits and recovers it with the run."""

import datetime

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from schemas.story_index import StoryTally
from state import StateStore, story_index
from state.story_index import committed_path, pending_path, write_rows
from tests.conftest import local_pipeline
from transforms.story_index import ReadStoryIndex

UTC = datetime.timezone.utc
RUN0, RUN1, RUN2, RUN3 = (f"{n:012x}" for n in range(4))
T = datetime.datetime(2024, 3, 1, 12, tzinfo=UTC)


def tally(story_id: str, recorded_at: datetime.datetime, *articles: str) -> StoryTally:
    return StoryTally(
        story_id=story_id,
        first_seen_date=T.date(),
        first_published_at=T,
        last_published_at=T,
        representative_article_id=articles[0],
        title="a title",
        article_ids=list(articles),
        publishers=["example.com"],
        recorded_at=recorded_at,
    )


def test_pending_rows_are_read_only_once_committed_and_the_latest_wins(tmp_path):
    state = str(tmp_path)
    write_rows(pending_path(state, RUN1, "stories"), "stories", [tally("s1", T, "a")])
    assert story_index.commit(state, RUN1) == [committed_path(state, RUN1, "stories")]
    later = T + datetime.timedelta(hours=1)
    write_rows(pending_path(state, RUN2, "stories"), "stories", [tally("s1", later, "a", "b")])
    # run2 was killed: its pending rows are not read, and the next run deletes them
    with local_pipeline() as pipeline:
        tallies = pipeline | ReadStoryIndex(state, "stories", T - datetime.timedelta(days=1))
        assert_that(tallies | beam.Map(lambda t: tuple(t.article_ids)), equal_to([("a",)]))
    assert story_index.discard(state) == [pending_path(state, RUN2, "stories")]
    write_rows(pending_path(state, RUN3, "stories"), "stories", [tally("s1", later, "a", "b")])
    story_index.commit(state, RUN3)
    with local_pipeline() as pipeline:
        tallies = pipeline | ReadStoryIndex(state, "stories", T - datetime.timedelta(days=1))
        assert_that(tallies | beam.Map(lambda t: tuple(t.article_ids)), equal_to([("a", "b")]))


def test_rows_older_than_the_ttl_are_not_read(tmp_path):
    state = str(tmp_path)
    old, recent = T - datetime.timedelta(days=8), T - datetime.timedelta(days=1)
    write_rows(
        committed_path(state, RUN1, "stories"),
        "stories",
        [tally("old", old, "a"), tally("recent", recent, "b")],
    )
    with local_pipeline() as pipeline:
        tallies = pipeline | ReadStoryIndex(state, "stories", T - datetime.timedelta(days=7))
        assert_that(tallies | beam.Map(lambda t: t.story_id), equal_to(["recent"]))


def test_many_files_are_compacted_into_one_without_expired_rows(tmp_path, monkeypatch):
    state = str(tmp_path)
    monkeypatch.setattr(story_index, "COMPACT_AFTER_FILES", 2)
    for n in range(3):
        at = T - datetime.timedelta(days=10 - n * 5)  # 10, 5 and 0 days ago
        write_rows(
            committed_path(state, f"{n:012x}", "stories"),
            "stories",
            [tally("s1", at, "a", *[f"x{i}" for i in range(n)]), tally(f"only{n}", at, "c")],
        )
    (merged,) = story_index.compact(state, T - datetime.timedelta(days=7))
    with open(merged, "rb") as handle:
        rows = story_index.read_rows(handle, "stories", None)
    assert sorted((r.story_id, len(r.article_ids)) for r in rows) == [
        ("only1", 1),
        ("only2", 1),
        ("s1", 3),
    ]
    assert [str(path) for path in tmp_path.glob("stories/stories-*.parquet")] == [merged]


def test_the_store_commits_a_runs_index_and_recovers_a_dead_runs_pending_rows(tmp_path):
    clock = [1000.0]
    store = StateStore(str(tmp_path / "state"), clock=lambda: clock[0], lease_seconds=10)
    state = store.root
    run = store.begin(str(tmp_path / "out"), "batch")
    write_rows(pending_path(state, run.run_id, "stories"), "stories", [tally("s1", T, "a")])
    store.commit(run)
    assert story_index.committed_paths(state, "stories") == [
        committed_path(state, run.run_id, "stories")
    ]
    dead = store.begin(str(tmp_path / "out"), "batch")
    write_rows(pending_path(state, dead.run_id, "sketches"), "sketches", [])
    clock[0] += 60  # the run was killed: its lease expired
    assert pending_path(state, dead.run_id, "sketches") in store.recover()
    assert not list((tmp_path / "state" / "stories" / "pending").iterdir())


def test_a_committed_runs_ids_are_those_it_wrote_rows_for(tmp_path):
    state = str(tmp_path)
    write_rows(pending_path(state, RUN1, "stories"), "stories", [tally("s1", T, "a")])
    assert story_index.committed_ids(state, RUN1, "stories") == frozenset()  # not yet committed
    story_index.commit(state, RUN1)
    assert story_index.committed_ids(state, RUN1, "stories") == {"s1"}
    assert story_index.committed_ids(state, RUN1, "clusters") == frozenset()  # wrote none
