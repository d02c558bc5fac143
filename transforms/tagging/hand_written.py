"""Hand-written matches over compiled ones: where a PETRARCH pattern and a hand-written one
match the same words, the hand-written code and mode are the project's convention.

Consumes a trigger match kept by ``patterns`` with the shorter matches inside it (its
fallbacks); produces the match to try first (``prefer_hand_written``) and, when a hand-written
act replaced a compiled span that a hand-written request opened, that request as a match of its
own (``request_frame``); whether a hand-written verb match and the event noun it ends inside
are both kept (``verb_of_noun``); and the call named inside a longer act's span, read as an act
of its own once that act is read (``told_in_call``).
"""

import dataclasses
from typing import TYPE_CHECKING

from transforms.tagging.false_triggers import literal_words
from transforms.tagging.taxonomy import plover_for_cameo
from transforms.tagging.text import words

if TYPE_CHECKING:
    from transforms.tagging.patterns import Pattern, TriggerMatch

CALL_WORDS = words("call conversation")  # what a call's pattern names (not the verb "calls")


def prefer_hand_written(match: "TriggerMatch") -> "TriggerMatch":
    """A compiled match gives way to a hand-written one at the same word with the same PLOVER
    type: the hand-written code and mode are the project's convention ("expelled 40 Russian
    diplomats" is 166, not PETRARCH's 161); the compiled match stays as its first fallback."""
    if not match.patterns[0].compiled:
        return match
    inner = next(
        (m for m in match.fallbacks if m.start == match.start and not m.patterns[0].compiled), None
    )  # the longest hand-written match at the same word
    types = {plover_for_cameo(pattern.cameo) for pattern in match.patterns}
    if inner is None or not any(plover_for_cameo(p.cameo) in types for p in inner.patterns):
        # a hand-written act that ends the compiled span is what was agreed, promised or
        # asked to be done ("agreed to lift the sanctions on Iran" is no sanction)
        inner = next(
            (m for m in match.fallbacks if m.end == match.end and not m.patterns[0].compiled),
            None,
        )
        if inner is None:
            return match
    rest = tuple(other for other in match.fallbacks if other is not inner)
    return dataclasses.replace(inner, fallbacks=(dataclasses.replace(match, fallbacks=()), *rest))


def request_frame(match: "TriggerMatch") -> "TriggerMatch | None":
    """The hand-written request that opened the compiled span a hand-written act replaced
    ("demanded that Japan impose sanctions on": the demand is a match of its own too)."""
    frame = match.fallbacks[0] if match.fallbacks else None
    if match.patterns[0].compiled or frame is None or not frame.patterns[0].compiled:
        return None
    return next(
        (
            dataclasses.replace(other, fallbacks=())
            for other in match.fallbacks[1:]
            if other.start == frame.start < match.start
            and other.end <= match.start
            and not other.patterns[0].compiled
            and any(plover_for_cameo(p.cameo) == "REQUEST" for p in other.patterns)
        ),
        None,
    )


def verb_of_noun(verb: "TriggerMatch", noun: "TriggerMatch") -> bool:
    """Whether hand-written ``verb`` ends inside hand-written event noun ``noun`` that it
    takes as its object: both are read ("denied accusations by Sudan's army that it arms the
    RSF" is a denial and the army's accusation)."""
    return (
        verb.start < noun.start < verb.end < noun.end
        and not verb.patterns[0].compiled
        and all(pattern.nominal for pattern in noun.patterns)
    )


def told_in_call(
    read: "TriggerMatch", fallbacks: tuple["TriggerMatch", ...], pattern: "Pattern"
) -> "TriggerMatch | None":
    """The match of a call inside the span of an act ``read`` with ``pattern`` that is no call
    ("told Macron in a phone call that Ukraine was committing war crimes": the accusation, and
    the call), to read as an act of its own; None when there is none."""
    if plover_for_cameo(pattern.cameo) == "CONSULT":
        return None
    return next(
        (
            match
            for match in fallbacks
            if read.start <= match.start
            and match.end < read.end
            and any(
                plover_for_cameo(p.cameo) == "CONSULT" and CALL_WORDS & literal_words(p.body)
                for p in match.patterns
            )
        ),
        None,
    )
