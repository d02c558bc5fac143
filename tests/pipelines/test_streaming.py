"""The streaming pipeline: its graph under TestStream (watermark advanced poll by poll), and
`newsbeam stream` for real against a local feed server whose feed grows between polls."""

import contextlib
import json
import os
import pathlib
import subprocess
import sys
import threading

import apache_beam as beam
import pyarrow.parquet as pq
from apache_beam.testing import test_stream
from apache_beam.testing.util import assert_that, equal_to
from apache_beam.transforms.window import TimestampedValue

from pipelines import batch, streaming
from pipelines.batch import run as batch_run
from pipelines.options import NewsbeamOptions
from schemas.entries import Source
from seeds import seed_path
from state import story_index
from tests.conftest import local_pipeline, streaming_pipeline
from tests.hostile_server import reply, serve
from tests.pipelines.test_batch import table
from tests.story_corpus import CALL, SEED_SITES, call_clusters, comparable, seed_site
from transforms.write_dataset import is_merged_file

REPO = pathlib.Path(__file__).resolve().parents[2]
POLL_1, POLL_2 = 1_700_000_000, 1_700_000_130  # two polls, in different 60 s windows


def polled(pipeline, *times: float, location: str):
    """The TestStream of a stream that polls one source at each of ``times``."""
    stream = test_stream.TestStream(coder=beam.coders.registry.get_coder(Source))
    for at in times:
        stream = stream.add_elements([TimestampedValue(Source(location=location), at)])
        stream = stream.advance_watermark_to(at + 1)
    stream = stream.advance_watermark_to_infinity()
    return pipeline | stream | "Typed" >> beam.Map(lambda s: s).with_output_types(Source)


