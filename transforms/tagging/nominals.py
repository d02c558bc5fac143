"""Events said as nouns: who the agent of an event noun is.

Consumes a sentence's lower-cased tokens, its mentions, an event noun's position and the spans
of the sentence's verbal triggers; produces the noun's agent. A demonym that modifies the noun is
its agent ("Chinese support for Russia", "new European sanctions against Moscow"); a clause's
subject is the agent only when no other act's verb stands between them: in "China criticised
support for Ukraine" the noun phrase is what China criticised, and whose support it is, the
sentence does not say ("Turkey expressed support for Azerbaijan" has no trigger in between and
keeps Turkey). Verbs that undo a sanction ("lifted sanctions on Iran") take the noun as their
object too, though they are no trigger of their own. The verb group after an event noun's
phrase says whether its event happened: ``noun_predicates``.
"""

from transforms.tagging.adjuncts import trailing_adjunct
from transforms.tagging.false_triggers import CALLS
from transforms.tagging.gap_openers import amount_before
from transforms.tagging.mentions import Mention, as_state
from transforms.tagging.modality import CLAIM_NOUNS, DENYING_VERBS
from transforms.tagging.object_heads import QUOTES
from transforms.tagging.possessives import POSSESSIVE_PRONOUN_KINDS
from transforms.tagging.text import words

# Lower-case words that may stand between a demonym and its event noun: "Chinese military
# support", "new US sanctions" ("US" is a country, not a demonym, and is a mention of its own).
MAX_MODIFIERS = 2
MODIFIER_STOPS = words(
    "of to in on at for with by from that which who is are was were has have had and or but "
    "the a an"
)
# Verbs whose object is an event noun they end or refuse: the noun's agent is not the subject.
UNDOING_VERBS = words(
    "lift lifts lifted lifting ease eases eased easing relax relaxed waive waived remove "
    "removed end ended ending drop dropped scrap scrapped suspend suspended evade evaded evading "
    "avoid avoided circumvent circumvented escape escaped fear feared oppose opposed "
    "opposes resist resisted face faces faced facing"
)


def demonym_agent(lowers: list[str], mentions: list[Mention], start: int) -> Mention | None:
    """The state of a demonym that modifies the event noun at ``start`` ("Palestinian
    criticism", "Chinese military support"), as an actor mention; else None."""
    for mention in reversed(mentions):
        if mention.end > start:
            continue
        gap = lowers[mention.end : start]
        if (
            mention.demonym_only
            and not mention.is_actor
            and len(gap) <= MAX_MODIFIERS
            and all(word.isalpha() and word not in MODIFIER_STOPS for word in gap)
        ):
            return as_state(mention)
        return None
    return None


def governed(
    lowers: list[str], subject_end: int, start: int, verb_spans: list[tuple[int, int]]
) -> bool:
    """Whether the event noun at ``start`` is the object of another verb after its candidate
    agent (which ends at ``subject_end``): a verbal trigger, or a verb that undoes the act. A
    possessive pronoun after the verb names the agent again ("Trump released the transcript of
    his call with ..."): then the noun is not governed away from it."""
    if any(word in POSSESSIVE_PRONOUN_KINDS for word in lowers[subject_end:start]):
        return False
    if lowers[start] in ADJUNCT_OPENERS:
        return False  # "Turkey freed him after pressure from Washington": the clause's adjunct
    if trailing_adjunct(lowers, start) is not None:
        # "expressed support for Ukraine during a meeting with", "..., Geng told reporters, in
        # a warning to the United States": the subject's
        return False
    if start > 0 and lowers[start - 1] in ("over", "amid"):
        return False  # "expelled a diplomat over allegations that": the subject's reason
    if lowers[start] == "visiting":
        return False  # "Wang Yi told visiting US adviser Sullivan": the host is the subject
    before = [
        word
        for word in lowers[max(subject_end, start - 7) : start]
        if word not in ARTICLES and word not in WHEN_WORDS
    ]  # ("The Biden administration on Tuesday announced new sanctions targeting")
    if before[-1:] and before[-1] in AGENTIVE_VERBS:
        return False  # "Venezuela ordered the expulsion of": the subject's own act
    if any(word in AGENTIVE_VERBS for word in before) and all(
        word in MODIFIERS or word[:1].isdigit() or word in AGENTIVE_VERBS for word in before
    ):
        return False  # "approved the possible sale of", "approved a $500 million arms sale"
    if any(
        subject_end <= verb_start < start and lowers[verb_end : verb_end + 1] != ["by"]
        for verb_start, verb_end in verb_spans
    ):
        return True  # (a participle with its agent, "backed by France", governs nothing after)
    return any(
        word in UNDOING_VERBS or word in THIRD_PARTY_VERBS for word in lowers[subject_end:start]
    )


