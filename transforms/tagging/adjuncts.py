"""Adjuncts at a clause's end: an event noun that opens an adjunct of the main clause ("during
a meeting with", "after a call with", ", in a phone call with", "arrived in Seoul for talks
with", "in solidarity with", "at the request of").

Consumes a sentence's lower-cased tokens and the position of an event noun; produces where the
adjunct's introducer stands (``trailing_adjunct``), so that the noun's event is read as the
main clause's subject's and with the main clause's mode. Split from ``asides``.
"""

from transforms.tagging.clause_frames import ahead_of, irregular_pasts
from transforms.tagging.gap_openers import is_digit_word
from transforms.tagging.text import words

TRAILING_INTRODUCERS = words("during after before following")
# Nouns of "at the request of X": X asked the main clause's subject
BIDDINGS = [[word] for word in ("request", "requests", "behest", "urging", "invitation")]
# Event nouns that need no article after an introducer ("after talks with")
PLURAL_EVENTS = words("talks negotiations consultations discussions meetings")
ARRIVALS = words(
    "arrived arrives arriving arrive crossed travelled traveled travels travel flew flies "
    "headed heads landed lands went goes came comes visited visits visiting"
)
BE_IN = words("is are was were")
ARRIVAL_REACH = 6
# Adverbs between a subject and its verb ("and Jordan later recalled its ambassador")
LINKING_ADVERBS = words("later then also subsequently separately meanwhile too")


def word_past_adverbs(lowers: list[str], index: int) -> str:
    """The word at ``index`` or, past adverbs there, the first after them ("" at the end)."""
    while index < len(lowers) and (lowers[index] in LINKING_ADVERBS or lowers[index][-2:] == "ly"):
        index += 1
    return lowers[index] if index < len(lowers) else ""


# Words between an article and its event noun ("a surprise visit", "in a thinly veiled warning")
EVENT_MODIFIERS = words(
    "surprise official state brief short rare historic secret working thinly veiled apparent "
    "clear stark stern sharp pointed direct latest fresh new phone telephone video"
)


def trailing_adjunct(lowers: list[str], start: int) -> int | None:
    """Where the introducer stands when the event noun at ``start`` opens an adjunct of the main
    clause ("during a meeting with", "after a call with", ", in a phone call with", ", at a
    meeting with", "arrived in Seoul for talks with"); else None."""
    if start > 2 and lowers[start - 1] == "in" and lowers[start] in ADVERBIAL_NOUNS:
        return start - 1  # "severed relations with Ecuador in solidarity with Mexico"
    if start > 1 and lowers[start] == "in" and lowers[start + 1 : start + 2] in ADVERBIAL_PHRASES:
        return start  # (a trigger that opens with the "in": "in support of")
    if start > 1 and lowers[start] == "under" and "pressure" in lowers[start + 1 : start + 3]:
        return start  # "suspended the warrants under pressure from the EU": the suspender's
    spanned = _time_span_start(lowers, start)
    if spanned is not None and lowers[start] in PLURAL_EVENTS:
        return spanned  # "after four hours of talks with", "after months of negotiations with"
    opening = start - 1
    while opening > start - 3 and opening > 0 and _modifier(lowers[opening]):
        opening -= 1  # "after a two-day trip to", "during a surprise visit to"
    article = opening >= 0 and lowers[opening] in ("a", "an")
    position = opening - 1 if article else start - 1
    if position < 2:
        return None
    if lowers[position] in TRAILING_INTRODUCERS and (article or lowers[start] in PLURAL_EVENTS):
        return position  # "after a call with", "after talks with"
    if (
        lowers[position] in ("in", "at")
        and lowers[position - 1] in (",", "said", "says")
        and article
    ):
        return position
    if lowers[start] == "at" and start > 1 and lowers[start + 2 : start + 3] in BIDDINGS:
        return start  # "Canada arrested Meng at the request of the United States"
    if lowers[position] == "for" and _arrival_before(lowers, position):
        return position  # "crossed into South Korea for talks with Moon"
    if (
        position >= 3
        and (article or lowers[start] in PLURAL_EVENTS)
        and lowers[position - 3 : position + 1] in PHASE_OPENERS
    ):
        return position - 3  # "at the end of a three-day visit to Spain"
    return None


