"""The one options class of newsbeam, and turning its values into sources and settings."""

import argparse
import math
import os
import pathlib
import re
import uuid

from apache_beam.options.pipeline_options import (
    PipelineOptions,
    StandardOptions,
)

from pipelines.option_errors import OptionsError
from pipelines.source_options import check_archive
from state import LEASE_SECONDS
from state.files import canonical
from state.validators import StateError, load_validators
from transforms.fetching import DEFAULT_USER_AGENT, FetchSettings
from transforms.fetching.guard import parse_networks


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
            "--opml",
            nargs="+",
            action="extend",
            type=str,
            default=None,
            metavar="FILE",
            help="OPML files (as every feed reader exports them) whose feed outlines (xmlUrl) "
            "are read as feeds; an outline's text or title names the feed, and the optional "
            "attributes country (ISO 3166 alpha-3) and language (ISO 639-1) go into the "
            "articles. Repeatable. seeds/feeds.opml is a starter list.",
        )
        parser.add_argument(
            "--feeds-file",
            type=str,
            default=None,
            metavar="FILE",
            help="A TOML file of feeds, one [[feed]] table each with url (required), name, "
            "country (ISO 3166 alpha-3) and language (ISO 639-1); name and country become the "
            "articles' source_name and source_country. Relative paths are relative to the file.",
        )
        parser.add_argument(
            "--allow-network",
            action="append",
            type=str,
            default=None,
            metavar="CIDR",
            help="Admit this address range although it is not globally routable (intranet "
            "feeds, tests), e.g. 10.20.0.0/16 or 127.0.0.1/32. Repeatable. Every other "
            "loopback, private, link-local, CGNAT, multicast, reserved or unique-local address "
            "stays refused, and cloud metadata addresses are refused even inside these ranges.",
        )
        parser.add_argument(
            "--fetch-concurrency",
            type=int,
            default=32,
            metavar="N",
            help="Requests in flight at once, over all hosts, in each worker process.",
        )
        parser.add_argument(
            "--per-host-concurrency",
            type=int,
            default=2,
            metavar="N",
            help="Requests in flight at once to any one host.",
        )
        parser.add_argument(
            "--per-host-delay",
            type=float,
            default=0.5,
            metavar="SECONDS",
            help="Least time between the starts of two requests to one host; a robots.txt "
            "Crawl-delay (up to 10 s) lengthens it for its host.",
        )
        parser.add_argument(
            "--connect-timeout",
            type=float,
            default=10.0,
            metavar="SECONDS",
            help="Longest wait for a TCP connection (and TLS handshake) to be made.",
        )
        parser.add_argument(
            "--fetch-timeout",
            type=float,
            default=20.0,
            metavar="SECONDS",
            help="Read timeout: the longest wait for the server's next bytes.",
        )
        parser.add_argument(
            "--fetch-deadline",
            type=float,
            default=60.0,
            metavar="SECONDS",
            help="Longest time one attempt may take, from connecting to the last byte, "
            "redirects included, however steadily the server drips.",
        )
        parser.add_argument(
            "--fetch-retries",
            type=int,
            default=2,
            metavar="N",
            help="Further attempts after a timeout, a connection error, a 429 or a 5xx; "
            "other statuses are not retried. 0 disables retries.",
        )
        parser.add_argument(
            "--retry-backoff",
            type=float,
            default=1.0,
            metavar="SECONDS",
            help="Back-off before the first retry; it doubles for each further one (at most "
            "60 s), with random jitter, and a server's Retry-After lengthens it.",
        )
        parser.add_argument(
            "--max-retry-after",
            type=float,
            default=120.0,
            metavar="SECONDS",
            help="Longest Retry-After that is waited for; a server asking for longer fails the "
            "request at once (bad_status).",
        )
        parser.add_argument(
            "--max-page-bytes",
            type=int,
            default=10 * 1024 * 1024,
            metavar="BYTES",
            help="Largest page or feed body accepted, counted as sent and again after "
            "decompression; larger ones become too_large errors.",
        )
        parser.add_argument(
            "--user-agent",
            type=str,
            default=DEFAULT_USER_AGENT,
            help="User-Agent header of every request. It must name newsbeam and give a "
            "contact URL or e-mail address; its first word is the robots.txt product token.",
        )
        parser.add_argument(
            "--state",
            type=str,
            default=None,
            metavar="DIR",
            help="Folder where newsbeam remembers what earlier runs saw: the article ids it "
            "wrote (DIR/articles/), so that a scheduled or restarted run, or a new stream, "
            "writes only what is new and a killed run's partial files are replaced; and each "
            "feed's ETag and Last-Modified (DIR/feed-validators.json), so the next run asks "
            "conditionally and an unchanged feed (304) costs nothing. Both are committed only "
            "when a run's files are written. Default: no state.",
        )
        parser.add_argument(
            "--state-lease",
            type=float,
            default=LEASE_SECONDS,
            metavar="SECONDS",
            help="How long a run's hold on --state lasts unless it renews it (a live run renews "
            "it every quarter of this): another run, on any machine, is refused while it lasts, "
            "and once it has expired takes over and finishes off the run that stopped. Default "
            f"{LEASE_SECONDS:.0f}.",
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
            "--polls",
            type=int,
            default=None,
            metavar="N",
            help="newsbeam stream on the local runner: stop after this many polls, once "
            "everything read is written (with --duration, at whichever comes first).",
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
        parser.add_argument(
            "--parse-slots",
            action="store_true",
            default=False,
            help="Tagger: fill a trigger's empty subject from the shipped dependency parser "
            "(needs spaCy: pip install 'newsbeam[parser]'). Off by default: on the real-news "
            "development set it added no event and cost ~0.7 ms an article (docs/tagger.md).",
        )
        parser.add_argument(
            "--warc",
            nargs="+",
            action="extend",
            type=str,
            default=None,
            metavar="PATH",
            help="WARC files to read instead of fetching: a file, a folder (its .warc and "
            ".warc.gz files) or a glob, local or on any Beam filesystem (gs://, s3://). WARC/1.0 "
            "and 1.1, gzip per record or plain. Each HTML response record becomes an article as "
            "if fetched (target URI, WARC-Date as fetched_at); other records are counted. "
            "Repeatable.",
        )
        parser.add_argument(
            "--warc-paths",
            nargs="+",
            action="extend",
            type=str,
            default=None,
            metavar="FILE",
            help="Listings of WARC files, one path a line, gzip or plain, such as a CC-NEWS "
            "month's warc.paths.gz; relative lines are joined to --warc-base. Repeatable.",
        )
        parser.add_argument(
            "--warc-base",
            type=str,
            default=None,
            metavar="PREFIX",
            help="Prefix of the relative lines of --warc-paths listings, e.g. gs://BUCKET/ for "
            "a copy of Common Crawl's crawl-data/ folders, or s3://commoncrawl/. Default: the "
            "listing's own folder.",
        )
        parser.add_argument(
            "--since",
            type=str,
            default=None,
            metavar="DATE",
            help="Skip (and count) entries and articles published before DATE: YYYY-MM-DD (UTC) "
            "or an ISO 8601 date and time. Those with no known publication date are kept. Feed "
            "entries are checked before fetching, other pages once extraction found their date.",
        )
        parser.add_argument(
            "--until",
            type=str,
            default=None,
            metavar="DATE",
            help="Skip (and count) entries and articles published after DATE: YYYY-MM-DD (the "
            "whole UTC day included) or an ISO 8601 date and time (excluded). Undated ones are "
            "kept.",
        )
        parser.add_argument(
            "--sitemaps",
            nargs="+",
            action="extend",
            type=str,
            default=None,
            metavar="URL",
            help="Sitemaps or sitemap indexes to read as feeds: http(s) URLs or local paths, XML "
            "plain or gzip. Indexes are followed 3 levels down; each <url> is an entry, dated by "
            "its Google News news:publication_date, else its lastmod, titled by news:title. "
            "Fetched like pages (robots.txt, politeness, size cap). Repeatable.",
        )
        parser.add_argument(
            "--archive",
            type=str,
            default=None,
            metavar="DIR",
            help="Keep every HTTP response read (feeds, pages, robots.txt) as WARC request and "
            "response records with payload digests, gzip per record, in DIR (any Beam "
            "filesystem), in files named by run and rotated by --archive-max-bytes. "
            "newsbeam run --warc DIR replays them without the network.",
        )
        parser.add_argument(
            "--archive-max-bytes",
            type=int,
            default=1024**3,
            metavar="BYTES",
            help="Size at which an --archive file is closed and the next one begun (default "
            "1 GiB, as Common Crawl's files).",
        )
        parser.add_argument(
            "--archive-run",
            type=str,
            default=None,
            metavar="NAME",
            help="The run's name in its --archive file names (letters, digits, '.', '_', '-'). "
            "Default: the launch time, YYYYMMDDTHHMMSSZ.",
        )
        parser.add_argument(
            "--quiet",
            action="store_true",
            default=False,
            help="Print no progress lines on stderr during a local run (the summary at the end "
            "is still printed). Remote runners print none anyway: their counts are Beam "
            "metrics (namespace newsbeam) in the runner's monitoring.",
        )
        parser.add_argument(
            "--progress-interval",
            type=float,
            default=5.0,
            metavar="SECONDS",
            help="Seconds between two progress lines of a local run (default 5): pages "
            "fetched, articles, events, errors, pages per second; rewritten in place on a "
            "terminal, one line each otherwise.",
        )


POSITIVE = (
    ("fetch_concurrency", "--fetch-concurrency"),
    ("per_host_concurrency", "--per-host-concurrency"),
    ("connect_timeout", "--connect-timeout"),
    ("fetch_timeout", "--fetch-timeout"),
    ("fetch_deadline", "--fetch-deadline"),
    ("max_page_bytes", "--max-page-bytes"),
)
NOT_NEGATIVE = (
    ("per_host_delay", "--per-host-delay"),
    ("fetch_retries", "--fetch-retries"),
    ("retry_backoff", "--retry-backoff"),
    ("max_retry_after", "--max-retry-after"),
)
CONTACT = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+\.[\w.-]+")


def check_number(flag: str, value: float, *, zero: bool = False) -> None:
    """Refuse nan, infinities, negatives, and zero unless ``zero`` allows it."""
    if not math.isfinite(value):
        raise OptionsError(f"{flag} must be a finite number, not {value}")
    if value < 0 or (value == 0 and not zero):
        raise OptionsError(f"{flag} must {'not be negative' if zero else 'be positive'}")


def fetch_settings(options: NewsbeamOptions) -> FetchSettings:
    """The fetch limits, politeness and network policy the options ask for, checked."""
    for name, flag in POSITIVE:
        check_number(flag, getattr(options, name))
    for name, flag in NOT_NEGATIVE:
        check_number(flag, getattr(options, name), zero=True)
    if "newsbeam" not in options.user_agent.lower() or not CONTACT.search(options.user_agent):
        raise OptionsError("--user-agent must name newsbeam and give a contact URL or e-mail")
    allowed = tuple(options.allow_network or ())
    for cidr in allowed:
        try:
            parse_networks((cidr,))
        except ValueError as exc:
            raise OptionsError(f"--allow-network: {cidr!r} is not an address range") from exc
    if options.state and "://" not in options.state:
        try:
            pathlib.Path(options.state).expanduser().mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OptionsError(f"--state: cannot use {options.state}: {exc.strerror}") from exc
        # A local state file is checked at launch; a remote one (gs://) by the workers, so that
        # building a job (a Dataflow dry run, a Flex Template launch) touches no storage.
        try:
            load_validators(options.state)
        except StateError as exc:
            raise OptionsError(f"--state: {exc}") from exc
    archive_run = check_archive(options)
    return FetchSettings(
        connect_timeout_seconds=options.connect_timeout,
        timeout_seconds=options.fetch_timeout,
        deadline_seconds=options.fetch_deadline,
        max_bytes=options.max_page_bytes,
        user_agent=options.user_agent,
        concurrency=options.fetch_concurrency,
        per_host_concurrency=options.per_host_concurrency,
        per_host_delay_seconds=options.per_host_delay,
        retries=options.fetch_retries,
        backoff_seconds=options.retry_backoff,
        max_retry_after_seconds=options.max_retry_after,
        allowed_networks=allowed,
        state_dir=canonical(options.state) if options.state else None,
        archive_dir=options.archive,
        archive_run=archive_run,
        archive_max_bytes=options.archive_max_bytes,
    )


def check_schedule(options: NewsbeamOptions) -> None:
    """Refuse poll, window, duration and TTL values that cannot work."""
    for flag, value in (
        ("--poll-interval", options.poll_interval),
        ("--window", options.window),
        ("--dedup-ttl", options.dedup_ttl),
        ("--state-lease", options.state_lease),
    ):
        check_number(flag, value)
    if options.duration is not None:
        check_number("--duration", options.duration)
    if options.polls is not None:
        check_number("--polls", options.polls)


def check_writable(flag: str, folder: pathlib.Path) -> None:
    """Prove a local folder takes a new file, by writing and removing one (root ignores
    permission bits, a read-only mount does not: only trying tells)."""
    probe = folder / f".newsbeam-probe-{uuid.uuid4().hex}"
    try:
        probe.touch(exist_ok=False)
        probe.unlink()
    except OSError as exc:
        raise OptionsError(f"{flag}: cannot write in {folder}: {exc.strerror}") from exc


def check_local_outputs(options: NewsbeamOptions) -> None:
    """Refuse, before any fetching, a local --output that is a file or cannot be written, and
    a --summary-json that could not be written once the run is done."""
    if options.output and "://" not in options.output:
        output = pathlib.Path(options.output).expanduser()
        if output.exists() and not output.is_dir():
            raise OptionsError(f"--output: {options.output} is a file, not a folder")
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OptionsError(f"--output: cannot create {options.output}: {exc.strerror}") from exc
        check_writable("--output", output)
    if options.summary_json:
        summary = pathlib.Path(options.summary_json).expanduser()
        if summary.is_dir():
            raise OptionsError(f"--summary-json: {options.summary_json} is a folder")
        if not summary.parent.is_dir():
            raise OptionsError(f"--summary-json: no such folder: {summary.parent}")
        if summary.exists() and not os.access(summary, os.W_OK):
            raise OptionsError(f"--summary-json: {options.summary_json} is not writable")
        check_writable("--summary-json", summary.parent)


def check_remote_paths(options: NewsbeamOptions) -> None:
    """On Dataflow, workers cannot see the launching machine's disk: --output and --state must
    be URLs of a shared filesystem (gs://...)."""
    if options.view_as(StandardOptions).runner != "DataflowRunner":
        return
    for flag, value in (("--output", options.output), ("--state", options.state)):
        if value and "://" not in value:
            raise OptionsError(f"{flag} must be a gs:// URL on DataflowRunner, not {value!r}")
