"""Slots: which of a sentence's mentions fill a pattern's object, and what an object must be.

Consumes the mentions after a trigger and the pattern's conditions (``then``: a word that must
follow the object, "urged X to"; ``object_kind``: a person, a state, envoys...); produces the
object mentions, whether they fit, an event noun's agent, a modifier's slots ("Putin's China
visit") and whether the dependency parse may help (a meeting's unnamed hosts, "met officials" in a
story datelined Hanoi, are ``places``'s). The tagger (``tagger.py``) fills subjects and decides
the pairs.
"""

import dataclasses
import itertools

from transforms.tagging import (
    clause_frames,
    nominals,
    object_heads,
    object_slots,
    proxy_nouns,
    readings,
    reporters,
    roles,
)
from transforms.tagging.gap_openers import past_place, past_time, plain_gap
from transforms.tagging.mentions import Mention
from transforms.tagging.patterns import Pattern, TriggerMatch
from transforms.tagging.places import LOCATIVES
from transforms.tagging.text import words

# Words after "a" that make a time, not a name given: "called Xi a day after the summit"
SPANS = words("day week month year few couple second third fourth fifth short")
THEN_REACH = 8  # words after an object within which a pattern's "then" word must come


def objects_of(
    lowers: list[str], mentions: list[Mention], match: TriggerMatch, pattern: Pattern
) -> list[Mention]:
    """The mentions after a trigger that fill its object slot."""
    places = pattern.target in ("object_place",) or pattern.source == "object_place"
    if lowers[match.end - 1] in LOCATIVES and not pattern.compiled:
        # the trigger's own "in" governs its object ("suspended its membership in the EU")
        mentions = [
            dataclasses.replace(m, locative=False) if m.start >= match.end else m for m in mentions
        ]
    after = past_time(lowers, match.end)  # ("demanded on Saturday that the US release")
    if "that" in pattern.then and lowers[after : after + 1] == ["that"]:
        # "demanded that Israel leave the land": the that-clause's subject is the one asked
        return object_slots.object_mentions(lowers, mentions, after + 1, places=places)
    found = object_slots.object_mentions(lowers, mentions, match.end, places=places)
    partner = past_place(lowers, match.end) if not found else None
    if partner is not None:  # "held talks in the city of Xi'an, ..., with X"
        return object_slots.object_mentions(lowers, mentions, partner, places=places)
    return found


# Nouns of gatherings an actor's name may modify ("a NATO summit", "the EU meeting")
GATHERINGS = words("summit summits conference meeting meetings forum session ministerial games")
# An actor's premises, which are hosted, not a visitor ("hosts Hamas's political office")
PREMISES = words("office offices embassy embassies headquarters base bases")
HELD_OR_HOUSED = GATHERINGS | PREMISES
# What may follow a territory left ("withdrew from southern Lebanon within 60 days"), unlike a
# noun it modifies ("pulled out of the Paris climate accord")
LEFT_OFF = words(", . ; : ) by in on within after before and as under following over to amid at")


def _visitor(lowers: list[str], mention: Mention, end: int) -> bool:
    """Whether ``mention`` is named as a person or body itself, not as the owner or agent of an
    act: only determiners and the like before it, no act noun inside it."""
    inside, gap = lowers[mention.start : mention.end], lowers[end : mention.start]
    partner = past_place(lowers, end)
    if partner is not None and partner <= mention.start:
        gap = lowers[partner : mention.start]  # "received at the palace the President of X"
    named = plain_gap(gap) or proxy_nouns.people_proxy(gap)
    owned = "'s" in inside[-2:] and not (mention.actor is not None and mention.actor.personal)
    # (a person named by his state's possessive, "Iran's Raisi", is named himself)
    return named and not (object_heads.EVENT_NOUNS.intersection(inside) or owned)


def _after_that(lowers: list[str], start: int) -> bool:
    """Whether "that" opens the clause whose subject starts at ``start``, past determiners
    ("demanded that the US withdraw")."""
    before = start - 1
    while before > 0 and start - before <= 2 and lowers[before] in ("the", "a", "an", "its"):
        before -= 1
    return before >= 0 and lowers[before] == "that"


# Bare verbs of what is demanded, right after the one asked ("demanded Russia withdraw")
BARE_ACTS = words(
    "withdraw pull leave stop release halt end return cease free lift allow respect comply "
    "abandon refrain reverse apologise apologize conduct investigate explain punish extradite"
)
RELATIVE_REACH = 15  # ", which has peacekeepers in the region," before the object's "to"


def _past_relative(lowers: list[str], end: int) -> int:
    """Where the words after an object continue past a relative clause between commas ("asked
    Russia, which has peacekeepers in the region, to intervene"); ``end`` if there is none."""
    limit = min(end + RELATIVE_REACH, len(lowers))
    close = clause_frames.relative_close(lowers, end, limit)
    return end if close is None or close == limit else close + 1


