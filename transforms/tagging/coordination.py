"""Coordination: the actors that "and" and commas join to a mention ("Egypt, Qatar and the
United States", "the two countries").

Consumes a sentence's lower-cased tokens, its mentions and one mention; produces the group of
mentions coordinated with it to the left or the right. A comma run that no "and" closes is no
list (an apposition); a preposition or a verb between two actors ends the group.
"""

from transforms.tagging.lexicon import DYAD_JOINER
from transforms.tagging.mentions import Mention
from transforms.tagging.text import words

COORDINATOR_WORDS = words(", and the a an his her its their some several other many") | {
    DYAD_JOINER
}


def _coordination(gap: list[str]) -> bool:
    """Whether the words between two mentions join them ("A, B and the C", "A and his B")."""
    return (
        0 < len(gap) <= 3 and gap[0] in (",", "and", DYAD_JOINER) and set(gap) <= COORDINATOR_WORDS
    )


def _closes_list(gap: list[str]) -> bool:
    """Whether the words before a list's last item close it ("and", "or"): "A, B" alone is
    rarely a list in news ("... to Russia, EU foreign policy chief Josep Borrell said")."""
    return "and" in gap or "or" in gap or gap == [DYAD_JOINER]


# What closes a list after its last named item: "Saudi Arabia, Bahrain and other neighbours"
OPEN_TAILS = words("other several some many more allied")


def coordinated_left(lowers: list[str], mentions: list[Mention], last: Mention) -> list[Mention]:
    """``last`` with the actors joined to it on the left ("A, B and C", "A, B and other
    neighbours")."""
    group = [last]
    open_tail = _open_tail(lowers, last)
    index = mentions.index(last)
    while index > 0 and _twins(mentions[index - 1], last):  # "the two countries"
        group.insert(0, mentions[index - 1])
        index -= 1
    while index > 0:
        left = mentions[index - 1]
        gap = lowers[left.end : group[0].start]
        if not left.is_actor or not _coordination(gap):
            break
        if len(group) == 1 and not _closes_list(gap) and not open_tail:
            break
        group.insert(0, left)
        index -= 1
    return group


def _open_tail(lowers: list[str], last: Mention) -> bool:
    """Whether an open tail closes the list after ``last`` ("..., Bahrain and other
    neighbours")."""
    tail = lowers[last.end : last.end + 2]
    return len(tail) == 2 and tail[0] in ("and", "or") and tail[1] in OPEN_TAILS


def _twins(one: Mention, other: Mention) -> bool:
    """Whether two mentions share one span: the two actors of "the two countries"."""
    return one.start == other.start and one.end == other.end


def coordinated_right(
    lowers: list[str], mentions: list[Mention], first: Mention, *, places: bool = False
) -> list[Mention]:
    """``first`` with the actors joined to it on the right."""
    group = [first]
    closed = [True]  # per item: whether the words before it close the list
    index = mentions.index(first)
    while index + 1 < len(mentions) and _twins(mentions[index + 1], first):
        group.append(mentions[index + 1])  # "the two countries"
        closed.append(True)
        index += 1
    while index + 1 < len(mentions):
        right = mentions[index + 1]
        gap = lowers[group[-1].end : right.start]
        usable = right.is_actor or (places and right.place_country)
        if not usable or not _coordination(gap):
            break
        group.append(right)
        closed.append(_closes_list(gap))
        index += 1
    if _open_tail(lowers, group[-1]):
        closed[-1] = True  # "by Saudi Arabia, the UAE and other neighbours"
    while len(group) > 1 and not closed[-1]:
        group.pop()  # a comma run that no "and" closes is not a list
        closed.pop()
    return group
