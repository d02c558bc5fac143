"""Parsing feeds from bytes."""

import datetime

import pytest

from schemas.entries import ORIGIN_FEED, Source
from schemas.errors import ErrorKind
from seeds import seed_path
from transforms.failures import StageFailure
from transforms.feeds import parse_feed

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel>
<title>Wire</title><language>fr</language>
<item><title>One</title><link>https://example.com/one?utm_source=x</link>
<pubDate>Fri, 24 Feb 2023 16:40:00 GMT</pubDate>
<description>&lt;p&gt;Sum &lt;b&gt;one&lt;/b&gt;&lt;/p&gt;</description></item>
<item><title>Two</title><link>/two</link></item>
<item><title>No link</title></item>
</channel></rss>"""


def test_seed_feed_has_one_entry_linking_the_local_page():
    source = Source(location=seed_path("feed.xml").as_uri())
    (entry,) = parse_feed(seed_path("feed.xml").read_bytes(), source)
    assert entry.link == seed_path("article.html").as_uri()
    assert entry.origin == ORIGIN_FEED
    assert entry.local_root == str(seed_path("feed.xml").parent)
    assert entry.published_at == datetime.datetime(
        2023, 2, 24, 16, 40, tzinfo=datetime.timezone.utc
    )
    assert entry.feed_title == "The Gulf Dispatch: Middle East"


def test_entries_keep_order_resolve_relative_links_and_keep_linkless_ones():
    source = Source(location="https://example.com/feeds/world.xml", name="Wire FR", country="FRA")
    entries = parse_feed(RSS, source)
    assert [e.title for e in entries] == ["One", "Two", "No link"]
    assert entries[1].link == "https://example.com/two"
    assert entries[2].link == ""  # still an entry: it ends as a bad_url error, not silently lost
    assert entries[0].feed_language == "fr"
    assert entries[0].feed_name == "Wire FR" and entries[0].feed_country == "FRA"
    assert entries[0].local_root is None


@pytest.mark.parametrize(
    "body", [b"this is not xml at all", b"<html><body><p>A web page</p></body></html>", b""]
)
def test_bytes_that_are_not_a_feed_raise_not_a_feed(body):
    with pytest.raises(StageFailure) as caught:
        parse_feed(body, Source(location="https://example.com/feed"))
    assert caught.value.kind is ErrorKind.NOT_A_FEED


def test_an_empty_but_valid_feed_has_no_entries():
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert parse_feed(body, Source(location="https://example.com/feed")) == []


def rss_items(*items: str) -> bytes:
    channel = "<channel><title>Wire</title>" + "".join(items) + "</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


FEED_SOURCE = Source(location="http://example.com/feed.xml")


@pytest.mark.parametrize(
    "link", ["http://[::1", "http://[abc]/", "http://a]b/", "http://℀.com/", "[::1"]
)
def test_malformed_links_stay_entries_to_be_refused_later(link):
    # Issue 13, item 1: urljoin raised ValueError here and the whole run exited 1.
    entries = parse_feed(
        rss_items(f"<item><title>x</title><link>{link}</link></item>"), FEED_SOURCE
    )
    assert [entry.title for entry in entries] == ["x"]


@pytest.mark.parametrize("link", ["http://", "https://", "http:", "http:/x", "#", "?", "feed.xml"])
def test_an_absolute_link_without_host_is_not_the_feeds_own_url(link):
    # Issue 13, item 8: <link>http://</link> resolved to the feed's URL, and the feed was
    # fetched as a page.
    (entry,) = parse_feed(rss_items(f"<item><link>{link}</link></item>"), FEED_SOURCE)
    assert entry.link != FEED_SOURCE.location and entry.link == link


def test_control_characters_do_not_reach_the_text():
    item = "<title>A&#1;B</title><link>/a</link><description>x&#0;y&#27;z\tw</description>"
    body = rss_items(f"<item>{item}</item>").replace(b"&#0;", b"\x00").replace(b"&#1;", b"\x01")
    (entry,) = parse_feed(body.replace(b"&#27;", b"\x1b"), FEED_SOURCE)
    for text in (entry.title or "", entry.summary or ""):
        assert not any(ord(char) < 32 and char not in "\t\n\r" for char in text), text


def test_identical_linkless_entries_have_distinct_stable_ids():
    # Issue 13, item 5: four link-less entries gave four identical error rows.
    body = rss_items(*["<item><title>Same</title></item>"] * 4)
    ids = [entry.entry_id for entry in parse_feed(body, FEED_SOURCE)]
    assert len(set(ids)) == 4
    assert ids == [entry.entry_id for entry in parse_feed(body, FEED_SOURCE)]
