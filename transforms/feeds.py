"""Parsing feeds: RSS, Atom or RDF bytes in, ``FeedEntry`` records out.

feedparser always gets bytes that newsbeam fetched itself, never a URL or a path: given a string
it would open files and URLs on its own, with no timeout and no size limit.
"""

import calendar
import datetime
import pathlib
import time
import urllib.parse

import feedparser

from schemas.entries import ORIGIN_FEED, FeedEntry, Source
from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.urls import file_path


def struct_to_utc(moment: time.struct_time | None) -> datetime.datetime | None:
    """A feedparser date (a UTC struct_time) as an aware datetime."""
    if moment is None:
        return None
    try:
        return datetime.datetime.fromtimestamp(calendar.timegm(moment), datetime.timezone.utc)
    except (OverflowError, ValueError):
        return None


def entry_link(entry: feedparser.FeedParserDict, base_url: str) -> str:
    """The absolute link of an entry: its link, an alternate link, or a permalink guid."""
    link = entry.get("link") or ""
    if not link:
        for candidate in entry.get("links", []):
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not link and entry.get("guidislink"):
        link = entry.get("id", "")
    return urllib.parse.urljoin(base_url, link.strip()) if link.strip() else ""


def parse_feed(body: bytes, source: Source, content_type: str | None = None) -> list[FeedEntry]:
    """The entries of one feed, in document order. ``content_type`` is the server's media type,
    which feedparser weighs with the XML declaration to find the charset (RFC 7303).

    Raises StageFailure(NOT_A_FEED) when the bytes are not a feed at all. A well-formed feed with
    no entries yields an empty list; a malformed feed that still yields entries keeps them.
    """
    # No content-location: feedparser mangles relative links against file:// bases
    # (file:///a/feed.xml + x.html -> file://a/x.html); entry_link resolves them instead.
    parsed = feedparser.parse(
        body,
        sanitize_html=True,
        resolve_relative_uris=True,
        response_headers={"content-type": content_type} if content_type else None,
    )
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no RSS, Atom or RDF structure"
        raise StageFailure(ErrorKind.NOT_A_FEED, f"not a feed: {reason}")
    local_root = None
    if urllib.parse.urlsplit(source.location).scheme.lower() == "file":
        local_root = str(pathlib.Path(file_path(source.location)).parent)
    feed_title = parsed.feed.get("title") or None
    feed_language = source.language or (parsed.feed.get("language") or None)
    return [
        FeedEntry(
            link=entry_link(entry, source.location),
            origin=ORIGIN_FEED,
            feed_url=source.location,
            local_root=local_root,
            guid=entry.get("id") or None,
            title=entry.get("title") or None,
            summary=entry.get("summary") or None,
            published_at=struct_to_utc(
                entry.get("published_parsed") or entry.get("updated_parsed")
            ),
            feed_title=feed_title,
            feed_name=source.name,
            feed_country=source.country,
            feed_language=feed_language,
        )
        for entry in parsed.entries
    ]
