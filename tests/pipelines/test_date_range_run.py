"""`newsbeam run --since/--until`: entries dated outside the range are skipped and counted,
from the feed's date before fetching and from the page's date after extraction."""

import json
import shutil

import duckdb

from pipelines.cli import main
from seeds import seed_path

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Dated</title>
<item><title>Old</title><link>old.html</link><pubDate>Sat, 01 Jan 2022 10:00:00 GMT</pubDate></item>
<item><title>New</title><link>new.html</link><pubDate>Fri, 24 Feb 2023 16:40:00 GMT</pubDate></item>
<item><title>Undated</title><link>undated.html</link></item>
</channel></rss>"""


def run(tmp_path, *bounds: str) -> tuple[dict, list]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    for name in ("old.html", "new.html", "undated.html"):
        shutil.copy(seed_path("article.html"), site / name)
    (site / "feed.xml").write_text(FEED)
    output, summary_file = tmp_path / "out", tmp_path / "summary.json"
    argv = ["run", "--feeds", str(site / "feed.xml"), "--output", str(output)]
    assert main([*argv, "--summary-json", str(summary_file), *bounds]) == 0
    urls = duckdb.sql(
        f"select url from read_parquet('{output}/articles/**/*.parquet') order by url"
    ).fetchall()
    return json.loads(summary_file.read_text()), [url.rsplit("/", 1)[1] for (url,) in urls]


def test_entries_outside_the_range_are_skipped_and_counted(tmp_path):
    # the old entry by its feed date; the undated one is kept (its page says 2023-02-24)
    summary, names = run(tmp_path, "--since", "2023-01-01", "--until", "2023-02-24")
    assert names == ["new.html", "undated.html"]
    assert (summary["entries"], summary["articles"], summary["out_of_range"]) == (3, 2, 1)
    assert summary["accounted"] is True


def test_undated_entries_are_checked_against_their_page_date(tmp_path):
    summary, names = run(tmp_path, "--until", "2023-02-23")
    # the feed dates two entries (one out of range); the undated one is dropped after extraction
    assert names == ["old.html"]
    assert (summary["entries"], summary["articles"], summary["out_of_range"]) == (3, 1, 2)
    assert summary["accounted"] is True


def test_reversed_range_is_refused(tmp_path, capsys):
    assert main(["run", "--since", "2024-02-01", "--until", "2024-01-01"]) == 2
    assert "--until is before --since" in capsys.readouterr().err
