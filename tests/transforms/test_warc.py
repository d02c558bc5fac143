"""Reading WARC files: pages and typed failures per response record, resilience to bad bytes."""

import datetime

import pytest

from schemas.errors import ErrorKind
from tests.warc_files import WarcBuilder, record_offsets
from transforms.warc import open_archive, parse_warc_date, read_records

PAGE = b"<html><head><title>T</title></head><body><p>" + b"words " * 100 + b"</p></body></html>"
CAP = 1 << 20


def read_all(path, payloads=True):
    with open_archive(str(path)) as handle:
        return list(read_records(handle, max_bytes=CAP, payloads=payloads))


def kinds(records):
    return [
        (r.record_type, r.target_uri, r.failure.kind if r.failure else None)
        for r in records
        if r.record_type == "response" or r.failure
    ]


@pytest.mark.parametrize("gzip", [True, False])
@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_responses_become_pages_or_typed_failures(tmp_path, gzip, version):
    path = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    with WarcBuilder(path, gzip=gzip, version=version) as warc:
        warc.response("https://a.example/1", PAGE, content_type="text/html; charset=iso-8859-1")
        warc.response("https://a.example/gone", b"not here", status="404 Not Found")
        warc.response("https://a.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
        warc.response("https://a.example/sniffed", b"%PDF-1.4 ...", content_type="text/html")
        warc.metadata("https://a.example/1", "via: test\n")
    records = read_all(path)
    assert [r.record_type for r in records] == [
        "warcinfo",
        *["request", "response"] * 4,
        "metadata",
    ]
    assert kinds(records) == [
        ("response", "https://a.example/1", None),
        ("response", "https://a.example/gone", ErrorKind.BAD_STATUS),
        ("response", "https://a.example/logo.png", ErrorKind.BAD_CONTENT_TYPE),
        ("response", "https://a.example/sniffed", ErrorKind.BAD_CONTENT_TYPE),
    ]
    page = records[2].response
    assert page.body == PAGE and (page.content_type, page.charset) == ("text/html", "iso-8859-1")
    assert page.warc_date == datetime.datetime(2024, 1, 15, 10, 20, 30, tzinfo=datetime.UTC)
    assert records[4].failure.http_status == 404
    # offsets are warcio's, and the header-only pass sees the same records at the same offsets
    assert [(r.offset, r.record_type) for r in records] == record_offsets(path)
    headers_only = read_all(path, payloads=False)
    assert [(r.offset, r.record_type) for r in headers_only] == record_offsets(path)
    assert [r.failure.kind if r.failure else None for r in headers_only[2:9:2]] == [
        None,
        ErrorKind.BAD_STATUS,
        ErrorKind.BAD_CONTENT_TYPE,
        None,  # sniffing the payload is the second pass's
    ]


@pytest.mark.parametrize("gzip", [True, False])
def test_a_corrupt_record_costs_that_record_not_the_file(tmp_path, gzip):
    path = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    with WarcBuilder(path, gzip=gzip) as warc:
        for number in range(4):
            warc.response(f"https://a.example/{number}", PAGE, with_request=False)
    offsets = [offset for offset, kind in record_offsets(path) if kind == "response"]
    data = bytearray(path.read_bytes())
    for index in range(offsets[1] + 2, offsets[1] + 40):  # the second response's header bytes
        data[index] ^= 0x5A
    path.write_bytes(bytes(data))
    records = read_all(path)
    assert kinds(records) == [
        ("response", "https://a.example/0", None),
        ("", None, ErrorKind.CORRUPT_RECORD),
        ("response", "https://a.example/2", None),
        ("response", "https://a.example/3", None),
    ]


@pytest.mark.parametrize("gzip", [True, False])
def test_a_file_cut_off_ends_with_a_truncated_record(tmp_path, gzip):
    path = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    with WarcBuilder(path, gzip=gzip) as warc:
        for number in range(3):
            warc.response(f"https://a.example/{number}", PAGE, with_request=False)
    last = record_offsets(path)[-1][0]
    path.write_bytes(path.read_bytes()[: last + 300])
    assert kinds(read_all(path))[:2] == [
        ("response", "https://a.example/0", None),
        ("response", "https://a.example/1", None),
    ]
    assert kinds(read_all(path))[2][2] == ErrorKind.TRUNCATED_RECORD
    assert len(kinds(read_all(path))) == 3


def test_warc_truncated_header_and_size_cap(tmp_path):
    path = tmp_path / "a.warc.gz"
    with WarcBuilder(path) as warc:
        warc.response("https://a.example/big", PAGE)
    with open_archive(str(path)) as handle:
        records = list(read_records(handle, max_bytes=100))
    (response,) = [r for r in records if r.record_type == "response"]
    assert response.failure.kind == ErrorKind.TOO_LARGE


def test_missing_file_is_not_found(tmp_path):
    from transforms.failures import StageFailure

    with pytest.raises(StageFailure) as caught:
        open_archive(str(tmp_path / "nope.warc.gz"))
    assert caught.value.kind == ErrorKind.NOT_FOUND


def test_warc_dates():
    assert parse_warc_date("2024-01-15T10:20:30.123456Z").microsecond == 123456
    assert parse_warc_date("garbage") is None and parse_warc_date(None) is None
