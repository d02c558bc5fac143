"""What responses say about themselves: content types, charsets, Retry-After, binaries."""

import datetime

import pytest

from transforms.fetching.responses import (
    FEED,
    PAGE,
    ROBOTS,
    acceptable,
    parse_content_type,
    parse_retry_after,
    sniffed_binary,
)


def test_parse_retry_after_reads_seconds_and_dates():
    now = datetime.datetime(2026, 11, 1, 10, 0, tzinfo=datetime.timezone.utc)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Sun, 01 Nov 2026 10:00:30 GMT", now) == 30.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_parse_content_type():
    assert parse_content_type('text/HTML; Charset="UTF-8"') == ("text/html", "utf-8")
    assert parse_content_type(None) == (None, None)


@pytest.mark.parametrize(
    "media_type, page, feed",
    [
        ("text/html", True, True),
        ("application/xhtml+xml", True, True),
        ("application/rss+xml", True, True),
        ("text/xml", True, True),
        ("text/plain", False, True),
        ("application/octet-stream", False, True),
        ("application/pdf", False, False),
        ("image/png", False, False),
        ("application/json", False, False),
        (None, True, True),
    ],
)
def test_only_html_and_feeds_are_read(media_type, page, feed):
    assert (acceptable(media_type, PAGE), acceptable(media_type, FEED)) == (page, feed)
    assert acceptable(media_type, ROBOTS)


def test_binaries_are_known_by_their_first_bytes():
    assert sniffed_binary(b"%PDF-1.7") == "application/pdf"
    assert sniffed_binary(b"\x1f\x8b\x08") == "application/gzip"
    assert sniffed_binary(b"<!doctype html>") is None
