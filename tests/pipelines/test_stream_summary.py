"""A local stream's summary (pipelines.stream_summary): the polls' counts added up, stories and
event clusters counted once each however many polls rewrote them."""

from pipelines.stream_summary import Poll, StreamTotals
from pipelines.summary import RunSummary


def poll(articles: int, events: int, stories: int, new: int, clusters: list[str]) -> Poll:
    """A poll that wrote story s1 and the clusters named."""
    summary = RunSummary(
        output="out",
        entries=articles,
        articles=articles,
        events=events,
        stories=stories,
        stories_new=new,
        event_clusters=len(clusters),
    )
    return Poll(summary, frozenset({"s1"}), frozenset(clusters))


def test_stories_and_clusters_rewritten_by_several_polls_count_once():
    totals = StreamTotals(RunSummary(output="out"))
    for each in (
        poll(1, 2, 1, 1, ["c1", "c2"]),
        poll(1, 2, 1, 0, ["c1", "c2"]),
        poll(1, 1, 1, 0, ["c1"]),
    ):
        totals = totals.add(each)
    summary = totals.stream_summary()
    assert totals.polls == 3
    assert (summary.articles, summary.events, summary.stories_new) == (3, 5, 1)  # added up
    assert (summary.stories, summary.event_clusters) == (1, 2)  # distinct
    assert summary.events_per_cluster == 2.5 and summary.accounted


def test_a_stream_without_metrics_stays_uncounted():
    totals = StreamTotals(RunSummary(output="out")).add(Poll(RunSummary("out", counted=False)))
    assert not totals.stream_summary().counted