def test_each_article_written_once_in_the_window_of_the_poll_that_found_it(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "article.html").write_bytes(seed_path("article.html").read_bytes())
    (site / "feed.xml").write_text(
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title>
        <item><title>Call</title><link>article.html</link></item>
        <item><title>Gone</title><link>missing.html</link></item>
        </channel></rss>"""
    )
    output, state = tmp_path / "out", tmp_path / "state"
    options = NewsbeamOptions(["--output", str(output), "--state", str(state)])
    with streaming_pipeline() as pipeline:
        sources = polled(pipeline, POLL_1, POLL_2, location=(site / "feed.xml").as_uri())
        outputs = streaming.build(pipeline, options, sources=sources, run_id="0123456789ab")
        assert_that(
            outputs.articles | beam.Map(lambda a: a.url),
            equal_to([(site / "article.html").as_uri()]),
        )
        assert_that(
            outputs.errors | beam.Map(lambda e: e.error_kind),
            equal_to(["not_found"]),
            label="Errors",
        )
    files = sorted(p.relative_to(output).as_posix() for p in output.rglob("*.parquet"))
    # stories/ and event_clusters/ are rewritten by id: their files name neither run nor window
    rewritten = [f for f in files if f.split("/")[0] in ("stories", "event_clusters")]
    assert {f.split("/")[0] for f in rewritten} == {"stories", "event_clusters"}
    assert all(is_merged_file(f.rsplit("/", 1)[1]) for f in rewritten)
    files = [f for f in files if f not in rewritten]
    window = "20231114T221300Z-p0"  # the 60 s window of POLL_1 (22:13:20)
    tags = {
        (f.split("/")[0], f.split("/part-")[1][: len("0123456789ab-") + len(window)]) for f in files
    }
    assert tags == {
        ("articles", f"0123456789ab-{window}"),
        ("events", f"0123456789ab-{window}"),
        ("errors", f"0123456789ab-{window}"),
    }
    (commit,) = (state / "articles").glob("seen-*.parquet")
    assert commit.name.startswith(f"seen-0123456789ab-{window}-")
    assert pq.read_table(commit).num_rows == 2  # the article and the missing page, from feed


def test_a_new_stream_over_the_same_state_writes_nothing_old(tmp_path):
    output, state = tmp_path / "out", tmp_path / "state"
    # The TestStream's polls lie in 2023: a TTL of 40 years keeps them from being forgotten.
    options = NewsbeamOptions(
        ["--output", str(output), "--state", str(state), "--dedup-ttl", str(40 * 365 * 86400)]
    )
    for run_id, poll in (("aaaaaaaaaaaa", POLL_1), ("bbbbbbbbbbbb", POLL_2)):
        with streaming_pipeline() as pipeline:
            sources = polled(pipeline, poll, location=seed_path("feed.xml").as_uri())
            streaming.build(pipeline, options, sources=sources, run_id=run_id)
    written = {p.parent.parent.name: p.name[:17] for p in output.rglob("*.parquet")}
    rewritten = {"stories", "event_clusters"}  # merged by id, no run id (the first stream's)
    assert {name: written[name] for name in set(written) - rewritten} == {
        "articles": "part-aaaaaaaaaaaa",
        "events": "part-aaaaaaaaaaaa",
    }
    assert len(table(output, "articles")) == 1 and len(table(output, "stories")) == 1


def test_a_poll_joins_the_story_an_earlier_poll_founded(tmp_path):
    """streaming.build for one poll (``poll_at``, as a local round) reads the index of earlier
    polls into that poll's window: the second site's copy joins the first site's story."""
    output, state = tmp_path / "out", tmp_path / "state"
    options = NewsbeamOptions(["--output", str(output), "--state", str(state)])
    for run_id, poll, site in (
        ("aaaaaaaaaaaa", POLL_1, "gulf-dispatch"),
        ("bbbbbbbbbbbb", POLL_2, "wire-mirror"),
    ):
        # On the local runner, as `newsbeam stream` runs a round (the BundleBasedDirectRunner
        # of Beam 2.77 does not replace the GroupByKey in the index's CombinePerKey when
        # streaming: "was not replaced as expected").
        with local_pipeline("--streaming") as pipeline:
            sources = (
                pipeline
                | beam.Create([Source(location=seed_site(tmp_path, site).as_uri())])
                | beam.Map(lambda s, at: TimestampedValue(s, at), poll).with_output_types(Source)
            )
            outputs = streaming.build(
                pipeline, options, sources=sources, run_id=run_id, poll_at=poll
            )
            assert outputs.stories is not None and outputs.clusters is not None
        story_index.commit(str(state), run_id)  # what StateStore.commit does after a round
    (story,) = table(output, "stories")
    assert (story["n_articles"], story["n_sources"]) == (2, 2)
    assert {a["story_id"] for a in table(output, "articles")} == {story["story_id"]}
    (call,) = call_clusters(output)
    assert call["n_articles"] == 2


def test_stream_options_are_checked():
    for flags, message in (
        (["--poll-interval", "0"], "--poll-interval must be positive"),
        (["--duration", "-1"], "--duration must be positive"),
        (["--polls", "0"], "--polls must be positive"),
        (["--runner=DataflowRunner", "--output", "out"], "--output must be a gs:// URL"),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "pipelines.cli", "stream", *flags],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 2 and message in result.stderr


def test_a_local_stream_stops_after_its_polls_or_its_duration():
    assert streaming.more_polls(4, 5, None, now=100.0)
    assert not streaming.more_polls(5, 5, None, now=100.0)
    assert not streaming.more_polls(1, 5, 100.0, now=100.0)  # the duration ended first
    assert streaming.more_polls(1_000, None, None, now=100.0)  # neither: until stopped


class GrowingFeed(dict):
    """Routes whose feed (``/feed.xml``) gains one of ``items`` (RSS ``<item>`` elements) per
    request, and the ``pages`` (path: HTML) they link to."""

    def __init__(self, items: list[str], pages: dict[str, bytes]) -> None:
        super().__init__()
        self.items = items
        self.pages = pages
        self.requests = 0
        self.largest = 0
        self.lock = threading.Lock()

    def get(self, path: str, default=None):
        if path == "/all.xml":  # every item at once: a batch run over the same inputs
            body = '<?xml version="1.0"?><rss version="2.0"><channel><title>Growing</title>'
            body += f"{''.join(self.items)}</channel></rss>"
            return reply(200, body.encode(), {"Content-Type": "application/rss+xml"})
        if path == "/feed.xml":
            with self.lock:
                self.requests += 1
                self.largest = min(self.requests, len(self.items))
                items = "".join(self.items[: self.largest])
            body = '<?xml version="1.0"?><rss version="2.0"><channel><title>Growing</title>'
            body += f"{items}</channel></rss>"
            return reply(200, body.encode(), {"Content-Type": "application/rss+xml"})
        if path in self.pages:
            return reply(200, self.pages[path])
        return default


def seed_stories(size: int) -> GrowingFeed:
    """A feed that grows to ``size`` stories, every page the seed page."""
    items = [
        f"<item><title>Story {n}</title><link>/story-{n}.html</link><guid>story-{n}</guid></item>"
        for n in range(1, size + 1)
    ]
    page = seed_path("article.html").read_bytes()
    return GrowingFeed(items, {f"/story-{n}.html": page for n in range(1, size + 1)})


def stream(*flags: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PATH=f"{pathlib.Path(sys.executable).parent}:{os.environ['PATH']}")
    return subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "stream", *flags],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,  # a hang's safety net only: the streams stop after counted polls
    )


