"""Clause frames: where the clause and the frame that set a trigger's mode begin and end.

Consumes a sentence's lower-cased words around a trigger; produces the words with closed
relative clauses blanked, whether the trigger is a reduced relative ("a truce mediated by
Qatar"), where a subject's auxiliaries end, whether a verb form is bare ("reopen", not "sent"),
whether a condition follows the trigger, where a speech tag ends, whether "ahead of" governs
an event noun, whether an act is warned against ("against acquiring weapons from") and whether
a persuasion is attempted ("tried to persuade"). ``event_modality`` reads the cues inside the
frames these give.
"""

import functools

from transforms.tagging.modality import ASKING
from transforms.tagging.pattern_files import load_irregular_verbs
from transforms.tagging.text import words

RELATIVES = frozenset({"that", "which", "who"})
CLOSED_ASIDE_OPENERS = RELATIVES | {"without"}

# Words between a subject and its verb that carry the clause's mode to a trailing adjunct
AUXILIARIES = words(
    "will 'll would may might could can should must is are was were be to set expected plans "
    "plan also on late early this last next week monday tuesday wednesday thursday friday "
    "saturday sunday"
)

# Words before a passive's participle that AUXILIARIES does not hold ("had been brokered by")
PASSIVE_OPENERS = words("been being get gets got getting not never")


def without_closed_relatives(lowers: list[str], start: int) -> list[str]:
    """The words with those of each relative clause (or "without ..." aside) between commas
    that closes before ``start`` blanked ("Tehran, which has denied supplying drones to Russia,
    said it had signed a deal": the relative clause's denial is not the deal's; "said, without
    giving details, that it had expelled")."""
    blanked = lowers
    for opening in range(1, start):
        if lowers[opening - 1] != "," or lowers[opening] not in CLOSED_ASIDE_OPENERS:
            continue
        close = next((i for i in range(opening + 1, start) if lowers[i] == ","), None)
        if close is None:
            continue
        if blanked is lowers:
            blanked = list(lowers)
        blanked[opening:close] = ["_"] * (close - opening)
    return blanked


