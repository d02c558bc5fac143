"""The stories test corpus, built from the extraction benchmark's real pages (tests/resources/
article-extraction-benchmark): some stories republished by two other sites under their own
templates, as wire copy is, plus every other page as a distinct article.

For each republished story: the original page (its own site's template) at T; a copy trimmed
to about 70% of its words with a title suffix at T+2h (template "mirror"); and a copy with an
editor's note on top and two added paragraphs at the end at T+5h (template "syndicate"). Every
copy goes through the real extractor, so template leftovers count as they would in a run.
"""

import datetime
import functools
import gzip
import html
import json
import pathlib

from schemas.articles import Article
from schemas.entries import ORIGIN_FEED, FeedEntry, RawPage
from schemas.events import Event
from seeds import seed_path
from tests.pipelines.test_batch import table
from transforms.extraction import extract_article
from transforms.urls import article_id_for, canonical_url

BENCHMARK = pathlib.Path(__file__).parent / "resources" / "article-extraction-benchmark"
REPUBLISHED = 40  # stories republished by two other sites (the first pages of 150+ words)
MIN_WORDS = 150  # shorter pages only appear as distinct articles
KEPT_SHARE = 0.7  # a trimmed copy keeps this share of the words, by whole paragraphs
T0 = datetime.datetime(2024, 3, 1, 6, 0, tzinfo=datetime.timezone.utc)

TEMPLATE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title><meta property="og:site_name" content="{site}"></head><body>
<div class="cookie-consent"><p>We use cookies to improve your experience and show personalised
advertising. By clicking Accept all you agree to our use of cookies.</p><button>Accept all
</button></div>
<header><a class="logo" href="/">{site}</a><nav><ul><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/tech">Technology</a></li>
<li><a href="/opinion">Opinion</a></li></ul></nav></header>
<main><article><h1>{title}</h1><p class="byline">By {site} staff</p>
<div class="story-body">{paragraphs}</div></article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/a">Markets slip as rates stay high
</a></li><li><a href="/b">Storm warnings issued along the coast</a></li></ul></aside></main>
<footer><p>&copy; 2024 {site}. All rights reserved.</p><a href="/privacy">Privacy</a>
<a href="/terms">Terms</a><form><input placeholder="Sign up for our newsletter"></form></footer>
</body></html>"""

EDITORS_NOTE = (
    "Editor's note: this article was first published by a partner outlet and is republished "
    "here under a content-sharing agreement. It has been updated with additional reporting."
)
ADDED = (
    "Officials did not immediately respond to requests for comment on Tuesday, and it was not "
    "clear when further details would be released to the public.",
    "Additional reporting by our correspondents. This story has been updated throughout with "
    "new information as it became available.",
)


def ground_truth() -> dict[str, dict]:
    """The benchmark's ground truth: {page id: {articleBody, url}}."""
    return json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))


def paragraphs(body: str) -> list[str]:
    """The body's paragraphs; a body of few paragraphs is cut at sentences instead."""
    parts = [p.strip() for p in body.split("\n") if p.strip()]
    if len(parts) < 4:
        parts = [s.strip() + "." for s in " ".join(parts).split(". ") if s.strip()]
    return parts


def trimmed(parts: list[str]) -> list[str]:
    """The first paragraphs, up to about KEPT_SHARE of the words."""
    total, kept, words = sum(len(p.split()) for p in parts), [], 0
    for part in parts:
        if kept and words + len(part.split()) > KEPT_SHARE * total:
            break
        kept.append(part)
        words += len(part.split())
    return kept


def page_html(site: str, title: str, parts: list[str]) -> bytes:
    """A page of one site's template with the given paragraphs."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in parts)
    return TEMPLATE.format(site=site, title=html.escape(title), paragraphs=body).encode("utf-8")


def extracted(link: str, body: bytes, published: datetime.datetime) -> Article:
    """The article the real extractor makes of a page."""
    canonical = canonical_url(link)
    entry = FeedEntry(link=link, origin=ORIGIN_FEED, feed_url=link, published_at=published)
    return extract_article(
        RawPage(
            entry=entry,
            article_id=article_id_for(canonical),
            canonical_url=canonical,
            final_url=link,
            body=body,
            fetched_at=published,
        )
    )


@functools.cache
def corpus() -> tuple[tuple[Article, str], ...]:
    """(article, true story label) for every article of the corpus; the label is the page id."""
    truth = ground_truth()
    ids = sorted(truth)
    long_enough = [i for i in ids if len(truth[i]["articleBody"].split()) >= MIN_WORDS]
    republished = set(long_enough[:REPUBLISHED])
    articles = []
    for n, page_id in enumerate(ids):
        at = T0 + datetime.timedelta(minutes=37 * n)
        body = gzip.decompress((BENCHMARK / "html" / f"{page_id}.html.gz").read_bytes())
        articles.append((extracted(truth[page_id]["url"], body, at), page_id))
        if page_id not in republished:
            continue
        parts = paragraphs(truth[page_id]["articleBody"])
        title = articles[-1][0].title or "Untitled"
        copies = (
            ("mirror", f"{title} | The Wire Mirror", trimmed(parts), 2),
            ("syndicate", title, [EDITORS_NOTE, *parts, *ADDED], 5),
        )
        for site, copy_title, copy_parts, hours in copies:
            link = f"https://www.{site}.example/news/{page_id[:12]}.html"
            copy = page_html(site.title(), copy_title, copy_parts)
            articles.append((extracted(link, copy, at + datetime.timedelta(hours=hours)), page_id))
    return tuple(articles)


def pairwise_scores(labels: list[str], predicted: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping against the true one."""
    true_pairs, predicted_pairs = set(), set()
    for i in range(len(labels)):
        for j in range(i + 1, len(labels)):
            if labels[i] == labels[j]:
                true_pairs.add((i, j))
            if predicted[i] == predicted[j]:
                predicted_pairs.add((i, j))
    both = len(true_pairs & predicted_pairs)
    precision = both / len(predicted_pairs) if predicted_pairs else 1.0
    recall = both / len(true_pairs) if true_pairs else 1.0
    return precision, recall


