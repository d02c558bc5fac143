"""Act makers: the side whose act a sentence's reaction answers when the sentence names that act
itself, rather than referring back to it with "the move".

Consumes a sentence's lower-cased tokens and mentions, a position (a subject's start or a
pressed actor's) and, for an act noun that opens the sentence, its tokens and the article's
``ActorMemory``; produces the mentions of the act's makers, or [] when none is named. An act
apposed to the sentence's first clause is that clause subject's ("Japan tightened controls
..., a move that Seoul condemned", "..., remarks that drew a rebuke from X"); an act noun that
opens the sentence is the article's last act ("The drills drew a rebuke from Beijing", "The
threat of tariffs has prompted X to make concessions": ``reactions.last_act_sides``); a
statement noun that opens it is the last accusation's, demand's or threat's ("The remarks drew
a rebuke from Stockholm": ``last_statement_maker``).
"""

from transforms.tagging.clause_frames import outside_relatives
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Mention
from transforms.tagging.opening_subjects import main_subject
from transforms.tagging.owners import OWNED_ACT_NOUNS
from transforms.tagging.patterns import TriggerMatch
from transforms.tagging.reactions import (
    ACT_NOUNS,
    ACT_REACH,
    DETERMINERS,
    STATEMENT,
    last_act_sides,
)
from transforms.tagging.text import Sentence, Token, words

# ", a move (that) Seoul called retaliation", ", a charge Iran denies": the act the sentence
# reported first, apposed to it and reacted to by the apposition's subject
APPOSED_NOUNS = ACT_NOUNS | words(
    "charge charges accusation claim claims allegation remark remarks comment comments proposal "
    "offer plan reversal shift request requests demand demands appeal call bid"
)


PASSIVE_AUXILIARIES = words("was were been being has have had")
ARTICLES = words("a an the another")
APPOSITION_SPAN = 6  # words from an apposed noun to its "that": "reversal of U.S. policy that"
ADJECTIVES = 3  # adjectives between the article and the noun: "a major reversal"
# Bare plural nouns that appose the sentence's act ("..., remarks that drew a rebuke from X")
PLURAL_APPOSED = words("remarks comments statements moves steps measures actions")


def apposed_act(lowers: list[str], subject_start: int) -> bool:
    """Whether the subject at ``subject_start`` opens an apposition that names the sentence's
    first act: "Japan tightened controls ..., a move that Seoul condemned"."""
    position = subject_start - 1
    if lowers[subject_start] in APPOSED_NOUNS:
        position = subject_start  # "a move Pakistan called": one chunk, "move Pakistan"
    while position >= 0 and lowers[position] in PASSIVE_AUXILIARIES:
        position -= 1  # ", a move that was welcomed by"
    if position >= 0 and lowers[position] == "the":
        position -= 1  # ", a step that the EU criticised"
    if position >= 0 and lowers[position] in ("that", "which"):
        position -= 1
    # the noun may take adjectives and an "of" phrase: ", a major reversal of U.S. policy that"
    for noun in range(position, max(position - APPOSITION_SPAN, 1), -1):
        if lowers[noun] == ",":
            return False
        if lowers[noun] in APPOSED_NOUNS:
            if noun < position and "of" not in lowers[noun + 1 : position + 1]:
                return False
            opening = noun - 1
            while opening > 1 and noun - opening < ADJECTIVES and lowers[opening] not in ARTICLES:
                opening -= 1
            if lowers[opening] in ARTICLES and lowers[opening - 1] == "in" and opening > 1:
                opening -= 1  # ", in a move condemned by"
            return lowers[opening] in ARTICLES | {"in"} and lowers[opening - 1] == ","
    return False


