"""The state store: file names, canonical paths, the atomic write, leases between two simulated
hosts, and runs killed at each step of their commit, redone from another working directory."""

import json
import os
import pathlib
import time

import pytest

from pipelines.batch import run
from schemas.entries import FeedValidators
from state import RunInProgress, StateStore, files, names, validators
from state.store import Run
from tests.hostile_server import FEED_ETAG, FEED_LAST_MODIFIED, article, conditional, rss, serve
from tests.pipelines.test_batch import table
from tests.pipelines.test_scheduled import rows

RUN = "0123456789ab"
DIGEST = "fedcba9876543210"


def test_names_are_built_and_parsed_in_one_place():
    batch = names.data_file_name(None, "", DIGEST)
    stateful = names.data_file_name(RUN, "20250101T120000Z-p0", DIGEST)
    assert batch == f"part-{DIGEST}.parquet"
    assert names.parse_data_file(batch) == names.DataFileName(None, "", DIGEST, False)
    assert names.parse_data_file(stateful).tag == "20250101T120000Z-p0"
    assert names.parse_data_file(names.data_file_name(RUN, "", DIGEST)).tag == names.GLOBAL_TAG
    temporary = names.parse_data_file(names.temporary_name(stateful))
    assert temporary.temporary and temporary.run_id == RUN
    commit = names.commit_name(RUN, names.GLOBAL_TAG, DIGEST)
    assert names.parse_commit(commit) == names.CommitName(RUN, names.GLOBAL_TAG, DIGEST)
    assert names.parse_run_record(names.run_record_name(RUN)) == RUN
    for other in ("part-x.parquet", f".part-{DIGEST}.parquet", "notes.json", "seen-x.parquet"):
        assert not names.parse_data_file(other) and not names.parse_commit(other)


def test_stored_paths_are_absolute_and_canonical(tmp_path, monkeypatch):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    monkeypatch.chdir(tmp_path / "real")
    assert files.canonical("../link/./out") == str((tmp_path / "real" / "out").resolve())
    assert files.canonical("gs://bucket/state/") == "gs://bucket/state"


def test_the_atomic_write_leaves_one_whole_file(tmp_path):
    path = str(tmp_path / "deep" / "folder" / "doc.json")
    files.write_json(path, {"a": 1})
    files.write_json(path, {"a": 2})
    assert files.read_json(path) == {"a": 2}
    assert os.listdir(tmp_path / "deep" / "folder") == ["doc.json"]


class Clock:
    """A clock that tests move by hand."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def data_file(output: pathlib.Path, run_id: str, name: str = "date=2023-02-24") -> pathlib.Path:
    path = output / "articles" / name / names.data_file_name(run_id, "", DIGEST)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"rows")
    return path


def test_a_second_host_is_refused_while_the_lease_lives_and_takes_over_after(tmp_path):
    clock, state, output = Clock(), str(tmp_path / "state"), tmp_path / "out"
    host_a = StateStore(state, host="a", clock=clock, lease_seconds=120)
    host_b = StateStore(state, host="b", clock=clock, lease_seconds=120)
    run_a = host_a.begin(str(output), "batch")
    written = data_file(output, run_a.run_id)
    with pytest.raises(RunInProgress, match="on a"):
        host_b.begin(str(output), "batch")
    clock.now += 100
    run_a = host_a.renew(run_a)  # alive: renewed before it expired
    clock.now += 100  # 200 s after it began, 100 after the renewal
    with pytest.raises(RunInProgress):
        host_b.begin(str(output), "batch")
    assert written.exists() and [r.host for r in host_b.runs()] == ["a"]
    clock.now += 21  # a stopped renewing: its lease is over
    run_b = host_b.begin(str(output), "batch")
    assert not written.exists()  # a's uncommitted window is deleted, to be written again
    assert [r.run_id for r in host_b.runs()] == [run_b.run_id]
    with pytest.raises(RunInProgress, match="on b"):
        host_a.begin(str(output), "batch")
    host_b.commit(run_b)
    assert host_a.runs() == [] and host_a.begin(str(output), "batch").host == "a"


def test_two_runs_that_start_together_do_not_both_run(tmp_path):
    clock, state = Clock(), str(tmp_path / "state")
    first = StateStore(state, host="a", clock=clock)
    second = StateStore(state, host="b", clock=clock)
    # second wrote its record just before first lists the records: first must withdraw.
    second._write(
        Run("aaaaaaaaaaaa", "batch", str(tmp_path / "out"), "b", clock.now, clock.now + 60)
    )
    with pytest.raises(RunInProgress):
        first.begin(str(tmp_path / "out"), "batch")
    assert [r.host for r in first.runs()] == ["b"]  # first's own record is withdrawn


def test_recovery_keeps_committed_windows_and_its_temporary_files_go(tmp_path):
    clock, state, output = Clock(), str(tmp_path / "state"), tmp_path / "out"
    store = StateStore(state, clock=clock, lease_seconds=10)
    killed = store.begin(str(output), "batch")
    kept = data_file(output, killed.run_id)
    folder = files.join(state, names.ARTICLES_FOLDER)
    files.write_atomically(
        files.join(folder, names.commit_name(killed.run_id, names.GLOBAL_TAG, DIGEST)), b""
    )
    temporary = kept.parent / names.temporary_name(
        names.data_file_name(killed.run_id, "", "0" * 16)
    )
    temporary.write_bytes(b"half")
    clock.now += 11
    assert store.recover() == [str(temporary)]
    assert kept.exists() and store.runs() == []


# Fault injection: a batch run over a feed served with validators, killed at each step of its
# commit, then redone from another working directory with relative paths.


def site_routes(stories: list[str]) -> dict:
    routes = {f"/{story}.html": article(story.title()) for story in stories}
    links = [f"/{story}.html" for story in stories]
    feed = rss(links).replace(b"<link><![CDATA[/", b"<link><![CDATA[BASE/")
    routes["/feed.xml"] = (feed, FEED_ETAG, FEED_LAST_MODIFIED)
    return routes


def fetch_free(table_rows: dict[str, list]) -> dict[str, list]:
    """Each table's rows without the time its page was fetched (two runs fetch at two times)."""
    return {
        name: sorted(tuple(cell for cell in row if cell[0] != "fetched_at") for row in rows_)
        for name, rows_ in table_rows.items()
    }


