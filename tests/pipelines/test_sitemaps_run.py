"""`newsbeam run --sitemaps` against a loopback site: an index three levels deep, gzip and
Google News sitemaps, robots.txt and --since applied, every entry accounted for."""

import gzip
import json

import duckdb

from pipelines.cli import main
from tests.hostile_server import ROBOTS, article, reply, serve

XML = {"Content-Type": "application/xml"}
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def index(*locations: str) -> bytes:
    items = "".join(f"<sitemap><loc>{location}</loc></sitemap>" for location in locations)
    return f'<?xml version="1.0"?><sitemapindex {NS}>{items}</sitemapindex>'.encode()


def urlset(*urls: tuple[str, str | None, str | None]) -> bytes:
    items = ""
    for location, published, lastmod in urls:
        news = (
            f"<news:news><news:publication_date>{published}</news:publication_date>"
            f"<news:title>Title of {location.rsplit('/', 1)[1]}</news:title></news:news>"
            if published
            else ""
        )
        modified = f"<lastmod>{lastmod}</lastmod>" if lastmod else ""
        items += f"<url><loc>{location}</loc>{modified}{news}</url>"
    return f'<?xml version="1.0"?><urlset {NS} {NEWS_NS}>{items}</urlset>'.encode()


def test_sitemap_index_to_articles(tmp_path):
    with serve({}) as site:
        base = site.base
        site.routes.update(
            {
                "/robots.txt": reply(200, ROBOTS.encode(), {"Content-Type": "text/plain"}),
                "/sitemap.xml": reply(
                    200,
                    index(f"{base}/news.xml.gz", f"{base}/pages.xml", f"{base}/deep1.xml") + b"",
                    XML,
                ),
                "/news.xml.gz": reply(
                    200,
                    gzip.compress(
                        urlset(
                            (f"{base}/one.html", "2024-01-15T08:00:00Z", None),
                            (f"{base}/two.html", "2024-01-16", None),
                            (f"{base}/old.html", "2023-06-01", None),
                            (f"{base}/private/secret.html", "2024-01-15", None),
                        )
                    ),
                    {"Content-Type": "application/gzip"},
                ),
                "/pages.xml": reply(200, urlset((f"{base}/three.html", None, "2024-01-17")), XML),
                "/deep1.xml": reply(200, index(f"{base}/deep2.xml"), XML),
                "/deep2.xml": reply(200, index(f"{base}/deep3.xml", f"{base}/leaf.xml"), XML),
                "/deep3.xml": reply(200, index(f"{base}/deep4.xml"), XML),  # 3 levels down
                "/leaf.xml": reply(200, urlset((f"{base}/four.html", None, None)), XML),
                **{f"/{name}.html": article(name) for name in ("one", "two", "three", "four")},
                "/old.html": article("old"),
            }
        )
        output, summary_file = tmp_path / "out", tmp_path / "summary.json"
        argv = ["run", "--sitemaps", f"{base}/sitemap.xml", "--since", "2024-01-01"]
        argv += ["--allow-network", "127.0.0.1/32", "--per-host-delay", "0"]
        argv += ["--output", str(output), "--summary-json", str(summary_file)]
        assert main(argv) == 0
        asked = site.paths()
    summary = json.loads(summary_file.read_text())
    assert (summary["sitemaps"], summary["sitemap_errors"]) == (7, 1)
    assert (summary["entries"], summary["articles"], summary["out_of_range"]) == (6, 4, 1)
    assert summary["entry_errors"] == 1 and summary["accounted"] is True
    assert "/deep4.xml" not in asked and "/old.html" not in asked
    assert not any(path.startswith("/private/") for path in asked)
    errors = duckdb.sql(
        f"select stage, error_kind from read_parquet('{output}/errors/**/*.parquet')"
    ).fetchall()
    assert sorted(errors) == [
        ("fetch_pages", "robots_disallowed"),
        ("read_sitemaps", "sitemap_too_deep"),
    ]
    rows = duckdb.sql(
        f"select url, title, cast(published_at as varchar), date_source, feed_url"
        f" from read_parquet('{output}/articles/**/*.parquet') order by url"
    ).fetchall()
    one = next(row for row in rows if row[0].endswith("/one.html"))
    assert one[1] == "one"  # the page's own title first, as for feeds
    assert one[2].startswith("2024-01-15 08:00:00") and one[3] == "feed"
    assert one[4] == f"{base}/news.xml.gz"