def reduced_relative(lowers: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` is a past participle with its agent right after a noun
    ("a truce mediated by Qatar"), not a passive's verb ("was mediated by")."""
    if start == 0 or not lowers[start].endswith("ed") or lowers[start + 1 : start + 2] != ["by"]:
        return False
    before = lowers[start - 1]
    return (
        before.isalpha()
        and before not in AUXILIARIES
        and before not in PASSIVE_OPENERS
        and (not before.endswith("ly"))
    )


def auxiliaries_end(lowers: list[str], start: int) -> int:
    """Where the auxiliaries after a subject end (at the main verb)."""
    while start < len(lowers) and lowers[start] in AUXILIARIES:
        start += 1
    return start


# Subordinators that open a sentence with a gerund ("Before leaving for Beijing, Bush ...")
OPENING_SUBORDINATORS = frozenset({"before", "after", "while"})
# Prepositions that open a trigger which is an adjunct of the main clause ("in their talks")
ADJUNCT_OPENERS = frozenset({"in", "during", "at", "after", "following"})


def bare(word: str) -> bool:
    """Whether a verb form is bare ("reopen", not "reopened", "reopens", "reopening" or an
    irregular past: "sent", "met")."""
    if word in irregular_pasts():
        return False
    return not word.endswith(("ed", "ing")) and (not word.endswith("s") or word.endswith("ss"))


@functools.cache
def irregular_pasts() -> frozenset[str]:
    """The irregular past forms of ``verbs.tsv`` that differ from their lemma ("sent", "met")."""
    return frozenset(
        form
        for lemma, forms in load_irregular_verbs().items()
        for form in forms
        if form != lemma and not form.endswith(("s", "ing"))
    )


CONDITION_REACH = 12  # words after a trigger within which "if" conditions it


def condition_after(lowers: list[str], end: int) -> bool:
    """Whether "if" or "unless" follows the trigger in its sentence, before any stop."""
    for position in range(end, min(end + CONDITION_REACH, len(lowers))):
        word, before = lowers[position], lowers[position - 1]
        if word in (".", ";", "?", "!") or word == "and" and before == ",":
            return False  # (", and, when asked if ...": another clause's)
        if word in ("if", "unless") and before not in ASKING:
            return True  # ("asked if": a question, no condition)
    return False


SPEECH_TAG_VERBS = words("said says announced told added stated")
SPEECH_TAG_REACH = (
    8  # words between the comma and the reporting verb ("..., Prime Minister X said")
)


def speech_tag_end(lowers: list[str], start: int) -> int:
    """Where a trailing speech tag before an event noun at ``start`` ends ("Britain will send
    aid, Sunak announced on Friday during a visit to Kyiv": the visit is in the tag's clause, not
    in the future of the reported one), or 0."""
    verb = next((i for i in range(start - 1, 0, -1) if lowers[i] in SPEECH_TAG_VERBS), None)
    if verb is None or "," not in lowers[max(0, verb - SPEECH_TAG_REACH) : verb]:
        return 0
    return verb + 1


AHEAD_REACH = 6  # words from "ahead of" to the event noun: "ahead of next week's G20 summit"
PRESENT_COMING = words("comes come is are")  # (a present before "before": what is still ahead)


def ahead_of(lowers: list[str], start: int) -> bool:
    """Whether "ahead of" governs the noun phrase that ends in the event noun at ``start``."""
    for position in range(start - 1, max(start - AHEAD_REACH, 0) - 1, -1):
        if lowers[position] == "of" and lowers[position - 1 : position] == ["ahead"]:
            return True
        if lowers[position] == "before" and not PRESENT_COMING.isdisjoint(lowers[:position][-6:]):
            return True  # "comes just two days before Lee's first summit with Trump"
        if lowers[position] in (",", ".", ";", "and", "but", "that", "which"):
            return False
    return False


def absolute_with(lowers: list[str], anchor: int, start: int) -> int | None:
    """Where an absolute clause opened by ", with" before a gerund trigger at ``start`` begins
    ("failed to reach a deal, with each side blaming the other": the blaming is not what
    failed), or None."""
    if not lowers[start].endswith("ing"):
        return None
    for position in range(start - 1, max(anchor, 1) - 1, -1):
        if lowers[position] == "with" and lowers[position - 1] == ",":
            return position + 1
        if lowers[position] in (",", ";"):
            return None
    return None


JOINED_REACH = 8  # ", and several European countries, including France and Germany, summoned"


def joined_clause(lowers: list[str], subject_start: int) -> int:
    """Where a clause joined by ", and", ", but" or ", as" opens when the subject at
    ``subject_start`` is its own ("demanded that Turkey halt it, and several countries summoned"),
    or the relative clause whose object gap the subject's verb leaves ("a plan for Ukraine,
    which Kyiv has rejected"): the frame before it is the first clause's; else 0."""
    for position in range(subject_start - 1, max(subject_start - JOINED_REACH, 1) - 1, -1):
        if (
            lowers[position] in COMMA_CLAUSES
            and lowers[position - 1] == ","
            and subject_start - position <= 2  # (", which the United States")
        ):
            return position + 1
        adjoining = position == subject_start - 1  # "are likely to be affected and Beijing"
        if lowers[position] in ("and", "but") and (lowers[position - 1] == "," or adjoining):
            return position + 1
        if lowers[position] in CLAUSE_BREAKS:
            return 0
    return 0


CLAUSE_BREAKS = frozenset({"that", "if", "whether", "to", "said", "says", '"', "“", "”", ";"})

# What opens a relative clause after a comma (", which Kyiv had requested,")
COMMA_RELATIVES = words("which who whom")
COMMA_CLAUSES = COMMA_RELATIVES | {"as"}  # (", as Tokyo has unveiled sanctions")
# The modal auxiliaries: "will address Congress and hold talks" shares one
MODALS = words("will would could may might should must can shall 'll")


def relative_close(lowers: list[str], comma: int, end: int) -> int | None:
    """The closing comma (before ``end``) of a relative clause that opens after the comma at
    ``comma``, ``end`` when it runs on; None when no relative clause opens there."""
    if lowers[comma : comma + 1] != [","] or comma + 1 >= len(lowers):
        return None
    if lowers[comma + 1] not in COMMA_RELATIVES:
        return None
    return next((i for i in range(comma + 2, end) if lowers[i] == ","), end)


def outside_relatives(lowers: list[str], start: int, end: int) -> list[str]:
    """The words of ``[start, end)`` outside relative clauses between commas, their commas too
    ("to Ukraine, which Kyiv had requested, drew")."""
    kept: list[str] = []
    position = start
    while position < end:
        close = relative_close(lowers, position, end)
        if close is not None:
            position = close + 1
            continue
        kept.append(lowers[position])
        position += 1
    return kept


def leaves_its_relative(lowers: list[str], start: int, end: int) -> bool:
    """Whether a trigger at ``[start, end)`` that stands in a relative clause between commas
    runs past the clause's closing comma ("..., which Kyiv had requested for months, drew
    criticism from": no request from the critics)."""
    if "," not in lowers[start:end]:
        return False
    for position in range(start - 1, 0, -1):
        if lowers[position] == ",":
            return False
        if lowers[position] in COMMA_RELATIVES and lowers[position - 1] == ",":
            return True
    return False


# How far into a sentence an event noun may start and still be its clause's subject ("Talks
# between ...", "A planned visit by ...")
SUBJECT_OPENING = 2


# Nouns of asking, whose "to" infinitive is what is asked ("pressure from Washington to allow")
ASKING_NOUNS = words(
    "call calls demand demands appeal appeals request requests plea pleas pressure push"
)
ASKED_REACH = 6  # words from the asking noun to the "to" of its infinitive
ASKED_STOPS = words(", ; : and but that which who as while when after because said says")


def asked_for(lowers: list[str], start: int) -> bool:
    """Whether the verb at ``start`` is the infinitive of an asking noun ("amid pressure from
    Washington to allow more aid", "Biden's request for Congress to approve"): asked, not done."""
    to = start - 1
    if to < 1 or lowers[to] != "to":
        return False
    for position in range(to - 1, max(to - ASKED_REACH, 0) - 1, -1):
        if lowers[position] in ASKING_NOUNS:
            return True
        if lowers[position] in ASKED_STOPS:
            return False
    return False


TALKS_NOUNS = words("talks negotiations discussions consultations dialogue deal agreement accord")
TALKS_REACH = 8  # words from the talks noun to "on": "talks between Ukraine and Russia on"


def talked_of(lowers: list[str], start: int) -> bool:
    """Whether the event noun at ``start`` is what talks are about ("talks between Ukraine and
    Russia on a prisoner exchange", "negotiations over the release of hostages"): no act yet."""
    at = start - 1
    while at > 0 and lowers[at] in ("a", "an", "the", "new", "possible", "further"):
        at -= 1
    return lowers[at] in ("on", "about", "over") and not TALKS_NOUNS.isdisjoint(
        lowers[max(0, at - TALKS_REACH) : at]
    )


AGAINST_REACH = 3  # "against acquiring | weapons from": the gerund and its object's words


def warned_against(lowers: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` is a gerund after "against", or the object of one a few
    words before it: an act warned (advised, decided) against is not done."""
    for at in range(max(0, start - AGAINST_REACH), start):
        if lowers[at] == "against" and lowers[at + 1].endswith("ing"):
            return all(word.isalpha() for word in lowers[at + 1 : start])
    return False


# Verbs of persuading, which an attempt does not leave undone ("tried to persuade Kabul to")
PERSUADING = words("persuade convince coax pressure press lobby")
ATTEMPTS = [
    [attempt, "to"] for attempt in words("tried trying tries try sought seeking seeks seek")
]


def attempted_persuasion(lowers: list[str], start: int) -> bool:
    """Whether the trigger at ``start`` persuades after "tried to": an appeal made."""
    return start > 1 and lowers[start] in PERSUADING and lowers[start - 2 : start] in ATTEMPTS


LINKING = words("linked links tied ties attributed attributes objected objects responded reacted")


def opened_clause(lowers: list[str], start: int, openers: tuple[list[str], ...]) -> bool:
    """Whether ``openers``, or "to" after a verb of linking, open the clause of a mention at
    ``start`` ("linked the tariffs to Brazil's judiciary launching proceedings")."""
    linked = not LINKING.isdisjoint(lowers[start - 5 : start]) and lowers[start - 1] == "to"
    return linked or any(lowers[max(0, start - len(o)) : start] == o for o in openers)
