"""Event rows: what one trigger's filled slots become in the events table.

Consumes a pattern's (source, target) mention pairs with the modality and confidence the tagger
found, the sentence and its tokens; produces ``Event`` rows: the date of the act (a future date
makes an asserted act future, an old one historical unless the verb is in the present), the
CAMEO code (refined by the words around the trigger, its future form for promises, the
readings), the place (a visited place, else the sentence's, else the dateline) and stable ids.
"""

from schemas.events import Event
from transforms.failures import stable_id
from transforms.tagging import clause_frames, readings, recoding
from transforms.tagging.document import Document
from transforms.tagging.event_dates import date_of_event, long_before
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.modality import HISTORICAL
from transforms.tagging.pairs import actor_of
from transforms.tagging.patterns import Pattern, TriggerMatch
from transforms.tagging.places import Place, sentence_place
from transforms.tagging.taxonomy import CameoCode, future_code
from transforms.tagging.text import Sentence, Token

MIN_CONFIDENCE = 0.5  # rows below it are not written
SIDE_FIELDS = ("text", "name", "country", "sector", "code")


# Visits made and hosted (CAMEO 042, 043): acts of officials, not of a population
VISITS = frozenset({"042", "043"})


def actor_columns(side: str, text: str, actor: Actor) -> dict[str, str | None]:
    """The columns of one side ("source" or "target") of an events row."""
    values = (text, actor.name, actor.country, actor.sector, actor.code)
    return {f"{side}_{field}": value for field, value in zip(SIDE_FIELDS, values, strict=True)}


def side_as(event: Event, side: str, as_side: str) -> dict[str, str | None]:
    """One side of an existing row as the other side of a new one (an answer's target is the
    answered act's source)."""
    return {f"{as_side}_{field}": getattr(event, f"{side}_{field}") for field in SIDE_FIELDS}


def sentence_columns(sentence: Sentence, trigger: str) -> dict[str, object]:
    """The columns that say where in the article a row was coded: the trigger's words, the
    sentence, its index and offsets."""
    return {
        "trigger_text": trigger,
        "sentence": sentence.text,
        "sentence_index": sentence.index,
        "char_start": sentence.start,
        "char_end": sentence.end,
    }


def code_columns(code: CameoCode) -> dict[str, object]:
    """The columns a CAMEO code sets: PLOVER type and mode, root, quad class, Goldstein."""
    return {
        "plover_type": code.plover_type,
        "plover_mode": code.plover_mode,
        "cameo_code": code.cameo,
        "cameo_root": code.root,
        "quad_class": code.quad_class,
        "goldstein": code.goldstein,
    }