# Verbs whose subject does the act their object names ("ordered the expulsion of", "announced
# sanctions on"), unlike "criticised the expulsion of"
AGENTIVE_VERBS = words(
    "ordered orders order announced announces announce decided approved approves approve "
    "launched launches began begins started starts completed stepped carried authorized "
    "authorised authorizes authorises cleared clears finalized finalised sent sends issued "
    "issues gave gives delivered delivers conveyed conveys"  # "sent a stern warning to"
)
ARTICLES = words("the a an its their his her")
# Words of a time phrase between a subject and its verb ("on Tuesday", "last week")
WHEN_WORDS = words(
    "on monday tuesday wednesday thursday friday saturday sunday yesterday today earlier later "
    "last this week month"
)
# What may stand between an agentive verb and its noun ("a $500 million arms sale")
MODIFIERS = words(
    "possible potential new further additional fresh first second third $ us$ € £ . , million "
    "billion arms weapons military stern strong clear firm blunt rare"
)


# Prepositions that open a trigger said as an adjunct of the whole clause ("at the request of")
ADJUNCT_OPENERS = words("at after following under upon")


# Verbs of a third party to talks or a deal: "Qatar and Egypt mediated the talks" are no side.
THIRD_PARTY_VERBS = words(
    "mediate mediates mediated mediating host hosts hosted hosting broker brokers brokered "
    "brokering facilitate facilitates facilitated facilitating sponsor sponsors sponsored "
    "chair chairs chaired convene convenes convened allow allows allowed allowing permit "
    "permits permitted permitting"  # "punish Washington for allowing the visit": not its visit
)


# Verbs that stop the act an event noun after them names: "blocked EU aid to Ukraine" reports
# no aid. (Verbs that end an act already under way, "lifted sanctions", are UNDOING_VERBS.)
BLOCKING_VERBS = words(
    "down off "  # "turned down aid from", "called off his trip to"
    "block blocks blocked blocking veto vetoes vetoed vetoing halt halts halted delay delays "
    "delayed stall stalls stalled withhold withholds withheld cancel cancels cancelled canceled "
    "postpone postpones postponed postponing scrap scraps scrapped shelve shelves shelved "
    "reject rejects rejected rejecting refuse refuses refused oppose opposes opposed opposing "
    "prevent prevents prevented obstruct obstructed embargo embargoes "  # ("the embargo on the
    "denial denials restrictions curbs crackdown"  # import of grain"; "the UAE's denial of support"
)
BLOCKING_REACH = 4  # words before the noun (its modifiers included) the verb may stand
OWNER_WORDS = 5  # and the words of its owner's name before "'s"
# Blocking verbs that say a view, not a stop, past an owner's name ("opposes the United States'
# plan to sell arms": the plan stands)
OPPOSING = words("oppose opposes opposed opposing reject rejects rejected rejecting refuse refuses")


def read_as_noun(lowers: list[str], start: int, nominal: bool) -> bool:
    """Whether a trigger is an event noun: nominal, aid, or after an article ("the import of")."""
    return nominal or lowers[start] in AID_NOUNS or start > 0 and lowers[start - 1] in ARTICLES