# What opens a phase of an event that is the main clause's adjunct ("at the end of a visit to")
PHASE_OPENERS = [
    [opener, "the", phase, "of"]
    for opener in ("at", "by", "towards", "toward", "during", "in")
    for phase in ("end", "start", "beginning", "close", "conclusion", "course", "outset")
]


# Nouns of a bare "in" phrase that says how the main clause's subject acts ("in solidarity
# with", "in support of", "in protest at")
ADVERBIAL_NOUNS = words("solidarity support protest response retaliation defiance")
ADVERBIAL_PHRASES = [[noun] for noun in ADVERBIAL_NOUNS]
# "after four hours of talks", "following several rounds of negotiations"
SPANS = words("hours days weeks months years rounds round")
AMOUNTS = words(
    "a few several many more than nearly almost about over some two three four five six seven "
    "eight nine ten eleven twelve dozens"
)


def _time_span_start(lowers: list[str], start: int) -> int | None:
    """Where the introducer stands when the event noun at ``start`` ends a span of time that
    opens an adjunct ("after four hours of talks with", "after months of negotiations"), or
    None."""
    if start < 3 or lowers[start - 1] != "of" or lowers[start - 2] not in SPANS:
        return None
    position = start - 3
    while position > 1 and (lowers[position] in AMOUNTS or lowers[position].isdigit()):
        position -= 1
    return position if position > 0 and lowers[position] in TRAILING_INTRODUCERS else None


def _modifier(word: str) -> bool:
    """Whether a word may modify an event noun between its article and it ("two-day",
    "surprise", "official")."""
    return "-" in word or word in EVENT_MODIFIERS


def _arrival_before(lowers: list[str], position: int) -> bool:
    """Whether a verb of arrival or travel, or "is in", comes shortly before ``position``."""
    window = lowers[max(0, position - ARRIVAL_REACH) : position]
    return not ARRIVALS.isdisjoint(window) or any(
        window[k] == "in" and window[k - 1] in BE_IN for k in range(1, len(window))
    )


# Words that open a second phrase right after an opening one ("At the ministerial meeting in
# Luanda, under the mediation of Angola, the DRC and Rwanda reached an agreement")
CHAINED_OPENERS = words("under at in during amid with on following after")
CHAINED_REACH = 12  # words of such a phrase, up to its comma


def chained_phrases_end(lowers: list[str], comma: int) -> int:
    """The comma closing the opening phrases chained after the one ``comma`` closes (their
    actors, like the first's, are no subject's), else ``comma``."""
    while lowers[comma + 1 : comma + 2] and lowers[comma + 1] in CHAINED_OPENERS:
        reach = range(comma + 2, min(comma + CHAINED_REACH, len(lowers)))
        after = next((i for i in reach if lowers[i] == ","), 0)
        if not after:
            break
        comma = after
    return comma


# Prepositions whose object never opens the clause of a past verb right after it
OBJECT_ONLY = [["for"], ["with"], ["against"]]


def prepositional_object(lowers: list[str], start: int, verb: int) -> bool:
    """Whether a mention at ``start``, right before the past verb at ``verb``, is a
    preposition's object ("the three countries that mediated talks for Gaza asked"): no subject."""
    past = lowers[verb].endswith("ed") or lowers[verb] in irregular_pasts()
    return past and lowers[start - 1 : start] in OBJECT_ONLY


# Words before an event noun that make it an event already held ("following the meeting")
KNOWN_EVENT_OPENERS = [["following", "the"], ["after", "the"], ["since", "the"]]


def event_noun_mode(lowers: list[str], start: int, modality: str) -> str:
    """The mode of an event noun at ``start``, given its clause's: "ahead of Blinken's visit"
    is future; "will pause its curbs, following the meeting between Xi and Trump" is a meeting
    held, however its clause's act is meant."""
    if modality == "asserted" and ahead_of(lowers, start):
        return "future"
    follows = any(  # "a move that follows high-level talks", not "will be followed by a meeting"
        lowers[i] in ("follows", "followed") and lowers[i + 1] != "by"
        for i in range(max(start - 3, 0), start)
    )
    known = follows or lowers[start - 2 : start] in KNOWN_EVENT_OPENERS
    return "asserted" if known and modality in ("future", "hypothetical") else modality


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


def adjunct_mode(lowers: list[str], start: int, modality: str) -> str:
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
