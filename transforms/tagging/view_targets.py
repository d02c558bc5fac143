"""Who a view of an act is about: the act's maker, never the one it was done to ("condemned the
attack on Ukraine" accuses no Ukraine, "the killing of Iranian scientists" no Iran), and what
a complaint heard by a forum is over ("filed a complaint with the UN Security Council over
Israeli violations": Israel, not the Council), and whom a "said X must" asks to act.

Consumes a sentence's lower-cased tokens and its mentions; produces whether a mention is an
act's victim, the actor a complaint before a forum is over, and the obliged parties.
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


# The last word of a "said X must" pattern: X is the modal's subject, not a possessor before it
OBLIGATIONS = frozenset({"must", "should"})
NEEDS_TO = [[word, "to"] for word in ("needs", "need", "needed", "has", "have", "had", "ought")]
CLAIMING = [[word] for word in words("said says claimed claims argued argues insisted insists")]


def obliged_parties(
    lowers: list[str], found: list[Mention], start: int, end: int, subjects: list[Mention]
) -> list[Mention]:
    """Of the actors inside a "said X must (needs to)" trigger at ``start``..``end``, those asked
    to act: not a possessor ("said Syria's territorial integrity must be preserved"), not a pair
    the speaker's side belongs to when it only needs to ("said both sides need to": a duty
    shared; but "said the two neighbours should be partners" asks the other), and after a
    "that", only that clause's ("told Blinken ... that Israel must stop": on Israel, not Blinken;
    but "told Xi that China should" is on Xi's China)."""
    claims = {m.actor.country for m in found if m.actor and lowers[m.end : m.end + 1] in CLAIMING}
    found = [m for m in found if not (m.actor and m.actor.country in claims)]  # "said that China
    # claimed it needed to": China's own claim of its need, no demand on it
    own = {m.actor.country for m in subjects if m.actor} if lowers[end - 1] == "to" else set()
    shared = {(m.start, m.end) for m in found if m.actor and m.actor.country in own}
    found = [
        m for m in found if lowers[m.end : m.end + 1] != ["'s"] and (m.start, m.end) not in shared
    ]
    that = [i for i in range(start, end) if lowers[i] == "that"]
    obliged = {m.actor.country for m in found if that and m.start > that[-1] and m.actor}
    if obliged:
        found = [m for m in found if m.start > that[-1] or m.actor and m.actor.country in obliged]
    return found
