"""Diplomatic event tagger: article text in, ``Event`` rows out. Knows nothing of Beam.

Interface stub; the tagger itself lands with the event-tagger issue.
"""

import dataclasses
import datetime

from schemas.events import Event

TAGGER_VERSION = "0.0.0-stub"


@dataclasses.dataclass(frozen=True)
class Document:
    """What the tagger reads: one article's text and the date it was published."""

    article_id: str
    text: str
    published: datetime.date
    url: str = ""
    title: str | None = None


class EventTagger:
    """Holds the dictionaries and matchers; build once, then call ``tag`` per document."""

    def tag(self, document: Document) -> list[Event]:
        """Code the events of one document."""
        return []


def tag_document(document: Document) -> list[Event]:
    """Code one document with a freshly built tagger (convenient, slow for many documents)."""
    return EventTagger().tag(document)
