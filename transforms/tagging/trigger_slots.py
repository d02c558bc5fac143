"""Who does what to whom for one trigger: the mentions that fill its subject and object.

Consumes a sentence's tokens, lower-cased words and mentions, one trigger match and its pattern,
the clauses the sentence's earlier triggers found and the article's ``ActorMemory``; produces
the subjects (the clause rules of ``roles``, an event noun's agent or possessor, the first verb's
subject for a coordinated verb, a quotation's speaker for "we") and the objects (``slots``' rules,
"each other", "them" for the group before, a reaction's target, an apposed act's author, "us"
for the speaker's side). A trigger told in the passive is left to ``passive_triggers``;
``trigger_fills`` fills the other slots and makes the pairs.
"""

import dataclasses

from transforms.tagging import (
    act_makers,
    clause_agents,
    coordination,
    object_slots,
    owners,
    quotations,
    reactions,
    readings,
    roles,
)
from transforms.tagging.clause_links import traveller, trip_destination
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Mention
from transforms.tagging.opening_subjects import main_subject
from transforms.tagging.patterns import Pattern, TriggerMatch
from transforms.tagging.slots import each_other, noun_agent, objects_of
from transforms.tagging.taxonomy import plover_for_cameo
from transforms.tagging.text import Sentence, Token

# Types of a help given or asked for: an actor after "against" is what it guards from
GIVING_KINDS = frozenset({"AID", "SUPPORT", "AGREE", "COOPERATE"})


@dataclasses.dataclass
class Clause:
    """What one trigger of a sentence found, for the next trigger's "and"-coordination."""

    end: int
    subjects: list[Mention]
    objects: list[Mention]
    nominal: bool = False
    controls: bool = False  # "urged X to": the object is the infinitive's subject

    @classmethod
    def of(
        cls, end: int, subjects: list[Mention], objects: list[Mention], pattern: Pattern, kind: str
    ) -> "Clause":
        """The clause a pattern of PLOVER type ``kind`` found; "urged X to", "called on X to":
        X, the request's target, does what follows."""
        controls = ("to" in pattern.then or kind == "REQUEST") and (
            pattern.source == "subject" and pattern.target == "object"
        )
        return cls(end, subjects, objects, pattern.nominal, controls)


