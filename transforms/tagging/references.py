"""References to actors named before: "he", "it", "they" (a pronoun's antecedent), "the
Palestinians" (a plural demonym as its people), "the ally" (the story's other side) and "the
bloc", "the regional bloc", "the militant group" (the article's last organisation or armed group).

Consumes a sentence's tokens at a position, the mentions found before it, the lexicon and the
article's ``ActorMemory``; produces the actor the reference stands for (``the_ally``,
``reference``) or its ``Mention`` (``reference_at``), or None when the memory holds no such actor
(the reference is left unresolved rather than guessed). The finder decides where a reference may
start; this module says what it stands for.
"""

import dataclasses

from transforms.tagging.coordination import coordinated_left
from transforms.tagging.entries import DEMONYM
from transforms.tagging.lexicon import Lexicon
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.sentence_antecedents import clause_subject, reporter
from transforms.tagging.text import Token, words

PRONOUN_KINDS = {"he": "person", "she": "person", "it": "body", "they": "body"}
# "the bloc", "the alliance", "the body": the article's last international organisation.
ORGANISATION_ANAPHORS = words(
    "bloc alliance body organisation organization grouping agency group council watchdog"
)
# How near a sentence's start "it" or "they" may stand to reach the paragraph before ("It has
# demanded", "After it summoned"), as a subject that opens it
OPENING_WORDS = 3
ALLIANCES = frozenset({"NATO", "CST"})  # the organisations "the alliance" may stand for
# Words between "the" and "bloc" ("the regional bloc", "the 27-nation bloc", "the Western
# alliance"), as many as may stand there
ANAPHOR_MODIFIERS = 2


# What "the ally", "its neighbour" or "its rival" may name: the story's other side
OTHER_SIDES = [["ally"], ["neighbour"], ["neighbor"], ["rival"]]


def the_ally(
    words: list[str],
    lowers: list[str],
    index: int,
    mentions: list[Mention],
    memory: ActorMemory,
    country_names: dict[str, str],
) -> Actor | None:
    """The state "the ally" (two tokens at ``index``) stands for; None when none does."""
    ally = None
    if (
        lowers[index] in ("the", "its", "their")
        and lowers[index + 1 : index + 2] in OTHER_SIDES
        and (lowers[index] != "the" or lowers[index + 1] == "ally")
        and not (index + 2 < len(words) and words[index + 2][:1].isupper())
        and mentions
    ):
        # "U.S. military aid for the ally", "NATO stood with its ally", "Rwanda accused its
        # neighbour": the story's other side to its owner (not "its ally Japan", named)
        known = [m.actor for m in mentions if m.actor is not None]
        # ("its": the sentence's subject's, mostly its first actor: "Rwanda denied backing the
        # militia and accused its neighbour" is Rwanda's neighbour, not the militia's)
        owner = (known[-1] if lowers[index] == "the" else known[0]) if known else None
        ally = memory.rival(owner.country) if owner is not None else None
        if ally is None and owner is not None:
            # "Algeria cut ties with Morocco, accusing its neighbour": the one other state named
            others = {a.country for a in known if a.sector != "IGO"} - {"MUL", owner.country}
            ally = Actor(others.pop(), None, "") if len(others) == 1 else None
    if ally is None:
        return None
    return Actor(ally.country, None, country_names.get(ally.country, ""))


# Participles after which "it is" (was, has been) names no one: "it has been decided to"
IMPERSONAL = words(
    "decided agreed announced reported said confirmed expected believed understood learned "
    "feared hoped estimated thought known"
)
# ("it must be said": no one)
IMPERSONAL_BE = [be.split() for be in ("is", "was", "has been", "had been", "must be", "should be")]


def expletive(lowers: list[str], index: int) -> bool:
    """Whether "it" at ``index`` is the empty subject of an impersonal passive ("it has been
    decided to", "it was reported that")."""
    rest = lowers[index + 1 : index + 5]
    return any(
        rest[: len(be)] == be and rest[len(be) : len(be) + 1] != [] and rest[len(be)] in IMPERSONAL
        for be in IMPERSONAL_BE
    )


def reference_at(
    lexicon: Lexicon,
    tokens: list[Token],
    words: list[str],
    lowers: list[str],
    sentence: str,
    index: int,
    mentions: list[Mention],
    memory: ActorMemory,
) -> Mention | None:
    """The mention of a word that opens no entry: a name the article gave before, a pronoun, a
    plural demonym's people or an organisation's anaphor; None when it stands for no actor."""
    if lowers[index] == "it" and expletive(lowers, index):
        return None  # "it has been decided to recall our ambassador": no actor
    known = memory.names.get(words[index])
    if (known is None or not words[index][:1].isupper()) and (
        lowers[index] in PRONOUN_KINDS or words[index][-1:] == "s"
    ):
        kind = PRONOUN_KINDS.get(lowers[index], "")
        known = (
            clause_subject(mentions, lowers, index, kind)
            or (reporter(mentions, lowers, index, kind) if kind else None)  # (not "warned its")
            or reference(lexicon, words, lowers, index, memory)
        )
    first = index
    the = the_before(lowers, index) if lowers[index] in ORGANISATION_ANAPHORS else -1
    if the >= 0:
        known = memory.organisation  # "the bloc", "the regional bloc"
        if lowers[index] == "alliance" and known is not None and known.country not in ALLIANCES:
            known = memory.titles.get("alliance")  # "NATO ... an EU spokesperson ... join the
            # alliance": the last military alliance named, not the last organisation
        if lowers[index] == "group" and (
            memory.armed_group_sentence > memory.organisation_sentence
        ):
            known = memory.armed_group  # "Hamas ... the militant group"
        first = the + 1
    if known is None:
        return None
    text = sentence[tokens[first].start : tokens[index].end]
    mention = Mention(first, index + 1, text, actor=known)
    mention.pronoun = lowers[index] in PRONOUN_KINDS
    return mention


