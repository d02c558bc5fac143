"""Acts said to repeat an earlier one: "similar steps by the UAE and Bahrain", "the EU imposed
similar measures".

Consumes a sentence with its mentions and the article's events so far; produces, for each
actor named after "similar steps|moves|measures by" (or the subject of "imposed similar
measures"), a copy of
the article's last asserted event with that actor as its source: the same type, code and
target (of a reciprocal act, its first row). "The normalization of relations between Saudi
Arabia and Syria ... This move, along with similar steps by the United Arab Emirates and
Bahrain" gives UAE -> Syria and Bahrain -> Syria. The text does not date the similar steps: the
copy's date is a fallback (the story's date, flagged), and its confidence is lower
(``SIMILAR_CONFIDENCE``).
"""

import dataclasses
import re

from schemas.events import Event
from transforms.failures import stable_id
from transforms.tagging.event_rows import actor_columns, sentence_columns
from transforms.tagging.mentions import Mention
from transforms.tagging.text import Sentence

# Verbs that take "similar measures" of one's own ("the EU imposed similar measures")
TAKING = ("imposed", "took", "adopted", "announced", "introduced", "enacted", "unveiled")
SIMILAR_RE = re.compile(r"\bsimilar \w+ by\b|\b(?:" + "|".join(TAKING) + r") similar \w+")
SIMILAR_CONFIDENCE = 0.6


def similar_by(lowers: list[str]) -> int | None:
    """The token index just after "similar steps by", or None."""
    for index in range(len(lowers) - 2):
        if lowers[index] == "similar" and lowers[index + 2] == "by":
            return index + 3
    return None


def similar_taken(lowers: list[str]) -> int | None:
    """The index of the verb in "imposed (took) similar measures", whose subject repeats the
    last act, or None."""
    for index in range(1, len(lowers) - 1):
        if lowers[index] == "similar" and lowers[index - 1] in TAKING:
            return index - 1
    return None


def similar_acts(sentence: Sentence, sources: list[Mention], events: list[Event]) -> list[Event]:
    """Copies of the last asserted event with each of ``sources`` as its source."""
    last = next((event for event in reversed(events) if event.modality == "asserted"), None)
    if last is None:
        return []
    # of a reciprocal act ("normalization between A and B") the first row, A -> B
    base = next(event for event in events if event.mention_id == last.mention_id)
    copies = []
    for source in sources:
        actor = source.actor
        if actor is None or actor.country in (base.source_country, base.target_country):
            continue
        copies.append(
            dataclasses.replace(
                base,
                event_id=stable_id(
                    base.article_id,
                    str(sentence.index),
                    actor.code,
                    base.target_code,
                    base.cameo_code,
                    "similar",
                ),  # fmt: skip
                mention_id=stable_id(base.article_id, str(sentence.index), "similar"),
                **actor_columns("source", source.text, actor),
                **sentence_columns(sentence, "similar steps"),
                date_is_fallback=True,
                confidence=SIMILAR_CONFIDENCE,
            )
        )
    return copies
