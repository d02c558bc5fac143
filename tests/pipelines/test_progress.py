"""Progress on stderr during a local run: lines while it runs, one at a time off a terminal,
none with --quiet."""

import io
import re
import subprocess
import sys
import time

from pipelines.progress import ProgressPrinter, progress_line
from tests.hostile_server import article, reply, rss, serve

LINE = re.compile(
    r"^progress +\d+ s  pages (\d+)  articles (\d+)  events (\d+)  errors (\d+)  [\d.]+ pages/s$"
)
PAGES = 12


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_line_gives_pages_articles_events_errors_and_rate():
    counts = {"pages_fetched": 30, "articles": 28, "events": 7, "fetch_errors": 1, "tag_errors": 1}
    line = progress_line(counts, 10.0)
    assert LINE.match(line).groups() == ("30", "28", "7", "2")
    assert line.endswith("3.0 pages/s")


def printed(stream: io.StringIO) -> str:
    printer = ProgressPrinter(stream, 0.02, None)
    printer.start()
    time.sleep(0.2)
    printer.stop({"pages_fetched": 5, "articles": 5})
    return stream.getvalue()


def test_off_a_terminal_each_line_is_a_line_of_its_own():
    output = printed(io.StringIO())
    lines = output.splitlines()
    assert len(lines) >= 3 and "\r" not in output
    assert all(LINE.match(line) for line in lines)
    assert LINE.match(lines[-1]).groups()[:2] == ("5", "5")


def test_on_a_terminal_the_line_is_rewritten_in_place():
    output = printed(Terminal())
    assert output.count("\r") >= 3 and output.count("\n") == 1 and output.endswith("\n")


def run(site_base: str, output, *extra: str) -> subprocess.CompletedProcess:
    argv = [sys.executable, "-m", "pipelines.cli", "run", "--feeds", f"{site_base}/feed.xml"]
    argv += ["--output", str(output), "--allow-network", "127.0.0.1/32", "--per-host-delay", "0"]
    return subprocess.run([*argv, *extra], capture_output=True, text=True, timeout=300, check=False)


def test_a_local_run_over_loopback_prints_progress_and_quiet_silences_it(tmp_path):
    with serve({}) as site:
        links = [f"{site.base}/page{index}.html" for index in range(PAGES)]
        site.routes["/feed.xml"] = reply(200, rss(links), {"Content-Type": "application/rss+xml"})
        site.routes["/robots.txt"] = reply(404)
        for index in range(PAGES):
            site.routes[f"/page{index}.html"] = article(f"Talks in round {index}")
        loud = run(site.base, tmp_path / "loud", "--progress-interval", "0.3")
        quiet = run(site.base, tmp_path / "quiet", "--progress-interval", "0.3", "--quiet")
    assert loud.returncode == 0 and quiet.returncode == 0, loud.stderr[-2000:]
    lines = [line for line in loud.stderr.splitlines() if line.startswith("progress")]
    assert len(lines) >= 2, loud.stderr[-2000:]  # while it ran, and the last one
    assert all(LINE.match(line) for line in lines)
    pages, articles, _, errors = LINE.match(lines[-1]).groups()
    assert (pages, articles, errors) == (str(PAGES), str(PAGES), "0")
    assert "progress" not in quiet.stderr
    assert f"{PAGES} articles" in quiet.stdout  # the summary is still printed


def test_a_progress_interval_that_is_not_positive_exits_2(tmp_path):
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipelines.cli",
            "run",
            "--output",
            str(tmp_path / "out"),
            "--progress-interval",
            "0",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 2
    assert "--progress-interval must be positive" in completed.stderr
