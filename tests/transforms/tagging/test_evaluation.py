"""Scoring: triples, date accuracy, modality violations, confusion by type."""

import datetime
import json

import pytest

from transforms.tagging.evaluation import load_gold, render, score

GOLD = [
    {
        "id": "a",
        "published": "2023-02-24",
        "text": "x",
        "events": [
            {"source": "SYR", "target": "QAT", "type": "CONSULT", "date": "2023-02-24"},
            {"source": "QAT", "target": "SYR", "type": "SUPPORT", "modality": "hypothetical"},
        ],
    },
    {
        "id": "b",
        "published": "2023-02-24",
        "text": "y",
        "events": [
            {"source": "USA", "target": "RUS", "type": "SANCTION"},
        ],
    },
]


def row(source, target, kind, modality="asserted", date="2023-02-24"):
    return {
        "source_country": source,
        "target_country": target,
        "plover_type": kind,
        "modality": modality,
        "event_date": date,
    }


def test_score_counts_triples_dates_and_violations():
    gold = load_gold(json.dumps(line) for line in GOLD)
    predictions = {
        "a": [
            row("SYR", "QAT", "CONSULT"),
            row("QAT", "SYR", "SUPPORT"),
            row("QAT", "SYR", "CONSULT", modality="hypothetical"),
        ],
        "b": [row("USA", "RUS", "ACCUSE")],
    }
    report = score(gold, predictions)
    assert (report.true_positives, report.false_positives, report.false_negatives) == (1, 2, 1)
    assert report.violations == 1
    assert report.date_accuracy == 1.0
    assert report.confusion[("SANCTION", "ACCUSE")] == 1
    assert report.confusion[("CONSULT", "CONSULT")] == 1
    assert "precision" in render(report)


def test_bad_gold_line_names_its_number():
    with pytest.raises(ValueError, match="gold line 2"):
        load_gold([json.dumps(GOLD[0]), '{"id": "x"}'])


def test_gold_dates_are_parsed():
    gold = load_gold([json.dumps(GOLD[0])])
    assert gold[0].events[0].date == datetime.date(2023, 2, 24)