def reference(
    lexicon: Lexicon, words: list[str], lowers: list[str], index: int, memory: ActorMemory
) -> Actor | None:
    """A pronoun's antecedent, or a plural demonym as its people ("the Palestinians")."""
    kind = PRONOUN_KINDS.get(lowers[index])
    if kind is not None:
        return memory.antecedent(kind, opening=index < OPENING_WORDS)
    word = words[index]
    if word[:1].isupper() and word.endswith("s") and len(word) > 4:
        senses = lexicon.senses_of((word[:-1],)) or []
        demonyms = [sense for sense in senses if sense.kind == DEMONYM]
        if demonyms:
            code = demonyms[0].code or ""
            name = lexicon.country_names.get(code, code)
            return Actor(code, "CVL", name, agents=("people",))
    return None


def the_before(lowers: list[str], index: int) -> int:
    """Where "the" opens the phrase ending at ``index``, past at most two modifiers; -1 when it
    does not."""
    for opening in range(index - 1, max(index - 2 - ANAPHOR_MODIFIERS, -1), -1):
        if lowers[opening] == "the":
            return opening
        if not lowers[opening].replace("-", "").isalnum():
            return -1
    return -1


# Nouns between an organisation and a state that make the state the one named ("NATO ally
# Germany", "EU member Hungary"): the organisation only describes it
MEMBER_NOUNS = words("ally member partner")
STATE_RELATIONS = words("ally partner neighbour neighbor rival foe client proxy")


def without_describing_organisations(mentions: list[Mention], lowers: list[str]) -> list[Mention]:
    """The mentions with an organisation that only describes the state named after it (or an
    epithet the name after it explains) folded into that name's mention, starting where it did."""
    found: list[Mention] = []
    for mention in mentions:
        before = found[-1] if found else None
        if (
            before is not None
            and before.end + 1 == mention.start
            and lowers[before.end] in MEMBER_NOUNS
            and (
                before.actor is not None
                and before.actor.sector == "IGO"
                or before.actor is None  # "Russian ally Belarus", "Chinese partner Pakistan"
                and before.demonym_only is not None
                and lowers[before.end] in STATE_RELATIONS
            )
            and mention.actor is not None
            and mention.actor.sector is None
        ):
            found[-1] = dataclasses.replace(mention, start=before.start)
        elif (
            before is not None
            and before.end == mention.start
            and before.text.islower()
            and before.actor is not None
            and mention.actor is not None
            and before.actor.sector == mention.actor.sector
        ):  # "severed ties with the regional bloc ECOWAS": the name, not the last bloc
            found[-1] = dataclasses.replace(mention, start=before.start)
        elif _one_member(mention, lowers, mentions):  # a member's phrase, no actor's
            found.append(dataclasses.replace(mention, end=mention.end + 1, actor=None))
        else:
            found.append(mention)
    return found


# "the first G7 nation to recognise", "an EU country", "another NATO member": one member
# (unnamed), not the organisation ("EU countries", "NATO member states" are the body's)
SINGLE_MEMBER_NOUNS = words("nation country state member ally partner")
ONE_OF = words("a an the first second third another one fellow only last")
PLURAL_MEMBERS = (["states"], ["countries"], ["nations"])  # "the EU member states"


def _one_member(mention: Mention, lowers: list[str], mentions: list[Mention]) -> bool:
    """Whether an organisation's name only qualifies one of its members left unnamed ("an EU
    country"; "the NATO ally Germany" is Germany)."""
    return (
        all(other.start != mention.end + 1 for other in mentions)
        and mention.actor is not None
        and mention.actor.sector == "IGO"
        and mention.start > 0
        and lowers[mention.start - 1] in ONE_OF
        and lowers[mention.end : mention.end + 1] != []
        and lowers[mention.end] in SINGLE_MEMBER_NOUNS
        and lowers[mention.end + 1 : mention.end + 2] not in PLURAL_MEMBERS
    )


# Verbs after which "both countries" are the two the sentence's subject names ("Spain's Prime
# Minister Pedro Sanchez and Norway's foreign minister, Espen Barth Eide, said both countries")
PAIR_TELLERS = words("said say says announced stated confirmed added")


def told_pair(lowers: list[str], mentions: list[Mention], opener: int) -> list[Actor]:
    """The two states of the coordinated subject before a telling verb at ``opener``, or []."""
    if opener < 0 or lowers[opener] not in PAIR_TELLERS:
        return []
    named = [m for m in mentions if m.is_actor and m.actor and not m.pronoun and m.end <= opener]
    last: dict[str, Mention] = {}
    for mention in named:  # the last mention of each state, in the order of those
        last.pop(mention.actor.country, None)
        last[mention.actor.country] = mention
    pair = list(last.values())[-2:]
    if len(pair) < 2 or "and" not in lowers[pair[0].end : pair[1].start]:
        return []
    return [mention.actor for mention in pair]


def named_group(mentions: list[Mention], lowers: list[str], index: int, size: int) -> list[Actor]:
    """ "these three nations" after a list of that many states in the same sentence ("recalled
    its envoys to Spain, Norway and Ireland after these three nations announced"): its states;
    else []."""
    before = [m for m in mentions if m.end <= index and m.is_actor and m.actor is not None]
    group = coordinated_left(lowers, mentions, before[-1]) if before else []
    actors = {m.actor.country: m.actor for m in group if m.actor is not None}
    return list(actors.values()) if len(group) == size == len(actors) else []
