"""WARC files as a source: records in, archived HTTP responses out (plain Python, no Beam).

Consumes WARC/1.0 and 1.1 files, gzip per record or plain, read as streams with warcio from any
Beam filesystem. Produces one ``ArchiveRecord`` per record: ``response`` records carry either
an ``ArchivedResponse`` (an HTML page, 2xx, whole, within the size cap) or the typed failure
that stops it (non-HTML type, non-2xx status, truncated, too large); other record types
(request, metadata, warcinfo, revisit, ...) carry neither and are skipped by the caller. A
record that cannot be parsed is a ``corrupt_record`` failure; reading resumes at the next
record start found after it, so a corrupt record costs that record, not the file.
"""

import dataclasses
import datetime
from collections.abc import Iterator
from typing import BinaryIO

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.fetching import parse_content_type
from transforms.fetching.responses import HTML_TYPES, sniffed_binary
from transforms.sitemaps import parse_w3c_date as parse_warc_date  # WARC-Date is W3C too

RESPONSE = "response"
GZIP_MEMBER_START = b"\x1f\x8b\x08"  # gzip magic and deflate: every record of a .warc.gz
PLAIN_RECORD_START = b"WARC/1."
SCAN_CHUNK_BYTES = 1 << 20  # how far a resynchronising scan reads at a time
SNIFF_BYTES = 16


@dataclasses.dataclass(frozen=True)
class ArchivedResponse:
    """An HTML page as a crawler received it: what a fetch would have returned."""

    target_uri: str
    warc_date: datetime.datetime
    body: bytes
    http_status: int | None
    content_type: str | None
    charset: str | None


@dataclasses.dataclass(frozen=True)
class ArchiveRecord:
    """One record of a WARC file: where it starts, its type, and what it holds."""

    offset: int
    record_type: str
    target_uri: str | None = None
    warc_date: datetime.datetime | None = None
    response: ArchivedResponse | None = None
    failure: StageFailure | None = None


def open_archive(path: str) -> BinaryIO:
    """Open a WARC file on any Beam filesystem as a seekable byte stream (warcio decompresses
    gzip members itself). Raises StageFailure(NOT_FOUND) when it cannot be opened."""
    try:
        return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
    except Exception as exc:  # each filesystem raises its own types (IOError, BeamIOError, ...)
        raise StageFailure(ErrorKind.NOT_FOUND, f"cannot open {path}: {exc}") from exc


def header_failure(record: ArcWarcRecord) -> StageFailure | None:
    """Why a response record's headers already rule it out as a page, or None."""
    if record.rec_headers.get_header("WARC-Truncated"):
        reason = record.rec_headers.get_header("WARC-Truncated")
        return StageFailure(ErrorKind.TRUNCATED_RECORD, f"the crawler truncated it ({reason})")
    if record.http_headers is None:
        return StageFailure(ErrorKind.CORRUPT_RECORD, "a response record without HTTP headers")
    status_text = record.http_headers.get_statuscode()
    status = int(status_text) if status_text and status_text.isdigit() else None
    if status is None or not 200 <= status < 300:
        return StageFailure(
            ErrorKind.BAD_STATUS, f"archived HTTP status {status_text}", http_status=status
        )
    media_type, _charset = parse_content_type(record.http_headers.get_header("Content-Type"))
    if media_type is not None and media_type not in HTML_TYPES:
        return StageFailure(ErrorKind.BAD_CONTENT_TYPE, f"archived content type {media_type}")
    return None


def read_response(record: ArcWarcRecord, max_bytes: int) -> ArchivedResponse | StageFailure:
    """The page in a response record, or the typed failure that stops it."""
    failure = header_failure(record)
    if failure is not None:
        return failure
    stream = record.content_stream()
    body = stream.read(max_bytes + 1)
    if len(body) > max_bytes:
        return StageFailure(ErrorKind.TOO_LARGE, f"payload over {max_bytes} bytes")
    binary = sniffed_binary(body[:SNIFF_BYTES])
    if binary is not None:
        return StageFailure(ErrorKind.BAD_CONTENT_TYPE, f"the payload is {binary}")
    media_type, charset = parse_content_type(record.http_headers.get_header("Content-Type"))
    return ArchivedResponse(
        target_uri=record.rec_headers.get_header("WARC-Target-URI"),
        warc_date=parse_warc_date(record.rec_headers.get_header("WARC-Date")),
        body=body,
        http_status=int(record.http_headers.get_statuscode()),
        content_type=media_type,
        charset=charset,
    )


