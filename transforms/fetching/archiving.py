"""--archive: every HTTP response newsbeam reads (feeds, pages, robots.txt) kept as WARC.

Each response read in full is written as a ``request`` and a ``response`` record (WARC/1.1,
gzip per record, block and payload digests by warcio) to files on any Beam filesystem named
``newsbeam-RUN-PROCESS-NNNNN.warc.gz``: RUN names the run (``--archive-run``), PROCESS the
worker process, NNNNN counts the files a process rotated through (a new one once
``--archive-max-bytes`` is reached). The payload is the body as newsbeam read it, decompressed:
the ``Content-Encoding`` header is kept as ``X-Crawler-Content-Encoding`` (as Common Crawl
does) and ``Content-Length`` is the stored length, so ``newsbeam run --warc DIR`` replays the
run without the network. Responses that were not read (304s, refused statuses and types,
redirect hops) are not archived.
"""

import datetime
import io
import secrets
import threading
import urllib.parse
from typing import BinaryIO

import urllib3
from urllib3.util.request import ACCEPT_ENCODING
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from transforms.fetching.client import ACCEPT, Fetcher
from transforms.fetching.fetched import Fetched
from transforms.fetching.settings import FetchSettings

DROPPED_HEADERS = frozenset(("content-encoding", "content-length", "transfer-encoding"))


class _CountingStream:
    """A write-only stream that counts what passes through it (for rotation by size)."""

    def __init__(self, target: BinaryIO) -> None:
        self.target = target
        self.written = 0

    def write(self, data) -> int:
        self.target.write(data)
        self.written += len(data)
        return len(data)

    def flush(self) -> None:
        self.target.flush()

    def close(self) -> None:
        self.target.close()


def archive_name(run: str, process: str, sequence: int) -> str:
    """The file name of one archive file of a run."""
    return f"newsbeam-{run}-{process}-{sequence:05d}.warc.gz"


def stored_headers(headers: list[tuple[str, str]], body: bytes) -> list[tuple[str, str]]:
    """Response headers as they describe the stored (decompressed) payload."""
    kept = [(name, value) for name, value in headers if name.lower() not in DROPPED_HEADERS]
    kept += [
        ("X-Crawler-Content-Encoding", value)
        for name, value in headers
        if name.lower() == "content-encoding"
    ]
    return [*kept, ("Content-Length", str(len(body)))]


class WarcArchive:
    """The WARC files of one worker process: thread-safe, rotated by size."""

    def __init__(self, folder: str, run: str, max_bytes: int) -> None:
        self._folder = folder
        self._run = run
        self._max_bytes = max_bytes
        self._process = secrets.token_hex(4)
        self._sequence = 0
        self._stream: _CountingStream | None = None
        self._writer: WARCWriter | None = None
        self._lock = threading.Lock()

    def _open(self) -> WARCWriter:
        if self._writer is None:
            # Beam's filesystems (gs://, s3://) only when archiving: the fetching core imports
            # without Beam (newsbeam tag, and tests that check it).
            from apache_beam.io.filesystem import CompressionTypes
            from apache_beam.io.filesystems import FileSystems

            path = FileSystems.join(
                self._folder, archive_name(self._run, self._process, self._sequence)
            )
            handle = FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED)
            self._stream = _CountingStream(handle)
            self._writer = WARCWriter(self._stream, gzip=True, warc_version="1.1")
            self._writer.write_record(
                self._writer.create_warcinfo_record(
                    path.rsplit("/", 1)[-1], {"software": "newsbeam", "format": "WARC/1.1"}
                )
            )
        return self._writer

    def write_exchange(
        self,
        url: str,
        request_headers: list[tuple[str, str]],
        status_line: str,
        response_headers: list[tuple[str, str]],
        body: bytes,
        fetched_at: datetime.datetime,
    ) -> None:
        """Write one request and its response, then rotate if the file is full."""
        date = fetched_at.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        parts = urllib.parse.urlsplit(url)
        target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
        with self._lock:
            writer = self._open()
            response = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=None,
                http_headers=StatusAndHeaders(
                    status_line, stored_headers(response_headers, body), protocol="HTTP/1.1"
                ),
                warc_headers_dict={"WARC-Date": date},
            )
            request = writer.create_warc_record(
                url,
                "request",
                http_headers=StatusAndHeaders(
                    f"GET {target} HTTP/1.1",
                    [("Host", parts.netloc), *request_headers],
                    protocol="HTTP/1.1",
                    is_http_request=True,
                ),
                warc_headers_dict={
                    "WARC-Date": date,
                    "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
                },
            )
            writer.write_record(request)
            writer.write_record(response)
            self._stream.flush()  # whole records on disk, whatever happens to the process
            if self._stream.written >= self._max_bytes:
                self._close_file()
                self._sequence += 1

    def _close_file(self) -> None:
        if self._stream is not None:
            self._stream.close()
        self._stream, self._writer = None, None

    def close(self) -> None:
        """Close the current file."""
        with self._lock:
            self._close_file()


class ArchivingFetcher(Fetcher):
    """The guarded client, writing every response it reads in full to a WarcArchive."""

    def __init__(self, settings: FetchSettings) -> None:
        super().__init__(settings)
        self.archive = WarcArchive(
            settings.archive_dir, settings.archive_run or "run", settings.archive_max_bytes
        )

    def close(self) -> None:
        super().close()
        self.archive.close()

    def _read_body(
        self,
        url: str,
        response: urllib3.BaseHTTPResponse,
        purpose: str,
        deadline: float,
        cap: int,
        conditional: bool,
    ) -> Fetched:
        fetched = super()._read_body(url, response, purpose, deadline, cap, conditional)
        if not fetched.not_modified:
            sent = [
                ("User-Agent", self.settings.user_agent),
                ("Accept", ACCEPT[purpose]),
                ("Accept-Encoding", ACCEPT_ENCODING),
            ]
            self.archive.write_exchange(
                url,
                sent,
                f"{response.status} {response.reason or ''}".strip(),
                list(response.headers.items()),
                fetched.body,
                fetched.fetched_at,
            )
        return fetched
