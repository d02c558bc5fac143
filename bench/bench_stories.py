"""The cost of the stories stage (GroupStories + ClusterEvents) in isolation, against extraction.

Extracts the 181 benchmark pages once (timed: the extraction floor), tags them, and makes
``--copies`` copies of every article and its events under distinct URLs and ids (as ``make
bench`` does: 10 copies = 1,810 articles, each story republished by 10 "sites"). Then times
(1) the plain functions: sketching every article and the whole grouping in one process, and
(2) the Beam stage on the local FnApiRunner, one worker: beam.Create -> GroupStories ->
ClusterEvents, minus the same pipeline's Create alone. Prints figures; asserts nothing.
Usage: python -m bench.bench_stories [--copies N]
"""

import argparse
import contextlib
import dataclasses
import datetime
import gzip
import time

import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions

from bench.corpus import corpus_dir, page_ids
from schemas.articles import Article
from schemas.entries import ORIGIN_OPERATOR, FeedEntry, RawPage
from schemas.events import Event
from transforms.cluster_events import ClusterEvents
from transforms.extraction import extract_article
from transforms.failures import StageFailure, stable_id
from transforms.group_stories import GroupStories
from transforms.stories.grouping import group_sketches, sketch_article
from transforms.tag_events import article_document
from transforms.tagging import EventTagger

NOW = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)


def extracted_pages() -> tuple[list[Article], float]:
    """Every benchmark page extracted once, and the seconds extraction took."""
    articles, seconds = [], 0.0
    for page_id in page_ids():
        body = gzip.decompress((corpus_dir() / "html" / f"{page_id}.html.gz").read_bytes())
        link = f"file:///bench/copy000/{page_id}.html"
        entry = FeedEntry(link=link, origin=ORIGIN_OPERATOR)
        page = RawPage(entry, stable_id(link), link, link, body, NOW)
        start = time.perf_counter()
        with contextlib.suppress(StageFailure):  # pages without text are errors, not articles
            articles.append(extract_article(page))
        seconds += time.perf_counter() - start
    return articles, seconds


def copies_of(
    articles: list[Article], events: list[Event], copies: int
) -> tuple[list[Article], list[Event]]:
    """``copies`` copies of the articles and their events, each under its own URL and ids."""
    all_articles, all_events = [], []
    for copy in range(copies):
        ids = {}
        for article in articles:
            url = article.url.replace("copy000", f"copy{copy:03d}")
            ids[article.article_id] = stable_id(url)
            all_articles.append(
                dataclasses.replace(
                    article, url=url, canonical_url=url, article_id=ids[article.article_id]
                )
            )
        for event in events:
            article_id = ids[event.article_id]
            all_events.append(
                dataclasses.replace(
                    event, article_id=article_id, event_id=stable_id(article_id, event.event_id)
                )
            )
    return all_articles, all_events


def time_pipeline(articles: list[Article], events: list[Event], with_stage: bool) -> float:
    """Seconds for one local pipeline over the articles and events, with or without the stage."""
    options = PipelineOptions(runner="FnApiRunner")
    start = time.perf_counter()
    with beam.Pipeline(options=options) as pipeline:
        created = pipeline | "Articles" >> beam.Create(articles).with_output_types(Article)
        tagged = pipeline | "Events" >> beam.Create(events).with_output_types(Event)
        if with_stage:
            articles_out, stories, sketches, _ = created | GroupStories(NOW)
            events_out, clusters, _ = (tagged, sketches) | ClusterEvents(NOW)
            outputs = (articles_out, events_out)
        else:
            outputs = (created, tagged)
        for n, pcoll in enumerate(outputs):
            _ = pcoll | f"Count{n}" >> beam.combiners.Count.Globally()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    copies = parser.parse_args().copies
    articles, extraction = extracted_pages()
    tagger = EventTagger()
    events = [e for a in articles for e in tagger.tag(article_document(a))]
    all_articles, all_events = copies_of(articles, events, copies)
    extraction_all = extraction * copies
    start = time.perf_counter()
    sketches = [sketch_article(article, NOW) for article in all_articles]
    sketching = time.perf_counter() - start
    start = time.perf_counter()
    placed = group_sketches(sketches)
    grouping = time.perf_counter() - start
    with_stage = time_pipeline(all_articles, all_events, True)
    without = time_pipeline(all_articles, all_events, False)
    stage = with_stage - without
    n = len(all_articles)
    print(f"articles {n}, events {len(all_events)}, stories {len({s.story_id for s in placed})}")
    print(f"extraction      {extraction_all:7.2f} s  ({extraction_all / n * 1000:.1f} ms/article)")
    print(f"sketching       {sketching:7.2f} s  ({sketching / extraction_all:.1%} of extraction)")
    print(f"grouping        {grouping:7.2f} s  ({grouping / extraction_all:.1%} of extraction)")
    print(
        f"Beam stage      {stage:7.2f} s  ({stage / extraction_all:.1%} of extraction; pipeline "
        f"{with_stage:.2f} s with it, {without:.2f} s without)"
    )


if __name__ == "__main__":
    main()
