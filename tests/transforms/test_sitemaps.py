"""Parsing sitemaps: urlsets with the Google News extension and lastmod, indexes, gzip, and
hostile input (bombs, entities, other documents)."""

import datetime
import gzip

import pytest

from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.sitemaps import parse_sitemap

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://a.example/news/1.html</loc>
    <lastmod>2024-01-20</lastmod>
    <news:news><news:publication><news:name>A Daily</news:name><news:language>en</news:language>
      </news:publication>
      <news:publication_date>2024-01-15T08:30:00+01:00</news:publication_date>
      <news:title>Ministers meet</news:title></news:news></url>
  <url><loc> https://a.example/about.html </loc><lastmod>2023-12-01</lastmod></url>
  <url><loc>https://a.example/undated.html</loc></url>
  <url><lastmod>2023-12-01</lastmod></url>
</urlset>"""
INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://a.example/s1.xml.gz</loc><lastmod>2024-01-01</lastmod></sitemap>
<sitemap><loc>https://a.example/s2.xml</loc></sitemap></sitemapindex>"""
SOURCE = "https://a.example/sitemap.xml"


def kind(body: bytes, max_bytes: int = 1 << 20) -> ErrorKind:
    with pytest.raises(StageFailure) as caught:
        parse_sitemap(body, SOURCE, max_bytes)
    return caught.value.kind


def test_urlset_entries_with_news_dates_titles_and_lastmod():
    sitemap = parse_sitemap(URLSET, SOURCE, 1 << 20)
    assert sitemap.children == []
    news, about, undated = sitemap.entries
    assert news.link == "https://a.example/news/1.html" and news.title == "Ministers meet"
    assert news.published_at == datetime.datetime(2024, 1, 15, 7, 30, tzinfo=datetime.UTC)
    assert news.feed_title == "A Daily" and news.feed_url == SOURCE and news.origin == "feed"
    assert about.link == "https://a.example/about.html"
    assert about.published_at == datetime.datetime(2023, 12, 1, tzinfo=datetime.UTC)
    assert undated.published_at is None and undated.title is None


def test_index_lists_child_sitemaps_and_gzip_is_read():
    assert parse_sitemap(INDEX, SOURCE, 1 << 20).children == [
        "https://a.example/s1.xml.gz",
        "https://a.example/s2.xml",
    ]
    assert len(parse_sitemap(gzip.compress(URLSET), SOURCE, 1 << 20).entries) == 3


def test_hostile_sitemaps_are_refused():
    bomb = gzip.compress(b"<urlset>" + b" " * (8 << 20) + b"</urlset>")
    assert len(bomb) < 64 * 1024 and kind(bomb, max_bytes=1 << 20) == ErrorKind.TOO_LARGE
    assert kind(b"\x1f\x8b\x08garbage") == ErrorKind.DECODE_ERROR
    assert kind(b"<html><body>not a sitemap</body></html>") == ErrorKind.NOT_A_SITEMAP
    assert kind(b"plain text") == ErrorKind.NOT_A_SITEMAP
    entity = b"""<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<urlset><url><loc>&x;</loc></url></urlset>"""
    links = [entry.link for entry in parse_sitemap(entity, SOURCE, 1 << 20).entries]
    assert not any("root:" in link for link in links)
