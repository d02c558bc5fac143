"""The batch pipeline: sources -> ReadFeeds -> FetchPages -> ExtractArticles ->
TagDiplomaticEvents -> GroupStories/ClusterEvents -> WriteDataset, every stage's failures
flattened into the errors table.

With ``--state DIR`` (scheduled runs) DeduplicateEntries sits between ReadFeeds and FetchPages:
entries that an earlier run already saw are not fetched again, and the run's sightings are
committed to DIR once its files are written; a killed run's uncommitted files are deleted by the
next run, which writes them again.
"""

import datetime
import sys
from typing import NamedTuple

import apache_beam as beam
from apache_beam.pvalue import PCollection

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from pipelines.fetch_options import fetch_settings
from pipelines.launch import display_path, parse_options, state_run
from pipelines.options import NewsbeamOptions
from pipelines.pipeline_command import run_command
from pipelines.progress import progress
from pipelines.source_options import operator_sources, publication_range
from pipelines.stories import group_stories_and_events
from pipelines.stream_stories import group_stories_and_events_in_stream
from pipelines.summary import RunSummary, counter_values, summarise
from schemas import (
    ARTICLES,
    DUPLICATES,
    ERRORS,
    EVENT_CLUSTERS,
    EVENTS,
    STORIES,
    ErrorRecord,
    Source,
)
from schemas.articles import Article
from schemas.entries import SOURCE_SITEMAP, FeedEntry
from state.names import new_run_id
from transforms import counters
from transforms.date_range import SkipOutOfRange
from transforms.deduplicate import DeduplicateEntries
from transforms.extract_articles import ExtractArticles
from transforms.failures import utc_now
from transforms.fetch_pages import FetchPages
from transforms.fetching import FetchSettings
from transforms.read_archives import ARCHIVE_KINDS, ReadArchives
from transforms.read_feeds import ReadFeeds
from transforms.read_sitemaps import ReadSitemaps
from transforms.rewrite_in_stream import RewriteTableInStream
from transforms.seen_articles import CommitSeenArticles, ReadSeenArticles
from transforms.tag_events import TagDiplomaticEvents, WarmUpWorkers
from transforms.write_dataset import WriteDataset


class Outputs(NamedTuple):
    """The PCollections a built pipeline produces, for tests and for callers that add steps."""

    articles: PCollection
    events: PCollection
    duplicates: PCollection
    errors: PCollection
    files: PCollection
    stories: PCollection | None = None  # None where stories are not grouped
    clusters: PCollection | None = None


def build(
    pipeline: beam.Pipeline,
    options: NewsbeamOptions,
    *,
    sources: PCollection | None = None,
    run_id: str | None = None,
) -> Outputs:
    """Wire the stages. Tests pass ``sources`` (a PCollection of Source); otherwise the
    operator's sources are read from the options. With ``--state``, ``run_id`` names the run's
    files and commits (a fresh one if None)."""
    settings = fetch_settings(options)
    if sources is None:
        sources = pipeline | "CreateSources" >> create_sources(operator_sources(options))
    # Fused into the first stage: each worker builds its tagger while the small stages run.
    sources = sources | "WarmUpWorkers" >> WarmUpWorkers(options.parse_slots)
    if options.state:
        run_id = run_id or new_run_id()
        now = utc_now()
        sources = sources | "StampRunTime" >> beam.Map(
            lambda source, at: beam.window.TimestampedValue(source, at), now.timestamp()
        ).with_output_types(Source)
    archived = None
    if options.warc or options.warc_paths or options.sitemaps:
        # Three Filters, not a Partition: a Partition's outputs are tagged outputs, which Beam
        # 2.77's DaskRunner does not keep apart (see transforms/outputs.py).
        archives, sitemaps, sources = (
            sources
            | f"SplitSources{name}" >> beam.Filter(is_source_kind, index).with_output_types(Source)
            for index, name in enumerate(("Archives", "Sitemaps", "FeedsAndPages"))
        )
        archived = archives | "ReadArchives" >> ReadArchives(settings.max_bytes, options.warc_base)
        entries, feed_failures = read_feeds_and_sitemaps(sources, sitemaps, settings)
    else:
        # Feeds and pages only: no Flatten between FetchPages and ExtractArticles, so they stay
        # fused and fetching keeps its backpressure (with the Flatten, the FnApiRunner of Beam
        # 2.77 materialised every fetched body first: 1.7 GiB instead of 0.4 at 1,810 pages).
        entries, feed_failures = sources | "ReadFeeds" >> ReadFeeds(settings)
    if not options.state:
        return process_entries(entries, feed_failures, options, archived=archived)
    stored = pipeline | "ReadSeenArticles" >> ReadSeenArticles(
        options.state, since=now - datetime.timedelta(seconds=options.dedup_ttl)
    )
    new_entries, already_seen, sightings = (
        entries,
        stored,
    ) | "DeduplicateEntries" >> DeduplicateEntries(options.dedup_ttl)
    outputs = process_entries(
        new_entries, feed_failures, options, already_seen, run_id, archived=archived
    )
    _ = (sightings, outputs.files) | "CommitSeenArticles" >> CommitSeenArticles(
        options.state, run_id
    )
    return outputs


