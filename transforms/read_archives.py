"""ReadArchives: WARC sources in, pages out, as if fetched; duplicates and failures beside them.

Consumes ``Source`` records of kind ``warc`` (a file, a folder or a glob, on any Beam
filesystem) and ``warc-list`` (a listing of WARC paths, one a line, as CC-NEWS publishes).
Each is expanded into files on the workers, one element per file, spread by a Reshuffle, and
each file is read as a stream (``transforms.warc``). Every ``response`` record ends as a
``RawPage`` (its target URI, WARC-Date as fetch time, HTTP charset), a ``Duplicate`` (a URI,
canonicalised, that an earlier record already gave: the earliest WARC-Date wins, then the file
and offset), or an error row; other records are skipped and counted. Duplicates are found in a
first pass over the headers only, so bodies never go through a shuffle.
"""

import pathlib
import urllib.parse
from collections.abc import Iterable, Iterator

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.duplicates import REASON_SAME_URL, Duplicate
from schemas.entries import (
    ORIGIN_ARCHIVE,
    SOURCE_WARC,
    SOURCE_WARC_LIST,
    FeedEntry,
    RawPage,
    Source,
)
from schemas.errors import ErrorKind, ErrorRecord, Stage
from transforms import counters
from transforms.failures import StageFailure, error_record
from transforms.outputs import split_by_type, with_failures
from transforms.urls import article_id_for, canonical_url
from transforms.warc import RESPONSE, ArchiveRecord, open_archive, read_records

WARC_SUFFIXES = (".warc", ".warc.gz")
GLOB_CHARACTERS = frozenset("*?[")
ARCHIVE_KINDS = frozenset((SOURCE_WARC, SOURCE_WARC_LIST))


def is_local(path: str) -> bool:
    """Whether a path is on this machine's disk (no scheme, or file://)."""
    return "://" not in path or path.startswith("file://")


def archive_files(pattern: str) -> list[str]:
    """The WARC files a path names: itself, the .warc/.warc.gz files of a folder, or a glob's
    matches, sorted. Raises StageFailure(NOT_FOUND) when it names none."""
    if pattern.startswith("file://"):
        pattern = urllib.parse.unquote(urllib.parse.urlsplit(pattern).path)
    if is_local(pattern) and not GLOB_CHARACTERS & set(pattern):
        folder = pathlib.Path(pattern).expanduser()
        if folder.is_file():
            return [str(folder.resolve())]
        pattern = str(folder.resolve() / "*") if folder.is_dir() else str(folder)
    elif not GLOB_CHARACTERS & set(pattern) and not FileSystems.exists(pattern):
        pattern = pattern.rstrip("/") + "/*"  # a remote folder
    elif not GLOB_CHARACTERS & set(pattern):
        return [pattern]
    try:
        (result,) = FileSystems.match([pattern])
    except Exception as exc:  # each filesystem raises its own types
        raise StageFailure(ErrorKind.NOT_FOUND, f"cannot list {pattern}: {exc}") from exc
    paths = [
        metadata.path
        for metadata in result.metadata_list
        if pattern == metadata.path or metadata.path.endswith(WARC_SUFFIXES)
    ]
    if not paths:
        raise StageFailure(ErrorKind.NOT_FOUND, f"no .warc or .warc.gz files match {pattern}")
    return sorted(paths)


def listed_files(listing: str, base: str | None) -> list[str]:
    """The paths of a WARC listing (gzip or plain), relative lines joined to ``base`` (default:
    the listing's own folder). Raises StageFailure(NOT_FOUND) when it cannot be read."""
    base = base or (listing.rsplit("/", 1)[0] if "/" in listing else ".")
    try:
        with FileSystems.open(listing, compression_type=CompressionTypes.AUTO) as handle:
            lines = handle.read().decode("utf-8").splitlines()
    except Exception as exc:  # each filesystem raises its own types
        raise StageFailure(ErrorKind.NOT_FOUND, f"cannot read {listing}: {exc}") from exc
    paths = []
    for line in (line.strip() for line in lines):
        if line and not line.startswith("#"):
            paths.append(line if "://" in line else f"{base.rstrip('/')}/{line.lstrip('/')}")
    return paths


def duplicate_positions(
    keyed: tuple[str, Iterable[tuple[str, str, int, str, str]]],
) -> list[tuple[tuple[str, int], tuple[str, str]]]:
    """For one article id's responses, ((file, offset), (kept URI, canonical URL)) of every one
    but the first (earliest WARC-Date, then file, then offset)."""
    _article_id, candidates = keyed
    ordered = sorted(candidates)
    _date, _path, _offset, kept_uri, canonical = ordered[0]
    return [((path, offset), (kept_uri, canonical)) for _d, path, offset, _u, _c in ordered[1:]]


class _ListArchiveFilesFn(beam.DoFn):
    """Expand a WARC source into its files; a source naming none is an error row."""

    def __init__(self, base: str | None) -> None:
        self._base = base
        self._errors = Metrics.counter(counters.NAMESPACE, counters.ARCHIVE_ERRORS)

    def process(self, source: Source):
        try:
            if source.kind == SOURCE_WARC_LIST:
                yield from listed_files(source.location, self._base)
            else:
                yield from archive_files(source.location)
        except StageFailure as failure:
            self._errors.inc()
            yield error_record(Stage.READ_ARCHIVES, failure, url=source.location)


