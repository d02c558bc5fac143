"""Phrase mentions: actors a sentence names by a phrase rather than by a name: "the two
countries" (the last pair, or the sides named after "between"), "the three leaders" (the last
group), "the Jewish state" (an epithet), "its ally" (the story's other side), "his country" (the
owner's), "the Saudi-led coalition" (the state that leads it).

Consumes the lexicon, a sentence's tokens and words, a position, the mentions before it and
the article's ``ActorMemory``; produces the mentions the phrase there makes (one per side, all of
one span, for a pair or group phrase), or []. ``pair_mentions``, ``epithets`` and ``references``
recognise the phrases; ``actors`` finds where mentions start and resolves the names.
"""

from transforms.tagging.epithets import (
    COMPOUND_SUFFIXES,
    GOVERNING_WORDS,
    STARTS,
    compound_state,
    epithet_at,
    named_before,
    owned_at,
    owner_of,
    ungoverned_states,
)
from transforms.tagging.lexicon import Lexicon
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.pair_mentions import (
    BARE_LIST_NOUNS,
    GROUP_SIZES,
    JOINING,
    PAIR_OPENERS,
    between_pair,
    own_clause,
    pair_phrase,
)
from transforms.tagging.references import named_group, the_ally, told_pair
from transforms.tagging.text import Token, words

STATE_WORDS = words("countries nations states neighbours neighbors")  # never an organisation


def phrase_at(
    lexicon: Lexicon,
    tokens: list[Token],
    words: list[str],
    lowers: list[str],
    sentence: str,
    index: int,
    mentions: list[Mention],
    memory: ActorMemory,
) -> list[Mention]:
    """The mentions a pair phrase, an epithet, "its ally", an owned noun or a compound state at
    ``index`` makes (``mentions``: those found before it), in order; [] when none opens there."""
    opens = lowers[index] in PAIR_OPENERS  # (the test first: most tokens open no pair phrase)
    taken, personal = pair_phrase(lowers, index) if opens else (0, False)
    pair = []
    if taken:
        named = between_pair(lowers, mentions, index)
        # None: "between the warring parties", sides no actor stands for
        size = GROUP_SIZES.get(lowers[index], 2)
        acting = frozenset(m.actor.country for m in mentions if m.actor and not m.pronoun)
        opener = index - 2 if lowers[index - 1 : index] == ["the"] else index - 1
        if own_clause(lowers, opener, memory.recent_talks()):
            acting = frozenset()  # "X was received by Y, after the two countries agreed"
        sides = memory.sides(personal, acting) if size == 2 else memory.last_group(size, personal)
        sides = (size > 2 and named_group(mentions, lowers, index, size)) or sides  # its own list
        bodies = {side.country for side in sides if side.sector == "IGO"}
        if bodies and size == 2 and lowers[index + taken - 1] in STATE_WORDS:
            # "the G20 summit ... the two countries": no organisation is one of them
            sides = memory.sides(personal, acting | bodies)
            sides = [] if any(side.country in bodies for side in sides) else sides
        if personal and size == 2:  # "the two presidents": the two the last sentence titled so
            sides = _titled_pair(memory, lowers[index + 1 : index + taken], acting) or sides
        if not sides and size == 3:
            sides = _pair_and_present(mentions, memory, personal, acting)
        if lowers[index] in ("those", "these"):  # "those countries": the last list
            sides = memory.last_states()
        elif lowers[index] in BARE_LIST_NOUNS:  # "the countries": a pair just named
            sides = memory.named_pair()
        if opener >= 0 and lowers[opener] in JOINING and size == 2:
            # "Egypt and Qatar exchanged memoranda, in virtue of which the two countries agreed":
            # the sentence's own two (also "discussed relations between the two countries", "a
            # pause with Xi, the pair agreeing"; no body at "the G20 summit" is one of two)
            among = [i for i in range(opener) if lowers[i] == "between"][-1:] or [0]
            # ("after a meeting between Austin and Lee, during which the two sides agreed")
            no_body = "IGO" if lowers[index + taken - 1] in STATE_WORDS else None
            own = {
                m.actor.country: m.actor
                for m in mentions
                if m.is_actor and m.actor and m.start >= among[0] and m.actor.sector != no_body
            }
            sides = list(own.values()) if len(own) == 2 else sides
        sides = (size == 2 and told_pair(lowers, mentions, opener)) or sides  # "X and Y said"
        pair = [] if named is None else named or _ties_pair(lowers, mentions, index) or sides
        if named is not None and size == 2 and _visit_opening(lowers, opener):
            pair = _leader_and_host(mentions) or pair  # "During Erdogan's visit to Saudi Arabia,
            # both countries signed": visitor and host ("In his meeting with X, Y said both sides")
        if named is not None and not pair and lowers[index] == "two" and taken == 1:
            pair = memory.last_pair(False)  # "Japan and Korea met. The two agreed"
        if named is not None and not pair and personal and size == 2:
            pair = _leader_and_host(mentions)  # "During Xi's visit to Moscow, the two leaders"
    if pair:
        # "the two countries": two mentions of one span, coordinated (roles.py)
        text = sentence[tokens[index].start : tokens[index + taken - 1].end]
        made: list[Mention] = []
        for actor in pair:
            if not personal:
                name = lexicon.country_names.get(actor.country, actor.country)
                actor = Actor(actor.country, None, name)
            made.append(Mention(index, index + taken, text, actor=actor))
        return made
    if lowers[index] == "the" and lowers[index + 1 : index + 2] in (["former"], ["latter"]):
        side = _former_or_latter(lowers, index, mentions, memory)
        if side is not None:  # "with the latter blaming Kenya": one of the pair just named
            text = sentence[tokens[index].start : tokens[index + 1].end]
            return [Mention(index, index + 2, text, actor=side)]
    taken, code = _epithet(lowers, index, mentions, memory)
    after = index + taken
    if lowers[after : after + 1] == ["of"] and "".join(words[after + 1 : after + 2])[:1].isupper():
        taken = 0  # "the Kingdom of Morocco": the state named after it (not "the North of")
    if taken:  # "the Jewish state", "the wealthy Gulf state" (no state for "the European
        # country" when none was named: no actor, and not the demonym's either)
        text = sentence[tokens[index].start : tokens[index + taken - 1].end]
        if code is None:
            return [Mention(index, index + taken, text)]
        name = lexicon.country_names.get(code, code)
        mention = Mention(index, index + taken, text, actor=Actor(code, None, name))
        memory.note(mention.actor)
        return [mention]
    ally = the_ally(words, lowers, index, mentions, memory, lexicon.country_names)
    if ally is not None:  # "NATO stood with its ally": the story's other side
        text = sentence[tokens[index].start : tokens[index + 1].end]
        return [Mention(index, index + 2, text, actor=ally)]
    owned = owned_at(lowers, index)
    actor = (
        owner_of(lowers[index], owned, mentions, memory, lexicon.country_names) if owned else None
    )
    if actor is not None:  # "Khan said his country would", "Nasrallah ... his party"
        text = sentence[tokens[index].start : tokens[index + 1].end]
        return [Mention(index, index + 2, text, actor=actor)]
    led = (
        compound_state(lexicon, words, lowers, index)
        if lowers[index].endswith(COMPOUND_SUFFIXES)
        else None
    )
    if led is not None:  # "the Saudi-led coalition": the state that leads it
        memory.note(led.actor)
        return [led]
    return []


