"""Reactions to an earlier act: "The United States recognised Israel's sovereignty over the Golan.
Syria condemned the move." The move is the United States' act, so Syria's condemnation targets
the United States.

Consumes a sentence's lower-cased tokens and mentions, a trigger's span, and the article's last
act (the source of its last row that is no reaction, or the owner of a possessed act noun:
"Washington's decision"); produces the span of "the move" after a reaction trigger and whose
act it is (", a move that Seoul condemned": ``act_makers``)."""

from schemas.events import Event
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.text import Sentence, Token, words
from transforms.tagging.unrowed_acts import KIND_NOUNS, STATEMENT, blamed_kind

ACT_NOUNS = words(  # nouns that refer back to an act named before ("the move", "this decision")
    "move decision step announcement measure measures action actions recognition visit trip "
    "meeting deal agreement accord pact deals agreements accords pacts sanctions tariffs ban "
    "embargo expulsion expulsions release swap package pledge offer proposal invitation plan "
    "drills exercises vote ratification approval veto vetoes sale sales summit talks "
    "rapprochement reconciliation"
)
DETERMINERS = words("the this that such any")
MODALS = words("may might will would could can")
SIDES_OF_ONE = [["parties"], ["factions"], ["rivals"]]
# Act nouns of one kind of act refer back only to an act of its types ("the release" to one)
NOUN_TYPES = {
    **dict.fromkeys(words("release swap"), frozenset({"RETREAT", "CONCEDE"})),
    **dict.fromkeys(words("sanctions tariffs ban embargo expulsion expulsions"), {"SANCTION"}),
    **dict.fromkeys(words("visit trip meeting summit talks"), frozenset({"CONSULT", "AGREE"})),
    "recognition": frozenset({"SUPPORT"}),
    **dict.fromkeys(words("veto vetoes"), frozenset({"REJECT"})),
    **dict.fromkeys(words("sale sales"), frozenset({"AID", "AGREE"})),  # approved or promised
    **dict.fromkeys(words("drills exercises"), frozenset({"COOPERATE"})),  # held jointly
    **dict.fromkeys(words("pact pacts treaty"), frozenset({"SUPPORT", "AGREE"})),  # signed
    # an offer, a proposal or an invitation is a promise or a request ("offered to mediate",
    # "proposed a truce to", "invited Putin to visit")
    **dict.fromkeys(words("offer proposal invitation"), frozenset({"AGREE", "REQUEST"})),
}
MEETINGS = words("meeting meetings talks summit")  # whose two sides the memory keeps
# The types of rows that react to an act; their own rows are no act to react to.
REACTION_TYPES = frozenset({"ACCUSE", "REJECT"})
SAID_TYPES = frozenset({"REQUEST"})  # acts said, which "the move" does not name
PRAISE_CODES = frozenset({"051"})  # "welcomed", "praised": a reaction, though SUPPORT
VETO_CODES = frozenset({"129"})  # an act others react to ("criticised the veto"), though REJECT
ACT_REACH = 4  # sentences after the act within which "the move" still refers to it
# Acts said in words, which "the remarks" and "the comments" name (their maker is kept as
# ``ActorMemory.kinds[STATEMENT]``; no KIND_NOUNS word names it, so "the strikes" never does)
STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})
SAID_NOUNS = words("remarks comments statement statements")  # what names such an act


def names_kind(noun: str, kind: str | None) -> bool:
    """Whether ``noun`` names an act of ``kind`` ("the launch": a launch; "the remarks": a
    statement)."""
    return kind is not None and (
        KIND_NOUNS.get(noun) == kind or kind == STATEMENT and noun in SAID_NOUNS
    )


def act_reference(
    lowers: list[str], start: int, end: int, kind: str | None = None
) -> tuple[int, int] | None:
    """The span of "the move" (or "this decision"; with ``kind``, the last act's kind: "the
    launch", "the seizure") that ends a trigger at ``[start, end)`` or follows it directly;
    None when the trigger's object is something else."""
    for opening in (end - 2, end, start + 1):  # start + 1: "called the decision unfortunate"
        if opening < start and opening != end:
            continue
        if opening >= len(lowers) or lowers[opening] not in DETERMINERS:
            continue
        noun = _past_modifiers(lowers, opening + 1) if opening == end else opening + 1
        if noun < len(lowers) and (lowers[noun] in ACT_NOUNS or names_kind(lowers[noun], kind)):
            following = lowers[noun + 1 : noun + 3]
            made_by = following[1:] == ["by"] and following[0][-2:] in ("ed", "de")  # ("made")
            if following[:1] in (["by"], ["of"], ["'s"], ["with"]) or made_by:
                return None  # "the move by Japan", "the deal with Iran", "remarks made by X"
            if lowers[opening] == "any" and not MODALS.isdisjoint(lowers[noun + 1 : noun + 4]):
                return None  # "in support of any measures it may take": acts yet to come
            return opening, noun + 1
    return None


