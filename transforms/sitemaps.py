"""Sitemaps: the bytes of a sitemap or sitemap index in, feed entries or child sitemaps out.

Consumes what the fetching service read for a ``--sitemaps`` URL: XML (sitemaps.org 0.9),
plain or gzip (a ``.xml.gz`` file, decompressed here within the size cap). A ``urlset`` gives
one ``FeedEntry`` per ``<url>``: its ``<loc>``, the Google News extension's
``news:publication_date`` and ``news:title`` (and ``news:name`` as the feed's title), else
``<lastmod>`` as the date. A ``sitemapindex`` gives the ``<loc>`` of its child sitemaps. Drops
``<url>`` elements without a ``<loc>``. Anything else raises StageFailure(NOT_A_SITEMAP).
"""

import dataclasses
import datetime
import zlib

from lxml import etree

from schemas.entries import ORIGIN_FEED, FeedEntry
from schemas.errors import ErrorKind
from transforms.failures import StageFailure

GZIP_MAGIC = b"\x1f\x8b"
# External entities and network access are refused: a sitemap is hostile input.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)


@dataclasses.dataclass(frozen=True)
class Sitemap:
    """What one sitemap file lists: article entries (a urlset) or child sitemaps (an index)."""

    entries: list[FeedEntry]
    children: list[str]


def local_name(element: etree._Element) -> str:
    """An element's tag without its namespace."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def child_text(element: etree._Element, name: str) -> str | None:
    """The stripped text of the first descendant named ``name`` (any namespace), or None."""
    for child in element.iter():
        if local_name(child) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_w3c_date(value: str | None) -> datetime.datetime | None:
    """A sitemap date (W3C datetime: YYYY-MM-DD, or with a time and offset) in UTC, or None."""
    if not value:
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=datetime.timezone.utc)
    return parsed.astimezone(datetime.timezone.utc)


def gunzip_capped(body: bytes, max_bytes: int) -> bytes:
    """A gzip body decompressed, refusing more than ``max_bytes`` (a bomb stops at the cap)."""
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = decompressor.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise StageFailure(ErrorKind.DECODE_ERROR, f"corrupt gzip sitemap: {exc}") from exc
    if len(data) > max_bytes:
        raise StageFailure(ErrorKind.TOO_LARGE, f"sitemap over {max_bytes} bytes decompressed")
    return data


def url_entry(element: etree._Element, sitemap_url: str) -> FeedEntry | None:
    """The entry of one ``<url>`` element, or None when it has no ``<loc>``."""
    link = next((c.text.strip() for c in element if local_name(c) == "loc" and c.text), None)
    if not link:
        return None
    news = next((c for c in element if local_name(c) == "news"), None)
    published = parse_w3c_date(child_text(news, "publication_date")) if news is not None else None
    if published is None:
        published = parse_w3c_date(child_text(element, "lastmod"))
    return FeedEntry(
        link=link,
        origin=ORIGIN_FEED,
        feed_url=sitemap_url,
        guid=link,
        title=child_text(news, "title") if news is not None else None,
        published_at=published,
        feed_title=child_text(news, "name") if news is not None else None,
    )


def parse_sitemap(body: bytes, sitemap_url: str, max_bytes: int) -> Sitemap:
    """The entries or child sitemaps of one sitemap file (XML, plain or gzip)."""
    if body.startswith(GZIP_MAGIC):
        body = gunzip_capped(body, max_bytes)
    try:
        root = etree.fromstring(body, PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise StageFailure(ErrorKind.NOT_A_SITEMAP, f"not XML: {exc}"[:200]) from exc
    kind = local_name(root)
    if kind == "sitemapindex":
        children = [
            text
            for element in root
            if local_name(element) == "sitemap" and (text := child_text(element, "loc"))
        ]
        return Sitemap(entries=[], children=children)
    if kind == "urlset":
        entries = [
            url_entry(element, sitemap_url) for element in root if local_name(element) == "url"
        ]
        return Sitemap(entries=[entry for entry in entries if entry is not None], children=[])
    raise StageFailure(ErrorKind.NOT_A_SITEMAP, f"a <{kind}> document, not a sitemap")
