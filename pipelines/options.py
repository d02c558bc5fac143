"""The one options class of newsbeam. Its fetch flags and their settings are ``fetch_options``'; the
checks of other values ``option_checks``'."""

import argparse

from apache_beam.options.pipeline_options import (
    PipelineOptions,
)

from pipelines.fetch_options import add_fetch_flags
from state import LEASE_SECONDS


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
        add_fetch_flags(parser)
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
