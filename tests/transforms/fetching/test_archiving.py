"""--archive's WARC files: request and response records with digests, rotated, readable back."""

import datetime

from transforms.fetching.archiving import WarcArchive, archive_name, stored_headers
from transforms.warc import open_archive, read_records

WHEN = datetime.datetime(2026, 12, 2, 16, 0, 0, 123456, tzinfo=datetime.timezone.utc)
PAGE = b"<html><body><p>" + b"news " * 50 + b"</p></body></html>"


def test_exchanges_become_request_and_response_records_and_rotate(tmp_path):
    archive = WarcArchive(str(tmp_path), "run1", max_bytes=1)  # every exchange fills a file
    for number in range(3):
        archive.write_exchange(
            f"https://a.example/{number}.html?x=1",
            [("User-Agent", "newsbeam/0.1 (+https://example.org)")],
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")],
            PAGE,
            WHEN,
        )
    archive.close()
    files = sorted(tmp_path.iterdir())
    assert [path.name.split("-")[-1] for path in files] == [
        "00000.warc.gz",
        "00001.warc.gz",
        "00002.warc.gz",
    ]
    assert all(path.name.startswith("newsbeam-run1-") for path in files)
    from warcio.archiveiterator import ArchiveIterator

    with files[0].open("rb") as handle:
        records = list(ArchiveIterator(handle))
        types = [record.rec_type for record in records]
    assert types == ["warcinfo", "request", "response"]
    with files[0].open("rb") as handle:
        for record in ArchiveIterator(handle):
            if record.rec_type == "response":
                assert record.rec_headers.get_header("WARC-Payload-Digest").startswith("sha1:")
                assert record.http_headers.get_header("X-Crawler-Content-Encoding") == "gzip"
                assert record.http_headers.get_header("Content-Encoding") is None
            if record.rec_type == "request":
                request_line = (record.http_headers.protocol, record.http_headers.statusline)
                assert request_line == ("GET", "/0.html?x=1 HTTP/1.1")
                assert record.rec_headers.get_header("WARC-Concurrent-To")
    with open_archive(str(files[1])) as handle:
        (response,) = [r for r in read_records(handle, max_bytes=1 << 20) if r.response]
    assert response.response.body == PAGE and response.response.charset == "utf-8"
    assert response.warc_date == WHEN and response.target_uri == "https://a.example/1.html?x=1"


def test_stored_headers_describe_the_stored_payload():
    headers = stored_headers(
        [("Content-Length", "10"), ("Transfer-Encoding", "chunked"), ("Content-Encoding", "br")],
        b"12345",
    )
    assert headers == [("X-Crawler-Content-Encoding", "br"), ("Content-Length", "5")]
    assert archive_name("r", "p", 7) == "newsbeam-r-p-00007.warc.gz"
