"""What one fetch returns: the body and what the server said about it."""

import dataclasses
import datetime


@dataclasses.dataclass(frozen=True)
class Fetched:
    """A body and what the server said about it; ``not_modified`` for a 304 (empty body)."""

    final_url: str
    body: bytes
    fetched_at: datetime.datetime
    http_status: int | None = None
    content_type: str | None = None
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
