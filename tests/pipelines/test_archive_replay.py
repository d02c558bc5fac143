"""`newsbeam run --archive DIR` against a loopback site, then the site stopped and the archive
replayed with `--warc DIR`: the same article ids and texts, without the network."""

import gzip
import json

import duckdb

from pipelines.cli import main
from tests.hostile_server import ARTICLE, LATIN1_ARTICLE, article, encoded, reply, rss, serve

LOOPBACK = ["--allow-network", "127.0.0.1/32", "--per-host-delay", "0"]


def articles(output) -> dict[str, str]:
    rows = duckdb.sql(
        f"select article_id, text from read_parquet('{output}/articles/**/*.parquet')"
    ).fetchall()
    return dict(rows)


def test_an_archived_run_replays_to_the_same_articles(tmp_path):
    archive, live, replay = tmp_path / "archive", tmp_path / "live", tmp_path / "replay"
    with serve({}) as site:
        links = [f"{site.base}/one.html", f"{site.base}/two.html", f"{site.base}/zipped.html"]
        links += [f"{site.base}/latin1.html", f"{site.base}/one.html?utm_source=rss"]
        site.routes.update(
            {
                "/feed.xml": reply(200, rss(links), {"Content-Type": "application/rss+xml"}),
                "/robots.txt": reply(
                    200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
                ),
                "/one.html": article("Talks in the capital"),
                "/two.html": article("A second round of talks"),
                "/zipped.html": encoded(
                    gzip.compress(ARTICLE.format(title="Compressed talks").encode()), "gzip"
                ),
                "/latin1.html": reply(
                    200,
                    LATIN1_ARTICLE.encode("latin-1"),
                    {"Content-Type": "text/html; charset=iso-8859-1"},
                ),
            }
        )
        argv = ["run", "--feeds", f"{site.base}/feed.xml", "--output", str(live), *LOOPBACK]
        argv += ["--archive", str(archive), "--archive-run", "live", "--archive-max-bytes", "3000"]
        assert main([*argv, "--summary-json", str(tmp_path / "live.json")]) == 0
    live_summary = json.loads((tmp_path / "live.json").read_text())
    assert (live_summary["articles"], live_summary["duplicates"]) == (4, 1)
    files = sorted(path.name for path in archive.iterdir())
    assert len(files) > 1 and all(name.startswith("newsbeam-live-") for name in files)

    # the server is gone: the replay can only read the archive
    argv = ["run", "--warc", str(archive), "--output", str(replay)]
    assert main([*argv, "--summary-json", str(tmp_path / "replay.json")]) == 0
    replay_summary = json.loads((tmp_path / "replay.json").read_text())
    assert replay_summary["accounted"] is True
    # the feed and robots.txt were archived too: not HTML, so error rows in the replay
    assert (replay_summary["entries"], replay_summary["entry_errors"]) == (6, 2)
    assert articles(replay) == articles(live)
    assert len(articles(live)) == 4
