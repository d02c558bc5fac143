"""Property-based tests: arbitrary links, feed bytes and JSON lines never raise anything but the
typed StageFailure that becomes an error row (issue 13: one malformed link ended whole runs).

Hypothesis generates the inputs; the examples a red-team run found are pinned with ``example``
so that they are tried on every run, whatever the random draw.
"""

import contextlib
import datetime
import io
import json

import feedparser
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipelines.tag_command import tag_stream
from schemas.entries import ORIGIN_FEED, FeedEntry, Source
from transforms.deduplicate import sighting_of
from transforms.failures import StageFailure
from transforms.feeds import HAS_SCHEME, entry_link, parse_feed
from transforms.fetching import check_entry_link
from transforms.tagging import EventTagger
from transforms.urls import canonical_url, source_url

RED_TEAM_LINKS = ["http://[::1", "http://[abc]/", "http://a]b/", "http://℀.com/", "http://"]
BASES = ["https://example.com/feeds/world.xml", "file:///srv/feeds/feed.xml", "http://[::1]/f"]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Links that look like URLs often enough to reach the host and query code, and plain junk.
schemes = st.sampled_from(["http", "https", "HTTP", "file", "ftp", "javascript", "", "h t"])
hosts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["example.com", "[::1]", "[abc]", "a]b", "℀.com", "[::1", ":80", "x:99999"]),
)
url_like = st.builds(
    lambda scheme, sep, host, rest: f"{scheme}{sep}{host}{rest}",
    schemes,
    st.sampled_from(["://", ":", ":/", ""]),
    hosts,
    st.text(max_size=20),
)
links = st.one_of(st.text(max_size=40), url_like)


def raises_only_stage_failure(call) -> None:
    with contextlib.suppress(StageFailure):
        call()


@SETTINGS
@given(link=links, base=st.sampled_from(BASES))
@example(link="http://[::1", base=BASES[0])
@example(link="http://", base="http://example.com/feed.xml")
def test_entry_link_never_raises_and_never_becomes_the_feed(link, base):
    resolved = entry_link(feedparser.FeedParserDict(link=link), base)
    assert isinstance(resolved, str)
    if HAS_SCHEME.match(link.strip()):  # absolute: kept as given, never joined to the feed
        assert resolved == link.strip()


@SETTINGS
@given(drawn=links)
def test_link_checks_raise_only_stage_failures(drawn):
    for link in [drawn, *RED_TEAM_LINKS]:
        entry = FeedEntry(link=link, origin=ORIGIN_FEED, feed_url="https://example.com/f")
        raises_only_stage_failure(lambda entry=entry: canonical_url(entry.link))
        raises_only_stage_failure(lambda entry=entry: check_entry_link(entry))
        raises_only_stage_failure(lambda link=link: source_url(link) if "://" in link else None)
        now = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
        assert sighting_of(entry, now).article_id


def rss_with(text: str, in_base: bool = False) -> bytes:
    """An RSS feed with ``text`` in the places a hostile feed puts things (an ``xml:base`` too,
    if ``in_base``: feedparser then drops links it cannot join, so both forms are tried)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;")
    base = f' xml:base="{escaped.replace(chr(34), "&quot;")}"' if in_base else ""
    item = (
        f"<item{base}><title>{escaped}</title><link>{escaped}</link>"
        f"<guid isPermaLink='true'>{escaped}</guid><description>{escaped}</description>"
        f"<pubDate>{escaped}</pubDate></item>"
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{item}</channel></rss>'.encode()


def rss_raw(fragment: str) -> bytes:
    """An RSS feed with ``fragment`` unescaped in its title, link and description."""
    return rss_with("x").replace(b"x", fragment.encode("utf-8", "surrogatepass"))


feed_bytes = st.one_of(
    st.binary(max_size=300),
    # character references to any code point, surrogates and beyond Unicode included
    st.builds(lambda n: rss_raw(f"http://e.com/&#{n};"), st.integers(0, 0x110000)),
    st.builds(lambda n: rss_raw(f"&#x{n:X};"), st.integers(0xD800, 0xDFFF)),
    st.builds(rss_with, links, st.booleans()),
    st.builds(lambda raw: rss_with("x").replace(b"x", raw, 1), st.binary(max_size=40)),
)


@SETTINGS
@given(body=feed_bytes, base=st.sampled_from(BASES))
@example(body=rss_with("http://[::1"), base=BASES[0])
@example(body=rss_raw("&#xDCFF;"), base=BASES[0])
@example(body=rss_raw("http://e.com/a&#xD800;"), base=BASES[0])
def test_parse_feed_raises_only_not_a_feed(body, base):
    try:
        entries = parse_feed(body, Source(location=base))
    except StageFailure:
        return
    for entry in entries:
        assert isinstance(entry.link, str) and entry.entry_id
        entry.link.encode("utf-8")  # writable as Parquet: no lone surrogates
        for text in (entry.guid, entry.title, entry.summary):
            assert text is None or "\x00" not in text
            (text or "").encode("utf-8")


TAGGER: list[EventTagger] = []  # built once: the tagger's dictionaries take a while to load

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=10,
)
documents = st.fixed_dictionaries(
    {
        "id": json_values,
        "text": st.one_of(st.text(max_size=80), json_values),
        "published": st.one_of(
            st.dates().map(datetime.date.isoformat), st.sampled_from(["9999-12-31", "0001-01-01"])
        ),
    },
    optional={"title": json_values, "url": json_values},
)
lines = st.one_of(
    documents.map(json.dumps),
    json_values.map(json.dumps),
    st.text(max_size=60),
    st.integers(1, 50_000).map(lambda depth: "[" * depth + "]" * depth),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(lines, min_size=1, max_size=4))
@example(batch=[json.dumps({"id": 1, "text": "They meet tomorrow.", "published": "9999-12-31"})])
@example(
    batch=[
        '{"id": "s", "text": "\\udcff Germany expelled 40 diplomats.", "published": "2022-04-05"}'
    ]
)
def test_tag_stream_never_stops_and_accounts_for_every_line(batch):
    if not TAGGER:
        TAGGER.append(EventTagger())
    good = json.dumps({"id": "last", "text": "Germany expelled 40 Russian diplomats on Monday.",
                       "published": "2022-04-05"})  # fmt: skip
    source = io.StringIO("\n".join(line.replace("\n", " ") for line in batch) + "\n" + good + "\n")
    # UTF-8 sinks, as stdout and stderr are: a string UTF-8 cannot carry must not reach them
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    tag_stream(source, out, err, TAGGER[0])
    out.flush()
    written = out.buffer.getvalue().decode("utf-8").splitlines()
    assert json.loads(written[-1])["article_id"] == "last"
