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
from transforms.tagging.text import Sentence, words

# Verbs that take "similar measures" of one's own ("the EU imposed similar measures")
TAKING = ("imposed", "took", "adopted", "announced", "introduced", "enacted", "unveiled")
SIMILAR_RE = re.compile(r"\bsimilar \w+ by\b|\b(?:" + "|".join(TAKING) + r") similar \w+")
SIMILAR_CONFIDENCE = 0.6
# "similar steps (moves, measures, actions) by" repeats a deed, not what was said: the CAMEO
# roots of statements, appeals, disapproval, rejection and threats are passed over for it
DEED_NOUNS = words("steps step moves move measures measure actions action decisions")
SPOKEN_ROOTS = ("01", "02", "10", "11", "12", "13")
DEED_RE = re.compile(r"\bsimilar (\w+)")


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


def similar_acts(
    sentence: Sentence, sources: list[Mention], events: list[Event], target: Mention | None = None
) -> list[Event]:
    """Copies of the last asserted event with each of ``sources`` as its source; a source that
    made an act of its own before repeats that one on ``target`` ("Algeria took similar
    measures against Madrid": its recall, not France's recognition of Morocco's plan)."""
    asserted = [event for event in events if event.modality == "asserted"]
    if not asserted:
        return []
    # not the agent of a participle on the act ("the normalization between A and B, facilitated
    # by China": the normalization is the move others take similar steps to), unless it is all
    acts = [event for event in asserted if not (event.trigger_text or "").endswith(" by")]
    if (noun := DEED_RE.search(sentence.text.lower())) and noun.group(1) in DEED_NOUNS:
        deeds = [event for event in acts if not event.cameo_code.startswith(SPOKEN_ROOTS)]
        acts = deeds or acts  # "Ottawa's move followed similar actions by the US": its tariffs,
        # not its accusation said with them
    # of a reciprocal act ("normalization between A and B") the first row, A -> B
    last = (acts or asserted)[-1]
    base = next(event for event in events if event.mention_id == last.mention_id)
    copies = []
    for source in sources:
        actor = source.actor
        own = [event for event in asserted if actor and event.source_country == actor.country]
        if own and target is not None and target.actor and target.actor.country != actor.country:
            copies.append(
                _copy(sentence, own[-1], actor_columns("target", target.text, target.actor))
            )
        elif actor is not None and actor.country not in (base.source_country, base.target_country):
            copies.append(_copy(sentence, base, actor_columns("source", source.text, actor)))
    return copies


def _copy(sentence: Sentence, base: Event, side: dict[str, str | None]) -> Event:
    """``base`` said again in ``sentence`` with one side replaced."""
    source_code = side.get("source_code", base.source_code)
    target_code = side.get("target_code", base.target_code)
    return dataclasses.replace(
        base,
        event_id=stable_id(
            base.article_id,
            str(sentence.index),
            source_code,
            target_code,
            base.cameo_code,
            "similar",
        ),  # fmt: skip
        mention_id=stable_id(base.article_id, str(sentence.index), "similar"),
        **side,
        **sentence_columns(sentence, "similar steps"),
        date_is_fallback=True,
        confidence=SIMILAR_CONFIDENCE,
    )
