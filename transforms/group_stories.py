"""GroupStories: articles in, the same articles with their ``story_id`` out, and the ``stories``
rows of the stories they made or joined.

Consumes the run's articles and, with ``--state``, the index of earlier runs (their sketches and
story tallies within the TTL). Every article is sketched once (MinHash of its already-extracted
text); articles meet only through LSH band keys: a GroupByKey per band bucket gives candidate
pairs, ``FindComponents`` turns the pairs into components by shuffles keyed by id (labels;
only the label pairs still unsettled meet on one worker), and the placement rule
(``transforms.stories.grouping``) runs per component, so no worker ever holds more than one
bucket's ids, one id's neighbours, or one component's sketches. Nothing is dropped: an article
with no near-duplicate founds a story of one.
"""

import datetime
import zlib

import apache_beam as beam
from apache_beam.metrics import Metrics

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.articles import ARTICLES, Article
from schemas.stories import Story
from schemas.story_index import StorySketch, StoryTally
from schemas.tables import utc_date
from transforms import counters
from transforms.find_components import FindComponents
from transforms.outputs import split_by_type
from transforms.stories.grouping import (
    assign_stories,
    bucket_pairs,
    merge_story_tallies,
    sketch_article,
    story_row,
    tally_of,
    with_fields,
)
from transforms.stories.sketches import band_keys
from transforms.write_dataset import partition_key, partition_name


def _keyed_by_component(joined):
    """(component, sketch) of an article's sketches; alone in its component if it has no
    candidate."""
    article_id, grouped = joined
    components = list(grouped["component"])
    component = components[0] if components else article_id
    for sketch in grouped["sketch"]:
        yield component, sketch


def _place(keyed):
    """The new articles of one component, placed (StorySketch), and the tallies of the stories
    they joined (StoryTally), into one output (transforms.outputs); a component of stored
    sketches only is left alone."""
    _component, sketches = keyed
    sketches = list(sketches)
    if not any(s.story_id is None for s in sketches):
        return
    placed = assign_stories(sketches)
    yield from placed
    by_story: dict[str, list[StoryTally]] = {}
    for sketch in placed:
        by_story.setdefault(sketch.story_id, []).append(tally_of(sketch))
    for tallies in by_story.values():
        yield merge_story_tallies(tallies)


class _StoryRowFn(beam.DoFn):
    """A story's row (Story) from its new tally and, with --state, an earlier run's; and the
    merged tally for the index (StoryTally), into one output."""

    def __init__(self) -> None:
        self._written = Metrics.counter(counters.NAMESPACE, counters.STORIES)
        self._new = Metrics.counter(counters.NAMESPACE, counters.STORIES_NEW)

    def process(self, keyed):
        _story_id, grouped = keyed
        new, stored = list(grouped["new"]), list(grouped["stored"])
        if not new:
            return
        tally = merge_story_tallies(new + stored)
        self._written.inc()
        if not stored:
            self._new.inc()
        yield story_row(tally)
        yield tally


# Articles cross JoinStories as zlib-compressed row-coder bytes, not as rows: Beam 2.77's
# FnApiRunner holds a GroupByKey's whole input in its own process, its values decoded into Python
# objects, and copies the grouped output several times on its way to the worker (1,810 articles:
# about 60 MiB of the one-worker run's peak, most of what grew between 181 pages and 1,810).
# The row coder is the one the shuffle used, so the articles written are the same.
_ARTICLE_CODER = beam.coders.registry.get_coder(Article)
# Level 1: the texts shrink about 3x either way; higher levels cost CPU for a few percent.
_PACK_LEVEL = 1


def pack_article(article: Article) -> bytes:
    """An article as compressed row-coder bytes, for the shuffle."""
    return zlib.compress(_ARTICLE_CODER.encode(article), _PACK_LEVEL)


def unpack_article(packed: bytes) -> Article:
    """An article from ``pack_article``'s bytes (as the row coder decodes it)."""
    return _ARTICLE_CODER.decode(zlib.decompress(packed))


def with_story_ids(joined):
    """One partition's articles with their story ids."""
    partition, grouped = joined
    stories = dict(grouped["placed"])
    articles = []
    for packed in grouped["article"]:
        article = unpack_article(packed)
        articles.append(with_fields(Article, article, story_id=stories.get(article.article_id)))
    return partition, articles


