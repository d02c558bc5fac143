"""Words a trigger phrase reads through: quotation marks, a time said inside the phrase and an
adverb inside an infinitive.

Consumes a sentence's lower-cased tokens; produces the positions a pattern match skips, and the
matches found on the tokens without them mapped back onto the sentence. A phrase is one phrase
whether or not a quotation mark stands inside it ('voiced "deep concern" about') or a reporter
put the day between the verb and its complement ("threatened on Friday to seize", "agreed last
week to release", "vowed Tuesday to punish"): the patterns are written without them, and the
date is still read from the sentence, which keeps its every token.
"""

import dataclasses
from collections.abc import Callable
from typing import Any

from transforms.tagging.dates import MONTHS, WEEKDAYS
from transforms.tagging.text import words

# (a lone "'" is a headline's single quotation mark: a name's possessive one is "'s" by then)
QUOTE_TOKENS = frozenset({'"', "“", "”", "``", "''", "'", "‘"})
# Adverbs a reporter puts inside an infinitive ("threatened to totally destroy", "agreed to
# fully withdraw"): the pattern reads "to destroy"
SPLITTING_ADVERBS = words(
    "totally fully completely immediately quickly swiftly jointly formally officially "
    "significantly sharply drastically substantially unilaterally urgently gradually eventually "
    "further finally permanently temporarily effectively"
)
# What follows a time said inside a phrase: the verb's infinitive or that-clause, or the
# "with" of a meeting or call ("a phone call on Thursday with")
COMPLEMENTS = words("to that with at against before for in over about")
DAY_PARTS = words("morning afternoon evening night")
RELATIVE = words("last this next")
PERIODS = words("week weekend month year") | frozenset(WEEKDAYS)
SINGLE = words("yesterday today")
EDGES = words("earlier later")


def _time_before(lowers: list[str], end: int) -> int | None:
    """The start of a time said just before position ``end`` ("on Friday", "Tuesday night",
    "last week", "on March 3", "yesterday", "earlier on Friday"), or None."""
    start = end
    if start > 0 and lowers[start - 1] in DAY_PARTS:
        start -= 1
    if start > 0 and (
        lowers[start - 1] in WEEKDAYS or (lowers[start - 1] in SINGLE and start == end)
    ):
        start -= 1
    elif start > 1 and (
        (lowers[start - 1] in PERIODS and lowers[start - 2] in RELATIVE)
        or (lowers[start - 1].isdigit() and lowers[start - 2] in MONTHS)
    ):
        start -= 2
    elif start > 1 and lowers[start - 1] in MONTHS and lowers[start - 2] == "in":
        start -= 2  # "threatened in April to slap"
    else:
        return None
    if start > 0 and lowers[start - 1] == "on":
        start -= 1
    if start > 0 and lowers[start - 1] in EDGES:
        start -= 1
    return start


def passed_over(lowers: list[str]) -> frozenset[int]:
    """The positions a pattern reads through: quotation marks, and a time that stands between
    a word and its "to" or "that" complement."""
    skipped = {i for i, word in enumerate(lowers) if word in QUOTE_TOKENS}
    for i, word in enumerate(lowers):
        if word in COMPLEMENTS and i > 1:
            adverb = i + 1 + (lowers[i + 1 : i + 2] != [] and lowers[i + 1] in QUOTE_TOKENS)
            if (
                word == "to"
                and lowers[adverb : adverb + 1] != []
                and lowers[adverb] in SPLITTING_ADVERBS
                and lowers[adverb + 1 : adverb + 2] != []
                and lowers[adverb + 1].isalpha()
            ):
                skipped.add(adverb)  # "threatened to totally destroy", 'vowed to "totally destroy"
            start = _time_before(lowers, i)
            if start is not None and start > 0 and lowers[start - 1].isalpha():
                skipped.update(range(start, i))
    return frozenset(skipped)


def match_through(
    lowers: list[str],
    barred: frozenset[int],
    match: Callable[[list[str], frozenset[int]], list[Any]],
) -> list[Any]:
    """``match`` run on the sentence without the words it reads through, its matches (with
    ``start``, ``end`` and ``fallbacks``) mapped back onto the sentence's positions."""
    skipped = passed_over(lowers)
    if not skipped:
        return match(lowers, barred)
    kept = [i for i in range(len(lowers)) if i not in skipped]
    position = [*kept, len(lowers)]
    barred = frozenset(at for at, i in enumerate(kept) if i in barred)

    def back(found: Any) -> Any:
        return dataclasses.replace(
            found, start=position[found.start], end=position[found.end - 1] + 1
        )

    return [
        dataclasses.replace(back(found), fallbacks=tuple(back(inner) for inner in found.fallbacks))
        for found in match([lowers[i] for i in kept], barred)
    ]
