"""Triggers told in the passive: "was received by", ", a move condemned by X", "X, accused by Y
of", and the whole event of a verb-and-noun act told in the passive ("sanctions were imposed on
Iran by the US").

Consumes a sentence's lower-cased tokens and mentions, one trigger match and its pattern, the
clauses the sentence's earlier triggers found (``trigger_slots.Clause``) and the article's
``ActorMemory``; produces whether a trigger is passive, its agents (the "by" phrase, or the captors
of a relative clause) and the actors it is done to (its subjects, or the owner of an event noun),
and for a verb-and-noun pattern its pairs, modality and confidence. The tagger swaps the slots and
makes the rows.
"""

import dataclasses

from transforms.tagging import act_makers, clause_agents, object_slots, owners, readings
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Mention
from transforms.tagging.modality import ModalityCues
from transforms.tagging.opening_subjects import after_opening_clause
from transforms.tagging.pairs import pairs_of
from transforms.tagging.passives import passive_roles
from transforms.tagging.patterns import Pattern, TriggerMatch
from transforms.tagging.slots import object_fits
from transforms.tagging.text import words
from transforms.tagging.trigger_slots import Clause
from transforms.tagging.view_targets import VIEW_KINDS, victim

APPOSITION_OPENERS = frozenset({",", "-", "\u2013", "\u2014"})  # ", accused by", "- designated by"


def in_passive(lowers: list[str], match: TriggerMatch, pattern: Pattern) -> bool:
    """Whether a trigger is told in the passive ("was received by"; ", a move condemned by X";
    "X, accused by Y of")."""
    if pattern.source == "object" and lowers[match.end - 1] in ("from", "by"):
        return False  # "The account was met with scepticism from X": the reaction reads the same;
        # "in a deal brokered by China": the pattern is the passive itself
    if pattern.target == "subject" and "by" in lowers[match.start + 1 : match.end]:
        return False  # "Iran was hit by new EU sanctions": so is this one
    return pattern.source != "between" and (
        clause_agents.is_passive(lowers, match.start)
        or (
            lowers[match.end : match.end + 1] == ["by"]
            or lowers[match.start + 1 : match.start + 2] == ["by"]  # "recognized by X as"
            and lowers[match.start].endswith("ed")
        )
        and (
            act_makers.apposed_act(lowers, match.start)
            or match.start == 0  # "Criticised by Washington ..., India defended"
            or _apposed(lowers, match.start)
            or lowers[match.start - 1] == "and"
            and _passive_before(lowers, match.start - 1)
        )
    )  # "Iran, accused by Washington of attacking tankers, denied"


def _apposed(lowers: list[str], start: int) -> bool:
    """Whether the participle at ``start`` opens an aside (", accused by", "X and Y - both
    designated as terrorist organisations by Z")."""
    before = start - 1 - (lowers[start - 1 : start] in (["both"], ["all"]))
    return before >= 0 and lowers[before] in APPOSITION_OPENERS


def _passive_before(lowers: list[str], conjunction: int) -> bool:
    """Whether a passive participle with its "by" agent comes shortly before the "and" at
    ``conjunction`` ("welcomed by Israel and condemned by the Palestinians")."""
    window = lowers[max(0, conjunction - PASSIVE_REACH) : conjunction]
    return "by" in window and any(
        clause_agents.is_passive(lowers, position)
        for position in range(max(0, conjunction - PASSIVE_REACH), conjunction)
        if lowers[position].endswith("ed")
    )


PASSIVE_REACH = 6  # "welcomed by the Israeli government and condemned by"


def passive_event(
    cues: ModalityCues,
    lowers: list[str],
    mentions: list[Mention],
    match: TriggerMatch,
    pattern: Pattern,
    memory: ActorMemory | None = None,
) -> tuple | None:
    """A verb-and-noun act told in the passive ("sanctions were imposed on Iran by the US"):
    the source is the agent, the target the actor after the preposition (tariffs with no agent:
    ``readings.unnamed_imposer``)."""
    places = pattern.target == "object_place"

    def after(position: int) -> list[Mention]:
        return object_slots.object_mentions(lowers, mentions, position, places=places)

    found = passive_roles(lowers, mentions, match.start, match.end, pattern.passive, after)
    if not object_fits(lowers, found.targets, pattern):
        return None
    sources, targets = found.sources, found.targets
    if not sources and targets and memory is not None:
        sources = readings.unnamed_imposer(lowers, match, targets, memory)
    if sources and not targets and memory is not None:
        targets = readings.unnamed_other_side(lowers, match, sources, memory)
    pairs = pairs_of(pattern, sources, targets)
    if not pairs:
        return None
    modality = cues.classify(lowers, match.start, found.participle, match.end)
    if "no" in lowers[max(0, match.start - 2) : match.start]:
        modality = "negated"  # "no sanctions were imposed"
    place_targets = [m for m in targets if m.place_name and places]
    confidence = pattern.confidence * 0.9
    return pairs, modality, confidence, pattern, place_targets, mentions, lowers