QUOTED = frozenset({'"', "“", "”", "'", "‘", "’"})


def _past_modifiers(lowers: list[str], position: int) -> int:
    """Where the noun after a determiner is, past quoted words and up to two lower-case
    modifiers ('condemned the "dangerous" actions', "the latest provocative move")."""
    words_ = 0
    while position < len(lowers) and words_ <= 2:
        if lowers[position] in QUOTED:
            position += 1
        elif (
            lowers[position] in ACT_NOUNS
            or lowers[position] in KIND_NOUNS
            or lowers[position] in SAID_NOUNS
            or not lowers[position].isalpha()
        ):
            return position
        else:
            position += 1
            words_ += 1
    return position


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
        elif _announces_act(lowers[mention.end : mention.end + 4]):
            owner = mention.actor  # "Seoul's government announced a plan to compensate"
    return owner


ANNOUNCING = words("announced unveiled adopted approved proposed made took")


def _announces_act(after: list[str]) -> bool:
    """Whether the words after an actor announce an act of its own ("announced a plan",
    "unveiled a new proposal", "made the decision")."""
    if after[:1] in (["has"], ["have"], ["had"]):
        after = after[1:]
    if len(after) < 3 or after[0] not in ANNOUNCING or after[1] not in ("a", "an", "the", "its"):
        return False
    return after[2] in ACT_NOUNS and after[2] not in ("measures", "actions")


def is_act(plover_type: str, cameo_code: str) -> bool:
    """Whether a row reports an act others may react to (not itself a reaction)."""
    if cameo_code in VETO_CODES:
        return True
    return plover_type not in REACTION_TYPES and cameo_code not in PRAISE_CODES


def reaction_target(
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    span: tuple[int, int],
    plover_type: str,
    cameo_code: str,
    memory: ActorMemory,
    *,
    answer: bool = False,
) -> list[Mention]:
    """ "Syria condemned the move": the author of the article's last act, as a mention of "the
    move", for a reaction trigger at ``span`` (or, with ``answer``, an act that answers another:
    "accepted the invitation"); [] when it is no reaction to a recent act."""
    if is_act(plover_type, cameo_code) and cameo_code not in VETO_CODES and not answer:
        return []  # (a veto may answer a plan named before: "Russia vetoed the proposal")
    reference = act_reference(lowers, *span, memory.last_act_kind)
    if reference is None:
        return _kind_maker(sentence, tokens, lowers, span, memory)
    text = sentence.text[tokens[reference[0]].start : tokens[reference[1] - 1].end]
    talks = memory.recent_talks() if lowers[reference[1] - 1] in MEETINGS else []
    if talks:  # "The two leaders discussed the war. ... Kyiv criticized the meeting": both sides
        return [Mention(reference[0], reference[1], text, actor=side) for side in talks]
    types = NOUN_TYPES.get(lowers[reference[1] - 1])
    if types is None:
        return last_act_sides(sentence, tokens, reference, memory)
    # a noun of one kind of act refers to the last recent act of that kind ("backed the
    # release" after a ban: a release is no ban; "Moldova expelled ... The envoy was summoned
    # ... Moscow condemned the expulsions": not the summoned envoy's side)
    typed = [
        memory.typed_acts[kind]
        for kind in types
        if kind in memory.typed_acts and sentence.index - memory.typed_acts[kind][1] <= ACT_REACH
    ]
    if not typed:  # ("fired a missile after US-South Korean drills ... condemned the drills")
        return _kind_maker(sentence, tokens, lowers, span, memory)
    maker, index, partner = max(typed, key=lambda item: item[1])
    if memory.last_act == maker and memory.last_act_sentence == index:
        return last_act_sides(sentence, tokens, reference, memory)  # with a mutual act's partner
    sides = [maker] if partner is None else [maker, partner]  # "concern over the pact": both
    return [Mention(reference[0], reference[1], text, actor=side) for side in sides]


def _kind_maker(
    sentence: Sentence,
    tokens: list[Token],
    lowers: list[str],
    span: tuple[int, int],
    memory: ActorMemory,
) -> list[Mention]:
    """ "Israel struck targets in Syria. Damascus called on the UN ... Russia said the strikes
    violated": the maker of the last act of the kind "the strikes" names, though other acts came
    after it; [] when none is recent."""
    for kind, (maker, index) in memory.kinds.items():
        if sentence.index - index > ACT_REACH:
            continue
        reference = act_reference(lowers, *span, kind)
        if reference is not None and names_kind(lowers[reference[1] - 1], kind):
            text = sentence.text[tokens[reference[0]].start : tokens[reference[1] - 1].end]
            return [Mention(reference[0], reference[1], text, actor=maker)]
    return []


