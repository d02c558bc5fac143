"""Readings: what the way an act is said changes about the event coded from it.

Consumes a sentence's lower-cased tokens around a trigger (and, for possessors, its mentions and
the article's actor memory); produces the reading the tagger applies: a refusal of a cooperative
act is a REJECT event; an actor's own stated intent to cooperate is an AGREE event in the
future mode, not a hypothetical one; a sanction announced on a condition is a threat; a
present-tense act is current whatever old date its complement names; a possessive pronoun before
an event noun is that event's subject, and a possessed event is presupposed.
"""

import re

from transforms.tagging.gap_openers import GROUP_NOUNS, is_digit_word
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Mention
from transforms.tagging.patterns import NOUN_CONTEXT, TriggerMatch
from transforms.tagging.possessives import POSSESSIVE_PRONOUN_KINDS
from transforms.tagging.taxonomy import CameoCode, load_taxonomy
from transforms.tagging.text import Token, words

# A negated cooperative act said as a refusal is a REJECT event; the CAMEO code by refused type.
REFUSAL = "refusal"
# Only explicit refusal verbs: "would not send" stays a negated AID (the gold sets' convention;
# PETRARCH codes it REJECT), so that no asserted row comes from a merely negated statement.
REFUSAL_RE = re.compile(
    r"\b(?:(?:refused|refuses|refuse|refusing|refusal|declined|declines|declining) to"
    r"|(?:ruled|rules|rule|ruling) out"
    r"|(?:rejected|rejects|rejecting|resisted|resists|resisting|dismissed|dismisses) "
    r"(?:\w+ )?(?:calls|demands|pressure|requests|appeals) to)\b"
)  # "ruled out talks with X" rejects them; so does "rejected calls to send X"
REFUSED_TO_REJECT = {
    "AGREE": "120",
    "SUPPORT": "120",
    "COOPERATE": "121",
    "AID": "122",
    "CONSULT": "125",
    "CONCEDE": "124",
    "RETREAT": "124",
}
# An actor's own stated intent ("seeking to", "wants to", "ready to"), and the cues that make
# what comes before it hypothetical all the same ("if Iran wants to").
INTENT_RE = re.compile(
    r"\b(?:seeks|seeking|seek|sought|wants|want|wanted|ready|willing|determined|eager|"
    r"keen|hopes|hoping|hope|"
    r"intends|intend|intending|aims|aiming|aim|offered|offers|offering) "
    r"(?:(?:\w+ly|also|still|now|again|once|very|much|on|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday) ){0,2}?to\b"
)  # only adverbs and a day between: "wants Riyadh to recognise" is a request, not an intent
HYPOTHETICAL_RE = re.compile(r"\b(?:if|could|may|might|would|unless|whether)\b")
# "said he would raise tariffs on X if no deal is reached": the actor states a conditional
# sanction, which is a threat (CAMEO 1312).
CONDITION_WORDS = frozenset({"if", "unless"})
CONDITION_REACH = 15  # words after a trigger that its condition may start within
STATED_WILL_RE = re.compile(
    r"\b(?:said|says|warned|warns|threatened|threatens|vowed|vows)(?: on \w+)?(?: that)? "
    r"(?:he|she|it|they|we|\w+) (?:would|will)\b"
)
THREAT_OF_SANCTIONS = "1312"
# A sanction noun that is the subject of "were lifted" is an easing of sanctions (CAMEO 085).
EASED_SANCTIONS = "085"
LIFTED_REACH = 8
LIFTING_WORDS = frozenset(
    {"lifted", "eased", "removed", "relaxed", "scrapped", "rescinded", "suspended"}
)
# Verbs that, right before a sanction or a veto, undo it: "Japan lifted curbs on exports of
# chemicals to South Korea" eases a sanction (085); "Turkey lifted its veto on" yields (080)
EASING_VERBS = words(
    "lift lifts lifted lifting ease eases eased easing relax relaxes relaxed relaxing remove "
    "removes removed removing scrap scraps scrapped scrapping rescind rescinded revoke revoked "
    "loosen loosened waive waived drop drops dropped dropping"
)
EASED_WORDS = words("its their the all some remaining")  # "lifted its remaining curbs"
YIELDED = "080"
BE_WORDS = frozenset({"was", "were", "be", "been", "is", "are"})
# Participles that, after an event noun's phrase, say the event did not happen.
CALLED_OFF = frozenset(
    {"not", "cancelled", "canceled", "postponed", "delayed", "scrapped", "shelved"}
)
# An introductory phrase whose possessive points forward to the main clause's subject.
INTRODUCERS = frozenset({"during", "after", "before", "on", "at", "while", "in", "following"})
INTRODUCTION_REACH = 2  # the possessive's position in the sentence


def refusal(lowers: list[str], clause_start: int, start: int) -> bool:
    """Whether the negation before a trigger is a refusal: "refused to", "declined to" (an act
    of rejecting, not a report that something did not happen)."""
    window = " ".join(lowers[max(clause_start, start - 6) : start])
    return bool(REFUSAL_RE.search(window))