def test_newsbeam_stream_against_a_growing_feed_writes_each_story_once(tmp_path):
    routes = seed_stories(size=5)
    output, state = tmp_path / "out", tmp_path / "state"
    with serve(routes) as server:
        base = server.base
        common = [
            "--allow-network",
            "127.0.0.1/32",
            "--feeds",
            f"{base}/feed.xml",
            "--output",
            str(output),
            "--state",
            str(state),
            "--poll-interval",
            "2",
            "--window",
            "10",
        ]
        # Counted polls, not a --duration: under load a poll outlasted its interval and a
        # 20-second stream ended before the feed had grown to its full size.
        first = stream(*common, "--polls", "5")
        assert first.returncode == 0, first.stderr[-3000:]
        assert routes.requests >= 5  # the feed grew to its full size during the stream
        urls = sorted(row["url"] for row in table(output, "articles"))
        assert urls == sorted(f"{base}/story-{n}.html" for n in range(1, routes.largest + 1))
        assert "[ok]" in first.stdout
        files = sorted(output.rglob("*.parquet"))
        assert all(pq.read_table(path).num_rows > 0 for path in files)
        assert not list(output.rglob("*.tmp"))
        if (output / "events").exists():
            ids = [row["event_id"] for row in table(output, "events")]
            assert len(ids) == len(set(ids))

        second = stream(*common, "--polls", "2")
        assert second.returncode == 0, second.stderr[-3000:]
        assert sorted(output.rglob("*.parquet")) == files
        assert " 0 articles" in second.stdout and "seen before" in second.stdout


def test_newsbeam_stream_groups_stories_and_event_clusters_as_one_batch_run(tmp_path):
    """The seed story published by three sites (each its own loopback host), one more site a
    poll: the stream's stories/, event_clusters/, ids and summary figures are those of one batch
    run."""
    sites = ["gulf-dispatch", "wire-mirror", "syndicate"]
    with contextlib.ExitStack() as servers:
        items = []
        for number, site in enumerate(sites, start=1):
            page = seed_site(tmp_path / "sites", site).with_name("story.html").read_bytes()
            host = servers.enter_context(
                serve({"/story.html": reply(200, page)}, f"127.0.0.{number}")
            )
            published, _kind = SEED_SITES[site]
            items.append(
                f"<item><title>{site}</title><link>{host.base}/story.html</link>"
                f"<pubDate>{published}</pubDate><guid>{site}</guid></item>"
            )
        routes = GrowingFeed(items, {})
        feed = servers.enter_context(serve(routes))
        network = ["--allow-network", "127.0.0.0/8"]
        output, state = tmp_path / "out", tmp_path / "state"
        summary_json = tmp_path / "stream-summary.json"
        streamed = stream(
            *network,
            "--feeds",
            f"{feed.base}/feed.xml",
            "--output",
            str(output),
            "--state",
            str(state),
            "--poll-interval",
            "1",
            "--polls",
            "3",
            "--summary-json",
            str(summary_json),
        )
        assert streamed.returncode == 0, streamed.stderr[-3000:]
        assert routes.largest == 3  # one site more at each poll
        batch_output = tmp_path / "batch"
        batch = batch_run(
            [*network, "--feeds", f"{feed.base}/all.xml", "--output", str(batch_output)]
        )
    assert comparable(output) == comparable(batch_output)
    (story,) = table(output, "stories")
    assert (story["n_articles"], story["n_sources"]) == (3, 3)
    (call,) = call_clusters(output)
    assert (call["n_articles"], call["n_sources"]) == (3, 3)
    # one row per story and per cluster, though later polls rewrote them
    for name, key in (("stories", "story_id"), ("event_clusters", "event_cluster_id")):
        ids = [row[key] for row in table(output, name)]
        assert len(ids) == len(set(ids)), name
    # the summary counts distinct stories and clusters over the stream, not rows per poll
    figures = ("events", "stories", "stories_new", "event_clusters", "events_per_cluster")
    summary = json.loads(summary_json.read_text())
    assert {name: summary[name] for name in figures} == {
        name: batch.as_dict()[name] for name in figures
    }
    assert summary["stories"] == 1


