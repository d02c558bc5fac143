"""The run summary: the accounting check and what the report mentions."""

from pipelines.summary import RunSummary


def test_accounting_and_report():
    summary = RunSummary(output="out", feeds=2, entries=5, articles=3, duplicates=1, entry_errors=1)
    assert summary.accounted and "[ok]" in summary.render()
    assert "unchanged" not in summary.render()  # only runs with --state ask conditionally
    unchanged = RunSummary(output="out", feeds=2, feeds_unchanged=1)
    assert "1 unchanged since the last run" in unchanged.render()
    short = RunSummary(output="out", entries=2, articles=1)
    assert not short.accounted and "[MISMATCH]" in short.render()


def test_stories_clusters_and_event_rows_per_cluster():
    summary = RunSummary(output="out", events=12, stories=3, stories_new=2, event_clusters=4)
    assert summary.events_per_cluster == 3.0
    assert "stories         3 (2 new); event clusters 4, 3.0 event rows per cluster" in (
        summary.render()
    )
    assert summary.as_dict()["events_per_cluster"] == 3.0
    assert RunSummary(output="out").events_per_cluster == 0.0
