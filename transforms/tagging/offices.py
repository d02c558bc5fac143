"""Offices and bodies: what the agent words of ``agents.tsv`` say beyond their sector.

Consumes an agent word (a title or body as the lexicon names it); produces its rank among
sectors (the highest-priority agent of a mention sets its sector), whether it makes a mention
personal (a delegation, officials), an envoy's (envoys serve abroad, so a dateline does not
place them), or a top office that a story's dateline may give its country ("DOHA - The Amir");
and agents shared across a list ("Qatari and Syrian officials", "the ambassadors of Germany,
France and Britain").
"""

import dataclasses
import datetime
import functools
from typing import TYPE_CHECKING

from transforms.tagging.entries import AGENT, data_rows
from transforms.tagging.lexicon import Lexicon
from transforms.tagging.mentions import Mention
from transforms.tagging.nominals import ARTICLES
from transforms.tagging.person_names import apposed_organisation_office
from transforms.tagging.text import words

if TYPE_CHECKING:
    from transforms.tagging.memory import ActorMemory

SECTOR_PRIORITY = ("REB", "OPP", "MIL", "COP", "JUD", "LEG", "GOV", "IGO", "NGO", "BUS", "CVL")
PERSONAL_AGENTS = words("delegation mission officials diplomats leaders leadership") | frozenset(
    ["presidents", "ministers", "foreign ministers", "ambassadors", "envoys", "negotiators"]
    + ["counterparts"]
)  # people, though agents.tsv files them as bodies (plurals: "the foreign ministers of")
# Who speaks for a ministry named with no state ("a ministry spokesman", "ministry officials")
MINISTRY_VOICES = words("spokesman spokeswoman spokesperson official officials")
ENVOY_AGENTS = frozenset(
    ["ambassador", "envoy", "special envoy", "diplomat", "diplomats", "chargé d'affaires"]
    + ["ambassadors", "envoys"]
    + ["charge d'affaires", "charges d'affaires", "chargés d'affaires"]  # (the plural, as one)
    + ["permanent representative", "special representative"]
    + ["high commissioner", "high commission", "consulate"]
    + ["deputy high commissioner"]  # a Commonwealth country's envoy to another
    + ["deputy chief of mission", "chief of mission"]  # an embassy's second, or its head
    + ["attache", "attaché", "attaches", "attachés", "military attache", "military attaché"]
    + ["military attaches", "military attachés", "consul", "consuls", "consul general"]
    + ["embassy", "mission", "diplomatic mission", "diplomatic missions"]  # "an embassy official"
    + ["diplomatic staff", "diplomatic personnel"]  # "ordered the diplomatic staff of X to leave"
)
HOME_TITLES = frozenset(
    ["amir", "emir", "king", "sultan", "crown prince", "president", "prime minister", "premier"]
    + ["chancellor", "foreign minister"]
)
# Agent words that are also verbs: agents only after a demonym ("Russian attacks").
VERBAL_AGENTS = frozenset({"strikes", "attacks", "attack", "raids", "shelling", "bombing"})
# Agent words that name an act: "the Russian invasion" is Russia's, "the invasion of Ukraine" not
ACT_AGENTS = VERBAL_AGENTS | words(
    "invasion occupation offensive incursion blockade annexation airstrikes raid protest"
)
# Agent words that name a state's acts or arms, not its organs, or many states: a dateline does
# not give them a country ("JERUSALEM - ... Palestinian officials condemned the decision": the
# decision is not Israel's because the story is datelined there)
ACTS_NOT_ORGANS = frozenset(
    ["decision", "move", "policy", "plan", "statement", "remarks", "comments", "claims"]
    + ["truce deal"]
    + ["strikes", "attacks", "attack", "raids", "shelling", "bombing", "air strikes"]
    + ["airstrikes", "incursion", "incursions", "warplanes", "drones", "missiles"]
    + ["proposal", "proposals", "peace plan", "offer", "initiative", "demand", "demands"]
    + ["ultimatum", "invasion", "aggression"]  # "BRUSSELS - ... rejected the ultimatum"
    + ["protest", "objection", "objections", "complaint", "invitation"]
    + ["warning", "accusation", "accusations"]
    + ["countries", "nations", "governments", "member states", "member countries"]  # many
    + ["member nations", "authority", "peacekeepers"]  # ("the authority to"; the UN's blue)
)
# The sectors of a state's own bodies: an unqualified one is the dateline country's
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})


def sector_rank(sector: str) -> int:
    return SECTOR_PRIORITY.index(sector) if sector in SECTOR_PRIORITY else len(SECTOR_PRIORITY)


def agent_kind(lexicon: Lexicon, agent: str) -> str | None:
    senses = lexicon.terms.get(tuple(agent.split()))
    return senses[0].agent_kind if senses else None


