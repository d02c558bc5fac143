"""Fetching local files and loopback http pages within limits, and the link policy."""

import pytest

from schemas.entries import ORIGIN_FEED, ORIGIN_OPERATOR, FeedEntry
from schemas.errors import ErrorKind
from tests.local_server import Reply, serve
from transforms.failures import StageFailure
from transforms.fetching import Fetcher, FetchSettings, check_entry_link, parse_content_type


def feed_entry(link: str, local_root: str | None) -> FeedEntry:
    return FeedEntry(
        link=link, origin=ORIGIN_FEED, feed_url="file:///feeds/f.xml", local_root=local_root
    )


def failure_kind(call) -> ErrorKind:
    with pytest.raises(StageFailure) as caught:
        call()
    return caught.value.kind


def test_operator_may_name_any_local_file(tmp_path):
    check_entry_link(FeedEntry(link=(tmp_path / "a.html").as_uri(), origin=ORIGIN_OPERATOR))


def test_local_feed_may_link_files_under_its_own_folder(tmp_path):
    check_entry_link(feed_entry((tmp_path / "sub" / "a.html").as_uri(), str(tmp_path)))


def test_local_feed_may_not_link_files_outside_its_folder(tmp_path):
    outside = (tmp_path.parent / "secret.txt").as_uri()
    kind = failure_kind(lambda: check_entry_link(feed_entry(outside, str(tmp_path))))
    assert kind is ErrorKind.FILE_NOT_ALLOWED


def test_remote_feed_may_not_link_local_files():
    kind = failure_kind(lambda: check_entry_link(feed_entry("file:///etc/passwd", None)))
    assert kind is ErrorKind.BAD_SCHEME


@pytest.mark.parametrize("link", ["gopher://example.com/1", "javascript:alert(1)", "mailto:a@b.c"])
def test_other_schemes_are_refused(link):
    assert failure_kind(lambda: check_entry_link(feed_entry(link, None))) is ErrorKind.BAD_SCHEME


def test_missing_and_oversized_files(tmp_path):
    fetcher = Fetcher(FetchSettings(max_bytes=10))
    missing = (tmp_path / "nope.html").as_uri()
    assert failure_kind(lambda: fetcher.fetch(missing)) is ErrorKind.NOT_FOUND
    big = tmp_path / "big.html"
    big.write_bytes(b"x" * 11)
    assert failure_kind(lambda: fetcher.fetch(big.as_uri())) is ErrorKind.TOO_LARGE
    small = tmp_path / "small.html"
    small.write_bytes(b"x" * 10)
    assert fetcher.fetch(small.as_uri()).body == b"x" * 10


def test_a_local_file_is_dated_by_its_modification_time(tmp_path):
    page = tmp_path / "a.html"
    page.write_text("<p>x</p>")
    first = Fetcher(FetchSettings()).fetch(page.as_uri())
    assert first.fetched_at == Fetcher(FetchSettings()).fetch(page.as_uri()).fetched_at


def test_http_fetch_reads_body_status_and_charset():
    routes = {"/a": Reply(200, b"<p>hi</p>", {"Content-Type": "text/html; charset=ISO-8859-1"})}
    with serve(routes) as (base, _asked):
        fetched = Fetcher(FetchSettings(timeout_seconds=5)).fetch(f"{base}/a")
    assert (fetched.body, fetched.http_status, fetched.charset) == (b"<p>hi</p>", 200, "iso-8859-1")
    assert fetched.content_type == "text/html"


def test_http_failures_have_precise_kinds():
    routes = {
        "/gone": Reply(410, b"gone"),
        "/image": Reply(200, b"\x89PNG", {"Content-Type": "image/png"}),
        "/big": Reply(200, b"y" * 5000),
        "/loop": Reply(302, b"", {"Location": "/loop"}),
        "/hop": Reply(301, b"", {"Location": "/a"}),
        "/a": Reply(200, b"<p>landed</p>"),
    }
    fetcher = Fetcher(FetchSettings(timeout_seconds=5, max_bytes=4096))
    with serve(routes) as (base, _asked):
        with pytest.raises(StageFailure) as gone:
            fetcher.fetch(f"{base}/gone")
        assert (gone.value.kind, gone.value.http_status) == (ErrorKind.BAD_STATUS, 410)
        assert failure_kind(lambda: fetcher.fetch(f"{base}/image")) is ErrorKind.BAD_CONTENT_TYPE
        assert failure_kind(lambda: fetcher.fetch(f"{base}/big")) is ErrorKind.TOO_LARGE
        assert failure_kind(lambda: fetcher.fetch(f"{base}/loop")) is ErrorKind.REDIRECT_LIMIT
        landed = fetcher.fetch(f"{base}/hop")
    assert landed.final_url == f"{base}/a" and landed.body == b"<p>landed</p>"


def test_unreachable_loopback_port_is_a_connection_error():
    with serve({}) as (base, _asked):
        pass  # the server is gone: its port now refuses connections
    kind = failure_kind(lambda: Fetcher(FetchSettings(timeout_seconds=2)).fetch(f"{base}/a"))
    assert kind is ErrorKind.CONNECTION_ERROR


def test_parse_content_type():
    assert parse_content_type('text/HTML; Charset="UTF-8"') == ("text/html", "utf-8")
    assert parse_content_type(None) == (None, None)
