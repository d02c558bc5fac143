"""extract_author finds what trafilatura's finds, with plain-XPath expressions and no copy."""

import gzip

import pytest
import trafilatura
from trafilatura import metadata, xpaths

from bench.corpus import corpus_dir, page_ids
from transforms import page_author
from transforms.extraction import decode_page

# trafilatura 2.3.1's expressions, which page_author's rewrite: a new trafilatura that changes
# them must be rewritten again.
TRAFILATURA_AUTHOR_XPATHS = [
    "//*[self::a or self::address or self::div or self::link or self::p or self::span or "
    "self::strong][ @rel='author' or @id='author' or @class='author' or @itemprop='author name' "
    "or rel='me' or @data-testid='AuthorCard' or @data-testid='AuthorURL' or re:test(@class, "
    "'author-?name|AuthorName|authorName')]|//author",
    "//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span][ "
    "@class='byline' or @class='username' or @class='byl' or @class='BBL' or contains(@itemprop, "
    "'author') or re:test(@id, 'author|zuozhe|bianji|xiaobian') or re:test(@class, "
    "'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]",
    "//*[ contains(@data-component, 'Byline') or contains(@itemprop, 'author') or re:test(@id, "
    "'[Aa]uthor') or re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]",
]
TRAFILATURA_DISCARD_XPATHS = [
    ".//*[self::a or self::div or self::section or self::span][ @id='comments' or "
    "@class='comments' or @class='title' or @class='date' or re:test(@id, "
    "'^comments|comment-?list|ProductReviews') or re:test(@class, '^[Cc]omments|commentlist|"
    "comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)|print|"
    "category|meta-date|meta-reviewer') or contains(@data-component, 'Figure')]",
    "//time|//figure",
]

# Every word the expressions look for, where they look for it, and near misses.
ATTRIBUTE_VALUES = [
    "author-name x",
    "authorname",
    "x AuthorName",
    "authorName",
    "author name",
    "Author-Name",
    "byline",
    "byl",
    "BBL",
    "username",
    "zuozhe",
    "bianji",
    "xiaobian",
    "channel-name",
    "submitted-by",
    "posted-by",
    "journalist-name",
    "screenname",
    "writer",
    "Byline",
    "BYLINE",
    "comments",
    "Comments-box",
    "x comments",
    "commentlist",
    "comment-list",
    "comments-list",
    "commentslist",
    "ProductReviews",
    "productreviews",
    "sidebar",
    "is-hidden",
    "blockquote",
    "embedly-instagram",
    "article-share",
    "article-support",
    "article-shared",
    "article-",
    "print",
    "category",
    "meta-date",
    "meta-reviewer",
    "title",
    "date",
    "AuthorCard",
    "AuthorURL",
    "Figure",
    "",
]
ATTRIBUTES = ["class", "id", "itemprop", "rel", "data-testid", "data-component"]
TAGS = ["a", "address", "div", "link", "p", "span", "strong", "h3", "h4", "section", "li"]


def normalised(path: str) -> str:
    """An XPath expression with its whitespace collapsed."""
    return " ".join(path.split())


def test_trafilaturas_expressions_are_the_ones_rewritten():
    assert [normalised(x.path) for x in xpaths.AUTHOR_XPATHS] == TRAFILATURA_AUTHOR_XPATHS
    assert [normalised(x.path) for x in xpaths.AUTHOR_DISCARD_XPATHS] == TRAFILATURA_DISCARD_XPATHS


def crafted_page() -> str:
    """Every tag with every attribute holding every value, each element with its own text."""
    elements = [
        f'<{tag} {attribute}="{value}">{tag} {attribute} {value} text</{tag}>'
        for tag in TAGS
        for attribute in ATTRIBUTES
        for value in ATTRIBUTE_VALUES
    ]
    return "<html><body>" + "".join(elements) + "<author>An Author</author></body></html>"


def real_trees():
    """The benchmark's pages, parsed."""
    for page_id in page_ids():
        body = gzip.decompress((corpus_dir() / "html" / f"{page_id}.html.gz").read_bytes())
        yield trafilatura.load_html(decode_page(body, None))


def test_the_expressions_select_what_trafilaturas_select():
    trees = [trafilatura.load_html(crafted_page()), *real_trees()]
    pairs = list(
        zip(
            xpaths.AUTHOR_XPATHS + xpaths.AUTHOR_DISCARD_XPATHS,
            page_author.AUTHOR_XPATHS + page_author.AUTHOR_DISCARD_XPATHS,
            strict=True,
        )
    )
    selected = 0
    for tree in trees:
        paths = tree.getroottree().getpath
        for theirs, ours in pairs:
            expected = [paths(element) for element in theirs(tree)]
            assert [paths(element) for element in ours(tree)] == expected, theirs.path
            selected += len(expected)
    assert selected > 1000


def test_the_authors_of_real_pages_are_trafilaturas():
    found = 0
    for tree in real_trees():
        expected = metadata.extract_author(tree)
        assert page_author.extract_author(tree) == expected
        found += expected is not None
    assert found > 50


@pytest.mark.parametrize(
    ("body", "author"),
    [
        ('<div class="byline">By Jane Doe</div>', "Jane Doe"),
        # in a part of the page the pruning removes: the next one counts
        (
            '<div class="sidebar"><span class="author">Ad Person</span></div>'
            '<p class="author">John Roe</p>',
            "John Roe",
        ),
        # something inside is pruned: the text is read without it
        ('<div class="byline">Jane <time>today</time>Doe</div>', "Jane Doe"),
        ('<div class="byline">Jane<time> today </time> Doe <figure>x</figure></div>', "Jane Doe"),
        # pruned tails join their neighbours' text
        ('<div class="byline">By Jane<span class="date">, 2 May</span> Doe</div>', "Jane Doe"),
        # rel='me' reads a child's text, which the pruning changes: "mxe" becomes "me"
        ("<span><rel>m<time>x</time>e</rel>Jane Doe</span>", "Jane Doe"),
        ('<p>No author here</p><time class="author">Jane Doe</time>', None),
        ('<figure><span class="author">Photo Person</span></figure>', None),
        ('<span class="author">Jo</span><span class="author">Jane Doe</span>', "Jane Doe"),
    ],
)
def test_odd_bylines_give_what_trafilatura_gives(body, author):
    tree = trafilatura.load_html(f"<html><body>{body}<p>Some text.</p></body></html>")
    expected = metadata.extract_author(tree)
    assert page_author.extract_author(tree) == expected
    if author is not None:
        assert expected is not None and author in expected.replace("By ", "")
