"""The tagger's input record: one article's text and the date it was published."""

import dataclasses
import datetime


@dataclasses.dataclass(frozen=True)
class Document:
    """What the tagger reads: one article's text and the date it was published."""

    article_id: str
    text: str
    published: datetime.date
    url: str = ""
    title: str | None = None
