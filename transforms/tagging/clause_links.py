"""Links between the clauses of one sentence: a verb coordinated after another's object that
names none of its own shares it ("met Zelenskiy in Kyiv and pledged continued support"), and a
trip named before a relative clause is its traveller's act ("returned from a trip to the United
States, which Beijing condemned"); a travel participle after a common noun is that noun's
reduced relative clause, no actor's trip ("any ship heading to Israel").

Consumes a sentence's lower-cased tokens, its mentions and the clause found for an earlier
trigger; produces the mentions that fill a later trigger's object slot.
"""

from typing import TYPE_CHECKING

from transforms.tagging.clause_frames import irregular_pasts
from transforms.tagging.mentions import Mention
from transforms.tagging.text import words

if TYPE_CHECKING:  # the clause record lives with the trigger slots, which import this module
    from transforms.tagging.trigger_slots import Clause


def shared_objects(
    lowers: list[str], start: int, end: int, subjects: list[Mention], clause: "Clause"
) -> list[Mention]:
    """The objects of the verb before, for a verb coordinated right after them that names none
    ("met Zelenskiy and pledged continued support", "received Lavrov and thanked him"), when
    both verbs have one subject; else []."""
    if clause.nominal or not clause.objects or clause.objects[-1].end > start:
        return []
    gap = lowers[clause.objects[-1].end : start]
    if gap[-2:] == ["and", "also"]:
        gap = gap[:-1]
    headline = (
        gap[-1:] == [","] and lowers[start].endswith("s") and not lowers[start].endswith("ss")
    )
    if gap[-1:] != ["and"] and not headline or not _adjunct(gap[:-1]):
        return []  # (a headline joins its verbs with a comma: "meets Biden, seeks more aid")
    following = lowers[end : end + 1]
    infinitive = following == ["to"] and lowers[end - 1] in INFINITIVE_TAKERS
    content = lowers[end - 1] in INFINITIVE_TAKERS and not THREATS.isdisjoint(lowers[end : end + 3])
    if following not in ([], ["."], [","], ["for"], ["during"], ["at"], ["in"], ["on"]) and not (
        infinitive or content  # ("and threatened military intervention": what, not at whom)
    ):
        return []  # "met Putin and criticised the West": the second verb has its own object
    # ("imposed sanctions on Niger and threatened to use force": the threat is aimed at Niger)
    same = {m.actor.country for m in subjects if m.actor} == {
        m.actor.country for m in clause.subjects if m.actor
    }
    return clause.objects if same else []


# Verbs whose infinitive complement names no one they are aimed at ("threatened to use force")
INFINITIVE_TAKERS = words(
    "threatened threatens threaten vowed vows vow pledged pledges pledge promised promises "
    "promise offered offers offer"
)
# What a threat threatens, named as its object ("threatened military intervention")
THREATS = words(
    "intervention retaliation reprisals countermeasures consequences measures action force "
    "sanctions war"
)
TRIP_NOUNS = words("trip visit tour stopover transit travel")


def traveller(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The subject of the verb nearest before ``start`` ("Lai returned from a trip to")."""
    for mention in reversed([m for m in mentions if m.end < start and m.is_actor]):
        after = lowers[mention.end]
        if after.endswith("ed") or after in ("has", "had", "was", "made", "paid", "went"):
            return [mention]
    return []


def trip_destination(lowers: list[str], start: int) -> bool:
    """Whether the mention at ``start`` is where a trip went ("a trip to the United States")."""
    position = start - 1
    if position >= 0 and lowers[position] == "the":
        position -= 1
    return position > 0 and lowers[position] in ("to", "in") and lowers[position - 1] in TRIP_NOUNS


ADJUNCT_WORDS = words(
    "in on at during , the last this week monday tuesday wednesday thursday friday saturday sunday"
)


def _adjunct(gap: list[str]) -> bool:
    """Whether the words between a verb's object and "and" are at most a short adjunct of place
    or time ("in Kyiv", "on Tuesday"), so the verb after "and" is coordinated with it."""
    return (
        len(gap) <= 4
        and all(
            word in ADJUNCT_WORDS or (word.isalpha() and not word.endswith("ed")) for word in gap
        )
        and (not gap or gap[0] in ("in", "on", "at", "during", ","))
    )


# Words before a travel participle that make it a verb form, not a noun's modifier
PARTICIPLE_OPENERS = frozenset(
    {",", "is", "was", "were", "are", "be", "been", "while", "when", "before", "after", "by"}
)
TRAVELLING = frozenset({"heading", "travelling", "traveling", "flying", "sailing"})


def modifies_a_noun(lowers: list[str], mentions: list[Mention], start: int) -> bool:
    """Whether the participle at ``start`` ("heading", "travelling") follows a common noun it
    modifies ("any ship heading to Israel"), not an actor or a verb form ("Blinken, heading to")."""
    if start == 0 or lowers[start] not in TRAVELLING:
        return False
    before = lowers[start - 1]
    return (
        before.isalpha()
        and before not in PARTICIPLE_OPENERS
        and not any(mention.end == start for mention in mentions)
    )


RELATIVE_REACH = 8  # words of a restrictive relative clause between a subject and its verb


def restrictive_relative(gap: list[str]) -> bool:
    """Whether the words between a subject and a verb are a relative clause about the subject
    that opens on its own past verb ("The junta that seized power in a July coup ordered")."""
    return (
        len(gap) <= RELATIVE_REACH
        and gap[:1] in (["that"], ["who"])
        and gap[1:2] != []
        and (gap[1].endswith("ed") or gap[1] in irregular_pasts())
        and "," not in gap
        and "and" not in gap
    )


CLAUSE_JOINS = ([",", "and"], [",", "but"], [",", "while"])  # ("X and the delegation": both)
COMMON_DETERMINERS = words("a an the another some several many")
COMMON_SUBJECT_WORDS = 3  # "a senior senator", "the Kremlin's spokesman": a noun phrase's words
NO_NOUN = words(  # a time, or a preposition past the noun ("the delegation on Thursday")
    "later earlier day days week weeks month months year years time next following same "
    "morning afternoon evening night hours on in at to of for with by from"
)


def common_subject(gap: list[str]) -> bool:
    """Whether the words between a candidate subject and a verb join a new clause whose subject
    is a noun phrase naming no actor ("Italy recognised Kosovo, and a senator condemned
    Serbia": not Kosovo's act; "and a day later condemned": a time, no subject)."""
    join = next((len(j) for j in CLAUSE_JOINS if gap[: len(j)] == j), 0)
    phrase = gap[join:]
    return (
        join > 0
        and phrase[:1] != []
        and phrase[0] in COMMON_DETERMINERS
        and 1 < len(phrase) <= COMMON_SUBJECT_WORDS + 1
        and all(word.isalpha() and word not in NO_NOUN for word in phrase[1:])
    )


def verb_list_item(lowers: list[str], start: int) -> bool:
    """Whether the past verb at ``start`` follows a comma inside a list of verb phrases that
    ", and" and another past verb close ("expelled French troops, recalled its ambassador, and
    suspended French media"): the list's verbs share the clause's subject."""
    if start < 2 or lowers[start - 1] != "," or not lowers[start].endswith("ed"):
        return False
    return any(
        lowers[i : i + 2] == [",", "and"]
        and lowers[i + 2 : i + 3] != []
        and lowers[i + 2].endswith("ed")
        for i in range(start + 1, len(lowers) - 2)
    )
