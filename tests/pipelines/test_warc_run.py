"""`newsbeam run --warc` end to end: a CC-NEWS-like WARC of real news pages becomes articles
that keep their text, and every response record is accounted for."""

import gzip
import json

import duckdb
import pytest

from bench.corpus import corpus_dir, ground_truth, page_ids, token_f1
from pipelines.cli import main
from tests.warc_files import WarcBuilder, write_pages

MIN_MEAN_F1 = 0.95  # as tests/pipelines/test_extraction_quality.py asks of fetched pages
# All 181 pages of the benchmark: the test takes 27-45 s on two shared cores, under the minute
# past which a fixed subset of 40 would do.
BASE = "https://news.example"


def rows(output, table: str) -> list[dict]:
    relation = duckdb.sql(f"select * from read_parquet('{output}/{table}/**/*.parquet')")
    return [dict(zip(relation.columns, row, strict=True)) for row in relation.fetchall()]


def benchmark_page(page_id: str) -> bytes:
    return gzip.decompress((corpus_dir() / "html" / f"{page_id}.html.gz").read_bytes())


def cc_news_like(path, ids: list[str]):
    """Request and response pairs, gzip per record, with a 404, an image, a URI seen twice (once
    with a tracking parameter) and a metadata record."""
    with WarcBuilder(path) as warc:
        for page_id in ids:
            warc.response(f"{BASE}/{page_id}.html", benchmark_page(page_id))
        warc.response(f"{BASE}/gone.html", b"<html>Not found</html>", status="404 Not Found")
        warc.response(f"{BASE}/logo.png", b"\x89PNG\r\n\x1a\n....", content_type="image/png")
        warc.response(
            f"{BASE}/{ids[0]}.html?utm_source=rss",
            benchmark_page(ids[0]),
            date="2024-01-16T00:00:00Z",  # later than the first: the first is kept
        )
        warc.metadata(f"{BASE}/{ids[0]}.html", "fetchTimeMs: 120\n")
    return path


def mean_f1(articles: list[dict]) -> tuple[float, list]:
    truth = ground_truth()
    scores = {
        row["url"].rsplit("/", 1)[1].removesuffix(".html"): token_f1(
            row["text"], truth[row["url"].rsplit("/", 1)[1].removesuffix(".html")]
        )
        for row in articles
    }
    return sum(scores.values()) / len(scores), sorted(scores.items(), key=lambda x: x[1])[:3]


def test_cc_news_like_warc_gives_articles_that_keep_their_text(tmp_path):
    ids = page_ids()
    pages = len(ids)
    warc = cc_news_like(tmp_path / "CC-NEWS-20240115-00000.warc.gz", ids)
    output, summary_file = tmp_path / "out", tmp_path / "summary.json"
    argv = ["run", "--warc", str(warc), "--output", str(output)]
    assert main([*argv, "--summary-json", str(summary_file)]) == 0
    summary = json.loads(summary_file.read_text())
    assert (summary["entries"], summary["articles"], summary["duplicates"]) == (
        pages + 3,
        pages,
        1,
    )
    assert summary["errors"] == summary["entry_errors"] == 2 and summary["accounted"] is True
    assert (summary["archives"], summary["archive_records_skipped"]) == (1, 1 + pages + 3 + 1)
    assert summary["feeds"] == 0
    articles = rows(output, "articles")
    mean, worst = mean_f1(articles)
    assert mean >= MIN_MEAN_F1, f"mean token F1 {mean:.4f}; worst pages {worst}"
    assert {row["fetched_at"].isoformat()[:19] for row in articles} == {"2024-01-15T10:20:30"}
    assert all(row["feed_url"] is None for row in articles)
    errors = {
        (row["stage"], row["error_kind"], row["http_status"]) for row in rows(output, "errors")
    }
    assert errors == {
        ("read_archives", "bad_status", 404),
        ("read_archives", "bad_content_type", None),
    }
    (duplicate,) = rows(output, "duplicates")
    assert duplicate["kept_url"] == f"{BASE}/{ids[0]}.html" and duplicate["reason"] == "same_url"


def test_folders_globs_listings_and_bad_files(tmp_path):
    ids = page_ids()[:4]
    folder = tmp_path / "crawl-data" / "CC-NEWS" / "2024" / "01"
    folder.mkdir(parents=True)
    pages = [(f"{BASE}/{page_id}.html", benchmark_page(page_id)) for page_id in ids]
    write_pages(folder / "a.warc.gz", pages[:2])
    write_pages(folder / "b.warc", pages[2:], gzip=False)
    corrupt = folder / "c.warc.gz"
    corrupt.write_bytes((folder / "a.warc.gz").read_bytes()[:-200])  # cut off in its last record
    listing = tmp_path / "warc.paths.gz"
    listing.write_bytes(
        gzip.compress(b"crawl-data/CC-NEWS/2024/01/b.warc\ncrawl-data/CC-NEWS/2024/01/gone.warc\n")
    )
    output = tmp_path / "out"
    argv = ["run", "--output", str(output), "--warc", str(folder / "*.warc.gz")]
    summary_file = tmp_path / "summary.json"
    argv += ["--warc-paths", str(listing), "--summary-json", str(summary_file)]
    assert main(argv) == 0
    summary = json.loads(summary_file.read_text())
    # a.warc.gz: 2 pages; c.warc.gz: its first page again (a duplicate) and a truncated record;
    # b.warc (through the listing): 2 pages; gone.warc: an unreadable file
    assert (summary["archives"], summary["archive_errors"]) == (4, 1)
    assert (summary["entries"], summary["articles"], summary["duplicates"]) == (6, 4, 1)
    assert summary["entry_errors"] == 1 and summary["accounted"] is True
    kinds = sorted(row["error_kind"] for row in rows(output, "errors"))
    assert kinds == ["not_found", "truncated_record"]


def test_a_missing_local_warc_is_refused_at_launch(tmp_path, capsys):
    assert main(["run", "--warc", str(tmp_path / "nope.warc.gz")]) == 2
    assert "--warc: no such file" in capsys.readouterr().err


@pytest.mark.parametrize("flag", ["--warc", "--warc-paths"])
def test_remote_warc_sources_are_not_checked_at_launch(flag):
    from pipelines.launch import parse_options
    from pipelines.source_options import operator_sources

    options = parse_options([flag, "gs://bucket/cc-news/x.warc.gz"])
    assert [source.location for source in operator_sources(options)] == [
        "gs://bucket/cc-news/x.warc.gz"
    ]


def test_stream_refuses_warc_sources(tmp_path, capsys):
    warc = write_pages(tmp_path / "a.warc.gz", [])
    assert main(["stream", "--warc", str(warc), "--duration", "1"]) == 2
    assert "use newsbeam run" in capsys.readouterr().err


def test_local_warc_and_archive_folders_are_refused_on_dataflow(tmp_path):
    from pipelines.launch import parse_options
    from pipelines.option_errors import OptionsError

    warc = write_pages(tmp_path / "a.warc.gz", [])
    common = ["--runner=DataflowRunner", "--output", "gs://bucket/out"]
    with pytest.raises(OptionsError, match="--warc must be a gs:// URL"):
        parse_options([*common, "--warc", str(warc)])
    with pytest.raises(OptionsError, match="--archive must be a gs:// URL"):
        parse_options([*common, "--warc", "gs://b/x.warc.gz", "--archive", str(tmp_path)])
