"""Event rows to event clusters: the reports of one real-world event share one cluster.

The rule (docs/stories.md): reports are grouped by source actor, target actor and PLOVER type
(``cluster_key``), and placed in the order they were reported (article publication time, then
event id). A report joins the cluster of that key whose event date is nearest its own and at
most ``DATE_TOLERANCE`` away (ties to the earlier date), else it founds a cluster anchored at its
own event date. Clusters an earlier run made are matched against; a report already counted in a
cluster (a killed run redone) stays there. Whether reports share a story does not matter.
"""

import datetime
from collections.abc import Iterable

from schemas.event_clusters import EventCluster
from schemas.events import Event
from schemas.story_index import ClusterTally, EventReport
from transforms.failures import stable_id

DATE_TOLERANCE = datetime.timedelta(days=1)
# Which modality a cluster reports: asserted wins over future over hypothetical; the two that
# summaries never count come last.
MODALITY_RANK = {"asserted": 0, "future": 1, "hypothetical": 2, "historical": 3, "negated": 4}


def actor_key(country: str | None, code: str | None, name: str | None, text: str) -> str:
    """Who an actor is for clustering: its country, else its code, else its name as written."""
    return country or code or (name or text).strip().lower()


def cluster_key(event: Event) -> str:
    """The actors and PLOVER type a report is grouped by."""
    e = event
    source = actor_key(e.source_country, e.source_code, e.source_name, e.source_text)
    target = actor_key(e.target_country, e.target_code, e.target_name, e.target_text)
    return f"{source}|{target}|{e.plover_type}"


def report_order(report: EventReport) -> tuple[datetime.datetime, str]:
    """The order in which reports are placed: when reported, then event id."""
    return report.reported_at, report.event.event_id


def representative_rank(tally: ClusterTally) -> tuple[int, datetime.datetime, str]:
    """Which report represents a cluster: strongest modality, then earliest, then id."""
    return (
        MODALITY_RANK.get(tally.modality, len(MODALITY_RANK)),
        tally.representative_reported_at,
        tally.representative_event_id,
    )


def report_tally(report: EventReport, cluster_id: str, recorded_at: datetime.datetime):
    """The tally of one report placed in a cluster (its anchor, if it founds the cluster)."""
    event = report.event
    return ClusterTally(
        event_cluster_id=cluster_id,
        cluster_key=cluster_key(event),
        source_country=event.source_country,
        target_country=event.target_country,
        plover_type=event.plover_type,
        event_date=event.event_date,
        first_reported_at=report.reported_at,
        modality=event.modality,
        representative_event_id=event.event_id,
        representative_reported_at=report.reported_at,
        cameo_code=event.cameo_code,
        sentence=event.sentence,
        event_ids=[event.event_id],
        article_ids=[event.article_id],
        publishers=[report.publisher],
        recorded_at=recorded_at,
    )


def merge_cluster_tallies(tallies: Iterable[ClusterTally]) -> ClusterTally:
    """One tally of a cluster from several; the founder's (the first one's) anchor date stays."""
    tallies = list(tallies)
    founder, best = tallies[0], min(tallies, key=representative_rank)
    return ClusterTally(
        event_cluster_id=founder.event_cluster_id,
        cluster_key=founder.cluster_key,
        source_country=founder.source_country,
        target_country=founder.target_country,
        plover_type=founder.plover_type,
        event_date=founder.event_date,
        first_reported_at=min(t.first_reported_at for t in tallies),
        modality=best.modality,
        representative_event_id=best.representative_event_id,
        representative_reported_at=best.representative_reported_at,
        cameo_code=best.cameo_code,
        sentence=best.sentence,
        event_ids=sorted({i for t in tallies for i in t.event_ids}),
        article_ids=sorted({i for t in tallies for i in t.article_ids}),
        publishers=sorted({p for t in tallies for p in t.publishers}),
        recorded_at=max(t.recorded_at for t in tallies),
    )


def nearest_cluster(event_date: datetime.date, clusters: list[ClusterTally]) -> str | None:
    """The cluster whose anchor is nearest the date, within the tolerance; ties to the earlier."""
    near = [
        (abs(c.event_date - event_date), c.event_date, c.event_cluster_id)
        for c in clusters
        if abs(c.event_date - event_date) <= DATE_TOLERANCE
    ]
    return min(near)[2] if near else None


def assign_clusters(
    reports: Iterable[EventReport],
    stored: Iterable[ClusterTally],
    recorded_at: datetime.datetime,
) -> tuple[list[tuple[Event, str]], list[ClusterTally]]:
    """Place the reports of one cluster key. Return each report's event with its cluster id,
    and the merged tallies of the clusters that gained a report (earlier runs' included)."""
    tallies: dict[str, list[ClusterTally]] = {t.event_cluster_id: [t] for t in stored}
    counted = {i: cid for cid, (t,) in tallies.items() for i in t.event_ids}
    touched: list[str] = []
    placed = []
    for report in sorted(reports, key=report_order):
        event = report.event
        cluster_id = counted.get(event.event_id) or nearest_cluster(
            event.event_date, [group[0] for group in tallies.values()]
        )
        if cluster_id is None:
            cluster_id = stable_id("event-cluster", event.event_id)
            tallies[cluster_id] = []
        tallies[cluster_id].append(report_tally(report, cluster_id, recorded_at))
        counted[event.event_id] = cluster_id
        if cluster_id not in touched:
            touched.append(cluster_id)
        placed.append((event, cluster_id))
    return placed, [merge_cluster_tallies(tallies[cid]) for cid in touched]


def cluster_row(tally: ClusterTally) -> EventCluster:
    """The ``event_clusters`` row of a cluster's tally."""
    return EventCluster(
        event_cluster_id=tally.event_cluster_id,
        source_country=tally.source_country,
        target_country=tally.target_country,
        plover_type=tally.plover_type,
        cameo_code=tally.cameo_code,
        modality=tally.modality,
        event_date=tally.event_date,
        first_reported_at=tally.first_reported_at,
        n_reports=len(tally.event_ids),
        n_articles=len(tally.article_ids),
        n_sources=len(tally.publishers),
        representative_event_id=tally.representative_event_id,
        sentence=tally.sentence,
    )
