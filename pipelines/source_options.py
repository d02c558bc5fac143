"""Options of the sources beside feeds and pages, checked: WARC archives (--warc,
--warc-paths), sitemaps (--sitemaps), --archive and the --since/--until range. The flags
themselves are declared in the one options class, ``pipelines.options.NewsbeamOptions`` (the
functions take it; annotated as Beam's base class, which that module imports from here)."""

import pathlib
import re

from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

from pipelines.option_errors import OptionsError
from schemas.entries import SOURCE_SITEMAP, SOURCE_WARC, SOURCE_WARC_LIST, Source
from transforms.date_range import DateRange, date_range
from transforms.failures import utc_now
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
