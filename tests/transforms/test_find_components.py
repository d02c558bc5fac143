"""FindComponents (label propagation in shuffles) gives union-find's components on any graph:
stars of stars that their first labels settle, and long chains that only the exact merge of the
unsettled labels can finish."""

import random

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from transforms.find_components import FindComponents
from transforms.stories.grouping import UnionFind, bucket_pairs


def _union_find(pairs):
    sets = UnionFind()
    for first, second in pairs:
        sets.union(first, second)
    return sorted(sets.components().items())


def _chain(length):
    ids = [f"a{index:03d}" for index in range(length)]
    random.Random(length).shuffle(ids)  # labels must travel both ways along the chain
    return list(zip(ids, ids[1:], strict=False))


def _buckets(seed):
    generator = random.Random(seed)
    ids = [f"n{index:03d}" for index in range(120)]
    pairs = []
    for _ in range(60):  # overlapping buckets: stars of stars, as LSH bands draw them
        pairs += bucket_pairs(generator.sample(ids, generator.randint(2, 5)))
    return pairs


GRAPHS = {
    "one pair": [("b", "a")],
    "a star": bucket_pairs(["m", "c", "x", "k"]),
    "a long chain, in shuffled order": _chain(40),
    "two chains and a star": _chain(9) + [(f"z{i}", f"z{i + 1}") for i in range(7)] + [("q", "p")],
    "random buckets": _buckets(1),
    "more random buckets": _buckets(2),
}


@pytest.mark.parametrize("pairs", GRAPHS.values(), ids=GRAPHS.keys())
def test_components_equal_union_find(pipeline_factory, pairs):
    with pipeline_factory() as pipeline:
        found = pipeline | beam.Create(pairs) | FindComponents()
        assert_that(found, equal_to(_union_find(pairs)))


def test_no_pairs_no_components(pipeline_factory):
    with pipeline_factory() as pipeline:
        found = pipeline | beam.Create([], reshuffle=False).with_output_types(tuple[str, str])
        assert_that(found | FindComponents(), equal_to([]))
