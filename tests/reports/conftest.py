"""A report's input: the seed and 60 benchmark pages tagged, written as an events table."""

import datetime
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from schemas.events import EVENTS_SCHEMA, event_to_row
from transforms.tagging import Document, EventTagger

REPO = Path(__file__).parents[2]
SEED = REPO / "seeds" / "000_e98102ffc2b876f6.txt"
BENCHMARK = REPO / "tests" / "resources" / "article-extraction-benchmark" / "ground-truth.json"
PAGES = 60


def write_events(folder: Path, events: list) -> None:
    """Write events as ``events/date=.../part-0.parquet`` under ``folder``, as a run does."""
    by_day: dict[datetime.date, list] = {}
    for event in events:
        by_day.setdefault(event.article_date, []).append(event_to_row(event))
    for day, rows in by_day.items():
        partition = folder / "events" / f"date={day.isoformat()}"
        partition.mkdir(parents=True, exist_ok=True)
        pq.write_table(
            pa.Table.from_pylist(rows, schema=EVENTS_SCHEMA), partition / "part-0.parquet"
        )


@pytest.fixture(scope="session")
def report_input(tmp_path_factory) -> Path:
    """An output folder with the events of the seed and of 60 benchmark pages (each page dated
    a day apart, so that the chart has days)."""
    folder = tmp_path_factory.mktemp("report-input")
    tagger = EventTagger()
    truth = json.loads(BENCHMARK.read_text(encoding="utf-8"))
    documents = [
        Document(
            "seed",
            SEED.read_text(encoding="utf-8"),
            datetime.date(2023, 2, 24),
            "https://example.com/seed",
        )
    ]
    for index, page_id in enumerate(sorted(truth)[:PAGES]):
        documents.append(
            Document(
                page_id,
                truth[page_id]["articleBody"],
                datetime.date(2023, 1, 1) + datetime.timedelta(days=index % 30),
                truth[page_id].get("url") or f"https://example.com/{page_id}",
            )
        )
    events = [event for document in documents for event in tagger.tag(document)]
    write_events(folder, events)
    return folder