def create_sources(sources: list[Source]) -> beam.PTransform:
    """The operator's sources as a PCollection, without Create's reshuffle: every source goes
    to a grouping first (by host, or by article for a page), which spreads the work over the
    workers anyway; Beam 2.77's FnApiRunner ran the reshuffle as a stage of its own (0.4 to
    0.6 s of a two-worker run's wall time on the benchmark's 1,810 pages)."""
    return beam.Create(sources, reshuffle=False)


def archives_only(options: NewsbeamOptions) -> bool:
    """Whether the operator named archives and nothing to fetch."""
    web = options.feeds or options.feeds_file or options.opml or options.urls or options.sitemaps
    return bool(options.warc or options.warc_paths) and not web


def source_kind_index(source: Source) -> int:
    """SplitSources' share of a source: 0 archives, 1 sitemaps, 2 feeds and pages."""
    if source.kind in ARCHIVE_KINDS:
        return 0
    return 1 if source.kind == SOURCE_SITEMAP else 2


def is_source_kind(source: Source, index: int) -> bool:
    """Whether a source falls to SplitSources' share ``index``."""
    return source_kind_index(source) == index


def read_feeds_and_sitemaps(
    sources: PCollection, sitemaps: PCollection, settings: FetchSettings
) -> tuple[PCollection, PCollection]:
    """ReadFeeds and ReadSitemaps, their entries and failures flattened."""
    feed_entries, feed_failures = sources | "ReadFeeds" >> ReadFeeds(settings)
    sitemap_entries, sitemap_failures = sitemaps | "ReadSitemaps" >> ReadSitemaps(settings)
    return (
        (feed_entries, sitemap_entries) | "FlattenSourceEntries" >> beam.Flatten(),
        (feed_failures, sitemap_failures) | "FlattenSourceFailures" >> beam.Flatten(),
    )