def apposed_maker(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The maker of the sentence's first act when the words at ``start`` open an apposition
    naming it (``apposed_act``): "China imposed sanctions on Lithuania, a step that the EU
    criticised" (China); else []."""
    return main_subject(lowers, mentions, start)[0] if apposed_act(lowers, start) else []


# Nouns that, as the subject of a reaction drawn from someone ("The drills drew a rebuke from
# Beijing"), name the maker's act
SUBJECT_ACT_NOUNS = ACT_NOUNS | words("drills exercises test tests launch force")
AUXILIARIES = words("has have had")
APPOSITION_REACH = 7  # ", in a show of force that": words between the comma and "that"


def acted_subject(
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    start: int,
    memory: ActorMemory | None,
) -> list[Mention]:
    """The makers of the act that is the subject of a trigger at ``start`` whose subject is
    reacted to ("drew a rebuke from X"): the main clause's subject for an apposition ("..., a
    move that drew", "..., in a show of force that drew"), the author of the article's last act
    for "The drills drew"; [] otherwise."""
    position = start - 1
    while position >= 0 and lowers[position] in AUXILIARIES:
        position -= 1
    if position >= 0 and lowers[position] in ("that", "which"):
        for comma in range(position - 1, max(position - APPOSITION_REACH, 0), -1):
            if any(m.start <= comma < m.end for m in mentions) or not lowers[comma].isalpha():
                if lowers[comma] != ",":
                    return []
                opener = lowers[comma + 1 : comma + 3]
                if opener[:1] == ["in"]:
                    opener = opener[1:]
                if (
                    opener[:1]
                    and opener[0] in ("a", "an", "another")
                    or (opener[:1] and opener[0] in PLURAL_APPOSED)
                ):  # ", a move that drew", ", remarks that drew"
                    return main_subject(lowers, mentions, comma)[0]
                return []
        return []
    if position == 2 and lowers[2] == "," and lowers[0] in DETERMINERS:
        position = 1  # "The rapprochement, brokered by Beijing,": the opening act noun's
    owner = _opening_owner(lowers, mentions, start)
    if owner is not None:  # "Turkey's offensive against the Kurds drew condemnation from"
        return [owner]
    if (
        position >= 1
        and lowers[position] in STATEMENT_NOUNS
        and lowers[position - 1] in DETERMINERS
    ):
        return last_statement_maker(sentence, tokens, (position - 1, position + 1), memory)
    if position < 1 or lowers[position] not in SUBJECT_ACT_NOUNS:
        return []  # (an act noun with a tail: ``opening_act_agent``)
    if lowers[position - 1] not in DETERMINERS:
        return []
    return last_act_sides(sentence, tokens, (position - 1, position + 1), memory)


def _opening_owner(lowers: list[str], mentions: list[Mention], start: int) -> Mention | None:
    """The owner of the act noun that opens the sentence as the subject of the trigger at
    ``start`` ("Turkey's offensive against the Kurds drew"), or None."""
    owner = next((m for m in mentions if m.is_actor and m.end < start), None)
    if owner is None or owner.start > 1 or lowers[owner.end : owner.end + 1] != ["'s"]:
        return None
    noun = owner.end + 1
    nouns = OWNED_ACT_NOUNS | SUBJECT_ACT_NOUNS | STATEMENT_NOUNS
    if noun + 1 < start and lowers[noun] not in nouns:
        noun += 1  # "Japan's export curbs", "Russia's military action"
    between = lowers[noun + 1 : start]
    if lowers[noun] not in nouns or not VERB_HINTS.isdisjoint(between):
        return None
    return owner


# What a state says, as the subject of a reaction to it ("The kingdom's account was met with")
STATEMENT_NOUNS = words("account explanation version claim claims statement remarks comments")
# Words that show a verb of its own between an opening act noun and the trigger
# (an auxiliary is the trigger's own: "The kingdom's account was met with")
VERB_HINTS = words(
    "said says will would , that which who comes came follows followed when while because"
)
# ("The visit by Wang Yi to Moscow comes weeks after Xi hosted Putin": Xi hosts)


# Verbs by which an act presses someone into a response ("prompted X to make concessions")
PRESSING_VERBS = words("prompted forced pushed pressed pressured led compelled")
PRESSURE_NOUNS = words("threat threats pressure sanctions tariffs move moves")


def pressed_by(
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    pressed: int,
    memory: ActorMemory | None,
) -> list[Mention]:
    """The makers of the act that opens the sentence ("The threat of tariffs has prompted X
    to"), for the actor pressed at ``pressed``: the author of the article's last act; []
    unless the sentence opens with such an act noun and a pressing verb comes before X."""
    if len(lowers) < 3 or lowers[0] != "the" or lowers[1] not in PRESSURE_NOUNS:
        return []
    if PRESSING_VERBS.isdisjoint(lowers[max(0, pressed - 3) : pressed]):
        return []
    return last_act_sides(sentence, tokens, (0, 2), memory, partner=False)


def opening_act_makers(
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    start: int,
    memory: ActorMemory | None,
) -> list[Mention]:
    """The makers of the article's last act when an act noun opening the sentence is what a
    passive trigger at ``start`` is done to ("The move was condemned by Russia", "The plan drew
    criticism ... but was welcomed by Washington"); [] otherwise."""
    if len(lowers) < 3 or lowers[0] not in DETERMINERS or lowers[1] not in SUBJECT_ACT_NOUNS:
        return []
    if not VERB_HINTS.isdisjoint(lowers[2:start]):
        return []
    return last_act_sides(sentence, tokens, (0, 2), memory)


def opening_act_agent(
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    start: int,
    memory: ActorMemory | None,
) -> list[Mention]:
    """The makers of an act noun that opens the sentence as the subject of a reaction at
    ``start``, past a relative clause between commas: "The decision by Washington to send
    cluster munitions to Ukraine, which Kyiv had requested, drew criticism from" (Washington);
    "The decision to end the pact, which ..., drew" (the article's last act); else []."""
    if len(lowers) < 4 or lowers[0] not in DETERMINERS or lowers[1] not in SUBJECT_ACT_NOUNS:
        return []
    if not VERB_HINTS.isdisjoint(outside_relatives(lowers, 3, start)):
        return []
    if lowers[2] == "by":
        agent = next((m for m in mentions if m.start == 3 and m.is_actor), None)
        return [agent] if agent is not None else []
    if lowers[2] in ("to", "of"):
        return last_act_sides(sentence, tokens, (0, 2), memory)
    return []


# Words that open the clause of the act a reaction with no object answers, and the manner
# adverbs that may stand before them ("protested after", "reacted angrily when")
CAUSE_OPENERS = words("after when following")
REACTION_ADVERBS = words("angrily furiously sharply strongly swiftly immediately")
CAUSE_SUBJECT_REACH = 4  # words from the opener to the clause subject: "after the US Navy"
NOT_BEFORE_SUBJECT = words(", to of by with from in on at over against for")


def cause_maker(lowers: list[str], mentions: list[Mention], end: int) -> list[Mention]:
    """The subject of the clause a reaction with no object names as its cause ("Tokyo
    protested after Chinese coast guard ships entered Japanese waters": China's), or []."""
    opener = end + 1 if lowers[end : end + 1] and lowers[end] in REACTION_ADVERBS else end
    if lowers[opener : opener + 1] == [] or lowers[opener] not in CAUSE_OPENERS:
        return []
    agent = next(
        (
            m
            for m in mentions
            if opener + 3 < m.start <= opener + 2 * CAUSE_SUBJECT_REACH
            and m.is_actor
            and "by" in lowers[m.start - 2 : m.start]
            and PASSIVE_AUXILIARIES & set(lowers[opener : m.start])
        ),
        None,
    )
    if agent is not None:
        return [agent]  # "Iran protested after its tanker was seized by Britain": Britain's
    subject = next(
        (m for m in mentions if opener < m.start <= opener + CAUSE_SUBJECT_REACH and m.is_actor),
        None,
    )
    if subject is None or not NOT_BEFORE_SUBJECT.isdisjoint(lowers[opener : subject.start]):
        return []  # ("after talks with China collapsed": no act of China's)
    return [subject]


def last_statement_maker(
    sentence: Sentence, tokens: list[Token], span: tuple[int, int], memory: ActorMemory | None
) -> list[Mention]:
    """The maker of the article's last accusation, demand or threat, as a mention of the words
    at ``span`` that refer to it ("The remarks drew a rebuke from Stockholm"); [] when none is
    recent."""
    if memory is None or STATEMENT not in memory.kinds:
        return []
    maker, index = memory.kinds[STATEMENT]
    if sentence.index - index > ACT_REACH:
        return []
    text = sentence.text[tokens[span[0]].start : tokens[span[1] - 1].end]
    return [Mention(span[0], span[1], text, actor=maker)]


def answered_sides(
    sentence: Sentence,
    tokens: list[Token],
    match: TriggerMatch,
    clauses: list,
    sources: list[Mention],
    memory: ActorMemory,
) -> list[Mention]:
    """The makers of the act an answer's maker answers: told in an earlier clause of the
    sentence (``trigger_slots.Clause``) and aimed at it ("The US raised tariffs on China, and
    Beijing vowed to retaliate"), else the last, or when that is its own, the last aimed at it
    ("Canada expelled a diplomat ... China expelled a consul ... China reserves the right to")."""
    own = {m.actor.country for m in sources if m.actor is not None}
    for clause in reversed(clauses):
        if own & {m.actor.country for m in clause.objects if m.actor is not None}:
            return [m for m in clause.subjects if m.actor and m.actor.country not in own]
    sides = last_act_sides(sentence, tokens, (match.start, match.end), memory)
    if len(own) != 1 or any(m.actor and m.actor.country not in own for m in sides):
        return sides
    maker, index = memory.aimed.get(next(iter(own)), (None, -1))
    if maker is None or sentence.index - index > ACT_REACH:
        return sides
    text = sentence.text[tokens[match.start].start : tokens[match.end - 1].end]
    return [Mention(match.start, match.end, text, actor=maker)]
