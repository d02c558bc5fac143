"""trafilatura's regular-expression selectors with each ``re:test`` guarded by tests in C.

Consumes nothing and produces nothing of its own: within ``guarded_selectors()`` trafilatura's
text pass (``trafilatura_sequence``: the raw-tree prunes, the body search, the boilerplate
prunes, the baseline) selects the same elements, in the same order, at less cost.

Several of trafilatura's selectors test ``@id`` and ``@class`` with EXSLT regular expressions
(``re:test``), which lxml evaluates by calling back into Python for every element the expression
reaches, whether or not it has the attribute, and wraps each attribute value in a "smart string"
(with a proxy of its element) to pass it. On the 181 benchmark pages (trafilatura 2.3.1, lxml
6.2.0, CPU) the selectors below cost 1.4 s of the extraction's 4.1 s; guarded, the
extraction takes 2.87 s instead of 3.35 s (medians of ten best-of-five runs). Each call
``re:test(@a|@b, 'r')`` is rewritten ``((@a or @b) and (contains(@a, 'w1') or ...) and
re:test(@a|@b, 'r'))``, which is true exactly when the call is:

- ``re:test`` of an absent attribute tests the empty string, which none of these expressions
  matches (``guarded_path`` checks), so an element without the attributes needs no call;
- every string these expressions find holds one of a few words (``NECESSARY_SUBSTRINGS``:
  anchors and look-aheads only narrow a match), so a value without any of them needs no call.
  ``contains`` of each attribute covers whichever one ``re:test`` reads (the first).

libxml2 evaluates both tests in C and stops an ``and`` at its first false operand; the
selectors are also compiled without smart strings (they return elements, and ``re.search``
finds the same in a plain string). A ``re:test`` of an expression not in the table (or with
flags) keeps only the first guard, so a change in trafilatura's expressions costs speed, never
correctness. ``tests/transforms/test_page_selectors.py`` checks the table against every string
each expression can find, the selections against trafilatura's on the benchmark pages, and
that every ``re:test`` of these selectors has both guards.

trafilatura reads these selectors from module-level lists (and ``BASIC_CLEAN_XPATH`` from a
global of ``trafilatura.baseline``): the guarded copies take their place for the duration of
the context only (lists are filled in place, under a lock, nested and concurrent uses sharing
them), so trafilatura called anywhere else, as the tests that compare with it do, runs its own.
"""

import contextlib
import importlib
import re
import threading
from collections.abc import Iterator

from lxml.etree import XPath

REGEXP_NS = "http://exslt.org/regular-expressions"
# trafilatura's selectors that its text pass evaluates with re:test, as (module, name): a list
# of XPath objects or one XPath object.
SELECTORS: tuple[tuple[str, str], ...] = (
    ("trafilatura.xpaths", "RAW_TREE_PRUNE_XPATH"),
    ("trafilatura.xpaths", "REMOVE_COMMENTS_AND_LISTS_XPATH"),
    ("trafilatura.xpaths", "REMOVE_COMMENTS_XPATH"),
    ("trafilatura.xpaths", "BODY_XPATH"),
    ("trafilatura.xpaths", "OVERALL_DISCARD_XPATH"),
    ("trafilatura.baseline", "BASIC_CLEAN_XPATH"),
)
# A regular expression (tested without flags) -> words one of which every string it finds
# holds. Not listed: BASIC_CLEAN_XPATH's cookie-banner expression and BODY_XPATH's 'fulltext',
# which ignore case (lower-casing with translate() for each word cost more than the calls it
# saved), and OVERALL_DISCARD_XPATH's lists of 24 and 60 words (as many contains() would too).
NECESSARY_SUBSTRINGS: dict[str, tuple[str, ...]] = {
    "mvp-post-add-(?:box|wrap)|infinite-?scroll": ("mvp-post-add-", "infinite"),
    "mvp-post-add-(?:box|wrap)": ("mvp-post-add-",),
    "^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)": ("omment", "comol", "disqus_thread"),
    "^[Cc]omment(?!ary)|(?:article|post)-comments": ("omment",),
    "^(?:[Cc]omment(?!ary)|comol)": ("omment", "comol"),
    "(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|body-text": (
        "-content",
        "article",
        "body-text",
    ),
    "post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|"
    "article-?text|articleText|(?:entry|page|text|article|art)-content|article__content|"
    "article(?:-|__)?body|articleBody|ArticleContent|body-text|article__container": (
        "post",
        "article",
        "-content",
        "ArticleContent",
        "body-text",
    ),
    "^primary|story-body": ("primary", "story-body"),
    "^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content|single-post|"
    "main-column|wpb_text_column|story-body|field-body": (
        "article ",
        "post-bodycopy",
        "story",
        "-content",
        "single-post",
        "main-column",
        "wpb_text_column",
        "field-body",
    ),
    "content-main|content-body|contentBody": ("content",),
    "content[-_]main|content(?:-|__)body": ("content",),
    "cookie": ("cookie",),
    "hidden": ("hidden",),
    "reader-comments|akismet": ("reader-comments", "akismet"),
    "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print|"
    " hidden| hide|noprint|notloaded": (
        "hid",
        "comments",
        "-reply-",
        "message",
        "akismet",
        "suggest-links",
        "noprint",
        "notloaded",
    ),
}
# re:test(@a|@b..., 'regular expression'[, 'flags']) as trafilatura writes it.
RE_TEST = re.compile(r"re:test\((@[\w-]+(?:\|@[\w-]+)*), '([^']*)'(?:, '([a-z]*)')?\)")


