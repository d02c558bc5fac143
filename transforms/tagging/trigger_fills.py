"""Trigger fills: one trigger match read with one of its patterns becomes an event's actor pairs.

Consumes a sentence's tokens, words and mentions, one trigger match and its pattern, the earlier
triggers' clauses (this one's is added), the parse, the article's ``ActorMemory`` and dateline;
produces, for ``event_rows``, the (source, target) pairs with modality and confidence, the
pattern (one-sided when a reciprocal act names its counterpart), the place targets and words.
Drops (returns None): a verb inside a name, a reported trigger around another's act, an act asked
of someone, a travel participle after a noun, "for consultations", an unnamed speaker's trigger,
an apposed act with a person object, a wrong object, a reciprocal act on another, no pair, a sum."""

import dataclasses

from transforms.tagging import (
    act_makers,
    asides,
    clause_agents,
    clause_frames,
    object_slots,
    owners,
    quotations,
    readings,
    recoding,
)
from transforms.tagging.clause_links import modifies_a_noun, shared_objects
from transforms.tagging.document import Document
from transforms.tagging.event_modality import EventModality
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Mention
from transforms.tagging.modality import ModalityCues
from transforms.tagging.pairs import (
    between,
    opening_call_partner,
    pairs_of,
    talks_partner,
    ties_with_another,
    we_and_partner,
)
from transforms.tagging.parsed_roles import SentenceParse
from transforms.tagging.passive_triggers import (
    in_passive,
    passive_agents,
    passive_event,
    passive_slots,
)
from transforms.tagging.patterns import Pattern, TriggerMatch
from transforms.tagging.places import Place, dateline_host, hosts
from transforms.tagging.possessives import modifier_slots
from transforms.tagging.slots import GATHERINGS, object_fits, parse_may_help
from transforms.tagging.taxonomy import CameoCode
from transforms.tagging.text import Sentence, Token, words
from transforms.tagging.trigger_objects import first_inside, inside_targets, trigger_objects
from transforms.tagging.trigger_slots import (
    Clause,
    partner_in_sentence,
    requested_of,
    told_addressee,
    trigger_subjects,
)

# Kinds whose unnamed target is the story's other side ("balked on terms", "tariffs imposed by X")
OTHER_SIDE_KINDS = frozenset({"REJECT", "CONCEDE", "SANCTION", "RETREAT"})
# Targets named inside the trigger's own words ("ordered the French ambassador to leave")
INSIDE_SLOTS = frozenset({"inside", "first_inside"})
# Adjunct words between a dyad-less talks noun and actors before it: no sides ("on the sidelines")
ADJUNCT_OPENERS = frozenset({"on", "at", "in", "of", "during", "sidelines"})
CALL_OPENERS = frozenset({"in", "during", "on", "over"})  # "asked X ... during a phone call"
# Words before a past participle that make it an adjective of the noun after it ("using frozen")
ATTRIBUTIVE_OPENERS = words("the a an its their his her of in on using including involving from")
PARTICIPLE_ENDINGS = ("en", "ed")