def spelled_titles(lexicon: Lexicon, text: str) -> list[str]:
    """The titles that a person's name entry spells out ("Crown Prince Mohammed"), for "the
    crown prince" later in the article."""
    tokens = text.lower().replace("'s", "").split()
    found: list[str] = []
    for index in range(len(tokens)):
        for length in (2, 1):
            senses = lexicon.terms.get(tuple(tokens[index : index + length]), [])
            title = next((e for e in senses if e.kind == AGENT and e.agent_kind == "title"), None)
            if title is not None and title.name and not any(title.name in f for f in found):
                found.append(title.name)
                break
    return found


# Agents that are plural without an "s": "the diplomatic staff of A, B and C"
COLLECTIVES = frozenset({"diplomatic staff", "diplomatic personnel", "staff", "personnel"})


def share_distributed_agents(
    mentions: list[Mention], lowers: list[str], names: dict[str, str]
) -> None:
    """ "Qatari and Syrian officials": the first demonym borrows the second mention's agents;
    "the ambassadors of Germany, France and Britain": the list's states borrow the first's."""
    pairs = list(zip(mentions, mentions[1:], strict=False))
    for left, right in reversed(pairs):  # "the British, French and German ambassadors": from
        # the noun back
        if left.demonym_only and right.actor and _listed(lowers, left, right):
            actor = right.actor
            code = left.demonym_only
            left.actor = dataclasses.replace(actor, country=code, name=names.get(code, code))
    carrier = None  # a plural agent "of" the first of a list
    for left, right in pairs:
        listed = _listed(lowers, left, right)
        if (
            listed
            and left.actor is not None
            and left.actor.agents[-1:]
            and (left.actor.agents[-1].endswith("s") or left.actor.agents[-1] in COLLECTIVES)
            and ("of" in lowers[left.start : left.end] or "from" in lowers[left.start : left.end])
        ):
            carrier = left.actor
        elif not listed:
            carrier = None
        plain = right.actor is not None and right.actor.sector is None and not right.actor.agents
        if carrier is not None and plain:
            right.actor = dataclasses.replace(
                carrier, country=right.actor.country, name=right.actor.name
            )


def _listed(lowers: list[str], left: Mention, right: Mention) -> bool:
    """Whether two mentions are neighbours in a list ("A, B and the C")."""
    between = lowers[left.end : right.start]
    if between[-1:] == ["the"]:
        between = between[:-1]  # ", the Dominican Republic and Uruguay"
    return between in (["and"], [","], [",", "and"])


# Endings of a people's adjective the lexicon may not know ("Kurdish", "Yazidi", "Tibetan")
_PEOPLE_ENDINGS = ("ish", "ian", "ese", "an", "i")


def unknown_owner(lexicon: Lexicon, words: list[str], lowers: list[str], at: int) -> bool:
    """Whether a capitalised word the lexicon does not know qualifies the agent word at ``at``
    ("Kurdish officials", "Western diplomats"): the agents are then that word's people, not the
    last actor with that title in the article. At a sentence's start only a people's adjective
    counts ("Senior officials" is no qualifier). A number qualifies a plural one too ("expelling
    10 diplomats": a group counted anew, not the diplomats named before)."""
    if at == 0:
        return False
    word = words[at - 1]
    if word.isdigit() and lowers[at].endswith("s"):
        return True
    if not (word.isalpha() and word[:1].isupper() and not word.isupper()):
        return False
    if lexicon.match(words, lowers, at - 1)[0]:
        return False
    return at > 1 or lowers[0].endswith(_PEOPLE_ENDINGS)


POSSESSIVE = frozenset({"'s"})
# Nouns of the others an actor stands in relation to: "Sudan's neighbours" are not Sudan
RELATION_NOUNS = words(
    "neighbours neighbors neighbour neighbor allies ally partners partner rivals rival enemies "
    "enemy foes foe adversaries adversary critics critic opponents opponent backers backer "
    "supporters patrons patron proxies proxy creditors donors host hosts guest guests"
)


# Words that cannot stand inside a relation noun phrase ("its closest ally"), only past it
CLAUSE_LINKS = words("to of for and or with in on by")


def relation_opening(lowers: list[str], end: int, openers: frozenset[str] = ARTICLES) -> int | None:
    """Where a relation noun phrase ending right before ``end`` opens ("its ally", "its
    closest ally", "their longtime rivals"; with ``openers`` {"'s"}: "Sudan's neighbours"), with
    at most two words between its opener and the noun: the actor after it is the one it names
    ("urged its ally Belarus"); else None."""
    if end < 2 or lowers[end - 1] not in RELATION_NOUNS:
        return None
    for opener in range(end - 2, max(end - 5, -1), -1):
        if lowers[opener] in openers:
            return opener
        if not lowers[opener].isalpha() or lowers[opener] in CLAUSE_LINKS:
            return None  # ("Saudi Arabia's bid to host": a verb, no relation noun)
    return None


