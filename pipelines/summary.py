"""The run's summary: counts from Beam metrics, and the check that every entry is accounted for."""

import dataclasses
from typing import Any

from apache_beam.metrics.metric import MetricsFilter
from apache_beam.runners.runner import PipelineResult

from schemas.events import MODALITIES, REPORTED_MODALITIES
from transforms import counters


@dataclasses.dataclass(frozen=True)
class RunSummary:
    """What one run read, kept, and refused."""

    output: str
    feeds: int = 0
    feed_errors: int = 0
    feeds_unchanged: int = 0
    entries: int = 0
    articles: int = 0
    duplicates: int = 0
    entry_errors: int = 0
    events: int = 0
    events_by_modality: dict[str, int] = dataclasses.field(default_factory=dict)
    tag_errors: int = 0
    feed_summary_fallbacks: int = 0
    entries_seen_before: int = 0  # entries the same feed listed in an earlier run or poll
    archives: int = 0  # WARC files read (--warc, --warc-paths)
    archive_errors: int = 0  # WARC sources or files that could not be read at all
    archive_records_skipped: int = 0  # request, metadata, warcinfo, ... records: not entries
    out_of_range: int = 0  # entries and articles published outside --since/--until
    sitemaps: int = 0  # sitemaps and sitemap indexes read (--sitemaps)
    sitemap_errors: int = 0  # sitemaps that could not be read or parsed
    stories: int = 0  # stories rows written: new stories and earlier ones that gained articles
    stories_new: int = 0  # of which new
    event_clusters: int = 0  # event_clusters rows written (new or rewritten)
    # False when the runner reports no metrics (Beam 2.77's DaskRunner): the counts above are
    # then unknown, not zero, and only the tables tell what was written.
    counted: bool = True

    @property
    def errors(self) -> int:
        """All error rows: unreadable feeds, entries that failed, articles the tagger refused."""
        return (
            self.feed_errors
            + self.entry_errors
            + self.tag_errors
            + self.archive_errors
            + self.sitemap_errors
        )

    @property
    def accounted(self) -> bool:
        """Every entry ended as an article, a duplicate or an error, or already had its row from
        the earlier run or poll in which its feed first listed it."""
        return self.entries == (
            self.articles
            + self.duplicates
            + self.entry_errors
            + self.entries_seen_before
            + self.out_of_range
        )

    @property
    def events_reported(self) -> int:
        """Events that count in summaries: asserted and future ones, not negated, hypothetical or
        historical."""
        return sum(self.events_by_modality.get(name, 0) for name in REPORTED_MODALITIES)

    @property
    def events_per_cluster(self) -> float:
        """Event rows of the run per event cluster they reported: how much over-counting rows
        would do (1.0 when every row is its own event; 0 without events)."""
        return round(self.events / self.event_clusters, 2) if self.event_clusters else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The counts as JSON-ready values."""
        values = dataclasses.asdict(self)
        values.update(
            errors=self.errors,
            accounted=self.accounted,
            events_reported=self.events_reported,
            events_per_cluster=self.events_per_cluster,
        )
        return values

    def render(self) -> str:
        """A short human-readable report."""
        if not self.counted:
            return "\n".join(
                [
                    "counts          not reported: this runner collects no Beam metrics",
                    f"output          {self.output}  (articles/, events/, stories/, "
                    "event_clusters/, errors/, duplicates/)",
                ]
            )
        check = "ok" if self.accounted else "MISMATCH"
        modalities = ", ".join(
            f"{name} {self.events_by_modality.get(name, 0)}" for name in MODALITIES
        )
        lines = [
            f"feeds read      {self.feeds} ({self.feed_errors} unreadable"
            + (
                f", {self.feeds_unchanged} unchanged since the last run"
                if self.feeds_unchanged
                else ""
            )
            + ")",
            f"entries         {self.entries} = {self.articles} articles + {self.duplicates} "
            f"duplicates + {self.entry_errors} errors"
            + (f" + {self.entries_seen_before} seen before" if self.entries_seen_before else "")
            + (f" + {self.out_of_range} out of range" if self.out_of_range else "")
            + f" [{check}]",
            f"events          {self.events} ({modalities}); {self.events_reported} reported",
            f"stories         {self.stories} ({self.stories_new} new); event clusters "
            f"{self.event_clusters}, {self.events_per_cluster} event rows per cluster",
            f"errors          {self.errors} rows in errors/",
            f"output          {self.output}  (articles/, events/, stories/, event_clusters/, "
            "errors/, duplicates/)",
        ]
        if self.feed_summary_fallbacks:
            lines.insert(2, f"feed summaries  {self.feed_summary_fallbacks} articles fell back")
        if self.sitemaps:
            lines.insert(1, f"sitemaps read   {self.sitemaps} ({self.sitemap_errors} unreadable)")
        if self.archives or self.archive_errors:
            lines.insert(
                1,
                f"archives read   {self.archives} ({self.archive_errors} unreadable); "
                f"{self.archive_records_skipped} non-response records skipped",
            )
        return "\n".join(lines)


def counter_values(result: PipelineResult) -> dict[str, int] | None:
    """newsbeam's counters by name, committed values where the runner has them; None from a
    runner that collects no metrics."""
    try:
        metrics = result.metrics()
    except NotImplementedError:  # Beam 2.77's DaskRunner
        return None
    query = metrics.query(MetricsFilter().with_namespace(counters.NAMESPACE))
    values: dict[str, int] = {}
    for counter in query["counters"]:
        value = counter.committed if counter.committed is not None else counter.attempted
        values[counter.key.metric.name] = values.get(counter.key.metric.name, 0) + int(value or 0)
    return values


def summarise(result: PipelineResult, output: str) -> RunSummary:
    """The summary of a finished run."""
    counts = counter_values(result)
    if counts is None:
        return RunSummary(output=output, counted=False)
    return RunSummary(
        output=output,
        feeds=counts.get(counters.FEEDS, 0),
        feed_errors=counts.get(counters.FEED_ERRORS, 0),
        feeds_unchanged=counts.get(counters.FEEDS_NOT_MODIFIED, 0),
        entries=counts.get(counters.ENTRIES, 0),
        articles=counts.get(counters.ARTICLES, 0),
        duplicates=counts.get(counters.DUPLICATES, 0),
        entry_errors=counts.get(counters.LINKS_REFUSED, 0)
        + counts.get(counters.FETCH_ERRORS, 0)
        + counts.get(counters.EXTRACT_ERRORS, 0)
        + counts.get(counters.ARCHIVE_RECORD_ERRORS, 0),
        events=counts.get(counters.EVENTS, 0),
        events_by_modality={
            name: counts.get(counters.events_with_modality(name), 0) for name in MODALITIES
        },
        tag_errors=counts.get(counters.TAG_ERRORS, 0),
        feed_summary_fallbacks=counts.get(counters.FEED_SUMMARY_FALLBACKS, 0),
        entries_seen_before=counts.get(counters.ENTRIES_SEEN_BEFORE, 0),
        archives=counts.get(counters.ARCHIVES, 0),
        archive_errors=counts.get(counters.ARCHIVE_ERRORS, 0),
        archive_records_skipped=counts.get(counters.ARCHIVE_RECORDS_SKIPPED, 0),
        out_of_range=counts.get(counters.OUT_OF_RANGE, 0),
        sitemaps=counts.get(counters.SITEMAPS, 0),
        sitemap_errors=counts.get(counters.SITEMAP_ERRORS, 0),
        stories=counts.get(counters.STORIES, 0),
        stories_new=counts.get(counters.STORIES_NEW, 0),
        event_clusters=counts.get(counters.EVENT_CLUSTERS, 0),
    )
