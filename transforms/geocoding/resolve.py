"""Place names to coordinates: pick the gazetteer's place a news story most likely means.

Consumes a place name as the tagger found it, with what narrows it: the country the tagger's
dictionary gives it, a region written beside it ("Paris, Texas") and the countries the article
is about. Produces a ``Location`` (coordinates, admin-1 name, GeoNames id, precision), or None
when the gazetteer knows no such place and no country was given.
"""

import dataclasses
from collections.abc import Collection

from transforms.geocoding.gazetteer import (
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


def _rank(
    place: GazetteerPlace,
    gazetteer: Gazetteer,
    key: str,
    country: str | None,
    region: str | None,
    article_countries: Collection[str],
) -> tuple:
    """Sort key, best first when sorted descending: the given country and region, the article's
    countries, a country named alone, a city before a region of that name ("New York"), the
    place's own name before an alternate one ("Kiev" for Kyiv), then population."""
    return (
        country is not None and place.country == country,
        region is not None and place.admin1 is not None and name_key(place.admin1) == region,
        place.country in article_countries,
        place.kind == COUNTRY,
        place.kind == CITY,
        gazetteer.primary_names.get(id(place)) == key,
        place.population,
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
        fallback = gazetteer.countries.get(country)
        return as_location(fallback) if fallback else None
    if not candidates:
        return None
    best = max(
        candidates,
        key=lambda place: _rank(place, gazetteer, key, country, region_key, article_countries),
    )
    return as_location(best)
