"""The geocoder's evaluation gate: minimum scores on place mentions from real pages, pinned.

The figures measured when the gold was written are in docs/geocoding.md; each minimum sits a
little below them, so that a change that moves several mentions fails here.
"""

from pathlib import Path

import pytest

from transforms.geocoding import load_gazetteer
from transforms.geocoding.evaluation import load_gold, score

RESOURCES = Path(__file__).parents[2] / "resources" / "geocoding"
DEVELOPMENT = RESOURCES / "place_mentions_gold.jsonl"
HELD_OUT = RESOURCES / "place_mentions_holdout.jsonl"

# (file, mode): minimum (country, city within 25 km, admin-1) accuracy.
MINIMUMS = {
    (DEVELOPMENT, "tagger"): (0.98, 0.97, 0.95),
    (DEVELOPMENT, "name_only"): (0.97, 0.97, 0.95),
    (HELD_OUT, "tagger"): (0.95, 0.95, 0.95),
}


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_the_development_gold_has_at_least_a_hundred_place_mentions_of_each_kind():
    gold = load_gold(DEVELOPMENT)
    levels = [mention["gold"]["level"] for mention in gold]
    assert len(gold) - levels.count("not_a_place") >= 100
    assert levels.count("city") >= 50 and levels.count("admin1") >= 10
    assert len({mention["document"] for mention in gold}) >= 50


@pytest.mark.parametrize("path, mode", list(MINIMUMS), ids=lambda v: getattr(v, "stem", v))
def test_geocoding_accuracy_stays_above_its_pinned_minimum(gazetteer, path, mode):
    scores = score(gazetteer, load_gold(path), mode)
    country, city, admin1 = MINIMUMS[(path, mode)]
    assert scores.country_accuracy >= country, scores.misses
    assert scores.city_accuracy >= city, scores.misses
    assert scores.admin1_accuracy >= admin1, scores.misses


def test_the_gate_can_fail(gazetteer):
    gold = load_gold(DEVELOPMENT)
    moved = [dict(m, gold=dict(m["gold"], lat=0.0, lon=0.0)) for m in gold]
    assert score(gazetteer, moved).city_accuracy == 0.0
