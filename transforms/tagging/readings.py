"""Readings: what the way an act is said changes about the event coded from it.

Consumes a sentence's lower-cased tokens around a trigger (and, for possessors, its mentions and
the article's actor memory); produces the reading the tagger applies: a present-tense act is
current whatever old date its complement names; a possessive pronoun before an event noun is that
event's subject, and a possessed event is presupposed. The readings that change an event's code
(a refusal, a stated intent, a threat) are ``recoding``'s.
"""

from transforms.tagging import nominals
from transforms.tagging.asides import list_end
from transforms.tagging.false_triggers import NOUN_CONTEXT
from transforms.tagging.gap_openers import GROUP_NOUNS, is_digit_word
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.offices import relation_opening
from transforms.tagging.opening_subjects import coordinated_owner, opening_subject
from transforms.tagging.patterns import TriggerMatch
from transforms.tagging.possessives import POSSESSIVE_PRONOUN_KINDS
from transforms.tagging.text import Token, words
from transforms.tagging.view_targets import forum

# An introductory phrase whose possessive points forward to the main clause's subject.
INTRODUCERS = frozenset({"during", "after", "before", "on", "at", "while", "in", "following"})
INTRODUCTION_REACH = 2  # the possessive's position in the sentence

# Trade nouns a compiled verb pattern may read as verbs ("exports to"), and the verbs that make
# them a figure ("exports to China dropped to $9.1 billion in 2018"), not an act
TRADE_NOUNS = words("exports imports sales shipments purchases trade investment investments")
FIGURE_VERBS = words(
    "dropped fell declined plunged slumped shrank rose increased grew jumped surged doubled "
    "tripled reached totaled totalled topped hit"
)


def trade_figure(lowers: list[str], start: int, targets: list) -> bool:
    """Whether a trade noun at ``start`` is the subject of a change in figures after its
    object ("exports to China dropped"), which makes it a statistic."""
    if lowers[start] not in TRADE_NOUNS or not targets:
        return False
    after = lowers[max(m.end for m in targets) : max(m.end for m in targets) + 3]
    return not FIGURE_VERBS.isdisjoint(after)


# Nouns of a curb whose complement a trade noun may be ("a ban on seafood imports from Japan")
CURB_NOUNS = words("ban bans embargo curbs restrictions limits tariffs duties sanctions halt")
CURB_REACH = 4


def curbed_trade(lowers: list[str], start: int) -> bool:
    """Whether a trade noun at ``start`` is what a curb stops ("a ban on seafood imports from
    Japan"): the trade is no act of its own."""
    if lowers[start] not in TRADE_NOUNS:
        return False
    before = lowers[max(0, start - CURB_REACH) : start]
    return "on" in before and not CURB_NOUNS.isdisjoint(before)


def present_tense(lowers: list[str], start: int, nominal: bool) -> bool:
    """Whether a verbal trigger is in the simple present ("wants", "urges", "says"): the act is
    current, and an old date after it belongs to something in its complement ("The US wants the
    UK to extradite him over ... in 2010")."""
    word = lowers[start]
    if nominal or start == 0 or lowers[start - 1] in NOUN_CONTEXT:
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s")) and word != "was"


def possessor(
    text: str,
    tokens: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    memory: ActorMemory,
    start: int,
) -> Mention | None:
    """The actor a possessive pronoun right before a nominal trigger stands for ("his
    conversation with", "their first meeting"): the nearest compatible actor earlier in the
    sentence, else in the paragraph's earlier sentences."""
    position = next(
        (
            p
            for p in range(start - 1, max(start - 3, -1), -1)
            if lowers[p] in POSSESSIVE_PRONOUN_KINDS
        ),
        None,
    )
    if position is None or not all(w.isalpha() for w in lowers[position + 1 : start]):
        return None
    kind = POSSESSIVE_PRONOUN_KINDS[lowers[position]]

    def fits(actor: Actor | None) -> bool:
        return actor is not None and (kind == "any" or actor.personal == (kind == "person"))

    actor = None
    if position <= INTRODUCTION_REACH and lowers[0] in INTRODUCERS and "," in lowers[start:]:
        # "During his visit to Beijing, Blinken raised ...": the main clause's subject
        comma = list_end(lowers, lowers.index(",", start))  # (past "to A, B and C,")
        later = [m for m in mentions if m.start > comma and m.is_actor and m.actor is not None]
        actor = later[0].actor if later and fits(later[0].actor) else None
    if actor is None and position > 0 and lowers[position - 1] == ",":
        # "Burhan met Sisi in El Alamein, his first trip abroad": an apposition to the clause,
        # whose subject it speaks of
        opening = opening_subject(lowers, mentions, position - 1)
        actor = opening[0].actor if opening and fits(opening[0].actor) else None
    if actor is None and lowers[position - 2 : position - 1] == ["to"] and position > 2:
        thing = not any(m.end == position - 2 for m in mentions)  # "cited UN reports to bolster
        # its accusations": a purpose's owner is the subject (not "urged Israel to ... its")
        opening = opening_subject(lowers, mentions, position - 2) if thing else []
        actor = opening[0].actor if opening and fits(opening[0].actor) else None
    if actor is None and (owner := coordinated_owner(lowers, mentions, position)):
        actor = owner[0].actor if fits(owner[0].actor) else None
    if actor is None:
        earlier = [m for m in mentions if m.end <= position and m.is_actor and m.actor is not None]
        earlier = [m for m in earlier if not nominals.critic_of(lowers[m.end : position])]
        if len(earlier) > 1 and forum(earlier[-1]):  # "took the UAE to the ICJ over its support"
            earlier = earlier[:-1]  # (and "U.S. criticism of its trade" is not the U.S.'s trade)
        if kind == "any":  # "their": people or states
            actor = earlier[-1].actor if earlier else memory.earlier_antecedent("any", -1)
        else:
            personal = kind == "person"
            actor = next(
                (m.actor for m in reversed(earlier) if m.actor.personal == personal), None
            ) or memory.earlier_antecedent(kind, len(memory.recent) - 1)
    if actor is None:
        return None
    token = tokens[position]
    mention = Mention(position, position + 1, text[token.start : token.end], actor=actor)
    mention.pronoun = True
    return mention


