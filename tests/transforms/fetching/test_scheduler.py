"""The host scheduler: global and per-host limits, delays, retries, and errors that surface."""

import threading
import time

import pytest

from schemas.errors import ErrorKind
from transforms.failures import StageFailure
from transforms.fetching.scheduler import HostScheduler, RetryLater


class Tracker:
    """Work that sleeps a little and records how many ran at once, overall and per host."""

    def __init__(self, seconds: float = 0.05) -> None:
        self.seconds = seconds
        self.lock = threading.Lock()
        self.active: dict[str, int] = {}
        self.most: dict[str, int] = {}
        self.most_overall = 0
        self.starts: dict[str, list[float]] = {}

    def work(self, host: str):
        def run(attempt: int) -> str:
            with self.lock:
                self.active[host] = self.active.get(host, 0) + 1
                self.most[host] = max(self.most.get(host, 0), self.active[host])
                self.most_overall = max(self.most_overall, sum(self.active.values()))
                self.starts.setdefault(host, []).append(time.monotonic())
            time.sleep(self.seconds)
            with self.lock:
                self.active[host] -= 1
            return host

        return run


def run_all(scheduler: HostScheduler, jobs: list[tuple[str, object]]) -> list:
    session = scheduler.session()
    for host, work in jobs:
        session.submit(host, work, host)
    return list(session.finished(wait=True))


def test_global_and_per_host_limits_hold():
    scheduler = HostScheduler(concurrency=6, per_host=2, delay=0.0)
    tracker = Tracker()
    jobs = [(f"h{n % 5}", tracker.work(f"h{n % 5}")) for n in range(40)]
    finished = run_all(scheduler, jobs)
    scheduler.close()
    assert len(finished) == 40 and all(f.result == f.context for f in finished)
    assert max(tracker.most.values()) <= 2
    assert tracker.most_overall <= 6 and tracker.most_overall >= 4  # it does run in parallel


def test_a_slow_host_does_not_stall_the_others():
    scheduler = HostScheduler(concurrency=4, per_host=1, delay=0.0)
    slow, fast = Tracker(seconds=0.5), Tracker(seconds=0.01)
    session = scheduler.session()
    for _ in range(3):
        session.submit("slow", slow.work("slow"), "slow")
    for _ in range(20):
        session.submit("fast", fast.work("fast"), "fast")
    order = [finished.context for finished in session.finished(wait=True)]
    scheduler.close()
    assert order.index("slow") > 10  # the fast host's pages finished while the slow one worked


def test_per_host_delay_spaces_the_starts():
    scheduler = HostScheduler(concurrency=4, per_host=4, delay=0.1)
    tracker = Tracker(seconds=0.0)
    run_all(scheduler, [("h", tracker.work("h")) for _ in range(4)])
    scheduler.close()
    starts = tracker.starts["h"]
    assert all(later - earlier >= 0.09 for earlier, later in zip(starts, starts[1:], strict=False))


def test_retries_run_again_and_a_retry_after_pauses_the_host():
    scheduler = HostScheduler(concurrency=2, per_host=2, delay=0.0)
    attempts: list[tuple[int, float]] = []

    def flaky(attempt: int) -> str:
        attempts.append((attempt, time.monotonic()))
        if attempt == 1:
            raise RetryLater(0.0, host_pause=0.3)
        return "ok"

    (finished,) = run_all(scheduler, [("h", flaky)])
    scheduler.close()
    assert (finished.result, finished.attempts) == ("ok", 2)
    assert attempts[1][1] - attempts[0][1] >= 0.25


def test_failures_come_back_and_programming_errors_are_raised():
    scheduler = HostScheduler(concurrency=2, per_host=1, delay=0.0)

    def refused(attempt: int):
        raise StageFailure(ErrorKind.BAD_STATUS, "HTTP 404", http_status=404)

    def broken(attempt: int):
        raise KeyError("a bug")

    (failed,) = run_all(scheduler, [("h", refused)])
    assert failed.failure.kind is ErrorKind.BAD_STATUS
    with pytest.raises(KeyError):
        run_all(scheduler, [("h", broken)])
    scheduler.close()


def test_finished_without_wait_returns_what_is_done_so_far():
    scheduler = HostScheduler(concurrency=1, per_host=1, delay=0.0)
    session = scheduler.session()
    session.submit("h", Tracker(seconds=0.3).work("h"), "h")
    assert list(session.finished(wait=False)) == []
    assert session.pending == 1
    assert [f.context for f in session.finished(wait=True)] == ["h"]
    scheduler.close()


def test_fetching_stops_running_ahead_of_a_consumer_that_does_not_read():
    scheduler = HostScheduler(concurrency=4, per_host=4, delay=0.0)
    started = []

    def work(attempt: int) -> None:
        started.append(attempt)

    session = scheduler.session()
    for n in range(100):
        session.submit(f"h{n % 3}", work, n, polite=False)
    time.sleep(0.5)  # plenty for 100 no-op jobs, were nothing holding them back
    # at most max_unread (= concurrency) results wait unread, plus one held by each worker
    assert len(started) <= 4 + 4
    assert len(list(session.finished(wait=True))) == 100  # reading lets the rest run
    scheduler.close()
