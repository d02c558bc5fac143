"""The fetching options: checked at launch, turned into settings and sources."""

import shutil

import pytest

from pipelines import source_options
from pipelines.batch import run
from pipelines.cli import main
from pipelines.fetch_options import fetch_settings
from pipelines.options import NewsbeamOptions
from pipelines.source_options import operator_sources
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


# Issue 13, items 2 and 7: values that disabled a limit or failed late, with a traceback.
@pytest.mark.parametrize(
    "argv, message",
    [
        (["--fetch-deadline", "nan"], "--fetch-deadline must be a finite number"),
        (["--fetch-deadline", "inf"], "--fetch-deadline must be a finite number"),
        (["--fetch-timeout=-inf"], "--fetch-timeout must be a finite number"),
        (["--per-host-delay", "nan"], "--per-host-delay must be a finite number"),
        (["--retry-backoff=-0.5"], "--retry-backoff must not be negative"),
        (["--poll-interval", "nan"], "--poll-interval must be a finite number"),
        (["--poll-interval", "inf"], "--poll-interval must be a finite number"),
        (["--dedup-ttl", "nan"], "--dedup-ttl must be a finite number"),
        (["--dedup-ttl=-1"], "--dedup-ttl must be positive"),
        (["--window", "inf"], "--window must be a finite number"),
        (["--duration", "nan"], "--duration must be a finite number"),
        (["--feeds", "http://[::1"], "--feeds: unparseable link"),
        (["--feeds", "http://℀.com/"], "--feeds: unparseable link"),
        (["--feeds", "http://"], "--feeds: link without a host"),
    ],
)
def test_impossible_numbers_and_sources_exit_2_in_one_line(argv, message, capsys):
    assert main(["run", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "content, message",
    [
        (b"https://example.com/a\n\xff\xfe\n", "line 2: not UTF-8 text"),
        (b"https://example.com/a\nhttps://example.com/\x00b\n", "line 2: a NUL byte"),
        (b"# pages\nhttp://[::1\n", "line 2: unparseable link"),
        (b"http://a]b/\n", "line 1: unparseable link"),
        (b"http://\n", "line 1: link without a host"),
    ],
)
def test_a_bad_urls_file_exits_2_naming_the_line(tmp_path, content, message, capsys):
    urls = tmp_path / "urls.txt"
    urls.write_bytes(content)
    assert main(["run", "--urls", str(urls), "--output", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_an_output_that_is_a_file_is_refused_before_any_work(tmp_path, capsys):
    output = tmp_path / "output"
    output.write_text("not a folder")
    assert main(["run", "--output", str(output)]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    assert main(["run", "--output", str(output / "below")]) == 2
    assert "--output: cannot create" in capsys.readouterr().err


def test_an_output_on_a_read_only_filesystem_is_refused(capsys):
    # /proc is read-only for everyone, root included (tests run as root in CI).
    assert main(["run", "--output", "/proc/newsbeam-output"]) == 2
    assert "--output: cannot create" in capsys.readouterr().err


@pytest.mark.parametrize("where", ["missing/summary.json", "folder", "/proc/summary.json"])
def test_an_unwritable_summary_file_is_refused_before_any_work(tmp_path, where, capsys):
    (tmp_path / "folder").mkdir()
    argv = ["run", "--output", str(tmp_path / "out"), "--summary-json", str(tmp_path / where)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "--summary-json:" in err and err.count("\n") == 1
    assert not (tmp_path / "out" / "articles").exists()


def test_a_malformed_url_in_a_feed_list_exits_2_naming_the_feed(tmp_path, capsys):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(
        '[[feed]]\nurl = "https://example.com/a.xml"\n\n[[feed]]\nurl = "http://a]b/"\n'
    )
    assert main(["run", "--feeds-file", str(feeds), "--output", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "feed 2: unparseable link" in err and err.count("\n") == 1


def test_an_unchanged_urls_file_is_read_once(tmp_path, monkeypatch):
    pages = [tmp_path / f"page{index}.html" for index in range(3)]
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(str(page) for page in pages[:2]) + "\n", encoding="utf-8")
    parsed = []
    parse = source_options._parse_url_list
    monkeypatch.setattr(
        source_options, "_parse_url_list", lambda path: parsed.append(path) or parse(path)
    )
    options = NewsbeamOptions(["--urls", str(urls)])
    first, second = operator_sources(options), operator_sources(options)
    assert first == second and len(parsed) == 1
    assert [source.location for source in first] == [page.as_uri() for page in pages[:2]]
    urls.write_text("\n".join(str(page) for page in pages) + "\n", encoding="utf-8")
    assert [source.location for source in operator_sources(options)] == [
        page.as_uri() for page in pages
    ]
    assert len(parsed) == 2
