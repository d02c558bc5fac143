"""OPML and TOML feed lists, and the starter list shipped in seeds/."""

import pytest

from seeds import seed_path
from transforms.feed_lists import FeedListError, read_feeds_file, read_opml

OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Mine</title></head><body>
<outline text="News">
  <outline type="rss" text="Wire" xmlUrl="https://wire.example/rss" country="GB" language="en-GB"/>
  <outline type="rss" title="Local" xmlUrl="local/feed.xml"/>
  <outline type="link" text="Just a link" url="https://example.com"/>
</outline></body></opml>"""


def test_opml_outlines_with_feeds_become_sources(tmp_path):
    (tmp_path / "list.opml").write_text(OPML)
    wire, local = read_opml(tmp_path / "list.opml")
    assert (wire.location, wire.name, wire.country, wire.language) == (
        "https://wire.example/rss",
        "Wire",
        "GBR",
        "en",
    )
    assert local.location == (tmp_path / "local" / "feed.xml").as_uri() and local.name == "Local"


def test_opml_that_is_not_xml_or_has_a_bad_country_is_refused(tmp_path):
    (tmp_path / "bad.opml").write_text("<opml><body><outline")
    with pytest.raises(FeedListError, match="bad.opml"):
        read_opml(tmp_path / "bad.opml")
    (tmp_path / "country.opml").write_text(
        '<opml><body><outline xmlUrl="https://a.example/rss" country="Narnia"/></body></opml>'
    )
    with pytest.raises(FeedListError, match="outline 1.*Narnia"):
        read_opml(tmp_path / "country.opml")


def test_feeds_file_gives_each_feed_name_country_and_language(tmp_path):
    (tmp_path / "feeds.toml").write_text(
        """
[[feed]]
url = "https://mofa.example/rss"
name = "Ministry"
country = "NOR"  # stays a string: the reason this is TOML, not YAML
language = "no"

[[feed]]
url = "feeds/local.xml"
"""
    )
    ministry, local = read_feeds_file(tmp_path / "feeds.toml")
    assert (ministry.name, ministry.country, ministry.language) == ("Ministry", "NOR", "no")
    assert local.location == (tmp_path / "feeds" / "local.xml").as_uri()
    assert (local.name, local.country) == (None, None)


@pytest.mark.parametrize(
    "text, message",
    [
        ('[[feed]]\nname = "x"\n', "feed 1: url is missing"),
        ('[[feed]]\nurl = "https://a"\ncontry = "FRA"\n', "unknown keys contry"),
        ('[[feed]]\nurl = "https://a"\nlanguage = "French"\n', "not an ISO 639-1"),
        ("[[feed]\n", "not a readable TOML file"),
        ('title = "x"\n', "expected only"),
    ],
)
def test_feeds_file_mistakes_are_named(tmp_path, text, message):
    (tmp_path / "feeds.toml").write_text(text)
    with pytest.raises(FeedListError, match=message):
        read_feeds_file(tmp_path / "feeds.toml")


def test_the_starter_opml_lists_real_web_feeds_with_countries():
    sources = read_opml(seed_path("feeds.opml"))
    assert len(sources) >= 15
    assert all(source.location.startswith("https://") for source in sources)
    assert all(source.name and source.language for source in sources)
    assert sum(1 for source in sources if source.country) >= len(sources) - 1  # UN News has none
    assert len({source.location for source in sources}) == len(sources)
