"""The file:// policy and reading local files within the cap."""

import pytest

from schemas.entries import ORIGIN_FEED, ORIGIN_OPERATOR, FeedEntry
from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.fetching import Fetcher, FetchSettings, check_entry_link


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
