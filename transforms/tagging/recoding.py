"""Recoding: the readings that change the code or the modality an act is coded with.

Consumes a sentence's lower-cased tokens around a trigger, the CAMEO code its pattern gives and
the modality its cues give; produces the event's code and modality after the readings: a refusal
of a cooperative act is a REJECT event; an actor's own stated intent to cooperate is an AGREE
event in the future mode, not a hypothetical one; a sanction announced on a condition, or an act
an actor threatened to do, is a threat, made now; lifted sanctions are eased ones and a lifted
veto a yielding; aid said to stop, or to be sent no longer, is stopped aid.
"""

import re

from transforms.tagging.noun_predicates import BE_WORDS
from transforms.tagging.taxonomy import CameoCode, load_taxonomy
from transforms.tagging.text import words

# A negated cooperative act said as a refusal is a REJECT event; the CAMEO code by refused type.
REFUSAL = "refusal"
# Only explicit refusal verbs: "would not send" stays a negated AID (the gold sets' convention;
# PETRARCH codes it REJECT), so that no asserted row comes from a merely negated statement.
REFUSAL_RE = re.compile(
    r"\b(?:(?:refused|refuses|refuse|refusing|refusal|declined|declines|declining) to"
    r"|(?:ruled|rules|rule|ruling) out"
    r"|(?:slammed|slams|closed|closes|shut|shuts) the door on"
    r"|(?:rejected|rejects|rejecting|resisted|resists|resisting|dismissed|dismisses) "
    r"(?:\w+ )?(?:calls|demands|pressure|requests|appeals) to)\b"
)  # "ruled out talks with X" rejects them; so does "rejected calls to send X"
NEGATED_REFUSAL_RE = re.compile(r"\b(?:not|n't|never)\s+(?:\w+\s+)?$")
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
    r"keen|hopes|hoping|hope|readiness|willingness|"
    r"intends|intend|intending|aims|aiming|aim|offered|offers|offering) "
    r"(?:(?:\w+ly|also|still|now|again|once|very|much|on|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday) ){0,2}?to\b"
)  # only adverbs and a day between: "wants Riyadh to recognise" is a request, not an intent
HYPOTHETICAL_RE = re.compile(r"\b(?:if|could|may|might|would|unless|whether)\b")
# "said he would raise tariffs on X if no deal is reached": the actor states a conditional
# sanction, which is a threat (CAMEO 1312).
CONDITION_WORDS = frozenset({"if", "unless"})
CONDITION_REACH = 15  # words after a trigger that its condition may start within
# ("said on Monday", "said Friday": a day between the verb and its clause)
STATED_WILL_RE = re.compile(
    r"\b(?:said|says|warned|warns|threatened|threatens|vowed|vows)(?: (?:on )?\w+day)?(?: that)? "
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


def refusal(lowers: list[str], clause_start: int, start: int) -> bool:
    """Whether the negation before a trigger is a refusal: "refused to", "declined to" (an act
    of rejecting, not a report that something did not happen)."""
    window = " ".join(lowers[max(clause_start, start - 6) : start])
    found = REFUSAL_RE.search(window)
    # "has not ruled out talks", "did not refuse to": a refusal denied is none
    return found is not None and not NEGATED_REFUSAL_RE.search(window[: found.start()])


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
    if code.plover_type in ("SANCTION", "REJECT") and _eased(lowers, start, end):
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
    """Whether "no longer" stands right before the trigger ("would no longer send"), or before
    a verb letting it ("will no longer authorise any exports of military equipment to")."""
    window = lowers[max(0, start - 5) : start]
    return any(window[i : i + 2] == ["no", "longer"] for i in range(len(window) - 1))


def _eased(lowers: list[str], start: int, end: int) -> bool:
    """Whether an easing verb governs the sanction or veto noun at ``start``, or one inside the
    trigger up to ``end`` ("lifted its curbs", "eased the remaining restrictions", "announced
    that Washington was lifting its sanctions against")."""
    for noun in [start] + [i for i in range(start + 1, end) if lowers[i] in PENALTY_NOUNS]:
        position = noun - 1
        while position >= 0 and (lowers[position] in EASED_WORDS or _rate(lowers[position])):
            position -= 1  # (also "revoked 40% tariffs on")
        if position >= 0 and lowers[position] in EASING_VERBS:
            return True
    return False


PENALTY_NOUNS = words("sanctions tariffs curbs restrictions embargo ban")


def _rate(word: str) -> bool:
    """Whether ``word`` is a rate before a penalty noun ("40", "%", "40%", "25-percent")."""
    return word == "%" or word.rstrip("%").replace(".", "").replace("-percent", "").isdigit()


def _lifted(after: list[str]) -> bool:
    """Whether the words after a sanction noun make it the subject of a lifting ("sanctions
    on X were lifted"), before any other clause begins."""
    for position, word in enumerate(after[1:], 1):
        if word in (",", ";", "and", "but", "which", "that"):
            return False
        if word in LIFTING_WORDS and after[position - 1] in BE_WORDS:
            return True
    return False
