"""Which place a name means: the country given, a dateline's region, the article's countries."""

from pathlib import Path

import pytest

from tests.transforms.tagging.helpers import tag
from transforms.geocoding import geocode, geocode_mention, load_gazetteer
from transforms.geocoding.gazetteer import distance_km, name_key
from transforms.tagging import EventTagger

DOHA = (25.2854, 51.5310)
SEED_TEXT = (Path(__file__).parents[3] / "seeds" / "000_e98102ffc2b876f6.txt").read_text(
    encoding="utf-8"
)


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def near(location, latitude: float, longitude: float, km: float) -> bool:
    return distance_km(location.latitude, location.longitude, latitude, longitude) <= km


def test_seed_call_from_syria_to_qatar_is_placed_in_doha():
    events = tag(EventTagger(), SEED_TEXT)
    call = next(e for e in events if e.cameo_code == "041" and e.modality == "asserted")
    assert (call.source_country, call.target_country) == ("SYR", "QAT")
    distance = distance_km(call.location_lat, call.location_lon, *DOHA)
    assert distance <= 30, f"{distance:.0f} km from Doha"
    assert call.location_geonames_id == 290030  # GeoNames' Doha
    assert call.location_admin1 == "Baladiyat ad Dawhah"
    assert call.location_precision == "city"


def test_a_country_named_alone_is_placed_at_its_capital(gazetteer):
    qatar = geocode(gazetteer, "Qatar", country="QAT")
    assert qatar.precision == "country" and qatar.geonames_id == 289688
    assert near(qatar, *DOHA, 1)
    usa = geocode(gazetteer, "the United States", country="USA")
    assert usa.precision == "country" and near(usa, 38.895, -77.037, 5)  # Washington, D.C.


def test_paris_is_in_france_unless_the_article_or_dateline_says_texas(gazetteer):
    assert geocode(gazetteer, "Paris").country == "FRA"
    assert geocode(gazetteer, "Paris", article_countries={"FRA", "USA"}).country == "FRA"
    texas = geocode(gazetteer, "Paris", region="Texas")
    assert (texas.country, texas.admin1) == ("USA", "Texas") and near(texas, 33.66, -95.56, 5)
    assert geocode(gazetteer, "Paris", article_countries={"USA"}).admin1 == "Texas"


def test_georgia_is_the_state_when_the_article_is_about_the_united_states(gazetteer):
    state = geocode(gazetteer, "Georgia", article_countries={"USA"})
    assert (state.country, state.precision) == ("USA", "admin1")
    assert state.geonames_id == 4197000
    country = geocode(gazetteer, "Georgia", article_countries={"RUS", "GEO"})
    assert (country.country, country.precision) == ("GEO", "country")
    assert near(country, 41.69, 44.83, 5)  # Tbilisi
    assert geocode(gazetteer, "Georgia", country="GEO").country == "GEO"


def test_georgia_the_dictionary_reads_as_a_country_is_the_state_in_an_american_story(gazetteer):
    state = geocode_mention(gazetteer, "Georgia", "GEO", None, {"USA"})
    assert (state.country, state.precision, state.admin1) == ("USA", "admin1", "Georgia")
    country = geocode_mention(gazetteer, "Georgia", "GEO", None, {"RUS", "GEO"})
    assert (country.country, country.precision) == ("GEO", "country")
    assert geocode_mention(gazetteer, "Georgia", "GEO", None, ()).country == "GEO"
    assert geocode_mention(gazetteer, "Paris", "FRA", None, {"USA"}).country == "FRA"


def test_the_given_country_constrains_the_name(gazetteer):
    tripoli = geocode(gazetteer, "Tripoli", country="LBN")
    assert tripoli.country == "LBN" and near(tripoli, 34.43, 35.84, 10)
    assert near(geocode(gazetteer, "Tripoli", country="LBY"), 32.89, 13.19, 10)


def test_a_city_comes_before_the_region_of_the_same_name(gazetteer):
    new_york = geocode(gazetteer, "New York", country="USA")
    assert new_york.precision == "city" and near(new_york, 40.71, -74.01, 5)
    assert near(geocode(gazetteer, "Washington", country="USA"), 38.895, -77.037, 5)


def test_alternate_spellings_and_accents_find_the_place(gazetteer):
    assert geocode(gazetteer, "Kiev", country="UKR").geonames_id == 703448
    assert geocode(gazetteer, "Brasilia", country="BRA").geonames_id == 3469058
    assert name_key("Sharm El-Sheikh") == name_key("sharm el sheikh")


def test_an_unknown_place_falls_back_to_its_country_or_to_nothing(gazetteer):
    assert geocode(gazetteer, "Camp David", country="USA").precision == "country"
    assert geocode(gazetteer, "Xyzzyville") is None


def test_a_dateline_region_outranks_the_dictionary_country():
    events = tag(
        EventTagger(),
        "PARIS, Texas - Syrian President Bashar al-Assad met Qatar's emir on Friday.",
    )
    assert events, "the tagger should code the meeting"
    assert {(e.location_source, e.location_admin1) for e in events} == {("dateline", "Texas")}
