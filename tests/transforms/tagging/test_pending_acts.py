"""Pending acts (``transforms.tagging.pending_acts``): the position of an act in real sentences,
and whether the sentence leaves it to come, conditioned or sought rather than done."""

import pytest

from transforms.tagging.pending_acts import (
    attempted,
    opening_ahead,
    scheduled_after_before,
    until_clause,
)
from transforms.tagging.text import tokenize


def lowered(sentence: str) -> list[str]:
    return [token.text.lower() for token in tokenize(sentence)]


def at(lowers: list[str], word: str) -> int:
    return lowers.index(word)


CASES = [
    # (test, sentence, the act's first word, expected)
    (
        scheduled_after_before,
        "The countries will discuss a security deal when Secretary of State Marco Rubio visits "
        "the country this week.",
        "visits",
        True,
    ),
    (
        scheduled_after_before,
        "The two ministers met in Mexico City when Rubio visits the region, officials said.",
        "visits",
        False,  # no "will" before the "when": no schedule said
    ),
    (
        until_clause,
        "Hezbollah declared it would continue hostilities until Israel ends its war with Hamas "
        "in Gaza.",
        "ends",
        True,
    ),
    (
        until_clause,
        "The grain deal remained in force until Russia withdrew from it in July 2023.",
        "withdrew",
        False,  # told in the past: it happened
    ),
    (
        attempted,
        "Jordan's Foreign Minister Ayman Safadi expressed appreciation for \"the significant "
        'efforts" made by Egypt, Qatar, the US, and Türkiye to reach the ceasefire deal.',
        "reach",
        True,
    ),
    (
        attempted,
        "Peace efforts have also gained momentum after arch-rivals Saudi Arabia and Iran agreed "
        "to reestablish ties in a deal brokered by China.",
        "reestablish",
        False,  # a clause of its own between the efforts and the act
    ),
    (
        opening_ahead,
        "During a bilateral meeting with Li, Yoon is expected to discuss ways to promote "
        "strategic communication.",
        "meeting",
        True,
    ),
    (
        opening_ahead,
        "During a 2018 summit meeting between then Japanese Prime Minister Shinzo Abe and Putin, "
        "the two countries reaffirmed they would carry out peace-treaty talks.",
        "meeting",
        False,  # the main clause told what was done first
    ),
]


@pytest.mark.parametrize(("test", "sentence", "word", "expected"), CASES)
def test_pending_acts(test, sentence, word, expected):
    lowers = lowered(sentence)
    assert test(lowers, at(lowers, word)) is expected
