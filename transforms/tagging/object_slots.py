"""Objects: the mentions after a trigger that fill its object slot, and the actors inside or
between its words.

Consumes a sentence's lower-cased tokens, its mentions and where a trigger ends; produces the
object mentions: the first actor after the trigger past determiners, numbers, dates, an amount of
money ("sanctions on $75 billion of American goods"), a head noun standing for the actor after it
("imports from X": ``proxy_nouns``), an event noun with its agent's "by" ("rejected allegations
by X"), and a demonym before a noun as its state ("a ban on Japanese seafood").
"""

import dataclasses

from transforms.tagging.coordination import coordinated_right
from transforms.tagging.dates import WEEKDAYS
from transforms.tagging.gap_openers import (
    MAX_OBJECT_GAP,
    plain_gap,
    without_amount,
    without_description,
    without_group,
    without_label,
    without_manner,
    without_vicinity,
)
from transforms.tagging.mentions import Mention, as_state
from transforms.tagging.object_heads import (
    QUOTES,
    acted_on,
    agent_of_event_noun,
    authored_before,
    conduct_of,
    custody_in,
    custody_of,
    held_in,
    including_group,
    mutual_act,
    named_envoy,
)
from transforms.tagging.offices import relation_opening
from transforms.tagging.person_names import second_title
from transforms.tagging.proxy_nouns import PROXY_NOUNS, as_proxy, proxy_noun
from transforms.tagging.text import words

# Words that put an actor inside a prepositional phrase (not the next "and <verb>"'s subject)
PREPOSITIONS = words("to of from with for against on over about toward towards by into")


def after_preposition(lowers: list[str], mention: Mention) -> bool:
    """Whether a mention (or the phrase it ends) follows a preposition: "to Taiwan"."""
    return mention.start > 0 and lowers[mention.start - 1] in PREPOSITIONS


def after_topic(lowers: list[str], mention: Mention) -> bool:
    """Whether a mention is a topic: "asked about the Muslim Brotherhood", "talks over Iran"."""
    before = mention.start - (2 if lowers[mention.start - 1 : mention.start] == ["the"] else 1)
    return before >= 0 and lowers[before] in TOPIC_PREPOSITIONS


# Nouns that make a country before them a topic, not a party: "Ukraine policy", "the China hawks"
TOPIC_NOUNS = words(
    "policy policies strategy expert experts specialist specialists desk file hawks"
)
TOPIC = [[noun] for noun in TOPIC_NOUNS]
# Nouns of wars and crises that make a place name before them their theatre, not a party:
# "criticism of the Gaza offensive" is of the side that wages it ("the Israeli offensive" names it)
THEATRE_NOUNS = words(
    "offensive war invasion conflict crisis siege blockade bombardment raid storming attack"
)
MISSION_NOUNS = words("embassy consulate mission")  # "defended the embassy raid": the place hit
# "warned Wagner was provoking NATO": an actor a finite verb follows opens the warning's clause
WARNING_VERBS = words("warn warns warned warning")
FINITE_AFTER = words("was were is are has have had")
TOPIC_PREPOSITIONS = words("over about on regarding toward towards")


def _noun_follows(lowers: list[str], mention: Mention) -> bool:
    """Whether a lower-case word (the noun a demonym modifies) follows ``mention``."""
    return (
        mention.end < len(lowers)
        and lowers[mention.end].replace("-", "").isalpha()  # ("Bangladeshi ready-made garments")
        and (lowers[mention.end] not in PREPOSITIONS and lowers[mention.end] not in ("and", "or"))
    )


# Verbs that share the object of a verb coordinated before them ("train and equip X")
SHARED_OBJECT_VERBS = words(
    "equip equips equipped arm arms armed train trains trained fund funds funded finance "
    "finances financed supply supplies supplied assist assists assisted help helps helped "
    "support supports supported defend defends defended protect protects protected condemn "
    "condemns condemned denounce denounces denounced reject rejects rejected criticised "
    "criticized punish punishes punished"
)


def _object_gap(gap: list[str]) -> bool:
    """Whether the words between a trigger and an actor leave the actor its object: only
    determiners, numbers and the like ("the", "two"), an amount of money ("tariffs on $75
    billion worth of US goods"), a description ("the Gulf nation of") or a head noun that stands
    for the actor ("imports from X", "the mayor of the X city of", "leaders of X's group")."""
    gap = without_amount(without_group(without_label(without_manner(without_vicinity(gap)))))
    gap = without_description(gap)
    if gap and relation_opening(gap, len(gap)) == 0:
        return True  # "urged its ally Belarus", "criticised its longtime rival India"
    if gap[:1] and gap[0] in QUOTES:
        gap = gap[1:]  # 'China "firmly opposes" the US sanctions': the quotation closes
    if len(gap) <= MAX_OBJECT_GAP and plain_gap(gap):
        return True
    if including_group(gap):
        return True  # "invited more than 60 leaders, including Chinese President Xi Jinping,"
    if gap[-3:] == [",", "known", "as"] and 1 <= len(gap) - 3 <= 3 and gap[0] == "the":
        return True  # "accused the mission, known as MINUSMA, of": the name is the object
    return (
        proxy_noun(gap) is not None
        or agent_of_event_noun(gap)
        or mutual_act(gap)
        or conduct_of(gap)
    )


