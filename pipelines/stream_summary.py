"""The summary of a local ``newsbeam stream``: its polls (one bounded job each, see
``pipelines.streaming``) added up into one ``RunSummary``.

Consumes each poll's summary and the ids of the ``stories/`` and ``event_clusters/`` rows the
poll wrote (read from the index rows it committed to ``--state``, ``state.story_index``).
Produces the stream's summary: counts of things each poll finds once (feeds read, entries,
articles, event rows, errors, new stories) added up; stories and event clusters counted once
each, however many polls rewrote them, so they, and the event rows per cluster, are those of one
batch run over the same inputs. Drops the ids once counted.
"""

import dataclasses

from pipelines.summary import RunSummary


@dataclasses.dataclass(frozen=True)
class Poll:
    """One poll's summary, and the stories and event clusters whose rows it wrote."""

    summary: RunSummary
    story_ids: frozenset[str] = frozenset()
    cluster_ids: frozenset[str] = frozenset()


@dataclasses.dataclass(frozen=True)
class StreamTotals:
    """A stream's polls so far: their counts added up, and the ids they wrote, united."""

    summary: RunSummary
    story_ids: frozenset[str] = frozenset()
    cluster_ids: frozenset[str] = frozenset()
    polls: int = 0

    def add(self, poll: Poll) -> "StreamTotals":
        """These totals with one more poll."""
        return StreamTotals(
            add_summaries(self.summary, poll.summary),
            self.story_ids | poll.story_ids,
            self.cluster_ids | poll.cluster_ids,
            self.polls + 1,
        )

    def stream_summary(self) -> RunSummary:
        """The stream's summary: the polls' counts added up, but stories and event clusters
        counted once each (a poll's ``stories`` counts the earlier stories it rewrote)."""
        if not self.summary.counted:
            return self.summary
        return dataclasses.replace(
            self.summary, stories=len(self.story_ids), event_clusters=len(self.cluster_ids)
        )


def add_summaries(total: RunSummary, part: RunSummary) -> RunSummary:
    """The counts of two runs added up (the polls of a local stream)."""
    values = {}
    for field in dataclasses.fields(RunSummary):
        mine, theirs = getattr(total, field.name), getattr(part, field.name)
        if isinstance(mine, bool):
            values[field.name] = mine and theirs
        elif isinstance(mine, int):
            values[field.name] = mine + theirs
        elif isinstance(mine, dict):
            values[field.name] = {k: mine.get(k, 0) + theirs.get(k, 0) for k in mine | theirs}
        else:
            values[field.name] = mine
    return RunSummary(**values)
