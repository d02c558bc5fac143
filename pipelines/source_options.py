"""The sources the operator named, checked: feeds (--feeds, --feeds-file, --opml), pages
(--urls), WARC archives (--warc, --warc-paths), sitemaps (--sitemaps); --archive and the
--since/--until range. The flags
themselves are declared in the one options class, ``pipelines.options.NewsbeamOptions`` (the
functions take it; annotated as Beam's base class, which that module imports from here)."""

import pathlib
import re

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from pipelines.option_errors import OptionsError
from schemas.entries import (
    SOURCE_FEED,
    SOURCE_PAGE,
    SOURCE_SITEMAP,
    SOURCE_WARC,
    SOURCE_WARC_LIST,
    Source,
)
from seeds import seed_path
from transforms.date_range import DateRange, date_range
from transforms.failures import StageFailure, utc_now
from transforms.feed_lists import FeedListError, read_feeds_file, read_opml
from transforms.urls import file_path, source_url


def archive_sources(options: PipelineOptions) -> list[Source]:
    """The WARC sources (--warc, --warc-paths); local ones are checked now, remote ones by the
    workers (building a job touches no storage)."""
    sources = []
    for flag, kind, paths in (
        ("--warc", SOURCE_WARC, options.warc),
        ("--warc-paths", SOURCE_WARC_LIST, options.warc_paths),
    ):
        for path in paths or ():
            if "://" not in path:
                local = pathlib.Path(path).expanduser()
                if not (local.exists() or set("*?[") & set(path)):
                    raise OptionsError(f"{flag}: no such file or folder: {path}")
                path = str(local.resolve())
            sources.append(Source(location=path, kind=kind))
    return sources


def sitemap_sources(options: PipelineOptions) -> list[Source]:
    """The --sitemaps sources; local files are checked now."""
    sources = []
    for sitemap in options.sitemaps or ():
        location = source_url(sitemap)
        if location.startswith("file:") and not file_path(location).is_file():
            raise OptionsError(f"--sitemaps: no such file: {sitemap}")
        sources.append(Source(location=location, kind=SOURCE_SITEMAP))
    return sources


ARCHIVE_RUN_NAME = re.compile(r"[A-Za-z0-9._-]{1,64}")


def check_archive(options: PipelineOptions) -> str | None:
    """The --archive run name, checked (the launch time unless named; fixed at the first call,
    so every stage writes under the same name); a local --archive folder is created."""
    if not options.archive:
        return None
    if options.archive_max_bytes <= 0:
        raise OptionsError("--archive-max-bytes must be positive")
    if not options.archive_run:
        options.archive_run = utc_now().strftime("%Y%m%dT%H%M%SZ")
    if not ARCHIVE_RUN_NAME.fullmatch(options.archive_run):
        raise OptionsError("--archive-run: letters, digits, '.', '_' and '-' only (at most 64)")
    if "://" not in options.archive:
        folder = pathlib.Path(options.archive).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OptionsError(f"--archive: cannot use {options.archive}: {exc.strerror}") from exc
        options.archive = str(folder.resolve())
    return options.archive_run


def publication_range(options: PipelineOptions) -> DateRange:
    """The --since/--until range, checked."""
    try:
        return date_range(options.since, options.until)
    except ValueError as exc:
        raise OptionsError(f"--since/--until: {exc}") from exc


def check_remote_sources(options: PipelineOptions) -> None:
    """On Dataflow, workers cannot see the launching machine's disk: WARC sources and the
    --archive folder must be on a shared filesystem (gs://...)."""
    if options.view_as(StandardOptions).runner != "DataflowRunner":
        return
    named = [("--warc", path) for path in options.warc or ()]
    named += [("--warc-paths", path) for path in options.warc_paths or ()]
    named += [("--archive", options.archive)] if options.archive else []
    for flag, value in named:
        if "://" not in value:
            raise OptionsError(f"{flag} must be a gs:// URL on DataflowRunner, not {value!r}")


