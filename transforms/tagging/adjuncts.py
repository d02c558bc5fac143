"""Adjuncts at a clause's end: an event noun that opens an adjunct of the main clause ("during
a meeting with", "after a call with", ", in a phone call with", "arrived in Seoul for talks
with", "in solidarity with", "at the request of").

Consumes a sentence's lower-cased tokens and the position of an event noun; produces where the
adjunct's introducer stands (``trailing_adjunct``), so that the noun's event is read as the
main clause's subject's and with the main clause's mode. Split from ``asides``.
"""

import calendar
import itertools

from transforms.tagging.clause_frames import ahead_of, irregular_pasts
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
QUOTE_MARKS = words('" “ ” ‘ ’')
EVENT_MODIFIERS = words(
    "surprise official state brief short rare historic secret working thinly veiled apparent "
    "clear stark stern sharp pointed direct latest fresh new phone telephone video productive "
    "constructive fruitful cordial frank candid lengthy intensive bilateral trilateral informal "
    "formal emergency extended marathon detailed"  # ("after productive talks with Beijing")
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
    while opening > start - 4 and opening > 0 and _modifier(lowers[opening]):
        opening -= 1  # "after a two-day trip to", "during a surprise visit to"
    article = opening >= 0 and lowers[opening] in ("a", "an")
    position = opening - 1 if article else opening  # ("after productive talks with")
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
    return "-" in word or word in EVENT_MODIFIERS or word in QUOTE_MARKS  # ('"fruitful" talks')


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
    if modality in ("asserted", "future") and "anniversary" in lowers[max(start - 4, 0) : start]:
        return "historical"  # "the 60th anniversary of the normalization of ties between"
    window = lowers[max(start - 3, 0) : start]
    if modality == "asserted" and any(pair in RESUMING for pair in itertools.pairwise(window)):
        return "hypothetical"  # "contacts to revive negotiations between Iran and the US"
    follows = any(  # "a move that follows high-level talks", not "will be followed by a meeting"
        lowers[i] in ("follows", "followed") and lowers[i + 1] != "by"
        for i in range(max(start - 3, 0), start)
    )
    known = follows or lowers[start - 2 : start] in KNOWN_EVENT_OPENERS
    if known and modality in ("future", "hypothetical"):
        return "asserted"
    # "agreed to extend the truce, following a renewed round of talks between", "was released
    # immediately after a meeting between": an event the clause's complement does not frame
    return "asserted" if modality == "hypothetical" and _after_one(lowers, start) else modality


# An infinitive that would bring back the event noun after it: not under way ("to resume talks")
RESUMING = {("to", verb) for verb in words("revive resume restart relaunch reopen reactivate")}
# Words between "after"/"following" and the event noun of a past event ("following a renewed
# round of military-level discussions")
HELD_GAP = words("a an renewed fresh new second third fourth final latest round rounds of")
HELD_REACH = 6


def _after_one(lowers: list[str], start: int) -> bool:
    """Whether the event noun at ``start`` is the object of "after" or "following" past an
    indefinite article and modifiers only."""
    for position in range(start - 1, max(start - HELD_REACH, 0) - 1, -1):
        if lowers[position] in ("after", "following"):
            return position < start - 1
        if lowers[position] not in HELD_GAP and not _modifier(lowers[position]):
            return False
    return False


DATE_WORDS = frozenset(
    name.lower() for name in (*calendar.month_name, *calendar.month_abbr) if name
) | {"sept"}


def parenthesised_date(lowers: list[str], close: int) -> int:
    """How many tokens a parenthesised date ending at ``close`` takes ("(21)", "(Apr 18)",
    "(Oct. 26)"), or 0 when no such date ends there."""
    opening = next((i for i in range(close - 1, max(close - 5, -1), -1) if lowers[i] == "("), -1)
    inside = [word.rstrip(".") for word in lowers[opening + 1 : close]]
    dated = inside and all(word.isdigit() or word in DATE_WORDS for word in inside)
    return close - opening + 1 if lowers[close] == ")" and opening >= 0 and dated else 0