AID_NOUNS = words("aid assistance funding loans")


def blocked(lowers: list[str], start: int) -> bool:
    """Whether a blocking verb governs the event noun at ``start``: "blocked EU aid to", and
    past an owner's name ("postponed Secretary of State Antony Blinken's trip to")."""
    reach = BLOCKING_REACH + (OWNER_WORDS if "'s" in lowers[start - BLOCKING_REACH : start] else 0)
    reach += amount_before(lowers, start)  # "vetoed €50 billion in aid to"
    first = max(0, start - reach, *(k + 1 for k in range(start - reach, start) if lowers[k] == ","))
    return any(
        word in BLOCKING_VERBS
        and (word not in PARTICLES or lowers[k - 1 : k] in PARTICLES[word])
        and (k >= start - BLOCKING_REACH or word not in OPPOSING)  # (an owner's plan opposed)
        for k, word in enumerate(lowers[first:start], first)
    )  # ("sat down for talks": no one turned them down; "set off on a trip": none called off)


# The words between a text and the act it is written to do ("a draft designed to condemn")
PURPOSE_LINKS = (["designed", "to"], ["intended", "to"], ["meant", "to"], ["aimed", "at"])
VETOING = words("veto vetoes vetoed vetoing block blocks blocked blocking")
DOCUMENT_REACH = 9  # words a vetoing verb may stand before its text (a body's name, a day)
CLAUSE_BREAKS = words(", ; and but while")


def blocked_document(lowers: list[str], start: int, documents: frozenset[str]) -> bool:
    """Whether the verb at ``start`` says what a text a blocking verb governs would have done:
    "blocked a U.N. resolution condemning Myanmar", "vetoed a draft designed to condemn X"."""
    at = start - 1
    if lowers[start - 2 : start] in PURPOSE_LINKS:
        at = start - 3
    if at < 0 or lowers[at] not in documents:
        return False
    window = lowers[max(0, at - DOCUMENT_REACH) : at]  # ("vetoed on Friday a UN Security
    breaks = [k for k, word in enumerate(window) if word in CLAUSE_BREAKS]  # Council draft")
    window = window[breaks[-1] + 1 :] if breaks else window
    return blocked(lowers, at) or not VETOING.isdisjoint(window)


def denied_claim(lowers: list[str], start: int) -> bool:
    """Whether the claim noun at ``start`` is what a denial before it answers ("denied
    accusations by Sudan's army that it arms the RSF"): the accusation was made."""
    return denial_of_claim(lowers, start) is not None


def denial_of_claim(lowers: list[str], start: int) -> int | None:
    """The position of the denial that answers the claim noun at ``start`` (``denied_claim``),
    or None."""
    if lowers[start] not in CLAIM_NOUNS:
        return None
    marks = sum(1 for word in lowers[max(0, start - 2 * BLOCKING_REACH) : start] if word in QUOTES)
    first = max(0, start - BLOCKING_REACH - marks)  # ('rejected India's "baseless" claims')
    return next((i for i in range(start - 1, first - 1, -1) if lowers[i] in DENYING_VERBS), None)


TURNED = [[word] for word in ("turn", "turns", "turned", "turning")]
CALLED = [[word] for word in sorted(CALLS)]
PARTICLES = {"down": TURNED, "off": CALLED}  # a blocking particle, after the verbs it needs


# Verbs that undo a decision or plan before it is carried out: "suspend its decision to end the
# pact", "reversed its plan to withdraw"
UNDOING_INTENT_VERBS = words(
    "suspend suspends suspended suspending reverse reverses reversed reversing revoke revokes "
    "revoked rescind rescinds rescinded scrap scraps scrapped drop drops dropped abandon "
    "abandons abandoned shelve shelves shelved cancel cancels cancelled canceled halt halts halted"
)
INTENT_OWNERS = words("its their his her the a")
UNDOING_REACH = 3  # words between the verb and the intent noun: "suspend its earlier decision"


