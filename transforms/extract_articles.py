"""ExtractArticles: raw pages in, articles out; pages without text go to the errors output.

Each article also gets its dateline ("DOHA, Feb 24 (Reuters) -"), read with the tagger's
dictionaries and geocoded offline (the ``dateline_*`` columns; null without a known dateline).
"""

import dataclasses

import apache_beam as beam
from apache_beam.metrics import Metrics

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.articles import EXTRACTION_FEED_SUMMARY, Article
from schemas.entries import RawPage
from schemas.errors import Stage
from transforms import counters, metrics
from transforms.extraction import extract_article
from transforms.failures import StageFailure, error_record
from transforms.geocoding import load_gazetteer
from transforms.outputs import with_failures
from transforms.tagging.geolocation import dateline_values
from transforms.tagging.lexicon import load_lexicon
from transforms.worker_memory import loading


class _ExtractArticleFn(beam.DoFn):
    """Run the extractor on one page; count articles, summary fallbacks and failures."""

    def __init__(self) -> None:
        self._articles = metrics.counter(counters.ARTICLES)
        self._fallbacks = Metrics.counter(counters.NAMESPACE, counters.FEED_SUMMARY_FALLBACKS)
        self._failed = metrics.counter(counters.EXTRACT_ERRORS)
        self._datelines = Metrics.counter(counters.NAMESPACE, counters.DATELINES_LOCATED)

    def setup(self) -> None:
        # Both cached per process: the tagging stage of the same worker shares them.
        with loading("ExtractArticles"):
            self._lexicon = load_lexicon()
            self._gazetteer = load_gazetteer()

    def process(self, page: RawPage):
        try:
            article = extract_article(page)
        except StageFailure as failure:
            self._failed.inc()
            yield error_record(
                Stage.EXTRACT_ARTICLES,
                failure,
                url=page.entry.link,
                feed_url=page.entry.feed_url,
                article_id=page.article_id,
            )
            return
        self._articles.inc()
        if article.extraction == EXTRACTION_FEED_SUMMARY:
            self._fallbacks.inc()
        dateline = dateline_values(
            article.text, self._lexicon, self._gazetteer, article.source_country
        )
        if dateline["dateline_lat"] is not None:
            self._datelines.inc()
        yield dataclasses.replace(article, **dateline)


class ExtractArticles(beam.PTransform):
    """Extract the article of each page.

    Returns:
        A pair of PCollections: articles (Article) and failures (ErrorRecord).
    """

    def expand(self, pages):
        return with_failures(pages, "ExtractEachArticle", _ExtractArticleFn(), Article)
