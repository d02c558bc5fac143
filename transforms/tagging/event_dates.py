"""Event dates: the date of an event from its own sentence (``continued_dates``: from outside).

Consumes a sentence's text, the trigger's offsets, the modality and the publication date;
produces (date, precision, date text, whether it fell back to the publication date). Dates behind
a relative or new clause are another event's; a period ended over a year ago means historical.
"""

import dataclasses
import datetime
import re

from transforms.tagging.dates import MONTHS, DateMention, find_dates

# An asserted event dated in a period that ended more than this many days before publication is
# told as background: modality "historical" ("Qatar backed the rebels in 2012").
HISTORICAL_DAYS = 365
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}  # the finest date wins
REPORTED_DATE_RE = re.compile(
    r"\b(?:said|says|announced|told reporters|stated|added|pledged|vowed|promised|agreed|"
    r"decided|committed|threatened|warned|offered)"
    r"(?:\s+the\s+[a-z-]+(?:\s+[a-z-]+)?)?\s*$"  # (or inverted: "said the press statement on")
)
RELATIVE_OPENER_RE = re.compile(
    r",\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?)?(?:which|who|whose|whom|where)\b"
)  # (", a leftist who took office in August,": an apposition's relative clause too)
# Between a trigger and a date, a relative or new clause makes the date another event's ("its
# embassy in Damascus, which was closed in 2012", "met on Monday, as the two seek to repair").
CLAUSE_BREAK_RE = re.compile(
    r",\s*(?:which|who|where|when|after|before|since|and|but|as|while|whereas)\b|;|\bwhich\b|\bwhose\b|\bsince\b"
    r"|\b(?:days?|weeks?|months?|years?|decades?)\s+(?:after|since)\b"
    r"|\band\s+(?:will|would|then|later)\b"  # "met X and will travel to Y next week"
    r"|\b(?:after|before|until)\s[^,;]*\b(?:was|were|had\s+been)\s+[a-z]+ed\b"  # (passive)
    r"|\bthat\s+(?:took\s+place|happened|occurred)\b"  # "over the incident that took place"
)
WHEN_RE = re.compile(r",\s*when\s+[^,;]*$")  # a date's own when-clause holds the trigger
AND_RE = re.compile(r"\band\b")  # a conjunct between a date and a later trigger
MODAL_CONJUNCT_RE = re.compile(r"[^,.;]*\band\s+(?:will|would)\b")
# A past conjunct between a date and a future trigger: "met in June and agreed to resume talks"
PAST_CONJUNCT_RE = re.compile(r"\band\s+[a-z]+ed\s+to\b")
# A speech tag between a date and a trigger after it (", the ministry said,", '," X said in it,')
SPEECH_TAG_RE = re.compile(r",[^,]{1,80}\b(?:said|says|announced|added|stated)\b[^,.;]{0,30},")
# A lapse that opens a clause ("seven years after X cut ties") dates that clause only
LAPSE_OPENER_RE = re.compile(r"(?:years?|decades?)\s+(?:after|since)$", re.IGNORECASE)
LAPSE_BEFORE_RE = re.compile(r"\W*(?:\w+\s+)?(?:hours|days|weeks|months)\s+after\b", re.I)

# A relative clause on its own past verb between a trigger and a later date: the date is its verb's
RELATIVE_AFTER_RE = re.compile(
    r"\b(?:that|which)\s+(?:[a-z]+ed|struck|hit|took|began|broke|left)\b[^,;.]*$"
)
# A past participle after a noun (and its comma), right before a date, opens a reduced relative
# clause whose date is its own ("the move announced on Monday", "a hack on the Electoral
# Commission, disclosed last year"); after "be" or "have" it is the main verb's.
REDUCED_RELATIVE_RE = re.compile(
    r"\b(?!(?:is|are|was|were|be|been|being|has|have|had)\b)(?:[a-z]+|[A-Za-z]+,) [a-z]+ed "
    r"(?:on |in |last )?$"
    r"|\b[a-z]+ (?:[A-Z][\w'-]*\s+){1,6}(?:[a-z]+ed|made|took|gave|sent|signed|set) "
    r"(?:to [A-Z][\w'-]* )?(?:on |in )?$"
)  # and a contact clause: "recognized the plan Morocco made in 2007"


def long_before(day: datetime.date, precision: str, published: datetime.date) -> bool:
    """Whether a dated period ended more than ``HISTORICAL_DAYS`` before publication."""
    if precision == "year":
        end = day.replace(month=12, day=31)
    elif precision == "month":
        end = day.replace(day=28) + datetime.timedelta(days=4)
    else:
        end = day + datetime.timedelta(days=6 if precision == "week" else 0)
    return (published - end).days > HISTORICAL_DAYS


