"""Events said as nouns (``nominals.py``): a demonym or a country modifying the noun is its
agent; a clause subject is the agent only when no other verb takes the noun as its object; the
verb that governs a possessed event noun is an event too; compiled CAMEO phrases repeated with
two codes in one block go to the verb the coder named. Unit sentences, data-driven: each gives
exactly the listed (source, target, PLOVER type, modality) rows."""

import pytest

from tests.transforms.tagging.helpers import tag, triples
from transforms.tagging import EventTagger

CASES = [
    ("US sanctions on Iran took effect on Monday.", {("USA", "IRN", "SANCTION", "asserted")}),
    (
        "New European Union sanctions against Russia were announced on Friday.",
        {("EUR", "RUS", "SANCTION", "asserted")},
    ),
    (
        "Chinese support for Russia has worried Washington.",
        {("CHN", "RUS", "SUPPORT", "asserted")},
    ),
    ("Chinese threats against Taiwan have grown.", {("CHN", "TWN", "THREATEN", "asserted")}),
    ("US military aid to Ukraine reached $40 billion.", {("USA", "UKR", "AID", "asserted")}),
    (
        "Russia condemned US aid to Ukraine.",
        {("RUS", "USA", "ACCUSE", "asserted"), ("USA", "UKR", "AID", "asserted")},
    ),
    (
        "Washington criticised Beijing's sanctions on Lithuania.",
        {("USA", "CHN", "ACCUSE", "asserted"), ("CHN", "LTU", "SANCTION", "asserted")},
    ),
    ("Spain's recognition of Palestine angered Israel.", {("ESP", "PSE", "SUPPORT", "asserted")}),
    # the noun is what the verb acts on: whose support or criticism it is, the sentence does not say
    ("China criticised support for Ukraine from Western countries.", set()),
    ("The EU lifted sanctions on Iran.", {("EUR", "IRN", "RETREAT", "asserted")}),
    ("Russia has evaded Western sanctions on its oil.", set()),
    ("Poland called for sanctions against Belarus.", {("POL", "BLR", "THREATEN", "asserted")}),
    # a possessive after the verb names the agent again
    (
        "Trump released the transcript of his July 25th call with Ukrainian president Zelensky.",
        {("USA", "UKR", "CONSULT", "asserted")},
    ),
    # "against" further on names the target; a proxy's "in" is no place
    (
        "The Canadian government announced asset freezes and bans on travel to Canada against "
        "four senior officers in the Russian military.",
        {("CAN", "RUS", "SANCTION", "asserted")},
    ),
    # a blocked act did not happen
    ("Hungary blocked EU aid to Ukraine.", {("EUR", "UKR", "AID", "negated")}),
    # nor did a visit or meeting its owner postponed or called off (a gerund after "its" is
    # the noun), nor one an aside separates from "was postponed"
    ("Blinken postponed his trip to China.", {("USA", "CHN", "CONSULT", "negated")}),
    ("Blinken called off his trip to China.", {("USA", "CHN", "CONSULT", "negated")}),
    (
        "Iran postponed its meeting with the United States.",
        {("IRN", "USA", "CONSULT", "negated")},
    ),
    (
        "Blinken's trip to China, planned for February, was postponed.",
        {("USA", "CHN", "CONSULT", "negated")},
    ),
    (
        "A meeting between Putin and Xi, the first since the war began, is expected in May.",
        {("RUS", "CHN", "CONSULT", "hypothetical"), ("CHN", "RUS", "CONSULT", "hypothetical")},
    ),
    # (a trip set off on is made)
    ("Xi set off on his trip to Moscow on Monday.", {("CHN", "RUS", "CONSULT", "asserted")}),
    # an apposed "the first by X to Y" names a visit's guest and host
    (
        "The visit, the first by a Chinese head of state to Russia since the invasion, lasted "
        "three days.",
        {("CHN", "RUS", "CONSULT", "asserted")},
    ),
    # the demonym of a received act is its source
    (
        "The United States faced stiff international and Palestinian criticism on Tuesday.",
        {("PSE", "USA", "ACCUSE", "asserted")},
    ),
    ("The plan faced criticism.", set()),
    # attributions of blame and charges
    ("Ukraine says Russia was behind the attack.", {("UKR", "RUS", "ACCUSE", "asserted")}),
    (
        "The US charged two Chinese nationals with spying.",
        {("USA", "CHN", "ACCUSE", "asserted")},
    ),
    ("The Taliban freed an American hostage.", {("AFG", "USA", "RETREAT", "asserted")}),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_event_nouns(
    tagger: EventTagger, sentence: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert triples(tag(tagger, sentence)) == expected


def test_a_contested_cameo_phrase_goes_to_the_verb_its_comment_names(tagger: EventTagger) -> None:
    """CAMEO.2.0 lists "- * SANCTIONS" under VERBAL_CONFLICT twice: [040] # DEBATE and [052] #
    OPPOSE. Opposing sanctions on X defends X; it is no consultation."""
    found = triples(tag(tagger, "Germany opposed the sanctions on China."))
    assert found == {("DEU", "CHN", "SUPPORT", "asserted")}
