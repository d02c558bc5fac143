"""`newsbeam report`: one self-contained page with the charts, the table and the filters."""

import datetime
import re
import subprocess
import sys

import pytest
from apache_beam.io.filesystem import FileMetadata
from apache_beam.io.localfilesystem import LocalFileSystem

from pipelines.report_command import main
from reports.charts import calendar_days, timeline_svg
from reports.queries import report_data
from schemas.event_clusters import EVENT_CLUSTERS_SCHEMA, EventCluster, cluster_to_row

NETWORK_REFERENCES = [
    re.compile(r"<script[^>]*\bsrc\s*=", re.I),
    re.compile(r"<link\b", re.I),
    re.compile(r"<img[^>]*\bsrc\s*=\s*[\"']?(?!data:)", re.I),
    re.compile(r"<iframe|<object|<embed", re.I),
    re.compile(r"url\((?!#)|@import", re.I),  # url(#arrow) names a marker in the page
    re.compile(r"\b(?:xlink:)?href\s*=\s*[\"']?(?!#|https?://example\.com|https?://)[a-z]+:", re.I),
]


@pytest.fixture(scope="module")
def page(report_input, tmp_path_factory) -> str:
    target = tmp_path_factory.mktemp("report") / "report.html"
    assert main(["--input", str(report_input), "--to", str(target)]) == 0
    return target.read_text(encoding="utf-8")


def inline(page: str, tag: str) -> str:
    return "".join(re.findall(rf"<{tag}>(.*?)</{tag}>", page, re.S))


def test_the_page_references_nothing_on_the_network(page):
    for pattern in NETWORK_REFERENCES:
        assert not pattern.search(page), pattern.pattern
    assert "http" not in inline(page, "script") + inline(page, "style")
    assert "default-src 'none'" in page  # a browser refuses any fetch an edit might add
    links = re.findall(r'href="([^"]+)"', page)
    assert links and all(link.startswith("https://") for link in links)  # articles only


def test_the_page_has_every_chart_with_marks(page):
    for chart in ("timeline", "network", "map"):
        assert f'id="{chart}"' in page
    timeline = page[page.index('id="timeline"') : page.index('id="network"')]
    assert timeline.count('class="mark"') >= 5
    assert page.count('class="edge"') >= 3
    world = page[page.index('id="map"') :]
    assert world.count('class="country"') == 177
    assert world.count('<circle class="place"') >= 2


def test_recent_asserted_events_show_their_sentence_and_link(page):
    row = next(r for r in re.findall(r"<tr data-day.*?</tr>", page, re.S) if "Bashar" in r)
    assert "SYR → QAT" in row and "CONSULT" in row and "Doha" in row
    assert 'href="https://example.com/seed"' in row
    assert 'data-modality="asserted"' in row


def test_filters_offer_each_modality_and_the_date_range(page, report_input):
    modalities = re.findall(r'type="checkbox" value="(\w+)"', page)
    assert modalities == ["asserted", "historical", "hypothetical"]  # the seed's, in order
    days = sorted(day for day, *_ in report_data(str(report_input)).timeline)
    assert f'id="from" value="{days[0]}"' in page and f'id="to" value="{days[-1]}"' in page


def test_the_seed_call_is_a_point_at_doha(report_input):
    data = report_data(str(report_input))
    doha = [p for p in data.points if abs(p[0] - 25.29) < 0.05 and abs(p[1] - 51.53) < 0.05]
    # the call, and any other asserted event of that day the dateline puts in Doha
    assert len(doha) == 1
    assert any(day == "2023-02-24" and mode == "asserted" and n >= 1 for day, mode, n in doha[0][3])
    assert data.clusters is None  # no event_clusters/ table: no cluster chart


def test_clusters_per_day_are_charted_when_the_table_exists(report_input, tmp_path):
    import shutil

    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "out"
    shutil.copytree(report_input, folder)
    partition = folder / "event_clusters" / "date=2023-02-24"
    partition.mkdir(parents=True)
    # The real table's columns (two rows of cluster "a": a file of a run that died between
    # writing a merged file and deleting the one it replaced still counts once).
    clusters = [
        EventCluster(
            event_cluster_id=cluster_id,
            source_country="SYR",
            target_country="QAT",
            plover_type="CONSULT",
            cameo_code="040",
            modality="asserted",
            event_date=datetime.date(2023, 2, 24),
            first_reported_at=datetime.datetime(2023, 2, 24, 16, 40, tzinfo=datetime.timezone.utc),
            n_reports=1,
            n_articles=1,
            n_sources=1,
            representative_event_id="e",
            sentence="s",
        )
        for cluster_id in ("a", "a", "b")
    ]
    pq.write_table(
        pa.Table.from_pylist([cluster_to_row(c) for c in clusters], schema=EVENT_CLUSTERS_SCHEMA),
        partition / "part-0.parquet",
    )
    assert report_data(str(folder)).clusters == [("2023-02-24", 2)]
    target = tmp_path / "report.html"
    assert main(["--input", str(folder), "--to", str(target)]) == 0
    assert 'id="clusters"' in target.read_text(encoding="utf-8")


def test_a_folder_without_events_exits_2_with_one_line(tmp_path):
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipelines.cli",
            "report",
            "--input",
            str(tmp_path),
            "--to",
            str(tmp_path / "r.html"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 2
    assert completed.stderr.strip().endswith(f"no events/ Parquet files under {tmp_path}")


class _PrefixedLocalFileSystem(LocalFileSystem):
    """A Beam filesystem under its own scheme, over the local disk: a stand-in for gs://."""

    PREFIX = "reporttest://"

    @classmethod
    def scheme(cls) -> str:
        return "reporttest"

    def join(self, basepath: str, *paths: str) -> str:
        return "/".join([basepath.rstrip("/"), *paths])

    def _list(self, dir_or_prefix: str):
        for metadata in super()._list(dir_or_prefix.removeprefix(self.PREFIX)):
            yield FileMetadata(
                self.PREFIX + metadata.path,
                metadata.size_in_bytes,
                metadata.last_updated_in_seconds,
            )

    def open(self, path: str, *args, **kwargs):
        return super().open(path.removeprefix(self.PREFIX), *args, **kwargs)


def test_a_folder_on_another_beam_filesystem_is_copied_and_read(report_input):
    remote = report_data(_PrefixedLocalFileSystem.PREFIX + str(report_input))
    local = report_data(str(report_input))
    assert remote.events == local.events and remote.timeline == local.timeline
    assert remote.recent == local.recent


def test_the_time_axis_keeps_days_without_events_as_gaps():
    assert calendar_days({"2024-02-28", "2024-03-01"}) == ["2024-02-28", "2024-02-29", "2024-03-01"]
    svg = timeline_svg([("2024-01-01", 1, "asserted", 2), ("2024-01-04", 4, "negated", 1)])
    xs = [float(x) for x in re.findall(r'<rect class="mark" x="([\d.]+)"', svg)]
    slot = (900 - 40 - 10) / 4
    assert len(xs) == 2 and abs((xs[1] - xs[0]) - 3 * slot) < 0.05
