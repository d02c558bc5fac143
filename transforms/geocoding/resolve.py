"""Place names to coordinates: pick the gazetteer's place a news story most likely means.

Consumes a place name as the tagger found it, with what narrows it: the country the tagger's
dictionary gives it, a region written beside it ("Paris, Texas") and the countries the article
is about. Produces a ``Location`` (coordinates, admin-1 name, GeoNames id, precision), or None
when the gazetteer knows no such place and no country was given.
"""

import dataclasses
from collections.abc import Collection

from transforms.geocoding.gazetteer import (
    ADMIN1,
    CITY,
    COUNTRY,
    Gazetteer,
    GazetteerPlace,
    name_key,
)


@dataclasses.dataclass(frozen=True)
class Location:
    """Where a name was placed: its coordinates and how precisely they are known."""

    latitude: float
    longitude: float
    admin1: str | None
    geonames_id: int | None
    precision: str  # city | admin1 | country
    country: str  # ISO 3166-1 alpha-3


def as_location(place: GazetteerPlace) -> Location:
    """A gazetteer place as a location."""
    return Location(
        latitude=place.latitude,
        longitude=place.longitude,
        admin1=place.admin1,
        geonames_id=place.geonames_id,
        precision=place.kind,
        country=place.country,
    )


# How much a city outweighs a region of the same name, and a place's own name an alternate one:
# "New York" is the city (8.8 million people against the state's 30), "Washington" the capital
# (0.7 against 6), but "Virginia" the state, not Virginia, Minnesota (8,000 against 8.5 million).
CITY_WEIGHT = 20
OWN_NAME_WEIGHT = 2


def _rank(
    place: GazetteerPlace,
    gazetteer: Gazetteer,
    key: str,
    country: str | None,
    region: str | None,
    article_countries: Collection[str],
) -> tuple:
    """Sort key, best first when sorted descending: the given country and region, the article's
    countries, a country named alone, then population, a city's and a place's own name's
    weighted up."""
    weight = place.population * (CITY_WEIGHT if place.kind == CITY else 1)
    if gazetteer.primary_names.get(id(place)) == key:
        weight *= OWN_NAME_WEIGHT
    return (
        country is not None and place.country == country,
        region is not None and place.admin1 is not None and name_key(place.admin1) == region,
        place.country in article_countries,
        place.kind == COUNTRY,
        weight,
    )


def geocode(
    gazetteer: Gazetteer,
    name: str,
    *,
    country: str | None = None,
    region: str | None = None,
    article_countries: Collection[str] = (),
) -> Location | None:
    """The most likely location of ``name``.

    ``country`` (alpha-3) is a hard constraint when the gazetteer has the name in it: the
    tagger's dictionary already placed the name there. ``region`` is the admin-1 name or
    country written after the name in a dateline. A name that is a country's ("Qatar") gives
    the country at its capital; a name the gazetteer lacks, with a country, gives the country.
    """
    key = name_key(name)
    region_key = name_key(region) if region else None
    if region_key:
        named = gazetteer.places(region_key)
        region_country = next((p.country for p in named if p.kind == COUNTRY), None)
        if region_country and country is None:
            country, region_key = region_country, None
    candidates = gazetteer.places(key)
    if country is not None and any(place.country == country for place in candidates):
        candidates = [place for place in candidates if place.country == country]
    elif country is not None:
        # A territory GeoNames lists as a country of its own ("Hong Kong", which the tagger's
        # dictionary puts in China) is itself; any other unknown name is its country.
        territory = next((p for p in candidates if p.kind == COUNTRY), None)
        fallback = territory or gazetteer.countries.get(country)
        return as_location(fallback) if fallback else None
    if not candidates:
        return None
    best = max(
        candidates,
        key=lambda place: _rank(place, gazetteer, key, country, region_key, article_countries),
    )
    return as_location(best)


def geocode_mention(
    gazetteer: Gazetteer,
    name: str,
    dictionary_country: str | None,
    region: str | None = None,
    article_countries: Collection[str] = (),
) -> Location | None:
    """A place as the tagger finds it. A dateline's written region ("Paris, Texas") outranks
    the country the dictionary gave the city: that country came from the city's name alone.
    So does a region of the article's countries named as the dictionary's country is
    ("Georgia" in a story whose actors are American)."""
    if region:
        return geocode(gazetteer, name, region=region, article_countries=article_countries)
    state = _region_named_as_country(gazetteer, name, dictionary_country, article_countries)
    if state is not None:
        return as_location(state)
    return geocode(gazetteer, name, country=dictionary_country, article_countries=article_countries)


def _region_named_as_country(
    gazetteer: Gazetteer,
    name: str,
    dictionary_country: str | None,
    article_countries: Collection[str],
) -> GazetteerPlace | None:
    """The admin-1 region called like the country the dictionary read, in one of the article's
    countries, when that country is not one of them: Georgia the state, not the country."""
    country = gazetteer.countries.get(dictionary_country or "")
    if country is None or dictionary_country in article_countries:
        return None
    if name_key(country.name) != name_key(name):
        return None
    regions = [
        place
        for place in gazetteer.places(name)
        if place.kind == ADMIN1 and place.country in article_countries
    ]
    return max(regions, key=lambda place: place.population) if regions else None
