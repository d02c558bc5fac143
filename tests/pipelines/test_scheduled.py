"""Scheduled batch runs with --state: each run writes only what is new, and a run killed halfway
and restarted ends with the same dataset as one uninterrupted run."""

import json
import pathlib
import shutil
import signal
import subprocess
import sys
import threading
import time

from pipelines.batch import run
from pipelines.cli import main
from seeds import seed_path
from tests.hostile_server import reply, serve
from tests.pipelines.test_batch import table

REPO = pathlib.Path(__file__).resolve().parents[2]
TABLES = ("articles", "events", "duplicates", "errors", "stories", "event_clusters")


def site(folder: pathlib.Path, stories: list[str], name: str = "feed.xml") -> pathlib.Path:
    """A local site: one copy of the seed page per story, and a feed listing them."""
    folder.mkdir(exist_ok=True)
    for story in stories:
        (folder / f"{story}.html").write_bytes(seed_path("article.html").read_bytes())
    items = "".join(f"<item><title>{s}</title><link>{s}.html</link></item>" for s in stories)
    feed = folder / name
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>')
    return feed


def rows(output: pathlib.Path) -> dict[str, list]:
    """Every table's rows, sorted, without the columns that say when a row was made."""
    result = {}
    for name in TABLES:
        if not (output / name).exists():
            result[name] = []
            continue
        result[name] = sorted(
            tuple(
                sorted((k, str(v)) for k, v in row.items() if k not in ("seen_at", "occurred_at"))
            )
            for row in table(output, name)
        )
    return result


def test_an_hourly_run_writes_only_what_is_new(tmp_path):
    feed = site(tmp_path / "site", ["a", "b"])
    output, state = tmp_path / "out", tmp_path / "state"
    first = run(["--feeds", str(feed), "--output", str(output), "--state", str(state)])
    assert (first.articles, first.entries_seen_before) == (2, 0)
    # An hour later the feed has a new story, and a second feed links to an old one.
    site(tmp_path / "site", ["a", "b", "c"])
    other = site(tmp_path / "site", ["a"], name="other.xml")
    second = run(["--feeds", str(feed), str(other), "--output", str(output), "--state", str(state)])
    assert (second.entries, second.articles, second.duplicates, second.entries_seen_before) == (
        4,
        1,
        1,
        2,
    )
    assert second.accounted
    assert sorted(row["url"].rsplit("/", 1)[1] for row in table(output, "articles")) == [
        "a.html",
        "b.html",
        "c.html",
    ]
    (duplicate,) = table(output, "duplicates")
    assert duplicate["reason"] == "already_stored" and duplicate["feed_url"].endswith("other.xml")
    third = run(["--feeds", str(feed), "--output", str(output), "--state", str(state)])
    assert (third.articles, third.duplicates, third.entries_seen_before) == (0, 0, 3)
    assert third.accounted


