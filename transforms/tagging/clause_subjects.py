"""Clause subjects: the subject a clause's verb shares when the nearest actor is not it.

Consumes a sentence's lower-cased tokens and mentions; produces the clause's opening actor for a
verb coordinated after a prepositional or topic phrase ("condemned the sale of arms to Taiwan
and urged"), and tells when a verb's subject is a thing, not an actor: a relative clause on a
noun that names none ("talks that legitimise"); and when a verb after "and" or a headline's comma
shares the sentence's opening subject ("The two leaders reviewed ... and exchanged views",
"China's Xi meets Biden, warns ..."). Split from ``roles``, which uses them.
"""

from transforms.tagging.clause_agents import purpose_governor
from transforms.tagging.coordination import coordinated_left
from transforms.tagging.mentions import Mention
from transforms.tagging.object_heads import RELATIVE_AUXILIARIES
from transforms.tagging.object_slots import after_preposition
from transforms.tagging.opening_subjects import SUBJECT_BLOCKERS
from transforms.tagging.reporters import reporter_of, states_a_view
from transforms.tagging.text import words

REPORTING_THAT = words("said says announced stated added confirmed told warned insisted that")


def relative_of_a_thing(lowers: list[str], mentions: list[Mention], start: int) -> bool:
    """Whether the verb at ``start`` opens a relative clause ("that", "which", a free "what") on a
    noun that names no actor ("talks that legitimise", "the proposal, which was welcomed by"): its
    subject is that thing."""
    verb = start
    while verb > 2 and lowers[verb - 1] in RELATIVE_AUXILIARIES:
        verb -= 1
    if lowers[verb - 1 : verb] == ["what"]:
        return True  # "to end what should be called the 12-day war": a free relative's own
    if lowers[start : start + 2] == ["used", "to"] and lowers[start - 1].isalpha():
        # "rail lines used to transport aid to Ukraine": a reduced relative on the lines
        return lowers[start - 1] not in NOT_NOUNS and not any(m.end == start for m in mentions)
    if verb > 2 and lowers[verb - 2 : verb] == [",", "which"]:
        noun = lowers[verb - 3]
        return noun.isalpha() and not any(m.start <= verb - 3 < m.end for m in mentions)
    if start < 2 or lowers[start - 1] not in ("that", "which"):
        return False
    noun = lowers[start - 2]
    return (
        noun.isalpha()
        and noun.endswith("s")
        and noun not in REPORTING_THAT
        and not any(m.start <= start - 2 < m.end for m in mentions)
    )


NOT_NOUNS = words("has have had was were is are be been being also which that who it they")
QUANTITIES = words("a two three four five six seven eight nine ten dozen dozens hundred hundreds")


def counts_a_quantity(gap: list[str], i: int) -> bool:
    """Whether the "than" at ``gap[i]`` counts ("and more than 50 other countries have")."""
    return (
        gap[i] == "than"
        and gap[i - 1 : i] in (["more"], ["fewer"], ["less"])
        and gap[i + 1 : i + 2] != []
        and (gap[i + 1].isdigit() or gap[i + 1] in QUANTITIES)
    )


def clause_subject(lowers: list[str], mentions: list[Mention], before: Mention) -> list[Mention]:
    """The opening actor of the clause that holds ``before``, if no preposition governs it: the
    sentence's, or the reported clause's after the last "said" ("The State Department said
    Washington remained committed to talks with X and urged ...")."""
    blocker = max((i for i in range(before.start) if lowers[i] in SUBJECT_BLOCKERS), default=-1)
    for mention in mentions:
        if mention.start >= before.start:
            return []
        if mention.start <= blocker:
            continue
        if lowers[mention.end : mention.end + 1] == ["'s"]:
            continue  # "lambasted Israel's attacks on Gaza and condemned": an owner, no subject
        if mention.is_actor and not mention.locative and not after_preposition(lowers, mention):
            if states_a_view(lowers, mention):
                # "China said Taiwan was part of China and warned the US": the reported clause
                # tells a view; the act after it is the reporter's (none when it is unknown)
                reporter = reporter_of(lowers, mentions, mention)
                return coordinated_left(lowers, mentions, reporter) if reporter else []
            return coordinated_left(lowers, mentions, mention)
    return []


