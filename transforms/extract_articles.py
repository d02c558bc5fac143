"""ExtractArticles: raw pages in, articles out; pages without text go to the errors output."""

import apache_beam as beam
from apache_beam.metrics import Metrics

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.articles import EXTRACTION_FEED_SUMMARY, Article
from schemas.entries import RawPage
from schemas.errors import Stage
from transforms import counters
from transforms.extraction import extract_article
from transforms.failures import StageFailure, error_record
from transforms.outputs import with_failures


class _ExtractArticleFn(beam.DoFn):
    """Run the extractor on one page; count articles, summary fallbacks and failures."""

    def __init__(self) -> None:
        self._articles = Metrics.counter(counters.NAMESPACE, counters.ARTICLES)
        self._fallbacks = Metrics.counter(counters.NAMESPACE, counters.FEED_SUMMARY_FALLBACKS)
        self._failed = Metrics.counter(counters.NAMESPACE, counters.EXTRACT_ERRORS)

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
        yield article


class ExtractArticles(beam.PTransform):
    """Extract the article of each page.

    Returns:
        A pair of PCollections: articles (Article) and failures (ErrorRecord).
    """

    def expand(self, pages):
        return with_failures(pages, "ExtractEachArticle", _ExtractArticleFn(), Article)
