"""trafilatura's ``bare_extraction`` with the pipeline's settings, without the metadata newsbeam
does not keep.

Consumes a parsed page (an lxml tree as ``trafilatura.load_html`` parses it: ``page_tree``);
produces trafilatura's ``Document`` with the text and the title, author, date and site name,
exactly as ``bare_extraction(tree, with_metadata=True, ...)`` gives them. Drops the categories,
tags and licence: trafilatura's metadata pass looks for them with dozens of XPath queries over
the whole page, which cost about a fifth of the extraction (0.67 s of 3.5 s of CPU per 181
benchmark pages, trafilatura 2.3.1), and the articles table has no column for them. The author
comes from ``page_author``, which finds trafilatura's without copying the page. The text pass
runs trafilatura's regular-expression selectors as ``page_selectors`` guards them.
"""

import contextlib

import trafilatura
from lxml.html import HtmlElement
from trafilatura.core import trafilatura_sequence
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_domain,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
    find_date,
)
from trafilatura.settings import DEFAULT_CONFIG, Document, Extractor, set_date_params
from trafilatura.xml import xmltotxt

from transforms.page_author import extract_author
from transforms.page_selectors import guarded_selectors

# fast=True skips trafilatura's fallback extractors (readability, jusText): on the 181 pages of
# the article-extraction benchmark it scored a mean token F1 of 0.9575 against 0.9549 with them,
# at 56 instead of 36 pages/s (2 cores, trafilatura 2.3.1). Comments are not the article.
TRAFILATURA_SETTINGS = {"with_metadata": True, "include_comments": False, "fast": True}
# The fields ``page_metadata`` fills, copied onto the text pass's document.
METADATA_FIELDS = ("title", "author", "url", "hostname", "description", "sitename", "date")


def page_metadata(tree: HtmlElement, url: str | None) -> Document:
    """trafilatura's ``extract_metadata`` as ``bare_extraction`` calls it (no author blacklist,
    the default date parameters), without categories, tags and licence. May raise ValueError
    or TypeError where trafilatura's would."""
    date_config = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    with contextlib.suppress(Exception):  # as trafilatura: its JSON-LD reader has bugs
        metadata = extract_meta_json(tree, metadata)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.author:
        metadata.author = extract_author(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    if metadata.url:
        metadata.hostname = extract_domain(metadata.url, fast=True)
    date_config["url"] = metadata.url
    metadata.date = find_date(tree, **date_config)
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        sitename = metadata.sitename.lstrip("@")  # a Twitter handle
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
        metadata.sitename = sitename
    elif metadata.url:
        found = META_URL.match(metadata.url)
        if found:
            metadata.sitename = found[1]
    metadata.filedate = date_config.get("max_date")
    metadata.clean_and_trim()
    return metadata


def page_text(tree: HtmlElement, url: str) -> Document | None:
    """The text of a parsed page as ``bare_extraction(tree, url=url, fast=True,
    include_comments=False)`` gives it (None where it gives None), without the copy of the
    whole tree that ``bare_extraction`` makes of a tree it is given: the tree is consumed.
    The steps are bare_extraction's for these settings (no metadata, language, size limit or
    deduplication); a copy cost 0.85 ms a page (0.15 s of CPU per 181 benchmark pages)."""
    options = Extractor(
        config=DEFAULT_CONFIG,
        output_format="python",
        fast=TRAFILATURA_SETTINGS["fast"],
        comments=TRAFILATURA_SETTINGS["include_comments"],
        url=url,
    )
    if options.max_tree_size is not None:  # a size limit configured: trafilatura's own steps
        return trafilatura.bare_extraction(tree, url=url, options=options)
    try:
        with guarded_selectors():  # the same selections, fewer calls into Python
            body, text, _comments_body, comments = trafilatura_sequence(tree, options, options.url)
    except (TypeError, ValueError):  # bare_extraction discards the page on these
        return None
    if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
        return None
    document = Document()
    document.text = document.raw_text = xmltotxt(body, options.formatting)
    document.body = body
    return document


def extract_page(tree: HtmlElement, url: str) -> Document | None:
    """The text and metadata of a parsed page, or None where ``bare_extraction`` gives None (a
    ValueError or TypeError in the categories, tags or licence it looks for no longer discards
    a page). The metadata is read first, as trafilatura does, then the text from the tree as
    the metadata pass leaves it (trafilatura reads it from a copy; this consumes the tree)."""
    try:
        metadata = page_metadata(tree, url)
    except (TypeError, ValueError):  # bare_extraction discards the page on these
        return None
    document = page_text(tree, url)
    if document is None:
        return None
    for field in METADATA_FIELDS:
        setattr(document, field, getattr(metadata, field))
    return document