def object_fits(
    lowers: list[str],
    objects: list[Mention],
    pattern: Pattern,
    span: tuple[int, int] | None = None,
) -> bool:
    """The pattern's conditions on its object: its kind, and the word that follows it; a visitor
    (kind person or actor, the trigger at ``span``) is named right after the trigger."""
    end = span[1] if span is not None else None
    finite = objects and lowers[objects[-1].end : objects[-1].end + 1] in (["was"], ["is"])
    if pattern.compiled and finite and span and lowers[span[0]] in reporters.CLAUSE_TAKING:
        return False  # "argues the move was legitimate": the object is a clause's subject
    if pattern.then and objects and span is not None and objects[-1].end <= span[0]:
        return False  # "demanded the release of X and called on Y": the verb before's object
    if pattern.then and objects and _after_that(lowers, objects[0].start):
        pass  # "urged that (the) X withdraw": the "that" came before the object
    elif pattern.then and objects:
        # "urged X to", also past a short tail: "urged Vietnam and others in the region to"
        after = _past_relative(lowers, objects[-1].end)
        following = lowers[after : after + THEN_REACH]
        following = [
            w for w in following if w not in object_slots.QUOTES
        ]  # 'called it "a provocation"'
        if following[:1] == ["as"]:
            following = following[1:]  # "described Trump as a dotard": "as" opens no clause
        if following[:1] == ["'s"] and pattern.then <= {"on", "over"}:
            return False  # "press Meloni's initiatives on": not Meloni pressed
        if following[:1] in (["is"], ["are"], ["was"], ["were"]):
            following = []  # "insisted North Korea was to blame", "insisting the country is
            # free of drug production": a clause's own subject
        named = following[:1] in (["a"], ["an"]) and following[1:2] and following[1] not in SPANS
        if pattern.object_kind == "person" and named:
            return False  # 'called Macron "a terrible president"': a name given, not a call
        if following[:1] == [","] and following[1:2] and following[1].endswith("ing"):
            following = following[:2] if following[2:3] == ["to"] else following
            # "told Kishida, referring to his country": the participle's own "to"
        stop = next(
            (
                i
                for i, w in enumerate(following)
                if w in roles.SUBJECT_BLOCKERS and w not in pattern.then
            ),
            None,
        )  # ("assured X that": the pattern's own word is no blocker)
        heard = following[:stop]
        pairs = [f"{first}_{second}" for first, second in itertools.pairwise(heard)]
        subjunctive = "that" in pattern.then and following[:1] != [] and following[0] in BARE_ACTS
        # ("demanded Russia withdraw from Ukraine": a that-clause without its "that")
        head = lowers[objects[-1].end - 1]  # "defied the ECOWAS ultimatum": the mention's noun
        if (
            pattern.then.isdisjoint(heard)
            and pattern.then.isdisjoint(pairs)
            and not subjunctive
            and head not in pattern.then
        ):
            return False  # (a two-word item: "called X to_discuss")
    headline = pattern.adjacent and not pattern.nominal and end is not None
    if headline and (not objects or objects[0].start != end):
        return False  # "China sanctions US firms", not "US sanctions on Iran"
    kind = pattern.object_kind
    if kind is None or pattern.target == "none":
        return True
    if (
        kind in ("person", "actor")
        and objects
        and lowers[objects[-1].end : objects[-1].end + 1] == ["'s"]
    ):
        # "called Colin Powell's bluff", "hosts Hamas's political office": a possessor, not the
        # person acted on or the visitor
        return False
    if (
        kind in ("actor", "person")
        and objects
        and end is not None
        and not _visitor(lowers, objects[0], end)
    ):
        return False  # "welcomed Erdogan's decision", "welcomed the decision by Erdogan"
    if kind == "not_visitor" and objects and end is not None:
        # "welcomed the Chinese initiative", "welcomed Erdogan's decision": praise, not a visit
        return not _visitor(lowers, objects[0], end) or all(
            mention.actor is None or not mention.actor.personal for mention in objects
        )
    if (
        kind in ("actor", "person")
        and objects
        and objects[0].demonym_only
        and not (objects[0].actor is not None and objects[0].actor.personal)
    ):
        return False  # "agreed to host Russian nuclear weapons": a state's things, no visitor
        # ("the Saudi and Iranian foreign ministers": people, the first demonym's too)
    following = lowers[objects[-1].end : objects[-1].end + 1] if objects else []
    if kind in ("actor", "person") and objects and lowers[objects[-1].end - 1] in PREMISES:
        return False  # "hosts Hamas's political office": premises, no visitor
    if kind == "organisation" and objects and end is not None and objects[0].start > end + 1:
        return False  # "quit ECOWAS", "left the EU"; not "leaves us with no choice but ... X"
    if following[:1] in (["'"], ["’"]) and objects:
        following = lowers[objects[-1].end + 1 : objects[-1].end + 2]  # "G20 ministers' meeting"
    if kind in ("actor", "person", "organisation") and following and following[0] in HELD_OR_HOUSED:
        return False  # "hosts a NATO summit", "left NATO headquarters": no visitor, no member
    if kind == "territory" and (not objects or following[:1] and following[0] not in LEFT_OFF):
        return False  # "withdrew from southern Lebanon", not "from the Iran nuclear deal"
    actors = [mention.actor for mention in objects if mention.actor is not None]
    if not actors:
        return kind is None
    test = {
        "actor": lambda actor: True,
        "person": lambda actor: actor.personal,
        "not_person": lambda actor: not actor.personal,
        "not_visitor": lambda actor: not actor.personal,
        "state": lambda actor: actor.sector is None and not actor.agents,
        "territory": lambda actor: actor.sector is None and not actor.agents,
        # a state or its businesses ("invested billions in Hungary's electric vehicle industry")
        "economy": lambda actor: actor.sector in (None, "BUS") and not actor.personal,
        "forces": lambda actor: (  # (an organisation's keeps its sector: "UN peacekeepers")
            (actor.sector == "MIL" or any("peacekeep" in agent for agent in actor.agents))
            and not actor.personal
        ),
        # "came under fire from Israeli troops": shots, not criticism
        "not_forces": lambda actor: actor.sector != "MIL" or actor.personal,
        # a state or its government ("recognised Peru's new government"), or an opposition
        # leader who claims it ("recognized Guaido")
        "polity": lambda actor: (
            not actor.personal and actor.sector in (None, "GOV", "MIL") or actor.sector == "OPP"
        ),
        "envoy": lambda actor: actor.envoy,
        "people": lambda actor: bool(actor.agents) or actor.personal,
        "organisation": lambda actor: actor.sector == "IGO",  # "quit ECOWAS", not a country
        "envoy_or_people": lambda actor: (
            actor.envoy
            or actor.personal  # "expelled an Indian official"
            or not {"nationals", "diplomats", "citizens", "people"}.isdisjoint(actor.agents)
            or any(agent.endswith(("advisers", "officials")) for agent in actor.agents)
        ),  # ("expelled the two Russians", "asked Indian military advisers to leave")
    }[kind]
    return all(test(actor) for actor in actors)