# The last --urls file read, by (path, inode, size, modification time), and its sources: a run
# reads the list twice (options checked at launch, then the pipeline built), and resolving
# every line's path cost 0.15-0.25 s of the launcher's CPU for 1,810 lines.
_read_url_lists: dict[tuple, tuple[Source, ...]] = {}


def read_url_list(path: pathlib.Path) -> list[Source]:
    """Page sources from a --urls file: one URL or local path per line. OptionsError names the
    file and line of anything that is not a readable UTF-8 line or a URL that could be read.
    The same unchanged file is read once per process."""
    try:
        stat = path.stat()
        version = (str(path.resolve()), stat.st_ino, stat.st_size, stat.st_mtime_ns)
    except OSError as exc:
        raise OptionsError(f"--urls: cannot read {path}: {exc.strerror}") from exc
    if version in _read_url_lists:
        return list(_read_url_lists[version])
    sources = _parse_url_list(path)
    _read_url_lists.clear()
    _read_url_lists[version] = tuple(sources)
    return sources


def _parse_url_list(path: pathlib.Path) -> list[Source]:
    """read_url_list's work: every line of the file, checked."""
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise OptionsError(f"--urls: cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        line = text_line(exc.object, exc.start)
        raise OptionsError(f"--urls: {path}, line {line}: not UTF-8 text") from exc
    sources = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "\x00" in line:
            raise OptionsError(f"--urls: {path}, line {number}: a NUL byte")
        try:
            location = line if "://" in line else str((path.parent / line).resolve())
            sources.append(Source(location=source_url(location), kind=SOURCE_PAGE))
        except (StageFailure, ValueError) as exc:
            reason = exc.message if isinstance(exc, StageFailure) else str(exc)
            raise OptionsError(f"--urls: {path}, line {number}: {reason}") from exc
    return sources


def text_line(data: bytes, offset: int) -> int:
    """The line number (from 1) of a byte offset."""
    return data.count(b"\n", 0, offset) + 1


def _listed_feeds(options: PipelineOptions) -> list[Source]:
    """The feeds of the --feeds-file and --opml lists, checked."""
    sources = []
    lists = [("--feeds-file", options.feeds_file, read_feeds_file)] if options.feeds_file else []
    lists += [("--opml", opml, read_opml) for opml in options.opml or ()]
    for flag, name, read in lists:
        path = pathlib.Path(name).expanduser()
        if not path.is_file():
            raise OptionsError(f"{flag}: no such file: {name}")
        try:
            sources.extend(read(path))
        except FeedListError as exc:
            raise OptionsError(f"{flag}: {exc}") from exc
    return sources


def operator_sources(options: PipelineOptions) -> list[Source]:
    """The sources the operator named, checked, each once (the first naming wins, so a feeds
    file's name and country beat a bare --feeds URL); the seed feed when none are named."""
    feeds = list(options.feeds or [])
    sources = _listed_feeds(options)
    archives = archive_sources(options)
    named = sources or archives or options.urls or options.sitemaps
    if not feeds and not named:
        feeds = [str(seed_path("feed.xml"))]
    for feed in feeds:
        try:
            location = source_url(feed)
        except (StageFailure, ValueError) as exc:
            reason = exc.message if isinstance(exc, StageFailure) else str(exc)
            raise OptionsError(f"--feeds: {reason}") from exc
        if location.startswith("file:") and not file_path(location).is_file():
            raise OptionsError(f"--feeds: no such file: {feed}")
        sources.append(Source(location=location, kind=SOURCE_FEED))
    if options.urls:
        url_file = pathlib.Path(options.urls).expanduser()
        if not url_file.is_file():
            raise OptionsError(f"--urls: no such file: {options.urls}")
        sources.extend(read_url_list(url_file))
    sources.extend(archives)
    sources.extend(sitemap_sources(options))
    unique: dict[tuple[str, str], Source] = {}
    for source in sources:
        unique.setdefault((source.location, source.kind), source)
    return list(unique.values())