def _epithet(
    lowers: list[str], index: int, mentions: list[Mention], memory: ActorMemory
) -> tuple[int, str | None]:
    """``epithet_at`` with the sentence's subject, the verb's subject and the states named
    before, worked out only where an epithet may open ("the" and one of its first words)."""
    if lowers[index] != "the" or index + 1 >= len(lowers) or lowers[index + 1] not in STARTS:
        return 0, None
    present = ungoverned_states(lowers, mentions)
    subject = frozenset(m.actor.country for m in mentions if m.actor and m.end == index - 1)
    if index > 0 and lowers[index - 1] in GOVERNING_WORDS:
        subject |= _clause_actors(lowers, mentions, index)
    named = named_before(memory, index)
    if memory.home and lowers[index - 1 : index] == ["leave"]:
        named = [*named, memory.home]  # "ordered to leave the country": the dateline's state
    return epithet_at(lowers, index, named, present, subject)


def _titled_pair(memory: ActorMemory, noun: list[str], acting: frozenset[str]) -> list[Actor]:
    """The two actors of the last sentence naming people that have the title a pair phrase's
    plural noun names ("Prime Minister Gonsalves said President Ali and President Maduro
    agreed. The two presidents"), when exactly two states' people have it; else []."""
    title = " ".join(noun)[:-1]  # "presidents": "president"
    for actors in reversed(memory.recent):
        if any(actor.personal for actor in actors):
            titled = {
                a.country: a
                for a in actors
                if a.personal and a.country not in acting and title in map(str.lower, a.agents)
            }
            return list(titled.values()) if len(titled) == 2 else []
    return []


def _pair_and_present(
    mentions: list[Mention], memory: ActorMemory, personal: bool, acting: frozenset[str]
) -> list[Actor]:
    """ "The three countries" with no three named together: the last pair and the one other
    state this sentence names ("Beijing hosted a meeting of the three countries' foreign
    ministers" after Pakistan's and Afghanistan's talks); else []."""
    pair = memory.last_pair(personal, acting)
    present = {m.actor.country: m.actor for m in mentions if m.actor is not None and m.is_actor}
    if len(pair) != 2 or len(present) != 1:
        return []
    return [*pair, *present.values()]


