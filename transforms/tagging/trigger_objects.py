"""Whom one trigger is aimed at: the mentions that fill its object slot.

Consumes a sentence's tokens, lower-cased words and mentions, one trigger match, its pattern and
PLOVER type, the subjects ``trigger_slots`` found and the article's ``ActorMemory``; produces the
objects (``slots``' rules; "each other" and "them" for the subjects or the group before; the
owner of an act after a possessive pronoun; a reaction's target; a relative clause's
antecedent; an apposed act's maker; the side a threat is aimed at; "us" for the speaker's
side), and the actors inside a trigger's span that it targets. ``trigger_fills`` fills the
other slots and makes the pairs.
"""

from transforms.tagging import (
    act_makers,
    clause_agents,
    coordination,
    nominals,
    object_slots,
    owners,
    quotations,
    reactions,
    readings,
)
from transforms.tagging.clause_links import traveller, trip_destination
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Mention
from transforms.tagging.opening_subjects import main_subject
from transforms.tagging.patterns import Pattern, TriggerMatch
from transforms.tagging.slots import objects_of
from transforms.tagging.text import Sentence, Token, words
from transforms.tagging.view_targets import (
    NEEDS_TO,
    OBLIGATIONS,
    VIEW_KINDS,
    complained_of,
    forum,
    obliged_parties,
    without_victims,
)

# Types of a help given or asked for: an actor after "against" is what it guards from
GIVING_KINDS = frozenset({"AID", "SUPPORT", "AGREE", "COOPERATE"})
AIMED = words("against toward towards")
THE_OTHER = ["the", "other"]
# Verbs after which "it" is what they name ("called it a failure") or the subject of what they
# report ("said it had no evidence"), not whom the act is aimed at ("supplied it with shells")
CALLING = words(
    "call calls called calling describe describes described describing label labels labelled "
    "labeled brand branded term termed dub dubbed deem deemed consider considered "
    "say says said saying state stated add added insist insisted claim claimed announce announced"
)
TRIPS = [[word] for word in ("visit", "visits", "trip", "trips", "tour", "stopover")]

# Verbs whose "on" names the one blamed, not a victim ("blamed the strike on Hamas")
BLAMING = words("blame blames blamed blaming")


