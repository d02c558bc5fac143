"""extract_page gives what trafilatura's bare_extraction gives, less the unkept metadata."""

import gzip

import pytest
import trafilatura
from trafilatura.settings import DEFAULT_CONFIG

from bench.corpus import corpus_dir, page_ids
from transforms.extraction import decode_page
from transforms.page_text import (
    METADATA_FIELDS,
    TRAFILATURA_SETTINGS,
    extract_page,
    page_text,
)

TEXT_SETTINGS = {**TRAFILATURA_SETTINGS, "with_metadata": False}


def test_the_text_and_metadata_of_real_pages_are_bare_extractions():
    for page_id in page_ids():
        body = gzip.decompress((corpus_dir() / "html" / f"{page_id}.html.gz").read_bytes())
        html, url = decode_page(body, None), f"https://news.example/{page_id}.html"
        expected = trafilatura.bare_extraction(
            trafilatura.load_html(html), url=url, **TRAFILATURA_SETTINGS
        )
        found = extract_page(trafilatura.load_html(html), url)
        for field in ("text", *METADATA_FIELDS):
            assert getattr(found, field) == getattr(expected, field), (page_id, field)


def fields(document) -> tuple | None:
    """What newsbeam reads of a trafilatura document."""
    if document is None:
        return None
    return tuple(getattr(document, field) for field in ("text", *METADATA_FIELDS))


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>Too short.</p></body></html>",
        "<html><head><title>Only a title</title></head><body></body></html>",
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"name": </script></head><body><article><p>' + "Broken JSON-LD. " * 20 + "</p>"
        "</article></body></html>",
        '<html lang="fr"><head><meta property="og:site_name" content="@lemonde"></head><body>'
        "<article><p>" + "Un texte assez long pour un article. " * 10 + "</p></article>"
        '<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC</a></body></html>',
    ],
)
def test_odd_pages_give_what_bare_extraction_gives(html):
    url = "https://news.example/a.html"
    expected = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_SETTINGS)
    assert fields(extract_page(trafilatura.load_html(html), url)) == fields(expected)


def test_a_configured_tree_size_limit_is_applied_as_trafilatura_applies_it():
    html = "<html><body><article>" + "<p>A paragraph of the article.</p>" * 40 + "</article>"
    url = "https://news.example/a.html"
    before = DEFAULT_CONFIG.get("DEFAULT", "MAX_TREE_SIZE")
    try:
        DEFAULT_CONFIG.set("DEFAULT", "MAX_TREE_SIZE", "5")
        expected = trafilatura.bare_extraction(html, url=url, **TEXT_SETTINGS)
        found = page_text(trafilatura.load_html(html), url)
    finally:
        DEFAULT_CONFIG.set("DEFAULT", "MAX_TREE_SIZE", before)
    assert expected is None and found is None
    found = page_text(trafilatura.load_html(html), url)
    assert found.text == trafilatura.bare_extraction(html, url=url, **TEXT_SETTINGS).text
