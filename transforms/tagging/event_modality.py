"""An event's modality: whether the sentence asserts its act, announces it, supposes it, denies
it or tells it as history.

Consumes a sentence's lower-cased words, the trigger match and its pattern, and the subjects and
targets the slots found; produces ``asserted``, ``future``, ``hypothetical``, ``negated``, the
refusal reading or ``historical``. The cues themselves are ``modality.ModalityCues``'; this
module says where the trigger's clause starts (after its subject, a possessed event noun, an
aside or the first of two coordinated verbs) and applies the readings that override the cues
("blocked EU aid", "talks were postponed", "asked X to help", "refused to", "the removal of").
"""

from transforms.tagging import (
    act_makers,
    adjuncts,
    asides,
    clause_frames,
    coordination,
    nominals,
    noun_predicates,
    owners,
    pending_acts,
    readings,
    recoding,
)
from transforms.tagging.asides import aside_close, dashed_aside, opening_clause_close
from transforms.tagging.false_triggers import literal_words
from transforms.tagging.mentions import Mention
from transforms.tagging.modality import ModalityCues, factual_opening
from transforms.tagging.patterns import Pattern, TriggerMatch
from transforms.tagging.taxonomy import FUTURE_CODES, CameoCode
from transforms.tagging.text import words

SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})
# Texts that do what their participle says only once adopted ("a resolution condemning X")
DOCUMENTS = words("resolution resolutions statement declaration motion draft text bill")