def trigger_subjects(
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    match: TriggerMatch,
    pattern: Pattern,
    clauses: list[Clause],
    memory: ActorMemory | None,
    verb_spans: list[tuple[int, int]] | None,
    carried: list[Mention] | None,
) -> tuple[list[Mention], bool]:
    """The trigger's subjects, and whether they were reached through a pronoun."""
    subjects, via_pronoun = roles.subject(lowers, mentions, match.start, nominal=pattern.nominal)
    if pattern.nominal:
        subjects, via_pronoun = noun_agent(
            lowers, mentions, match.start, subjects, via_pronoun, verb_spans or []
        )
    if pattern.nominal and memory is not None:
        possessor = readings.possessor(sentence.text, tokens, lowers, mentions, memory, match.start)
        if possessor is not None:  # "investigate his conversation with X": his, not the
            subjects, via_pronoun = [possessor], True  # clause's subject
    if pattern.nominal and (
        lowers[match.start + 1 : match.start + 2] == ["their"]
        or pattern.target == "none"
        and lowers[match.start] in ADJUNCT_PREPOSITIONS
    ):  # ("after six hours of talks in Sochi": the talks of the clause's subjects)
        # "Xi and Biden agreed to ..., in their first talks in a year": the talks of the
        # clause's subjects
        last = next((c for c in reversed(clauses) if not c.nominal and c.subjects), None)
        subjects = last.subjects if last is not None else []
        if len(subjects) == 1 and not lowers[subjects[0].end - 1].endswith("s"):
            subjects = []  # one person cannot be "their": "he felt no pressure from Trump
            # during their phone call" is the two named before ("NATO leaders ... at their
            # summit" is the leaders' own)
        if not subjects:
            subjects = _two_sides(mentions, match.start)
    if pattern.nominal and not subjects:
        # "India's demand that Pakistan act": the act noun ends its owner's mention
        subjects = [m for m in mentions if m.is_actor and m.start < match.start == m.end - 1]
    if pattern.nominal and not subjects and lowers[match.start] == "visiting":
        # "Wang Yi told visiting US adviser Jake Sullivan": the host is the verb's subject
        host = next((c for c in reversed(clauses) if c.end == match.start and c.subjects), None)
        subjects = host.subjects if host is not None else subjects
    if (
        pattern.nominal
        and match.start > 0
        and lowers[match.start - 1] in ("over", "amid")
        and plover_for_cameo(pattern.cameo) == "ACCUSE"
    ):
        last = next((c for c in reversed(clauses) if not c.nominal and c.subjects), None)
        if last is not None and last.end < match.start:
            # "Canada expelled an Indian diplomat over allegations that": the reason given is
            # the clause subject's, not its object's
            subjects, via_pronoun = last.subjects, False
    first = next((c for c in clauses if not c.nominal and c.subjects), None)
    if (
        first is not None
        and not pattern.nominal
        and _shares_first_subject(tokens, lowers, mentions, subjects, first, match.start)
    ):
        subjects = first.subjects
    for clause in clauses:
        gap = lowers[subjects[-1].end : match.start] if subjects else []
        if (
            subjects
            and subjects[-1] in clause.objects
            and (gap in (["and"], [",", "and"]) or gap[-1:] == ["to"] and not clause.controls)
            and not owners.intent_of(lowers[subjects[-1].end - 1 : match.start])
        ):
            # "X condemned Y and accused Z", "X met Y and Z to discuss": X is the subject
            subjects = clause.subjects
    controlled = (
        None if pattern.nominal else clause_agents.infinitive_subject(lowers, mentions, match.start)
    )
    if controlled is not None and subjects and controlled not in subjects:
        subjects, via_pronoun = [controlled], False  # "call the US to withdraw": the US's act
    if not subjects:  # "with each side blaming the other"
        subjects = coordination.each_and_the_other(lowers, mentions, match.start, match.end)
    if not subjects and pattern.target == "subject" and pattern.source == "object":
        # "..., a move that drew a rebuke from X", "The drills drew a rebuke from X"
        subjects = act_makers.acted_subject(sentence, tokens, lowers, mentions, match.start, memory)
    if not subjects or all(lowers[m.start] in roles.FIRST_PERSON for m in subjects):
        speaker = quotations.quote_speaker(lowers, mentions, match.start)
        if not speaker and carried and quotations.quote_span(lowers, match.start) is not None:
            speaker = carried  # '"We pray ...," said X. "We thank Y ..."': X still speaks
        if speaker:  # "'We condemn ...,' the minister said": the speaker is the source
            subjects, via_pronoun = speaker, False
    return subjects, via_pronoun


ADJUNCT_PREPOSITIONS = frozenset({"in", "during", "at", "after", "following"})
# The last word of a "said X must" pattern: X is the modal's subject, not a possessor before it
OBLIGATIONS = frozenset({"must", "should"})
NEEDS_TO = [[word, "to"] for word in ("needs", "need", "has", "have", "had", "ought")]


def _two_sides(mentions: list[Mention], start: int) -> list[Mention]:
    """The first two actors of different countries before ``start`` ("Zelenskiy said he felt no
    pressure from Trump during their phone call"), or [] when there are not two."""
    sides: list[Mention] = []
    for mention in mentions:
        if mention.end > start or not mention.is_actor or mention.actor is None:
            continue
        if all(side.actor.country != mention.actor.country for side in sides):
            sides.append(mention)
    return sides[:2] if len(sides) >= 2 else []


