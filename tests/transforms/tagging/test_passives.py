"""Acts told in the passive of a verb and its object noun (``transforms/tagging/passives.py``).
Unit sentences, data-driven: each sentence and the rows it must give."""

import pytest

from tests.transforms.tagging.helpers import tag, triples
from transforms.tagging.passives import PassiveForm, gap_fits, passive_spec
from transforms.tagging.pattern_files import _forms, _group_items, load_irregular_verbs

CASES = [
    (
        "Sanctions were imposed on Iran by the United States.",
        {("USA", "IRN", "SANCTION", "asserted")},
    ),
    (
        "New tariffs imposed on China by the United States took effect on Monday.",
        {("USA", "CHN", "SANCTION", "asserted")},
    ),
    (
        "The sanctions that the European Union imposed on Russia last year remain.",
        {("EUR", "RUS", "SANCTION", "asserted")},
    ),
    (
        "Sanctions against Belarus were tightened by Poland.",
        {("POL", "BLR", "SANCTION", "asserted")},
    ),
    (
        "An agreement was signed by Israel and the United Arab Emirates on Tuesday.",
        # as the active "signed an agreement with" gives (CAMEO 057)
        {("ISR", "ARE", "SUPPORT", "asserted"), ("ARE", "ISR", "SUPPORT", "asserted")},
    ),
    # a passive-shaped pattern reads the passive itself; an active one's target named inside
    # it is the one it is done to when the agent stands there
    ("Iran was hit by new EU sanctions.", {("EUR", "IRN", "SANCTION", "asserted")}),
    ("Iran was hit with new sanctions by the EU.", {("EUR", "IRN", "SANCTION", "asserted")}),
    # an opening participle's agent is no subject reached through a pronoun (whose doubt
    # took the row below the floor)
    (
        "Supported by Russia, Syria's government retook Aleppo.",
        {("RUS", "SYR", "SUPPORT", "asserted")},
    ),
    # by whom, the sentence does not say: no event
    ("Sanctions were imposed on Iran last year.", set()),
    # negated or conditional
    ("No sanctions were imposed on Iran by the United States.", set()),
    ("Sanctions were not imposed on Iran by the United States.", set()),
    (
        "Sanctions could be imposed on Iran by the United States.",
        {("USA", "IRN", "SANCTION", "hypothetical")},
    ),
    # two clauses that happen to hold the words
    (
        "Sanctions hurt Russia, which imposed a ban on Georgia.",
        {("RUS", "GEO", "SANCTION", "asserted")},
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_passive_acts(tagger, text, expected):
    events = [e for e in tag(tagger, text) if e.modality != "negated"]
    assert triples(events) == expected


def _derived(pattern: str, **spec) -> tuple[dict, PassiveForm] | None:
    irregular = load_irregular_verbs()
    participles = frozenset(forms[-2] for forms in irregular.values() if len(forms) >= 4)
    spec = {"id": "x", "cameo": "163", "source": "subject", "target": "object", **spec}
    spec["pattern"] = pattern
    return passive_spec(spec, _group_items(pattern), lambda i: _forms(i, irregular), participles)


def test_only_a_verb_and_its_object_noun_have_a_passive():
    derived = _derived("{impose}|{give} *3 sanctions on")
    assert derived is not None
    spec, form = derived
    assert spec["pattern"] == "sanctions *5 imposed|given [on]" and spec["id"] == "x:passive"
    assert form.participles == {"imposed", "given"} and form.prepositions == {"on"}
    assert _derived("{lash} out at") is None  # a phrasal verb
    assert _derived("{travel} to") is None  # no object noun
    assert _derived("{be} visiting") is None  # a verb group
    assert _derived("{impose} *3 sanctions on", nominal=True) is None
    assert _derived("{receive} *3 aid from", source="object", target="subject") is None
    # a hyphenated noun is a word: it once cost the whole pattern its passive
    assert _derived("{impose} *3 sanctions|counter-sanctions on") is not None


def test_what_may_stand_between_the_noun_and_the_participle():
    _, form = _derived("{impose} *3 sanctions on")

    def fits(text: str) -> bool:
        lowers = text.split()
        return gap_fits(lowers, 0, len(lowers), form)

    assert fits("sanctions imposed on")
    assert fits("sanctions have also been imposed on")
    assert fits("sanctions that the eu imposed on")
    assert fits("sanctions , which the eu has imposed on")
    assert not fits("sanctions have imposed on")  # no form of "be": not a passive
    assert not fits("sanctions hurt russia , which imposed")
    assert not fits("sanctions were not imposed on")
