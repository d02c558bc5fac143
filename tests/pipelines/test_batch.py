"""The batch pipeline end to end on the seed and on bad inputs, through `newsbeam run`."""

import json
import pathlib
import shutil
import subprocess
import sys

import duckdb
import pytest

from pipelines.batch import run
from pipelines.cli import main
from seeds import seed_path


def table(output, name: str) -> list[dict]:
    """All rows of one table, read as analysts read it (DuckDB, Hive partitioning)."""
    relation = duckdb.sql(
        f"select * from read_parquet('{output}/{name}/**/*.parquet', hive_partitioning = true)"
    )
    columns = relation.columns
    return [dict(zip(columns, row, strict=True)) for row in relation.fetchall()]


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    output = tmp_path_factory.mktemp("seed") / "output"
    summary_file = output.parent / "summary.json"
    status = main(["run", "--output", str(output), "--summary-json", str(summary_file)])
    return status, output, json.loads(summary_file.read_text())


def test_seed_run_exits_zero_and_accounts_for_its_entry(seed_run):
    status, output, summary = seed_run
    assert status == 0
    assert summary["feeds"] == 1 and summary["entries"] == 1
    assert (summary["articles"], summary["duplicates"], summary["errors"]) == (1, 0, 0)
    assert summary["accounted"] is True


def test_seed_article_row(seed_run):
    _status, output, _summary = seed_run
    (article,) = table(output, "articles")
    assert article["url"] == seed_path("article.html").as_uri()
    assert article["feed_url"] == seed_path("feed.xml").as_uri()
    assert article["published_at"].isoformat().startswith("2023-02-24T16:40:00")
    assert str(article["date"])[:10] == "2023-02-24"
    assert article["extraction"] == "trafilatura" and article["language"] == "en"
    assert "received a phone call from Syrian President Bashar al-Assad" in article["text"]
    assert "Accept all" not in article["text"]


def test_seed_events_as_analysts_query_them(seed_run):
    _status, output, summary = seed_run
    rows = duckdb.sql(
        f"select source_country, target_country, plover_type, plover_mode, cameo_code,"
        f" cast(event_date as varchar), modality, location_name, sentence"
        f" from read_parquet('{output}/events/**/*.parquet', hive_partitioning = true)"
    ).fetchall()
    assert ("SYR", "QAT", "CONSULT", "phone", "041", "2023-02-24", "asserted", "Doha") in [
        row[:8] for row in rows
    ]
    # the possible embassy reopening and the possible delegation visit are not asserted
    for row in rows:
        if "reopening its embassy" in row[8] or "Qatari delegation" in row[8]:
            assert row[6] == "hypothetical", row
    assert any("reopening its embassy" in row[8] for row in rows)
    assert summary["events"] == len(rows)


def test_running_twice_gives_identical_rows_and_ids(seed_run, tmp_path):
    _status, first, _summary = seed_run
    second = tmp_path / "again"
    assert main(["run", "--output", str(second)]) == 0
    for name in ("articles", "events"):
        if (first / name).exists():
            assert table(first, name) == table(second, name)
    # and a rerun into the same folder replaces files instead of adding copies
    shutil.copytree(second, tmp_path / "same")
    assert main(["run", "--output", str(tmp_path / "same")]) == 0
    assert table(tmp_path / "same", "articles") == table(second, "articles")