VISIT_OPENERS = words("during on in at after following")
VISIT_NOUNS = words("visit visits trip tour meeting talks call conversation")


def _visit_opening(lowers: list[str], end: int) -> bool:
    """Whether a visit or meeting phrase opens the sentence, to a comma at or before ``end``."""
    first = 2 if lowers[1:2] == [","] else 0  # ("Significantly, during ...")
    comma = next((i for i in range(first + 1, end + 1) if lowers[i] == ","), -1)
    opens = comma > first and lowers[first] in VISIT_OPENERS
    return opens and not VISIT_NOUNS.isdisjoint(lowers[first:comma])


def _leader_and_host(mentions: list[Mention]) -> list[Actor]:
    """ "The two leaders" after an opening naming one leader and the state he visits or meets
    ("During Xi's visit to Moscow, the two leaders"): the only two countries named; else []."""
    actors: dict[str, Actor] = {}
    for mention in mentions:
        if mention.actor is not None and not mention.locative:
            actors.setdefault(mention.actor.country, mention.actor)
    if len(actors) != 2 or not any(actor.personal for actor in actors.values()):
        return []
    return list(actors.values())


TIES = words("ties relations relationship")


def _ties_pair(lowers: list[str], mentions: list[Mention], index: int) -> list[Actor]:
    """ "Asked about ties with India, Wang said the two neighbours should": the state the ties
    are with and the one other state named before the phrase; else []."""
    ties = next(
        (i for i in range(index - 1) if lowers[i] in TIES and lowers[i + 1] == "with"), None
    )
    if ties is None:
        return []
    partner = next((m for m in mentions if m.start == ties + 2 and m.is_actor), None)
    if partner is None or partner.actor is None:
        return []
    others = {
        m.actor.country: m.actor
        for m in mentions
        if m.is_actor
        and m.actor is not None
        and m.end <= index
        and m.actor.country != partner.actor.country
    }
    return [*others.values(), partner.actor] if len(others) == 1 else []


# Words that open a clause of its own, whose actors are not those of the clause before
CLAUSE_OPENERS = words("while whereas but ; although though")


def _clause_actors(lowers: list[str], mentions: list[Mention], index: int) -> frozenset[str]:
    """The states of the actors no preposition governs in the clause a "while" or "but" opens
    before ``index``: those that act in it, which an epithet after a preposition does not
    stand for ("neighbours Kuwait and Bahrain recalled their ambassadors to the Gulf state")."""
    opener = max((i for i in range(index) if lowers[i] in CLAUSE_OPENERS), default=-1)
    if opener < 0:
        return frozenset()  # (a sentence's one clause may be passive: "an agreement forced on
        # the wealthy Gulf state by Saudi Arabia" is on Qatar, its subject)
    return frozenset(
        m.actor.country
        for m in mentions
        if m.actor is not None
        and opener < m.start
        and m.end < index
        and not (m.start > 0 and lowers[m.start - 1] in GOVERNING_WORDS)
        and lowers[m.end : m.end + 1] != ["'s"]
    )


# What follows "the former" or "the latter" standing alone: a verb or a mark, not a noun it
# qualifies ("the former president", "the former ruling party", "the latter's acting head")
ALONE_NEXT = words(
    ", . ; 's has had have is was were would will said says of to for over and with in on at from "
    "by that which who"
)
QUALIFYING_PARTICIPLES = words("ruling governing leading outgoing sitting reigning acting united")


def _former_or_latter(
    lowers: list[str], index: int, mentions: list[Mention], memory: ActorMemory
) -> Actor | None:
    """The first ("the former") or second ("the latter") of the two states the sentence named
    before ``index``, else of the last pair named ("Kenya-Somalia relations have soured, with
    the latter blaming Kenya": Somalia); None when "former" qualifies a noun or no pair is."""
    after = lowers[index + 2] if index + 2 < len(lowers) else "."
    verb = after.endswith(("ed", "ing")) and after not in QUALIFYING_PARTICIPLES
    if not (verb or after in ALONE_NEXT):
        return None
    named: list[Actor] = []
    for mention in mentions:
        actor = mention.actor
        if (
            mention.is_actor
            and actor is not None
            and actor.country not in {a.country for a in named}
        ):
            named.append(actor)
    pair = named[-2:] if len(named) >= 2 else memory.last_pair(False)
    if len(pair) < 2:
        return None
    return pair[0] if lowers[index + 1] == "former" else pair[1]
