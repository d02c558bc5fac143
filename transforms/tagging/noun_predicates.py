"""What the verb group after an event noun's phrase says of its event.

Consumes a sentence's lower-cased tokens and the position just after an event noun's phrase;
produces whether the event was called off ("the talks between A and B were postponed", "...
did not take place") and the mode a plan gives it ("a meeting between Putin and Xi is expected
in May"). An aside set off by commas between the phrase and its verb group is read past ("...,
planned for February, was postponed").
"""

from transforms.tagging.clause_frames import SUBJECT_OPENING
from transforms.tagging.text import words

# Forms of "be" before a participle ("were lifted", "was postponed")
BE_WORDS = frozenset({"was", "were", "be", "been", "is", "are"})
# Participles that, after an event noun's phrase, say the event did not happen.
CALLED_OFF = words("not cancelled canceled postponed delayed scrapped shelved")
# After "did not", "will not", "never": the verbs that say an event noun's event did not happen
# ("the talks between A and B did not take place", "the meeting never materialised")
HAPPENING = words(
    "take took taken happen happened materialise materialised materialize materialized occur "
    "occurred go went proceed proceeded begin begun start started"  # ("would not begin")
)
NEGATIONS = words("not n't never")  # (also what a denial after them undoes: ``denials``)
NEGATED_AUXILIARIES = words("did does do will would has have had could can")


ASIDE_REACH = 14  # words an aside between an event noun's phrase and its verb group may span


def past_aside(lowers: list[str], position: int) -> int:
    """Where the words after an aside set off by commas at ``position`` start: the verb group
    after an event noun's phrase ("Blinken's trip to China, planned for February, was
    postponed"), or after a subject's relative clause (``opening_subjects``); ``position`` when
    no aside of at most ASIDE_REACH words opens there."""
    if lowers[position : position + 1] != [","]:
        return position
    close = next(
        (
            i
            for i in range(position + 2, min(len(lowers), position + ASIDE_REACH))
            if lowers[i] == ","
        ),
        None,
    )
    return position if close is None else close + 1


def called_off(lowers: list[str], position: int) -> bool:
    """Whether the words at ``position``, just after an event noun's phrase (or an aside after
    it), say it did not happen: "the talks between A and B were postponed", "a meeting ... is
    not on the cards", "... did not take place"."""
    position = past_aside(lowers, position)
    after = lowers[position : position + 4]
    negator = next((i for i, word in enumerate(after[:3]) if word in NEGATIONS), None)
    if (
        negator is not None
        and NEGATED_AUXILIARIES.issuperset(after[:negator])
        and after[negator + 1 : negator + 2] != []
        and after[negator + 1] in HAPPENING
    ):
        return True  # "... did not take place", "... never happened", "... will not go ahead"
    if after[:1] == [","] or not after or after[0] not in BE_WORDS | {"has", "have", "had"}:
        return False
    rest = [word for word in after[1:] if word not in ("been", "now", "also", "again")]
    return bool(rest) and (rest[0] in CALLED_OFF or rest[:2] == ["called", "off"])


# The verb group after an event noun's phrase that makes the event a plan or a possibility: "a
# meeting between Putin and Xi is expected in May", "talks ... would resume only if"
PREDICATE_MODALS = {
    **dict.fromkeys(words("would could might may should"), "hypothetical"),
    **dict.fromkeys(words("will 'll"), "future"),
}
PREDICATE_PLANS = {
    **dict.fromkeys(
        words("expected likely possible unlikely undecided unclear uncertain"), "hypothetical"
    ),
    **dict.fromkeys(words("scheduled due set slated planned prepared"), "future"),
}


def predicate_mode(lowers: list[str], position: int) -> str | None:
    """The mode the verb group at ``position``, just after an event noun's phrase that is its
    clause's subject, gives the event ("... would resume", "... is expected in May"); None when
    it gives none."""
    position = past_aside(lowers, position)  # "a meeting ..., the first since 2019, is due"
    after = lowers[position : position + 3]
    if not after:
        return None
    if after[0] in PREDICATE_MODALS:
        return PREDICATE_MODALS[after[0]]
    if after[0] not in BE_WORDS | {"remains", "remain"}:
        return None
    rest = [w for w in lowers[position + 1 : position + 4] if w != "being" and w[-2:] != "ly"]
    return PREDICATE_PLANS.get(rest[0]) if rest else None  # "is potentially being prepared"


# Words after which a reported clause opens ("said the next meeting between A and B would")
REPORTED_OPENERS = words("said says told that")


def opens_clause(lowers: list[str], start: int) -> bool:
    """Whether an event noun at ``start`` opens its sentence or a reported clause, and so is
    the subject of the verb group after its phrase."""
    opener = max((i for i in range(start) if lowers[i] in REPORTED_OPENERS), default=-1)
    joined = 2 * lowers[opener + 1 : start].count("\u2010")  # "The UK-EU summit": one word
    return start - (opener + 1) - joined <= SUBJECT_OPENING
