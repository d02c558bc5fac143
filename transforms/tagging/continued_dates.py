"""Dates an event takes from outside its sentence: the sentence before's, when the event goes on
from it ("On Friday X met Y. They agreed ..."; "then"), and the story's, from its lead, for an
undated reaction ("The US faced criticism on Tuesday ... The Arab League condemned the move").

Consumes the rows of one sentence, the sentence before or the lead, and the publication date;
produces the rows dated by the date found there, or unchanged when none fits (a plan's day, a
background year or month, another act's date).
"""

import dataclasses
import datetime
import re

from schemas.events import Event
from transforms.tagging.dates import DateMention, find_dates
from transforms.tagging.event_dates import (
    ACT_BEFORE_RE,
    ACT_REACH,
    PRECISION_RANK,
    RELATIVE_AFTER_RE,
    long_before,
)
from transforms.tagging.text import Sentence

# A month the sentence before names is continued only within this many days of publication
MONTH_CONTINUED_DAYS = 31


def inherit_date(
    rows: list[Event], previous: Sentence | None, published: datetime.date
) -> list[Event]:
    """An undated event continues the previous sentence of its paragraph: it takes that
    sentence's date, if it has one ("On Friday X met Y. They agreed to ..."), as evidence-backed
    rather than a fallback to the publication date."""
    if previous is None or not rows or not all(row.date_is_fallback for row in rows):
        return rows
    if any(row.modality != "asserted" for row in rows):
        return rows
    dates = [
        d
        for d in find_dates(previous.text, published)
        if d.date <= published and not FUTURE_BEFORE_RE.search(previous.text, 0, d.start)
    ]  # ("the truce would begin on Thursday": a plan's day dates nothing done after it)
    if not dates:
        return rows
    found = min(dates, key=lambda d: (PRECISION_RANK[d.precision], -d.start))
    if THEN_RE.search(rows[0].sentence):  # "The League suspended Syria in 2011. Several
        # member states then recalled their ambassadors": that time's, history when long ago
        mode = "historical" if long_before(found.date, found.precision, published) else "asserted"
        return [dataclasses.replace(dated_by(row, found), modality=mode) for row in rows]
    if found.precision == "year":
        return rows  # "The EU imposed bans last year. Maduro expelled the envoy": background
    if found.precision == "month" and (published - found.date).days > MONTH_CONTINUED_DAYS:
        return rows  # "expelled two Russians in February" told in May: background too
    if rows[0].modality == "asserted" and long_before(found.date, found.precision, published):
        return rows  # a dated background sentence does not date the news after it
    return [dated_by(row, found) for row in rows]


THEN_RE = re.compile(  # "then recalled", "at the time", "in the same year", "that same day"
    r"\bthen\s+[a-z]+ed\b|\bat (?:the|that) time\b|\b(?:the|that) same (?:year|month|week|day)\b"
)


# A plan or prospect told before a date in the sentence before: the date is the plan's
FUTURE_BEFORE_RE = re.compile(
    r"\b(?:will|would|shall|is due|are due|set to|scheduled|expected to|plans? to)\b|'ll\b"
)


def dated_by(row: Event, found: DateMention) -> Event:
    """``row`` dated by a date the text gives (no longer a fallback)."""
    return dataclasses.replace(
        row,
        event_date=found.date,
        date_precision=found.precision,
        date_text=found.text,
        date_is_fallback=False,
    )


# The lead's date is the story's: a reaction with no date of its own happened on the day of the
# news ("The US faced criticism on Tuesday ... The Arab League condemned the move") if recent.
STORY_DATE_SENTENCES = 2
STORY_DATE_DAYS = 7


def story_date(lead: list[Sentence], published: datetime.date) -> DateMention | None:
    """The first day-precise date of the lead's sentences, within a week before publication."""
    for sentence in lead[:STORY_DATE_SENTENCES]:
        for found in find_dates(sentence.text, published):
            if (
                FUTURE_BEFORE_RE.search(sentence.text, 0, found.start)
                or ACT_BEFORE_RE.search(sentence.text, max(0, found.start - ACT_REACH), found.start)
                or RELATIVE_AFTER_RE.search(sentence.text, 0, found.start)
            ):
                continue  # "the truce would begin on Thursday", "after the election on July 28",
                # "the shootout that left three dead over the weekend": a plan's day or another
                # act's, not the story's
            if found.precision == "day" and 0 <= (published - found.date).days <= STORY_DATE_DAYS:
                return found
    return None


def with_story_date(rows: list[Event], found: DateMention | None) -> list[Event]:
    """Asserted rows still dated by the publication date fall back to the story's date, but for
    an act in a "since" clause ("his first trip since the ICC issued a warrant"): its own."""
    if found is None:
        return rows
    return [
        dated_by(row, found)
        if row.date_is_fallback and row.modality == "asserted" and not _since_clause(row)
        else row
        for row in rows
    ]


SINCE_CLAUSE_RE = re.compile(r"\bsince\b[^,;]*$", re.IGNORECASE)


def _since_clause(row: Event) -> bool:
    """Whether a row's trigger stands in a clause "since" opens, with no comma between."""
    at = row.sentence.find(row.trigger_text)
    return at > 0 and SINCE_CLAUSE_RE.search(row.sentence, 0, at) is not None