class EventModality:
    """Classifies the modality of one trigger's event."""

    def __init__(self, cues: ModalityCues, taxonomy: dict[str, CameoCode]) -> None:
        self.cues = cues
        self.taxonomy = taxonomy

    def classify(
        self,
        lowers: list[str],
        match: TriggerMatch,
        pattern: Pattern,
        subjects: list[Mention],
        targets: list[Mention],
    ) -> str:
        """The modality of the event ``match`` codes with ``pattern``."""
        lowers = clause_frames.without_closed_relatives(lowers, match.start)
        modality = self._classify(lowers, match, pattern, subjects, targets)
        if modality == "future" and clause_frames.condition_after(lowers, match.end):
            return "hypothetical"  # "Tehran was ready to hold talks with Riyadh if it changed
            # its behaviour": a promise on a condition is no plan
        return modality

    def _classify(
        self,
        lowers: list[str],
        match: TriggerMatch,
        pattern: Pattern,
        subjects: list[Mention],
        targets: list[Mention],
    ) -> str:
        anchor = subjects[-1].end if subjects and not pattern.nominal else 0
        if anchor > match.start:  # '"We must help Ukraine," Macron said': the quote's own words
            anchor = 0
        if not pattern.nominal and act_makers.apposed_act(lowers, match.start):
            anchor = match.start  # "X offered to ..., a proposal welcomed by Y": Y's own mode
        if pattern.nominal and subjects and anchor == 0:
            # "questions about the call when U.S. aid was being stalled": the noun's own mode
            anchor = factual_opening(lowers, subjects[0].start) + 1
        elif (pattern.nominal or pattern.source == "between") and anchor == 0:
            # no subject before the noun: "said it would end the treaty after the ambassador
            # criticised a meeting between A and B" (not "would resume talks after a meeting")
            opening = factual_opening(lowers, match.start)
            if any(word.endswith("ed") for word in lowers[opening + 1 : match.start]):
                anchor = opening + 1
        if 0 < anchor <= match.start:  # "Iran's plan to expel", "the plan proposed by X to end":
            anchor = owners.intent_noun_before(lowers, anchor)  # the noun its cue opens
        absolute = clause_frames.absolute_with(lowers, anchor, match.start)
        if absolute is not None:
            anchor = absolute  # "failed to agree, with each side blaming the other": its own
        conjunct = -1  # where a coordinated verb's own clause starts
        chained = match.start > 0 and lowers[match.start - 1] in coordination.VERB_CHAIN
        if not pattern.nominal and (not lowers[match.start].endswith("ing") or chained):
            # "Putin said Iran is not developing weapons, and pledged to help Iran": the
            # negation belongs to the first conjunct, not to the coordinated verb (coordinated
            # gerunds share their frame: "expected to visit, accepting ... and backing")
            conjunct = coordination.coordinating_and(lowers, match.start)
        presupposed = bool(
            pattern.nominal and subjects and readings.possessed(lowers, subjects[-1], match.start)
        )
        if pattern.nominal and nominals.denied_claim(lowers, match.start):
            # "denied accusations by Sudan's army that": the denial answers what is claimed
            return self.cues.classify(
                lowers, match.start, match.start, match.end, frame_start=match.start
            )
        if not pattern.nominal and clause_frames.reduced_relative(lowers, match.start):
            # "agreed to restore ties in a deal brokered by China": done; not the clause's cues
            return self.cues.classify(lowers, match.start, match.start, match.end)
        if presupposed:
            # "X will investigate his conversation with Y": a possessed event noun is
            # presupposed; only cues inside its phrase count ("his planned visit"), not the
            # frame around it ("if he committed offences in his conversation with")
            anchor = subjects[-1].end
        if (
            0 < anchor < match.start - 1
            and lowers[match.start - 1] == ","
            and lowers[match.start].endswith("ing")
            and not clause_frames.RELATIVES.isdisjoint(lowers[anchor : match.start - 1])
        ):
            # "passed a bill that would require ..., prompting a rebuke from X": the relative
            # clause's cues are not the participle's
            anchor = match.start
        if (
            match.start == 1
            and lowers[0] in clause_frames.OPENING_SUBORDINATORS
            and lowers[1].endswith("ing")
            and subjects
            and subjects[-1].start > match.end
        ):
            # "Before leaving for Beijing on Thursday, Bush is scheduled to ...": the opening
            # gerund takes the main clause's mode, read right after its subject
            verb = subjects[-1].end
            reach = clause_frames.auxiliaries_end(lowers, verb)
            if lowers[reach + 1 : reach + 2] == ["to"]:
                reach += 2  # "Bush is scheduled to", "plans to": the verb that takes "to"
            reach = min(reach, len(lowers) - 1)
            return self.cues.classify(lowers, verb, reach, reach)
        introducer = adjuncts.trailing_adjunct(lowers, match.start) if pattern.nominal else None
        if match.start > 0 and lowers[match.start - 1] == "including":
            introducer = match.start - 1  # "would take measures, including calling for": theirs
        if pattern.nominal and lowers[match.start] in clause_frames.ADJUNCT_OPENERS:
            introducer = match.start  # "agreed to expand trade at their summit": the summit held
        if (
            not pattern.nominal
            and introducer is None
            and match.start > 1
            and lowers[match.start - 1] == ","
            and lowers[match.start].endswith("ing")
        ):
            introducer = match.start - 1  # "denied the allegations, accusing Washington"
        # a participle after a speech tag is the tag's act too ("..., the ministry said, drawing
        # a sharp rebuke from Pyongyang")
        participle = introducer == match.start - 1 and lowers[match.start].endswith("ing")
        tag = (
            clause_frames.speech_tag_end(lowers, match.start)
            if pattern.nominal or participle
            else 0
        )
        if subjects and introducer is not None and subjects[-1].end < tag <= introducer:
            # "Britain will send aid, Sunak announced during a visit to Kyiv": the speech tag's
            return self.cues.classify(lowers, tag - 1, tag, match.end, frame_start=tag - 1)
        if subjects and introducer is not None and subjects[-1].end <= introducer:
            # "Merkel urged Turkey to end its offensive, in a phone call with Erdogan": the
            # main clause's own cues ("urged ... to") are not the adjunct's; its auxiliaries
            # are ("Biden will raise rights during a meeting with Xi")
            return self.cues.classify(
                lowers,
                subjects[-1].end,
                clause_frames.auxiliaries_end(lowers, subjects[-1].end),
                match.end,
            )
        close = aside_close(lowers, match.start)
        opening = dashed_aside(lowers, match.start)
        if close is not None and close > anchor:
            anchor = close + 1  # "X - which ... if talks are revived - called for"
        frame_end = -1 if opening is None else opening
        if (
            conjunct > anchor
            and lowers[conjunct] == "and"
            and conjunct == match.start - 1
            and clause_frames.bare(lowers[match.start])
            and not {"to", *clause_frames.MODALS}.isdisjoint(lowers[anchor:conjunct])
        ):
            conjunct = -1  # "agreed to restore ties and reopen embassies": one frame for both
        if conjunct > anchor:  # the first conjunct's words set neither clause nor frame
            frame_end = anchor if frame_end < 0 else min(frame_end, anchor)
            anchor = conjunct
        if presupposed:
            frame_end = 0
        joined = (
            clause_frames.joined_clause(lowers, subjects[0].start)
            if subjects and not pattern.nominal and subjects[0].end <= match.start
            else 0
        )
        opened = opening_clause_close(lowers, phrases=True)  # "While it is unclear whether ...,"
        if opened is not None and opened < match.start and lowers[0] not in ("if", "unless"):
            joined = max(joined, opened + 1)
        if subjects and not pattern.nominal:  # ", which accuses": not the main clause's frame
            joined = max(joined, asides.own_relative(lowers, subjects[-1].end, match.start))
        modality = self.cues.classify(
            lowers,
            anchor,
            match.start,
            match.end,
            frame_end,
            literal_words(pattern.body),
            frame_start=joined,
        )
        if (
            nominals.read_as_noun(lowers, match.start, pattern.nominal)
            and modality == "asserted"
            and nominals.blocked(lowers, match.start)
            and self.taxonomy[pattern.cameo].plover_type not in SPEECH_ACTS
        ):
            # "Hungary blocked EU aid to Ukraine": no aid was given ("rejected allegations by
            # X that": the allegations were made all the same)
            modality = "negated"
        if (
            modality == "asserted"
            and match.start > 0
            and nominals.blocked_document(lowers, match.start, DOCUMENTS)
        ):
            modality = "negated"  # "China blocked a U.N. resolution condemning Myanmar"
        if (
            pattern.nominal
            and modality == "asserted"
            and clause_frames.talked_of(lowers, match.start)
        ):
            modality = "hypothetical"  # "hosted talks between A and B on a prisoner exchange"
        if modality in ("asserted", "future") and nominals.blocked_attempt(lowers, match.start):
            modality = "negated"  # "blocked EU efforts to provide Kyiv with support"
        tail = max([m.end for m in targets] + [match.end])  # ("Blinken's China trip was")
        if (
            (pattern.nominal or pattern.source == "between")
            and self.taxonomy[pattern.cameo].plover_type != "SANCTION"  # lifted: recoding.recode
            and noun_predicates.called_off(lowers, tail)
        ):
            modality = "negated"  # "the talks between A and B were postponed"
        mode = (
            noun_predicates.predicate_mode(lowers, tail)
            if (pattern.nominal or pattern.source == "between")
            and noun_predicates.opens_clause(lowers, match.start)
            and modality in ("asserted", "future")
            and not presupposed  # "India's purchase of the S-400 could trigger": it was made
            else None
        )
        if mode is not None and (modality == "asserted" or mode == "hypothetical"):
            modality = mode  # "A meeting between Putin and Xi is expected in May"
        undone = nominals.undone_intent(lowers, match.start, owners.INTENT_NOUNS)
        ended = pattern.nominal and nominals.undone_noun(lowers, match.start)
        if modality in ("asserted", "future") and (undone or ended):
            modality = "negated"  # "would suspend its decision to end", "postponed a trip to"
        if pattern.nominal or pattern.source == "between":  # "ahead of Blinken's visit to
            modality = adjuncts.event_noun_mode(lowers, match.start, modality)  # China": future
        # "During a meeting with Li, Yoon is expected to ask": a meeting to come
        modality = pending_acts.opening_mode(lowers, match.start, modality)
        if modality in ("asserted", "future") and clause_frames.warned_against(lowers, match.start):
            modality = "hypothetical"  # "warned Washington against sending missiles to Kyiv",
            # "warned Russia against acquiring weapons from North Korea"
        if modality == "hypothetical" and clause_frames.attempted_persuasion(lowers, match.start):
            modality = "asserted"  # "tried to persuade Kabul to": the appeal was made
        if (
            modality == "asserted"
            and not pattern.nominal
            and subjects
            and lowers[subjects[-1].end : match.start] == ["to"]
            and subjects[0].start <= 1
        ):
            modality = "future"  # a headline's "UK to expel Russian diplomats"
        if modality == "asserted" and pending_acts.scheduled_after_before(lowers, match.start):
            modality = "future"  # "a day before Sarkozy heads to Beijing", "when Rubio visits"
        if (
            modality in ("asserted", "future")
            and "any" in lowers[max(0, match.start - 2) : match.start]
            and lowers[match.start - 1] != "of"
        ):
            modality = "hypothetical"  # "any supply of weapons by North Korea would be"
        if modality in ("asserted", "future") and (
            readings.asked_to(lowers, subjects, match.start)
            or clause_frames.asked_for(lowers, match.start)
        ):
            modality = "hypothetical"  # "X asked the Americans to help broker talks with India",
            # "amid pressure from Washington to allow more aid into Gaza"
        if modality == "negated" and recoding.refusal(lowers, anchor, match.start):
            modality = recoding.REFUSAL
        elif modality == "hypothetical":
            modality = self._intent(lowers, anchor, match, pattern) or modality
        # "until Israel ends its war": a condition, whatever intent the main clause states
        speech = self.taxonomy[pattern.cameo].plover_type in SPEECH_ACTS
        return pending_acts.until_mode(lowers, match.start, modality, speech)

    def _intent(
        self, lowers: list[str], anchor: int, match: TriggerMatch, pattern: Pattern
    ) -> str | None:
        """ "future" when the only hypothetical cue is an actor's own stated intent to cooperate
        (``recoding.stated_intent``)."""
        if self.taxonomy[pattern.cameo].plover_type not in {*FUTURE_CODES, "AGREE"}:
            return None
        after = recoding.stated_intent(lowers, anchor, match.start)
        if after is None:
            return None
        rest = self.cues.classify(lowers, after, match.start, match.end)
        return "future" if rest in ("asserted", "future") else None
