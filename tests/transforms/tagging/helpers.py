"""Helpers shared by the tagger's tests."""

import datetime

from transforms.tagging import Document, EventTagger

FRIDAY = datetime.date(2023, 2, 24)


def tag(tagger: EventTagger, text: str, published: datetime.date = FRIDAY) -> list:
    """The tagger's rows for one text."""
    return tagger.tag(Document("doc", text, published, url="https://example.org/a"))


def triples(events: list) -> set[tuple]:
    """(source country, target country, PLOVER type, modality) of each row."""
    return {(e.source_country, e.target_country, e.plover_type, e.modality) for e in events}