def undone_intent(lowers: list[str], start: int, intent_nouns: frozenset[str]) -> bool:
    """Whether the verb at ``start`` is the act of a decision or plan that a verb before it
    undoes: "would suspend its decision to end" (the ending is not carried out)."""
    if start < 3 or lowers[start - 1] != "to" or lowers[start - 2] not in intent_nouns:
        return False
    before = lowers[max(0, start - 2 - UNDOING_REACH) : start - 2]
    return any(word in UNDOING_INTENT_VERBS for word in before)


# Nouns of ending a measure: "the removal of Chinese tariffs on" names the tariffs ending
ENDING_NOUNS = words("removal lifting easing end scrapping suspension relaxation repeal rollback")


def ended_measure(lowers: list[str], start: int) -> bool:
    """Whether the measure noun at ``start`` is the one an ending noun's "of" governs, a
    demonym or two between ("welcomed the lifting of Chinese tariffs on Australian wine")."""
    of = next((i for i in range(start - 1, max(0, start - 4), -1) if lowers[i] == "of"), 0)
    return of > 0 and lowers[of - 1] in ENDING_NOUNS


# Verbs that keep a planned meeting or trip from happening ("postponed a planned trip to China")
CALLING_OFF = words(
    "postponed postpones postpone cancelled canceled cancels cancel scrapped delayed suspend "
    "suspends suspended suspending halt halts halted halting nix nixed"
)


def called_off(lowers: list[str], start: int) -> bool:
    """Whether a calling-off verb governs the act noun at ``start``, only a determiner and
    modifiers between ("has postponed a planned high-stakes weekend diplomatic trip to")."""
    for word in reversed(lowers[max(0, start - 8) : start]):
        if word in CALLING_OFF:
            return True
        if word == "\u2010":
            continue  # a dyad's joiner: "suspend the China-US climate change talks"
        if word in ("and", "to", "that") or not word.replace("-", "").isalpha():
            return False
    return False


def undone_noun(lowers: list[str], start: int) -> bool:
    """Whether the act noun at ``start`` is named as ended or called off."""
    return ended_measure(lowers, start) or called_off(lowers, start)


# Nouns of an attempt that a blocking verb keeps from happening ("blocked EU efforts to")
ATTEMPTS = [[w] for w in words("efforts effort attempts attempt bid bids plan plans move decision")]
GATHERINGS = words("summit meeting talks visit trip conference")


def blocked_attempt(lowers: list[str], start: int) -> bool:
    """Whether the verb at ``start`` is the infinitive of an attempt a blocking verb governs
    ("blocked EU efforts to provide Kyiv"), or of a gathering called off ("canceled a summit
    ... with Biden and the Egyptian leader to discuss Gaza")."""
    if lowers[start - 1 : start] != ["to"]:
        return False
    called = (i for i in range(start - 2, max(0, start - 30), -1) if lowers[i] in GATHERINGS)
    at = next(called, 0)  # (the gathering's noun, the comma-free reach of its purpose)
    off = at > 0 and "," not in lowers[at:start] and called_off(lowers, at)
    return off or lowers[start - 2 : start - 1] in ATTEMPTS and blocked(lowers, start - 2)


# Nouns of a reproach: their owner is not what "its" after them stands for
REPROACH_NOUNS = words(
    "criticism condemnation accusations allegations complaints concerns censure pressure "
    "objections opposition warnings sanctions threats"
)  # ("U.S. pressure over its purchase of Russian missiles" is over the pressed one's purchase)
REPROACH_TOPICS = words("of over about on")  # the words that open the reproach's topic


def critic_of(between: list[str]) -> bool:
    """Whether the words between an actor and a possessive pronoun make the actor the owner
    of a reproach the pronoun's phrase is the topic of ("criticism of", "'s concerns over")."""
    if between[:1] == ["'s"]:
        between = between[1:]
    return len(between) == 2 and between[0] in REPROACH_NOUNS and between[1] in REPROACH_TOPICS
