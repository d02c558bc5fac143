"""How stages fail: a typed exception from the plain functions, an error row from the DoFns.

Plain Python, no Beam: the Beam-free core (fetching, feeds, extraction, tagging) raises these.
"""

import datetime
import hashlib

from schemas.errors import ErrorKind, ErrorRecord, Stage


class StageFailure(Exception):
    """An input that cannot go further, with the kind of failure the errors table records."""

    def __init__(self, kind: ErrorKind, message: str, *, http_status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.http_status = http_status


def stable_id(*parts: str | None) -> str:
    """A short deterministic id: the first 16 hex digits of the SHA-256 of the parts."""
    joined = "\x1f".join(part or "" for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def utc_now() -> datetime.datetime:
    """The current time, in UTC, to the microsecond Parquet keeps."""
    return datetime.datetime.now(datetime.timezone.utc)


def error_record(
    stage: Stage,
    failure: StageFailure,
    *,
    url: str | None,
    feed_url: str | None = None,
    article_id: str | None = None,
    occurred_at: datetime.datetime | None = None,
    input_id: str | None = None,
) -> ErrorRecord:
    """The errors-table row for one failure; its id is stable across reruns of the same input,
    and ``input_id`` (a feed entry's ``entry_id``) tells apart inputs that share a URL, such as
    link-less entries."""
    return ErrorRecord(
        # Without an input id the digest is the one earlier versions wrote, so reruns match.
        error_id=stable_id(
            stage.value, url, feed_url, failure.kind.value, *filter(None, [input_id])
        ),
        stage=stage.value,
        error_kind=failure.kind.value,
        message=failure.message,
        url=url,
        feed_url=feed_url,
        article_id=article_id,
        http_status=failure.http_status,
        occurred_at=occurred_at or utc_now(),
    )