def test_bad_inputs_become_error_rows_and_the_rest_is_processed(tmp_path, capsys):
    not_xml = tmp_path / "not-a-feed.xml"
    not_xml.write_text("this is plain text, not XML")
    feed_dir = tmp_path / "site"
    feed_dir.mkdir()
    shutil.copy(seed_path("article.html"), feed_dir / "good.html")
    (feed_dir / "empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    (feed_dir / "feed.xml").write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed</title>
        <item><title>Good</title><link>good.html</link></item>
        <item><title>Good again</title><link>good.html?utm_source=rss</link></item>
        <item><title>Missing</title><link>missing.html</link></item>
        <item><title>Empty</title><link>empty.html</link></item>
        <item><title>Outside</title><link>../outside.html</link></item>
        </channel></rss>"""
    )
    output = tmp_path / "out"
    summary = run(["--feeds", str(not_xml), str(feed_dir / "feed.xml"), "--output", str(output)])
    assert (summary.entries, summary.articles, summary.duplicates, summary.entry_errors) == (
        5,
        1,
        1,
        3,
    )
    assert summary.accounted and summary.feed_errors == 1
    errors = {(row["stage"], row["error_kind"]) for row in table(output, "errors")}
    assert errors == {
        ("read_feeds", "not_a_feed"),
        ("fetch_pages", "not_found"),
        ("extract_articles", "no_text"),
        ("fetch_pages", "file_not_allowed"),
    }
    assert all(row["message"] for row in table(output, "errors"))
    (duplicate,) = table(output, "duplicates")
    assert duplicate["kept_url"].endswith("/good.html") and duplicate["reason"] == "same_url"


def test_urls_file_reads_local_paths_relative_to_itself(tmp_path):
    shutil.copy(seed_path("article.html"), tmp_path / "a.html")
    (tmp_path / "urls.txt").write_text("# pages to reprocess\n\na.html\n")
    summary = run(["--urls", str(tmp_path / "urls.txt"), "--output", str(tmp_path / "out")])
    assert (summary.feeds, summary.entries, summary.articles) == (0, 1, 1)
    (article,) = table(tmp_path / "out", "articles")
    assert article["feed_url"] is None and article["date_source"] == "page"


@pytest.mark.parametrize(
    "argv, message",
    [
        (["run", "--no-such-flag"], "unrecognised arguments: --no-such-flag"),
        (["run", "--feeds", "/nonexistent/feed.xml"], "no such file"),
        (["run", "--urls", "/nonexistent/urls.txt"], "no such file"),
        (["run", "--fetch-timeout", "0"], "--fetch-timeout must be positive"),
        (["frobnicate"], "unknown command"),
    ],
)
def test_bad_arguments_exit_2_with_a_clear_message(argv, message, capsys):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_help_lists_newsbeam_options_and_points_to_beam_ones(capsys):
    assert main(["run", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--feeds" in out and "--summary-json" in out and "--runner" in out


def test_a_non_numeric_flag_value_exits_2(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["run", "--fetch-timeout", "soon"])
    assert caught.value.code == 2


def feed_of(links: list[str]) -> str:
    items = "".join(f"<item><title>{link}</title><link>{link}</link></item>" for link in links)
    channel = f"<channel><title>T</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


def test_malformed_links_and_reruns_of_a_grown_feed(tmp_path):
    # Issue 13, item 1: one malformed link ended the run with nothing written, for every feed;
    # item 4: a rerun after the feed gained an entry left two copies of the old rows.
    site = tmp_path / "site"
    site.mkdir()
    for name in "abcd":
        shutil.copy(seed_path("article.html"), site / f"{name}.html")
    malformed = ["http://[::1", "http://[abc]/", "http://a]b/", "http://℀.com/", "http://"]
    (site / "feed.xml").write_text(feed_of([*malformed, "a.html", "b.html", "c.html"]))
    output = tmp_path / "out"
    first = run(["--feeds", str(site / "feed.xml"), str(seed_path("feed.xml")), "--output",
                 str(output)])  # fmt: skip
    assert (first.articles, first.entry_errors, first.accounted) == (4, 5, True)
    errors = table(output, "errors")
    assert {row["error_kind"] for row in errors} == {"bad_url"} and len(errors) == 5
    (site / "feed.xml").write_text(feed_of([*malformed, "a.html", "b.html", "c.html", "d.html"]))
    second = run(["--feeds", str(site / "feed.xml"), "--output", str(output)])
    assert second.articles == 4
    urls = sorted(row["url"] for row in table(output, "articles"))
    assert len(urls) == len(set(urls)) == 5  # a, b, c, d and the seed article, once each
    assert len(table(output, "errors")) == 5


def test_building_the_pipeline_leaves_datasketch_to_the_workers(tmp_path):
    """The process that builds the pipeline (the runner, beside its workers) signs no article,
    so it does not import datasketch (0.48 s of CPU and 44 MiB)."""
    code = (
        "import sys, apache_beam as beam\n"
        "from apache_beam.options.pipeline_options import PipelineOptions\n"
        "from pipelines.batch import build\n"
        "from pipelines.options import NewsbeamOptions\n"
        f"options = PipelineOptions(['--output', {str(tmp_path / 'out')!r}])\n"
        "outputs = build(beam.Pipeline(options=options), options.view_as(NewsbeamOptions))\n"
        "print(outputs.stories is not None, 'datasketch' in sys.modules)\n"
    )
    repo = pathlib.Path(__file__).resolve().parents[2]
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True
    )
    assert completed.stdout.split() == ["True", "False"]