def event_rows(
    taxonomy: dict[str, CameoCode],
    version: str,
    document: Document,
    sentence: Sentence,
    tokens: list[Token],
    match: TriggerMatch,
    dateline: Place | None,
    pairs: list[tuple[Mention, Mention]],
    modality: str,
    confidence: float,
    pattern: Pattern,
    place_targets: list[Mention],
    mentions: list[Mention],
    lowers: list[str],
) -> list[Event]:
    """The rows of one trigger's (source, target) pairs: dated, coded (refined by the words
    around it, its future form, the readings), placed and identified."""
    if confidence < MIN_CONFIDENCE:
        return []
    trigger_start, trigger_end = tokens[match.start].start, tokens[match.end - 1].end
    dated = date_of_event(sentence.text, document.published, modality, trigger_start, trigger_end)
    event_date, precision, date_text, fallback = dated
    if (
        modality == "asserted"
        and not fallback
        and event_date > document.published
        and not _past_form(lowers, match.start, pattern.nominal)
    ):
        modality = "future"  # (a past form keeps its mode: "imposed sanctions on June 21" in
        # a story dated the 20th is a date slip, a time zone's or the page's, not a plan)
    elif (
        modality == "asserted"
        and not fallback
        and long_before(event_date, precision, document.published)
    ):
        if readings.present_tense(lowers, match.start, pattern.nominal or bool(pattern.passive)):
            # "The US wants the UK to extradite Assange over ... in 2010": the act is now,
            # the old date belongs to something inside its complement (a passive form opens
            # on its noun: "restrictions it imposed on X in 2020" is no present tense)
            event_date, precision, date_text, fallback = document.published, "day", None, True
        else:
            modality = HISTORICAL
    last_end = max(tokens[mention.end - 1].end for pair in pairs for mention in pair)
    window = sentence.text[trigger_start : last_end + 60].lower()
    cameo = next((code for regex, code in pattern.refine if regex.search(window)), pattern.cameo)
    code = taxonomy[cameo]
    if modality == "future" and future_code(code):
        code = taxonomy[future_code(code) or cameo]
    code, modality = recoding.recode(code, modality, lowers, match.start, match.end)
    if place_targets and place_targets[0].place_country:
        place = Place(place_targets[0].place_name or "", place_targets[0].place_country, "sentence")
    else:
        place = sentence_place(mentions, match.start) or dateline
    mention_id = stable_id(document.article_id, str(sentence.index), str(match.start), code.cameo)
    rows = []
    for source, target in pairs:
        source_actor, target_actor = actor_of(source), actor_of(target)
        if code.cameo in VISITS and (
            source_actor.sector == "CVL"
            or source_actor.sector == "MIL"
            and not source_actor.personal
        ):
            continue  # "Ukrainian refugees (Russian warplanes) arrived in": no visit
        rows.append(
            Event(
                event_id=stable_id(
                    document.article_id,
                    str(sentence.index),
                    source_actor.code,
                    target_actor.code,
                    code.cameo,
                    str(match.start),
                    modality,
                ),  # fmt: skip
                article_id=document.article_id,
                mention_id=mention_id,
                url=document.url,
                article_date=document.published,
                event_date=event_date,
                date_precision=precision,
                date_text=date_text,
                date_is_fallback=fallback,
                **actor_columns("source", source.text, source_actor),
                **actor_columns("target", target.text, target_actor),
                **code_columns(code),
                modality=modality,
                **sentence_columns(sentence, sentence.text[trigger_start:trigger_end]),
                location_name=place.name if place else None,
                location_country=place.country if place else None,
                location_source=place.source if place else None,
                confidence=round(confidence, 3),
                tagger_version=version,
            )
        )
    return _most_specific(rows)


def _most_specific(rows: list[Event]) -> list[Event]:
    """One act's rows without those another row names more closely: "told Xi Jinping that China
    should" is one request to CHNGOV, not a second one to CHN as well."""
    return [
        row
        for row in rows
        if not any(
            other is not row
            and (other.source_code, other.target_code) != (row.source_code, row.target_code)
            and row.source_code
            and row.target_code
            and (other.source_code or "").startswith(row.source_code)
            and (other.target_code or "").startswith(row.target_code)
            for other in rows
        )
    ]


def restates(event: Event, other: Event) -> bool:
    """Whether ``event`` is ``other`` told again in the same sentence with its actors named
    otherwise ("visited Pyongyang, where he was hosted by Kim Jong Un": one visit)."""
    return (
        event.cameo_code == other.cameo_code
        and event.modality == other.modality
        and _same_actor(event.source_code, other.source_code)
        and _same_actor(event.target_code, other.target_code)
    )


def _same_actor(one: str | None, other: str | None) -> bool:
    """Whether two actor codes name one actor, one more closely ("PRK", "PRKGOV")."""
    return bool(one and other) and (one.startswith(other) or other.startswith(one))


def _past_form(lowers: list[str], start: int, nominal: bool) -> bool:
    """Whether a verbal trigger opens with a past form ("imposed", "met"), with no auxiliary of
    a future or an infinitive before it ("to meet", "will be imposed")."""
    if nominal or start > 0 and lowers[start - 1] in FUTURE_MARKERS:
        return False
    return lowers[start].endswith("ed") or lowers[start] in clause_frames.irregular_pasts()


FUTURE_MARKERS = frozenset({"will", "would", "to", "'ll", "shall", "be"})
