"""Whose act or office a phrase names: "China's ambassador to Britain" (China's envoy),
"Moscow's invasion of Ukraine" (Moscow's act), "The U.S. decision to pull troops out of Syria
was criticised" (the United States'), "Trump's attempt to coerce Ukraine" (Trump's own act).

Consumes a sentence's lower-cased tokens and mentions; produces the mention that owns an act
noun or a posting, which stands for the act's actor in the slot rules.
"""

import dataclasses

from transforms.tagging.clause_agents import BE_FORMS
from transforms.tagging.dates import WEEKDAYS
from transforms.tagging.gap_openers import OBJECT_GAP
from transforms.tagging.mentions import Mention
from transforms.tagging.object_heads import EVENT_NOUNS
from transforms.tagging.quotations import REPORTING
from transforms.tagging.text import words

# The opening actor starts within the sentence's first words ("The", "On Monday,").
OPENING_REACH = 4
# Nouns of an actor's own undertaking: "X's attempt (bid, decision, plan) to <verb>" is X's act
INTENT_NOUNS = words(
    "attempt attempts effort efforts bid push campaign drive plan plans decision move pledge "
    "initiative initiatives "
    "promise readiness willingness desire intention commitment determination"
)


PROPOSING = words("proposed unveiled announced drafted floated presented outlined offered forward")


def intent_noun_before(lowers: list[str], end: int) -> int:
    """Where an intent noun stands that a mention ending at ``end`` owns or makes: right before
    it ("Iran's plan | to expel"), or before its "by" and a participle ("the plan proposed by
    President Trump | to end the war"); else ``end``."""
    if lowers[end - 1] in INTENT_NOUNS:
        return end - 1
    by = next((i for i in range(end - 1, max(end - 6, 0), -1) if lowers[i] == "by"), None)
    if by is None or by < 2 or lowers[by - 1] not in PROPOSING:
        return end  # (not "an initiative led by Japan to persuade": it was made)
    return by - 2 if lowers[by - 2] in INTENT_NOUNS else end


def posted_from(lowers: list[str], mentions: list[Mention], mention: Mention) -> Mention | None:
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


def unnamed_owner(lowers: list[str], mentions: list[Mention], start: int) -> bool:
    """Whether an act noun at ``start`` follows an owner's "'s" that names no actor ("Smith's
    trip to Taiwan", the name unknown): the act is that owner's, no other actor's."""
    if lowers[start - 1 : start] != ["'s"] or start < 2 or lowers[start - 2] in TIME_OWNERS:
        return False  # ("Thursday's summit", "last year's talks": a time's)
    if lowers[start - 3 : start - 2] in (["the"], ["a"], ["this"], ["last"], ["next"], ["its"]):
        return False  # ("the bloc's summit": a noun's owner, left to the rules)
    return not any(m.end == start - 1 and m.actor is not None for m in mentions)


# Possessives that date an act rather than own it
TIME_OWNERS = frozenset(WEEKDAYS) | words("today yesterday tomorrow week month year weekend night")


POSTINGS = (["to"], ["in"])  # what links an envoy to the state he is posted to


def envoy_host(lowers: list[str], mentions: list[Mention], envoy: Mention) -> list[Mention]:
    """The state an envoy is posted to: Mali for "the French ambassador to Bamako" (or "in
    Bamako"); [] when the envoy names no posting, or one in its own state."""
    position = envoy.end + (lowers[envoy.end + 1 : envoy.end + 2] == ["the"])
    posted = lowers[envoy.end : envoy.end + 1] in POSTINGS
    if envoy.actor is None or not envoy.actor.envoy or not posted:
        return []
    host = next((m for m in mentions if m.start == position + 1 and m.actor is not None), None)
    if host is None or host.actor is None or host.actor.country == envoy.actor.country:
        return []
    return [dataclasses.replace(host, locative=False)]


OWNED_ACT_NOUNS = EVENT_NOUNS | words(
    "visit visits trip talks meeting support war aggression annexation incursion blockade "
    "crackdown treatment deployment withdrawal expulsion embargo tariffs test tests launch "
    "interference meddling involvement transit transits stopover seizure seizures capture"
)
OWNER_PREPOSITIONS = words("of to with on against into in over toward towards")


def act_owner(lowers: list[str], mentions: list[Mention], mention: Mention) -> Mention | None:
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


