"""Direction: which mentions fill a trigger's subject slot, and the passive, place and host
rules around it.

Consumes a sentence's lower-cased tokens, its mentions and one trigger span; produces lists of
mentions (several for compound actors). Shallow rules for news English, no parse: the subject
is the nearest actor to the left with no clause break between (an envoy's posting, an act
noun's complement and an object pronoun are not it); "was Xed by Y" swaps the roles; "he said
he would" finds the speaker. Objects are ``object_slots``', compound actors ``coordination``'s,
speakers of quotations ``quotations``'. Anything unclear gives no slot, and so no event.
"""

from transforms.tagging.asides import (  # noqa: F401 (aside_close, dashed_aside: roles' API)
    ADVERBS,
    AUXILIARIES,
    aside_close,
    dashed_aside,
    joins_subject,
)
from transforms.tagging.coordination import coordinated_left, coordinated_right
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.object_slots import (
    EVENT_NOUNS,
    OBJECT_GAP,
    PARTICIPLES,
    PREPOSITIONS,
    QUOTE_MARKS,
    object_mentions,
)
from transforms.tagging.places import Place
from transforms.tagging.quotations import REPORTING
from transforms.tagging.text import manner_adverb, words

SUBJECT_BLOCKERS = frozenset(
    [
        ";",
        ":",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "that",
        "but",
        "because",
        "while",
        "although",
        "whereas",
        "when",
        "after",
        "before",
        "since",
        "where",
        "amid",
        "despite",
        "than",
        '"',
        "“",
        "”",
        "(",
        ")",
    ]
)
PRONOUNS = words("he she it they we")
REPORTING_THAT = words("said says announced stated added confirmed told warned insisted that")
BE_FORMS = words("is are was were been being be get got gets")
GERUND_BLOCKERS = words(
    "about towards toward on of for in by with the its their his her a an any further"
)
FIRST_PERSON = words("we i us our")
# Words that open a subordinate or new clause: past one, the sentence's opening actor is no
# longer the subject of a coordinated verb.
CLAUSE_OPENERS = words("which who whom whose if as while")
# Prepositions whose complement a participle may follow without being its subject ("a case at
# the ICJ accusing"); "a letter from Kyiv urging" is Kyiv's letter
COMPLEMENT_PREPOSITIONS = (PREPOSITIONS | words("at in")) - words("from by")
# The opening actor starts within the sentence's first words ("The", "On Monday,").
OPENING_REACH = 4
# Words that open an introductory phrase whose gerund or possessive belongs to the main clause's
# subject after the comma ("In a statement condemning Israel, Jordan ..."); so does a
# participle that opens the sentence ("Speaking after talks with Turkey, Lavrov said").
INTRODUCERS = words("in during after before on at while following with")
# "met (with) officials", "held talks with leaders": officials no country is named for.
HOST_NOUNS = words("officials leaders counterparts authorities ministers")
HOST_MODIFIERS = words("with government senior top several local high-ranking military")
HOST_REACH = 6
MAX_SUBJECT_GAP = 8