def stated_intent(lowers: list[str], clause_start: int, start: int) -> int | None:
    """The position just after an actor's stated intent before a trigger ("X is seeking to
    deepen ties"), if nothing before it makes the clause hypothetical; else None. The caller
    reads the modality of the rest of the clause from there."""
    window = " ".join(lowers[clause_start:start])
    found = INTENT_RE.search(window)
    if found is None or HYPOTHETICAL_RE.search(window[: found.start()]):
        return None
    return clause_start + len(window[: found.end()].split())


THREAT = "130"
THREATENING = words("threatened threatens threaten threatening threat threats")
WARNING = words("warned warns warning")
WARNING_MODALS = words("would could will might may")
OWN_ACT_WORDS = words("that it they also")


def _threatened(lowers: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` is what an actor threatened to do ("threatened to
    expel", "threatened again to impose") or warned it would or could do ("warned that it
    could impose sanctions on")."""
    before = lowers[max(0, start - 3) : start]
    if before[-1:] == ["to"] and not THREATENING.isdisjoint(before[:-1]):
        return True
    window = lowers[max(0, start - 5) : start]
    warned = next((i for i, word in enumerate(window) if word in WARNING), None)
    between = window[warned + 1 :] if warned is not None else []
    # the warner's own act only: "warned (that) it could", not "warned that Y would"
    return not WARNING_MODALS.isdisjoint(between) and all(
        word in WARNING_MODALS or word in OWN_ACT_WORDS for word in between
    )


def recode(
    code: CameoCode, modality: str, lowers: list[str], start: int, end: int
) -> tuple[CameoCode, str]:
    """The code and modality after the readings that change an event's type: a conditional
    sanction stated by its actor is a threat, made now; a refused cooperative act is a REJECT
    asserted (CAMEO 12), a refused hostile act stays a negated one."""
    taxonomy = load_taxonomy()
    if (
        modality in ("future", "hypothetical")
        and code.plover_type == "SANCTION"
        and CONDITION_WORDS & set(lowers[end : end + CONDITION_REACH])
        and not CONDITION_WORDS & set(lowers[:start])
        and STATED_WILL_RE.search(" ".join(lowers[max(0, start - 8) : start]))
    ):
        return taxonomy[THREAT_OF_SANCTIONS], "asserted"
    if (
        modality in ("future", "hypothetical")
        and code.plover_type == "THREATEN"
        and not CONDITION_WORDS & set(lowers[:start])
        and STATED_WILL_RE.search(" ".join(lowers[max(0, start - 8) : start]))
    ):
        # "Ankara would retaliate if the United States imposed sanctions", said by Turkey's
        # minister: a stated conditional threat is the threat, made now
        return code, "asserted"
    if modality in ("hypothetical", "future") and _threatened(lowers, start):
        # "Russia threatened to expel Polish diplomats": the threat is the act, made now
        threat = THREAT_OF_SANCTIONS if code.plover_type == "SANCTION" else THREAT
        return taxonomy[threat], "asserted"
    if code.plover_type == "SANCTION" and _lifted(lowers[end : end + LIFTED_REACH]):
        return taxonomy[EASED_SANCTIONS], modality  # "US sanctions on Iran were lifted"
    if code.plover_type in ("SANCTION", "REJECT") and _eased(lowers, start):
        eased = EASED_SANCTIONS if code.plover_type == "SANCTION" else YIELDED
        return taxonomy[eased], modality  # "lifted curbs on exports to", "lifted its veto on"
    if (
        modality == "negated"
        and code.plover_type in ("AID", "COOPERATE")
        and _no_longer(lowers, start)
    ):
        # "Poland will no longer send weapons to Ukraine (arm Ukraine)": aid or military
        # cooperation stopped (CAMEO 162x)
        stopped = STOPPED_AID.get(code.cameo, "162")
        future = not WILL_WORDS.isdisjoint(lowers[max(0, start - 5) : start])
        return taxonomy[stopped], "future" if future else "asserted"
    if modality in ("asserted", "future") and code.cameo in STOPPED_AID and _stopped(lowers, start):
        # "Poland said it would stop supplying weapons to Ukraine": aid stopped, not given
        future = modality == "future" or not WILL_WORDS.isdisjoint(
            lowers[max(0, start - 5) : start]
        )
        return taxonomy[STOPPED_AID[code.cameo]], "future" if future else "asserted"
    if modality == REFUSAL:
        if code.plover_type not in REFUSED_TO_REJECT:
            return code, "negated"
        return taxonomy[REFUSED_TO_REJECT[code.plover_type]], "asserted"
    return code, modality


STOPPED_AID = {
    **{"071": "1621", "072": "1622", "073": "1623"},
    **{"0331": "1621", "0332": "1622", "0333": "1623", "070": "162", "033": "162", "062": "1622"},
}
# Verbs that stop the aid whose giving follows them ("stopped sending weapons to")
STOPPING = words(
    "stop stops stopped stopping halt halts halted halting cease ceases ceased ceasing suspend "
    "suspends suspended suspending end ends ended ending"
)
WILL_WORDS = words("will would")


def _stopped(lowers: list[str], start: int) -> bool:
    """Whether a stopping verb stands right before the trigger ("stop supplying")."""
    return start > 0 and lowers[start - 1] in STOPPING


def _no_longer(lowers: list[str], start: int) -> bool:
    """Whether "no longer" stands right before the trigger ("would no longer send")."""
    window = lowers[max(0, start - 3) : start]
    return any(window[i : i + 2] == ["no", "longer"] for i in range(len(window) - 1))


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


def called_off(lowers: list[str], position: int) -> bool:
    """Whether the words at ``position``, just after an event noun's phrase, say it did not
    happen: "the talks between A and B were postponed", "a meeting ... is not on the cards"."""
    after = lowers[position : position + 4]
    if after[:1] == [","] or not after or after[0] not in BE_WORDS | {"has", "have", "had"}:
        return False
    rest = [word for word in after[1:] if word not in ("been", "now", "also", "again")]
    return bool(rest) and (rest[0] in CALLED_OFF or rest[:2] == ["called", "off"])


def _eased(lowers: list[str], start: int) -> bool:
    """Whether an easing verb governs the sanction or veto noun at ``start`` ("lifted its
    curbs", "eased the remaining restrictions")."""
    position = start - 1
    while position >= 0 and lowers[position] in EASED_WORDS:
        position -= 1
    return position >= 0 and lowers[position] in EASING_VERBS


def _lifted(after: list[str]) -> bool:
    """Whether the words after a sanction noun make it the subject of a lifting ("sanctions
    on X were lifted"), before any other clause begins."""
    for position, word in enumerate(after[1:], 1):
        if word in (",", ";", "and", "but", "which", "that"):
            return False
        if word in LIFTING_WORDS and after[position - 1] in BE_WORDS:
            return True
    return False


def present_tense(lowers: list[str], start: int, nominal: bool) -> bool:
    """Whether a verbal trigger is in the simple present ("wants", "urges", "says"): the act is
    current, and an old date after it belongs to something in its complement ("The US wants the
    UK to extradite him over ... in 2010")."""
    word = lowers[start]
    if nominal or start == 0 or lowers[start - 1] in NOUN_CONTEXT:
        return False
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s"))


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
    if position <= INTRODUCTION_REACH and lowers[0] in INTRODUCERS and "," in lowers[start:]:
        # "During his visit to Beijing, Blinken raised ...": the main clause's subject
        comma = lowers.index(",", start)
        later = [m for m in mentions if m.start > comma and m.is_actor and m.actor is not None]
        if later and (kind == "any" or later[0].actor.personal == (kind == "person")):
            token = tokens[position]
            mention = Mention(
                position, position + 1, text[token.start : token.end], actor=later[0].actor
            )
            mention.pronoun = True
            return mention
    earlier = [m for m in mentions if m.end <= position and m.is_actor and m.actor is not None]
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
    return possessive and len(gap) <= 3


# Verbs that ask their object to act: what the object is asked to do has not happened
ASKING = words(
    "asked asks asking urged urges urging pressed presses pressing told invited encouraged "
    "encourages encouraging wants want wanted wanting implored begged challenged requested "
    "lobbied pushed pushing"
)


GROUP_OPENERS = words("its their his her two three both")  # "its two allies"
# two words before the asked actor: "called on X to", "the EU's call for Russia to withdraw"
CALLING_ON = (
    [[verb, "on"] for verb in ("called", "calls", "calling", "call")]
    + [
        [word, "for"]
        for word in ("call", "calls", "called", "calling", "appeal", "appeals", "plea")
    ]
    + [["appealed", "to"], ["appeals", "to"], ["pleaded", "with"]]
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
    if position >= 0 and lowers[position] == "the":
        position -= 1
    before = lowers[position] if position >= 0 else ""
    asked = before in ASKING or lowers[max(position - 1, 0) : position + 1] in CALLING_ON
    return asked and "to" in lowers[last.end : start]


# Duties a story names without their imposer ("Tariffs on Chinese goods were increased")
DUTIES = words("tariff tariffs duties levies")
PENALTIES = DUTIES | words("sanctions embargo")  # what one side of a dyadic story imposes
# Envoys a state calls home with no post named: from the story's other side ("Chile and
# Colombia recalled their ambassadors" in a story on Israel's war)
RECALLED_ENVOYS = words("ambassador ambassadors envoy envoys")


def unnamed_imposer(
    lowers: list[str], match: TriggerMatch, targets: list[Mention], memory: ActorMemory
) -> list[Mention]:
    """The imposer of tariffs the sentence names no agent for: the state the article names most
    besides their target, as a mention of the trigger ("Tariffs on Chinese goods were increased"
    in a story on the US-China trade war); [] when the trigger is no tariff or no state stands
    out."""
    if DUTIES.isdisjoint(lowers[match.start : match.end]) or targets[-1].actor is None:
        return []
    return _other_side(lowers, match, targets[-1].actor.country, memory)


# What one side asks of the other ("balked on terms", "bowed to pressure")
DEMAND_NOUNS = words("demands demand terms conditions pressure")


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
