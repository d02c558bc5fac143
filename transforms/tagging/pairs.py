"""Pairs: which (source, target) actor pairs one trigger's slots make.

Consumes the source and target mentions a pattern's slots found; produces the ordered pairs
that become event rows: the product of the two sides, or every ordered pair of a reciprocal
group ("A and B agreed"), minus pairs that are one actor (a parliament calling on its own
government), with a compound actor of more than ``MAX_GROUP`` members as one group row; and
the other side of talks just told, for a pledge with no recipient or a mutual act said by
"we" (``talks_partner``, ``we_and_partner``), or for a call that opens the sentence
(``opening_call_partner``); and when a reciprocal act's subjects acted on another party, not on
each other (``ties_with_another``).
"""

import itertools

from transforms.tagging.lexicon import load_lexicon
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.noun_predicates import past_aside
from transforms.tagging.object_slots import object_mentions
from transforms.tagging.patterns import Pattern, TriggerMatch
from transforms.tagging.text import words

# Bounds: a compound actor of more than MAX_GROUP members is one row with the group code (a
# sentence listing 150 countries once gave 44,700 rows).
MAX_GROUP = 10
GROUP_CODE = "MUL"
NON_STATE_SECTORS = frozenset({"REB", "OPP", "CVL", "NGO", "BUS"})
DOMESTIC_SECTORS = frozenset({"CVL", "NGO", "BUS"})  # towards their own state: domestic


def actor_of(mention: Mention) -> Actor:
    """The actor of a mention; a bare place stands for its country ("visited Jeddah")."""
    if mention.actor is not None:
        return mention.actor
    country = mention.place_country or ""
    return Actor(country, None, load_lexicon().country_names.get(country, country))


def same_actor(left: Mention, right: Mention) -> bool:
    """Whether two mentions are one actor, or parts of one state or organisation: a parliament
    calling on its own government is no event between actors; a state and a movement or rebels
    of the same country are two actors. Citizens, companies and charities acting towards their
    own state ("Americans want Congress to investigate", "demonstrators received assurances from
    the government") are domestic politics, no event between actors (docs/tagger.md)."""
    a, b = actor_of(left), actor_of(right)
    if a.country != b.country:
        return False
    if a.sector in DOMESTIC_SECTORS or b.sector in DOMESTIC_SECTORS:
        return True
    return (a.sector in NON_STATE_SECTORS) == (b.sector in NON_STATE_SECTORS)


