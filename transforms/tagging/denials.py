"""Denials and dismissals that answer an earlier act: "Turkey has accused Stockholm of
harbouring militants. Sweden denies the charge."

Consumes a sentence's words and mentions and the article's events so far; produces, when the
sentence's subject denies or dismisses "the charge", "the accusations", "the claims" without
naming whose, a REJECT row (CAMEO 120) against the source of the article's last asserted
accusation aimed at that subject; when it rejects or dismisses "the measures", "the decision",
"the proposal", "the demands" (and the like), against the source of the last asserted act of
any kind (but a rejection) aimed at it ("The EU approved new sanctions against Russia ... The
Kremlin dismissed the measures"). Nothing else in the sentence says whose act it answers, so
the act must be in the same article and aimed at the denier; a denial with its own target
("denied the American accusations") is the verb patterns' business. The text does not date the
denial: the row takes the story's date, flagged as a fallback.
"""

import dataclasses
import re

from schemas.events import Event
from transforms.failures import stable_id
from transforms.tagging.event_rows import actor_columns, code_columns, sentence_columns, side_as
from transforms.tagging.mentions import Mention
from transforms.tagging.noun_predicates import NEGATIONS
from transforms.tagging.taxonomy import CameoCode
from transforms.tagging.text import Sentence, words

DENIAL_RE = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|dismisses|refuted|"
    r"refutes|disputed|disputes)"
    r" (?:(?:the|these|those|such|all|any|this|that|his|her|its|their) "
    r"(?:\w+ )?(?:charges?|accusations?|allegations?|claims?|assertions?|account|version|"
    r"measures|sanctions|decision|move|"
    r"proposals?|plan|demands?|requests?|appeals?|offers?|invitation|ultimatum|resolution|"
    r"criticism|remarks|comments|statement|warrants?|ruling|verdict|indictment|"
    r"case|complaint|lawsuit|filing|application"
    r"|involvement|responsibility|role|wrongdoing)"
    r"|(?:involvement|responsibility|wrongdoing)"
    r"|(?<=denied )that|(?<=denies )that|(?<=denying )that|(?<=denied )it|(?<=denies )it)\b"
    # the charge named before its denier: "..., a charge Baku denied", "..., which Baku denied",
    # "..., an accusation denied by Baku"
    r"|\b(?:charges?|accusations?|allegations?|claims?|which) (?:\w+ ){0,4}?"
    r"(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\b"
)  # "denied any involvement", "denied responsibility", "denied that ...": the accused answers
# What a rejected noun answers: an accusation; a threat (an ultimatum); a demand; a sanction;
# else the last act of any kind aimed at the denier ("The Kremlin dismissed the decision")
ANSWERED_TYPES = {
    "ultimatum": {"THREATEN"},
    "demand": {"REQUEST"},
    "demands": {"REQUEST"},
    "request": {"REQUEST"},
    "requests": {"REQUEST"},
    "appeal": {"REQUEST"},
    "appeals": {"REQUEST"},
    "offer": {"AGREE", "AID", "CONSULT"},
    "offers": {"AGREE", "AID", "CONSULT"},
    "invitation": {"AGREE", "CONSULT"},
    "measures": {"SANCTION"},
    "sanctions": {"SANCTION"},
    "criticism": {"ACCUSE"},
    "remarks": {"ACCUSE", "REQUEST"},
    "comments": {"ACCUSE", "REQUEST"},
}
# Nouns that name an accusation: a denial of one answers an accusation; of the others, the
# last act of any kind aimed at the denier ("The Kremlin dismissed the measures")
ACCUSATION_NOUNS = words(
    "charge charges accusation accusations allegation allegations claim claims involvement "
    "responsibility role wrongdoing assertion assertions account version "
    "case complaint lawsuit filing application"  # a case brought against the denier
)
DENIAL_VERBS = words(
    "denied denies deny denying rejected rejects rejecting dismissed dismisses refuted refutes "
    "disputed disputes"
)
REJECT_CODE = "120"
UNANSWERED = frozenset({"REJECT", "SUPPORT"})  # what a denial of "the decision" never answers
DENIAL_CONFIDENCE = 0.6