# Nouns of a seizure or use of power whose "in X" names the state that did it
SEIZURES = words("coup putsch takeover crackdown")


def seized_state(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The state named after "the coup in" (a seizure of power) before a passive verb at
    ``start`` ("The coup in Niger was condemned by the US": done to Niger's rulers)."""
    for mention in mentions:
        if (
            mention.end <= start
            and mention.actor is not None
            and lowers[mention.start - 2 : mention.start] in ([noun, "in"] for noun in SEIZURES)
        ):
            return [dataclasses.replace(mention, locative=False)]
    return []


# Acts done to an envoy by the state he is posted to, when told in the passive with no "by"
HOST_ACTS = (["summoned"], ["called", "in"], ["expelled"])
UNWELCOME = words("persona personae")  # "was declared (as) persona non grata": by the host too


def passive_agents(
    lowers: list[str],
    mentions: list[Mention],
    match: TriggerMatch,
    clauses: list[Clause],
    subjects: list[Mention],
    kind: str = "",
) -> tuple[list[Mention], list[Mention]]:
    """For a trigger in the passive: its agents (the "by" phrase, or the captors of "hostages
    who had been held by the Taliban ... were released") and the actors it is done to (its
    subjects, or the owner of an event noun it takes; of a view, never the victim of the act
    viewed: ``kind`` is the trigger's PLOVER type)."""
    by = clause_agents.by_agent(lowers, mentions, match.end)
    if not by:
        # "hostages who had been held by the Taliban ... were released": the captors
        # release, the captives are released
        captors, captives = clause_agents.captors(lowers, mentions, match.start)
        if captors:
            by, subjects = captors, captives
    wished = lowers[match.start - 2 : match.start] == ["to", "be"]  # ("calls for X to be")
    if (
        not by
        and len(subjects) == 1
        and (
            lowers[match.start : match.end] in HOST_ACTS
            or not UNWELCOME.isdisjoint(lowers[match.start : match.end])
        )
        and not wished
    ):
        by = owners.envoy_host(lowers, mentions, subjects[0])  # "The French ambassador to
        # Bamako was summoned": by Mali, the state he is posted to
    if match.start == 0 and by:
        # "Criticised by Washington for its ties to Moscow, India defended": done to the main
        # clause's subject, after the comma that closes the participle clause
        subjects = after_opening_clause(lowers, mentions) or subjects
    # "Israel approved new homes, a move condemned by the EU": the first actor's act
    subjects = act_makers.apposed_maker(lowers, mentions, match.start) or subjects
    if lowers[match.start - 1 : match.start] == ["and"] and clauses and clauses[-1].objects:
        # "a reversal that was welcomed by Israel and condemned by the Palestinians": the
        # second participle is done to what the first was
        subjects = clauses[-1].objects
    owner = next(
        (c.subjects for c in clauses if c.nominal and subjects and subjects[-1] in c.objects),
        None,
    )
    if owner:  # "Kim's visit to Russia was condemned by Seoul": the visit's, Kim's
        subjects = owner
    if not subjects:  # "Sweden's bid was approved by Hungary": the bid's, Sweden's
        subjects = owners.asking_owner(lowers, mentions, match.start)
    elif len(subjects) == 1 and owners.act_owner_before(lowers, mentions, subjects[0]):
        # "Israel's strike on the Iranian consulate was condemned by Russia": Israel's act
        subjects = owners.act_owner_before(lowers, mentions, subjects[0])
    if kind in VIEW_KINDS:  # "The invasion of Ukraine was condemned by the EU": not Ukraine
        subjects = [mention for mention in subjects if not victim(lowers, mention)]
        subjects = subjects or seized_state(lowers, mentions, match.start)
    return by, subjects


def passive_slots(
    slots: dict[str, list[Mention]], by: list[Mention], done_to: list[Mention]
) -> dict[str, list[Mention]]:
    """A trigger's slots read in the passive: its agents (``by``) are its subjects, what it is
    done to its objects, and its inside targets too when they are the agents ("Iran was hit
    with new sanctions by the EU": the sanctions are on Iran)."""
    read = {**slots, "subject": by, "object": done_to, "object_place": done_to}
    if by and all(m in by for m in slots["inside"]):
        read["inside"] = read["first_inside"] = done_to
    return read