def test_an_unbounded_stream_groups_stories_and_event_clusters_across_windows(tmp_path):
    """streaming.build over a TestStream of three polls in three windows (an unbounded job, no
    ``poll_at``): the copy of the second window joins the story the first founded, the third
    window's other outlet's story of the same call is a story of its own in the same event
    cluster; the stories/ and event_clusters/ tables (one row per id, though windows rewrote
    them) and every id equal one batch run's over the three sites."""
    sites = ("gulf-dispatch", "wire-mirror", "levant-post")
    feeds = [seed_site(tmp_path / "sites", site).as_uri() for site in sites]
    polls = (POLL_1, POLL_2, POLL_2 + 130)
    output = tmp_path / "out"
    options = NewsbeamOptions(["--output", str(output)])
    stream = test_stream.TestStream(coder=beam.coders.registry.get_coder(Source))
    for at, feed in zip(polls, feeds, strict=True):
        stream = stream.add_elements([TimestampedValue(Source(location=feed), at)])
        stream = stream.advance_watermark_to(at + 1)
    with streaming_pipeline() as pipeline:
        sources = (
            pipeline
            | stream.advance_watermark_to_infinity()
            | "Typed" >> beam.Map(lambda s: s).with_output_types(Source)
        )
        outputs = streaming.build(pipeline, options, sources=sources, run_id="0123456789ab")
        assert outputs.stories is not None and outputs.clusters is not None
    batch_output = tmp_path / "batch"
    with local_pipeline() as pipeline:
        batch.build(
            pipeline,
            NewsbeamOptions(["--output", str(batch_output)]),
            sources=pipeline | beam.Create([Source(location=feed) for feed in feeds]),
        )
    assert comparable(output) == comparable(batch_output)
    streamed = comparable_ids(output)
    stories = {story_id for _article, story_id in streamed["articles"]}
    assert len(streamed["articles"]) == 3 and len(stories) == 2 and None not in stories
    assert len({cluster for _event, cluster in streamed["call_events"]}) == 1
    assert len(streamed["call_events"]) >= 3  # one row or more per article
    for name, key in (("stories", "story_id"), ("event_clusters", "event_cluster_id")):
        ids = [row[key] for row in table(output, name)]
        assert len(ids) == len(set(ids)), name
    (call,) = call_clusters(output)
    assert (call["n_articles"], call["n_sources"]) == (3, 3)


def comparable_ids(output) -> dict[str, list]:
    """The story id of every article and the cluster id of every SYR -> QAT CONSULT event."""
    return {
        "articles": sorted((a["article_id"], a["story_id"]) for a in table(output, "articles")),
        "call_events": sorted(
            (e["event_id"], e["event_cluster_id"])
            for e in table(output, "events")
            if (e["source_country"], e["target_country"], e["plover_type"]) == CALL
        ),
    }