def after_destination(lowers: list[str], mention: Mention) -> bool:
    """Whether "to the" governs a mention: "take the issue to the U.N. Security Council"."""
    return lowers[max(0, mention.start - 2) : mention.start] == ["to", "the"]


def headline_second_verb(lowers: list[str], start: int) -> bool:
    """Whether the verb at ``start`` may be a headline's second, after its only comma ("Putin
    hosts Xi in Moscow, hails ties"): a present verb in a text with no final stop."""
    return (
        start > 2
        and lowers[start - 1] == ","
        and lowers[start].endswith("s")
        and lowers[-1] not in (".", "!", "?", '"', "”")
        and "," not in lowers[: start - 1]
    )


def opens_with(opening: list[Mention], mention: Mention) -> bool:
    """Whether the sentence's opening subject is ``mention`` alone (or a pair it names, "the two
    leaders", one mention per side), or a compound that ends with it ("Kim Jong Un and Donald
    Trump met ... and agreed")."""
    return bool(opening) and (
        all((m.start, m.end) == (mention.start, mention.end) for m in opening)
        or opening[-1] == mention
    )


def two_finite_verbs(lowers: list[str], after_subject: int, trigger: int) -> bool:
    """Whether a finite verb follows the subject directly, past a short aside ("Cairo, for its
    part, sees"), and the trigger is a past one ("reviewed ... and exchanged", "sees the dam as a
    threat and has called on"): two verbs of one subject."""
    if lowers[after_subject] == "," and "," in lowers[after_subject + 1 : after_subject + 5]:
        after_subject = lowers.index(",", after_subject + 1) + 1
    if lowers[after_subject] in ("has", "have", "had") and after_subject + 1 < trigger:
        after_subject += 1  # "have announced their commitment to ... and signed"
    verb = lowers[after_subject]
    return (
        verb.endswith("ed")
        or verb in IRREGULAR_PASTS  # "met briefly at the Demilitarised Zone in June and agreed"
        or verb.isalpha()
        and verb.endswith("s")
        and not verb.endswith("ss")
    ) and lowers[trigger].endswith("ed")


# Irregular past forms that coordinate a second verb ("and sent instructors to train")
IRREGULAR_PASTS = words("sent sold gave took made put set held met told brought led paid lent")


def coordinated_governor(lowers: list[str], mentions: list[Mention], start: int) -> int | None:
    """Where the coordinated past verb an infinitive trigger at ``start`` completes stands
    ("delivered equipment to Burkina Faso and sent instructors to train": "sent", whose subject
    is the infinitive's), or None; an actor after that verb is its object, which would do the
    act ("and urged Kenya to lead"); also the contact verb of an infinitive of purpose
    (``purpose_governor``: "called Wang Yi to urge him")."""
    if (contact := purpose_governor(lowers, mentions, start)) is not None:
        return contact
    if lowers[start] != "to":
        return None
    for verb in range(start - 1, max(start - 4, 1), -1):
        word = lowers[verb]
        if lowers[verb - 1] == "and" and (word.endswith("ed") or word in IRREGULAR_PASTS):
            if any(verb < m.start < start and m.is_actor for m in mentions):
                return None
            return verb
    return None


PLACE_PREPOSITIONS = words("in on at near along off around across over inside")


def placed_noun(gap: list[str]) -> bool:
    """Whether a gap after a possessor is its noun and where it is ("'s actions in the South
    China Sea", "'s raids in the West Bank"): the possessor is still the subject."""
    return 4 <= len(gap) <= 7 and gap[1].isalpha() and gap[2] in PLACE_PREPOSITIONS


DEMANDING = words("demanded demanding demands insisted insisting")


def demanded_of(lowers: list[str], start: int, subjects: list[Mention]) -> bool:
    """Whether the trigger at ``start`` follows its subject, and the subject a demand verb:
    what the demand asks ("Beijing is also demanding Lithuania recall its top envoy")."""
    if not subjects or subjects[0].start == 0 or start != subjects[-1].end:
        return False
    return lowers[subjects[0].start - 1] in DEMANDING