def owns_a_relation(lowers: list[str], end: int) -> bool:
    """Whether the mention ending at ``end`` owns a relation noun ("Sudan's neighbours",
    "Ukraine's Western allies", "Israel's closest ally"): the phrase names the others."""
    return lowers[end : end + 1] == ["'s"] and any(
        relation_opening(lowers, noun + 1, POSSESSIVE) == end
        for noun in range(end + 1, min(end + 4, len(lowers)))
    )


# What reports call the armed group they just named ("Hamas ... the militant group"); not
# "the rebels", which are as often that group's enemies
MILITANTS = frozenset(
    ["militant", "militants", "armed group", "militant movement", "militia", "militias",
     "paramilitary", "paramilitaries", "paramilitary force", "paramilitary forces",
     "paramilitary group"]
)  # fmt: skip
# Bodies of a court: "the court" after an international court is named is that court
COURT_AGENTS = frozenset(["court", "tribunal", "judges"])
# Styles of address that stand alone for the person last named with them ("His Highness
# received ..."); not "Mr" or "Sheikh", which always precede a name
STYLES = frozenset(
    f"{owner} {style}"
    for owner in ("his", "her")
    for style in ("highness", "majesty", "royal highness", "excellency")
)
# Bodies that only a state under military rule has: "the junta" is such a state's
MILITARY_RULERS = frozenset(
    ["junta", "military junta", "juntas", "military rulers", "military government",
     "military regime", "military authorities", "putschists", "coup leaders"]
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def _military_rule() -> dict[str, list[tuple[datetime.date, datetime.date]]]:
    """Per state, the periods of its military rule (``military_rule.tsv``)."""
    periods: dict[str, list[tuple[datetime.date, datetime.date]]] = {}
    for _, row in data_rows("military_rule.tsv"):
        end = datetime.date.fromisoformat(row["end"]) if row["end"] else datetime.date.max
        periods.setdefault(row["country"], []).append(
            (datetime.date.fromisoformat(row["start"]), end)
        )
    return periods


def ruled_by_the_military(country: str, day: datetime.date) -> bool:
    """Whether ``country`` was under military rule on ``day``."""
    return any(start <= day <= end for start, end in _military_rule().get(country, ()))


APPOSITION_REACH = 8  # words from an envoy to the name apposed to it: "X's ambassador to the Y,"


def name_apposed_envoys(mentions: list[Mention], lowers: list[str]) -> None:
    """ "Russia's ambassador to the United States, Anatoly Antonov, was summoned": the name
    apposed to an envoy of its country is that envoy."""
    for index, mention in enumerate(mentions):
        actor = mention.actor
        if actor is None or not actor.personal or actor.envoy or mention.start < 2:
            continue
        if lowers[mention.start - 1] != "," or lowers[mention.end : mention.end + 1] != [","]:
            continue
        head = next(
            (
                m
                for m in reversed(mentions[:index])
                if m.actor is not None and m.actor.envoy and m.actor.country == actor.country
            ),
            None,
        )
        if head is not None and mention.start - head.end <= APPOSITION_REACH:
            mention.actor = dataclasses.replace(actor, envoy=True)
    apposed_organisation_office(mentions, lowers)  # "Lajčák, the EU Special Representative,"


GOVERNMENT_BODIES = words("government cabinet")  # the state's executive, said bare


def governing_state(memory: "ActorMemory", agents: list[str]) -> str | None:
    """The state a bare ministry or government stands for: for a ministry, the state opening
    the paragraph's last sentence naming one; for "the government", the actor opening the
    paragraph's last sentence with actors when it is a state's or its official's ("Kishida
    visited Kyiv. The government announced": Japan's; not after "Hamas attacked Israel")."""
    if ministry_only(agents):
        # (opening a paragraph of a story with no dateline, "Türkiye summoned the ambassadors of
        # nine countries. ¶ Ambassadors ... were summoned to the Foreign Ministry": Türkiye's)
        return memory.last_opening_state(reach_back=memory.home is None)
    if not agents or not GOVERNMENT_BODIES.issuperset(agent.lower() for agent in agents):
        return None
    first = next((actors[0] for actors in reversed(memory.recent[:-1]) if actors), None)
    if first is None or not (first.sector is None or first.sector in STATE_SECTORS):
        return None  # (Hamas's sector is no state's)
    return first.country


def ministry_only(agents: list[str]) -> bool:
    """Whether a chunk's agents name a ministry and at most who speaks for it ("the foreign
    ministry", "a ministry spokesman")."""
    if not agents:
        return False
    lowered = [agent.lower() for agent in agents]
    return any("ministry" in agent for agent in lowered) and all(
        "ministry" in agent or agent in MINISTRY_VOICES for agent in lowered
    )


# Titles of a region's or city's office holders: with the region's name before them they act for
# the region's country ("Texas Governor Greg Abbott accused Mexico", "the Belgorod governor")
REGIONAL_TITLES = frozenset({"governor", "mayor", "premier", "chief minister"})
