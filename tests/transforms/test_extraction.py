"""Extracting the article from a page: text, metadata, the feed-summary fallback, no text."""

import datetime

import pytest

from schemas.articles import EXTRACTION_FEED_SUMMARY, EXTRACTION_TRAFILATURA
from schemas.entries import ORIGIN_FEED, FeedEntry, RawPage
from schemas.errors import ErrorKind
from seeds import seed_path
from transforms.extraction import decode_page, extract_article, html_to_text, language_code
from transforms.failures import StageFailure

FETCHED_AT = datetime.datetime(2023, 2, 25, 8, 0, tzinfo=datetime.timezone.utc)
SEED_LINES = [
    line.strip()
    for line in seed_path("000_e98102ffc2b876f6.txt").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def page(body: bytes, *, summary: str | None = None, published=None, charset=None) -> RawPage:
    entry = FeedEntry(
        link="https://example.com/story",
        origin=ORIGIN_FEED,
        feed_url="https://example.com/feed",
        summary=summary,
        published_at=published,
        feed_title="Example Feed",
    )
    return RawPage(
        entry=entry,
        article_id="0123456789abcdef",
        canonical_url="https://example.com/story",
        final_url="https://example.com/story",
        body=body,
        fetched_at=FETCHED_AT,
        charset=charset,
    )


def test_seed_page_keeps_every_paragraph_and_drops_the_page_furniture():
    article = extract_article(page(seed_path("article.html").read_bytes()))
    for line in SEED_LINES:
        assert line in article.text
    for furniture in (
        "Accept all",
        "cookies",
        "Related stories",
        "Get the Gulf Briefing",
        "All rights reserved",
        "Privacy policy",
        "Sport",
    ):
        assert furniture not in article.text
    assert article.extraction == EXTRACTION_TRAFILATURA
    assert article.title == "Qatar's Amir receives phone call from Syrian President Assad"
    assert article.author == "Layla Haddad"
    assert article.language == "en"
    assert article.source_name == "The Gulf Dispatch"
    assert article.word_count == len(article.text.split())


def test_publication_date_from_the_page_when_the_feed_has_none():
    article = extract_article(page(seed_path("article.html").read_bytes()))
    assert article.published_at.date() == datetime.date(2023, 2, 24)
    assert article.date_source == "page"


def test_feed_timestamp_wins_over_the_page_date():
    published = datetime.datetime(2023, 2, 24, 16, 40, tzinfo=datetime.timezone.utc)
    article = extract_article(page(seed_path("article.html").read_bytes(), published=published))
    assert (article.published_at, article.date_source) == (published, "feed")


def test_empty_page_falls_back_to_the_feed_summary_and_says_so():
    article = extract_article(
        page(b"<html><body></body></html>", summary="<p>The <b>summary</b>.</p>")
    )
    assert article.text == "The summary."
    assert article.extraction == EXTRACTION_FEED_SUMMARY


def test_no_text_and_no_summary_is_a_no_text_error():
    with pytest.raises(StageFailure) as caught:
        extract_article(page(b"<html><body><nav>Home</nav></body></html>"))
    assert caught.value.kind is ErrorKind.NO_TEXT


def test_same_page_same_content_hash():
    body = seed_path("article.html").read_bytes()
    assert extract_article(page(body)).content_sha256 == extract_article(page(body)).content_sha256


def test_undeclared_latin1_page_decodes():
    text = (
        "Le ministre a reçu son homologue à Paris pour des entretiens approfondis sur la "
        "sécurité régionale et l'économie. "
    ) * 5
    body = f"<html><body><article><p>{text}</p></article></body></html>".encode("latin-1")
    article = extract_article(page(body))
    assert "reçu son homologue à Paris" in article.text
    assert article.language == "fr"


def test_declared_charset_is_used_and_a_lying_one_is_ignored():
    assert decode_page("é".encode("latin-1"), "iso-8859-1") == "é"
    french = "Le ministre a reçu son homologue à Paris pour des entretiens. " * 3
    assert decode_page(french.encode("latin-1"), "utf-8") == french  # the header lied
    assert decode_page(b'<meta charset="windows-1251"><p>\xcc\xe8\xf0</p>', None).endswith(
        "Мир</p>"
    )
    assert decode_page("\ufeffé".encode("utf-8"), "iso-8859-1") == "é"  # a BOM outranks the header


def test_helpers():
    assert html_to_text("<p>a <i>b</i></p>\n<p>c</p>") in ("a b c", "a bc")
    assert language_code("en-US") == "en" and language_code("zz-top-x") == "zz"
    assert language_code("") is None and language_code("english") is None
