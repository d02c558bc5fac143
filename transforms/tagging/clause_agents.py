"""Agents the clause around a trigger names: a passive's "by" agent ("was received by X",
"criticised by allies, including France and Britain"), the captors of a release ("hostages who
had been held by the Taliban ... were released": the Taliban release them), and the subject of
a participle clause (", seeking to mend ties with China": the clause before the comma's;
"filed a case at the ICJ accusing Israel": the clause subject's document, not the court's).

Consumes a sentence's lower-cased tokens, its mentions and a trigger span; produces whether the
trigger is a passive participle and the mentions of its agent or subject.
"""

import dataclasses

from transforms.tagging.asides import ADVERBS
from transforms.tagging.coordination import coordinated_left
from transforms.tagging.mentions import Mention, as_state
from transforms.tagging.object_heads import PARTICIPLES
from transforms.tagging.object_slots import PREPOSITIONS, after_preposition, object_mentions
from transforms.tagging.text import manner_adverb, words

BE_FORMS = words("is are was were been being be get got gets")
# Prepositions whose complement a participle may follow without being its subject ("a case at
# the ICJ accusing"); "a letter from Kyiv urging" is Kyiv's letter
COMPLEMENT_PREPOSITIONS = (PREPOSITIONS | words("at in")) - words("from by")
GOVERNED_THE = [[preposition, "the"] for preposition in PREPOSITIONS]


# Participles that, before "to", say the subject's stance rather than a passive act
STATIVE_BEFORE_TO = words("opposed")


