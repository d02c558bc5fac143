"""Quality gate: the articles table keeps the text of real news pages.

The pipeline runs end to end over the 181 pages of the article-extraction benchmark
(tests/resources, MIT) and the text it writes must score a mean token F1 of at least 0.95
against the benchmark's ground truth, with its own scoring (bags of whitespace tokens). This
catches text lost through encoding, the summary fallback, truncation or extraction settings.
"""

import duckdb

from bench.corpus import ground_truth, token_f1, unpack
from pipelines.batch import run

MIN_MEAN_F1 = 0.95


def test_articles_written_for_real_pages_keep_their_text(tmp_path):
    pages = unpack(tmp_path / "pages", copies=1)
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(str(page) for page in pages), encoding="utf-8")
    summary = run(["--urls", str(urls), "--output", str(tmp_path / "out")])
    assert (summary.entries, summary.articles, summary.errors) == (len(pages), len(pages), 0)
    rows = duckdb.sql(
        f"select url, text, extraction from read_parquet('{tmp_path}/out/articles/**/*.parquet')"
    ).fetchall()
    truth = ground_truth()
    scores = {
        url.rsplit("/", 1)[1].removesuffix(".html"): token_f1(
            text, truth[url.rsplit("/", 1)[1].removesuffix(".html")]
        )
        for url, text, _extraction in rows
    }
    assert set(scores) == set(truth)
    mean = sum(scores.values()) / len(scores)
    worst = sorted(scores.items(), key=lambda item: item[1])[:3]
    assert mean >= MIN_MEAN_F1, f"mean token F1 {mean:.4f}; worst pages {worst}"
    assert all(extraction == "trafilatura" for _url, _text, extraction in rows)
