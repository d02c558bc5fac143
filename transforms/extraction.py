"""Extracting articles: raw page bytes in, an ``Article`` out (text and metadata, trafilatura).

When the page yields no text, the feed entry's summary stands in, and the ``extraction`` column
says so. A page with neither raises ``StageFailure(NO_TEXT)``.
"""

import codecs
import datetime
import hashlib
import urllib.parse

import lxml.html
import py3langid
import trafilatura
from lxml.etree import ParserError

from schemas.articles import (
    DATE_SOURCE_FEED,
    DATE_SOURCE_NONE,
    DATE_SOURCE_PAGE,
    EXTRACTION_FEED_SUMMARY,
    EXTRACTION_TRAFILATURA,
    Article,
)
from schemas.entries import RawPage
from schemas.errors import ErrorKind
from transforms.failures import StageFailure

# Pages that declare no language and feeds that name none: detect it from this much text.
LANGUAGE_SAMPLE_CHARS = 2000


def decode_page(body: bytes, charset: str | None) -> str | bytes:
    """The page as text when its declared charset decodes it cleanly, else the bytes, for
    trafilatura's own detection (meta charset, then statistics)."""
    if charset:
        try:
            codecs.lookup(charset)
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return body


def html_to_text(fragment: str | None) -> str:
    """The visible text of an HTML fragment such as a feed summary, whitespace collapsed."""
    if not fragment or not fragment.strip():
        return ""
    try:
        text = lxml.html.fragment_fromstring(fragment, create_parent="div").text_content()
    except (ParserError, ValueError):
        text = fragment
    return " ".join(text.split())


def language_code(tag: str | None) -> str | None:
    """The primary ISO 639-1 subtag of a language tag ("en-US" -> "en"), or None."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return primary if len(primary) == 2 and primary.isalpha() else None


def detect_language(text: str) -> str | None:
    """The language of a text by py3langid's bundled model, or None for an empty text."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    return py3langid.classify(sample)[0] if sample.strip() else None


def page_date(value: str | None) -> datetime.datetime | None:
    """Midnight UTC of the YYYY-MM-DD date trafilatura found in the page, or None."""
    if not value:
        return None
    try:
        day = datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc)


def extract_article(page: RawPage) -> Article:
    """The article in one page: text by trafilatura, or the feed summary when it finds none."""
    entry = page.entry
    try:
        tree = trafilatura.load_html(decode_page(page.body, page.charset))
        document = (
            trafilatura.bare_extraction(
                tree,
                url=page.final_url,
                with_metadata=True,
                include_comments=False,
            )
            if tree is not None
            else None
        )
    except Exception as exc:  # trafilatura and lxml raise many types on hostile markup
        raise StageFailure(
            ErrorKind.EXTRACTION_FAILED, f"extraction failed: {type(exc).__name__}: {exc}"
        ) from exc
    text = (document.text or "").strip() if document is not None else ""
    extraction = EXTRACTION_TRAFILATURA
    if not text:
        text = html_to_text(entry.summary)
        extraction = EXTRACTION_FEED_SUMMARY
    if not text:
        raise StageFailure(ErrorKind.NO_TEXT, "no article text in the page and no feed summary")
    published_at, date_source = entry.published_at, DATE_SOURCE_FEED
    if published_at is None:
        published_at = page_date(document.date if document is not None else None)
        date_source = DATE_SOURCE_PAGE if published_at else DATE_SOURCE_NONE
    declared = language_code(tree.get("lang")) if tree is not None else None
    language = declared or language_code(entry.feed_language) or detect_language(text)
    hostname = urllib.parse.urlsplit(page.final_url).hostname
    return Article(
        article_id=page.article_id,
        url=entry.link,
        canonical_url=page.canonical_url,
        feed_url=entry.feed_url,
        feed_name=entry.feed_name or entry.feed_title,
        source_name=entry.feed_name
        or (document.sitename if document is not None else None)
        or entry.feed_title
        or hostname,
        source_country=entry.feed_country,
        title=(document.title if document is not None else None) or entry.title,
        author=document.author if document is not None else None,
        published_at=published_at,
        date_source=date_source,
        fetched_at=page.fetched_at,
        language=language,
        text=text,
        word_count=len(text.split()),
        content_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        extraction=extraction,
    )