def possessed(lowers: list[str], subject: Mention, start: int) -> bool:
    """Whether ``subject`` possesses the nominal trigger at ``start`` ("Putin's visit", "his
    conversation"): such an event is presupposed, and only cues inside its phrase ("his planned
    visit") set its modality."""
    gap = lowers[subject.end : start]
    possessive = lowers[subject.start] in POSSESSIVE_PRONOUN_KINDS or gap[:1] == ["'s"]
    before = lowers[max(subject.start - 2, 0) : subject.start]  # "should not expect X's"
    awaited = before[-1:] in AWAITING or before in AWAITING
    return possessive and len(gap) <= 3 and not awaited


# Verbs whose object event is awaited or asked for, not presupposed ("should not expect Ankara's
# support", "called for Seoul's support")
AWAITING = [[word] for word in words("expect expects expecting seek seeks seeking sought")]
AWAITING += [[word] for word in words("demanded demands demanding urged urges urging requested")]
AWAITING += [[verb, "for"] for verb in words("called calls calling asked asks asking")]


# Verbs that ask their object to act: what the object is asked to do has not happened
ASKING = words(
    "asked asks asking urged urges urging pressed presses pressing told invited encouraged "
    "encourages encouraging wants want wanted wanting implored begged challenged requested "
    "lobbied pushed pushing urge ask press implore beg encourage request lobby push expected "
    "expects expect "  # "expected Turkey to approve Sweden's membership soon": not yet done
    "warned warns warning warn ordered orders ordering order invite invites inviting "
    "pressure coerce force allow allows allowed allowing enable enables permit permits"
    # ("warned Seoul to stop", "invite his counterpart to visit", "allows both to send": leave)
)  # the base forms for quoted speech: "We urge Japan and Korea to resume dialogue"


GROUP_OPENERS = words("its their his her two three both")  # "its two allies"
# two words before the asked actor: "called on X to", "the EU's call for Russia to withdraw"
CALLING_ON = (
    [[verb, "on"] for verb in ("called", "calls", "calling", "call")]
    + [
        [word, "for"]
        for word in ("call", "calls", "called", "calling", "appeal", "appeals", "plea")
    ]
    + [["appealed", "to"], ["appeals", "to"], ["appeal", "to"], ["pleaded", "with"]]
    + [["plead", "with"], ["invitation", "to"], ["invitations", "to"]]  # "an invitation to X to"
    + [[verb, "for"] for verb in ("advocated", "advocates", "advocating", "pushed", "pushing")]
)


def asked_to(lowers: list[str], subjects: list[Mention], start: int) -> bool:
    """Whether the trigger at ``start`` is what its subject was asked to do ("asked the
    Americans to help broker talks with India"): an asking verb right before the subject and
    "to" between the subject and the trigger."""
    if not subjects:
        return False
    first, last = subjects[0], subjects[-1]
    position = first.start - 1
    if position >= 1 and lowers[position] == "," and lowers[position - 1] in GROUP_NOUNS:
        # "urged its two allies, Japan and South Korea, to": the group the subjects are apposed to
        position -= 2
        while position >= 0 and (
            lowers[position] in GROUP_OPENERS or is_digit_word(lowers[position])
        ):
            position -= 1
    elif (opener := relation_opening(lowers, position + 1)) is not None:
        position = opener - 1  # "urged its ally Belarus to", "its allies Japan and Korea to"
    if position >= 0 and lowers[position] in ("the", "both"):
        position -= 1  # ("urged both Israel and Hamas to agree")
    before = lowers[position] if position >= 0 else ""
    asked = before in ASKING or lowers[max(position - 1, 0) : position + 1] in CALLING_ON
    into = lowers[start - 1] in ("into", "toward", "towards") and position > 0
    into = into and lowers[position - 1] == "to"
    return asked and ("to" in lowers[last.end : start] or into)  # ("to pressure Hamas into
    # accepting", "to press both ... toward negotiations": sought; "pressured Israel into
    # accepting" was done)


