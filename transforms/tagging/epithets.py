"""Epithets that stand for a state: "the Jewish state", "the Islamic Republic", "the kingdom",
"the Gulf state", "the reclusive North", "the self-ruled island"; and what a possessive pronoun
owns: "his country" (the speaker's state), "his movement" (a group leader's group).

Consumes a sentence's lower-cased tokens at a position and the countries the article has named so
far; produces the length of an epithet there and the state it stands for. Wire copy names a state
once and then varies ("Qatar ... an agreement forced on the wealthy Gulf state by Saudi
Arabia"). An epithet either names one state (FIXED) or stands for the last-named state of a kind
(ANAPHORIC: "the kingdom" after "Saudi Arabia" is Saudi Arabia, after "Jordan" Jordan); with no
such state named before it, it stays unresolved.
"""

from collections.abc import Sequence

from transforms.tagging.entries import AGENT, COUNTRY, DEMONYM, INSTITUTION, ORG
from transforms.tagging.lexicon import Lexicon
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.offices import STATE_SECTORS
from transforms.tagging.regional_epithets import codes, regional_epithets
from transforms.tagging.text import words

# One state, whatever came before.
FIXED = {
    ("jewish", "state"): "ISR",
    ("zionist", "regime"): "ISR",
    ("zionist", "entity"): "ISR",
    ("islamic", "republic"): "IRN",
    ("hermit", "kingdom"): "PRK",
    ("reclusive", "north"): "PRK",
    ("reclusive", "state"): "PRK",
    ("reclusive", "regime"): "PRK",
    ("self-ruled", "island"): "TWN",
    ("self-governed", "island"): "TWN",
    ("self-governing", "island"): "TWN",
    ("sultanate",): "OMN",
    ("isolated", "state"): "PRK",
    ("isolated", "north"): "PRK",
    ("secretive", "state"): "PRK",
}
# States wire copy calls "the kingdom" (not the emirates, the sultanates or Japan: "the kingdom"
# in a story datelined Dubai about Saudi Arabia is Saudi Arabia)
KINGDOMS = codes("SAU JOR MAR BHR THA KHM GBR ESP NLD BEL SWE NOR DNK BTN SWZ LSO")
GULF = codes("SAU QAT ARE BHR KWT OMN")
COMMUNIST = codes("PRK CHN CUB VNM LAO")
POST_SOVIET = codes("ARM AZE BLR EST GEO KAZ KGZ LVA LTU MDA TJK TKM UKR UZB")
# The last-named state of a kind.
ANAPHORIC = {
    ("kingdom",): KINGDOMS,
    ("emirate",): codes("QAT KWT ARE"),
    ("gulf", "state"): GULF,
    ("gulf", "kingdom"): GULF,
    ("gulf", "emirate"): GULF,
    ("gulf", "monarchy"): GULF,
    ("communist", "state"): COMMUNIST,
    ("communist", "country"): COMMUNIST,
    ("communist", "regime"): COMMUNIST,
    ("former", "soviet", "republic"): POST_SOVIET,  # "the former Soviet republic"
    ("ex-soviet", "republic"): POST_SOVIET,
    ("north",): codes("PRK"),  # "called on the North to stop", in a story about North Korea
    ("south",): codes("KOR"),  # "the South's president", after South Korea is named
}
# Before "the North" and "the South", which would take "the South Asian nation"
ANAPHORIC = {**regional_epithets(), **ANAPHORIC}  # "the East African nation"
# "the South" in a story that has named North Korea is South Korea, and the other way round
KOREAS = {("south",): ("PRK", "KOR"), ("north",): ("KOR", "PRK")}
# Words after "North" or "South" that make it part of a name or a demonym
NAME_CONTINUATIONS = [
    [word]
    for word in words(
        "korea korean koreans africa african africans sudan sudanese america american americans "
        "asia asian caucasus pacific atlantic ossetia macedonia"
    )
]
# "the country": the last-named state, whatever its kind ("the nation" is left out: in a
# country's own press it is that country, whoever was named last); "the island": the last-named
# island state. Both only as a subject or possessor.
ANY_STATE = {("country",), ("island",)}
ISLANDS = codes("TWN CUB JPN LKA PHL IDN CYP MLT ISL IRL NZL SGP MDV MUS FJI JAM HTI DOM BHR")
# "the island nation": the last-named island state (the Pacific's and the Caribbean's too)
ISLAND_STATES = ISLANDS | codes(
    "TUV PNG SLB VUT WSM TON KIR NRU PLW MHL FSM CPV COM STP SYC BRB BHS TTO GRD LCA VCT ATG "
    "KNA DMA TLS BRN"
)
ANAPHORIC.update(
    {("island", noun): ISLAND_STATES for noun in ("nation", "state", "country", "republic")}
    | {("archipelago", "nation"): ISLAND_STATES, ("archipelago",): ISLAND_STATES}
)
GOVERNING_WORDS = words("for in of to across throughout from into at on with by about over")
GOVERNED = [[word] for word in GOVERNING_WORDS]
GOVERNED_THE = [[word, "the"] for word in GOVERNING_WORDS]
# Prepositions after which "the country" is the object of an act ("sanctions on the country")
OBJECT_PREPOSITIONS = words("on against to with")
# Words after which "the country" opens a clause, and may be its speaker's own state
CLAUSE_STARTS = words("said says say told tells that and but because while as when if whether ,")
EPITHET_MODIFIERS = words("wealthy tiny small oil-rich gas-rich energy-rich conservative")
# The words that may follow "the" in an epithet: a cheap test before the tables
STARTS = EPITHET_MODIFIERS | {phrase[0] for phrase in [*FIXED, *ANAPHORIC, *ANY_STATE]}


