"""TagDiplomaticEvents: articles in, event rows out. The tagger is built once per worker.

An article with no events yields nothing (it is still in the articles table); an article on
which the tagger raises becomes an error row, and the other articles go on.
"""

import apache_beam as beam
from apache_beam.metrics import Metrics

import schemas.beam_rows  # noqa: F401 (registers the records as Beam rows)
from schemas.articles import Article, article_date
from schemas.errors import ErrorKind, Stage
from schemas.events import MODALITIES, Event
from transforms import counters, metrics
from transforms.failures import StageFailure, error_record
from transforms.outputs import with_failures
from transforms.tagging import Document, EventTagger
from transforms.warm_up import start_warm_up, take_tagger
from transforms.worker_memory import loading


def article_document(article: Article) -> Document:
    """The tagger's view of an article: its text, dated by its partition date."""
    return Document(
        article_id=article.article_id,
        text=article.text,
        published=article_date(article),
        url=article.url,
        title=article.title,
    )


class _TagArticleFn(beam.DoFn):
    """Code the events of one article."""

    def __init__(self, parse_slots: bool = False) -> None:
        self._parse_slots = parse_slots
        self._events = metrics.counter(counters.EVENTS)
        self._failed = metrics.counter(counters.TAG_ERRORS)
        self._by_modality = {
            modality: Metrics.counter(counters.NAMESPACE, counters.events_with_modality(modality))
            for modality in MODALITIES
        }

    def setup(self) -> None:
        with loading("TagDiplomaticEvents"):
            self._tagger = take_tagger(self._parse_slots, EventTagger)

    def process(self, article: Article):
        try:
            events = self._tagger.tag(article_document(article))
        except Exception as exc:  # one odd article must not stop the others; the row says why
            self._failed.inc()
            failure = StageFailure(
                ErrorKind.TAGGING_FAILED, f"tagger raised {type(exc).__name__}: {exc}"
            )
            yield error_record(
                Stage.TAG_EVENTS,
                failure,
                url=article.url,
                feed_url=article.feed_url,
                article_id=article.article_id,
            )
            return
        self._events.inc(len(events))
        for event in events:
            self._by_modality[event.modality].inc()
        yield from events


class _WarmUpFn(beam.DoFn):
    """Pass elements through; start building the worker's tagger when set up."""

    def __init__(self, parse_slots: bool) -> None:
        self._parse_slots = parse_slots

    def setup(self) -> None:
        start_warm_up(self._parse_slots)

    def process(self, element):
        yield element


class WarmUpWorkers(beam.PTransform):
    """Start building each worker's tagger and extraction data (``transforms.warm_up``) as it
    sets up the stage this step is fused into, before the main stage needs them.

    Args:
        parse_slots: as TagDiplomaticEvents' (the tagger built is the one it takes).

    Returns:
        The input PCollection's elements, unchanged, with its element type.
    """

    def __init__(self, parse_slots: bool = False) -> None:
        super().__init__()
        self._parse_slots = parse_slots

    def expand(self, elements):
        return elements | "StartBuilding" >> beam.ParDo(
            _WarmUpFn(self._parse_slots)
        ).with_output_types(elements.element_type)


class TagDiplomaticEvents(beam.PTransform):
    """Tag the diplomatic events of each article.

    Args:
        parse_slots: fill an empty subject from the dependency parse (``--parse-slots``; the
            model loads once per worker, on the first sentence that needs it).

    Returns:
        A pair of PCollections: events (Event) and failures (ErrorRecord).
    """

    def __init__(self, parse_slots: bool = False) -> None:
        super().__init__()
        self._parse_slots = parse_slots

    def expand(self, articles):
        return with_failures(articles, "TagEachArticle", _TagArticleFn(self._parse_slots), Event)
