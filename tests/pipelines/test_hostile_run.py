"""`newsbeam run` against a hostile server on loopback: every entry accounted for, nothing
fetched from a blocked address or a path robots.txt forbids, a wall time bounded by the
timeouts, and a second run with --state that only asks whether the feed changed."""

import json
import time

import pytest

from pipelines.cli import main
from tests.hostile_server import FEED_ETAG, hostile_site, serve
from tests.pipelines.test_batch import table

MAX_BYTES = 256 * 1024
AS_PARSED = {"file:///etc/passwd": "file://etc/passwd"}  # feedparser's rendering of the link
FETCH_DEADLINE = 2.0
FLAGS = [
    "--allow-network", "127.0.0.1/32",
    "--fetch-timeout", "1", "--connect-timeout", "1", "--fetch-deadline", str(FETCH_DEADLINE),
    "--fetch-retries", "1", "--retry-backoff", "0.1", "--max-retry-after", "2",
    "--per-host-delay", "0", "--max-page-bytes", str(MAX_BYTES),
]  # fmt: skip


@pytest.fixture(scope="module")
def hostile_runs(tmp_path_factory):
    """Two runs with the same --state against the same unchanged hostile site."""
    root = tmp_path_factory.mktemp("hostile")
    with serve({}, host="127.0.0.2") as forbidden, serve({}) as site:
        routes, expected = hostile_site(site.base, forbidden.base, MAX_BYTES)
        site.routes.update(routes)
        forbidden.routes.update(routes)
        runs = []
        for name in ("first", "second"):
            asked_before = len(site.requests)
            started = time.monotonic()
            argv = ["run", "--feeds", f"{site.base}/feed.xml", "--state", str(root / "state")]
            argv += ["--output", str(root / name), "--summary-json", str(root / f"{name}.json")]
            status = main(argv + FLAGS)
            runs.append(
                {
                    "status": status,
                    "seconds": time.monotonic() - started,
                    "output": root / name,
                    "summary": json.loads((root / f"{name}.json").read_text()),
                    "requests": site.requests[asked_before:],
                }
            )
        return runs, expected, site, forbidden, root


def test_first_run_exits_zero_and_accounts_for_every_entry(hostile_runs):
    (first, _second), expected, _site, _forbidden, _root = hostile_runs
    summary = first["summary"]
    assert first["status"] == 0
    assert summary["entries"] == len(expected)
    outcomes = list(expected.values())
    assert summary["articles"] == outcomes.count("article")
    assert summary["duplicates"] == outcomes.count("duplicate")
    assert summary["entry_errors"] == len(outcomes) - outcomes.count("article") - outcomes.count(
        "duplicate"
    )
    assert summary["accounted"] is True and summary["feed_errors"] == 0


def test_each_failing_entry_has_its_precise_error_kind(hostile_runs):
    (first, _second), expected, _site, _forbidden, _root = hostile_runs
    kinds = {row["url"]: row["error_kind"] for row in table(first["output"], "errors")}
    wanted = {
        AS_PARSED.get(url, url): kind
        for url, kind in expected.items()
        if kind not in ("article", "duplicate")
    }
    assert kinds == wanted


def test_articles_and_duplicates_are_the_expected_ones(hostile_runs):
    (first, _second), expected, site, _forbidden, _root = hostile_runs
    articles = {row["url"]: row for row in table(first["output"], "articles")}
    assert set(articles) == {url for url, kind in expected.items() if kind == "article"}
    latin1 = articles[f"{site.base}/latin1.html"]["text"]
    assert "Affaires étrangères" in latin1 and "Genève" in latin1
    duplicates = table(first["output"], "duplicates")
    assert {row["url"] for row in duplicates} == {
        url for url, kind in expected.items() if kind == "duplicate"
    }
    assert {row["kept_url"] for row in duplicates} == {f"{site.base}/articles/one.html"}


def test_nothing_blocked_or_disallowed_was_requested(hostile_runs):
    (first, _second), _expected, site, forbidden, _root = hostile_runs
    paths = [request.path for request in first["requests"]]
    assert forbidden.requests == []  # neither the redirect nor the direct link reached it
    assert not [path for path in paths if path.startswith("/private/")]
    assert paths.count("/robots.txt") == 1  # cached for the run
    assert paths.count("/articles/one.html") == 1  # the duplicates were not fetched
    assert all("newsbeam" in request.headers["User-Agent"] for request in site.requests)


def test_retries_are_bounded_and_honour_retry_after(hostile_runs):
    (first, _second), _expected, _site, _forbidden, _root = hostile_runs
    asked = {}
    for request in first["requests"]:
        asked.setdefault(request.path, []).append(request.at)
    assert len(asked["/missing.html"]) == len(asked["/gone.html"]) == 1  # 4xx: no retry
    assert len(asked["/error.html"]) == len(asked["/busy.html"]) == 2  # one retry each
    flaky = asked["/flaky.html"]
    assert len(flaky) == 2 and flaky[1] - flaky[0] >= 0.9  # waited for Retry-After: 1


def test_wall_time_is_bounded_by_the_timeouts_not_the_slow_endpoint(hostile_runs):
    (first, _second), _expected, _site, _forbidden, _root = hostile_runs
    # The drip lasts 60 s; two attempts of 2 s each, plus a pipeline's start-up, are far less.
    assert first["seconds"] < 30


def test_second_run_asks_conditionally_and_refetches_nothing(hostile_runs):
    (_first, second), _expected, _site, _forbidden, root = hostile_runs
    assert second["status"] == 0
    (feed_request,) = second["requests"]
    assert feed_request.path == "/feed.xml"
    assert feed_request.headers["If-None-Match"] == FEED_ETAG
    assert feed_request.headers["If-Modified-Since"]
    summary = second["summary"]
    assert (summary["feeds"], summary["feeds_unchanged"], summary["entries"]) == (1, 1, 0)
    state = json.loads((root / "state" / "feed-validators.json").read_text())
    assert list(state["feeds"].values())[0]["status"] == 304
    assert not (root / "state" / "feed-validators.pending.json").exists()