def is_passive(lowers: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` is a passive participle ("was received by")."""
    word = lowers[start]
    if not (word.endswith("ed") or word in PARTICIPLES):
        return False
    if word in STATIVE_BEFORE_TO and lowers[start + 1 : start + 2] == ["to"]:
        return False  # "China is firmly opposed to India's actions": a state, not a passive
    position = start - 1
    while position >= 0 and (lowers[position] in ADVERBS or manner_adverb(lowers[position])):
        position -= 1
    return position >= 0 and lowers[position] in BE_FORMS


def by_agent(lowers: list[str], mentions: list[Mention], end: int) -> list[Mention]:
    """The agent of a passive: the actor after "by" within a few words of the trigger."""
    for position in range(end, min(end + 4, len(lowers))):
        if lowers[position] == "by":
            found = object_mentions(lowers, mentions, position + 1)
            return found or examples(lowers, mentions, position + 1)
    return []


EXAMPLE_OPENERS = ([",", "including"], ["including"], ["such", "as"], [",", "such", "as"])
EXAMPLE_REACH = 6  # "by neighbours and international partners including": the group's words


def examples(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The actors a group noun's examples name: "by allies, including France and Britain",
    "by several countries such as Japan"; [] unless a short noun phrase comes first."""
    for position in range(start + 1, min(start + EXAMPLE_REACH, len(lowers))):
        for opener in EXAMPLE_OPENERS:
            if lowers[position : position + len(opener)] == opener:
                return object_mentions(lowers, mentions, position + len(opener))
        if not lowers[position].isalpha():
            return []
    return []


# Verbs of captivity whose agent, named in a relative clause before a passive release, is the
# releaser: "two hostages who had been held by the Taliban since 2016 were released".
CAPTIVITY_VERBS = words("held kept kidnapped detained captured abducted imprisoned seized taken")
RELATIVES = words("who that which")


def captors(
    lowers: list[str], mentions: list[Mention], start: int
) -> tuple[list[Mention], list[Mention]]:
    """For a passive trigger at ``start`` with no agent after it: the agent of a captivity verb
    in a relative clause before it ("who had been held by X"), and the actors before that
    clause (the captives); else empty lists."""
    for mention in reversed(mentions):
        if mention.end > start or not mention.is_actor:
            continue
        at = mention.start - (1 if lowers[mention.start - 1 : mention.start] == ["the"] else 0)
        if at < 2 or lowers[at - 1] != "by" or lowers[at - 2] not in CAPTIVITY_VERBS:
            continue
        relative = next(
            (i for i in range(at - 2, max(at - 6, -1), -1) if lowers[i] in RELATIVES), None
        )
        before = [m for m in mentions if relative is not None and m.end <= relative]
        if before and before[-1].is_actor:
            return [mention], coordinated_left(lowers, mentions, before[-1])
        return [], []
    return [], []


def participle_after_complement(
    lowers: list[str], mentions: list[Mention], start: int
) -> Mention | None:
    """The mention that ends right before the participle at ``start`` as the complement of a
    preposition other than "from" or "by" ("at the ICJ accusing"), or None."""
    if not lowers[start].endswith("ing"):
        return None
    before = next((m for m in mentions if m.end == start), None)
    if before is None or before.start < 2:
        return None
    governor = before.start - 2 if lowers[before.start - 1] == "the" else before.start - 1
    return before if lowers[governor] in COMPLEMENT_PREPOSITIONS else None


def after_participle_to(lowers: list[str], start: int) -> bool:
    """Whether ", <participle> to" stands right before ``start`` (", seeking to mend")."""
    participle = start >= 3 and lowers[start - 2].endswith("ing")
    return participle and lowers[start - 3] == "," and lowers[start - 1] == "to"


def last_subject(lowers: list[str], mentions: list[Mention], end: int) -> list[Mention]:
    """The last actor before ``end`` that no preposition governs and that possesses nothing
    (a pronoun only opening the sentence): the subject of the clause that ends there ("... before
    Sarkozy heads to Beijing"), past a since-clause ("They held talks since Israel struck")."""
    for mention in reversed(mentions):
        if mention.end > end or not mention.is_actor or mention.pronoun and mention.start > 0:
            continue
        if after_preposition(lowers, mention) or lowers[mention.end : mention.end + 1] == ["'s"]:
            continue
        if mention.start > 1 and lowers[mention.start - 2 : mention.start] in GOVERNED_THE:
            continue  # "by the French presidency"
        found = coordinated_left(lowers, mentions, mention)
        if lowers[found[0].start - 1 : found[0].start] != ["since"] or found[0].start < 2:
            return found
        end = found[0].start - 1
    return []


RELATIVE_PREPOSITIONS = words("to against with from on for")


DEMONYM_NOUNS = 3  # nouns between a demonym and a relative clause's comma


def relative_antecedent(
    lowers: list[str], mentions: list[Mention], subject_start: int
) -> list[Mention]:
    """The actor a relative clause's object gap stands for, when the subject at
    ``subject_start`` opens that clause: "Iran, which the United States accuses of attacking
    tankers" (Iran is accused), "Ukraine, to which the U.S. has given aid"; else []."""
    position = subject_start - 1
    if position >= 0 and lowers[position] == "the":
        position -= 1
    if position > 1 and lowers[position] == "that":
        return restrictive_antecedent(lowers, mentions, position)
    if position < 1 or lowers[position] not in ("which", "whom", "who"):  # ("who X accused")
        return []
    position -= 1
    if lowers[position] in RELATIVE_PREPOSITIONS:
        position -= 1
    if position < 1 or lowers[position] != ",":
        return []
    before = [m for m in mentions if m.end == position and m.is_actor and not m.pronoun]
    if before:
        return coordinated_left(lowers, mentions, before[-1])
    # a state's demonym before the antecedent's nouns: "intra-Afghan peace negotiations, which
    # the United States stands ready to support"
    modifier = [
        m
        for m in mentions
        if m.demonym_only
        and position - DEMONYM_NOUNS <= m.end < position
        and all(word.isalpha() for word in lowers[m.end : position])
    ]
    return [as_state(modifier[-1])] if modifier else []


NOUN_PREPOSITIONS = words("in from of")  # "entities in Iran", "diplomats from China"


def restrictive_antecedent(lowers: list[str], mentions: list[Mention], that: int) -> list[Mention]:
    """ "sanctions on entities in Iran and Russia that it accused of ...": the states a noun's
    "in", "from" or "of" names right before "that", with those coordinated with them, or an
    envoy after "a" ("a British diplomat that it accused"); [] when no such actor stands there
    ("warned Hezbollah that it would attack": a verb's object before "that" opens a reported
    clause, no relative one)."""
    before = [m for m in mentions if m.end == that and m.actor is not None and not m.pronoun]
    if not before:
        return []
    # a state the noun is "in" stands for its own bodies there, as the noun's other slots read
    left = [dataclasses.replace(m, locative=False) for m in mentions if m.actor is not None]
    left = coordinated_left(lowers, left, left[mentions.index(before[-1])])
    opener = left[0].start - (lowers[left[0].start - 1] == "the")
    if opener > 1 and lowers[opener - 1] in NOUN_PREPOSITIONS:
        return left
    envoys = all(m.actor is not None and (m.actor.envoy or m.actor.personal) for m in left)
    return left if envoys and lowers[opener - 1 : opener] in (["a"], ["an"]) else []


def agent_inside(lowers: list[str], mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The "by" agent named inside a trigger's span after its first two words ("supply of
    weapons by North Korea to", not "hit by"), with those coordinated with it; [] when there is
    none."""
    by = next((i for i in range(start + 2, end) if lowers[i] == "by"), None)
    if by is None:
        return []
    agents = by_agent(lowers, mentions, by)
    return [m for m in agents if m.end <= end]


THREAT_REACH = 20  # words after a threat's trigger its "against" or condition may come within
AIMING_WORDS = words("against if unless")
AIMED_REACH = 3  # words from "against" or "if" to the actor: "if Maduro's government"


def threatened_party(
    lowers: list[str], mentions: list[Mention], end: int, own: set[str]
) -> list[Mention]:
    """ "threatened that Israel would respond with force against Hezbollah", "warned that
    Washington would reimpose sanctions if Venezuela failed to ...": the actor a threat is aimed
    at, after "against" or opening its condition, not of the threatening side (``own``); []
    when the sentence ends first."""
    for position in range(end, min(end + THREAT_REACH, len(lowers))):
        if lowers[position] in (".", ";"):
            return []
        if lowers[position] not in AIMING_WORDS:
            continue
        for mention in mentions:
            if (
                position < mention.start <= position + AIMED_REACH
                and mention.is_actor
                and mention.actor is not None
                and mention.actor.country not in own
            ):
                return [mention]
    return []


# Verbs of contact whose object is not who does the infinitive after it: "called Wang Yi to
# urge him", "visited Kyiv to show support", "summoned the US ambassador to lodge a protest"
# (the caller urges, the visitor shows, the summoner protests)
CONTACTING = words("called phoned telephoned rang met visited summoned summoning calling meeting")
CONTACT_OBJECT_REACH = 3  # words before the object's actor: "a senior US diplomat"


def purpose_governor(lowers: list[str], mentions: list[Mention], start: int) -> int | None:
    """Where the contact verb stands whose object an infinitive of purpose at ``start`` follows
    ("called Wang Yi to urge him to": "called"), or None."""
    if start < 3 or lowers[start - 1] != "to":
        return None
    named = next((m for m in mentions if m.end == start - 1 and m.is_actor), None)
    if named is None:
        return None
    verb = named.start - 1
    while (
        verb > 0
        and named.start - verb <= CONTACT_OBJECT_REACH
        and lowers[verb] not in CONTACTING
        and lowers[verb].isalpha()
        and lowers[verb] not in NO_CONTROLLER
    ):
        verb -= 1  # "summoned a senior US diplomat to lodge a protest"
    return verb if verb > 0 and lowers[verb] in CONTACTING else None


NO_CONTROLLER = frozenset({",", "and", "or", "but", "that", "which", "who"})


def infinitive_subject(lowers: list[str], mentions: list[Mention], start: int) -> Mention | None:
    """ "is going to call the US to withdraw its troops": the actor right before "to" and the
    verb at ``start``, the object of a verb before it, is the verb's subject; None when no
    actor stands there or a preposition governs it ("moved troops closer to Ukraine to")."""
    if start < 2 or lowers[start - 1] != "to":
        return None
    mention = next((m for m in mentions if m.end == start - 1 and m.is_actor), None)
    if mention is None or mention.start == 0 or after_preposition(lowers, mention):
        return None
    before = mention.start - 1
    if lowers[before] in ("the", "a", "an") and before > 0:
        before -= 1
    if lowers[before] in NO_CONTROLLER | PREPOSITIONS or (
        purpose_governor(lowers, mentions, start) is not None
    ):
        return None  # ("called Wang Yi to urge him": the caller's purpose; "broke with the EU to
        # ban imports": no object of the verb)
    return mention


# Nouns of leave asked for: the infinitive after them is the asker's act ("asked Germany for
# permission to send tanks": Poland sends)
LEAVE_NOUNS = words("permission approval authorisation authorization consent clearance")


def asker_acts(gap: list[str], controls: bool) -> bool:
    """Whether the infinitive after an earlier clause's object is that clause subject's act:
    ``gap`` (the words from the object to the infinitive) ends in "to" and the clause's verb
    gives its object no act ("met Putin to discuss", not "urged Putin to"), or asks it for leave
    ("asked Germany for permission to send", "for its approval to", "for the green light to")."""
    if gap[-1:] != ["to"] or not RELATIVES.isdisjoint(gap):
        return False  # ("thanked Britain, which became the first country to supply": Britain's)
    leave = not LEAVE_NOUNS.isdisjoint(gap) or gap[-3:-1] == ["green", "light"]
    return not controls or gap[:1] == ["for"] and len(gap) <= 5 and leave
