"""The warm-up builds the tagger the tagging stage would build, hands it over once, and leaves a
stage's own tagger class alone."""

import datetime

from transforms import warm_up
from transforms.tagging import Document, EventTagger

TEXT = (
    "DOHA, Feb 24 (Reuters) - Qatar's Amir Sheikh Tamim bin Hamad Al Thani received a phone "
    "call from Syrian President Bashar al-Assad on Friday."
)


def tagged(tagger: EventTagger) -> list:
    """The events of one short article, as comparable tuples."""
    document = Document("doc", TEXT, datetime.date(2023, 2, 24), "https://example.org/a")
    return [(e.cameo_code, e.source_code, e.target_code) for e in tagger.tag(document)]


def test_the_warmed_tagger_is_handed_over_once_and_tags_as_a_new_one():
    assert warm_up.start_warm_up(use_parser=False)
    assert not warm_up.start_warm_up(use_parser=False)  # one is already being built
    warmed = warm_up.take_tagger(False)
    again = warm_up.take_tagger(False)
    assert warmed is not again
    assert tagged(warmed) == tagged(again) == tagged(EventTagger())


def test_a_stage_that_builds_another_class_gets_its_own():
    class StandIn(EventTagger):
        pass

    warm_up.start_warm_up(use_parser=False)
    assert type(warm_up.take_tagger(False, StandIn)) is StandIn
    assert type(warm_up.take_tagger(False)) is EventTagger  # the warmed one was dropped
