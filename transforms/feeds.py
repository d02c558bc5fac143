"""Parsing feeds: RSS, Atom or RDF bytes in, ``FeedEntry`` records out.

feedparser always gets bytes that newsbeam fetched itself, never a URL or a path: given a string
it would open files and URLs on its own, with no timeout and no size limit.
"""

import calendar
import datetime
import pathlib
import re
import time
import urllib.parse

import feedparser

from schemas.entries import ORIGIN_FEED, FeedEntry, Source
from schemas.errors import ErrorKind
from transforms.failures import StageFailure, stable_id
from transforms.urls import file_path, url_scheme

# A scheme before the first colon (RFC 3986 3.1): such a link is absolute and is never joined
# to the feed's URL (urljoin turns "http://" or "http:x" into the feed's own URL).
HAS_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
# Control characters (C0 but tab, newline and return; DEL; C1) never belong in text.
TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Lone surrogates (from character references such as &#xDCFF;) cannot be written as UTF-8.
SURROGATES = re.compile(r"[\ud800-\udfff]")


def valid_unicode(value: str) -> str:
    """The string with lone surrogates replaced by U+FFFD, so that it can be written."""
    return SURROGATES.sub("\ufffd", value)


def clean_text(value: object) -> str | None:
    """A feed's text field without control characters; None when nothing is left."""
    if not isinstance(value, str):
        return None
    return TEXT_CONTROLS.sub("", valid_unicode(value)).strip() or None


def struct_to_utc(moment: time.struct_time | None) -> datetime.datetime | None:
    """A feedparser date (a UTC struct_time) as an aware datetime."""
    if moment is None:
        return None
    try:
        return datetime.datetime.fromtimestamp(calendar.timegm(moment), datetime.timezone.utc)
    except (OverflowError, ValueError):
        return None


def entry_link(entry: feedparser.FeedParserDict, base_url: str) -> str:
    """The link of an entry: its link, an alternate link, or a permalink guid; a relative one
    joined to the feed's URL. Never raises: a link that cannot be joined is returned as found,
    for FetchPages to refuse as a ``bad_url`` row."""
    link = entry.get("link") or ""
    if not link:
        for candidate in entry.get("links", []):
            if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
                link = candidate["href"]
                break
    if not link and entry.get("guidislink"):
        link = entry.get("id", "")
    link = valid_unicode(link).strip() if isinstance(link, str) else ""
    if not link or HAS_SCHEME.match(link):
        return link
    try:
        joined = urllib.parse.urljoin(base_url, link)
    except ValueError:
        return link
    # "#", "?" or the feed's own file name lead back to the feed, which is no article: left
    # relative, the link becomes a bad_url row instead of the feed fetched as a page.
    return link if joined.partition("#")[0] == base_url.partition("#")[0] else joined


def parse_feed(body: bytes, source: Source, content_type: str | None = None) -> list[FeedEntry]:
    """The entries of one feed, in document order. ``content_type`` is the server's media type,
    which feedparser weighs with the XML declaration to find the charset (RFC 7303).

    Raises StageFailure(NOT_A_FEED) when the bytes are not a feed at all. A well-formed feed with
    no entries yields an empty list; a malformed feed that still yields entries keeps them.
    """
    # No content-location: feedparser mangles relative links against file:// bases
    # (file:///a/feed.xml + x.html -> file://a/x.html); entry_link resolves them instead.
    try:
        parsed = feedparser.parse(
            body,
            sanitize_html=True,
            resolve_relative_uris=True,
            response_headers={"content-type": content_type} if content_type else None,
        )
    except Exception as exc:  # feedparser's own failure on hostile bytes (&#xDCFF; raises
        # UnicodeEncodeError): the bytes are no feed newsbeam can read, not a newsbeam bug
        raise StageFailure(
            ErrorKind.NOT_A_FEED, f"not a feed: the parser raised {type(exc).__name__}"
        ) from exc
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        reason = parsed.get("bozo_exception") or "no RSS, Atom or RDF structure"
        raise StageFailure(ErrorKind.NOT_A_FEED, f"not a feed: {reason}")
    local_root = None
    if url_scheme(source.location) == "file":
        local_root = str(pathlib.Path(file_path(source.location)).parent)
    feed_title = clean_text(parsed.feed.get("title"))
    feed_language = source.language or clean_text(parsed.feed.get("language"))
    entries = []
    occurrences: dict[str, int] = {}
    for entry in parsed.entries:
        link = entry_link(entry, source.location)
        guid, title = clean_text(entry.get("id")), clean_text(entry.get("title"))
        summary = clean_text(entry.get("summary"))
        published_at = struct_to_utc(entry.get("published_parsed") or entry.get("updated_parsed"))
        # Identical entries are told apart by their rank among their twins, which a rerun over
        # the same feed reproduces (a position in the feed would shift with every new item).
        content = stable_id(link, guid, title, summary, str(published_at))
        occurrences[content] = occurrences.get(content, 0) + 1
        entries.append(
            FeedEntry(
                link=link,
                origin=ORIGIN_FEED,
                feed_url=source.location,
                local_root=local_root,
                guid=guid,
                title=title,
                summary=summary,
                published_at=published_at,
                feed_title=feed_title,
                feed_name=source.name,
                feed_country=source.country,
                feed_language=feed_language,
                entry_id=stable_id(source.location, content, str(occurrences[content])),
            )
        )
    return entries
