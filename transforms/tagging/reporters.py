"""Reporters: the actor whose reporting verb opens a clause ("Putin stated that Iran ...").

Consumes a sentence's lower-cased tokens, its mentions and a mention inside a reported clause;
produces the actor that reports that clause (right before its verb, or the one whose verb opens
the sentence's clause), or None, and whether the reported clause opens with an actor of the
reporter's own country. A verb coordinated after the reported clause is the reporter's
(``roles``).
"""

from transforms.tagging.mentions import Mention
from transforms.tagging.quotations import REPORTING
from transforms.tagging.text import manner_adverb


def reporter_of(lowers: list[str], mentions: list[Mention], mention: Mention) -> Mention | None:
    """The actor that reports the clause ``mention`` opens ("Putin stated that Iran ..."), or
    None when ``mention`` opens no reported clause."""
    verb = mention.start - 1
    if verb > 0 and lowers[verb] == "that":
        verb -= 1
    if verb < 1 or lowers[verb] not in REPORTING:
        return None
    end = verb
    while end > 0 and manner_adverb(lowers[end - 1]):
        end -= 1  # "Putin bluntly stated"
    return next((m for m in mentions if m.end == end and m.is_actor and not m.pronoun), None)


def reports_itself(lowers: list[str], mentions: list[Mention], reporter: Mention) -> bool:
    """Whether the clause a reporter reports opens with an actor of the reporter's own country
    ("Zelenskiy said Ukraine was ready")."""
    opening = reporter.end + (2 if lowers[reporter.end + 1 : reporter.end + 2] == ["that"] else 1)
    reported = next((m for m in mentions if m.start == opening and m.is_actor), None)
    return (
        reported is not None
        and reported.actor is not None
        and reporter.actor is not None
        and reported.actor.country == reporter.actor.country
    )


def outer_reporter(lowers: list[str], mentions: list[Mention], mention: Mention) -> Mention | None:
    """The actor whose reporting verb opens the sentence's clause around ``mention`` ("The
    ministry said the diplomat had five days to leave the country, and dismissed ..."), or None."""
    verb = next((i for i in range(1, mention.start) if lowers[i] in REPORTING), None)
    if verb is None:
        return None
    end = verb
    while end > 0 and manner_adverb(lowers[end - 1]):
        end -= 1
    return next((m for m in mentions if m.end == end and m.is_actor and not m.pronoun), None)