def trigger_objects(
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    match: TriggerMatch,
    pattern: Pattern,
    kind: str,
    subjects: list[Mention],
    memory: ActorMemory | None,
) -> list[Mention]:
    """The trigger's objects (``kind``: the pattern's PLOVER type)."""
    objects = objects_of(lowers, mentions, match, pattern)
    if kind in VIEW_KINDS and lowers[match.start] not in BLAMING:
        # "condemned the attack on Ukraine": not Ukraine's attack (but "blamed the strike on
        # Hamas" blames Hamas)
        objects = without_victims(lowers, objects)
    if objects and kind == "CONSULT" and _topic_before(lowers, match.end, objects[0].start):
        # "held talks on Gaza with Netanyahu": Gaza is the talks' topic; the partner follows
        # "with", if named
        near = lowers[objects[-1].end : objects[-1].end + 4]
        partner = objects[-1].end + near.index("with") if "with" in near else None
        objects = object_slots.object_mentions(lowers, mentions, partner + 1) if partner else []
    if objects and kind == "ACCUSE" and all(forum(m) for m in objects):
        # "filed a complaint with the UN Security Council over Israeli violations": the forum
        # hears the complaint; what it is over is its target
        objects = complained_of(lowers, mentions, objects[-1].end) or objects
    if objects and kind != "CONSULT" and lowers[objects[0].end : objects[0].end + 1] in TRIPS:
        # "criticised the Moscow visit": the trip's destination, not its maker ("the Taiwan
        # visit by U.S. lawmakers": theirs)
        objects = clause_agents.by_agent(lowers, mentions, objects[0].end + 1)
    if (
        objects
        and (kind in GIVING_KINDS or pattern.cameo.startswith("023"))
        and not AIMED.isdisjoint(lowers[max(match.start, objects[0].start - 2) : objects[0].start])
    ):
        objects = []  # "pleads for protection against Russian attacks": the threat, not the giver
        # ("sent waves of missiles and drones toward Israeli cities": aimed at, not given)
    own = {m.actor.country for m in subjects if m.actor}
    if objects[:1] and objects[0].start == match.end and lowers[match.end] in ("their", "its"):
        # "affirmed their support for these endeavours": the subjects' own, no one acted on
        objects = [] if {m.actor.country for m in objects if m.actor} <= own else objects
    if not objects and memory is not None and _owned_act(lowers, match.end):
        # "China regards Lai as a separatist and has condemned his transits": the owner
        owner = readings.possessor(sentence.text, tokens, lowers, mentions, memory, match.end + 1)
        mine = owner is not None and owner.actor is not None and owner.actor.country in own
        objects = [owner] if owner is not None and not mine else []
    if lowers[match.end - 1] in ("if", "unless") and any(
        m.is_actor for m in mentions if match.start < m.start < match.end
    ):
        objects = []  # "threatened to kill Bazoum if ECOWAS intervened": aimed at Bazoum
    mutual = object_slots.each_other(lowers[match.start : match.end + 2])
    if not objects and len(subjects) > 1 and mutual:
        objects = subjects  # "India and Canada expelled each other's diplomats"
    if subjects and lowers[subjects[0].start] == "each" and lowers[match.end :][:2] == THE_OTHER:
        objects = subjects  # "Each side blamed the other": the pair's two sides
    if not objects and lowers[match.end : match.end + 1] == ["them"]:
        # "targeted allies, including Europe, Japan and Mexico, threatening them": the
        # sentence's last group of two or more actors before the trigger
        objects = coordination.group_before(lowers, mentions, match.start)
    if not objects and lowers[match.end : match.end + 1] in DEICTIC:
        # '"We condemn this act of aggression," Egypt said of the Israeli strikes'
        objects = quotations.spoken_of(lowers, mentions, match.start, deictic=True)
    if not objects and memory is not None:
        objects = reactions.reaction_target(
            sentence, tokens, lowers, (match.start, match.end), kind, pattern.cameo, memory
        )
        makers = {mention.actor.country for mention in objects if mention.actor is not None}
        if any(m.actor is not None and m.actor.country in makers for m in subjects):
            objects = []  # "Trump welcomed the deal" he made with China: no act toward China
    if (
        not objects
        and kind == "ACCUSE"
        and pattern.nominal
        and (denial := nominals.denial_of_claim(lowers, match.start)) is not None
    ):
        objects, _ = main_subject(lowers, mentions, denial)  # "India rejected Canada's
        # allegations of involvement": a denied accusation is aimed at the denier
    if not objects and subjects:
        # "Iran, which the United States accuses of attacking tankers": the antecedent
        objects = clause_agents.relative_antecedent(lowers, mentions, subjects[0].start)
        if len(objects) == 1 and (owner := owners.act_owner_before(lowers, mentions, objects[0])):
            objects = owner  # "Beijing's peace plan for Ukraine, which Kyiv has rejected"
        if objects and trip_destination(lowers, objects[0].start):
            # "returned from a trip to the United States, which Beijing condemned": the trip,
            # its traveller's act
            objects = traveller(lowers, mentions, objects[0].start)
    if not objects and subjects:
        # "The EU court ruled that ..., a decision that Israel condemned": the first actor's
        objects = act_makers.apposed_maker(lowers, mentions, subjects[0].start)
    if (
        not objects
        and subjects
        and lowers[subjects[0].start - 1 : subjects[0].start] == ["prompting"]
    ):
        # "India revoked Kashmir's status, prompting Pakistan to downgrade ties": the act
        # answers the sentence's subject
        objects, _ = main_subject(lowers, mentions, subjects[0].start - 1)
    if not objects and kind == "CONCEDE" and subjects:
        # "The threat of tariffs has prompted officials from Mexico to make concessions": the
        # concession answers the maker of the act that opens the sentence
        objects = act_makers.pressed_by(sentence, tokens, lowers, subjects[0].start, memory)
    if (
        kind in ("THREATEN", "SANCTION")
        and subjects
        and lowers[match.end - 1] not in ("if", "unless")  # "threatened to kill Bazoum if ...":
        and lowers[match.end : match.end + 1] != ["to"]  # aimed at Bazoum, a life at stake
        and {m.actor.country for m in objects if m.actor is not None} <= own
    ):
        # "warned that Washington would reimpose sanctions if Venezuela failed to": the one
        # the threat is aimed at, not the threatening side
        objects = clause_agents.threatened_party(lowers, mentions, match.end, own) or objects
    if not objects and lowers[match.end : match.end + 1] == ["us"]:
        # '"Islamabad promised to help us," says Karzai': "us" is the speaker's side
        objects = quotations.quote_speaker(lowers, mentions, match.start)
    return objects


FORUM_PREPOSITIONS = [[word, "the"] for word in ("to", "at", "before", "with")]
DEICTIC = [["this"], ["these"], ["such"]]  # an object pointing at what the speaker talks of
# Prepositions after which an actor is what another actor's words are about ("the French
# president's remarks about NATO were unacceptable": France's remarks, NATO their topic)
ABOUT = words("about regarding concerning")
INTENT_BY = [[noun, "by"] for noun in owners.INTENT_NOUNS]  # "the decision by X to allow"
TELLING = words("told tells tell telling")  # "told X that Y ...": X is the addressee


