"""Scoring the geocoder against annotated place mentions from real pages.

Consumes a gold file (JSON Lines, one place mention each: its name, the country the tagger's
dictionary gives it, a dateline region, the article's countries, and the annotated place) and
produces accuracy figures: the country, the city within 25 km, the admin-1 region. Mentions
annotated ``not_a_place`` (an organisation named after a city) are counted and left out.
"""

import dataclasses
import json
import pathlib
from typing import Any

from transforms.geocoding.gazetteer import Gazetteer, distance_km
from transforms.geocoding.resolve import Location, geocode, geocode_mention

CITY_RADIUS_KM = 25.0
MODES = ("tagger", "name_only")


@dataclasses.dataclass
class GeocodingScores:
    """Accuracy by what the gold says a mention is."""

    mentions: int = 0
    not_places: int = 0
    country_right: int = 0
    cities: int = 0
    cities_within: int = 0
    admin1s: int = 0
    admin1s_right: int = 0
    misses: list[str] = dataclasses.field(default_factory=list)

    @property
    def country_accuracy(self) -> float:
        """Share of place mentions placed in the right country."""
        return self.country_right / max(1, self.mentions - self.not_places)

    @property
    def city_accuracy(self) -> float:
        """Share of city mentions placed within 25 km."""
        return self.cities_within / max(1, self.cities)

    @property
    def admin1_accuracy(self) -> float:
        """Share of admin-1 mentions placed in the right region."""
        return self.admin1s_right / max(1, self.admin1s)


def load_gold(path: pathlib.Path) -> list[dict[str, Any]]:
    """The annotated mentions of a gold file."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def predict(gazetteer: Gazetteer, mention: dict[str, Any], mode: str) -> Location | None:
    """The geocoder's location for a mention: as the tagger calls it (with the dictionary's
    country), or from the name, the dateline region and the article's countries alone."""
    countries = set(mention["article_countries"])
    if mode == "tagger":
        return geocode_mention(
            gazetteer, mention["name"], mention["dictionary_country"], mention["region"], countries
        )
    return geocode(
        gazetteer, mention["name"], region=mention["region"], article_countries=countries
    )


def score(
    gazetteer: Gazetteer, gold: list[dict[str, Any]], mode: str = "tagger"
) -> GeocodingScores:
    """Accuracy of the geocoder on the gold mentions."""
    scores = GeocodingScores()
    for mention in gold:
        scores.mentions += 1
        truth = mention["gold"]
        if truth["level"] == "not_a_place":
            scores.not_places += 1
            continue
        found = predict(gazetteer, mention, mode)
        right_country = found is not None and found.country == truth["country"]
        scores.country_right += right_country
        right = right_country
        if truth["level"] == "city":
            scores.cities += 1
            right = found is not None and (
                distance_km(found.latitude, found.longitude, truth["lat"], truth["lon"])
                <= CITY_RADIUS_KM
            )
            scores.cities_within += right
        elif truth["level"] == "admin1":
            scores.admin1s += 1
            right = right_country and found is not None and found.admin1 == truth["admin1"]
            scores.admin1s_right += right
        if not right:
            got = f"{found.precision} {found.country} {found.admin1}" if found else "nothing"
            scores.misses.append(f"{mention['mention']} {mention['name']!r}: {got}")
    return scores
