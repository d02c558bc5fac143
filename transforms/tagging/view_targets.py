"""Who a view of an act is about: the act's maker, never the one it was done to ("condemned the
attack on Ukraine" accuses no Ukraine, "the killing of Iranian scientists" no Iran), and what
a complaint heard by a forum is over ("filed a complaint with the UN Security Council over
Israeli violations": Israel, not the Council).

Consumes a sentence's lower-cased tokens and its mentions; produces whether a mention is an
act's victim, and the actor a complaint before a forum is over.
"""

from transforms.tagging.mentions import Mention, as_state
from transforms.tagging.text import words
from transforms.tagging.unrowed_acts import KIND_NOUNS

# Views of an act, whose object is the act's maker, never its victim
VIEW_KINDS = frozenset({"ACCUSE", "SUPPORT"})
# Acts done to an actor, whose "on", "against" or "of" names the one they were done to
VICTIM_KINDS = frozenset({"attack", "invasion", "seizure"})
# ... and harm done to people ("condemned the killing of Iranian scientists")
HARM_NOUNS = words(
    "killing killings massacre massacres murder murders assassination execution executions "
    "shooting kidnapping abduction deportation deportations torture persecution harassment "
    "suffering plight hardship starvation displacement"  # ("concern at the suffering of")
)
VICTIM_DETERMINERS = [[word] for word in ("the", "a", "an", "two", "three", "several")]


def victim(lowers: list[str], mention: Mention) -> bool:
    """Whether ``mention`` is what an act noun before it was done to ("said the attack on
    Ukraine was unacceptable", "Russia's invasion of Ukraine"): no target of a view of it."""
    at = mention.start - (lowers[mention.start - 1 : mention.start] in VICTIM_DETERMINERS)
    return (
        at >= 2
        and lowers[at - 1] in ("on", "against", "of")
        and (KIND_NOUNS.get(lowers[at - 2]) in VICTIM_KINDS or lowers[at - 2] in HARM_NOUNS)
    )


VICTIM_JOINS = (["and"], ["and", "the"], [","], [",", "the"], [",", "and"], [",", "and", "the"])


def without_victims(lowers: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the victims of an act noun before them and those coordinated after
    one ("condemning the attack on Germany and the Czech Republic": neither is its target)."""
    kept: list[Mention] = []
    last_victim = None
    for mention in mentions:
        if victim(lowers, mention) or (
            last_victim is not None and lowers[last_victim.end : mention.start] in VICTIM_JOINS
        ):
            last_victim = mention
        else:
            kept.append(mention)
    return kept


FORUMS = frozenset({"UNO", "ICJ", "ICC"})  # bodies that hear complaints between states
COMPLAINT_TOPICS = words("over against about regarding concerning")


def forum(mention: Mention) -> bool:
    """Whether ``mention`` names a body that hears complaints (FORUMS)."""
    return mention.actor is not None and mention.actor.country in FORUMS


def complained_of(lowers: list[str], mentions: list[Mention], end: int) -> list[Mention]:
    """The actor a complaint heard by a forum is over: right after "over" or "against" (past
    an article) within three words of the forum's name; [] if none."""
    for position in range(end, min(end + 3, len(lowers))):
        if lowers[position] in COMPLAINT_TOPICS:
            start = position + 1 + (lowers[position + 1 : position + 2] == ["the"])
            return [
                m if m.is_actor else as_state(m)  # ("over Israeli violations")
                for m in mentions
                if m.start == start and (m.is_actor or m.demonym_only) and not forum(m)
            ]
    return []
