"""The fetching options: checked at launch, turned into settings and sources."""

import shutil

import pytest

from pipelines.batch import run
from pipelines.cli import main
from pipelines.options import NewsbeamOptions, fetch_settings, operator_sources
from seeds import seed_path
from tests.pipelines.test_batch import table


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--fetch-concurrency", "0"], "--fetch-concurrency must be positive"),
        (["--per-host-delay", "-1"], "--per-host-delay must not be negative"),
        (["--fetch-deadline", "0"], "--fetch-deadline must be positive"),
        (["--allow-network", "intranet"], "--allow-network: 'intranet' is not an address range"),
        (["--user-agent", "curl/8.0"], "--user-agent must name newsbeam"),
        (["--user-agent", "newsbeam/1.0"], "contact URL or e-mail"),
        (["--opml", "/nonexistent/list.opml"], "--opml: no such file"),
        (["--feeds-file", "/nonexistent/feeds.toml"], "--feeds-file: no such file"),
    ],
)
def test_impossible_fetch_options_exit_2_with_a_clear_message(argv, message, capsys):
    assert main(["run", *argv]) == 2
    assert message in capsys.readouterr().err


def test_an_unreadable_state_file_is_refused_at_launch(tmp_path, capsys):
    (tmp_path / "feed-validators.json").write_text("not json")
    assert main(["run", "--state", str(tmp_path)]) == 2
    assert "--state:" in capsys.readouterr().err


def test_settings_carry_limits_network_policy_and_state(tmp_path):
    options = NewsbeamOptions(
        ["--allow-network", "127.0.0.1/32", "--allow-network", "10.20.0.0/16",
         "--fetch-retries", "0", "--state", str(tmp_path / "state"),
         "--user-agent", "newsbeam-acme/2 (ops@acme.example)"]
    )  # fmt: skip
    settings = fetch_settings(options)
    assert settings.allowed_networks == ("127.0.0.1/32", "10.20.0.0/16")
    assert settings.retries == 0 and settings.max_attempts == 1
    assert settings.state_dir == str(tmp_path / "state") and (tmp_path / "state").is_dir()
    assert settings.product_token == "newsbeam-acme"


def test_a_feed_named_twice_is_read_once_with_the_list_metadata(tmp_path):
    (tmp_path / "feeds.toml").write_text(
        f'[[feed]]\nurl = "{seed_path("feed.xml")}"\nname = "Gulf Dispatch"\ncountry = "QAT"\n'
    )
    options = NewsbeamOptions(["--feeds-file", str(tmp_path / "feeds.toml"),
                               "--feeds", str(seed_path("feed.xml"))])  # fmt: skip
    (source,) = operator_sources(options)
    assert (source.name, source.country) == ("Gulf Dispatch", "QAT")


def test_feeds_file_name_and_country_reach_the_articles(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for name in ("feed.xml", "article.html"):
        shutil.copy(seed_path(name), site / name)
    (tmp_path / "feeds.toml").write_text(
        '[[feed]]\nurl = "site/feed.xml"\nname = "Gulf Dispatch"\ncountry = "QA"\nlanguage = "en"\n'
    )
    output = tmp_path / "out"
    summary = run(["--feeds-file", str(tmp_path / "feeds.toml"), "--output", str(output)])
    assert (summary.feeds, summary.articles) == (1, 1)
    (article,) = table(output, "articles")
    assert (article["feed_name"], article["source_name"], article["source_country"]) == (
        "Gulf Dispatch",
        "Gulf Dispatch",
        "QAT",
    )


def test_help_documents_the_fetching_flags(capsys):
    assert main(["run", "--help"]) == 0
    out = capsys.readouterr().out
    for flag in ("--allow-network", "--state", "--opml", "--feeds-file", "--fetch-concurrency",
                 "--per-host-concurrency", "--per-host-delay", "--fetch-deadline",
                 "--fetch-retries", "--max-retry-after", "--connect-timeout"):  # fmt: skip
        assert flag in out
