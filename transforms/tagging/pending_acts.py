"""Pending acts: acts a sentence names that are not (yet) done. A meeting in a sentence-opening
adjunct before a main clause that looks ahead ("During a bilateral meeting with Li, Yoon is
expected to ask") is still to come; a present verb after "before" ("a day before Sarkozy heads
to Beijing"), or after "when" in a sentence that says "will" ("The countries will discuss a deal
when Rubio visits the country"), is scheduled; what an "until" clause waits for ("until Israel
ends its war with Hamas"), what a deadline is given for ("were granted 60 days to withdraw") and
what an attempt seeks ("the efforts made by Egypt and Qatar to reach the deal") are conditions or
aims, not deeds.

Consumes a sentence's lower-cased tokens, the position of a trigger and the mode its clause's cues
gave; produces the mode the act takes (``event_modality`` applies them).
"""

from transforms.tagging.clause_frames import irregular_pasts
from transforms.tagging.gap_openers import is_digit_word
from transforms.tagging.text import words


def scheduled_after_before(lowers: list[str], start: int) -> bool:
    """Whether the verb at ``start`` is a third-person present ("heads", "visits") in a clause
    that "before" opens a few words earlier, or "when" in a sentence that said "will" before it,
    with no comma between."""
    word = lowers[start]
    if not (word.endswith("s") and not word.endswith("ss") and word.isalpha()):
        return False
    window = lowers[max(0, start - BEFORE_REACH) : start]
    if "before" in window and "," not in window[window.index("before") :]:
        return True
    reach = range(start - 1, max(0, start - WHEN_REACH) - 1, -1)
    when = next((i for i in reach if lowers[i] == "when"), None)
    return when is not None and "," not in lowers[when:start] and "will" in lowers[:when]


BEFORE_REACH = 5  # "before the Chinese foreign minister heads to"
WHEN_REACH = 8  # "when Secretary of State Marco Rubio visits"


# A sentence-opening adjunct holding an event noun, closed by a comma within this many words
OPENING_REACH = 14
OPENING_INTRODUCERS = words("during in at")
# The main clause's subject and a cue that it looks ahead, within this many words of the comma
MAIN_REACH = 9
AHEAD_CUES = [
    cue.split()
    for cue in (
        "will",
        "would",
        "is expected to",
        "are expected to",
        "is likely to",
        "are likely to",
        "is set to",
        "are set to",
        "is due to",
        "is scheduled to",
        "plans to",
        "intends to",
    )
]
# Verbs of a main clause already said, before any cue ("In talks with X, Y said he will")
SAID = words("said says told stressed noted added announced urged called")
# Words in an opening adjunct before its noun that make it no plain event noun phrase
NOUN_OPENING = words("this these since after when as while before")


def is_past(word: str) -> bool:
    """A past verb of an already told main clause ("the two countries reaffirmed they would")."""
    return (word.endswith("ed") and word not in ("united", "led")) or word in irregular_pasts()


def opening_ahead(lowers: list[str], start: int) -> bool:
    """Whether the event noun at ``start`` opens the sentence in an adjunct whose main clause
    looks ahead ("During a bilateral meeting with Li, Yoon is expected to ask", "In his talks
    with Kishida, Yoon is likely to raise"): the meeting is still to come."""
    if not lowers or lowers[0] not in OPENING_INTRODUCERS or start > OPENING_REACH:
        return False
    if not NOUN_OPENING.isdisjoint(lowers[1:start]) or "," in lowers[:start]:
        return False  # "In this summit", "In the summit since they began mending ties"
    if lowers[start].endswith("ing") and lowers[start] != "meeting":
        return False
    comma = next(
        (i for i in range(start + 1, start + OPENING_REACH) if lowers[i : i + 1] == [","]), None
    )
    if comma is None:
        return False
    for position in range(comma + 1, min(comma + 1 + MAIN_REACH, len(lowers))):
        if lowers[position] in SAID or lowers[position] == "," or is_past(lowers[position]):
            return False
        if any(lowers[position : position + len(cue)] == cue for cue in AHEAD_CUES):
            return True
    return False


UNTIL_REACH = 10  # words from "until" to the act it conditions
UNTIL_STOPS = words(", ; . : that which while but")
ARTICLES = words("a an the its their his her")


def until_clause(lowers: list[str], start: int) -> bool:
    """Whether the act at ``start`` is what an "until" clause waits for ("will continue
    hostilities until Israel ends its war", "until the Israeli government authorizes an
    uninterrupted flow of aid to Gaza"): a condition, not a deed; one told in the past ("until
    Russia withdrew from the deal in July") happened."""
    for position in range(start - 1, max(start - UNTIL_REACH, 0) - 1, -1):
        if lowers[position] in UNTIL_STOPS:
            return False
        if lowers[position] in ("until", "till"):
            told = range(position + 1, start + 1)  # (not "an uninterrupted flow of aid")
            return not any(is_past(lowers[i]) and lowers[i - 1] not in ARTICLES for i in told)
    return False


def opening_mode(lowers: list[str], start: int, modality: str) -> str:
    """The mode of the act at ``start`` under an opening adjunct whose main clause looks ahead
    (``opening_ahead``: future)."""
    return "future" if modality == "asserted" and opening_ahead(lowers, start) else modality


def until_mode(lowers: list[str], start: int, modality: str, speech: bool) -> str:
    """The mode of the act at ``start`` inside an "until" clause (``until_clause``), given a
    deadline ("were granted 60 days to withdraw from southern Lebanon") or sought by an attempt
    (``attempted``; not a ``speech`` act: "an attempt to coerce Ukraine" is pressure put)."""
    count, unit, to = lowers[start - 3 : start] if start >= 3 else ("", "", "")
    given = to == "to" and unit in SPANS_GIVEN and (is_digit_word(count) or count in NUMBER_WORDS)
    held = modality in ("asserted", "future")
    sought = modality == "asserted" and not speech and attempted(lowers, start)
    aimed = given or until_clause(lowers, start) or sought
    return "hypothetical" if held and aimed else modality


SPANS_GIVEN = words("hours days weeks months")
NUMBER_WORDS = words("two three four five six seven eight ten twelve fifteen thirty sixty")


# Nouns of an attempt whose "to" names what is sought, not done ("the efforts made by Egypt,
# Qatar, the US and Türkiye to reach the ceasefire deal")
ATTEMPT_NOUNS = words(
    "efforts effort endeavours endeavors endeavour endeavor attempts attempt bid steps"
)
ATTEMPT_REACH = 14  # words from the attempt noun to the "to" before the act
MEDIATING = ("mediat", "broker", "facilitat")  # (an effort to mediate is mediation)
ATTEMPT_STOPS = words(". ; : that which after before when while because since")


def attempted(lowers: list[str], start: int) -> bool:
    """Whether the act at ``start`` is the aim of an attempt noun before it, past its makers."""
    if lowers[start - 1 : start] != ["to"] or lowers[start].startswith(MEDIATING):
        return False
    for position in range(start - 2, max(start - ATTEMPT_REACH, 0) - 1, -1):
        if lowers[position] in ATTEMPT_STOPS or (
            is_past(lowers[position]) and lowers[position + 1] != "by"
        ):
            return False  # "efforts gained momentum after X and Y agreed to", not "efforts made by"
        if lowers[position] in ATTEMPT_NOUNS:
            return True
    return False