def named_before(memory: ActorMemory, index: int) -> list[str]:
    """The states an epithet at ``index`` may stand for, the likeliest last: at a sentence's
    start, the previous sentence's first state (its subject, mostly: "Maduro blamed Colombia.
    The country's foreign minister ..." is Venezuela's) after the last-named ones."""
    first = memory.earlier_antecedent("any", len(memory.recent)) if index == 0 else None
    if first is None or first.sector == "IGO" or first.country == "MUL":
        return memory.named
    return [*memory.named, first.country]


def ungoverned_states(lowers: list[str], mentions: Sequence[Mention]) -> frozenset[str]:
    """The states of the sentence's first actor that no preposition governs and of those
    joined to it by "and" (its subject, mostly): "the country" as a later object is none of
    them ("Russia and China have lent the country", but "accused China ... and urged the
    country" is China)."""
    actors = [m for m in mentions if m.actor is not None]
    first = next(
        (
            i
            for i, m in enumerate(actors)
            if lowers[m.start - 1 : m.start] not in GOVERNED
            and lowers[max(0, m.start - 2) : m.start] not in GOVERNED_THE
        ),
        None,
    )
    if first is None:
        return frozenset()
    subject = [actors[first]]
    for mention in actors[first + 1 :]:
        if not set(lowers[subject[-1].end : mention.start]) <= {"and", ",", "the"}:
            break
        subject.append(mention)
    return frozenset(m.actor.country for m in subject if m.actor is not None)


def epithet_at(
    lowers: list[str],
    index: int,
    named: Sequence[str],
    present: frozenset[str] = frozenset(),
    verb_subject: frozenset[str] = frozenset(),
) -> tuple[int, str | None]:
    """The number of tokens an epithet takes at ``index`` (which must hold "the") and its state
    code (``named``: the countries the article has named, in order; ``present``: the states of
    the sentence's subject, ``ungoverned_states``; ``verb_subject``: the states of the actor
    right before the one verb before it, whose object is another state: "Brazil urged the South
    American nation"), or ``(0, None)``."""
    if lowers[index] != "the" or index + 1 >= len(lowers) or lowers[index + 1] not in STARTS:
        return 0, None
    start = index + 1
    while start < len(lowers) and lowers[start] in EPITHET_MODIFIERS:
        start += 1  # "the wealthy Gulf state"
    for phrase, code in FIXED.items():
        if tuple(lowers[start : start + len(phrase)]) == phrase:
            return start + len(phrase) - index, code
    for phrase, kind in ANAPHORIC.items():
        if tuple(lowers[start : start + len(phrase)]) == phrase:
            if phrase in KOREAS and lowers[start + 1 : start + 2] in NAME_CONTINUATIONS:
                continue  # "The South Korean leader": a demonym, no epithet
            found = next((c for c in reversed(named) if c in kind and c not in verb_subject), None)
            if found is None and phrase in KOREAS and KOREAS[phrase][0] in named:
                found = KOREAS[phrase][1]  # "North Korea threatened the South"
            return start + len(phrase) - index, found  # (None: unresolved, no demonym)
    after_preposition = (
        index > 0
        and lowers[index - 1] in GOVERNING_WORDS
        and lowers[index + 2 : index + 3] != ["'s"]  # "sanctions on the country's rulers"
    )
    governed = after_preposition and lowers[index - 1] not in OBJECT_PREPOSITIONS
    if start == index + 1 and lowers[start] in ("country", "island") and not governed:
        # a subject, possessor or object ("The country has rejected", "the country's
        # president", "urged the country to", "sanctions on the country"): "a constitution for
        # the country, the UN and Russia agreed" is no actor. As an object it is not the
        # sentence's earlier actors ("Russia and China have lent the country billions")
        if index == 0 or lowers[index - 1] in CLAUSE_STARTS:
            present = frozenset()
        kind = ISLANDS if lowers[start] == "island" else None
        found = next(
            (
                c
                for c in reversed(named)
                if len(c) == 3 and (kind is None or c in kind) and c not in present
            ),
            None,
        )
        return (2, found) if found else (0, None)
    return 0, None


OWNER_PRONOUNS = words("his her its their")
OWNED_STATES = words("country nation")
OWNED_GROUPS = words("group movement party organisation organization militia")