def subject(
    lowers: list[str], mentions: list[Mention], start: int, *, nominal: bool = False
) -> tuple[list[Mention], bool]:
    """The subject mentions of a trigger starting at ``start``, and whether a pronoun led there.

    A possessor ("Israel's allies condemned") is no subject, except of a nominal trigger
    ("Putin's visit to China").
    """
    if (
        lowers[start].endswith("ing")
        and start > 0
        and lowers[start - 1] in GERUND_BLOCKERS
        and not _response(lowers, start)
    ):
        return [], False  # "moves towards normalizing ties": a noun phrase, not a clause
    comma = start - 1
    while comma > 0 and manner_adverb(lowers[comma]):
        comma -= 1  # ", publicly threatening them"
    if lowers[start].endswith("ing") and comma >= 0 and lowers[comma] == ",":
        earlier = [i for i in range(comma) if lowers[i] == ","]
        segment = lowers[earlier[-1] + 1 : comma] if earlier else []
        if segment[:1] and segment[0].endswith("ing"):
            return [], False  # "..., killing hired thugs in Syria, pulling out of": a list's item
        # "North Korea fired a missile, drawing condemnation from Japan": the sentence's subject
        return _main_subject(lowers, mentions, start)
    if not nominal and _after_participle_to(lowers, start):
        # "Sarkozy heads to Beijing, seeking to mend ties with China": the participle clause's
        # verb is the subject's of the clause before the comma
        return _last_subject(lowers, mentions, start - 3), False
    if (
        (lowers[start].endswith("ing") or nominal)
        and (lowers[0] in INTRODUCERS or (lowers[0].endswith("ing") and start > 0))
        and "," in lowers[start:]
        and not any(m.is_actor and m.end <= start for m in mentions)
    ):
        # "In a statement condemning Israel, Jordan urged ...", "In a phone call with Ukraine's
        # president, Trump asked ...": the main clause's subject
        comma = lowers.index(",", start)
        later = [m for m in mentions if m.start > comma and m.is_actor and not m.pronoun]
        if later and later[0].start <= comma + OPENING_REACH:
            return coordinated_right(lowers, mentions, later[0]), False
    aside = dashed_aside(lowers, start)
    if (
        aside is not None
        and not lowers[start].endswith("ing")
        and not any(
            m.start == aside + 1 or m.start == aside + 2 and lowers[aside + 1] == "the"
            for m in mentions
        )
    ):
        # "The Palestinian Authority - which considers the US biased - called for": the
        # subject stands before the aside (an aside that opens with an actor names the subject:
        # "The only two Arab states ... - Egypt and Jordan - also criticised")
        before = [mention for mention in mentions if mention.end <= aside]
        found, via_pronoun = subject(lowers, before, aside, nominal=nominal)
        if found and joins_subject(lowers, aside):  # "Germany, along with France, condemned"
            joined = [m for m in mentions if aside < m.start < start and m.is_actor]
            found = found + coordinated_right(lowers, mentions, joined[0]) if joined else found
        return found, via_pronoun
    opening = _opening_act_owner(lowers, mentions, start) if not nominal else None
    if opening is not None:  # "The U.S. decision to pull troops out of Syria was criticised"
        return [opening], False
    complement = _participle_after_complement(lowers, mentions, start) if not nominal else None
    if complement is not None:
        # "South Africa filed a case at the ICJ accusing Israel", "Poland sent a letter to the
        # Commission asking Brussels": the participle describes the clause's document, whose
        # author is the clause's subject ("a letter from Kyiv urging" is Kyiv's)
        return _clause_subject(lowers, mentions, complement), False
    for mention in reversed(mentions):
        if mention.end > start or not mention.is_actor:
            continue
        gap = lowers[mention.end : start]
        conjunction = -1 if nominal else coordinating_and(lowers, start)
        if conjunction > mention.end and _embedded(lowers, mention):
            # "Norway is a critic of Russia's fishing ... and has accused Moscow": the nearest
            # actor sits inside the first verb's phrase; the coordinated verb shares the
            # sentence's opening subject, or has none the rules can find
            return _opening_subject(lowers, mentions, start), False
        if len(gap) > MAX_SUBJECT_GAP or any(word in SUBJECT_BLOCKERS for word in gap):
            if (
                conjunction > 0
                and mention.end < len(lowers)
                and lowers[mention.end] in REPORTING
                and _opening_subject(lowers, mentions, mention.end) == [mention]
            ):
                # "Britain said the seizure was illegal and summoned Iran's envoy": the reported
                # clause names no actor; the coordinated verb is the speaker's
                return [mention], False
            return _speaker(lowers, mentions, start), True
        if any(word in PRONOUNS for word in gap) or (
            mention.pronoun and mention.start > 0 and lowers[mention.start - 1] in REPORTING_THAT
        ):
            return _speaker(lowers, mentions, start), True
        if mention.pronoun and mention.start > 0 and _object_pronoun(lowers, mention.start):
            return [], False  # "Russia urged it to condemn": "it" is someone else, unnamed
        if _intent_of(gap):  # "Trump's attempt to coerce Ukraine": Trump's own act
            return coordinated_left(lowers, mentions, mention), False
        if gap[:1] == ["'s"] and not (nominal and len(gap) <= 4):
            return [], False
        if nominal and gap[:1] == [","] and lowers[mention.start - 1 : mention.start] == ["of"]:
            # "sanctions against Russia, its 12th since the invasion of Ukraine, including a ban
            # on": the complement of another noun is not the event noun's agent
            return _clause_subject(lowers, mentions, mention), False
        if not nominal and gap in (["and"], [",", "and"]) and _after_preposition(lowers, mention):
            # "China condemned the sale of arms to Taiwan and urged Washington ...": the
            # subject of the second verb is the sentence's, not the first verb's complement.
            return _clause_subject(lowers, mentions, mention), False
        posted = _posted_from(lowers, mentions, mention)
        if posted is not None:  # "China's ambassador to Britain accused": China's envoy
            mention = posted
        owner = None if nominal else _act_owner(lowers, mentions, mention)
        if owner is not None:  # "Moscow's invasion of Ukraine was condemned": Moscow's act
            return [owner], owner.pronoun
        group = coordinated_left(lowers, mentions, mention)
        return group, any(member.pronoun for member in group)
    return _speaker(lowers, mentions, start), True


