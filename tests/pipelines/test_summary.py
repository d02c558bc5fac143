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
