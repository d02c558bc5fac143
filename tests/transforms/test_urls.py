"""Canonical URLs and article ids."""

import pytest

from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.urls import article_id_for, canonical_url, source_url


@pytest.mark.parametrize(
    "link, expected",
    [
        (
            "HTTPS://Example.COM:443/world/story?utm_source=rss&id=7#comments",
            "https://example.com/world/story?id=7",
        ),
        ("http://example.com:80/a?fbclid=x&b=2&a=1", "http://example.com/a?a=1&b=2"),
        ("https://example.com/a?gclid=abc", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
    ],
)
def test_canonical_url_drops_what_does_not_name_the_article(link, expected):
    assert canonical_url(link) == expected


def test_tracking_variants_share_one_article_id():
    plain = article_id_for(canonical_url("https://example.com/story"))
    tracked = article_id_for(canonical_url("https://EXAMPLE.com/story?utm_medium=feed#top"))
    assert plain == tracked
    assert len(plain) == 16 and int(plain, 16) >= 0


def test_distinct_articles_get_distinct_ids():
    assert article_id_for(canonical_url("https://example.com/a?id=1")) != article_id_for(
        canonical_url("https://example.com/a?id=2")
    )


@pytest.mark.parametrize("link", ["", "   ", "http:///no-host"])
def test_links_that_are_not_urls_are_bad_urls(link):
    with pytest.raises(StageFailure) as caught:
        canonical_url(link)
    assert caught.value.kind is ErrorKind.BAD_URL


def test_local_paths_become_file_urls(tmp_path):
    assert source_url(str(tmp_path / "feed.xml")) == (tmp_path / "feed.xml").as_uri()
    assert source_url("https://example.com/feed") == "https://example.com/feed"
