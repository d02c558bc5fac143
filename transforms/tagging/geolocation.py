"""Coordinates for the tagger's places: each event's location and the article's dateline.

Consumes events as the tagger codes them (``location_name`` and ``location_country`` from its
dictionaries) and an article's text; produces the same events with the geocoded columns
filled, and the article's ``dateline_*`` columns. An event whose place the gazetteer cannot
place keeps null coordinates; of its other columns only ``location_country`` may change, to
the country of the place the geocoder chose.
"""

import dataclasses
from collections.abc import Collection, Iterable

from schemas.events import Event
from transforms.geocoding import Gazetteer, Location, geocode_mention
from transforms.tagging.lexicon import Lexicon
from transforms.tagging.places import Place, find_dateline


def article_countries(events: Iterable[Event], dateline: Place | None = None) -> set[str]:
    """The countries an article is about: its events' actors' and its dateline's. (Not the
    events' places: "Georgia" must not vote for the country Georgia by being named.)"""
    countries = {dateline.country} if dateline and dateline.country else set()
    for event in events:
        countries.update(code for code in (event.source_country, event.target_country) if code)
    return countries


def locate_place(
    gazetteer: Gazetteer, place: Place, countries: Collection[str] = ()
) -> Location | None:
    """A tagger place's location (see ``geocode_mention``)."""
    return geocode_mention(gazetteer, place.name, place.country or None, place.region, countries)


def geocoded_values(prefix: str, location: Location | None) -> dict[str, object]:
    """The geocoded columns' values (all None without a location)."""
    return {
        f"{prefix}_lat": location.latitude if location else None,
        f"{prefix}_lon": location.longitude if location else None,
        f"{prefix}_admin1": location.admin1 if location else None,
        f"{prefix}_geonames_id": location.geonames_id if location else None,
        f"{prefix}_precision": location.precision if location else None,
    }


def locate_events(events: list[Event], dateline: Place | None, gazetteer: Gazetteer) -> list[Event]:
    """The events with their locations geocoded; one lookup per distinct place."""
    countries = article_countries(events, dateline)
    found: dict[tuple[str, str | None, str | None], Location | None] = {}
    located = []
    for event in events:
        if not event.location_name:
            located.append(event)
            continue
        from_dateline = dateline is not None and event.location_source == "dateline"
        place = (
            dateline
            if from_dateline
            else Place(event.location_name, event.location_country or "", "sentence")
        )
        key = (place.name, place.country, place.region)
        if key not in found:
            found[key] = locate_place(gazetteer, place, countries)
        location = found[key]
        # The country follows the coordinates where the geocoder chose another one (a dateline
        # region, Georgia the state, Hong Kong): the row must not say two things.
        country = location.country if location else event.location_country
        located.append(
            dataclasses.replace(
                event, location_country=country, **geocoded_values("location", location)
            )
        )
    return located


def dateline_values(
    text: str, lexicon: Lexicon, gazetteer: Gazetteer, source_country: str | None = None
) -> dict[str, object]:
    """The ``dateline_*`` columns of an article: the dateline the tagger reads, geocoded. The
    feed's country counts as one of the article's countries ("Georgia" in an American feed)."""
    place, _ = find_dateline(text, lexicon)
    if place is None:
        return {
            "dateline_name": None,
            "dateline_country": None,
            **geocoded_values("dateline", None),
        }
    countries = {code for code in (place.country, source_country) if code}
    location = locate_place(gazetteer, place, countries)
    return {
        "dateline_name": place.name,
        "dateline_country": location.country if location else place.country or None,
        **geocoded_values("dateline", location),
    }