def owned_at(lowers: list[str], index: int) -> str | None:
    """ "state" at "his country", "group" at "his movement", else None: what the pronoun at
    ``index`` owns, which stands for its owner's state or (for a non-state owner) group."""
    if lowers[index] not in OWNER_PRONOUNS or index + 1 >= len(lowers):
        return None
    if lowers[index + 1] in OWNED_STATES:
        return "state"
    return "group" if lowers[index + 1] in OWNED_GROUPS else None


def owner_of(
    pronoun: str,
    owned: str,
    mentions: list[Mention],
    memory: ActorMemory,
    country_names: dict[str, str],
) -> Actor | None:
    """The state of "his country" (the nearest person's, else the paragraph's last; of "their
    country" the nearest actor's), or the non-state group of "his movement" when its leader was
    just named; else None."""
    if pronoun in ("his", "her"):
        nearest = (m.actor for m in reversed(mentions) if m.actor and m.actor.personal)
        owner = next(nearest, None) or memory.antecedent("person")
    elif pronoun == "their" and owned == "state":  # "Somali officials said their country"
        nearest = (m.actor for m in reversed(mentions) if m.actor and m.is_actor)
        owner = next(nearest, None) or memory.antecedent("body")
    else:
        owner = memory.antecedent("body")
    if owner is None or owner.country == "MUL":
        return None
    if owned == "state":
        return Actor(owner.country, None, country_names.get(owner.country, owner.country))
    if owner.sector in STATE_SECTORS or owner.sector is None:
        return None  # "his party" of a head of government: no state act
    return Actor(owner.country, owner.sector, owner.name)


# What a state may lead: "the Saudi-led coalition", "US-led forces" (not "Iran-backed militias":
# the backer is not the group)
LED_GROUPS = words("coalition coalitions forces force alliance mission troops operation bloc")
# "a US-drafted resolution": the document's author, as its government
AUTHORED = ("-drafted", "-sponsored", "-proposed", "-authored")
AUTHORED_DOCUMENTS = words("resolution resolutions text draft motion proposal amendment")
# "a British-flagged tanker": the flag state's ship
FLAGGED_VESSELS = words("tanker tankers ship ships vessel vessels freighter boat boats carrier")
# "the Taliban-appointed foreign minister", "Russian-installed officials": the appointing
# state's office holders (the title and name after it are part of the mention)
APPOINTED = ("-appointed", "-installed")
# "two US-based groups", "a Hong Kong-based firm": bodies of the state they are based in
BASED_BODIES = words(
    "group groups organisation organisations organization organizations firm firms company "
    "companies entity entities charity charities"
)
COMPOUND_SUFFIXES = ("-led", "-flagged", "-based", *AUTHORED, *APPOINTED)
NAME_WORDS = 4  # capitalised words of a name after an appointed official's title


def compound_state(
    lexicon: Lexicon, words_: list[str], lowers: list[str], index: int
) -> Mention | None:
    """ "the Saudi-led coalition", "US-led forces": the leading state, as its military; "a
    US-drafted resolution": its author, as its government; "US-based groups": the state they
    are based in; None for anything else."""
    if index + 1 >= len(words_):
        return None
    if lowers[index].endswith(APPOINTED):
        return _appointed(lexicon, words_, lowers, index)
    suffix = "-led" if lowers[index].endswith("-led") else "-" + lowers[index].split("-")[-1]
    heads = {"-led": LED_GROUPS, "-flagged": FLAGGED_VESSELS, "-based": BASED_BODIES}.get(
        suffix, AUTHORED_DOCUMENTS
    )
    if lowers[index + 1] not in heads:
        return None
    senses = lexicon.senses_of((words_[index][: -len(suffix)],)) or []
    code = next((s.code for s in senses if s.kind in (COUNTRY, DEMONYM, ORG) and s.code), None)
    if code is None:
        return None
    text = " ".join(words_[index : index + 2])
    name = lexicon.country_names.get(code, code)
    sector = {"-led": "MIL", "-flagged": None, "-based": None}.get(suffix, "GOV")
    return Mention(index, index + 2, text, actor=Actor(code, sector, name))


def _appointed(
    lexicon: Lexicon, words_: list[str], lowers: list[str], index: int
) -> Mention | None:
    """ "the Taliban-appointed foreign minister Amir Khan Muttaqi": the appointer's official,
    title and name; None unless a title or body follows."""
    prefix = words_[index].rsplit("-", 1)[0]
    senses = lexicon.senses_of((prefix,)) or []
    code = next(
        (s.code for s in senses if s.kind in (COUNTRY, DEMONYM, INSTITUTION) and s.code), None
    )
    length, agents = lexicon.match(words_, lowers, index + 1)
    agent = next((s for s in agents if s.kind == AGENT and s.agent_kind in ("title", "body")), None)
    if code is None or not length or agent is None:
        return None
    end = index + 1 + length
    while end < len(words_) and end - index - 1 - length < NAME_WORDS and words_[end][:1].isupper():
        end += 1
    personal = agent.agent_kind == "title"
    name = lexicon.country_names.get(code, code)
    actor = Actor(code, agent.sector or "GOV", name, personal, agents=(agent.name or "",))
    return Mention(index, end, " ".join(words_[index:end]), actor=actor)
