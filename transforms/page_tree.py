"""Parsing a decoded page into the lxml tree that extraction reads, as ``trafilatura.load_html``
parses a string, at less cost.

Consumes a page's text (decoded by ``extraction.decode_page``); produces its ``HtmlElement``
tree, or None where ``load_html`` gives None (no HTML, or nothing parsed). Two of
``load_html``'s costs are avoided (trafilatura 2.3.1, lxml 6.2, 181 benchmark pages):

- its parser finds the Python class of every element lxml wraps by calling back into Python
  (``lxml.html.HtmlElementClassLookup.lookup``, about 1,900 calls a page as trafilatura walks
  the tree); ``PAGE_PARSER`` gives each element the same class from a lookup table in C;
- it removes the characters XML forbids with a regular expression over the whole page (0.86 ms
  a page) where pages almost never hold one; looking for each of them first costs 0.25 ms.
"""

from lxml.etree import ElementDefaultClassLookup, ElementNamespaceClassLookup
from lxml.html import (
    HtmlComment,
    HtmlElement,
    HtmlElementClassLookup,
    HtmlEntity,
    HTMLParser,
    HtmlProcessingInstruction,
    fromstring,
)
from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS, is_dubious_html


def _page_parser() -> HTMLParser:
    """trafilatura's ``utils.HTML_PARSER`` (the same options), its element classes found in C:
    lxml.html's own classes by tag name (forms, inputs...), else ``HtmlElement``, and its
    comment, processing-instruction and entity classes, as ``HtmlElementClassLookup`` gives
    them. The HTML parser names elements in lower case, which that lookup lowers again."""
    parser = HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
    )
    lookup = ElementNamespaceClassLookup(
        ElementDefaultClassLookup(
            element=HtmlElement,
            comment=HtmlComment,
            pi=HtmlProcessingInstruction,
            entity=HtmlEntity,
        )
    )
    lookup.get_namespace(None).update(HtmlElementClassLookup._default_element_classes)
    parser.set_element_class_lookup(lookup)
    return parser


PAGE_PARSER = _page_parser()
# What INVALID_XML_CHARS matches, one character at a time: ``in`` scans a page far faster.
_INVALID_XML_CHARS = tuple(
    chr(code) for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)
)


def without_invalid_xml_chars(html: str) -> str:
    """The page without the characters XML forbids, as ``INVALID_XML_CHARS.sub("", html)``."""
    if any(char in html for char in _INVALID_XML_CHARS):
        return INVALID_XML_CHARS.sub("", html)
    return html


def repair_page(html: str, beginning: str) -> str:
    """trafilatura's ``repair_faulty_html``: invalid characters removed, a self-closing doctype
    and a self-closing ``<html/>`` in the first lines opened."""
    html = without_invalid_xml_chars(html)
    if "doctype" in beginning:
        first_line, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", first_line, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = FAULTY_HTML.sub(r"\1>", html, count=1)
            break
    return html


def _parse_bytes(html: str) -> HtmlElement | None:
    """trafilatura's ``fromstring_bytes``: the page parsed from its UTF-8 bytes, or None."""
    try:
        return fromstring(html.encode("utf8", "surrogatepass"), parser=PAGE_PARSER)
    except Exception:  # as trafilatura, which logs and goes on
        return None


def load_page(html: str) -> HtmlElement | None:
    """The page's tree as ``trafilatura.load_html(html)`` parses a string (its steps: repair,
    parse the string, else its bytes; reject a short tree that never says "html")."""
    beginning = html[:50].lower()
    dubious = is_dubious_html(beginning)
    html = repair_page(html, beginning)
    tree, parsed_bytes = None, False
    try:
        tree = fromstring(html, parser=PAGE_PARSER)
    except ValueError:  # a string with an encoding declaration
        tree, parsed_bytes = _parse_bytes(html), True
    except Exception:  # as trafilatura, which logs and goes on
        tree = None
    if (tree is None or len(tree) < 1) and not parsed_bytes:
        tree = _parse_bytes(html)
    if tree is not None and dubious and len(tree) < 2:
        return None
    return tree
