"""Reactions to an earlier act: "The United States recognised Israel's sovereignty over the Golan.
Syria condemned the move." The move is the United States' act, so Syria's condemnation targets
the United States.

Consumes a sentence's lower-cased tokens and mentions, a trigger's span, and the article's last
act (the source of its last row that is no reaction, or the owner of a possessed act noun:
"Washington's decision to withdraw"); produces the span of "the move" after a reaction trigger
and the actor whose act it is. Reports of reactions ("China condemned the decision", "Jordan
rejected the move", "Egypt welcomed the step") are the most common follow-up in diplomatic news,
and they name the act, not its author.
"""

from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.text import words

# Nouns that refer back to an act named before ("the move", "this decision")
ACT_NOUNS = words("move decision step announcement measure measures action actions recognition")
DETERMINERS = words("the this that such")
# The types of rows that react to an act; their own rows are no act to react to.
REACTION_TYPES = frozenset({"ACCUSE", "REJECT"})
PRAISE_CODES = frozenset({"051"})  # "welcomed", "praised": a reaction, though SUPPORT
ACT_REACH = 4  # sentences after the act within which "the move" still refers to it


def act_reference(lowers: list[str], start: int, end: int) -> tuple[int, int] | None:
    """The span of "the move" (or "this decision") that ends a trigger at ``[start, end)`` or
    follows it directly; None when the trigger's object is something else."""
    for opening in (end - 2, end):
        if opening < start and opening != end:
            continue
        pair = lowers[opening : opening + 2]
        if len(pair) == 2 and pair[0] in DETERMINERS and pair[1] in ACT_NOUNS:
            following = lowers[opening + 2 : opening + 3]
            if following in (["by"], ["of"], ["'s"]):
                return None  # "the move by Japan", "the decision of the court": named there
            return opening, opening + 2
    return None


def act_owner(lowers: list[str], mentions: list[Mention]) -> Actor | None:
    """The actor whose act a sentence names with a possessed act noun: "Washington's decision",
    "the US move"; the last one, or None."""
    owner = None
    for mention in mentions:
        if not mention.is_actor or mention.actor is None or mention.actor.personal:
            continue
        after = lowers[mention.end : mention.end + 2]
        if after[:1] == ["'s"]:
            after = after[1:]
        if after[:1] and after[0] in ACT_NOUNS or lowers[mention.end - 1] in ACT_NOUNS:
            owner = mention.actor  # the mention may hold the noun: "Washington's decision"
    return owner


def is_act(plover_type: str, cameo_code: str) -> bool:
    """Whether a row reports an act others may react to (not itself a reaction)."""
    return plover_type not in REACTION_TYPES and cameo_code not in PRAISE_CODES
