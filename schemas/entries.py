"""Records that flow between stages before anything is written: sources, feed entries, pages.

These are internal: they never land on disk, so they carry no pyarrow schema. They are
registered as Beam rows so that runners encode them with a schema-aware coder, not pickle.
"""

import dataclasses
import datetime

from schemas.tables import register_row

SOURCE_FEED = "feed"
SOURCE_PAGE = "page"
SOURCE_WARC = "warc"  # a WARC file, a folder of them or a glob, on any Beam filesystem
SOURCE_WARC_LIST = "warc-list"  # a listing of WARC paths, one a line (CC-NEWS warc.paths)
SOURCE_SITEMAP = "sitemap"  # a sitemap or sitemap index (XML, plain or gzip)

ORIGIN_OPERATOR = "operator"
ORIGIN_FEED = "feed"
ORIGIN_ARCHIVE = "archive"  # a response record of a WARC file


@register_row
@dataclasses.dataclass(frozen=True)
class Source:
    """One input the operator named: a feed to read or a page to fetch directly.

    ``location`` is an absolute URL (``http(s)://`` or ``file://``); local paths given on the
    command line are turned into ``file://`` URLs when the options are read.
    """

    location: str
    kind: str = SOURCE_FEED
    name: str | None = None
    country: str | None = None
    language: str | None = None


@register_row
@dataclasses.dataclass(frozen=True)
class FeedEntry:
    """A link to one article, as found in a feed or given directly by the operator.

    ``origin`` says who named the link: ``operator`` links (``--urls``) may be local files;
    ``feed`` links may be local files only under ``local_root``, the directory of a local feed
    the operator named. ``entry_id`` tells this input from every other one, even from an
    identical entry of the same feed (error rows of link-less entries are told apart by it).
    """

    link: str
    origin: str
    feed_url: str | None = None
    local_root: str | None = None
    guid: str | None = None
    title: str | None = None
    summary: str | None = None
    published_at: datetime.datetime | None = None
    feed_title: str | None = None
    feed_name: str | None = None
    feed_country: str | None = None
    feed_language: str | None = None
    entry_id: str | None = None


@register_row
@dataclasses.dataclass(frozen=True)
class RawPage:
    """The bytes of one fetched page, with what the fetch learned about them."""

    entry: FeedEntry
    article_id: str
    canonical_url: str
    final_url: str
    body: bytes
    fetched_at: datetime.datetime
    http_status: int | None = None
    content_type: str | None = None
    charset: str | None = None


@register_row
@dataclasses.dataclass(frozen=True)
class FeedValidators:
    """What a feed's server said to make the next request conditional (ETag, Last-Modified).

    ``status`` is 200 (the feed was read) or 304 (unchanged since the validators were kept).
    """

    feed_url: str
    etag: str | None
    last_modified: str | None
    checked_at: datetime.datetime
    status: int
