"""Scoring the tagger against gold documents: P/R/F1 on (source country, target country, PLOVER
type), date accuracy, modality violations and a confusion table by type.

Consumes gold JSON Lines (format in docs/tagger.md: one document per line with its expected
events) and predicted event rows (as ``newsbeam tag`` writes them); produces a ``Report``. Only
asserted and future rows count as predictions, and only asserted and future gold events as
expected ones: a gold event marked hypothetical or negated is one that must not be reported,
and a prediction of it counts as a violation (and a false positive); a gold event marked
historical is neither expected nor forbidden. Every miss and every false row is kept with its
sentence, for ``newsbeam evaluate`` to explain.
"""

import dataclasses
import datetime
import json
from collections import Counter
from collections.abc import Iterable

from schemas.events import REPORTED_MODALITIES as REPORTED
from transforms.tagging.taxonomy import IN_SCOPE

FORBIDDEN = ("hypothetical", "negated")
NONE = "-"
Triple = tuple[str | None, str | None, str]


@dataclasses.dataclass(frozen=True)
class GoldEvent:
    """One expected event: who did what to whom, and (optionally) when and how certainly."""

    source: str | None
    target: str | None
    plover_type: str
    date: datetime.date | None = None
    modality: str = "asserted"
    evidence: str | None = None  # the verbatim span of the text that states the event

    @property
    def triple(self) -> Triple:
        """The key events are matched on."""
        return (self.source, self.target, self.plover_type)


@dataclasses.dataclass(frozen=True)
class GoldDocument:
    """One gold document: the tagger's input and the events it should yield."""

    doc_id: str
    text: str
    published: datetime.date
    events: tuple[GoldEvent, ...]
    title: str | None = None


@dataclasses.dataclass
class Report:
    """Counts and derived scores of one evaluation."""

    documents: int = 0
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    dated: int = 0
    dates_right: int = 0
    violations: int = 0
    confusion: Counter = dataclasses.field(default_factory=Counter)
    errors: list[str] = dataclasses.field(default_factory=list)
    misses: list[tuple[GoldDocument, GoldEvent]] = dataclasses.field(default_factory=list)
    false_rows: list[tuple[GoldDocument, dict]] = dataclasses.field(default_factory=list)
    by_type: dict[str, Counter] = dataclasses.field(default_factory=dict)

    @property
    def precision(self) -> float:
        """Share of reported triples that are gold."""
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        """Share of gold triples that were reported."""
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def date_accuracy(self) -> float:
        """Share of matched, gold-dated events whose event_date equals the gold date."""
        return self.dates_right / self.dated if self.dated else 0.0

    def as_dict(self) -> dict:
        """The figures as JSON-ready values."""
        return {
            "documents": self.documents,
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "dated_matches": self.dated,
            "date_accuracy": round(self.date_accuracy, 4),
            "modality_violations": self.violations,
            "confusion": {
                f"{gold}->{pred}": n for (gold, pred), n in sorted(self.confusion.items())
            },
        }


def parse_gold_line(line: str) -> GoldDocument:
    """One gold document from a JSON line; raises ValueError on a malformed one."""
    record = json.loads(line)
    events = []
    for event in record.get("events", []):
        date = event.get("date")
        events.append(
            GoldEvent(
                source=event.get("source"),
                target=event.get("target"),
                plover_type=event["type"],
                date=datetime.date.fromisoformat(date) if date else None,
                modality=event.get("modality", "asserted"),
                evidence=event.get("evidence"),
            )
        )
    return GoldDocument(
        doc_id=str(record["id"]),
        text=record["text"],
        published=datetime.date.fromisoformat(record["published"]),
        events=tuple(events),
        title=record.get("title"),
    )


def load_gold(lines: Iterable[str]) -> list[GoldDocument]:
    """Gold documents from JSON Lines; a bad line raises ValueError naming its number."""
    documents = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            documents.append(parse_gold_line(line))
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"gold line {number}: {exc}") from exc
    return documents


