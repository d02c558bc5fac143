"""Proxy nouns: a head noun between a trigger and an actor that stands for the actor named after
it ("sanctions on imports from X", "released the mayor of X", "firms owned by X"), so that the
actor is still the event's object, and the people such a noun makes of it ("the mayor of X" is a
person of X's government, "dissidents from X" X's opposition).

Consumes the lower-cased words between a trigger and a mention, and the object mention; produces
the gap's proxy noun or None (``proxy_noun``), whether that noun names people (``people_proxy``),
and the mention as those people (``as_proxy``). ``object_slots`` decides what else the gap allows.
"""

import dataclasses

from transforms.tagging.gap_openers import MAX_OBJECT_GAP, OBJECT_GAP, is_digit_word
from transforms.tagging.mentions import Mention
from transforms.tagging.object_heads import QUOTES
from transforms.tagging.text import words

# Head nouns that stand for the actor named after them ("sanctions on imports from X", "released
# the mayor of X"): the event's object is that actor.
PROXY_NOUNS = words(
    "imports exports import export goods products firms companies banks entities individuals "
    "officials agents "
    "officers leaders members nationals citizens diplomats envoys troops forces mayor governor "
    "minister ministers president delegation delegations assets interests ships vessels "
    "sale sales deployment deployments presence involvement role interference aggression "
    "policies conduct behaviour behavior treatment actions decision move meeting session "
    "program programme programs programmes activities ambitions dissidents activists exiles "
    "refugees withdrawal departure ruling verdict judgment judgement network networks ministry "
    "head heads chief chiefs leader commander founder government authorities regime army "
    "bodies remains counterpart counterparts offices headquarters premises"  # "the offices of X"
    " employee employees staffer staffers member"  # "expel an employee of Russia's consulate"
    " movement movements entry tankers"  # "restrictions on the movement of Russian diplomats"
    " increase increases hike hikes imposition expansion escalation"  # "regrets the increase of"
)
# Words of rank or field before people ("top security officials from X")
RANKS = words(
    "top senior security intelligence military defence defense trade economic government "
    "high-level high-ranking junior coup junta"
)
# Proxy nouns of traded goods, which a noun may name ("seafood imports", "steel exports")
GOODS_NOUNS = words("imports exports import export goods products")
# Words that may stand before "ministry" ("summoned to the foreign ministry in Stockholm")
MINISTRY_MODIFIERS = words("foreign defence defense interior")
# What a critic calls the act it names ("condemned the illegal deployment of a British warship")
VERDICTS = words(
    "illegal unlawful illegitimate provocative unprovoked reckless dangerous aggressive hostile "
    "unilateral unauthorised unauthorized brutal"
)


PEOPLE_PROXIES = {
    **{noun: "officials" for noun in words("officials officers leaders member members mayor")},
    **{noun: "diplomats" for noun in words("employee employees staffer staffers")},
    **{noun: "officials" for noun in words("minister ministers president delegation delegations")},
    **{noun: "officials" for noun in words("head heads chief chiefs leader commander founder")},
    **{
        noun: "officials" for noun in words("governor counterpart counterparts")
    },  # "counterpart from"
    **{noun: "nationals" for noun in words("nationals citizens")},
    **{noun: "diplomats" for noun in words("diplomats envoys")},
    **{noun: noun for noun in words("dissidents activists exiles refugees")},
}
# People from a country who are not its state: "met dissidents from Myanmar" meets Myanmar's
# opposition, not its government.
PROXY_SECTORS = {"dissidents": "OPP", "activists": "OPP", "exiles": "OPP", "refugees": "CVL"}

REGION_WORDS = words(
    "northern southern eastern western central occupied province region city town of"
)

# Participles that tie a proxy noun to the actor after them
LINKING = [
    ["linked", "to"],
    ["tied", "to"],
    ["connected", "to"],
    ["owned", "by"],
    ["controlled", "by"],
    ["backed", "by"],
    ["affiliated", "with"],
    ["associated", "with"],
    ["based", "in"],
    *[[verb, "from"] for verb in words("imported coming originating")],  # "goods coming from X"
    *[[verb, "in"] for verb in words("made produced manufactured")],  # "products made in X"
]
# Proxy nouns of bodies that are the state's whose territory they are in ("sanctions on entities
# in Iran and Russia": Iranian and Russian entities)
LOCATED = words("firms companies banks entities individuals networks ships vessels tankers")
# A proposal's nouns: with a participle linking them to their author they stand for it, whatever
# their name ("supports the Global Development Initiative proposed by Xi")
PROPOSALS = words("initiative initiatives proposal proposals plan plans vision resolution")
AUTHORED = [[verb, "by"] for verb in words("proposed launched drafted championed tabled sponsored")]
MAX_PROPOSAL_NAME = 4  # words of a proposal's name before its noun ("Belt and Road")


def proxy_noun(gap: list[str]) -> str | None:
    """The head noun of an object gap that stands for the actor after it, or None."""
    for position, word in enumerate(gap):
        if word in PROPOSALS and gap[position + 1 : position + 3] in AUTHORED:
            named = len(gap[:position]) <= MAX_PROPOSAL_NAME + 1
            return word if named and len(gap) == position + 3 else None
        if word in PROXY_NOUNS:
            head, tail = [w for w in gap[:position] if w not in QUOTES], gap[position + 1 :]
            linked = tail[:2] in LINKING
            if linked:
                tail = tail[1:]  # "companies linked to X", "firms owned by X": X's
            modifiers = [w for w in head if w not in OBJECT_GAP and not is_digit_word(w)]
            if word in PEOPLE_PROXIES and len(modifiers) <= 2:
                modifiers = [w for w in modifiers if w not in RANKS]  # "top security officials"
            fits = (
                len(head) <= MAX_OBJECT_GAP
                # "exiled dissidents from X", "jailed nationals of X": a participle may modify;
                # "seafood imports from X": goods may name what they are
                and len(modifiers) <= 1
                and all(
                    w.endswith("ed")
                    and w.isalpha()
                    or w in MINISTRY_MODIFIERS
                    or w in VERDICTS
                    or word in GOODS_NOUNS
                    and w.isalpha()
                    for w in modifiers
                )
                and (
                    tail[:1] in (["of"], ["from"])
                    or linked
                    or tail[:1] == ["in"]
                    and (word in PEOPLE_PROXIES or word in LOCATED or word == "ministry")
                )
                and len(tail) <= 6
                and all(
                    w in OBJECT_GAP or w in REGION_WORDS or w.endswith("-ruled") or is_digit_word(w)
                    for w in tail[1:]
                )
            )
            return word if fits else None
    return None


def people_proxy(gap: list[str]) -> bool:
    """Whether the gap is a noun for people of the actor after it ("a delegation from")."""
    return proxy_noun(gap) in PEOPLE_PROXIES


def as_proxy(mention: Mention, noun: str | None) -> Mention:
    """``mention`` as the people a proxy noun names ("the mayor of X" is a person of X)."""
    if noun is None or mention.actor is None or noun not in PEOPLE_PROXIES:
        return mention
    actor = dataclasses.replace(
        mention.actor,
        sector=PROXY_SECTORS.get(noun, mention.actor.sector),
        personal=True,
        envoy=mention.actor.envoy or noun in ("diplomats", "envoys"),
        agents=(*mention.actor.agents, PEOPLE_PROXIES[noun]),
    )
    return dataclasses.replace(mention, actor=actor)