def _guard(call: re.Match) -> str:
    """A ``re:test`` call preceded by the tests it implies (none if it can match nothing)."""
    attributes, expression, flags = call[1].split("|"), call[2], call[3] or ""
    if re.compile(expression, re.IGNORECASE if "i" in flags else 0).search("") is not None:
        return call[0]
    guards = [" or ".join(attributes)]
    substrings = NECESSARY_SUBSTRINGS.get(expression) if not flags else None
    if substrings:
        guards.append(
            " or ".join(f"contains({a}, '{word}')" for a in attributes for word in substrings)
        )
    return "(" + " and ".join(f"({guard})" for guard in guards) + f" and {call[0]})"


def guarded_path(path: str) -> str:
    """An XPath expression with each ``re:test`` call guarded."""
    return RE_TEST.sub(_guard, path)


def guarded(selector: XPath) -> XPath:
    """The selector with its ``re:test`` calls guarded, without smart strings (the selector
    itself if it makes none)."""
    if "re:test" not in selector.path:
        return selector
    return XPath(guarded_path(selector.path), namespaces={"re": REGEXP_NS}, smart_strings=False)


_MODULES = {module_name: importlib.import_module(module_name) for module_name, _ in SELECTORS}


def _originals() -> dict[tuple[str, str], XPath | list[XPath]]:
    """trafilatura's selectors as imported (lists copied)."""
    found: dict[tuple[str, str], XPath | list[XPath]] = {}
    for module_name, name in SELECTORS:
        value = getattr(_MODULES[module_name], name)
        found[module_name, name] = list(value) if isinstance(value, list) else value
    return found


ORIGINALS = _originals()
GUARDED: dict[tuple[str, str], XPath | list[XPath]] = {
    key: [guarded(selector) for selector in value] if isinstance(value, list) else guarded(value)
    for key, value in ORIGINALS.items()
}
_lock = threading.Lock()
_users = 0


def _put(selectors: dict[tuple[str, str], XPath | list[XPath]]) -> None:
    """Make trafilatura read these selectors: lists filled in place (other modules hold the
    list objects), single selectors set on their module."""
    for (module_name, name), value in selectors.items():
        module = _MODULES[module_name]
        if isinstance(value, list):
            getattr(module, name)[:] = value
        else:
            setattr(module, name, value)


@contextlib.contextmanager
def guarded_selectors() -> Iterator[None]:
    """Within this context trafilatura evaluates the guarded selectors; the last user to leave
    puts trafilatura's own back."""
    global _users
    with _lock:
        if _users == 0:
            _put(GUARDED)
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0:
                _put(ORIGINALS)