def opening_act_owner(lowers: list[str], mentions: list[Mention], start: int) -> Mention | None:
    """The owner of the act noun that opens the sentence as the subject of the passive (the
    caller checks that it is one) at
    ``start``: "The U.S. decision (last week) to pull troops out of Syria was criticised", "Japan's
    move to curb exports was condemned", "The decision by X to ..."; None unless only an
    infinitive phrase lies between."""
    owner = next((m for m in mentions if m.is_actor and m.start <= OPENING_REACH), None)
    if owner is None or owner.end >= start:
        return None
    opening = lowers[: owner.start]
    if len(opening) == 3 and opening[1] in OWNED_ACT_NOUNS and opening[2] == "by":
        # "The decision by Mali's junta to expel the UN mission was criticised"
        between = lowers[owner.end : start]
    else:
        if not all(w in OBJECT_GAP for w in opening):
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


def intent_of(gap: list[str]) -> bool:
    """Whether the words between a possessor (or a modifier) and a trigger are "'s (latest)
    attempt to" ("the US decision to sell")."""
    words_ = gap[1:] if gap[:1] == ["'s"] else gap
    return (
        1 < len(words_) <= 3
        and words_[-1] == "to"
        and words_[-2] in INTENT_NOUNS
        and all(word.isalpha() for word in words_[:-2])
    )


# Verbs that judge an act of others: the intent noun after them is not their subject's
JUDGING = words(
    "condemned condemns condemn criticised criticized criticises criticizes slammed slams "
    "denounced denounces rejected rejects opposed opposes welcomed welcomes praised praises "
    "hailed hails applauded applauds"
)


def judged_intent(gap: list[str]) -> bool:
    """Whether the words between a subject and a trigger are a judging verb and an intent noun
    with no owner ("Israel condemned the decision to recognise a Palestinian state": whose
    decision, the words do not say)."""
    return (
        3 <= len(gap) <= 4
        and gap[0] in JUDGING
        and gap[1:-2] in ([], ["the"], ["this"], ["that"])
        and gap[-2] in INTENT_NOUNS
        and gap[-1] == "to"
    )


# Nouns of what one actor asks of, or offers to, another: in the passive ("Sweden's bid was
# approved by Hungary") the act is done to the noun's owner
ASKED_NOUNS = words(
    "bid bids request requests proposal proposals application accession membership offer offers "
    "demand demands appeal appeals candidacy plan"
)


def asking_owner(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """The owner of what a passive verb at ``start`` is done to, when that is a bid, request or
    proposal ("Sweden's NATO accession was approved by ...": Sweden); [] otherwise."""
    be = start - 1
    while be > 0 and lowers[be] in ("been", "being", "has", "have", "had", "was", "were", "is"):
        be -= 1
    noun = be  # the last word before the auxiliaries
    if noun == start - 1 or lowers[noun] not in ASKED_NOUNS:
        return []
    owner = next((m for m in mentions if m.is_actor and lowers[m.end : m.end + 1] == ["'s"]), None)
    if owner is None or not 0 <= noun - (owner.end + 1) < 3:
        return []
    return [owner]


PHRASE_PREPOSITIONS = words("on against in to into of for")


MEDDLING_OF = [[noun, "of"] for noun in words("interference meddling intervention involvement")]


def act_owner_before(lowers: list[str], mentions: list[Mention], mention: Mention) -> list[Mention]:
    """The owner of the act noun whose prepositional phrase or infinitive ``mention`` sits in
    ("Israel's strike on the Iranian consulate", "Sweden's bid to join NATO"), for a verb done
    to that act (a passive, a reaction it drew, a relative clause after it); [] otherwise."""
    if lowers[mention.start - 2 : mention.start] == ["affairs", "of"]:
        # "The interference of Ethiopia in the internal affairs of Somalia is a violation"
        return [
            m
            for m in mentions
            if m.end < mention.start and m.is_actor and lowers[m.start - 2 : m.start] in MEDDLING_OF
        ][-1:]
    position = mention.start - 1
    if position >= 0 and lowers[position] in ("the", "a", "an"):
        position -= 1
    if position >= 3 and lowers[position - 1] == "to" and lowers[position].isalpha():
        noun = position - 2  # "Sweden's bid to join NATO was blocked": the bid's owner
    elif position < 2 or lowers[position] not in PHRASE_PREPOSITIONS:
        return []
    else:
        noun = position - 1
    for owner in mentions:
        if not owner.is_actor:
            continue
        if lowers[owner.end : owner.end + 1] == ["'s"] and 0 <= noun - owner.end - 1 < 3:
            return [owner]
        if owner.end == noun + 1 and "'s" in lowers[owner.start : noun]:
            return [owner]  # the mention holds the noun: "Beijing's peace plan | for Ukraine"
    return []