def _participle_after_complement(
    lowers: list[str], mentions: list[Mention], start: int
) -> Mention | None:
    """The mention that ends right before the participle at ``start`` as the complement of a
    preposition other than "from" or "by" ("at the ICJ accusing"), or None."""
    if not lowers[start].endswith("ing"):
        return None
    before = next((m for m in mentions if m.end == start), None)
    if before is None or before.start < 2:
        return None
    governor = before.start - 2 if lowers[before.start - 1] == "the" else before.start - 1
    return before if lowers[governor] in COMPLEMENT_PREPOSITIONS else None


def _embedded(lowers: list[str], mention: Mention) -> bool:
    """Whether a mention sits inside a phrase (after a preposition, or a possessor)."""
    possessor = mention.end < len(lowers) and lowers[mention.end] == "'s"
    return possessor or mention.locative or _after_preposition(lowers, mention)


def group_before(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The last group of two or more coordinated actors before ``start`` ("Europe, Japan and
    Mexico"), or a plural group of people ("the Bolivian diplomats"), for a "them" after a
    trigger; [] if the last actor stands alone."""
    before = [m for m in mentions if m.end <= start and m.is_actor]
    if not before:
        return []
    group = coordinated_left(lowers, mentions, before[-1])
    if len(group) >= 2:
        return group
    last = before[-1].actor
    plural = last is not None and last.personal and lowers[before[-1].end - 1].endswith("s")
    return group if plural else []


def coordinating_and(lowers: list[str], start: int) -> int:
    """The position of the "and" that coordinates the verb at ``start`` ("and has accused"),
    or -1."""
    position = start - 1
    while position >= 0 and lowers[position] in AUXILIARIES:
        position -= 1
    return position if position > 0 and lowers[position] == "and" else -1


def _main_subject(
    lowers: list[str], mentions: list[Mention], start: int
) -> tuple[list[Mention], bool]:
    """The subject of the sentence's main clause for a participle clause after a comma
    ("He has injected drama into talks with ..., publicly threatening them"): the actor that
    opens the sentence, a pronoun too."""
    for mention in mentions:
        if mention.start > OPENING_REACH or mention.end > start:
            break
        if not mention.is_actor or mention.locative or _after_preposition(lowers, mention):
            continue
        if all(word in OBJECT_GAP or word == "," for word in lowers[: mention.start]):
            return coordinated_right(lowers, mentions, mention), mention.pronoun
        break
    return [], False


def _after_participle_to(lowers: list[str], start: int) -> bool:
    """Whether ", <participle> to" stands right before ``start`` (", seeking to mend")."""
    return (
        start >= 3
        and lowers[start - 3] == ","
        and lowers[start - 1] == "to"
        and (lowers[start - 2].endswith("ing"))
    )


# Nouns of an actor's own undertaking: "X's attempt (bid, decision, plan) to <verb>" is X's act
INTENT_NOUNS = words(
    "attempt attempts effort efforts bid push campaign drive plan plans decision pledge promise"
)


def _intent_of(gap: list[str]) -> bool:
    """Whether the words between a possessor and a trigger are "'s (latest) attempt to"."""
    return (
        2 < len(gap) <= 4
        and gap[0] == "'s"
        and gap[-1] == "to"
        and gap[-2] in INTENT_NOUNS
        and all(word.isalpha() for word in gap[1:-2])
    )


GOVERNED_THE = [[preposition, "the"] for preposition in PREPOSITIONS]


def _last_subject(lowers: list[str], mentions: list[Mention], end: int) -> list[Mention]:
    """The last actor before ``end`` that no preposition governs and that possesses nothing:
    the subject of the clause that ends there ("... before Sarkozy heads to Beijing")."""
    for mention in reversed(mentions):
        if mention.end > end or not mention.is_actor or mention.pronoun:
            continue
        if _after_preposition(lowers, mention) or lowers[mention.end : mention.end + 1] == ["'s"]:
            continue
        if mention.start > 1 and lowers[mention.start - 2 : mention.start] in GOVERNED_THE:
            continue  # "by the French presidency"
        return coordinated_left(lowers, mentions, mention)
    return []


def _opening_subject(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The actor that opens the sentence (within its first words) when nothing between it and
    ``start`` starts a new clause: the subject of the sentence's first verb."""
    for mention in mentions:
        if mention.start > OPENING_REACH or mention.end > start:
            return []
        if not mention.is_actor or mention.locative or mention.pronoun:
            continue
        if _after_preposition(lowers, mention) or not all(
            word in OBJECT_GAP or word == "," for word in lowers[: mention.start]
        ):
            return []  # "The decision puts the US at odds ... and breaks with": not the subject
        gap = lowers[mention.end : start]
        if any(word in SUBJECT_BLOCKERS or word in CLAUSE_OPENERS for word in gap):
            return []
        return coordinated_left(lowers, mentions, mention)
    return []


def _after_preposition(lowers: list[str], mention: Mention) -> bool:
    """Whether a mention (or the phrase it ends) follows a preposition: "to Taiwan"."""
    return mention.start > 0 and lowers[mention.start - 1] in PREPOSITIONS


# What may stand before a pronoun that is a subject ("..., and it urged", "that they would")
SUBJECT_PRONOUN_OPENERS = words(
    "and but or that because as when if while since although though so after before then "
    "which who where also now later still , ; : ( -"
)


def _object_pronoun(lowers: list[str], position: int) -> bool:
    """Whether the pronoun at ``position`` follows a verb, as its object ("urged it to")."""
    before = lowers[position - 1]
    return (
        lowers[position] in ("it", "them")
        and before not in SUBJECT_PRONOUN_OPENERS
        and before not in REPORTING
        and before.isalpha()
        and before not in QUOTE_MARKS
    )


RESPONSES = words("responded reacted retaliated countered responds reacts retaliates")


def _response(lowers: list[str], start: int) -> bool:
    """Whether the gerund at ``start`` says how its subject responded ("South Korea responded by
    scrapping the pact": the responder scraps it)."""
    return start > 1 and lowers[start - 1] == "by" and lowers[start - 2] in RESPONSES


def _posted_from(lowers: list[str], mentions: list[Mention], mention: Mention) -> Mention | None:
    """The envoy whose posting ``mention`` names: "China's ambassador" in "China's ambassador to
    Britain", "Russia's envoy to the UN"; else None."""
    position = mention.start - 1
    if position > 0 and lowers[position] == "the":
        position -= 1
    if position < 1 or lowers[position] not in ("to", "in", "at"):
        return None
    envoy = next((m for m in mentions if m.end == position and m.is_actor), None)
    if envoy is None or envoy.actor is None or not (envoy.actor.envoy or envoy.actor.personal):
        return None
    return envoy


OWNED_ACT_NOUNS = EVENT_NOUNS | words(
    "visit visits trip talks meeting support war aggression annexation incursion blockade "
    "crackdown treatment deployment withdrawal expulsion embargo tariffs test tests launch "
    "interference meddling involvement"
)
OWNER_PREPOSITIONS = words("of to with on against into in over toward towards")


def _act_owner(lowers: list[str], mentions: list[Mention], mention: Mention) -> Mention | None:
    """The possessor of an act noun whose complement ``mention`` is: "Moscow" in "Moscow's
    invasion of Ukraine", "Macron" in "Macron's recent visit to China"; else None."""
    position = mention.start - 1
    if position < 2 or lowers[position] not in OWNER_PREPOSITIONS:
        return None
    if lowers[position - 1] not in OWNED_ACT_NOUNS:
        return None
    joined = next((m for m in mentions if m.end == position and m.is_actor), None)
    if joined is not None:
        return joined  # "Moscow's invasion" is one mention, the invader's
    for possessive in range(position - 2, max(position - 5, 0) - 1, -1):
        if lowers[possessive] == "'s":
            return next((m for m in mentions if m.end == possessive and m.is_actor), None)
        if not lowers[possessive].isalpha():
            return None
    return None


def _opening_act_owner(lowers: list[str], mentions: list[Mention], start: int) -> Mention | None:
    """The owner of the act noun that opens the sentence as the subject of the passive at
    ``start``: "The U.S. decision (last week) to pull troops out of Syria was criticised", "Japan's
    move to curb exports was condemned"; None unless only an infinitive phrase lies between."""
    if not is_passive(lowers, start):
        return None
    owner = next((m for m in mentions if m.is_actor and m.start <= OPENING_REACH), None)
    if (
        owner is None
        or owner.end >= start
        or not all(w in OBJECT_GAP for w in lowers[: owner.start])
    ):
        return None
    noun = owner.end + 1 if lowers[owner.end : owner.end + 1] == ["'s"] else owner.end
    if lowers[owner.end - 1] in OWNED_ACT_NOUNS:
        noun = owner.end - 1  # the mention holds the noun: "Washington's decision"
    if noun >= start or lowers[noun] not in OWNED_ACT_NOUNS:
        return None
    between = lowers[noun + 1 : start]
    if "to" not in between[:4] or "," in between or "that" in between:
        return None
    verbs = [w for w in between if w.endswith("ed") or w in REPORTING]
    return owner if sum(1 for w in between if w in BE_FORMS) == 1 and not verbs else None


def _clause_subject(lowers: list[str], mentions: list[Mention], before: Mention) -> list[Mention]:
    """The opening actor of the clause that holds ``before``, if no preposition governs it: the
    sentence's, or the reported clause's after the last "said" ("The State Department said
    Washington remained committed to talks with X and urged ...")."""
    blocker = max((i for i in range(before.start) if lowers[i] in SUBJECT_BLOCKERS), default=-1)
    for mention in mentions:
        if mention.start >= before.start:
            return []
        if mention.start <= blocker:
            continue
        if mention.is_actor and not mention.locative and not _after_preposition(lowers, mention):
            return coordinated_left(lowers, mentions, mention)
    return []


def _speaker(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """For "X said (that) he/it would ...": X, when a pronoun directly precedes the trigger."""
    position = start - 1
    while position >= 0 and lowers[position] not in PRONOUNS:
        if start - position > 5 or lowers[position] in SUBJECT_BLOCKERS - {"said", "says"}:
            return []
        position -= 1
    if position < 1:
        return []
    verb = position - 1
    if lowers[verb] == "that":
        verb -= 1
    if verb < 0 or lowers[verb] not in REPORTING:
        return []
    for mention in reversed(mentions):
        if mention.end <= verb and mention.is_actor and verb - mention.end <= 3:
            return coordinated_left(lowers, mentions, mention)
        if mention.end <= verb:
            break
    return []


def is_passive(lowers: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` is a passive participle ("was received by")."""
    word = lowers[start]
    if not (word.endswith("ed") or word in PARTICIPLES):
        return False
    position = start - 1
    while position >= 0 and (lowers[position] in ADVERBS or manner_adverb(lowers[position])):
        position -= 1
    return position >= 0 and lowers[position] in BE_FORMS


def by_agent(lowers: list[str], mentions: list[Mention], end: int) -> list[Mention]:
    """The agent of a passive: the actor after "by" within a few words of the trigger."""
    for position in range(end, min(end + 4, len(lowers))):
        if lowers[position] == "by":
            found = object_mentions(lowers, mentions, position + 1)
            return found or _examples(lowers, mentions, position + 1)
    return []


EXAMPLE_OPENERS = ([",", "including"], ["including"], ["such", "as"], [",", "such", "as"])


def _examples(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The actors a group noun's examples name: "by allies, including France and Britain",
    "by several countries such as Japan"; [] unless a short noun phrase comes first."""
    for position in range(start + 1, min(start + 4, len(lowers))):
        for opener in EXAMPLE_OPENERS:
            if lowers[position : position + len(opener)] == opener:
                return object_mentions(lowers, mentions, position + len(opener))
        if not lowers[position].isalpha():
            return []
    return []


def hosts(
    lowers: list[str], mentions: list[Mention], end: int, dateline: Place | None
) -> list[Mention]:
    """For "met (with) officials" with no country named: the officials of the place named
    later in the sentence ("in Hanoi"), else of the story's dateline country."""
    gap = lowers[end : end + HOST_REACH]
    head = next((i for i, word in enumerate(gap) if word in HOST_NOUNS), None)
    if head is None or not all(w in OBJECT_GAP or w in HOST_MODIFIERS for w in gap[:head]):
        return []
    for mention in mentions:
        if mention.start >= end + head and mention.place_country and mention.locative:
            country = mention.place_country
            break
    else:
        if dateline is None:
            return []
        country = dateline.country
    actor = Actor(country, "GOV", f"{country} officials", personal=True, agents=("officials",))
    return [Mention(end + head, end + head + 1, lowers[end + head], actor=actor)]


# Verbs of captivity whose agent, named in a relative clause before a passive release, is the
# releaser: "two hostages who had been held by the Taliban since 2016 were released".
CAPTIVITY_VERBS = words("held kept kidnapped detained captured abducted imprisoned seized taken")
RELATIVES = words("who that which")


def captors(
    lowers: list[str], mentions: list[Mention], start: int
) -> tuple[list[Mention], list[Mention]]:
    """For a passive trigger at ``start`` with no agent after it: the agent of a captivity verb
    in a relative clause before it ("who had been held by X"), and the actors before that
    clause (the captives); else empty lists."""
    for mention in reversed(mentions):
        if mention.end > start or not mention.is_actor:
            continue
        at = mention.start - (1 if lowers[mention.start - 1 : mention.start] == ["the"] else 0)
        if at < 2 or lowers[at - 1] != "by" or lowers[at - 2] not in CAPTIVITY_VERBS:
            continue
        relative = next(
            (i for i in range(at - 2, max(at - 6, -1), -1) if lowers[i] in RELATIVES), None
        )
        before = [m for m in mentions if relative is not None and m.end <= relative]
        if before and before[-1].is_actor:
            return [mention], coordinated_left(lowers, mentions, before[-1])
        return [], []
    return [], []