def _as_statement_date(found: DateMention, text: str, published: datetime.date) -> DateMention:
    """A weekday after "said" (or "pledged", "agreed") dates the statement, past ("Y said on
    Tuesday"), as does a date opening a past sentence ("In March, X said"): resolved backwards."""
    intent = INTENT_AFTER_RE.match(text, found.end) and PAST_VERB_BEFORE_RE.search(
        text[max(0, found.start - 30) : found.start]
    )  # "agreed in March to restore ties": the agreement's date
    opening = text[: found.start] in LEAD_INS and OPENING_PAST_RE.match(text, found.end)
    if not (intent or opening) and (
        found.precision != "day"
        or not (
            REPORTED_DATE_RE.search(text[max(0, found.start - 30) : found.start])
            or PAST_VERB_AFTER_RE.match(text, found.end)  # "The Taliban on Saturday rejected"
        )
    ):
        return found
    past = find_dates(found.text, published, future=False)
    return dataclasses.replace(found, date=past[0].date) if past else found


# "to" right after a date that follows a past verb: the date is the pledge's or agreement's
INTENT_AFTER_RE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b)[a-z]+")
PAST_VERB_BEFORE_RE = re.compile(  # ("clinched a deal on March 10 to restore ties")
    r"\b(?:[a-z]+ed|vowed|said)(?:\s+(?:a|an)\s+(?:deal|agreement|accord|pact))?\s+(?:on\s+)?$"
)
LEAD_INS = ("", "Earlier ", "Later ")  # before a date opening a sentence ("Earlier on Monday, X")
OPENING_PAST_RE = re.compile(  # a subject's capitalised words, then a past verb of speech
    r",\s+(?:(?:[A-Z][\w.'-]*|and)\s+){1,6}(?:said|announced|stated|agreed|pledged|promised|decided)\b"
)
SINCE_RE = re.compile(r"\bsince\b", re.IGNORECASE)
SINCE_CLAUSE_RE = re.compile(r"(?i)\bsince\b[^,;]*$")  # ("since Albanese took power in May,")
EFFECTIVE_RE = re.compile(r"\b(?:effective|as of|starting)\s+$", re.I)  # ("effective Feb 24")
# An infinitive after a trigger: a month or year after it is the infinitive's act's
INFINITIVE_RE = re.compile(
    r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|both|each|all)\b)[a-z]+"
)  # ("added Huawei to its entity list in 2019": no infinitive)
# A past-tense verb right after a date: the date is that verb's, in the past
PAST_VERB_AFTER_RE = re.compile(r"\s+(?:also\s+)?(?:[a-z]+ed|said|met|held|told|sent|made)\b")


# A quotation or a report between a trigger and a date: the date is the report's act's
REPORT_RE = re.compile(r'[“”"]|\b(?:said|says|adding|added)\b')
# A past verb and "to" right before a trigger: an infinitive complement ("agreed to exchange")
PAST_VERB_TO_RE = re.compile(r"\b(?:[a-z]+ed|vowed)\s+to\s+$")


def _behind(found: DateMention, published: datetime.date) -> bool:
    """Whether a month or year is already past when published: an explicit one before it ("in
    2016", "in May 2021", "late last year"), or a bare month earlier in the publication year
    (said in July, "agreed to exchange ambassadors in May" dates the agreement)."""
    text = found.text.lower()
    if found.precision not in ("month", "year") or "next" in text:
        return False
    if "last" in text.split() or any(c.isdigit() for c in text):
        return found.date < published.replace(month=1, day=1) or (
            found.precision == "month" and found.date < published.replace(day=1)
        )
    month = next((n for name, n in MONTHS.items() if name in text.split()), None)
    return month is not None and month < published.month


def _inside_relative_clause(text: str, position: int, trigger: int) -> bool:
    """Whether ``position`` lies in a relative clause closed by a comma before ``trigger``, or
    a few words into a restrictive one about the subject ("The junta that took power in 2021
    ordered": 2021 is the seizure's)."""
    if RESTRICTIVE_BEFORE_RE.search(text, max(0, position - 40), position):
        return True
    openers = list(RELATIVE_OPENER_RE.finditer(text, 0, position))
    return bool(openers) and "," in text[position:trigger]


RESTRICTIVE_BEFORE_RE = re.compile(
    r"\b(?:that|who)\s+(?:[a-z]+ed|took|seized|won|came|made|held|led)\b[^,;.]{0,25}$"
)


