"""Event clusters: reports of one event (same actors and PLOVER type, dates within a day) share
a cluster, whichever story they come from; the cluster row counts them."""

import datetime

from schemas.story_index import EventReport
from tests.story_corpus import coded_event
from transforms.stories.clusters import (
    assign_clusters,
    cluster_key,
    cluster_row,
    merge_cluster_tallies,
)

UTC = datetime.timezone.utc
DAY = datetime.date(2023, 2, 24)
AT = datetime.datetime(2023, 2, 24, 18, tzinfo=UTC)
NOW = datetime.datetime(2023, 2, 26, tzinfo=UTC)


def report(event_id, days=0, hours=0, publisher="a.example", **fields) -> EventReport:
    event = coded_event(
        event_id, DAY + datetime.timedelta(days=days), article_id=f"art-{event_id}", **fields
    )
    return EventReport(event, AT + datetime.timedelta(hours=hours), publisher)


def clusters_of(reports, stored=()):
    placed, tallies = assign_clusters(reports, stored, NOW)
    return {event.event_id: cluster for event, cluster in placed}, tallies


def test_reports_within_a_day_of_the_anchor_share_a_cluster():
    ids, tallies = clusters_of(
        [report("a"), report("b", days=1, hours=1), report("c", days=2, hours=2)]
    )
    assert ids["a"] == ids["b"] != ids["c"]  # c is two days after the anchor: a new event
    first = next(t for t in tallies if t.event_cluster_id == ids["a"])
    assert first.event_date == DAY and len(first.event_ids) == 2


def test_a_report_joins_the_nearest_anchor():
    ids, _ = clusters_of([report("a"), report("b", days=3, hours=1), report("c", days=2, hours=2)])
    assert ids["c"] == ids["b"] != ids["a"]


def test_other_actors_or_type_are_other_events():
    reports = [report("a"), report("b", plover_type="SUPPORT"), report("c", target="SAU")]
    keys = {cluster_key(r.event) for r in reports}
    assert len(keys) == 3


def test_the_row_counts_reports_articles_and_publishers_and_prefers_asserted():
    reports = [
        report("a", modality="hypothetical"),
        report("b", hours=1, publisher="b.example"),
        report("c", hours=2, publisher="b.example"),
    ]
    ids, (tally,) = clusters_of(reports)
    row = cluster_row(tally)
    assert (row.n_reports, row.n_articles, row.n_sources) == (3, 3, 2)
    assert row.modality == "asserted" and row.representative_event_id == "b"
    assert row.first_reported_at == AT and row.event_cluster_id == ids["a"]


def test_later_runs_add_to_the_stored_cluster_and_a_redone_report_counts_once():
    ids, (stored,) = clusters_of([report("a"), report("b", hours=1)])
    later, (merged,) = clusters_of([report("b", hours=1), report("d", days=1, hours=9)], [stored])
    assert later["d"] == later["b"] == ids["a"]
    assert merged.event_ids == ["a", "b", "d"]
    assert merge_cluster_tallies([stored, merged]).event_ids == ["a", "b", "d"]


def test_runs_in_reporting_order_give_the_batch_clusters():
    reports = [report(f"r{n}", days=n // 3, hours=n) for n in range(9)]
    batch, batch_tallies = clusters_of(reports)
    first, first_tallies = clusters_of(reports[:4])
    second, second_tallies = clusters_of(reports[4:], first_tallies)
    assert {**first, **second} == batch
    by_id = {t.event_cluster_id: t for t in [*first_tallies, *second_tallies]}
    assert sorted(map(cluster_row, by_id.values()), key=str) == sorted(
        map(cluster_row, batch_tallies), key=str
    )
