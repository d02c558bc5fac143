"""When to try a request again: bounded attempts, exponential back-off with jitter.

Timeouts, connection errors, 429 and 5xx are retried; other statuses are answers, not
accidents, and are not. A server's Retry-After is honoured when it is no longer than
``max_retry_after_seconds``; a longer one ends the request at once.
"""

import random
from collections.abc import Callable

from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.fetching.settings import FetchSettings

RETRIED_KINDS = frozenset((ErrorKind.TIMEOUT, ErrorKind.CONNECTION_ERROR))
MAX_BACKOFF_SECONDS = 60.0


def retryable(failure: StageFailure) -> bool:
    """Whether the failure may go away if the request is sent again."""
    if failure.kind in RETRIED_KINDS:
        return True
    status = failure.http_status
    return (
        failure.kind is ErrorKind.BAD_STATUS
        and status is not None
        and (status == 429 or 500 <= status < 600)
    )


def backoff(attempt: int, base: float, jitter: Callable[[], float] = random.random) -> float:
    """Seconds to wait after failed attempt number ``attempt``: base * 2^(attempt-1), capped,
    with "equal jitter" (between half and all of it) so that retries do not march in step."""
    ceiling = min(MAX_BACKOFF_SECONDS, base * 2 ** (attempt - 1))
    return ceiling * (0.5 + jitter() / 2)


def retry_wait(
    failure: StageFailure, attempt: int, settings: FetchSettings
) -> tuple[float, float] | None:
    """(seconds before the next attempt, seconds to pause the whole host), or None for no
    further attempt."""
    if attempt >= settings.max_attempts or not retryable(failure):
        return None
    wait = backoff(attempt, settings.backoff_seconds)
    retry_after = getattr(failure, "retry_after", None)
    if retry_after is None:
        return wait, 0.0
    if retry_after > settings.max_retry_after_seconds:
        return None
    return max(wait, retry_after), retry_after