class JoinStoryIds(beam.PTransform):
    """(articles, placed sketches) -> (partition, the partition's articles with their story
    ids): joined by Hive partition, the grouping the articles' writer needs anyway (shared by
    the batch stage and the unbounded stream's)."""

    def expand(self, inputs):
        articles, placed = inputs
        return (
            {
                "article": articles
                | "KeyArticles"
                >> beam.Map(
                    lambda a: (partition_key(ARTICLES, a), pack_article(a))
                ).with_output_types(tuple[str, bytes]),
                "placed": placed
                | "KeyPlaced"
                >> beam.Map(
                    lambda s: (partition_name(utc_date(s.published_at)), (s.article_id, s.story_id))
                ).with_output_types(tuple[str, tuple[str, str]]),
            }
            | "JoinStories" >> beam.CoGroupByKey()
            | "WithStoryIds"
            >> beam.Map(with_story_ids).with_output_types(tuple[str, list[Article]])
        )


class GroupStories(beam.PTransform):
    """Group near-duplicate articles into stories.

    Args:
        recorded_at: the run's time, recorded with every index row it writes.

    Takes the articles (Article), or a triple (articles, stored sketches, stored story tallies)
    read from the index of earlier runs.

    Returns:
        A 4-tuple of PCollections: articles with ``story_id``, grouped by partition as
        WriteDataset(grouped=True) takes them ((partition, list of Article)), the ``stories``
        rows written (Story), the run's placed sketches (StorySketch) and story tallies
        (StoryTally) for the index.
    """

    def __init__(self, recorded_at: datetime.datetime) -> None:
        super().__init__()
        self._recorded_at = recorded_at

    def expand(self, inputs):
        articles, stored_sketches, stored_tallies = (
            inputs if isinstance(inputs, tuple) else (inputs, None, None)
        )
        sketches = articles | "SketchArticles" >> beam.Map(
            sketch_article, self._recorded_at
        ).with_output_types(StorySketch)
        if stored_sketches is not None:
            sketches = (sketches, stored_sketches) | "WithStoredSketches" >> beam.Flatten()
        components = (
            sketches
            | "KeyByBand"
            >> beam.FlatMap(
                lambda s: [(key, s.article_id) for key in band_keys(s.signature)]
            ).with_output_types(tuple[str, str])
            | "GroupByBand" >> beam.GroupByKey()
            | "CandidatePairs"
            >> beam.FlatMap(lambda bucket: bucket_pairs(bucket[1])).with_output_types(
                tuple[str, str]
            )
            | "FindComponents" >> FindComponents()
        )
        # Stories' steps yield their records into one output each, split by type (tagged
        # outputs are mixed up by Beam 2.77's DaskRunner: transforms/outputs.py).
        placing = (
            {
                "sketch": sketches
                | "KeySketches"
                >> beam.Map(lambda s: (s.article_id, s)).with_output_types(tuple[str, StorySketch]),
                "component": components,
            }
            | "JoinComponents" >> beam.CoGroupByKey()
            | "KeyByComponent"
            >> beam.FlatMap(_keyed_by_component).with_output_types(tuple[str, StorySketch])
            | "GroupByComponent" >> beam.GroupByKey()
            | "PlaceArticles" >> beam.FlatMap(_place)
        )
        placed, placed_tallies = split_by_type(
            placing, "Placed", (("Sketches", StorySketch), ("Tallies", StoryTally))
        )
        new_tallies = placed_tallies | "KeyNewTallies" >> beam.Map(
            lambda t: (t.story_id, t)
        ).with_output_types(tuple[str, StoryTally])
        if stored_tallies is None:
            # Without an index a component's tallies are whole: no join, one shuffle less.
            joined = new_tallies | "AsJoined" >> beam.MapTuple(
                lambda story_id, tally: (story_id, {"new": [tally], "stored": []})
            )
        else:
            joined = {
                "new": new_tallies,
                "stored": stored_tallies
                | "KeyStoredTallies"
                >> beam.Map(lambda t: (t.story_id, t)).with_output_types(tuple[str, StoryTally]),
            } | "JoinTallies" >> beam.CoGroupByKey()
        story_rows, story_tallies = split_by_type(
            joined | "StoryRows" >> beam.ParDo(_StoryRowFn()),
            "StoryRows",
            (("Rows", Story), ("Tallies", StoryTally)),
        )
        # Joined by partition, not by article: the writer needs that grouping anyway, so the
        # articles (their texts) are shuffled once, as they were before stories.
        by_partition = (articles, placed) | "JoinStoryIds" >> JoinStoryIds()
        return by_partition, story_rows, placed, story_tallies
