"""What a response says about itself: media type and charset, Retry-After, and whether a body
of that type is read at all (HTML and feeds only; binaries refused by their first bytes)."""

import datetime
import email.message
import email.utils

from transforms.failures import utc_now

PAGE, FEED, ROBOTS = "page", "feed", "robots"  # what a request is for: it sets what is accepted
SITEMAP = "sitemap"  # any type, gzip files included: the sitemap parser decides
HTML_TYPES = frozenset(("text/html", "application/xhtml+xml"))
XML_TYPES = frozenset(("text/xml", "application/xml"))
# Feeds are often served mislabelled; for them these also pass and the feed parser decides.
LOOSE_FEED_TYPES = frozenset(("text/plain", "application/octet-stream"))
# Bodies that are not text whatever their headers say, by their first bytes.
MAGIC_NUMBERS = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
)


def parse_content_type(header: str | None) -> tuple[str | None, str | None]:
    """The media type and charset of a Content-Type header, lower-cased."""
    if not header:
        return None, None
    message = email.message.Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type().lower(), (str(charset).lower() if charset else None)


def parse_retry_after(value: str | None, now: datetime.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP date), or None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    return max(0.0, (when - (now or utc_now())).total_seconds())


def acceptable(media_type: str | None, purpose: str) -> bool:
    """Whether a response of this media type is read for this purpose."""
    if media_type is None or purpose in (ROBOTS, SITEMAP):
        return True
    if media_type in HTML_TYPES or media_type in XML_TYPES or media_type.endswith("+xml"):
        return True
    return purpose == FEED and media_type in LOOSE_FEED_TYPES


def sniffed_binary(first_bytes: bytes) -> str | None:
    """The binary media type these first bytes announce, or None for anything text-like."""
    return next((kind for magic, kind in MAGIC_NUMBERS if first_bytes.startswith(magic)), None)