def _past_relative_clause(text: str, start: int, position: int) -> bool:
    """Whether the trigger at ``start`` sits in a relative clause a comma closes before
    ``position`` ("X and Y, which severed ties in 2016, agreed on Friday": Friday is not it)."""
    openers = list(RELATIVE_OPENER_RE.finditer(text, 0, start))
    return (
        bool(openers)
        and "," not in text[openers[-1].end() : start]
        and ("," in text[start:position])
    )


# A date between a determiner and another act's noun ("its Oct. 7 attack", "the 2015 deal") or
# right after one ("a coup on July 26") is that act's; a call's ("the July 25 call") frames it.
DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|its|his|her|their|this|that|a|an)\s+$", re.IGNORECASE)
ACT_BEFORE_RE = re.compile(
    r"\b(?:a|the|its) (?:[a-z-]+ )?(?:coup|attack|invasion|election) (?:on |in )?$"
    r"|\b(?:the|their|its|his|her) (?:previous|last|earlier|first|prior|second|third) (?:meeting|"
    r"summit|talks|visit|trip|call|round)(?: of| on| in| to(?: [A-Z][\w-]*)+(?: in)?)? $"
)  # within ACT_REACH characters before a date ("the presidential election on July 28", "the
# previous meeting of November 1", "his second visit to Kazakhstan in 2024")
ACT_REACH = 40
# A month or year after a harm done to someone is the harm's ("suspended visas ... over the
# killing of Sikh leader Hardeep Singh Nijjar in June")
HARM_OF_RE = re.compile(
    r"\b(?:killing|murder|assassination|death|abduction|kidnapping|poisoning|arrest|detention)s?"
    r" of (?:[\w'’.-]+ ){1,8}(?:in |last )?$"
)
HARM_REACH = 90
OTHER_ACT_AFTER_RE = re.compile(
    r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:attacks?|assault|massacre|invasion|incursion|raids?|strikes?|"
    r"bombings?|offensive|war|coup|elections?|vote|referendum|deal|treaty|agreement|accord|pact|"
    r"resolution|ceasefire|truce)\b"
)
# An answer's cause: a date in it is the cause's ("in response to a cyberattack last year")
RESPONSE_RE = re.compile(
    r"(?i)\b(?:in response to|in retaliation for|in reaction to)\s+(?:the|an?|its|their)\s[^,.;]*$"
)
# A gathering after a future act's trigger, past a comma: a date after it is the gathering's
HELD_AT_RE = re.compile(r",\s*(?:during|at|after)\s+(?:the\s+)?(?:talks|meeting|summit)\b[^,;]*$")
RELATIVE_DATE_WORDS = ("last", "this", "next", "past", "previous", "coming")


def _attributive(text: str, found: DateMention, start: int, end: int) -> bool:
    """Whether a date stands between a determiner and the noun of another act or a document
    (one outside the trigger at ``[start, end)``), naming that noun's date."""
    if text[found.end : found.end + 2] in ("'s", "’s") and 0 < found.start - start < 16:
        return True  # "condemned last night's airstrikes by": the strikes' date, the object's
    if found.text.lower().startswith(RELATIVE_DATE_WORDS):
        return False  # "during the last year he led": a span, no noun's date
    after = OTHER_ACT_AFTER_RE.match(text, found.end)
    act = ACT_BEFORE_RE.search(text, max(end, found.start - ACT_REACH), found.start)
    reach = max(end if found.start >= end else 0, found.start - HARM_REACH)
    harm = found.precision in ("month", "year") and HARM_OF_RE.search(text, reach, found.start)
    return (
        act is not None
        or bool(harm)
        or bool(
            after
            and DETERMINER_BEFORE_RE.search(text[max(0, found.start - 8) : found.start])
            and not (start <= after.end() - 1 < end)  # the trigger's own noun: its date
        )
    )


def _dates_for(text: str, published: datetime.date, modality: str, end: int) -> list[DateMention]:
    """The sentence's dates, a bare weekday read forward for a future act, and for a planned
    or expected one when it follows the trigger ("is expected to visit China on Sunday": the
    coming Sunday; "On Monday, X urged Y to visit" keeps Monday the urging's, past)."""
    found = find_dates(text, published, future=modality == "future")
    if modality != "hypothetical":
        return found
    ahead = {(d.start, d.end): d for d in find_dates(text, published, future=True)}
    return [ahead.get((d.start, d.end), d) if d.start >= end else d for d in found]


