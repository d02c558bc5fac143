"""page_selectors' guarded selectors select what trafilatura's select: the words each regular
expression's matches must hold, the selections on real and made-up pages, the swap itself."""

import copy
import gzip
import importlib
import itertools
import re
import re._constants as sre
import re._parser as sre_parse

import pytest
import trafilatura
from lxml.etree import XPath
from trafilatura.core import _prepare_tree
from trafilatura.settings import DEFAULT_CONFIG, Extractor

from bench.corpus import corpus_dir, page_ids
from transforms.extraction import decode_page
from transforms.page_selectors import (
    GUARDED,
    NECESSARY_SUBSTRINGS,
    ORIGINALS,
    RE_TEST,
    SELECTORS,
    guarded_path,
    guarded_selectors,
)
from transforms.page_tree import load_page


def strings_found(pattern) -> set[str]:
    """Every string a parsed regular expression can match (anchors and look-arounds match the
    empty string: they only narrow a match); a ValueError where there are infinitely many."""
    found = {""}
    for op, argument in pattern:
        if op is sre.LITERAL:
            options = {chr(argument)}
        elif op is sre.IN:
            options = set()
            for item_op, item in argument:
                if item_op is sre.LITERAL:
                    options.add(chr(item))
                elif item_op is sre.RANGE:
                    options.update(chr(code) for code in range(item[0], item[1] + 1))
                else:
                    raise ValueError(f"unsupported set item {item_op}")
        elif op is sre.SUBPATTERN:
            options = strings_found(argument[3])
        elif op is sre.BRANCH:
            options = set().union(*(strings_found(branch) for branch in argument[1]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, high, inner = argument
            if high is sre.MAXREPEAT:
                raise ValueError("unbounded repeat")
            one = strings_found(inner)
            options = {
                "".join(parts)
                for count in range(low, high + 1)
                for parts in itertools.product(one, repeat=count)
            }
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            options = {""}
        else:
            raise ValueError(f"unsupported {op}")
        found = {prefix + option for prefix in found for option in options}
    return found


@pytest.mark.parametrize("expression", sorted(NECESSARY_SUBSTRINGS))
def test_every_string_an_expression_finds_holds_one_of_its_words(expression):
    words = NECESSARY_SUBSTRINGS[expression]
    strings = strings_found(sre_parse.parse(expression))
    assert strings
    for string in strings:
        assert re.search(expression, string), string  # the enumeration is right
        assert any(word in string for word in words), (expression, string)
    assert re.search(expression, "") is None


def test_the_enumeration_catches_a_missing_word():
    strings = strings_found(sre_parse.parse("^(?:[Cc]omment(?!ary)|comol)|bread-?crumb"))
    assert strings == {"Comment", "comment", "comol", "breadcrumb", "bread-crumb"}


def test_every_re_test_of_trafilaturas_selectors_is_guarded():
    """Fails if trafilatura's selectors change: a new expression would lose its word guard."""
    with_words, without_words = 0, set()
    for key, value in ORIGINALS.items():
        for selector in value if isinstance(value, list) else [value]:
            # every re:test call is one RE_TEST reads, and is guarded
            assert selector.path.count("re:test(") == len(RE_TEST.findall(selector.path))
            for call in RE_TEST.finditer(selector.path):
                assert guarded_path(call[0]).startswith(f"(({call[1].replace('|', ' or ')}) and")
                if call[2] in NECESSARY_SUBSTRINGS and not call[3]:
                    with_words += 1
                else:
                    without_words.add((key[1], call[1], call[3], call[2][:20]))
    assert with_words == 20
    # the case-insensitive ones, and OVERALL_DISCARD_XPATH's long lists of words
    assert without_words == {
        ("BODY_XPATH", "@class", "i", "fulltext"),
        ("BASIC_CLEAN_XPATH", "@class", "i", "cookie[-_]?(?:banner"),
        ("BASIC_CLEAN_XPATH", "@id", "i", "cookie[-_]?(?:banner"),
        ("OVERALL_DISCARD_XPATH", "@id", None, "^shar|social|viral|n"),
        ("OVERALL_DISCARD_XPATH", "@class", None, "^shar|social|viral|n"),
    }


def test_guarded_calls_read():
    assert guarded_path("//*[re:test(@id|@class, '^shar|social', 'i')]") == (
        "//*[((@id or @class) and re:test(@id|@class, '^shar|social', 'i'))]"
    )
    assert guarded_path("//*[re:test(@class, 'hidden')]") == (
        "//*[((@class) and (contains(@class, 'hidden')) and re:test(@class, 'hidden'))]"
    )
    assert guarded_path("//*[re:test(@class, 'a?')]") == "//*[re:test(@class, 'a?')]"


def selector_pairs() -> list[tuple[str, XPath, XPath]]:
    """(name, trafilatura's selector, its guarded copy) for each selector with re:test."""
    pairs = []
    for (_module, name), value in ORIGINALS.items():
        guarded = GUARDED[_module, name]
        if not isinstance(value, list):
            value, guarded = [value], [guarded]
        for index, (original, copy_) in enumerate(zip(value, guarded, strict=True)):
            if "re:test" in original.path:
                assert copy_ is not original
                pairs.append((f"{name}[{index}]", original, copy_))
    return pairs


def benchmark_trees():
    """The benchmark pages' trees as parsed, and as trafilatura's text pass cleans and
    converts them before looking for the body."""
    options = Extractor(config=DEFAULT_CONFIG, output_format="python", fast=True, comments=False)
    for page_id in page_ids():
        html = decode_page(
            gzip.decompress((corpus_dir() / "html" / f"{page_id}.html.gz").read_bytes()), None
        )
        tree = load_page(html)
        yield page_id, tree
        cleaned, backup = _prepare_tree(copy.deepcopy(tree), options, None)
        yield page_id + " cleaned", cleaned
        yield page_id + " backup", backup


def test_the_guarded_selectors_select_what_trafilaturas_select_on_real_pages():
    pairs = selector_pairs()
    assert len(pairs) == 9
    selected = 0
    for page_id, tree in benchmark_trees():
        for name, original, guarded in pairs:
            expected = original(tree)
            assert guarded(tree) == expected, (page_id, name)
            selected += len(expected)
    assert selected > 10000


MADE_UP = [
    # re:test reads the first of @id|@class in the source: either order, either one empty
    '<div class="x" id="cookie-wall"><p>a</p></div><div id="cookie" class=""><p>b</p></div>',
    '<div id="" class="cookie"><p>a</p></div><span class="cookies" id="x">b</span>',
    # anchors, look-ahead, optional characters
    '<div id="commentary"><p>a</p></div><div id="comments-list"><p>b</p></div>'
    '<section class="Comment-box">c</section><div id="xcomment">d</div><ol id="comol">e</ol>',
    '<div class="bread-crumb">a</div><div class="breadcrumb">b</div><div class="post-nav">c</div>'
    '<div class="x post-nav">d</div><p class="x ad-slot">e</p><p class="bad-">f</p>',
    '<div id="mvp-post-add-box"><h1>a</h1></div><div class="infinitescroll"><h1>b</h1></div>'
    '<aside class="infinite-scroll">c</aside>',
    # case: the 'i' expressions
    '<div class="CookieBanner">a</div><div id="ONETRUST">b</div>'
    '<div class="\u212aookie-law">c</div>'
    '<div class="fullText">d</div><article class="FULLTEXT">e</article>',
    # hidden elements, styles, attributes without values
    '<div style="visibility: hidden">a</div><div id="x" style="hidden">b</div>'
    '<div class=" hidden">c</div><div class="hide-me">d</div><div class>e</div><div id>f</div>',
    '<article class="article body">a</article><div class="article__container">b</div>'
    '<main id="content-main">c</main><div class="post_text">d</div><div class="entry">e</div>',
]


@pytest.mark.parametrize("body", MADE_UP)
def test_the_guarded_selectors_select_what_trafilaturas_select_on_made_up_pages(body):
    tree = load_page(f"<html><body><div>{body}</div></body></html>")
    assert tree is not None
    hits = 0
    for name, original, guarded in selector_pairs():
        expected = original(tree)
        assert guarded(tree) == expected, name
        hits += len(expected)
    assert hits


def current() -> dict:
    """The selectors trafilatura reads now."""
    found = {}
    for module_name, name in SELECTORS:
        value = getattr(importlib.import_module(module_name), name)
        found[module_name, name] = list(value) if isinstance(value, list) else value
    return found


def test_trafilaturas_own_selectors_are_back_after_the_context():
    assert current() == ORIGINALS
    with guarded_selectors():
        assert current() == GUARDED
        with guarded_selectors():
            assert current() == GUARDED
        assert current() == GUARDED
    assert current() == ORIGINALS
    with pytest.raises(RuntimeError), guarded_selectors():
        raise RuntimeError
    assert current() == ORIGINALS


def test_extraction_within_the_context_is_trafilaturas():
    html = decode_page(
        gzip.decompress((corpus_dir() / "html" / f"{page_ids()[0]}.html.gz").read_bytes()), None
    )
    expected = trafilatura.extract(html, fast=True, include_comments=False)
    with guarded_selectors():
        assert trafilatura.extract(html, fast=True, include_comments=False) == expected
