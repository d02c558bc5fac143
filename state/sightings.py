"""Commit files: the sightings (article id, feed, time) a run recorded for one window, as
Parquet under ``DIR/articles/``; written by ``CommitSeenArticles`` in the pipeline, read back by
``ReadSeenArticles`` and by compaction."""

import dataclasses
import datetime
from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.entries import FeedEntry
from schemas.tables import UTC_TIMESTAMP, register_row
from state import files
from state.names import ARTICLES_FOLDER, commit_name
from transforms.failures import stable_id

COMPRESSION = "zstd"
# The stored columns: a Sighting's first three fields (the others live only in the pipeline).
SEEN_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("feed_url", pa.string(), nullable=False),
        pa.field("seen_at", UTC_TIMESTAMP, nullable=False),
    ]
)


@register_row
@dataclasses.dataclass(frozen=True)
class Sighting:
    """An article seen in a feed at a time. ``entry`` is the feed entry of a live sighting; it
    is None for one read back from an earlier run. ``feed_url`` is "" for ``--urls`` pages."""

    article_id: str
    feed_url: str
    seen_at: datetime.datetime
    canonical_url: str | None = None
    entry: FeedEntry | None = None


def articles_folder(state: str) -> str:
    """The folder of the seen-articles state inside ``--state``."""
    return files.join(state, ARTICLES_FOLDER)


def _parquet_bytes(sightings: Iterable[Sighting]) -> bytes:
    """Sightings as the bytes of a Parquet file, in a stable order."""
    rows = sorted(
        (
            {"article_id": s.article_id, "feed_url": s.feed_url, "seen_at": s.seen_at}
            for s in sightings
        ),
        key=lambda row: (row["article_id"], row["feed_url"], row["seen_at"]),
    )
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows, schema=SEEN_SCHEMA), sink, compression=COMPRESSION)
    return sink.getvalue().to_pybytes()


def write_commit(state: str, run_id: str, tag: str, sightings: list[Sighting]) -> str:
    """Record one window's sightings of one run; return the commit file's path."""
    digest = stable_id(*sorted(f"{s.article_id}/{s.feed_url}" for s in sightings))
    path = files.join(articles_folder(state), commit_name(run_id, tag, digest))
    files.write_atomically(path, _parquet_bytes(sightings))
    return path


def read_sightings(handle, since: datetime.datetime | None = None) -> list[Sighting]:
    """The sightings in one commit file (an open binary file), those older than ``since`` out."""
    table = pq.read_table(handle, schema=SEEN_SCHEMA)
    return [
        Sighting(article_id=row["article_id"], feed_url=row["feed_url"], seen_at=row["seen_at"])
        for row in table.to_pylist()
        if since is None or row["seen_at"] >= since
    ]
