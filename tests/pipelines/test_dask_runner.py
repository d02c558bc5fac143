"""The batch pipeline on a Dask cluster through Beam's DaskRunner (the ``dask`` extra): two
worker processes over TCP on loopback, 60 pages of the article-extraction benchmark served by a
loopback HTTP server plus the seed feed; the dataset must equal the local runner's, table by
table."""

import contextlib
import gzip

import pytest

from bench.corpus import corpus_dir, page_ids
from pipelines import batch, launch
from pipelines.option_errors import OptionsError
from seeds import seed_path
from tests.hostile_server import reply, rss, serve
from tests.pipelines.test_scheduled import TABLES, rows

distributed = pytest.importorskip("distributed", reason="needs the dask extra")

PAGES = 60
# Columns that say when a row was made (or fetched), which two runs cannot share.
RUN_TIME_COLUMNS = ("fetched_at",)


def benchmark_site(count: int) -> dict:
    """Routes: ``count`` benchmark pages as HTML, and a feed listing them (links relative to
    the feed, filled in once the server's base URL is known)."""
    routes = {}
    for page_id in page_ids()[:count]:
        body = gzip.decompress((corpus_dir() / "html" / f"{page_id}.html.gz").read_bytes())
        routes[f"/pages/{page_id}.html"] = reply(
            200, body, {"Content-Type": "text/html; charset=utf-8"}
        )
    return routes


def without_run_times(table_rows: dict[str, list]) -> dict[str, list]:
    """Each table's sorted rows without the fetch times."""
    return {
        name: sorted(
            tuple(cell for cell in row if cell[0] not in RUN_TIME_COLUMNS) for row in rows_
        )
        for name, rows_ in table_rows.items()
    }


def test_the_dask_runner_writes_the_local_runners_dataset(tmp_path):
    routes = benchmark_site(PAGES)
    with serve(routes) as site:
        links = [f"{site.base}{path}" for path in routes]
        routes["/feed.xml"] = reply(200, rss(links), {"Content-Type": "application/rss+xml"})
        flags = ["--feeds", f"{site.base}/feed.xml", str(seed_path("feed.xml"))]
        flags += ["--allow-network", "127.0.0.1/32", "--per-host-delay", "0"]
        with distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            protocol="tcp",
            dashboard_address=None,
        ) as cluster:
            dask_summary = batch.run(
                [
                    *flags,
                    "--runner=DaskRunner",
                    f"--dask_client_address={cluster.scheduler_address}",
                    "--output",
                    str(tmp_path / "dask"),
                ]
            )
            # The DaskRunner leaves its client open; close it before its cluster goes.
            with contextlib.suppress(ValueError):
                distributed.default_client().close()
        local_summary = batch.run([*flags, "--output", str(tmp_path / "local")])
    assert not dask_summary.counted  # Beam 2.77's DaskRunner collects no metrics
    assert local_summary.articles == PAGES + 1 and local_summary.accounted
    dask_rows, local_rows = rows(tmp_path / "dask"), rows(tmp_path / "local")
    for name in TABLES:
        assert without_run_times(dask_rows)[name] == without_run_times(local_rows)[name], name
    assert len(local_rows["articles"]) == PAGES + 1 and local_rows["events"]


def test_dask_flags_are_accepted_and_checked(tmp_path):
    options = launch.parse_options(
        [
            "--runner=DaskRunner",
            "--dask_client_address=tcp://127.0.0.1:8786",
            "--output",
            str(tmp_path / "out"),
        ]  # fmt: skip
    )
    assert options.view_as(batch.beam.options.pipeline_options.StandardOptions).runner.endswith(
        "dask_runner.DaskRunner"
    )
    remote = ["--runner=DaskRunner", "--dask_client_address=tcp://10.1.2.3:8786"]
    with pytest.raises(OptionsError, match="--output must be a URL"):
        launch.parse_options([*remote, "--output", str(tmp_path / "out")])
    with pytest.raises(OptionsError, match="--state is not supported on the DaskRunner"):
        launch.parse_options(["--runner=DaskRunner", "--state", str(tmp_path / "state")])


def test_a_stream_on_the_dask_runner_is_refused():
    from pipelines import streaming

    with pytest.raises(OptionsError, match="batch pipelines only"):
        streaming.stream_options(["--runner=DaskRunner"])
