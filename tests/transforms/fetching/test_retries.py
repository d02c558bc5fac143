"""Which failures are retried, how long to wait, and what Retry-After does."""

import pytest

from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.fetching import FetchSettings
from transforms.fetching.bodies import BadStatus
from transforms.fetching.retries import MAX_BACKOFF_SECONDS, backoff, retry_wait

SETTINGS = FetchSettings(retries=2, backoff_seconds=1.0, max_retry_after_seconds=30.0)


@pytest.mark.parametrize(
    "failure, retried",
    [
        (StageFailure(ErrorKind.TIMEOUT, "t"), True),
        (StageFailure(ErrorKind.CONNECTION_ERROR, "c"), True),
        (BadStatus(429, None), True),
        (BadStatus(500, None), True),
        (BadStatus(503, None), True),
        (BadStatus(404, None), False),
        (BadStatus(410, None), False),
        (StageFailure(ErrorKind.TOO_LARGE, "big"), False),
        (StageFailure(ErrorKind.BLOCKED_ADDRESS, "no"), False),
    ],
)
def test_what_is_retried(failure, retried):
    assert (retry_wait(failure, 1, SETTINGS) is not None) is retried


def test_attempts_are_bounded():
    timeout = StageFailure(ErrorKind.TIMEOUT, "t")
    assert retry_wait(timeout, 2, SETTINGS) is not None
    assert retry_wait(timeout, 3, SETTINGS) is None  # the first attempt and two retries


def test_backoff_doubles_with_jitter_and_is_capped():
    assert backoff(1, 1.0, lambda: 0.0) == 0.5 and backoff(1, 1.0, lambda: 1.0) == 1.0
    assert backoff(3, 1.0, lambda: 1.0) == 4.0
    assert backoff(30, 1.0, lambda: 1.0) == MAX_BACKOFF_SECONDS


def test_retry_after_is_waited_for_and_pauses_the_host_unless_too_long():
    wait, pause = retry_wait(BadStatus(503, 20.0), 1, SETTINGS)
    assert wait == 20.0 and pause == 20.0
    assert retry_wait(BadStatus(429, 3600.0), 1, SETTINGS) is None
