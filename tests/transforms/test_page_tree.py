"""load_page parses a page into the tree trafilatura.load_html makes of it: the same markup and
the same element classes, on the benchmark's pages and on pages made to take its other paths."""

import gzip

import pytest
import trafilatura
from lxml import etree

from bench.corpus import corpus_dir, page_ids
from transforms.extraction import decode_page
from transforms.page_tree import load_page, without_invalid_xml_chars

# Each takes one of load_html's branches: no markup, a fragment, characters XML forbids, a
# self-closing doctype or <html/>, an encoding declaration (parsed as bytes), lxml.html's own
# element classes (forms, inputs, labels; upper-case tags), a lone surrogate.
CRAFTED = [
    "",
    "x",
    "plain text without markup",
    "<p>x</p>",
    "<div>\x0bvertical tab</div>",
    "<html/>\n<body><p>a\x00b\ufffe c\uffff</p></body>",
    "<!DOCTYPE html/>\n<html><body><p>y</p></body></html>",
    "<?xml version='1.0' encoding='utf-8'?><html><body><form><input name=a></form></body></html>",
    "<html><body><FORM><Label>x</Label><SELECT><option>o</option></SELECT></FORM>"
    "<textarea>t</textarea></body></html>",
    "<html><body>\ud800 surrogate</body></html>",
]


def tree_signature(tree) -> tuple[bytes, list[str]] | None:
    """A tree's markup and the class of each of its elements."""
    if tree is None:
        return None
    return etree.tostring(tree), [type(element).__name__ for element in tree.iter()]


def benchmark_pages() -> list[str]:
    """The benchmark's pages, decoded."""
    return [
        decode_page(
            gzip.decompress((corpus_dir() / "html" / f"{page_id}.html.gz").read_bytes()), None
        )
        for page_id in page_ids()
    ]


@pytest.mark.parametrize("html", CRAFTED)
def test_crafted_pages_parse_as_trafilatura_parses_them(html):
    assert tree_signature(load_page(html)) == tree_signature(trafilatura.load_html(html))


def test_the_benchmark_pages_parse_as_trafilatura_parses_them():
    pages = benchmark_pages()
    assert len(pages) == 181
    for html in pages:
        assert tree_signature(load_page(html)) == tree_signature(trafilatura.load_html(html))


@pytest.mark.parametrize("code", [*range(0x20), 0x7F, 0xFFFD, 0xFFFE, 0xFFFF, 0xD800])
def test_every_character_xml_forbids_is_removed_as_trafilatura_removes_it(code):
    html = f"<p>a{chr(code)}b</p>"
    assert without_invalid_xml_chars(html) == trafilatura.utils.INVALID_XML_CHARS.sub("", html)
