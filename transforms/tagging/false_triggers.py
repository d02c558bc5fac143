"""Spans a pattern matched that are no trigger: a verb form read as a noun ("a ban on imports",
"the visit"), a passive read as active ("was exported by"), a gap that runs into a coordinated
verb or another clause ("denied involvement and accused Kyiv", ", drawing criticism from",
"demanding Russia withdraw from"), a perfect read as a noun ("has suspended talks with"), an
intent read as a request ("sought to peel Manila away from"), a gift that is only a topic ("a
report on aid to Syria", "held talks on aid to"), PETRARCH's intent to meet where a meeting was
held ("met ... for talks").

Consumes a sentence's lower-cased tokens, a matched span and its ``Pattern``; produces whether
the span is to be dropped (PETRARCH relied on a parser; the shallow tests here stand in).
"""

import functools
import re
from typing import TYPE_CHECKING

from transforms.tagging.dates import WEEKDAYS
from transforms.tagging.text import words

if TYPE_CHECKING:  # a pattern's fields only; patterns imports this module
    from transforms.tagging.patterns import Pattern

# A compiled verb form right after a determiner, possessive or preposition is a noun ("the
# visit", "its support", "reliant on exports to", "a video link with"), after a verb of
# exchange ("traded blame for the violence") and after holding ("held talks on aid to")
NOUN_CONTEXT = words(
    "the a an its their his her our of on for with from in by video traded exchanged trading "
    "exchanging hold holds held holding military heavily"  # ("military campaign", "heavily armed")
)
DETERMINERS = words("the a an its their his her our this that these those")
NOUN_OPENERS = DETERMINERS | words("during amid on with")  # "during protests", "on charges"
OWNERS = words("its their his her our")  # possessive determiners
# A participle and its preposition with no object between, which only the passive reads so
PASSIVE_PAIRS = frozenset({("accused", "of"), ("charged", "with"), ("suspected", "of")})
# A be-form before a compiled verb makes it a passive participle ("was exported by X to")
PASSIVE_BE = words("was were been being be is are")
# Verbs whose bare form is also a noun: after a determiner they open no verb phrase ("a ban on
# imports", "a request from Ukraine": Ukraine asked; "indicted them on charges they broke")
NOUN_VERBS = words("ban curb cap halt freeze request requests demand demands appeal appeals end")
NOUN_VERBS |= words("charge charges ship ships block briefing")  # ("a ship carrying grain to")
# Verbs that stop an act: a verb form right after one is the act's noun, its object ("banned
# imports of Ukrainian grain", "stopped purchases of Russian oil" report no purchase)
STOPPING_VERBS = words("ban bans banned halt halts halted stop stops stopped suspend suspends")
STOPPING_VERBS |= words("suspended block blocks blocked freeze freezes froze")
TALKED_WITH = [[noun, "with"] for noun in ("conversation", "call", "meeting", "talks")]

SIGNING, BREAKING = words("sign signs signed signing"), words("break breaks broke broken breaking")
RETURNING = words("return returns returned returning")
RETURNEES = words("ambassador ambassadors envoy envoys diplomat diplomats citizens nationals")
IDIOM_VERBS = words("strike strikes struck striking came comes come")  # in idioms of no act
IDIOM_NOUNS = words("tone note chord balance pose shock surprise")  # "came as a shock to"
GOODS = words("products goods items commodities produce")  # before a participle: described
SAYING = words("say says said saying")  # verbs whose object is a reported clause
PLAN_NOUNS = words("plan plans proposal proposals")
PARTICLES = [["down"], ["off"], ["out"], ["up"], ["away"]]  # "broke down": no breach
# Nouns a verdict's adjective may qualify that name no actor or act ("the most dangerous issue")
NEUTRAL_HEADS = [
    [word]
    for word in words(
        "issue issues question questions flashpoint flashpoints topic topics moment moments "
        "time times period situation place region area areas challenge challenges problem"
    )
]

# Words that open a clause of their own after a comma: a compiled pattern's gap stops there
COMMA_CLAUSE_OPENERS = words(
    "as while which who whom when where after before but since although with"
)