def describe(record: ArcWarcRecord, offset: int, max_bytes: int, payloads: bool) -> ArchiveRecord:
    """One parsed record as an ArchiveRecord; raises on bytes that are not a valid record."""
    record_type = record.rec_type or ""
    target_uri = record.rec_headers.get_header("WARC-Target-URI")
    warc_date = parse_warc_date(record.rec_headers.get_header("WARC-Date"))
    if record_type != RESPONSE:
        return ArchiveRecord(offset, record_type, target_uri, warc_date)
    if not target_uri or warc_date is None or record.length is None:
        raise ValueError("a response record without target URI, date or length")
    outcome = read_response(record, max_bytes) if payloads else header_failure(record)
    while record.raw_stream.read(SCAN_CHUNK_BYTES):
        pass  # the rest of the record, streamed, to learn whether it is whole
    if getattr(record.raw_stream, "limit", 0) > 0:
        outcome = StageFailure(ErrorKind.TRUNCATED_RECORD, "the record ends before its length")
    if isinstance(outcome, ArchivedResponse):
        return ArchiveRecord(offset, record_type, target_uri, warc_date, response=outcome)
    return ArchiveRecord(offset, record_type, target_uri, warc_date, failure=outcome)


def find_record_start(handle: BinaryIO, start: int, marker: bytes) -> int | None:
    """The offset of the first ``marker`` (a record's first bytes) at or after ``start``."""
    handle.seek(start)
    position, carry = start, b""
    while True:
        chunk = handle.read(SCAN_CHUNK_BYTES)
        if not chunk:
            return None
        window = carry + chunk
        found = window.find(marker)
        if found >= 0:
            return position - len(carry) + found
        carry = window[-(len(marker) - 1) :]
        position += len(chunk)


def read_records(
    handle: BinaryIO, *, max_bytes: int, payloads: bool = True
) -> Iterator[ArchiveRecord]:
    """Every record of an open WARC file, in order, read as a stream. Without ``payloads`` only
    headers are read (a cheaper first pass). A record that cannot be parsed yields one
    ``corrupt_record`` failure; reading resumes at the next record start after it."""
    handle.seek(0)
    marker = GZIP_MEMBER_START if handle.read(2) == GZIP_MEMBER_START[:2] else PLAIN_RECORD_START
    position: int | None = 0
    resyncing = False
    while position is not None:
        handle.seek(position)
        iterator = ArchiveIterator(handle)
        current, parsed = position, False
        try:
            for record in iterator:
                described = describe(record, current, max_bytes, payloads)
                iterator.read_to_end()  # the record is consumed: offset is now the next one's
                resyncing, parsed = False, True
                yield described
                current = iterator.offset
        except Exception as exc:  # warcio, zlib and the parsers raise many types on bad bytes
            position = find_record_start(handle, current + 1, marker)
            if not resyncing:  # a false record start found while resynchronising costs nothing
                yield ArchiveRecord(current, "", failure=unreadable(current, exc, position))
            resyncing = True
            continue
        if parsed or not resyncing:
            handle.seek(current)
            if handle.read(SNIFF_BYTES).strip():  # bytes after the last whole record
                yield ArchiveRecord(current, "", failure=unreadable(current, EOFError(), None))
            return
        position = find_record_start(handle, current + 1, marker)


def unreadable(offset: int, exc: Exception, next_record: int | None) -> StageFailure:
    """The failure of a record that cannot be parsed: truncated when no record follows it (the
    file was cut off), else corrupt."""
    kind = ErrorKind.TRUNCATED_RECORD if next_record is None else ErrorKind.CORRUPT_RECORD
    detail = f"{type(exc).__name__}: {exc}"[:200]
    return StageFailure(kind, f"unreadable record at byte {offset} ({detail})")
