"""Possessed agents: "its president", "their diplomats", "the North's foreign ministry", "his
government": a chunk of agent words after a possessive takes its owner's country.

Consumes a name chunk's span and parts, the mentions found before it in the sentence and the
article's ``ActorMemory``; produces the chunk's ``Mention`` as its owner's body or officials, or
None when the chunk follows no possessive or no owner is found (it stays unresolved). "its
diplomats" after an expelling verb are another state's ("accused Colombia of plotting a coup
and expelled its diplomats"), after another verb the verb's subject's, and "their envoys" after
a list of subjects each member's own (no target). ``POSSESSIVE_PRONOUN_KINDS`` is the same
pronouns' kinds for an event noun's subject (``readings``, ``nominals``). A reference's
agent ("the country's ambassador") is one mention, as a named owner's ("Germany's ambassador").
An opposition or rebel group named by the rulers it seeks to overthrow is their state's
("opposition groups seeking to overthrow the Assad government" are Syria's, as "Syrian
opposition groups" are). ``modifier_slots`` reads a possessed trip's destination named before it
("Putin's China visit"); ``owners_group`` a "their" that stands for a list before it.
"""

import dataclasses

from transforms.tagging.chunk_spans import primary
from transforms.tagging.coordination import coordinated_left
from transforms.tagging.entries import COUNTRY, DEMONYM, PERSON, Entry
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.name_chunks import ChunkResolver
from transforms.tagging.sentence_antecedents import OWN, verb_subject
from transforms.tagging.text import words

POSSESSIVES = words("its their")
PERSONAL_POSSESSIVES = words("his her")
# A possessive pronoun before a nominal trigger is its subject ("his visit to Beijing").
POSSESSIVE_PRONOUN_KINDS = {"his": "person", "her": "person", "its": "body", "their": "any"}
# Verbs done to another state's envoys: "its diplomats" after them are not the subject's own
EXPELLING = words("expelled expels expel expelling summoned summons summon summoning")


def possessed_mention(
    chunks: ChunkResolver,
    lowers: list[str],
    index: int,
    end: int,
    text: str,
    parts: list[list[Entry]],
    mentions: list[Mention],
    memory: ActorMemory,
) -> Mention | None:
    """The mention of the chunk ``[index, end)`` as its possessive's owner's; None when no
    possessive comes before it or it has no owner."""
    mention = None
    if lowers[end - 1 : end + 1] == ["opposition", "to"]:
        return None  # "side-stepped his opposition to agree": his objection, no party
    if index > 0 and lowers[index - 1] in POSSESSIVES:
        owner = expelled_owner(lowers, mentions, index - 1) or verb_subject(
            mentions, lowers, index - 1
        )
        if owner is not OWN:  # "Chile and Colombia recalled their envoys": no target
            mention = chunks.possessed(index, end, text, parts, memory, owner=owner)
    elif lowers[index - 1 : index] == ["'s"] and mentions:
        # "The North's foreign ministry": an epithet's body
        owner = mentions[-1].actor if mentions[-1].end == index - 1 else None
        if owner is not None and not owner.personal:
            mention = chunks.possessed(index, end, text, parts, memory, owner=owner)
    elif index > 0 and lowers[index - 1] in PERSONAL_POSSESSIVES:
        # "King Gyanendra dismissing his government": the nearest person before it
        nearest = next((m.actor for m in reversed(mentions) if m.actor and m.actor.personal), None)
        mention = chunks.possessed(index, end, text, parts, memory, "person", nearest)
    return mention


def expelled_owner(lowers: list[str], mentions: list[Mention], position: int) -> Actor | None:
    """The owner of "its diplomats" after an expelling verb ("accused Colombia of plotting a
    coup and expelled its diplomats": Colombia's): the last actor of the sentence that is not
    of its first actor's country; None when "its" follows no such verb."""
    if position == 0 or lowers[position - 1] not in EXPELLING:
        return None
    actors = [m.actor for m in mentions if m.actor is not None and not m.pronoun]
    if not actors:
        return None
    return next((a for a in reversed(actors) if a.country != actors[0].country), None)