def answered_types(lowers: list[str], verb: int) -> set[str] | None:
    """The types of act the noun after a denying verb answers (None: any)."""
    following = lowers[verb + 1 : verb + 4]
    if ACCUSATION_NOUNS & set(following) or following[:1] in (["that"], ["it"]):
        return {"ACCUSE"}
    before = lowers[max(0, verb - 6) : verb]
    if ACCUSATION_NOUNS & set(before) or ("which" in before and lowers[verb].startswith("den")):
        return {"ACCUSE"}  # "a charge Baku denied", "which Baku denied"
    return next((ANSWERED_TYPES[word] for word in following if word in ANSWERED_TYPES), None)


def denial_verb(lowers: list[str]) -> int | None:
    """The position of the denying verb, the last of the sentence ("rejected mediation and
    accused France of ..., a charge Paris denied"), or None when the sentence negates it."""
    for index in range(len(lowers) - 1, -1, -1):
        if lowers[index] in DENIAL_VERBS:
            return None if NEGATIONS & set(lowers[max(0, index - 3) : index]) else index
    return None


def answered(events: list[Event], country: str, types: set[str] | None) -> Event | None:
    """The article's last asserted act of one of ``types`` (when None, any but a rejection or
    support: "Israel, backed by the US, rejected the resolution" answers no backing) aimed at
    ``country`` by another actor."""
    for event in reversed(events):
        if (
            (event.plover_type in types if types else event.plover_type not in UNANSWERED)
            and event.modality == "asserted"
            and event.target_country == country
            and event.source_country != country
        ):
            return event
    return None


def denials(
    sentence: Sentence,
    subjects: list[Mention],
    events: list[Event],
    code: CameoCode,
    trigger: str,
    types: set[str] | None = None,
) -> list[Event]:
    """A REJECT row from each subject to each source of the act it answers."""
    rows = []
    for subject in subjects:
        actor = subject.actor
        last = answered(events, actor.country, types) if actor is not None else None
        if actor is None or last is None:
            continue
        if any(row.source_code == actor.code for row in rows):
            continue
        # "Egypt and Sudan called on Ethiopia ... Ethiopia has rejected the demand": the act's
        # makers coded from one compound mention are all answered
        makers = [
            event
            for event in events
            if event.mention_id == last.mention_id
            and event.target_country == actor.country
            and event.modality == "asserted"
            and event.source_country != actor.country
        ]
        sources = {event.source_code: event for event in makers or [last]}
        rows.extend(
            _denial(sentence, subject, answer, code, trigger) for answer in sources.values()
        )
    return rows


def _denial(
    sentence: Sentence, subject: Mention, answer: Event, code: CameoCode, trigger: str
) -> Event:
    """The REJECT row of ``subject`` answering ``answer``."""
    actor = subject.actor
    return dataclasses.replace(
        answer,
        event_id=stable_id(
            answer.article_id,
            str(sentence.index),
            actor.code,
            answer.source_code or "",
            code.cameo,
            "denial",
        ),  # fmt: skip
        mention_id=stable_id(answer.article_id, str(sentence.index), "denial"),
        event_date=answer.article_date,
        date_precision="day",
        date_text=None,
        date_is_fallback=True,
        **actor_columns("source", subject.text, actor),
        **side_as(answer, "source", "target"),
        **code_columns(code),
        modality="asserted",
        **sentence_columns(sentence, trigger),
        location_name=None,
        location_country=None,
        location_source=None,
        location_lat=None,
        location_lon=None,
        location_admin1=None,
        location_geonames_id=None,
        location_precision=None,
        confidence=DENIAL_CONFIDENCE,
    )