def fill_pattern(
    cues: ModalityCues,
    taxonomy: dict[str, CameoCode],
    event_modality: EventModality,
    document: Document,
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    match: TriggerMatch,
    pattern: Pattern,
    clauses: list[Clause],
    parse: SentenceParse | None = None,
    memory: ActorMemory | None = None,
    dateline: Place | None = None,
    verb_spans: list[tuple[int, int]] | None = None,
    carried: list[Mention] | None = None,
) -> tuple | None:
    """Fill a pattern's slots; None when it cannot make an event."""
    if pattern.compiled and any(m.start <= match.start < m.end for m in mentions):
        return None  # a compiled verb form inside a name ("United States") is no trigger
    if pattern.reported and any(
        (m.is_actor or m.demonym_only) and match.start < m.start and m.end <= match.end
        for m in mentions
    ):
        return None  # "said Russia should withdraw", "said of the Japanese plan": another's
    if pattern.compiled and any(
        m.is_actor and match.start < m.start and m.end + 1 < match.end and lowers[m.end] == "to"
        for m in mentions
    ):
        return None  # "wants Putin to attack X": Putin's act, asked of him, not a threat
    if pattern.cameo == "042" and modifies_a_noun(lowers, mentions, match.start):
        return None  # "any ship heading to Israel": the ship's course, no one's visit
    if (
        "object" in (pattern.source, pattern.target)
        and lowers[match.end - 1] in object_slots.TOPIC_PREPOSITIONS
        and taxonomy[pattern.cameo].plover_type == "CONSULT"
        and any(word in GATHERINGS for word in lowers[match.start : match.end])
    ):
        return None  # "will host a peace summit on Ukraine": the summit's topic, no guest
    if lowers[match.end - 2 : match.end] == ["according", "to"] or readings.designated(
        lowers, match.start, match.end, pattern.cameo
    ):
        return None  # "supplied Russia with drone parts, according to U.S. officials"
    if clause_frames.leaves_its_relative(lowers, match.start, match.end):
        return None  # ", which Kyiv had requested for months, drew criticism from"
    if lowers[match.start - 1 : match.end] == ["for", "consultations"]:
        return None  # "recalled their ambassadors for consultations": a recall, no talks
    if (
        not pattern.nominal
        and match.start > 0
        and lowers[match.start - 1] in ATTRIBUTIVE_OPENERS
        and lowers[match.start].endswith(PARTICIPLE_ENDINGS)
    ):
        return None  # "the transfer of $6 billion in frozen Iranian funds": a state, no act
    if pattern.passive is not None:
        return passive_event(cues, lowers, mentions, match, pattern, memory)
    speaker_slot: list[Mention] = []
    if pattern.source == "speaker":  # '"China must stop," the minister said'
        speaker_slot = (
            quotations.quote_speaker(lowers, mentions, match.start)
            or quotations.trailing_speaker(lowers, mentions, match.end)
            or quotations.according_to(lowers, mentions, match.start)
        )
        inside = quotations.quote_span(lowers, match.start) or quotations.unmarked(lowers)
        speaker_slot = speaker_slot or (carried if inside else None)  # '"...," X said. "Stop'
        if not speaker_slot:
            return None  # no one named says it: no clause to remember either
    subjects, via_pronoun = trigger_subjects(
        sentence, tokens, lowers, mentions, match, pattern, clauses, memory, verb_spans, carried
    )
    if (
        pattern.adjacent
        and subjects
        and ADJUNCT_OPENERS & set(lowers[subjects[-1].end : match.start])
    ):
        subjects = []  # "met Kagame and Tshisekedi separately at the summit": no dyad's
    if pattern.source == "speaker" and pattern.target == "subject":
        # '"This is a violation," X said of the U.S. seizure': "this" is the U.S.'s act
        subjects = quotations.spoken_of(lowers, mentions, match.start) or subjects
        subjects = quotations.others_obliged(lowers, match.start, subjects, speaker_slot)
    passive = in_passive(lowers, match, pattern)
    slots = {"subject": subjects, "none": []}
    kind = taxonomy[pattern.cameo].plover_type
    objects = trigger_objects(
        sentence, tokens, lowers, mentions, match, pattern, kind, subjects, memory
    )
    if not objects and pattern.nominal and match.start <= 1 and lowers[match.start] in CALL_OPENERS:
        objects = opening_call_partner(lowers, mentions, match.end, subjects)
    if not objects and clauses and pattern.target == "object":
        # "met Zelenskiy and pledged continued support": the first verb's object; "asked
        # Zelensky to investigate Biden during a phone call": the call's other side
        before = [clause for clause in clauses if clause.end <= match.start]
        if before and pattern.nominal and lowers[match.start] in CALL_OPENERS:
            objects = [m for m in before[-1].objects if m.end <= match.start]
            subjects = slots["subject"] = before[-1].subjects if objects else subjects
        elif before:
            # a headline's "X meets Y, seeks aid": the first verb's subject too
            headline = lowers[match.start - 1] == ","
            shared = before[-1].subjects if headline or not subjects else subjects
            objects = shared_objects(lowers, match.start, match.end, shared, before[-1])
            if objects and shared is not subjects:
                subjects = slots["subject"] = shared
    slots["object"] = slots["object_place"] = objects
    slots["inside"] = inside_targets(
        sentence, tokens, lowers, mentions, match, pattern, kind, subjects, memory
    )
    slots["first_inside"] = first_inside(lowers, mentions, slots["inside"])
    slots["between"] = between(lowers, mentions, match.end)
    slots["dateline"] = dateline_host(lowers, match.end, dateline)
    slots["speaker"] = speaker_slot
    if pattern.target == "modifier":  # "Putin's China visit": Putin's, to China
        subjects, slots["modifier"] = modifier_slots(lowers, mentions, match.start)
        slots["subject"] = subjects
    apposed = passive and act_makers.apposed_act(lowers, match.start)
    if apposed and pattern.object_kind == "person":
        return None  # ", a proposal welcomed by X": the proposal is welcomed, no visitor
    if not passive and pattern.target == "subject" and len(subjects) == 1:
        # "Russia's strike on a Kyiv hospital drew condemnation from X": Russia's act
        subjects = owners.act_owner_before(lowers, mentions, subjects[0]) or subjects
        slots["subject"] = subjects
    if passive:
        via_pronoun = via_pronoun and bool(subjects)  # (none found: "Supported by Russia, X")
        by, subjects = passive_agents(lowers, mentions, match, clauses, subjects, kind)
        if by and not subjects:  # "The move was condemned by Russia": the last act's maker
            subjects = act_makers.opening_act_makers(sentence, tokens, lowers, match.start, memory)
        slots = passive_slots(slots, by, subjects)
        objects = subjects
    if (
        pattern.nominal
        and objects
        and not passive
        and lowers[objects[-1].end : objects[-1].end + 1] == ["by"]
    ):
        agents = clause_agents.by_agent(lowers, mentions, objects[-1].end)
        if agents:  # "a visit to Sri Lanka by the Norwegian foreign minister"
            subjects = slots["subject"] = agents
    agents = clause_agents.agent_inside(lowers, mentions, match.start, match.end)
    if agents and not passive and pattern.source == "subject" and pattern.target == "object":
        # "any supply of weapons by North Korea to Russia"
        subjects = slots["subject"] = agents
    # an object named inside the trigger ("ordered the French ambassador to leave") is its kind's
    # and the first verb's object for a verb after it ("rejected France's demands and threatened")
    named_inside = slots[pattern.target] if pattern.target in INSIDE_SLOTS else None
    sides = [] if pattern.target == "none" else objects or named_inside or []
    clauses.append(Clause.of(match.end, subjects, sides, pattern, kind))  # ("discussed Ukraine
    # during a phone call": a topic, no side of the call)
    if parse is not None and parse_may_help(pattern, slots, mentions):
        # an object but no subject: ask the parse (far passive agents, relatives, coordination)
        parsed_subjects, parsed_passive = parse.subjects(mentions, match.start, match.end)
        if parsed_subjects:
            slots["subject"] = parsed_subjects
            passive = passive or parsed_passive
    if pattern.target == "object" and subjects:
        officials = hosts(lowers, mentions, match.end, dateline, objects)
        if officials and taxonomy[pattern.cameo].plover_type == "CONSULT":
            # "Esper met with top government officials" datelined Hanoi: the host country's
            slots["object"] = objects = officials
    fitted = objects if named_inside is None else named_inside
    if (
        pattern.target not in ("none", "dateline")
        and not (apposed and pattern.object_kind == "not_visitor")
        # (a passive's objects are the ones it is done to, wherever they stand: "Welcomed by
        # Kishida at the airport, Yoon began", so no test of the words after the trigger)
        and not object_fits(lowers, fitted, pattern, None if passive else (match.start, match.end))
    ):
        return None
    sources = slots[pattern.source]
    targets = slots[pattern.target] if pattern.target != "to_place" else []
    if pattern.target == "to_place" and sources:
        targets = object_slots.to_place(lowers, mentions, sources[-1].end)
    if not sources and targets and memory is not None:
        sources = readings.unnamed_imposer(lowers, match, targets, memory)
    if sources and not targets and kind in OTHER_SIDE_KINDS and memory is not None:
        targets = readings.unnamed_other_side(lowers, match, sources, memory)
    if (
        sources
        and not targets
        and pattern.target == "object"
        and (pattern.answers or kind == "ACCUSE")
    ):
        targets = act_makers.cause_maker(lowers, mentions, match.end)  # "protested after X"
    if sources and not targets and pattern.answers and memory is not None:
        targets = act_makers.answered_sides(sentence, tokens, match, clauses, sources, memory)
    if sources and not targets and pattern.talks:
        # "Macron spoke with Zelenskiy. The French leader promised more air defence": to him
        targets = partner_in_sentence(clauses, sources) or told_addressee(
            lowers, mentions, match.start, sources
        )
        if not targets and memory is not None:
            targets = talks_partner(lowers, match, sources, memory)
    if pattern.reciprocal and not targets and len(sources) == 1 and memory is not None:
        # '"We agreed to restart visits," Kishida said' after his talks with Yoon: both sides
        sources = sources + we_and_partner(lowers, match, sources, memory)
    if pattern.reciprocal and not targets and len(sources) >= 2:
        # "Egypt and Bahrain agreed to restore ties with Qatar"; "A and B met C to discuss"
        lists = kind == "SANCTION"  # (ties cut "with" a state named after a list of contacts)
        seek = pattern.target == "none" or lists
        targets = object_slots.counterpart(lowers, mentions, match.end, lists) if seek else []
        targets = targets or partner_in_sentence(clauses, sources)
        if targets:
            pattern = dataclasses.replace(pattern, reciprocal=False, target="object")
        elif asides.co_makers(lowers, sources, kind != "AGREE"):
            return None  # "X, together with Y, restored relations": no partner named (but
            # "A and B, along with C, agreed to": an agreement among them)
        elif ties_with_another(lowers, match, kind):
            return None  # "A and B cut ties with the militia": not with each other
    pairs = pairs_of(pattern, sources, targets)
    if not pairs or readings.trade_figure(lowers, match.start, targets):
        return None  # "U.S. exports to China dropped to $9.1 billion": a statistic
    if readings.curbed_trade(lowers, match.start):
        return None  # "imposed a ban on seafood imports from Japan": the ban's, no trade
    modality = event_modality.classify(lowers, match, pattern, subjects, targets)
    if modality == "asserted" and requested_of(lowers, match.start, clauses, subjects):
        modality = "hypothetical"  # "leaned on Ankara to approve Sweden's membership"
    if pattern.mutual and (
        readings.offered(lowers, match.start)
        or modality in ("future", "hypothetical", recoding.REFUSAL)
    ):
        # "The Taliban offered to hold talks with the United States", "EU leaders agreed to
        # open talks with Ukraine": an offer or a plan is one side's until the other agrees;
        # a refusal ("ruled out holding talks with") is the refuser's alone
        pairs = [pair for pair in pairs if pair[0] in sources]
    if kind == "CONSULT" and modality == "asserted" and readings.offered_talks(lowers, match.start):
        modality = "hypothetical"  # "offered talks with Pyongyang": talks not yet held
    confidence = pattern.confidence * (0.85 if via_pronoun and subjects else 1.0)
    confidence *= 0.9 if passive else 1.0
    place_targets = [m for m in targets if m.place_name and pattern.target == "object_place"]
    return pairs, modality, confidence, pattern, place_targets, mentions, lowers