# The seed story on several sites, for pipeline runs: the seed page itself, two republished
# copies (trimmed with a title suffix; an editor's note and an added paragraph), and another
# outlet's own story of the same call (tests/resources/stories/assad_call_rewrite.txt).
SEED_SITES = {
    # site: (publication time in the feed, how the page is made)
    "gulf-dispatch": ("Fri, 24 Feb 2023 16:40:00 GMT", "seed"),
    "wire-mirror": ("Fri, 24 Feb 2023 18:10:00 GMT", "trimmed"),
    "syndicate": ("Fri, 24 Feb 2023 21:30:00 GMT", "extended"),
    "levant-post": ("Sat, 25 Feb 2023 07:15:00 GMT", "rewrite"),
}
REWRITE = pathlib.Path(__file__).parent / "resources" / "stories" / "assad_call_rewrite.txt"


def seed_site(root: pathlib.Path, site: str) -> pathlib.Path:
    """One site of SEED_SITES as a folder with its page and its feed; return the feed."""
    published, kind = SEED_SITES[site]
    folder = root / site
    folder.mkdir(parents=True, exist_ok=True)
    title = "Qatar's Amir receives phone call from Syrian President Assad"
    lines = [
        line.strip()
        for line in seed_path("000_e98102ffc2b876f6.txt").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if kind == "seed":
        body = seed_path("article.html").read_bytes()
    elif kind == "trimmed":
        body = page_html(site, f"{title} | Wire Mirror", trimmed(lines))
    elif kind == "extended":
        body = page_html(site, title, [EDITORS_NOTE, *lines, ADDED[0]])
    else:
        text = REWRITE.read_text(encoding="utf-8")
        body = page_html(site, "Assad and Qatar's emir speak by phone", text.splitlines())
    (folder / "story.html").write_bytes(body)
    feed = folder / "feed.xml"
    item = (
        f"<title>{html.escape(title)}</title><link>story.html</link><pubDate>{published}</pubDate>"
    )
    feed.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{site}</title>'
        f"<item>{item}</item></channel></rss>",
        encoding="utf-8",
    )
    return feed


def coded_event(
    event_id: str,
    event_date: datetime.date,
    *,
    article_id: str = "article",
    source: str | None = "SYR",
    target: str | None = "QAT",
    plover_type: str = "CONSULT",
    modality: str = "asserted",
) -> Event:
    """An events row with the fields clustering reads, the others plausible."""
    return Event(
        event_id=event_id,
        article_id=article_id,
        mention_id=event_id,
        url=f"https://example.com/{article_id}",
        article_date=event_date,
        event_date=event_date,
        date_precision="day",
        date_text=None,
        date_is_fallback=False,
        source_text="Syria",
        source_name=None,
        source_country=source,
        source_sector=None,
        source_code=None,
        target_text="Qatar",
        target_name=None,
        target_country=target,
        target_sector=None,
        target_code=None,
        plover_type=plover_type,
        plover_mode=None,
        cameo_code="040",
        cameo_root="04",
        quad_class=1,
        goldstein=1.0,
        modality=modality,
        trigger_text="called",
        sentence=f"Sentence of {event_id}.",
        sentence_index=0,
        char_start=0,
        char_end=10,
        location_name=None,
        location_country=None,
        location_source=None,
        confidence=0.9,
        tagger_version="test",
    )


def plain_article(article_id: str, url: str, text: str, published: datetime.datetime) -> Article:
    """An articles row with the given text, as extraction would make it."""
    return Article(
        article_id=article_id,
        url=url,
        canonical_url=url,
        feed_url=None,
        feed_name=None,
        source_name=None,
        source_country=None,
        title=f"Title of {article_id}",
        author=None,
        published_at=published,
        date_source="feed",
        fetched_at=published,
        language="en",
        text=text,
        word_count=len(text.split()),
        content_sha256="0" * 64,
        extraction="trafilatura",
    )


CALL = ("SYR", "QAT", "CONSULT")  # the seed story's phone call: source, target, PLOVER type


def call_clusters(output) -> list[dict]:
    """The event_clusters rows of the Syria -> Qatar phone call."""
    return [
        row
        for row in table(output, "event_clusters")
        if (row["source_country"], row["target_country"], row["plover_type"]) == CALL
    ]


def comparable(output) -> dict[str, list]:
    """What must agree between runs: the two rewritten tables whole, and the ids."""
    return {
        "stories": sorted(tuple(sorted(r.items())) for r in table(output, "stories")),
        "event_clusters": sorted(tuple(sorted(r.items())) for r in table(output, "event_clusters")),
        "articles": sorted((a["article_id"], a["story_id"]) for a in table(output, "articles")),
        "events": sorted((e["event_id"], e["event_cluster_id"]) for e in table(output, "events")),
    }
