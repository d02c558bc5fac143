"""The report's numbers: DuckDB queries over an output folder's Parquet tables.

Consumes an output folder (``events/``, and ``event_clusters/`` when a run wrote one), local or
on any Beam filesystem (a remote folder's Parquet files are copied to a temporary folder
first); produces plain tuples for ``reports.charts`` and ``reports.page``. Rows of any schema
version are read (columns matched by name; a column older files lack reads as null).
"""

import dataclasses
import pathlib
import shutil
import tempfile

import duckdb
from apache_beam.io.filesystems import FileSystems

TOP_DYADS = 20
RECENT_EVENTS = 200
# A dot per place; past this many the smallest are left off the map (its SVG grows by about
# 100 bytes per dot and per day and modality it has events on).
MAP_PLACES = 2000
# The event_clusters table's columns (schemas/event_clusters.py): a cluster is dated by its
# event's date, the table's partition (first_reported_at is when it was first published).
CLUSTER_ID_COLUMN = "event_cluster_id"
CLUSTER_DAY_COLUMN = "event_date"


class ReportInputError(Exception):
    """The input folder has no events table to report on."""


@dataclasses.dataclass
class ReportData:
    """Everything the page shows."""

    timeline: list[tuple[str, int, str, int]]  # day, quad class, modality, events
    dyads: list[tuple[str, str, list[tuple[str, str, int]]]]  # source, target, counts
    points: list[tuple[float, float, str, list[tuple[str, str, int]]]]  # lat, lon, place, counts
    recent: list[dict[str, object]]  # the most recent asserted events
    clusters: list[tuple[str, int]] | None  # day, clusters; None without event_clusters/
    events: int
    located: int
    modalities: list[str]


def local_folder(input_dir: str, scratch: pathlib.Path) -> pathlib.Path:
    """A local folder with the input's tables: the folder itself, or a copy of a remote one's
    Parquet files (``events/`` and ``event_clusters/``) under ``scratch``."""
    if "://" not in input_dir:
        return pathlib.Path(input_dir)
    for table in ("events", "event_clusters"):
        pattern = FileSystems.join(input_dir, table, "*", "*.parquet")
        for metadata in FileSystems.match([pattern])[0].metadata_list:
            relative = metadata.path[len(input_dir.rstrip("/")) + 1 :]
            target = scratch / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with FileSystems.open(metadata.path) as source, target.open("wb") as sink:
                shutil.copyfileobj(source, sink)
    return scratch


def _table(connection: duckdb.DuckDBPyConnection, folder: pathlib.Path, name: str) -> bool:
    """Create a view over a Hive-partitioned table; False when it has no files."""
    files = folder / name / "**" / "*.parquet"
    if not any((folder / name).glob("**/*.parquet")):
        return False
    connection.execute(
        f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{files.as_posix()}', "
        "hive_partitioning = true, union_by_name = true)"
    )
    return True


def _columns(connection: duckdb.DuckDBPyConnection, view: str) -> dict[str, str]:
    """Column name -> DuckDB type of a view."""
    return {row[0]: row[1] for row in connection.execute(f"DESCRIBE {view}").fetchall()}


def cluster_counts(connection: duckdb.DuckDBPyConnection) -> list[tuple[str, int]] | None:
    """Event clusters per day (by ``event_date``) from ``event_clusters/``, one per
    ``event_cluster_id``; None if the table lacks those columns."""
    columns = _columns(connection, "event_clusters")
    cluster, day = CLUSTER_ID_COLUMN, CLUSTER_DAY_COLUMN
    if cluster not in columns or day not in columns:
        return None
    return connection.execute(
        f"SELECT strftime(CAST({day} AS DATE), '%Y-%m-%d') AS d, count(DISTINCT {cluster}) "
        "FROM event_clusters WHERE d IS NOT NULL GROUP BY d ORDER BY d"
    ).fetchall()


def report_data(input_dir: str) -> ReportData:
    """Run every query of the report over an output folder."""
    with tempfile.TemporaryDirectory(prefix="newsbeam-report-") as scratch:
        folder = local_folder(input_dir, pathlib.Path(scratch))
        connection = duckdb.connect()
        try:
            if not _table(connection, folder, "events"):
                raise ReportInputError(f"no events/ Parquet files under {input_dir}")
            clusters = (
                cluster_counts(connection) if _table(connection, folder, "event_clusters") else None
            )
            return _event_figures(connection, clusters)
        finally:
            connection.close()


def _event_figures(
    connection: duckdb.DuckDBPyConnection, clusters: list[tuple[str, int]] | None
) -> ReportData:
    """The events table's aggregates."""
    located = "location_lat" in _columns(connection, "events")
    connection.execute(
        "CREATE TEMP VIEW e AS SELECT *, strftime(event_date, '%Y-%m-%d') AS day, "
        "coalesce(source_country, source_code) AS source_actor, "
        "coalesce(target_country, target_code) AS target_actor FROM events"
    )
    timeline = connection.execute(
        "SELECT day, quad_class, modality, count(*) FROM e GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    top = connection.execute(
        "SELECT source_actor, target_actor FROM e WHERE source_actor <> target_actor GROUP BY ALL "
        f"ORDER BY count(*) DESC, source_actor, target_actor LIMIT {TOP_DYADS}"
    ).fetchall()
    counts = connection.execute(
        "SELECT source_actor, target_actor, day, modality, count(*) FROM e GROUP BY ALL"
    ).fetchall()
    by_pair: dict[tuple[str, str], list[tuple[str, str, int]]] = {pair: [] for pair in top}
    for source, target, day, modality, count in counts:
        if (source, target) in by_pair:
            by_pair[(source, target)].append((day, modality, count))
    points = []
    if located:
        rows = connection.execute(
            "SELECT round(location_lat, 2) AS lat, round(location_lon, 2) AS lon, "
            "any_value(location_name), day, modality, count(*) FROM e "
            "WHERE location_lat IS NOT NULL GROUP BY lat, lon, day, modality ORDER BY ALL"
        ).fetchall()
        places: dict[tuple[float, float], tuple[str, list[tuple[str, str, int]]]] = {}
        for lat, lon, name, day, modality, count in rows:
            places.setdefault((lat, lon), (name, []))[1].append((day, modality, count))
        biggest = sorted(places.items(), key=lambda item: -sum(c for *_, c in item[1][1]))
        points = [(lat, lon, name, counts) for (lat, lon), (name, counts) in biggest[:MAP_PLACES]]
    recent = connection.execute(
        "SELECT day, source_actor, target_actor, plover_type, cameo_code, location_name, "
        "sentence, url FROM e WHERE modality = 'asserted' "
        f"ORDER BY event_date DESC, article_date DESC, event_id LIMIT {RECENT_EVENTS}"
    ).fetchall()
    keys = ("day", "source", "target", "plover_type", "cameo_code", "place", "sentence", "url")
    total, with_place = connection.execute(
        "SELECT count(*), " + ("count(location_lat)" if located else "0") + " FROM e"
    ).fetchone()
    modalities = [
        row[0]
        for row in connection.execute("SELECT DISTINCT modality FROM e ORDER BY 1").fetchall()
    ]
    return ReportData(
        timeline=timeline,
        dyads=[(s, t, sorted(by_pair[(s, t)])) for s, t in top],
        points=points,
        recent=[dict(zip(keys, row, strict=True)) for row in recent],
        clusters=clusters,
        events=total,
        located=with_place,
        modalities=modalities,
    )