def _records(path: str, max_bytes: int, payloads: bool) -> Iterator[ArchiveRecord]:
    """The records of one file, opened and closed around the reading."""
    with open_archive(path) as handle:
        yield from read_records(handle, max_bytes=max_bytes, payloads=payloads)


class _ListResponsesFn(beam.DoFn):
    """First pass: (article id, (date, file, offset, URI, canonical URL)) of each response that
    may become a page, reading headers only; an unreadable file is left to the second pass."""

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes

    def process(self, path: str):
        try:
            for record in _records(path, self._max_bytes, payloads=False):
                if record.record_type != RESPONSE or record.failure is not None:
                    continue
                try:
                    canonical = canonical_url(record.target_uri)
                except StageFailure:
                    continue
                when = record.warc_date.isoformat()
                yield (
                    article_id_for(canonical),
                    (
                        when,
                        path,
                        record.offset,
                        record.target_uri,
                        canonical,
                    ),
                )
        except StageFailure:
            return


class _ReadArchiveFn(beam.DoFn):
    """Second pass: every record of one file as a page, a duplicate, an error row or a skip."""

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._archives = Metrics.counter(counters.NAMESPACE, counters.ARCHIVES)
        self._archive_errors = Metrics.counter(counters.NAMESPACE, counters.ARCHIVE_ERRORS)
        self._entries = Metrics.counter(counters.NAMESPACE, counters.ENTRIES)
        self._skipped = Metrics.counter(counters.NAMESPACE, counters.ARCHIVE_RECORDS_SKIPPED)
        self._failed = Metrics.counter(counters.NAMESPACE, counters.ARCHIVE_RECORD_ERRORS)
        self._duplicates = Metrics.counter(counters.NAMESPACE, counters.DUPLICATES)

    def process(self, path: str, duplicates: dict[tuple[str, int], tuple[str, str]]):
        try:
            records = _records(path, self._max_bytes, payloads=True)
            self._archives.inc()
            for record in records:
                yield from self._outcome(path, record, duplicates)
        except StageFailure as failure:
            self._archive_errors.inc()
            yield error_record(Stage.READ_ARCHIVES, failure, url=path)

    def _outcome(self, path: str, record: ArchiveRecord, duplicates):
        if record.record_type != RESPONSE and record.failure is None:
            self._skipped.inc()
            return
        self._entries.inc()
        uri = record.target_uri or f"{path}#byte={record.offset}"
        try:
            if record.failure is not None:
                raise record.failure
            canonical = canonical_url(uri)
        except StageFailure as failure:
            self._failed.inc()
            yield error_record(Stage.READ_ARCHIVES, failure, url=uri, feed_url=path)
            return
        article_id = article_id_for(canonical)
        kept = duplicates.get((path, record.offset))
        if kept is not None:
            self._duplicates.inc()
            yield Duplicate(
                article_id=article_id,
                url=uri,
                canonical_url=canonical,
                feed_url=None,
                kept_url=kept[0],
                reason=REASON_SAME_URL,
                seen_at=record.warc_date,
            )
            return
        response = record.response
        yield RawPage(
            entry=FeedEntry(link=uri, origin=ORIGIN_ARCHIVE),
            article_id=article_id,
            canonical_url=canonical,
            final_url=uri,
            body=response.body,
            fetched_at=response.warc_date,
            http_status=response.http_status,
            content_type=response.content_type,
            charset=response.charset,
        )


class ReadArchives(beam.PTransform):
    """Read WARC sources into pages, as if each response had just been fetched.

    Args:
        max_bytes: the largest payload accepted (``--max-page-bytes``); larger is too_large.
        base: the prefix of relative lines in a WARC listing (default: the listing's folder).

    Returns:
        A triple of PCollections: pages (RawPage), duplicates (Duplicate), failures
        (ErrorRecord).
    """

    def __init__(self, max_bytes: int, base: str | None = None) -> None:
        super().__init__()
        self._max_bytes = max_bytes
        self._base = base

    def expand(self, sources):
        listed_files, list_failures = with_failures(
            sources, "ListArchiveFiles", _ListArchiveFilesFn(self._base), str
        )
        files = listed_files | "SpreadArchiveFiles" >> beam.Reshuffle().with_output_types(str)
        duplicates = (
            files
            | "ListResponses" >> beam.ParDo(_ListResponsesFn(self._max_bytes))
            | "GroupResponsesByArticle" >> beam.GroupByKey()
            | "FindDuplicates" >> beam.FlatMap(duplicate_positions)
        )
        read = files | "ReadEachArchive" >> beam.ParDo(
            _ReadArchiveFn(self._max_bytes), beam.pvalue.AsDict(duplicates)
        )
        pages, read_duplicates, read_failures = split_by_type(
            read,
            "ReadEachArchive",
            (("Pages", RawPage), ("Duplicates", Duplicate), ("Failures", ErrorRecord)),
        )
        failures = (list_failures, read_failures) | "FlattenReadArchiveFailures" >> beam.Flatten()
        return pages, read_duplicates, failures
