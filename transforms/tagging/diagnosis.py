"""Why the tagger missed a gold event or reported a row the gold does not have.

Consumes a scored ``Report`` (its misses and false rows), the gold documents and the tagger;
produces one line per miss and per false row with a reason and the sentence, for
``newsbeam evaluate``. Reasons, from the most to the least specific:

- misses: ``modality <m>`` (the triple was found but not as asserted/future), ``wrong type``
  (the dyad was found with another type), ``wrong direction`` (the reverse dyad was found),
  ``no trigger`` (no pattern matches the evidence sentence), ``unresolved actor`` (a side of
  the event is not among the sentence's resolved actors), ``wrong slot`` (trigger and both actors
  are there, but the slots were filled with other mentions or none);
- false rows: ``modality violation`` (gold says hypothetical or negated), ``wrong type``,
  ``wrong direction``, ``wrong actor`` (one side right), ``not in gold``.
"""

import dataclasses

from transforms.tagging.evaluation import FORBIDDEN, GoldDocument, GoldEvent, Report
from transforms.tagging.lexicon import plain_words
from transforms.tagging.memory import ActorMemory
from transforms.tagging.places import find_dateline
from transforms.tagging.tagger import EventTagger
from transforms.tagging.text import Sentence, split_sentences


@dataclasses.dataclass(frozen=True)
class Finding:
    """One explained miss or false row."""

    kind: str  # "miss" | "false"
    doc_id: str
    triple: tuple[str | None, str | None, str]
    reason: str
    sentence: str


def _sentence_of(document: GoldDocument, evidence: str | None) -> list[Sentence]:
    """The sentences that hold the evidence (all of them when there is none)."""
    sentences = list(split_sentences(document.text, 0))
    if not evidence:
        return sentences
    at = document.text.find(evidence)
    if at < 0:
        return sentences
    end = at + len(evidence)
    return [s for s in sentences if s.start < end and at < s.end] or sentences


def _sentence_facts(
    tagger: EventTagger, document: GoldDocument, wanted: list[Sentence]
) -> tuple[bool, set[str]]:
    """Whether any wanted sentence has a trigger, and the countries of its resolved actors
    (with the article's actor memory built over the sentences before it)."""
    memory = ActorMemory()
    _, body_start = find_dateline(document.text, tagger.lexicon)
    starts = {sentence.start for sentence in wanted}
    has_trigger, countries = False, set()
    for sentence in split_sentences(document.text, body_start):
        tokens = tagger.tokens(sentence.text)
        words, lowers = plain_words(tokens)
        mentions = tagger.finder.find(
            tokens, words, lowers, sentence.text, document.published, memory
        )
        if sentence.start in starts or any(w.start <= sentence.start < w.end for w in wanted):
            has_trigger = has_trigger or bool(tagger.patterns.match(lowers))
            for mention in mentions:
                if mention.actor is not None:
                    countries.add(mention.actor.country)
                if mention.place_country:
                    countries.add(mention.place_country)
    return has_trigger, countries


def _miss_reason(
    tagger: EventTagger, document: GoldDocument, event: GoldEvent, rows: list[dict]
) -> tuple[str, str]:
    source, target, kind = event.triple
    gold = {e.triple for e in document.events}
    rows_all, rows = rows, [r for r in rows if _triple(r) not in gold]
    for row in rows_all:
        if _triple(row) == event.triple:
            return f"modality {row.get('modality')}", row.get("sentence", "")
    same_dyad = [
        r for r in rows if (r.get("source_country"), r.get("target_country")) == (source, target)
    ]
    if same_dyad:
        types = sorted({r.get("plover_type") for r in same_dyad})
        return f"wrong type ({', '.join(types)})", same_dyad[0].get("sentence", "")
    reverse = [r for r in rows if _triple(r) == (target, source, kind)]
    if reverse:
        return "wrong direction", reverse[0].get("sentence", "")
    wanted = _sentence_of(document, event.evidence)
    text = event.evidence or (wanted[0].text if len(wanted) == 1 else "")
    has_trigger, countries = _sentence_facts(tagger, document, wanted)
    if not has_trigger:
        return "no trigger", text
    missing = [side for side in (source, target) if side not in countries]
    if missing:
        return f"unresolved actor ({', '.join(str(side) for side in missing)})", text
    return "wrong slot", text


def _triple(row: dict) -> tuple[str | None, str | None, str | None]:
    return (row.get("source_country"), row.get("target_country"), row.get("plover_type"))


def _false_reason(document: GoldDocument, row: dict) -> str:
    source, target = row.get("source_country"), row.get("target_country")
    kind = row.get("plover_type")
    gold = {event.triple: event for event in document.events}
    if (source, target, kind) in gold and gold[(source, target, kind)].modality in FORBIDDEN:
        return "modality violation"
    if any(t[:2] == (source, target) for t in gold):
        return "wrong type"
    if (target, source, kind) in gold:
        return "wrong direction"
    if any(t[2] == kind and (t[0] == source or t[1] == target) for t in gold):
        return "wrong actor"
    return "not in gold"


def explain(
    tagger: EventTagger, report: Report, predictions: dict[str, list[dict]]
) -> list[Finding]:
    """Every miss and false row of a report, with its reason and sentence."""
    findings = []
    for document, event in report.misses:
        rows = predictions.get(document.doc_id, [])
        reason, sentence = _miss_reason(tagger, document, event, rows)
        findings.append(Finding("miss", document.doc_id, event.triple, reason, sentence))
    for document, row in report.false_rows:
        triple = (row.get("source_country"), row.get("target_country"), row["plover_type"])
        reason = _false_reason(document, row)
        findings.append(Finding("false", document.doc_id, triple, reason, row.get("sentence", "")))
    return findings


def render_findings(findings: list[Finding]) -> str:
    """One line per finding, then the count of each reason."""
    lines = []
    counts: dict[str, int] = {}
    for finding in findings:
        source, target, kind = finding.triple
        sentence = " ".join(finding.sentence.split())
        lines.append(
            f"{finding.kind.upper():5} {finding.doc_id}  {source}->{target} {kind}  "
            f"[{finding.reason}]  {sentence[:240]}"
        )
        key = f"{finding.kind}: {finding.reason.split(' (')[0]}"
        counts[key] = counts.get(key, 0) + 1
    lines.append("")
    lines += [f"{key:<32}{n:>5}" for key, n in sorted(counts.items())]
    return "\n".join(lines)
