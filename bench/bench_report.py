"""How long `newsbeam report` takes on a large events table (issue 14: 100,000 events < 1 min).

Writes a synthetic events table: the rows the tagger codes from the seed and the 181 benchmark
bodies, repeated with their event dates spread over a year, their dyads over 40 countries and
their places over 500 GeoNames cities, in 365 daily partitions, then times the report (queries
and page) and prints its size. Usage: python -m bench.bench_report [--events N]
"""

import argparse
import dataclasses
import datetime
import pathlib
import random
import tempfile
import time

import pyarrow as pa
import pyarrow.parquet as pq

from bench.bench_tagger import DEFAULT_CORPUS, load_corpus
from reports.page import render
from reports.queries import report_data
from schemas.events import EVENTS_SCHEMA, MODALITIES, event_to_row
from transforms.geocoding import load_gazetteer
from transforms.tagging import EventTagger

COUNTRIES = "USA CHN RUS UKR SYR QAT SAU IRN ISR PSE TUR FRA DEU GBR IND PAK JPN KOR PRK EGY"
COUNTRIES += " ARE IRQ AFG BRA MEX CAN AUS ZAF NGA ETH KEN VNM PHL IDN THA POL ITA ESP NLD BEL"


def synthetic_rows(count: int) -> list[dict]:
    """``count`` event rows varied from the tagger's real ones."""
    documents, _ = load_corpus(DEFAULT_CORPUS)
    tagger = EventTagger()
    seeds = [event for document in documents for event in tagger.tag(document)]
    by_id = {
        place.geonames_id: place for place in load_gazetteer().all_places() if place.kind == "city"
    }
    cities = sorted(by_id.values(), key=lambda place: -place.population)[:500]
    countries = COUNTRIES.split()
    start = datetime.date(2024, 1, 1)
    draw = random.Random(14)
    rows = []
    for index in range(count):
        event, city = draw.choice(seeds), draw.choice(cities)
        day = start + datetime.timedelta(days=draw.randrange(365))
        rows.append(
            event_to_row(
                dataclasses.replace(
                    event,
                    event_id=f"{index:016x}",
                    article_date=day,
                    event_date=day,
                    source_country=draw.choice(countries),
                    target_country=draw.choice(countries),
                    modality=draw.choice(MODALITIES),
                    location_name=city.name,
                    location_lat=city.latitude,
                    location_lon=city.longitude,
                )
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Write the table, time the report, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000, help="rows (default 100,000)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsbeam-report-bench-") as folder:
        root = pathlib.Path(folder)
        rows = synthetic_rows(args.events)
        by_day: dict[datetime.date, list[dict]] = {}
        for row in rows:
            by_day.setdefault(row["article_date"], []).append(row)
        for day, day_rows in by_day.items():
            partition = root / "events" / f"date={day.isoformat()}"
            partition.mkdir(parents=True)
            table = pa.Table.from_pylist(day_rows, schema=EVENTS_SCHEMA)
            pq.write_table(table, partition / "part-0.parquet")
        started = time.perf_counter()
        page = render(report_data(str(root)))
        seconds = time.perf_counter() - started
    print(f"events     {args.events} in {len(by_day)} daily partitions")
    print(f"report     {seconds:.1f} s, {len(page) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
