"""GroupStories and ClusterEvents as Beam transforms on the local runner: typed outputs, every
article and event row kept and given its id, one row per story and per cluster."""

import datetime

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from schemas.articles import Article
from schemas.event_clusters import EventCluster
from schemas.events import Event
from schemas.stories import Story
from seeds import seed_path
from tests.conftest import local_pipeline
from tests.story_corpus import coded_event, plain_article
from transforms.cluster_events import ClusterEvents
from transforms.group_stories import GroupStories
from transforms.stories.grouping import new_story_id

UTC = datetime.timezone.utc
AT = datetime.datetime(2023, 2, 24, 16, 40, tzinfo=UTC)
SEED = seed_path("000_e98102ffc2b876f6.txt").read_text(encoding="utf-8")
OTHER = (seed_path("README.md").read_text(encoding="utf-8") + " ") * 2


def test_copies_share_a_story_and_their_events_a_cluster():
    articles = [
        plain_article(
            f"copy{n}", f"https://site{n}.example/a", SEED, AT + datetime.timedelta(hours=n)
        )
        for n in range(3)
    ] + [plain_article("other", "https://site9.example/b", OTHER, AT)]
    events = [coded_event(f"e{n}", AT.date(), article_id=f"copy{n}") for n in range(3)]
    with local_pipeline() as pipeline:
        by_partition, stories, sketches, tallies = (
            pipeline | "Articles" >> beam.Create(articles).with_output_types(Article)
        ) | GroupStories(AT)
        with_cluster, clusters, _ = (
            pipeline | "Events" >> beam.Create(events).with_output_types(Event),
            sketches,
        ) | ClusterEvents(AT)
        with_story = by_partition | beam.FlatMap(lambda partition: partition[1])
        assert stories.element_type is Story
        assert with_cluster.element_type is Event and clusters.element_type is EventCluster
        assert_that(
            by_partition | beam.MapTuple(lambda partition, found: (partition, len(found))),
            equal_to([("date=2023-02-24", 4)]),
            label="Partitions",
        )
        story = new_story_id("copy0")
        assert_that(
            with_story | beam.Map(lambda a: (a.article_id, a.story_id)),
            equal_to(
                [("copy0", story), ("copy1", story), ("copy2", story)]
                + [("other", new_story_id("other"))]
            ),
            label="StoryIds",
        )
        assert_that(
            stories | beam.Map(lambda s: (s.story_id, s.n_articles, s.n_sources)),
            equal_to([(story, 3, 3), (new_story_id("other"), 1, 1)]),
            label="Stories",
        )
        assert_that(
            clusters
            | beam.Map(lambda c: (c.n_reports, c.n_articles, c.n_sources, c.first_reported_at)),
            equal_to([(3, 3, 3, AT)]),
            label="Clusters",
        )
        assert_that(
            with_cluster | beam.Map(lambda e: e.event_cluster_id is not None),
            equal_to([True] * 3),
            label="ClusterIds",
        )