def pairs_of(
    pattern: Pattern, sources: list[Mention], targets: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """(source, target) mention pairs: the product, or every ordered pair of a reciprocal group."""
    sources, targets = bounded(sources), bounded(targets)
    if pattern.source == "between" or (pattern.reciprocal and not targets and len(sources) >= 2):
        pairs = list(itertools.permutations(sources, 2))
    else:
        sources = [m for m in sources if not _pair_holding(m, sources, targets)]
        pairs = list(itertools.product(sources, targets))
        if pattern.mutual:  # "A held talks with B": B held talks with A
            pairs += [(target, source) for source, target in pairs]
    return [(source, target) for source, target in pairs if not same_actor(source, target)]


def _pair_holding(mention: Mention, sources: list[Mention], targets: list[Mention]) -> bool:
    """Whether a mention is one side of a pair phrase ("both sides", two mentions of one span)
    whose other side is the act's target: the phrase stands for another pair ("Israel blamed
    Turkey ..., although both sides backed Azerbaijan": not Armenia and Azerbaijan)."""
    twins = [
        m for m in sources if (m.start, m.end) == (mention.start, mention.end) and not m.pronoun
    ]
    countries = {m.actor.country for m in twins if m.actor is not None}
    hit = countries.intersection(t.actor.country for t in targets if t.actor is not None)
    return len(twins) == 2 and bool(hit) and hit != countries  # (not "accused each other")


def bounded(mentions: list[Mention]) -> list[Mention]:
    """A compound actor of more than ``MAX_GROUP`` members as one group mention."""
    if len(mentions) <= MAX_GROUP:
        return mentions
    first, last = mentions[0], mentions[-1]
    group = Actor(GROUP_CODE, None, f"{len(mentions)} actors")
    text = f"{first.text} ... {last.text}"
    return [Mention(first.start, last.end, text, actor=group)]


def talks_partner(
    lowers: list[str], match: TriggerMatch, sources: list[Mention], memory: ActorMemory
) -> list[Mention]:
    """The other side of the talks reported in this or the last two sentences, when the
    pledge's maker was one side, as a mention of the trigger; [] otherwise."""
    if sources[-1].actor is None or len({s.actor.country for s in sources if s.actor}) > 1:
        return []  # ("both countries discussed boosting relations": the pair's, to each other)
    country = sources[-1].actor.country
    others = [side for side in memory.recent_talks() if side.country != country]
    if len(others) != 1:
        return []
    text = " ".join(lowers[match.start : match.end])
    return [Mention(match.start, match.end, text, actor=others[0])]


WE_REACH = 3  # words from "we" to its verb ("we have now agreed")


def we_and_partner(
    lowers: list[str], match: TriggerMatch, sources: list[Mention], memory: ActorMemory
) -> list[Mention]:
    """The other side of the talks just told when a speaker's "we" does a mutual act ('"We
    agreed to restart visits," Kishida said' after his talks with Yoon); [] otherwise."""
    if "we" not in lowers[max(match.start - WE_REACH, 0) : match.start]:
        return []
    return talks_partner(lowers, match, sources, memory)


def opening_call_partner(
    lowers: list[str], mentions: list[Mention], end: int, subjects: list[Mention]
) -> list[Mention]:
    """The other side of a call that opens the sentence ("In a phone call, Trump asked
    Zelensky to"): the main verb's object right after the subject named past the call."""
    if not subjects or subjects[0].start <= end:
        return []
    verb = subjects[-1].end
    return [
        m
        for m in mentions
        if m.is_actor and verb < m.start <= verb + 2 and lowers[m.start - 1] not in ("to", "of")
    ][:1]


OTHER_PARTIES = [["each"], ["one"]]  # "cut ties with each other", "with one another"
MEETING = [[word] for word in ("met", "meet", "meets")]


def ties_with_another(lowers: list[str], match: TriggerMatch, kind: str) -> bool:
    """Whether a reciprocal act that ends on "with" names a party after it that is no actor
    ("Peru and Chile cut ties with the militia"), or a meeting its object ("A and B met
    reporters"), or the act is an intent ("A, B and C announced their plan to"): each its own,
    not an act between its subjects."""
    end = match.end
    if not OWN_PLANS.isdisjoint(lowers[match.start : end]) and "to" in lowers[end - 1 : end + 1]:
        return True
    if lowers[end - 1 : end] in MEETING:
        following = lowers[end] if end < len(lowers) else "."
        alone = following in MET_ALONE or following.endswith("ly")  # "met on Friday", "shortly"
        return following.isalpha() and not alone
    met = kind in ("AGREE", "CONSULT") and lowers[end - 2 : end - 1] in MEETING  # "A and B met with
    # African leaders": not each other (but "their delegations" came with them)
    if kind in ("AGREE", "CONSULT") and not met or lowers[end - 1 : end] != ["with"]:
        return False
    return lowers[end : end + 1] not in OTHER_PARTIES + [["their"]] and lowers[end : end + 1] != []


OWN_PLANS = words("plan plans initiative initiatives intention intentions")  # each maker's own
# What follows "A and B met" when they met each other: a time, a place, a manner, a clause
MET_ALONE = words(
    "on in at for during after before since over ahead last this yesterday today earlier later "
    "again twice together and to behind amid under via first early late following "
    "as while when where here there face-to-face alone monday tuesday wednesday "
    "thursday friday saturday sunday but near outside inside"
)


def between(lowers: list[str], mentions: list[Mention], end: int) -> list[Mention]:
    """The two or more actors after "between": "talks between A and B", "between rivals A and
    B", "between the defence ministers of A and B" (from the first actor a few words on), past
    an aside after the first ("between the Ukrainian delegation, headed by X, and the Russian")."""
    found = object_mentions(lowers, mentions, end)
    first = next((m.start for m in mentions if m.is_actor and end < m.start <= end + 4), 0)
    if len(found) < 2 and first and not {",", ".", "and", "or"} & set(lowers[end:first]):
        found = object_mentions(lowers, mentions, first)
    aside_end = past_aside(lowers, found[0].end) if len(found) == 1 else 0
    if aside_end and aside_end > found[0].end and lowers[aside_end : aside_end + 1] == ["and"]:
        found += object_mentions(lowers, mentions, aside_end + 1)[:1]
    return found if len(found) >= 2 else []