# "-ing" words after a comma that open a list, no clause ("bought weapons, including tanks, from")
ARMED_NOUNS = [[w] for w in words("aggression attack attacks conflict clashes incursion violence")]
RESUMED_CLAIMS = [[",", w] for w in words("allegations accusations claims charges allegation")]
LISTING = words("including excluding notably")
SUBORDINATORS = words("after before when while because although whereas until unless")
REASONS, OPENED = words("over"), words("that ,")  # ("said, in retaliation", 'added that "rocket')
HAVE_FORMS, SEEKING = words("have has had having"), words("seek seeks sought seeking")
# Participles after which "have" is an auxiliary that ends what follows ("has postponed talks")
HALTED = STOPPING_VERBS | words("cancelled canceled postponed paused ended delayed")
UNGIVEN = HALTED | words("cut withheld withdrew withdrawn")  # inside a gift's gap: none given


@functools.cache
def literal_words(body: str) -> frozenset[str]:
    """The words a pattern's regex names (its alternatives), not what its wildcards match."""
    return frozenset(re.findall(r"[a-z][a-z_'-]*", body))


# Gatherings whose host a participle names ("the summit hosted by Pakistan": no one's visit)
HOSTED_GATHERINGS = words(
    "summit summits conference conferences meeting meetings forum talks session games event "
    "dinner ceremony gathering"
)
HOSTING = words("hosted hosting")
GIFT_TOPIC_PREPOSITIONS = words("on about regarding concerning")  # "a report on aid to": no gift
# Modifiers between such a preposition and the gift's noun ("about arms sales to")
GIFT_MODIFIERS = words(
    "humanitarian military financial economic emergency further more new arms weapons"
)
# Words a pattern names after its noun, skipped when looking for the noun itself
LINKING = words("to for into from with against on over toward towards upon of in a an the")


def gift_as_topic(lowers: list[str], start: int, floor: int) -> bool:
    """Whether the gift noun at ``start`` follows a topic's preposition after ``floor``."""
    before = start - 1
    while before > floor and lowers[before] in GIFT_MODIFIERS:
        before -= 1
    return before > floor and lowers[before] in GIFT_TOPIC_PREPOSITIONS


def gift_noun(lowers: list[str], span: tuple[int, int], pattern: "Pattern") -> int:
    """The first word after the verb of ``span`` that ``pattern`` names as its noun, or 0."""
    named = literal_words(pattern.body) - LINKING
    return next((i for i in range(span[0] + 1, span[1]) if lowers[i] in named), 0)


CALLS = words("call calls called calling")
CALLED_ON = [[call, on] for call in sorted(CALLS) for on in ("on", "upon")]
CALLED_ON += [[by, call] for call in sorted(CALLS) for by in ("phone", "telephone", "video")]
# What may stand between "called" and "for" in an appeal: "called on X for", "called again for"
CALL_GAP_OPENERS = frozenset(WEEKDAYS) | words("on upon again also publicly once today yesterday")
CALL_GAP_OPENERS |= words("last this earlier")
# Verbs that take "from" themselves: a "from" after one in a gap is theirs ("a resolution
# demanding Russia withdraw from Ukraine" asks nothing from Ukraine)
FROM_VERBS = words("withdraw withdraws pull pulls leave leaves exit exits retreat refrain desist")
DEPARTURES = [["to", word] for word in ("leave", "depart", "quit")]  # an expulsion's deadline


