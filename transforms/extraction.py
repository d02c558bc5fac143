"""Extracting articles: raw page bytes in, an ``Article`` out (text and metadata, trafilatura).

When the page yields no text, the feed entry's summary stands in, and the ``extraction`` column
says so. A page with neither raises ``StageFailure(NO_TEXT)``.
"""

import codecs
import datetime
import hashlib
import re
import urllib.parse

import charset_normalizer
import lxml.html
import py3langid
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
from transforms.page_text import extract_page
from transforms.page_tree import load_page

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)
META_PRESCAN_BYTES = 2048  # browsers prescan the first 1024 bytes; allow for long heads
# Labels that mean windows-1252 on the web (WHATWG Encoding Standard), not strict Latin-1.
WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
}
# Below this many characters trafilatura's output is page furniture ("Home", "Accept all
# cookies"), not an article: the feed summary is used instead, or the page is an error.
MIN_TEXT_CHARS = 50
# Pages that declare no language and feeds that name none: detect it from this much text.
LANGUAGE_SAMPLE_CHARS = 2000


def _decode_strictly(body: bytes, charset: str | None) -> str | None:
    """The body decoded with ``charset``, or None if the label is unknown or does not fit."""
    if not charset:
        return None
    charset = WHATWG_ALIASES.get(charset.lower(), charset)
    try:
        codecs.lookup(charset)
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None


def guess_charset(body: bytes) -> str:
    """The likeliest charset of undeclared, non-UTF-8 bytes by charset_normalizer; among equally
    likely guesses windows-1252, the web's default for unlabelled pages (WHATWG)."""
    sample = body if len(body) < 20000 else body[:10000] + body[-10000:]
    matches = list(charset_normalizer.from_bytes(sample))
    if not matches:
        return "cp1252"
    best = (matches[0].chaos, -matches[0].coherence)
    tied = [m.encoding for m in matches if (m.chaos, -m.coherence) == best]
    return "cp1252" if "cp1252" in tied else tied[0]


def decode_page(body: bytes, charset: str | None) -> str:
    """The page as text, in the order browsers use: byte-order mark, the charset the server
    declared, the page's meta charset, UTF-8, then a statistical guess (never fails)."""
    for bom, codec in BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, errors="replace")
    meta = META_CHARSET.search(body[:META_PRESCAN_BYTES])
    for candidate in (charset, meta.group(1).decode("ascii") if meta else None, "utf-8"):
        text = _decode_strictly(body, candidate)
        if text is not None:
            return text
    return body.decode(guess_charset(body), errors="replace")


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
        tree = load_page(decode_page(page.body, page.charset))
        # read before extract_page, which leaves the tree as trafilatura's metadata pass does
        declared = language_code(tree.get("lang")) if tree is not None else None
        document = extract_page(tree, page.final_url) if tree is not None else None
    except Exception as exc:  # trafilatura and lxml raise many types on hostile markup
        raise StageFailure(
            ErrorKind.EXTRACTION_FAILED, f"extraction failed: {type(exc).__name__}: {exc}"
        ) from exc
    page_text = (document.text or "").strip() if document is not None else ""
    text, extraction = page_text, EXTRACTION_TRAFILATURA
    if len(page_text) < MIN_TEXT_CHARS:
        text, extraction = html_to_text(entry.summary), EXTRACTION_FEED_SUMMARY
    if not text:
        raise StageFailure(
            ErrorKind.NO_TEXT,
            f"no article text in the page ({len(page_text)} characters) and no feed summary",
        )
    published_at, date_source = entry.published_at, DATE_SOURCE_FEED
    if published_at is None:
        published_at = page_date(document.date if document is not None else None)
        date_source = DATE_SOURCE_PAGE if published_at else DATE_SOURCE_NONE
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
