"""The one options class of newsbeam, and turning its values into sources and settings."""

import argparse
import pathlib

from apache_beam.options.pipeline_options import (
    PipelineOptions,
    StandardOptions,
    _BeamArgumentParser,
)

from schemas.entries import SOURCE_FEED, SOURCE_PAGE, Source
from seeds import seed_path
from transforms.fetching import DEFAULT_USER_AGENT, FetchSettings
from transforms.urls import file_path, source_url

# The local runner, chosen explicitly: Beam 2.77's DirectRunner first tries to download the
# Prism runner binary from the internet, which a default run must never do.
DEFAULT_RUNNER = "FnApiRunner"


class OptionsError(ValueError):
    """Options that cannot work; the message says which and why."""


class NewsbeamOptions(PipelineOptions):
    """Everything newsbeam's pipelines read from the command line, beside Beam's own options."""

    @classmethod
    def _add_argparse_args(cls, parser: argparse.ArgumentParser) -> None:
        parser.add_argument(
            "--feeds",
            nargs="+",
            action="extend",
            type=str,
            default=None,
            metavar="SRC",
            help="Feeds to read: http(s) URLs or local paths of RSS, Atom or RDF files. "
            "Repeatable. Without --feeds and --urls, the seed feed seeds/feed.xml is read.",
        )
        parser.add_argument(
            "--urls",
            type=str,
            default=None,
            metavar="FILE",
            help="A text file with one page URL or local path per line (blank lines and lines "
            "starting with # are skipped; relative paths are relative to the file). Each page "
            "is fetched and extracted as an article, without a feed.",
        )
        parser.add_argument(
            "--output",
            type=str,
            default="output",
            metavar="DIR",
            help="Root of the Parquet dataset: articles/, events/, errors/ and duplicates/ "
            "under it, partitioned by date=YYYY-MM-DD. Any Beam filesystem URL works.",
        )
        parser.add_argument(
            "--summary-json",
            type=str,
            default=None,
            metavar="FILE",
            help="Also write the run's counts (feeds, entries, articles, duplicates, events, "
            "errors) to this JSON file.",
        )
        parser.add_argument(
            "--fetch-timeout",
            type=float,
            default=20.0,
            metavar="SECONDS",
            help="Connect and read timeout of each request, in seconds.",
        )
        parser.add_argument(
            "--max-page-bytes",
            type=int,
            default=10 * 1024 * 1024,
            metavar="BYTES",
            help="Largest page or feed body accepted; larger ones become too_large errors.",
        )
        parser.add_argument(
            "--user-agent",
            type=str,
            default=DEFAULT_USER_AGENT,
            help="User-Agent header of every request; name newsbeam and a contact URL.",
        )
        parser.add_argument(
            "--state",
            type=str,
            default=None,
            metavar="DIR",
            help="Folder where newsbeam remembers what earlier runs saw (the article ids it "
            "wrote, under DIR/articles/), so that a scheduled or restarted run, or a new stream, "
            "writes only what is new and a killed run's partial files are replaced. Any Beam "
            "filesystem URL works; use one that workers can reach on a remote runner.",
        )
        parser.add_argument(
            "--poll-interval",
            type=float,
            default=300.0,
            metavar="SECONDS",
            help="newsbeam stream: read every source once per this many seconds.",
        )
        parser.add_argument(
            "--duration",
            type=float,
            default=None,
            metavar="SECONDS",
            help="newsbeam stream: stop after this many seconds, once everything read is "
            "written. Without it, the stream runs until it is stopped.",
        )
        parser.add_argument(
            "--window",
            type=float,
            default=60.0,
            metavar="SECONDS",
            help="newsbeam stream: length of the event-time windows (by poll time) in which rows "
            "are written; each partition gets one file per window.",
        )
        parser.add_argument(
            "--dedup-ttl",
            type=float,
            default=7 * 24 * 3600.0,
            metavar="SECONDS",
            help="How long an article id is remembered after it was last seen in a feed (default "
            "7 days): an entry seen again within this time is not fetched again.",
        )


def unknown_arguments(argv: list[str]) -> list[str]:
    """The arguments that no PipelineOptions class (Beam's or newsbeam's) knows."""
    parser = _BeamArgumentParser(allow_abbrev=False)
    for options_class in {str(c): c for c in PipelineOptions.__subclasses__()}.values():
        options_class._add_argparse_args(parser)
    _known, unknown = parser.parse_known_args(argv)
    return unknown


def read_url_list(path: pathlib.Path) -> list[Source]:
    """Page sources from a --urls file: one URL or local path per line."""
    sources = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        location = line if "://" in line else str((path.parent / line).resolve())
        sources.append(Source(location=source_url(location), kind=SOURCE_PAGE))
    return sources


def operator_sources(options: NewsbeamOptions) -> list[Source]:
    """The sources the operator named, checked; the seed feed when none are named."""
    feeds = list(options.feeds or [])
    if not feeds and not options.urls:
        feeds = [str(seed_path("feed.xml"))]
    sources = []
    for feed in feeds:
        location = source_url(feed)
        if location.startswith("file:") and not file_path(location).is_file():
            raise OptionsError(f"--feeds: no such file: {feed}")
        sources.append(Source(location=location, kind=SOURCE_FEED))
    if options.urls:
        url_file = pathlib.Path(options.urls).expanduser()
        if not url_file.is_file():
            raise OptionsError(f"--urls: no such file: {options.urls}")
        sources.extend(read_url_list(url_file))
    return sources


def fetch_settings(options: NewsbeamOptions) -> FetchSettings:
    """The fetch limits the options ask for, checked."""
    if options.fetch_timeout <= 0:
        raise OptionsError("--fetch-timeout must be positive")
    if options.max_page_bytes <= 0:
        raise OptionsError("--max-page-bytes must be positive")
    return FetchSettings(
        timeout_seconds=options.fetch_timeout,
        max_bytes=options.max_page_bytes,
        user_agent=options.user_agent,
    )


def check_schedule(options: NewsbeamOptions) -> None:
    """Refuse poll, window, duration and TTL values that cannot work."""
    for flag, value in (
        ("--poll-interval", options.poll_interval),
        ("--window", options.window),
        ("--dedup-ttl", options.dedup_ttl),
    ):
        if value <= 0:
            raise OptionsError(f"{flag} must be positive")
    if options.duration is not None and options.duration <= 0:
        raise OptionsError("--duration must be positive")


def check_remote_paths(options: NewsbeamOptions) -> None:
    """On Dataflow, workers cannot see the launching machine's disk: --output and --state must
    be URLs of a shared filesystem (gs://...)."""
    if options.view_as(StandardOptions).runner != "DataflowRunner":
        return
    for flag, value in (("--output", options.output), ("--state", options.state)):
        if value and "://" not in value:
            raise OptionsError(f"{flag} must be a gs:// URL on DataflowRunner, not {value!r}")


def choose_local_runner(options: PipelineOptions) -> None:
    """Pick the local FnApiRunner unless the operator named a runner."""
    standard = options.view_as(StandardOptions)
    if not standard.runner:
        standard.runner = DEFAULT_RUNNER