def process_entries(
    entries: PCollection,
    feed_failures: PCollection,
    options: NewsbeamOptions,
    already_seen: PCollection | None = None,
    run_id: str | None = None,
    *,
    archived: tuple[PCollection, PCollection, PCollection] | None = None,
    stories: bool = True,
    poll_at: float | None = None,
    unbounded: bool = False,
) -> Outputs:
    """Fetch, extract, tag and write the entries; shared by the batch and streaming builders.
    ``already_seen`` are DeduplicateEntries' duplicate rows, written beside FetchPages' own;
    ``archived`` are ReadArchives' pages, duplicates and failures, joined to FetchPages' own.
    With ``stories``, articles are grouped into stories and events into event clusters (a
    stream does so in its local rounds, each one poll at ``poll_at``: ``pipelines.streaming``;
    an ``unbounded`` stream holds the index in keyed state: ``pipelines.stream_stories``)."""
    settings = fetch_settings(options)
    dates = publication_range(options)
    if dates:
        entries = entries | "SkipEntriesOutOfRange" >> SkipOutOfRange(dates, FeedEntry)
    pages, duplicates, fetch_failures = entries | "FetchPages" >> FetchPages(settings)
    if archived is not None:
        archive_pages, archive_duplicates, archive_failures = archived
        # An archives-only run extracts the archive pages straight from ReadArchives: a Flatten
        # there breaks the fusion on Beam 2.77's local runner, which then holds every page.
        pages = (
            archive_pages
            if archives_only(options)
            else (pages, archive_pages) | "FlattenPages" >> beam.Flatten()
        )
        duplicates = (duplicates, archive_duplicates) | "FlattenArchiveDuplicates" >> beam.Flatten()
        fetch_failures = (fetch_failures, archive_failures) | "FlattenArchiveFailures" >> (
            beam.Flatten()
        )
    if already_seen is not None:
        duplicates = (already_seen, duplicates) | "FlattenDuplicates" >> beam.Flatten()
    articles, extract_failures = pages | "ExtractArticles" >> ExtractArticles()
    if dates:
        articles = articles | "SkipArticlesOutOfRange" >> SkipOutOfRange(
            dates, Article, counted_as=counters.ARTICLES
        )
    events, tag_failures = articles | "TagDiplomaticEvents" >> TagDiplomaticEvents(
        options.parse_slots
    )
    errors = (
        feed_failures,
        fetch_failures,
        extract_failures,
        tag_failures,
    ) | "FlattenErrors" >> beam.Flatten().with_output_types(ErrorRecord)
    output = options.output
    written = [
        duplicates | "WriteDuplicates" >> WriteDataset(output, DUPLICATES, run_id),
        errors | "WriteErrors" >> WriteDataset(output, ERRORS, run_id),
    ]
    grouped = None
    if stories:
        grouped = (
            group_stories_and_events_in_stream(articles, events, options)
            if unbounded
            else group_stories_and_events(articles, events, options, run_id, poll_at)
        )
        events = grouped.events
        articles = grouped.articles_by_partition | "ArticlesWithStories" >> beam.FlatMap(
            lambda partition: partition[1]
        ).with_output_types(Article)
        written.append(
            grouped.articles_by_partition
            | "WriteArticles" >> WriteDataset(output, ARTICLES, run_id, grouped=True)
        )
        # An unbounded stream rewrites a partition once per window, one window at a time.
        for label, rows, table in (
            ("WriteStories", grouped.stories, STORIES),
            ("WriteEventClusters", grouped.clusters, EVENT_CLUSTERS),
        ):
            written.append(
                rows
                | label
                >> (
                    RewriteTableInStream(output, table, options.dedup_ttl)
                    if unbounded
                    else WriteDataset(output, table, run_id)
                )
            )
    else:
        written.append(articles | "WriteArticles" >> WriteDataset(output, ARTICLES, run_id))
    written.append(events | "WriteEvents" >> WriteDataset(output, EVENTS, run_id))
    files = written | "FlattenFiles" >> beam.Flatten()
    return Outputs(
        articles,
        events,
        duplicates,
        errors,
        files,
        grouped.stories if grouped else None,
        grouped.clusters if grouped else None,
    )


def run(argv: list[str], sources: list[Source] | None = None) -> RunSummary:
    """Run the batch pipeline to completion and return its summary."""
    options = parse_options(argv)
    with state_run(options, "batch") as run_id:
        pipeline = beam.Pipeline(options=options)
        build(
            pipeline,
            options,
            sources=(pipeline | "CreateSources" >> create_sources(sources)) if sources else None,
            run_id=run_id,
        )
        with progress(options, sys.stderr) as printer:
            result = pipeline.run()
            result.wait_until_finish()
            if printer is not None:
                printer.stop(counter_values(result))
    return summarise(result, display_path(options.output))


def main(argv: list[str]) -> int:
    """``newsbeam run``: run, print the summary, exit 0; exit 2 on bad arguments."""
    return run_command("run", run, argv)
