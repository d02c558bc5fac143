"""Builders of WARC files for tests, written with warcio as crawlers write them.

``cc_news_like`` writes what a CC-NEWS file holds: a warcinfo record, then request and response
pairs, gzip per record; callers add odd records (404s, images, repeats, metadata).
"""

import io
import pathlib
from collections.abc import Iterable

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WARC_DATE = "2024-01-15T10:20:30Z"


class WarcBuilder:
    """Writes records to a WARC file: ``response`` (with its ``request``), ``metadata``."""

    def __init__(self, path: pathlib.Path, *, gzip: bool = True, version: str = "1.1") -> None:
        self.path = path
        self._handle = path.open("wb")
        self._writer = WARCWriter(self._handle, gzip=gzip, warc_version=version)
        self._writer.write_record(
            self._writer.create_warcinfo_record(path.name, {"software": "newsbeam tests"})
        )

    def response(
        self,
        uri: str,
        body: bytes,
        *,
        status: str = "200 OK",
        content_type: str = "text/html; charset=utf-8",
        date: str = WARC_DATE,
        with_request: bool = True,
    ) -> None:
        """A response record (and the request before it, as crawlers write them)."""
        if with_request:
            request = StatusAndHeaders(
                f"GET {uri} HTTP/1.1",
                [("User-Agent", "test")],
                protocol="HTTP/1.1",
                is_http_request=True,
            )
            self._writer.write_record(
                self._writer.create_warc_record(
                    uri, "request", http_headers=request, warc_headers_dict={"WARC-Date": date}
                )
            )
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        self._writer.write_record(
            self._writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date},
            )
        )

    def metadata(self, uri: str, text: str) -> None:
        """A metadata record about ``uri``."""
        self._writer.write_record(
            self._writer.create_warc_record(
                uri,
                "metadata",
                payload=io.BytesIO(text.encode()),
                warc_content_type="application/warc-fields",
            )
        )

    def close(self) -> pathlib.Path:
        self._handle.close()
        return self.path

    def __enter__(self) -> "WarcBuilder":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def write_pages(
    path: pathlib.Path, pages: Iterable[tuple[str, bytes]], *, gzip: bool = True
) -> pathlib.Path:
    """A WARC of HTML responses, one per (uri, body)."""
    with WarcBuilder(path, gzip=gzip) as builder:
        for uri, body in pages:
            builder.response(uri, body)
    return path


def record_offsets(path: pathlib.Path) -> list[tuple[int, str]]:
    """(offset, WARC-Type) of every record, as warcio reads them."""
    from warcio.archiveiterator import ArchiveIterator

    offsets = []
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        for record in iterator:
            offsets.append((iterator.get_record_offset(), record.rec_type))
    return offsets
