"""``newsbeam evaluate``: score event rows against a gold file (format in docs/tagger.md).

With ``--pred`` the rows are read from a JSON Lines file as ``newsbeam tag`` writes them;
without it the tagger runs on the gold documents' texts.
"""

import argparse
import json
import sys
from collections import defaultdict

from pipelines.tag_command import row_json
from schemas.events import event_to_row
from transforms.tagging import Document, EventTagger
from transforms.tagging.diagnosis import explain, render_findings
from transforms.tagging.evaluation import GoldDocument, load_gold, render, score


def predict(gold: list[GoldDocument], *, parse_slots: bool = False) -> dict[str, list[dict]]:
    """Tag the gold documents; rows by article id, as JSON-ready dicts."""
    tagger = EventTagger(use_parser=parse_slots)
    rows: dict[str, list[dict]] = {}
    for document in gold:
        events = tagger.tag(
            Document(document.doc_id, document.text, document.published, title=document.title)
        )
        rows[document.doc_id] = [json.loads(row_json(event_to_row(event))) for event in events]
    return rows


def read_predictions(path: str) -> dict[str, list[dict]]:
    """Predicted rows from a JSON Lines file, by article id."""
    rows: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    row = json.loads(line)
                    rows[str(row["article_id"])].append(row)
                except (ValueError, KeyError) as exc:
                    raise ValueError(f"{path}: line {number}: {exc}") from exc
    return rows


def main(argv: list[str]) -> int:
    """Run ``newsbeam evaluate``; exit status 2 on unreadable input."""
    parser = argparse.ArgumentParser(
        prog="newsbeam evaluate",
        description="Precision, recall and F1 at (source country, target country, PLOVER type), "
        "date accuracy and a confusion table by type, against a gold JSON Lines file.",
    )
    parser.add_argument("--gold", required=True, help="gold JSON Lines file (docs/tagger.md)")
    parser.add_argument(
        "--pred", default=None, help="predicted event rows (JSON Lines); default: run the tagger"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--parse-slots",
        action="store_true",
        help="fill empty subjects from the dependency parser, as newsbeam run --parse-slots",
    )
    parser.add_argument(
        "--no-details",
        action="store_true",
        help="print only the figures, not each miss and false row with its reason and sentence",
    )
    args = parser.parse_args(argv)
    try:
        with open(args.gold, encoding="utf-8") as lines:
            gold = load_gold(lines)
        predictions = (
            read_predictions(args.pred)
            if args.pred
            else predict(gold, parse_slots=args.parse_slots)
        )
    except (OSError, ValueError) as exc:
        print(f"newsbeam evaluate: error: {exc}", file=sys.stderr)
        return 2
    report = score(gold, predictions)
    print(json.dumps(report.as_dict(), indent=2) if args.json else render(report))
    if not args.json and not args.no_details and (report.misses or report.false_rows):
        print("\nmisses and false rows (reason in brackets)")
        print(render_findings(explain(EventTagger(), report, predictions)))
    return 0
