"""The stories stage of an unbounded stream: GroupStoriesInStream after ExtractArticles and
ClusterEventsInStream after TagDiplomaticEvents, each holding its index in keyed state for the
``--dedup-ttl`` window (``transforms.group_stories_in_stream``,
``transforms.cluster_events_in_stream``), instead of the index files a batch run or a local
round reads from and commits to ``--state``.

Each window's articles and reports are placed against those of earlier windows, as a local
round's are against earlier polls; the ``stories/`` and ``event_clusters/`` rows a window
touched are whole (merged with the earlier windows'), and ``RewriteTableInStream`` rewrites
their partitions window by window (docs/stories.md, "Streaming").
"""

from apache_beam.pvalue import PCollection

from pipelines.options import NewsbeamOptions
from pipelines.stories import Stories
from transforms.cluster_events_in_stream import ClusterEventsInStream
from transforms.group_stories_in_stream import GroupStoriesInStream


def group_stories_and_events_in_stream(
    articles: PCollection, events: PCollection, options: NewsbeamOptions
) -> Stories:
    """Wire GroupStoriesInStream and ClusterEventsInStream on a stream's windowed articles and
    events."""
    by_partition, stories, sketches, _tallies = articles | "GroupStories" >> (
        GroupStoriesInStream(options.dedup_ttl)
    )
    with_cluster, clusters, _tallies = (events, sketches) | "ClusterEvents" >> (
        ClusterEventsInStream(options.dedup_ttl)
    )
    return Stories(by_partition, with_cluster, stories, clusters)