# Duties a story names without their imposer ("Tariffs on Chinese goods were increased")
DUTIES = words("tariff tariffs duties levies")
PENALTIES = DUTIES | words("sanctions embargo")  # what one side of a dyadic story imposes
# Envoys a state calls home with no post named: from the story's other side ("Chile and
# Colombia recalled their ambassadors" in a story on Israel's war)
RECALLED_ENVOYS = words("ambassador ambassadors envoy envoys")


def unnamed_imposer(
    lowers: list[str], match: TriggerMatch, targets: list[Mention], memory: ActorMemory
) -> list[Mention]:
    """The imposer of tariffs the sentence names no agent for: the maker of a sanction the
    sentence before reported, else the state the article names most besides their target, as a
    mention of the trigger ("Tariffs on Chinese goods were increased" in a story on the US-China
    trade war); [] when the trigger is no tariff or no state stands out."""
    if DUTIES.isdisjoint(lowers[match.start : match.end]) or targets[-1].actor is None:
        return []
    last = memory.typed_acts.get("SANCTION")  # "Trump announced tariffs on A, B and C. A 29%
    # tariff was imposed on A's goods": the last sentence's imposer, before the story's rival
    if last and last[1] >= memory.sentence - 1 and last[0].country != targets[-1].actor.country:
        return [Mention(match.start, match.end, " ".join(lowers[match.start : match.end]), last[0])]
    return _other_side(lowers, match, targets[-1].actor.country, memory)


# What one side asks of the other ("balked on terms", "bowed to pressure")
DEMAND_NOUNS = words("demands demand terms conditions pressure")


# Owners of demands that no actor code stands for ("Western pressure", "international calls")
UNCODED_OWNERS = words("western international global domestic public popular internal")


def unnamed_other_side(
    lowers: list[str], match: TriggerMatch, sources: list[Mention], memory: ActorMemory
) -> list[Mention]:
    """Who made the demands a refusal or concession names no owner for ("China has balked on
    terms" in a story on the US-China trade talks), whom tariffs or sanctions with no target
    named hit ("Retaliatory tariffs imposed by China have hurt farmers", "Washington eased
    sanctions" in a story on Venezuela), or whom envoys are recalled from ("recalled their
    ambassadors for consultations" in a story on Israel): the state the article names most
    besides the source, as a mention of the trigger; [] when none stands out."""
    said = lowers[match.start : match.end]
    recalled = said[0].startswith("recall") and not RECALLED_ENVOYS.isdisjoint(said)
    if (DEMAND_NOUNS.isdisjoint(said) and PENALTIES.isdisjoint(said) and not recalled) or sources[
        -1
    ].actor is None:
        return []
    if said[-1] in ("on", "against") and DEMAND_NOUNS.isdisjoint(said):
        return []  # "sanctions on those responsible": a target is named, though no state
    if not UNCODED_OWNERS.isdisjoint(said):
        return []  # "resisted Western pressure": owners named, though no code stands for them
    return _other_side(lowers, match, sources[-1].actor.country, memory)


def _other_side(
    lowers: list[str], match: TriggerMatch, country: str, memory: ActorMemory
) -> list[Mention]:
    """The story's other side to ``country`` (``ActorMemory.rival``) as a mention of the
    trigger, or [] when no state stands out."""
    rival = memory.rival(country)
    if rival is None:
        return []
    return [Mention(match.start, match.end, " ".join(lowers[match.start : match.end]), rival)]


# Verbs of one side's offer or wish to do a mutual act ("offered to hold talks with")
OFFERING = words(
    "offered offers offer offering proposed proposes propose proposing sought seeks seek "
    "seeking wants wanted want invited invites"
)


def offered(lowers: list[str], start: int) -> bool:
    """Whether one side's offer or wish stands shortly before a mutual act's trigger."""
    return not OFFERING.isdisjoint(lowers[max(0, start - 4) : start])


NAMING = words("name names named naming designate designates designated designating")


def designated(lowers: list[str], start: int, end: int, cameo: str) -> bool:
    """Whether PETRARCH's "name * ambassador" (an appointment) at ``[start, end)`` names
    another's envoys as something ("Canadian police named the Indian ambassador and other
    diplomats as 'persons of interest'"): a designation, no appointment."""
    return cameo == "050" and lowers[start] in NAMING and "as" in lowers[end:]


OFFERED = OFFERING - {"invited", "invites"}  # ("invited talks": no such phrase)


def offered_talks(lowers: list[str], start: int) -> bool:
    """Whether an offer or wish stands right before talks at ``start`` ("offered talks with")."""
    return start > 0 and lowers[start - 1] in OFFERED