def no_trigger(lowers: list[str], span: tuple[int, int], pattern: "Pattern") -> bool:
    """Whether the span ``pattern`` matched in ``lowers`` is no trigger (module docstring)."""
    if (
        pattern.target == "first_inside"
        and span[0] > 0
        and lowers[span[0] - 1] in PASSIVE_BE
        and not lowers[span[0]].endswith("ing")  # ("it was removing Turkey from")
    ):
        return True  # "Myanmar's junta was excluded from the ASEAN summit": a passive, not active
    if (
        pattern.compiled
        and lowers[span[0]] in CALLS
        and lowers[span[1] - 1] in ("for", "on")
        and span[1] - span[0] > 2
        and not CALL_GAP_OPENERS.intersection(lowers[span[0] + 1 : span[0] + 2])
        and not lowers[span[0] + 1].endswith("ly")
    ):
        return True  # "a move Seoul called retaliation for", 'who China called a "parasite" on
    if pattern.cameo.startswith("11") and lowers[span[1] - 2 : span[1]] in TALKED_WITH:
        return True  # "voiced concern over X during a call with Y": Y heard it, the call's
    calls = [lowers[span[0] : span[0] + 2], lowers[span[0] - 1 : span[0] + 1]]
    if pattern.cameo == "111" and any(call in CALLED_ON for call in calls):
        return True  # 'called on the Council "to condemn"', "a phone call to X following alarming"
    if (
        pattern.compiled
        and span[1] - span[0] > 1
        and lowers[span[0]] in SAYING
        and lowers[span[0] + 1] in PLAN_NOUNS
    ):
        return True  # "Israel has said plans for Palestinian recognition constitute": a clause's
    if (
        pattern.cameo == "042"
        and lowers[span[0]] in RETURNING
        and not RETURNEES.isdisjoint(lowers[max(0, span[0] - 5) : span[1]])
    ):
        return True  # "the Taiwanese ambassador had already returned from Honduras": a posting
        # left, "the return of Iraqi citizens from Turkey": no visit (PETRARCH's "return * from")
    if pattern.compiled and pattern.cameo == "036" and lowers[span[0]] in ("met", "state"):
        return True  # "met in Brussels for talks" (PETRARCH's "meet * for talks", an intent to
        # meet): held, which "met" codes; "his state visit to" (its "state * visit"): a noun
    if (
        pattern.cameo.startswith("07")
        and span[1] - span[0] > 2
        and not UNGIVEN.isdisjoint(lowers[span[0] + 1 : span[1] - 1])
    ):
        return True  # "announced it had suspended aid to Niger": the aid is stopped, not given
    if lowers[span[1] - 1] == "from" and not FROM_VERBS.isdisjoint(
        lowers[span[0] + 1 : span[1] - 1]
    ):
        return True  # "demanding Russia withdraw from Ukraine": the inner verb's "from"
    if pattern.cameo.startswith(("07", "16")) and (
        gift_as_topic(lowers, span[0], 0)
        if pattern.nominal
        else gift_as_topic(lowers, gift_noun(lowers, span, pattern), span[0] + 1)
    ):
        return True  # "released a report on aid to Syria", "held talks on aid to Ukraine": the
        # gift is the topic of another noun, neither given nor withheld
    if span[0] > 0 and lowers[span[0]] in HOSTING and lowers[span[0] - 1] in HOSTED_GATHERINGS:
        return True  # "India snubbed the summit hosted by Pakistan": a gathering's host
    if span[0] > 0 and lowers[span[0] - 1] in (
        NOUN_CONTEXT
        if pattern.compiled
        else NOUN_OPENERS
        if not pattern.nominal and (span[1] - span[0] == 1 or lowers[span[0]] in NOUN_VERBS)
        else ()
    ):
        return True  # "a ban on imports": a noun, not the verb "ban"
    if (
        not pattern.nominal
        and span[0] > 0
        and lowers[span[0] - 1] in OWNERS | {"'s"}
        and lowers[span[0]].endswith("ing")
    ):
        return True  # "postponed its meeting with", "Wednesday's meeting": a noun, no verb
    if (
        not pattern.nominal
        and span[0] > 0
        and lowers[span[0] - 1] in STOPPING_VERBS
        and lowers[span[0]].endswith("s")
    ):
        return True  # "halted imports of grain": the noun, not the verb "imports"
    meeting = lowers[span[0] : span[1]] == ["meeting"] and not lowers[span[0] - 1].endswith("s")
    noun = "" if pattern.nominal else lowers[span[0]]  # ("Joly's Beijing visit")
    owned = ["the", "'s", "’s"] if meeting or noun == "visit" else []
    if (
        (pattern.compiled or lowers[span[0]] in NOUN_VERBS or owned)
        and span[0] > 1
        and lowers[span[0] - 2] in ("a", "an", *OWNERS, *owned)
        and lowers[span[0] - 1].replace("-", "").isalpha()
    ) or (lowers[span[0]] in NOUN_VERBS and "".join(lowers[span[0] - 1 : span[0]]).endswith("ing")):
        return True  # "lodged a formal protest with", "a two-day state visit", "unrelenting
        # demands", "its weeks-long block", "the general meeting", "Joly's Beijing visit": nouns
    if pattern.cameo == "111" and lowers[span[1] : span[1] + 1] in NEUTRAL_HEADS:
        return True  # "Taiwan was the most dangerous issue in relations": no verdict on an actor
    if lowers[span[0]] in IDIOM_VERBS and not IDIOM_NOUNS.isdisjoint(
        lowers[span[0] + 1 : span[0] + 4]
    ):
        return True  # "struck an upbeat tone at a rare meeting": no blow ("strike * at meeting")
    if lowers[span[0]] == "expected" and span[0] > 0 and lowers[span[0] - 1] in PASSIVE_BE:
        return True  # "The force is expected to be led by Kenya": a forecast, no one's want
    if pattern.cameo == "130" and lowers[span[0]] in BREAKING and lowers[span[1] - 1] == "with":
        return True  # "broke with the EU to ban imports": parted from its line, no threat
    if pattern.nominal and lowers[span[0] - 1 : span[0] + 1] in RESUMED_CLAIMS:
        return True  # "accused China of supplying weapons, allegations that Beijing denies"
    if lowers[span[0] : span[1]] == ["armed"] and lowers[span[1] : span[1] + 1] in ARMED_NOUNS:
        return True  # "the recent armed aggression against Cambodia": an adjective, no arming
    if lowers[span[0]] in SIGNING and lowers[span[0] + 1 : span[0] + 2] == ["off"]:
        return True  # "signed off on the release plan": approved it, signed nothing with anyone
    if lowers[span[1] - 1] in ("broke", "broken") and lowers[span[1] : span[1] + 1] in PARTICLES:
        return True  # "said talks with the US had broken down": nothing broken by anyone
    if pattern.cameo == "139" and lowers[span[1] : span[1] + 2] in DEPARTURES:
        return True  # "gave the diplomats 48 hours to leave": an expulsion's time, no ultimatum
    if pattern.compiled and span[0] > 0 and lowers[span[0] - 1] in GOODS:
        return True  # "agricultural products exported to China": the goods' description
    if pattern.compiled and pattern.passive is None and lowers[span[0] + 1 : span[0] + 2] == ["by"]:
        return True  # "drones supplied by Iran in attacks on Kyiv": a participle with its agent,
        # no active verb with a gap to the noun ("SUPPLY ATTACK", an attack given)
    opened = OPENED - literal_words(pattern.body)  # (not a pattern's own "that")
    if pattern.compiled and span[1] - span[0] > 2 and lowers[span[0] + 1] in opened:
        return True  # "Russia expelled 10 diplomats, the ministry said, in retaliation for": a
        # verb's object never follows a comma, nor "that": the noun is an adverbial's, a clause's
    if pattern.compiled and tuple(lowers[span[0] : span[0] + 2]) in PASSIVE_PAIRS:
        return True  # "four settlers accused of violence against": no one accuses
    if pattern.compiled and any(
        lowers[i] == "and" and lowers[i + 1].endswith("ed") for i in range(span[0] + 1, span[1] - 1)
    ):
        return True  # "denied involvement in the attack and accused Kyiv", "welcomed the
        # decision and called on": a coordinated verb, not the pattern's noun or preposition
    if (
        lowers[span[0]] in SEEKING
        and lowers[span[0] + 1 : span[0] + 2] == ["to"]
        and lowers[span[0] + 2 : span[0] + 3] != ["join"]  # "seeking to join the EU": asks
    ):
        return True  # "sought to peel Manila away from Washington": the infinitive's "from"
    if lowers[span[0]] in HAVE_FORMS and span[1] - span[0] > 2 and lowers[span[0] + 1] in HALTED:
        return True  # "has suspended talks with": a perfect, not "has talks with"
    if (
        pattern.compiled
        and pattern.passive is None
        and span[0] > 0
        and lowers[span[0] - 1] in PASSIVE_BE
        and not lowers[span[0]].endswith("ing")
    ):
        return True  # "was exported by South Korea to": a passive, not the active verb
    if any(
        lowers[i] == ","
        and (
            pattern.compiled
            and lowers[i + 1] in COMMA_CLAUSE_OPENERS
            or lowers[i + 1].endswith("ing")
            and lowers[i + 1] not in LISTING
            and lowers[i + 1] not in literal_words(pattern.body)
        )
        for i in range(span[0] + 1, span[1] - 1)
    ):
        return True  # "vowed to retaliate, as talks to end the war stalled", "its purchases
        # of Russian oil, drawing criticism from": a gap runs into another clause
    gap = lowers[span[0] + 1 : span[1] - 1]
    gap = [
        w for w, n in zip(gap, [*gap[1:], ""], strict=False) if w != "over" or not n[:1].isdigit()
    ]
    breaks = SUBORDINATORS if pattern.compiled else REASONS  # ("cut aid over abuses to": no)
    if not breaks.isdisjoint(gap) and breaks.isdisjoint(literal_words(pattern.body)):
        return True  # "protested after talks with China collapsed" (a gap runs into another
        # clause), "cut ties with Iran over its support for" (a reason): not the verb's object
    # "rejected calls from Washington for a state": a plural noun and its maker, not the verb
    return (
        pattern.compiled
        and span[1] - span[0] > 2
        and lowers[span[0]].endswith("s")
        and lowers[span[0] + 1] == "from"
    )