# Words a short noun phrase before "and <actor>" cannot hold: a clause or phrase opens there
CONJUNCT_STOPS = PREPOSITIONS | words("that which who whom whose in at as said says while")
# Words no unknown name before an apposition holds
NAMELESS = words("today yesterday last this week and or but the a an its their his her")
NOT_NAMES = CONJUNCT_STOPS | frozenset(WEEKDAYS) | NAMELESS
CONJUNCT_WORDS = 4  # "the Federal Reserve and China": the first conjunct's words
# What may follow the actor that closes a coordinated object (not a new clause's subject)
CONJUNCT_CLOSERS = [[word] for word in words(". , ; : over for about as in on")]


def _first_conjunct(gap: list[str], after: list[str]) -> bool:
    """Whether the gap is a short noun phrase and "and", and the actor after it closes the
    object: "railed against the Federal Reserve and China." (not "criticised the plan and
    China said")."""
    return (
        gap[-1:] == ["and"]
        and 1 <= len(gap) - 1 <= CONJUNCT_WORDS
        and all(word.isalpha() and word not in CONJUNCT_STOPS for word in gap[:-1])
        and not any(word.endswith("ed") for word in gap[:-1])
        and after in CONJUNCT_CLOSERS
    )


def object_mentions(
    lowers: list[str], mentions: list[Mention], end: int, *, places: bool = False
) -> list[Mention]:
    """The object mentions after a trigger ending at ``end``."""
    included = _region_including(lowers, end) or second_title(lowers, end)
    if included is not None:  # "aid from across the Arab world, including Qatar": Qatar's;
        # "met Member of the Political Bureau and Foreign Minister Wang Yi": the minister
        return object_mentions(lowers, mentions, included, places=places)
    label = end + len(lowers[end : end + 5]) - len(without_label(lowers[end : end + 5]))
    for mention in mentions:
        if mention.start < label and not (
            mention.start < end - 1 < mention.end and lowers[end - 1] in ("from", "to", "in")
        ):
            continue  # before the trigger, or the "it" of "what it called" (but "withdrew its
            # envoy and several diplomats | from Canada": a chunk past the trigger's "from")
        gap = lowers[end : mention.start]
        if end and lowers[end - 1] in SHARED_OBJECT_VERBS and gap[:1] == ["and"]:
            gap = gap[2:] if gap[1:2] and gap[1] in SHARED_OBJECT_VERBS else gap
            # "pledged to train and equip Ukrainian battalions": both verbs' object
        if end and lowers[end - 1] in PROXY_NOUNS and gap[:1] == ["of"]:
            gap = gap[1:]  # "protested the decision | of the Chinese government"
        actor, named = mention.actor, named_envoy(gap)  # (not "on Friday, Putin told")
        if actor and named and (actor.envoy or actor.personal and not NOT_NAMES & set(gap)):
            return [mention]  # "summoned William Klein, the acting head of the U.S. embassy",
            # "met with Cherif Mahamat Zene, Chad's foreign minister"
        # (the custody noun may close the trigger: "demanded the release of | two Canadians
        # detained in China")
        held = lowers[max(0, end - 2) : end] + gap
        if mention.locative and mention.actor is not None and (custody_in(gap) or custody_in(held)):
            # "condemned the detention of a German national in Iran": the state holding them
            return [dataclasses.replace(mention, locative=False)]
        if not mention.locative and custody_of(held[:2]) and held_in(lowers, mention):
            continue  # "the release of its nationals held in the United States": held there
        if authored_before(gap, lowers[mention.end : mention.end + 1]):
            return [mention]  # "recognized the plan Morocco made in 2007": the plan's maker
        if not _object_gap(gap) and not _first_conjunct(gap, lowers[mention.end : mention.end + 1]):
            if acted_on(gap, lowers[mention.end : mention.end + 4]):
                continue  # "the arrest of its nationals by Iran": the agent comes after "by"
            if custody_of(gap) and "in" in lowers[mention.end : mention.end + 3]:
                continue  # "the detention of a German national in Iran": held there
            return []
        if mention.pronoun and (gap or lowers[end - 1 : end])[-1:] != ["that"]:
            return []  # "condemned it": "it" is rarely an actor after a verb (after "that" it is
            # the clause's subject: "allegations by Rwanda that it had played a role")
        if mention.locative and mention.actor is not None and proxy_noun(gap) is not None:
            # "four senior officers in the Russian military": the proxy's "in" is no place
            freed = dataclasses.replace(mention, locative=False)
            mentions = [freed if other is mention else other for other in mentions]
            mention = freed
        topic = (
            lowers[mention.end - 1] in TOPIC_NOUNS or lowers[mention.end : mention.end + 1] in TOPIC
        )
        following = lowers[mention.end] if mention.end < len(lowers) else ""
        if lowers[end - 1] in WARNING_VERBS and following in FINITE_AFTER:
            return []
        theatre = lowers[mention.end : mention.end + 1] in [[noun] for noun in THEATRE_NOUNS]
        if theatre and (mention.place_name is not None or lowers[mention.end - 1] in MISSION_NOUNS):
            return []
        if topic and mention.start > 0 and lowers[mention.start - 1] in TOPIC_PREPOSITIONS:
            # "concerns over Ukraine policy": a policy on a topic, the speaker's own ("criticised
            # the US policy shift" is the US's)
            return []
        if mention.demonym_only and not mention.is_actor and _noun_follows(lowers, mention):
            # "a ban on Japanese seafood", "sanctions on Russian oil": the state's things
            return [as_state(mention)]
        tail = mention.end + (lowers[mention.end : mention.end + 1] in GROUP_HEAD_LISTS)
        opener = next((len(o) for o in MEMBER_LISTS if lowers[tail : tail + len(o)] == o), 0)
        if (
            lowers[tail - 1] in GROUP_HEADS
            and opener
            and (named := object_mentions(lowers, mentions, tail + opener))
        ):
            return named  # "criticism from several NATO allies, including Britain and Spain",
            # "against its three EU neighbours - Poland, Slovakia and Hungary -"
        if mention.is_actor or (places and mention.place_country):
            group = coordinated_right(lowers, mentions, mention, places=places, objects=True)
            noun = proxy_noun(gap) if not plain_gap(gap) else None
            return [as_proxy(member, noun) for member in group]
        return []
    return []


