"""trafilatura's ``bare_extraction`` with the pipeline's settings, without the metadata newsbeam
does not keep.

Consumes a parsed page (an lxml tree from ``trafilatura.load_html``); produces trafilatura's
``Document`` with the text and the title, author, date and site name, exactly as
``bare_extraction(tree, with_metadata=True, ...)`` gives them. Drops the categories, tags and
licence: trafilatura's metadata pass looks for them with dozens of XPath queries over the
whole page, which cost about a fifth of the extraction (0.67 s of 3.5 s of CPU per 181 benchmark
pages, trafilatura 2.3.1), and the articles table has no column for them. The author comes
from ``page_author``, which finds trafilatura's without copying the page.
"""

import contextlib

import trafilatura
from lxml.html import HtmlElement
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
from trafilatura.settings import DEFAULT_CONFIG, Document, set_date_params

from transforms.page_author import extract_author

# fast=True skips trafilatura's fallback extractors (readability, jusText): on the 181 pages of
# the article-extraction benchmark it scored a mean token F1 of 0.9575 against 0.9549 with them,
# at 56 instead of 36 pages/s (2 cores, trafilatura 2.3.1). Comments are not the article.
TRAFILATURA_SETTINGS = {"with_metadata": True, "include_comments": False, "fast": True}
# The text pass: the metadata comes from ``page_metadata``.
TEXT_SETTINGS = {**TRAFILATURA_SETTINGS, "with_metadata": False}
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


def extract_page(tree: HtmlElement, url: str) -> Document | None:
    """The text and metadata of a parsed page, or None where ``bare_extraction`` gives None (a
    ValueError or TypeError in the categories, tags or licence it looks for no longer discards
    a page). The metadata is read first, as trafilatura does, and the text from a copy of the
    tree (trafilatura copies a tree it is given): the tree is left as the metadata pass leaves
    it."""
    try:
        metadata = page_metadata(tree, url)
    except (TypeError, ValueError):  # bare_extraction discards the page on these
        return None
    document = trafilatura.bare_extraction(tree, url=url, **TEXT_SETTINGS)
    if document is None:
        return None
    for field in METADATA_FIELDS:
        setattr(document, field, getattr(metadata, field))
    return document