# Verbs whose object noun is another's act ("violated sanctions on Russia", "evading the ban"),
# and words that make what precedes it a member ("firms as part of the sanctions package")
EVADING = words("violated violate violates violating evaded evade evades evading circumvented")
EVADING |= {"part_of", "round_of"}
EVADING |= words("circumvent circumventing breached breach breaching busting flouted flouting")


def noun_agent(
    lowers: list[str],
    mentions: list[Mention],
    start: int,
    subjects: list[Mention],
    via_pronoun: bool,
    verb_spans: list[tuple[int, int]],
) -> tuple[list[Mention], bool]:
    """An event noun's agent: a modifying demonym, else the subject (not another verb's noun)."""
    window = lowers[max(0, start - 5) : start]  # ("the EU's new round of sanctions": the EU's)
    owned = bool(subjects) and lowers[subjects[-1].end : subjects[-1].end + 1] == ["'s"]
    pairs = {f"{a}_{b}" for a, b in itertools.pairwise(window)}
    if EVADING.intersection(window[-3:]) or not owned and EVADING & pairs:
        return [], False  # "firms violated sanctions on", "banks as part of the sanctions package"
    agent = nominals.demonym_agent(lowers, mentions, start)
    if agent is not None:
        return [agent], False
    if (
        subjects
        and not readings.possessed(lowers, subjects[-1], start)
        and nominals.governed(lowers, subjects[-1].end, start, verb_spans)
    ):
        return [], False
    return subjects, via_pronoun


def parse_may_help(
    pattern: Pattern, slots: dict[str, list[Mention]], mentions: list[Mention]
) -> bool:
    """Whether the pattern needs a subject, the shallow rules found its object but none, and
    another mention could be it: only then is the sentence parsed (parsing costs ~100 times the
    shallow rules). Filling objects from the parse added false rows and no true one on the
    development sets (docs/tagger.md, "The dependency parse")."""
    if pattern.source == "between" or slots["subject"] or not slots["object"]:
        return False
    if "subject" not in (pattern.source, pattern.target):
        return False
    used = {id(mention) for mention in slots["object"]}
    return any((m.is_actor or m.place_country) and id(m) not in used for m in mentions)