def with_referred_owner(mentions: list[Mention], mention: Mention, lowers: list[str]) -> Mention:
    """``mention`` with its owner's reference before it when that reference and "'s" open it
    ("Germany opened an inquiry. Moscow summoned the country's ambassador": the envoy, as in
    "Germany's ambassador", not the state, is summoned); the owner's own mention is dropped."""
    owner = mentions[-1] if mentions else None
    if (
        owner is None
        or owner.end != mention.start - 1
        or lowers[owner.end] != "'s"
        or owner.pronoun
        or owner.actor is None
        or mention.actor is None
        or owner.actor.agents
        or not mention.actor.agents
        or owner.actor.country != mention.actor.country
    ):
        return mention
    mentions.pop()
    return dataclasses.replace(mention, start=owner.start, text=f"{owner.text}'s {mention.text}")


# What a group seeks to do to its own state's rulers: "seeking to overthrow the Assad
# government" (not "fighting": "militants fighting Israeli forces" are no Israeli group)
OPPOSING = words("overthrow topple oust unseat")
OPPOSING_REACH = 5  # words from the group noun to the verb ("groups seeking to overthrow")
OPPOSITION_SECTORS = frozenset({"OPP", "REB"})
RULING_BODIES = words("government regime forces army junta")  # after a demonym or a ruler


def opposed_mention(
    chunks: ChunkResolver,
    words_: list[str],
    lowers: list[str],
    start: int,
    end: int,
    text: str,
    parts: list[list[Entry]],
) -> Mention | None:
    """The mention of an opposition or rebel group with no country of its own at ``[start,
    end)`` as the group of the state whose rulers it seeks to overthrow ("opposition groups
    seeking to overthrow the Assad government": Syria's opposition); None for any other chunk."""
    sectors = [primary(senses).sector or "" for senses in parts]
    if OPPOSITION_SECTORS.isdisjoint(sectors):
        return None
    verb = next(
        (i for i in range(end, min(end + OPPOSING_REACH, len(lowers))) if lowers[i] in OPPOSING),
        None,
    )
    if verb is None:
        return None
    position = verb + 1 + (lowers[verb + 1 : verb + 2] == ["the"])
    length, senses = chunks.lexicon.match(words_, lowers, position)
    state = next((s for s in senses if s.kind in (COUNTRY, DEMONYM, PERSON) and s.code), None)
    if not length or state is None or state.code is None:
        return None
    ruling = position + length + (lowers[position + length : position + length + 1] == ["'s"])
    if lowers[ruling : ruling + 1] not in [[word] for word in RULING_BODIES]:
        return None  # ("to topple Assad": a person, whose rule the sentence does not name)
    agents = [primary(senses).name or "" for senses in parts]
    return Mention(start, end, text, actor=chunks.actor(state.code, sectors, agents, None, False))


def modifier_slots(
    lowers: list[str], mentions: list[Mention], start: int
) -> tuple[list[Mention], list[Mention]]:
    """ "Putin's China visit" ("concluded his Maldives visit": the actor before "his"): the
    possessor, and the state named right before the noun at ``start`` as its modifier; ([], [])
    unless both are there."""
    named = next((m for m in mentions if m.end == start and m.is_actor), None)
    if named is None or named.actor is None or named.actor.personal or named.start < 2:
        return [], []
    owned = lowers[named.start - 1] == "'s"
    if not owned and lowers[named.start - 1] not in ("his", "her"):
        return [], []
    before = named.start - 1  # the "'s" or the "his"
    owners = [
        m
        for m in mentions
        if (m.is_actor and m.end == before)
        or (not owned and m.end < before and m.actor is not None and m.actor.personal)
    ]
    return ([owners[-1]], [named]) if owners else ([], [])


def owners_group(lowers: list[str], mentions: list[Mention], owner: Mention) -> list[Mention]:
    """The list a "their" stands for when its actor closes one earlier in the sentence
    ("prompted allies, including the US, Japan and Australia, to affirm their support": all
    three); ``[owner]`` otherwise."""
    if lowers[owner.start] != "their":
        return [owner]
    named = [m for m in mentions if m.end <= owner.start and m.actor == owner.actor]
    group = coordinated_left(lowers, mentions, named[-1]) if named else []
    return group if len(group) > 1 else [owner]