def _shares_first_subject(
    tokens: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    subjects: list[Mention],
    first: Clause,
    start: int,
) -> bool:
    """Whether a verb at ``start`` coordinated with the sentence's first verb has that verb's
    subject rather than the one found: "The Kremlin accused Britain of supplying Ukraine with
    shells, and warned London" (not an actor in the first verb's complement), "condemns the
    desecration in Sweden and called on Stockholm" (nor a place in it), "said it was concerned
    about the allegations and urged India" (past a complement naming no one)."""
    conjunction = coordination.coordinating_and(lowers, start)
    if conjunction <= 0:
        return False
    if subjects:
        return subjects[-1].start >= first.subjects[-1].end and subjects[-1] not in first.subjects
    if lowers[conjunction - 1] == "," and first.end < conjunction:
        return True  # "Egypt accused Ethiopia of refusing to negotiate over the Nile dam, and
        # asked the United States to mediate": past a long complement, ", and" continues it
    return any(first.end <= m.start < start and m.locative for m in mentions) or (
        coordination.plain_complement([token.text for token in tokens[first.end : start]])
    )


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
    if (
        objects
        and (kind in GIVING_KINDS or pattern.cameo.startswith("023"))
        and "against" in lowers[max(match.start, objects[0].start - 2) : objects[0].start]
    ):
        objects = []  # "pleads for protection against Russian attacks": the threat, not the giver
    if not objects and memory is not None and _owned_act(lowers, match.end):
        # "China regards Lai as a separatist and has condemned his transits": the owner
        owner = readings.possessor(sentence.text, tokens, lowers, mentions, memory, match.end + 1)
        objects = [owner] if owner is not None else []
    if lowers[match.end - 1] in ("if", "unless") and any(
        m.is_actor for m in mentions if match.start < m.start < match.end
    ):
        objects = []  # "threatened to kill Bazoum if ECOWAS intervened": aimed at Bazoum
    if not objects and len(subjects) > 1 and each_other(lowers[match.start : match.end + 2]):
        objects = subjects  # "India and Canada expelled each other's diplomats"
    if not objects and lowers[match.end : match.end + 1] == ["them"]:
        # "targeted allies, including Europe, Japan and Mexico, threatening them": the
        # sentence's last group of two or more actors before the trigger
        objects = coordination.group_before(lowers, mentions, match.start)
    if not objects and memory is not None:
        objects = reactions.reaction_target(
            sentence, tokens, lowers, (match.start, match.end), kind, pattern.cameo, memory
        )
        makers = {mention.actor.country for mention in objects if mention.actor is not None}
        if any(m.actor is not None and m.actor.country in makers for m in subjects):
            objects = []  # "Trump welcomed the deal" he made with China: no act toward China
    if not objects and subjects:
        # "Iran, which the United States accuses of attacking tankers": the antecedent
        objects = clause_agents.relative_antecedent(lowers, mentions, subjects[0].start)
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
    own = {m.actor.country for m in subjects if m.actor is not None}
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
    found = object_slots.inside(mentions, match.start, match.end)
    if len(found) > 1 and found[-1].end == match.end and pattern.compiled:
        found = found[:-1]  # "sell Ankara its fighter jets": the pattern's last noun is the thing
    if lowers[match.end - 1] in OBLIGATIONS or lowers[match.end - 2 : match.end] in NEEDS_TO:
        # "said Syria's territorial integrity must be preserved": no demand on Syria
        found = [m for m in found if lowers[m.end : m.end + 1] != ["'s"]]
    if found or pattern.target not in ("inside", "first_inside"):
        return found
    found = reactions.reaction_target(
        sentence, tokens, lowers, (match.start, match.end), kind, pattern.cameo, memory,
        answer=pattern.answers,
    )  # fmt: skip
    if not found and subjects:
        found = act_makers.apposed_maker(lowers, mentions, subjects[0].start)
    return found


def _owned_act(lowers: list[str], end: int) -> bool:
    """Whether a possessive pronoun and an act noun follow a trigger ("condemned his transits",
    "criticised their decision")."""
    return (
        lowers[end : end + 1] in (["his"], ["her"], ["its"], ["their"])
        and lowers[end + 1 : end + 2] != []
        and lowers[end + 1] in owners.OWNED_ACT_NOUNS
    )