def inside_targets(
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    match: TriggerMatch,
    pattern: Pattern,
    kind: str,
    subjects: list[Mention],
    memory: ActorMemory | None,
) -> list[Mention]:
    """The actors inside a trigger's span; for a pattern that targets them, else the maker of
    the act it reacts to ("called the move unjustified"), or of the act apposed to its subject
    ("revoked Kashmir's status, a move Pakistan called illegal")."""
    found = without_victims(lowers, object_slots.inside(mentions, match.start, match.end))
    if (
        found
        and found[0].start == match.start + 1
        and lowers[found[0].start] == "it"
        and lowers[match.start] in CALLING
    ):
        # "called it a dangerous failure": "it" is the act or statement talked of (which the
        # rules cannot tell), rarely the state last named; no reaction to the last act either
        return found[1:]
    if (
        len(found) > 1
        and kind == "ACCUSE"
        and lowers[match.start] in TELLING
        and found[0].start <= match.start + 2
        and any(not m.pronoun for m in found[1:])
    ):
        found = found[1:]  # "Putin told Macron that Kyiv was behind it": the addressee is told,
        # not accused (but asked: "told Xi that China should")
    if len(found) > 1 and found[-1].end == match.end and pattern.compiled:
        found = found[:-1]  # "sell Ankara its fighter jets": the pattern's last noun is the thing
    if (
        found
        and found[-1].end == match.end
        and lowers[found[-1].start - 2 : found[-1].start] in (FORUM_PREPOSITIONS)
    ):
        found = found[:-1]  # "take the case to the ICJ": the forum the pattern ends with, no party
    found = found[:1] + [m for m in found[1:] if lowers[m.start - 1] not in ABOUT]
    to = _intent_after(lowers, found[0], match.end) if found else None
    if to is not None:  # "called Yerevan's move to join the ICC hostile": the ICC is what the
        found = [m for m in found if m.end <= to]  # act is about
    intent = next((k for k in range(match.start, match.end - 1) if _unowned_intent(lowers, k)), 0)
    found = [m for m in found if not 0 < intent < m.start]  # "said the decision to recognise a
    # Palestinian state undermined": the decision's object is what it is about
    if lowers[match.end - 1] in OBLIGATIONS or lowers[match.end - 2 : match.end] in NEEDS_TO:
        if lowers[match.end - 2] == "there":
            return []  # "agreed there should be a political solution": no one is asked
        found = obliged_parties(lowers, found, match.start, match.end, subjects)
    if found or pattern.target not in ("inside", "first_inside"):
        return found
    found = clause_agents.by_agent(lowers, mentions, match.end)
    if found:  # "accepted a ceasefire proposal put forward by Egypt": its maker
        return found
    found = reactions.reaction_target(
        sentence, tokens, lowers, (match.start, match.end), kind, pattern.cameo, memory,
        answer=pattern.answers,
    )  # fmt: skip
    if not found and subjects:
        found = act_makers.apposed_maker(lowers, mentions, subjects[0].start)
    return found


def _intent_after(lowers: list[str], mention: Mention, end: int) -> int | None:
    """Where the "to" of "'s move to", "'s decision to" after ``mention`` (or ending it), or
    of "the decision by" it "to", is, before ``end``; None when there is no such phrase."""
    to = next((i for i in range(mention.end, min(mention.end + 4, end)) if lowers[i] == "to"), None)
    if to is None:
        return None
    owned = owners.intent_of(lowers[mention.end : to + 1])
    by = to == mention.end and lowers[mention.start - 2 : mention.start] in INTENT_BY
    return to if owned or by or owners.intent_of(lowers[mention.end - 1 : to + 1]) else None


def _unowned_intent(lowers: list[str], at: int) -> bool:
    """Whether an intent noun with an article and no owner opens ``at`` ("the decision to")."""
    return (
        lowers[at] in ("the", "a")
        and lowers[at + 1 : at + 2] != []
        and lowers[at + 1] in owners.INTENT_NOUNS
        and lowers[at + 2 : at + 3] == ["to"]
    )


def _topic_before(lowers: list[str], end: int, start: int) -> bool:
    """Whether a topic preposition opens the words between a trigger ending at ``end`` and its
    object at ``start`` ("talks on Gaza", "met about the crisis in Sudan")."""
    gap = lowers[end:start]
    return gap[:1] in ([word] for word in object_slots.TOPIC_PREPOSITIONS) and len(gap) <= 2


def _owned_act(lowers: list[str], end: int) -> bool:
    """Whether a possessive pronoun and an act noun follow a trigger ("condemned his transits",
    "criticised their decision")."""
    return (
        lowers[end : end + 1] in (["his"], ["her"], ["its"], ["their"])
        and lowers[end + 1 : end + 2] != []
        and lowers[end + 1] in owners.OWNED_ACT_NOUNS
    )


def first_inside(lowers: list[str], mentions: list[Mention], found: list[Mention]) -> list[Mention]:
    """The first actor inside a trigger's span with those coordinated with it there ("ordered
    the diplomats of Argentina and Chile to leave"), not the others ("said the US strike on
    Syria was illegal")."""
    if len(found) < 2 or not any(m is found[0] for m in mentions):
        return found[:1]
    group = coordination.coordinated_right(lowers, mentions, found[0], objects=True)
    return [m for m in found if any(m is member for member in group)]