def last_act_sides(
    sentence: Sentence,
    tokens: list[Token],
    span: tuple[int, int],
    memory: ActorMemory | None,
    *,
    partner: bool = True,
) -> list[Mention]:
    """The makers of the article's last act (its partner too, for a mutual one), as mentions
    of the words at ``span`` that refer to it; [] when it is no longer recent."""
    if memory is None or memory.last_act is None:
        return []
    if sentence.index - memory.last_act_sentence > ACT_REACH:
        return []
    text = sentence.text[tokens[span[0]].start : tokens[span[1] - 1].end]
    sides = [memory.last_act]
    if partner and memory.partner is not None:
        sides.append(memory.partner)
    return [Mention(span[0], span[1], text, actor=side) for side in sides]


def _parties(text: str | None) -> bool:  # sides of one group: "the Sudanese warring parties"
    said = (text or "").lower().split()  # (not a pair phrase: "the two sides", "both parties")
    return said[-1:] in SIDES_OF_ONE and not {"two", "both"} & set(said)


def remember_act(memory: ActorMemory, events: list[Event]) -> None:
    """Keep whose act "the move" will mean: the source of a sentence's last asserted act, or
    the target of a reaction to one ("Washington faced criticism over its decision")."""
    reported = [event for event in events if event.modality in ("asserted", "future")]
    for event in reported:  # ("Blinken will travel to Kyiv. Moscow denounced the visit"; the
        # sides of "talks between the Sudanese warring parties" are both theirs, no sponsor)
        memory.count_dyad(event.source_country, event.target_country)  # for "both sides"
        consulted = event.plover_type == "CONSULT" and event.cameo_code != "045"  # (no mediator)
        if consulted and event.source_country != event.target_country:
            side = Actor(event.target_country or "", event.target_sector, event.target_name or "")
            host = Actor(event.source_country or "", event.source_sector, event.source_name or "")
            memory.talks = [side, side] if _parties(event.target_text) else [host, side]
            memory.talks_sentence = event.sentence_index
        if is_act(event.plover_type, event.cameo_code):
            maker = Actor(event.source_country or "", event.source_sector, event.source_name or "")
            partner = _partner(event, events)
            memory.typed_acts[event.plover_type] = (maker, event.sentence_index, partner)
            memory.aimed[event.target_country or ""] = (maker, event.sentence_index)
        kind = blamed_kind(event)
        if kind is not None:  # "Iran blamed Israel for an air strike on its consulate. Syria
            # denounced the strike": the strike is the accused's
            accused = Actor(
                event.target_country or "", event.target_sector, event.target_name or ""
            )
            memory.kinds[kind] = (accused, event.sentence_index)
    said = [event for event in reported if event.plover_type in STATEMENT_TYPES]
    if said:  # "Erdogan accused Sweden of ... The remarks drew a rebuke": Erdogan's
        maker = Actor(
            said[-1].source_country or "", said[-1].source_sector, said[-1].source_name or ""
        )
        memory.kinds[STATEMENT] = (maker, said[-1].sentence_index)
    # a request is said, not done: "the move" after it is still the act it answers ("The US
    # imposed sanctions ... It urged Washington ... Iran called the move a violation")
    moves = [event for event in reported if event.plover_type not in SAID_TYPES]
    acts = [event for event in moves if is_act(event.plover_type, event.cameo_code)]
    for event in moves:
        if acts and event is not acts[-1]:
            continue  # "expelled the German ambassador, accusing him of": the expulsion
        if is_act(event.plover_type, event.cameo_code):
            country, sector, name = event.source_country, event.source_sector, event.source_name
        else:
            country, sector, name = event.target_country, event.target_sector, event.target_name
        memory.last_act = Actor(country or "", sector, name or "")
        memory.last_act_sentence, memory.last_act_kind = event.sentence_index, None
        memory.partner = _partner(event, events)


def _partner(event: Event, events: list[Event]) -> Actor | None:
    """The other side of a mutual act ("A and B signed a deal": B->A beside A->B), or the other
    target of a reaction to two ("Beijing praised both countries"); None otherwise."""
    act = is_act(event.plover_type, event.cameo_code)
    for other in events:
        if other.mention_id != event.mention_id or other.source_country != (
            event.target_country if act else event.source_country
        ):
            continue
        if act and other.target_country == event.source_country:
            return Actor(other.source_country or "", other.source_sector, other.source_name or "")
        if not act and other.target_country != event.target_country:
            return Actor(other.target_country or "", other.target_sector, other.target_name or "")
    return None


def note_owner(memory: ActorMemory, owner: Actor | None, sentence: Sentence) -> None:
    """Keep the owner of a possessed act noun ("Washington's decision") for "the move" later."""
    if owner is not None:
        memory.last_act, memory.last_act_sentence = owner, sentence.index
        memory.partner, memory.last_act_kind = None, None
