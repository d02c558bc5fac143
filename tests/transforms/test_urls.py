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


# Issue 13, item 1: links that made urllib raise ValueError and stopped the whole run.
MALFORMED = ["http://[::1", "http://[abc]/", "http://a]b/", "http://℀.com/", "http://a.com/\x00"]


@pytest.mark.parametrize("link", MALFORMED)
def test_malformed_links_are_bad_urls_not_value_errors(link):
    with pytest.raises(StageFailure) as caught:
        canonical_url(link)
    assert caught.value.kind is ErrorKind.BAD_URL


@pytest.mark.parametrize("location", MALFORMED[:4] + ["http://", "ftp://example.com/feed"])
def test_operator_sources_that_could_never_be_read_are_refused(location):
    with pytest.raises(StageFailure):
        source_url(location)


# Issue 13, item 3: only known tracking parameters are dropped; every other query, bare or not,
# names another page.
@pytest.mark.parametrize(
    "one, other",
    [
        ("https://example.com/q?123", "https://example.com/q?456"),
        ("https://example.com/q?123", "https://example.com/q"),
        ("https://example.com/a?ref=home", "https://example.com/a?ref=world"),
        ("https://example.com/a?source=1", "https://example.com/a?source=2"),
        ("https://example.com/a?session=1", "https://example.com/a?session=2"),
        ("https://example.com/a?uid=1", "https://example.com/a?uid=2"),
        ("https://example.com/a?id=1", "https://example.com/a?id=2"),
    ],
)
def test_queries_that_are_not_tracking_keep_pages_apart(one, other):
    assert canonical_url(one) != canonical_url(other)


@pytest.mark.parametrize(
    "tracked",
    [
        "https://example.com/a?utm_source=rss&utm_campaign=x",
        "https://example.com/a?UTM_Medium=feed",
        "https://example.com/a?fbclid=1&gclid=2&msclkid=3&mc_cid=4&_ga=5",
        "https://example.com/a?mtm_campaign=x&pk_kwd=y",
        "https://example.com/a?",
        "https://example.com/a#section",
    ],
)
def test_known_tracking_parameters_are_dropped(tracked):
    assert canonical_url(tracked) == "https://example.com/a"


def test_bare_queries_are_kept_in_the_canonical_url():
    assert canonical_url("https://Example.com:443/q?123#x") == "https://example.com/q?123"