class Killed(Exception):
    """The injected end of a run."""


def kill_on_call(target, done_first: bool):
    """A stand-in for ``target`` that dies when called, after doing the call if ``done_first``
    (a file written, then the process gone)."""

    def killer(*args, **kwargs):
        if done_first:
            target(*args, **kwargs)
        raise Killed(target.__name__)

    return killer


def _steps():
    import transforms.seen_articles
    import transforms.write_dataset

    return {
        "while writing data files": (
            transforms.write_dataset,
            "write_partition",
            transforms.write_dataset.write_partition,
            1,
        ),
        "before the commit file": (
            transforms.seen_articles,
            "write_commit",
            transforms.seen_articles.write_commit,
            0,
        ),
        "before the run record is dropped": (StateStore, "commit", StateStore.commit, False),
        "before the validators are committed": (
            validators,
            "commit_pending",
            validators.commit_pending,
            0,
        ),
    }


@pytest.mark.parametrize("step", list(_steps()))
def test_a_run_killed_at_each_step_of_its_commit_loses_and_duplicates_nothing(
    step, tmp_path, monkeypatch
):
    stories = ["one", "two", "three"]
    routes = {}
    with serve(routes) as site:
        for path, route in site_routes(stories).items():
            if path == "/feed.xml":
                feed, etag, modified = route
                feed = feed.replace(b"BASE", site.base.encode())
                routes[path] = conditional(feed, etag, modified, "application/rss+xml")
            else:
                routes[path] = route
        flags = ["--feeds", f"{site.base}/feed.xml", "--allow-network", "127.0.0.1/32"]
        flags += ["--per-host-delay", "0", "--state-lease", "0.5"]
        whole = tmp_path / "whole"
        run([*flags, "--output", str(whole / "out"), "--state", str(whole / "state")])

        first, second = tmp_path / "first", tmp_path / "second"
        first.mkdir()
        second.mkdir()
        monkeypatch.chdir(first)
        owner, name, original, done_first = _steps()[step]
        monkeypatch.setattr(owner, name, kill_on_call(original, done_first))
        with pytest.raises(Killed):
            run([*flags, "--output", "out", "--state", "state"])
        monkeypatch.setattr(owner, name, original)
        records = list((first / "state" / "articles" / "runs").glob("*.json"))
        if step != "before the validators are committed":
            assert [json.loads(r.read_text())["output"] for r in records] == [str(first / "out")]
        monkeypatch.chdir(second)
        time.sleep(0.7)  # the killed run's lease expires: nothing renews it any more
        run([*flags, "--output", "../first/out", "--state", "../first/state"])
    assert fetch_free(rows(first / "out")) == fetch_free(rows(whole / "out"))
    ids = [row["article_id"] for row in table(first / "out", "articles")]
    assert len(ids) == len(set(ids)) == len(stories)
    assert not list((first / "state" / "articles" / "runs").glob("*.json"))
    assert not list((first / "out").rglob("*.tmp"))
    kept = validators.load_validators(str(first / "state"))
    assert kept and all(isinstance(record, FeedValidators) for record in kept.values())
