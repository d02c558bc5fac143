"""Stories and event clusters in real runs: the seed story on three sites is one story and one
event cluster; another outlet's own story of the same call is a second story in the same
cluster; scheduled runs with --state end with the tables one batch run writes."""

import pytest

from pipelines.batch import run
from tests.pipelines.test_batch import table
from tests.story_corpus import SEED_SITES, call_clusters, comparable, seed_site


def batch(tmp_path, sites: list[str], name: str):
    """A batch run without state over the feeds of some seed sites: (output, summary)."""
    feeds = [str(seed_site(tmp_path / "sites", site)) for site in sites]
    output = tmp_path / name
    summary = run(["--feeds", *feeds, "--output", str(output)])
    return output, summary


@pytest.fixture(scope="module")
def all_sites(tmp_path_factory):
    """One batch run over the four seed sites."""
    return batch(tmp_path_factory.mktemp("all"), list(SEED_SITES), "out")


def test_the_seed_story_on_three_sites_is_one_story_and_one_event_cluster(tmp_path):
    output, summary = batch(tmp_path, ["gulf-dispatch", "wire-mirror", "syndicate"], "out")
    (story,) = table(output, "stories")
    assert (story["n_articles"], story["n_sources"]) == (3, 3)
    assert story["title"] == "Qatar's Amir receives phone call from Syrian President Assad"
    articles = table(output, "articles")
    assert {a["story_id"] for a in articles} == {story["story_id"]}
    assert (
        story["representative_article_id"]
        == min(articles, key=lambda a: a["published_at"])["article_id"]
    )
    (call,) = call_clusters(output)
    assert (call["n_articles"], call["n_sources"], call["modality"]) == (3, 3, "asserted")
    assert str(call["event_date"]) == "2023-02-24" and call["n_reports"] >= 3
    assert "phone call" in call["sentence"]
    events = table(output, "events")
    assert all(e["event_cluster_id"] for e in events)
    assert {e["event_cluster_id"] for e in events if e["plover_type"] == "CONSULT"} >= {
        call["event_cluster_id"]
    }
    clusters = table(output, "event_clusters")
    assert summary.event_clusters == len(clusters) and summary.stories == 1
    assert sum(c["n_reports"] for c in clusters) == len(events) == summary.events
    assert summary.events_per_cluster > 1.0


def test_another_outlets_story_of_the_call_is_a_second_story_in_the_same_cluster(all_sites):
    output, _summary = all_sites
    stories = table(output, "stories")
    assert sorted(s["n_articles"] for s in stories) == [1, 3]
    (call,) = call_clusters(output)
    assert (call["n_articles"], call["n_sources"]) == (4, 4)
    rewrite = next(a for a in table(output, "articles") if "levant-post" in a["url"])
    assert rewrite["story_id"] in {s["story_id"] for s in stories if s["n_articles"] == 1}


def test_scheduled_runs_with_state_end_with_the_batch_tables(all_sites, tmp_path):
    batch_output, _summary = all_sites
    output, state = tmp_path / "out", tmp_path / "state"
    sites = list(SEED_SITES)
    for count in (1, 3, 4):  # each run's feeds list one more site or two
        # the batch run's sites: the same URLs, so the same article and event ids
        feeds = [str(seed_site(batch_output.parent / "sites", site)) for site in sites[:count]]
        summary = run(["--feeds", *feeds, "--output", str(output), "--state", str(state)])
        assert summary.accounted
    assert summary.articles == 1 and summary.stories == 1 and summary.stories_new == 1
    assert comparable(output) == comparable(batch_output)
    # one row per story and per cluster, however many runs rewrote them
    for name, key in (("stories", "story_id"), ("event_clusters", "event_cluster_id")):
        ids = [row[key] for row in table(output, name)]
        assert len(ids) == len(set(ids)), name