REGION_OPENERS = words("across around throughout")
REGIONS = words("world region globe continent")


def _region_including(lowers: list[str], end: int) -> int | None:
    """Where the examples start after a region opening the object ("across the Arab world,
    including Qatar", "around the world, including"); else None."""
    if end < len(lowers) and lowers[end] in REGION_OPENERS:
        for position in range(end + 1, min(end + 5, len(lowers) - 2)):
            if lowers[position] in REGIONS:
                return (
                    position + 3
                    if lowers[position + 1 : position + 3] == [",", "including"]
                    else None
                )
    return None


# Heads of a group whose members an "including" names ("several NATO allies, including")
GROUP_HEADS = words(
    "allies members partners countries states nations governments neighbours neighbors"
)
MEMBER_LISTS = ([",", "including"], ["-"], ["\u2013"], ["\u2014"], ["--"])  # or dashes
GROUP_HEAD_LISTS = [[word] for word in GROUP_HEADS]


def inside(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Actor mentions within a trigger's own span ("hit Russia with sanctions"), and a demonym
    that modifies a word of the span as its state ("faced Palestinian criticism")."""
    found = []
    for mention in mentions:
        if start <= mention.start and mention.end < end and mention.demonym_only:
            found.append(as_state(mention))
        elif start <= mention.start < end and mention.is_actor:
            found.append(mention)  # also "called his Turkish counterpart Hakan Fidan"
    return found


COUNTERPART_REACH = 8  # "agreed to restore full diplomatic relations with Qatar"
COUNTERPART_STOPS = words(", . ; and but that which not")


def counterpart(
    lowers: list[str], mentions: list[Mention], end: int, lists: bool = False
) -> list[Mention]:
    """The actors after the first "with" within a few words after a mutual act ("Egypt and
    Bahrain agreed to restore relations with Qatar": with Qatar, not with each other); [] when
    a stop, comma or verb of another clause comes first ("agreed not to attend talks with"). With
    ``lists``, past a list of other objects, the state soon after "with" ("cut diplomatic
    relations and all land, sea and air contacts with Gulf Arab neighbour Qatar")."""
    stops = COUNTERPART_STOPS - {",", "and"} if lists else COUNTERPART_STOPS
    for position in range(end, min(end + COUNTERPART_REACH * (1 + lists), len(lowers))):
        if lowers[position] in stops:
            return []
        if lowers[position] == "with":
            near = [m for m in mentions if position < m.start <= position + 4 and m.is_actor]
            return object_mentions(lowers, mentions, position + 1) or (near[:1] if lists else [])
    return []


def to_place(lowers: list[str], mentions: list[Mention], after: int) -> list[Mention]:
    """The place or actor after "to" that follows ``after`` ("a visit by X to Damascus")."""
    for position in range(after, min(after + 3, len(lowers))):
        if lowers[position] == "to":
            return object_mentions(lowers, mentions, position + 1, places=True)
    return []


EACH_OTHER = (["each", "other"], ["one", "another"], ["the", "other"])


def each_other(words: list[str]) -> bool:
    """Whether a trigger's words, or the two after it, say "each other", "one another" or
    "respective" ("expelled their respective ambassadors")."""
    pairs = (words[i : i + 2] for i in range(len(words) - 1))
    return "respective" in words or any(pair in EACH_OTHER for pair in pairs)
