"""TagDiplomaticEvents on the local runner: the seed article in, typed Event rows out."""

import datetime
from pathlib import Path

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from schemas.articles import Article
from schemas.events import Event
from transforms.tag_events import TagDiplomaticEvents

SEED = Path(__file__).parents[2] / "seeds" / "000_e98102ffc2b876f6.txt"


def seed_article() -> Article:
    published = datetime.datetime(2023, 2, 24, 16, 40, tzinfo=datetime.timezone.utc)
    return Article(
        article_id="seed",
        url="https://example.org/article.html",
        canonical_url="https://example.org/article.html",
        feed_url=None,
        feed_name=None,
        source_name=None,
        source_country=None,
        title="Qatar's Amir receives call from Syrian president",
        author=None,
        published_at=published,
        date_source="feed",
        fetched_at=published,
        language="en",
        text=SEED.read_text(encoding="utf-8"),
        word_count=600,
        content_sha256="0" * 64,
        extraction="trafilatura",
    )


def test_pipeline_tags_the_seed_with_typed_rows(pipeline_factory):
    with pipeline_factory() as pipeline:
        events, failures = pipeline | beam.Create([seed_article()]) | TagDiplomaticEvents()
        assert events.element_type is Event
        calls = (
            events
            | beam.Filter(lambda event: event.cameo_code == "041")
            | beam.Map(lambda e: (e.source_code, e.target_code, e.modality, e.event_date))
        )
        assert_that(
            calls,
            equal_to([("SYRGOV", "QATGOV", "asserted", datetime.date(2023, 2, 24))]),
            label="PhoneCall",
        )
        assert_that(failures, equal_to([]), label="NoFailures")