def date_of_event(
    text: str, published: datetime.date, modality: str, start: int, end: int
) -> tuple[datetime.date, str, str | None, bool]:
    """The date nearest the trigger in its sentence, or the publication date as a fallback."""
    dates, relative = [], text[start:end].endswith((" that", " which"))  # "hailed a plan that"
    for found in _dates_for(text, published, modality, end):
        between = text[min(end, found.end) : max(start, found.start)]
        if CLAUSE_BREAK_RE.search(between) and not (found.end <= start and WHEN_RE.match(between)):
            continue  # (but "began on June 5, 2017, when the four countries accused": that time)
        if relative and found.start >= end:
            continue  # "welcomed a proposal that China put forward last week": the proposal's
        if found.end <= start and MODAL_CONJUNCT_RE.match(text, found.end, start + 6):
            continue  # "met X on Monday and will travel to Y": Monday is the meeting's
        past_conjunct = PAST_CONJUNCT_RE.search(text, found.end, start)
        if modality == "future" and found.end <= start and past_conjunct:
            continue  # "met in June and agreed to resume talks": June is the meeting's
        if _attributive(text, found, start, end):
            continue  # "condemned Hamas for its Oct. 7 attack": the attack's date, a noun's
        if modality == "asserted" and EFFECTIVE_RE.search(
            text, max(0, found.start - 14), found.start
        ):
            continue  # "will lower the level of relations effective February 24": its start
        since = SINCE_CLAUSE_RE.search(text, 0, found.start) and "," in text[found.end : start]
        spans = SINCE_RE.search(text[max(0, found.start - 6) : found.start + 6]) or since
        if spans and not (found.end <= start and WHEN_RE.match(text[found.end : start])):
            continue  # "the first meeting since 2022" (not "since 2008, when Morales expelled")
        if found.end <= start and SPEECH_TAG_RE.search(text, found.end, start):
            continue  # "will hold drills next month, the ministry said, drawing a rebuke": the
            # participle after the speech tag is the statement's, not the drills' month
        if found.end <= start and _inside_relative_clause(text, found.start, start):
            continue  # "Australia, whose navy has sailed there since 2020, accused ..."
        if found.start >= end and _past_relative_clause(text, start, found.start):
            continue  # "X and Y, which severed ties in 2016, agreed on Friday": the agreement's
        lapse = LAPSE_OPENER_RE.search(found.text) or LAPSE_BEFORE_RE.match(text, 0, found.start)
        if lapse and (found.start >= end or "," in text[found.end : start]):
            continue  # "reopened embassies, seven years after Riyadh cut ties": the cut's date
        if found.start >= end and REDUCED_RELATIVE_RE.search(text[end : found.start]):
            continue  # "condemned the move announced on Monday by X": the move's date
        if found.start >= end and RELATIVE_AFTER_RE.search(text[end : found.start]):
            continue  # "talked about the earthquake that struck Syria this month": the quake's
        cause = text[end : found.start] if found.start >= end else text[: found.start]
        if RESPONSE_RE.search(cause) and (found.start >= end or "," in text[found.end : start]):
            continue  # "in response to a cyberattack last year", "In retaliation for X last month,"
        later = found.start >= end
        if modality == "future" and later and HELD_AT_RE.search(text[end : found.start]):
            continue  # "agreed to hold consultations ..., during talks at Camp David on Friday"
        behind = _behind(found, published) and not REPORT_RE.search(text, end, found.start)
        if (
            modality != "future"
            and found.start >= end
            and found.precision in ("month", "year")
            and INFINITIVE_RE.search(text[start : found.start])
            and not behind
        ):
            continue  # "invited Macron to attend the summit in September": the summit's month
        if (
            modality == "future"
            and behind
            and found.start >= end
            and PAST_VERB_TO_RE.search(text, 0, start)
        ):
            continue  # "agreed to exchange ambassadors in May", said in July: May is the
            # agreement's, past, not next year's May
        statement = _as_statement_date(found, text, published)
        if statement is not found:
            dates.append(statement)
        elif not (modality != "asserted" and found.date < published):
            dates.append(found)
    if not dates:
        return published, "day", None, True
    nearest = min(
        dates,
        key=lambda d: (
            PRECISION_RANK[d.precision],
            d.end <= start and AND_RE.search(text, d.end, start) is not None,
            min(abs(d.start - end), abs(start - d.end)),
        ),
    )  # ("reopened its embassy in 2018 and hosted Assad last year": 2018 is the reopening's)
    return nearest.date, nearest.precision, nearest.text, False