def _reported_rows(rows: Iterable[dict]) -> dict[Triple, dict]:
    """The first reported row of each triple."""
    found: dict[Triple, dict] = {}
    for row in rows:
        if row.get("modality") in REPORTED and row.get("plover_type") in IN_SCOPE:
            triple = (row.get("source_country"), row.get("target_country"), row["plover_type"])
            found.setdefault(triple, row)
    return found


def score(gold: list[GoldDocument], predictions: dict[str, list[dict]]) -> Report:
    """Compare predicted rows (by article_id) with the gold documents."""
    report = Report(documents=len(gold))
    for document in gold:
        expected = {e.triple: e for e in document.events if e.modality in REPORTED}
        expected = {triple: e for triple, e in expected.items() if triple[2] in IN_SCOPE}
        forbidden = {e.triple for e in document.events if e.modality in FORBIDDEN}
        found = _reported_rows(predictions.get(document.doc_id, []))
        for triple in expected:
            report.by_type.setdefault(triple[2], Counter())["gold"] += 1
        for triple, row in found.items():
            counts = report.by_type.setdefault(triple[2], Counter())
            counts["reported"] += 1
            if triple in expected:
                counts["matched"] += 1
                report.true_positives += 1
                gold_date = expected[triple].date
                if gold_date is not None:
                    report.dated += 1
                    report.dates_right += str(row.get("event_date")) == gold_date.isoformat()
            else:
                report.false_positives += 1
                report.violations += triple in forbidden
                report.false_rows.append((document, row))
        report.false_negatives += len(set(expected) - set(found))
        report.misses.extend((document, expected[t]) for t in expected if t not in found)
        _confuse(report.confusion, set(expected), set(found))
    return report


def _confuse(confusion: Counter, expected: set[Triple], found: set[Triple]) -> None:
    """Add one document to the type confusion table, pairing types within each dyad."""
    dyads = {triple[:2] for triple in expected | found}
    for dyad in sorted(dyads, key=str):
        gold = sorted(t[2] for t in expected if t[:2] == dyad)
        pred = sorted(t[2] for t in found if t[:2] == dyad)
        for kind in set(gold) & set(pred):
            confusion[(kind, kind)] += 1
        gold_left = [kind for kind in gold if kind not in pred]
        pred_left = [kind for kind in pred if kind not in gold]
        for index in range(max(len(gold_left), len(pred_left))):
            left = gold_left[index] if index < len(gold_left) else NONE
            right = pred_left[index] if index < len(pred_left) else NONE
            confusion[(left, right)] += 1


def render(report: Report) -> str:
    """A plain-text report: the headline figures, then the confusion table by type."""
    lines = [
        f"documents            {report.documents}",
        f"precision            {report.precision:.3f}  ({report.true_positives} of "
        f"{report.true_positives + report.false_positives} reported triples)",
        f"recall               {report.recall:.3f}  ({report.true_positives} of "
        f"{report.true_positives + report.false_negatives} gold triples)",
        f"f1                   {report.f1:.3f}",
        f"date accuracy        {report.date_accuracy:.3f}  ({report.dates_right} of {report.dated}"
        " matched events with a gold date)",
        f"modality violations  {report.violations}"
        "  (reported rows of gold hypothetical/negated events)",
        "",
        "confusion by PLOVER type (rows: gold, columns: predicted, - = none)",
    ]
    kinds = sorted({kind for pair in report.confusion for kind in pair} - {NONE}) + [NONE]
    width = max([len(kind) for kind in kinds] + [4]) + 1
    lines.append(" " * width + "".join(kind[: width - 1].rjust(width) for kind in kinds))
    for gold in kinds:
        cells = "".join(
            str(report.confusion.get((gold, pred), 0) or ".").rjust(width) for pred in kinds
        )
        lines.append(gold.ljust(width) + cells)
    lines += ["", "by PLOVER type      gold  reported  matched  precision  recall"]
    for kind, counts in sorted(report.by_type.items()):
        gold_n, reported, matched = counts["gold"], counts["reported"], counts["matched"]
        precision = f"{matched / reported:.2f}" if reported else "-"
        recall = f"{matched / gold_n:.2f}" if gold_n else "-"
        lines.append(f"{kind:<18}{gold_n:>6}{reported:>10}{matched:>9}{precision:>11}{recall:>8}")
    return "\n".join(lines)