def test_a_killed_run_is_redone_by_the_next_without_losing_or_doubling_rows(tmp_path):
    feed = site(tmp_path / "site", ["a", "b", "c"])
    (tmp_path / "site" / "empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    feed.write_text(
        feed.read_text().replace(
            "</channel>",
            "<item><link>empty.html</link></item><item><link>missing.html</link></item></channel>",
        )
    )
    whole = tmp_path / "whole"
    run(["--feeds", str(feed), "--output", str(whole), "--state", str(tmp_path / "whole-state")])

    # The killed run got as far as writing the articles table, not the errors, nor its commit.
    output, state = tmp_path / "out", tmp_path / "state"
    killed = "dead00000001"
    for path in (whole / "articles").rglob("part-*.parquet"):
        target = output / path.relative_to(whole).parent / f"part-{killed}-{path.name[18:]}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    (
        output
        / "articles"
        / "date=2023-02-24"
        / f".part-{killed}-{'0' * 16}.parquet.{'f' * 32}.tmp"
    ).write_text("")
    # ... and its stories rows (rewritten tables carry no run id) and its pending story index.
    for path in (whole / "stories").rglob("part-*.parquet"):
        target = output / path.relative_to(whole)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    (pending,) = (tmp_path / "whole-state" / "stories").glob("sketches-*.parquet")
    (state / "stories" / "pending").mkdir(parents=True)
    shutil.copy(pending, state / "stories" / "pending" / f"{killed}-sketches.parquet")
    (state / "articles" / "runs").mkdir(parents=True)
    (state / "articles" / "runs" / f"{killed}.json").write_text(
        json.dumps(
            {
                "run_id": killed,
                "mode": "batch",
                "output": str(output),
                "host": "another-host",
                "started_at": time.time() - 600,
                "expires_at": time.time() - 480,  # its lease expired two minutes ago
            }
        )
    )

    assert main(["run", "--feeds", str(feed), "--output", str(output), "--state", str(state)]) == 0
    assert rows(output) == rows(whole)
    assert not list(output.rglob(f"*{killed}*"))
    assert not list((state / "articles" / "runs").iterdir())
    assert not list((state / "stories" / "pending").iterdir())
    assert len(list((state / "stories").glob("sketches-*.parquet"))) == 1


class HangingPages(dict):
    """Routes where one page does not answer until ``release`` is set."""

    def __init__(self, feed: bytes, hang: str) -> None:
        super().__init__()
        self.feed, self.hang = feed, hang
        self.asked = threading.Event()
        self.release = threading.Event()
        self.page = seed_path("article.html").read_bytes()

    def get(self, path: str, default=None):
        if path == "/feed.xml":
            return reply(200, self.feed, {"Content-Type": "application/rss+xml"})
        if path == self.hang:
            self.asked.set()
            self.release.wait(timeout=60)
        return reply(200, self.page)


def test_a_run_killed_by_a_signal_is_finished_by_the_next(tmp_path):
    items = "".join(f"<item><link>/story-{n}.html</link></item>" for n in range(4))
    routes = HangingPages(
        f'<rss version="2.0"><channel>{items}</channel></rss>'.encode(), hang="/story-2.html"
    )
    output, state = tmp_path / "out", tmp_path / "state"
    with serve(routes) as server:
        base = server.base
        argv = ["--feeds", f"{base}/feed.xml", "--output", str(output), "--state", str(state)]
        argv += ["--allow-network", "127.0.0.1/32", "--state-lease", "2"]
        process = subprocess.Popen(
            [sys.executable, "-m", "pipelines.cli", "run", *argv],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            assert routes.asked.wait(timeout=120), "the run never asked for the hanging page"
            assert [p.name for p in (state / "articles" / "runs").iterdir()]  # in progress
            assert main(["run", *argv]) == 2  # a second run refuses while the first lives
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        routes.release.set()
        time.sleep(2.5)  # the killed run's lease expires: nothing renews it any more
        assert main(["run", *argv]) == 0
        assert sorted(row["url"] for row in table(output, "articles")) == [
            f"{base}/story-{n}.html" for n in range(4)
        ]
        assert not list((state / "articles" / "runs").iterdir())


def test_a_run_refused_for_a_live_one_leaves_the_live_runs_pending_validators(tmp_path, capsys):
    from state import StateStore
    from state.validators import PENDING_FILE

    state = tmp_path / "state"
    state.mkdir()
    # Another machine's run holds a live lease (120 s) and has written its pending validators.
    StateStore(str(state), host="another-host").begin(str(tmp_path / "out"), "batch")
    pending = state / PENDING_FILE
    pending.write_text('{"format": "newsbeam.feed-validators", "version": 1, "feeds": {}}')
    argv = ["run", "--output", str(tmp_path / "out"), "--state", str(state)]
    assert main(argv) == 2
    assert "is still using --state" in capsys.readouterr().err
    assert pending.exists()  # the live run's validators are not the refused run's to drop
