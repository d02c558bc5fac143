"""``newsbeam evaluate`` against the project's own gold cases and a prediction file."""

import json
from pathlib import Path

from pipelines.cli import main as cli_main

RESOURCES = Path(__file__).parents[1] / "resources" / "tagging"


def test_evaluate_runs_the_tagger_on_the_gold_file(capsys):
    assert cli_main(["evaluate", "--gold", str(RESOURCES / "own_gold.jsonl"), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["documents"] >= 80
    assert figures["modality_violations"] == 0
    assert figures["precision"] >= 0.85 and figures["recall"] >= 0.7


def test_the_quality_bar_holds_on_every_gold_set_of_the_project(capsys):
    for name in ("own_gold", "own_gold_holdout", "lead_gold"):
        assert cli_main(["evaluate", "--gold", str(RESOURCES / f"{name}.jsonl"), "--json"]) == 0
        figures = json.loads(capsys.readouterr().out)
        assert figures["modality_violations"] == 0, name
        assert figures["precision"] >= 0.85 and figures["recall"] >= 0.7, name


# The real-text gate, as trafilatura pins its evaluation: floors a little under the figures
# measured for tagger 2.13.0 (docs/tagger.md), so that a rule which loses real events fails here.
# Far below the bar the tagger is aiming for (recall 0.50 at precision 0.80); raise with it.
REAL_NEWS_FLOORS = {
    "real_dev": (0.90, 0.74),
    "real_holdout": (0.85, 0.44),
    "ewt_dev": (0.90, 0.66),
}


def test_the_real_news_figures_do_not_fall(capsys):
    for name, (precision, recall) in REAL_NEWS_FLOORS.items():
        gold = str(RESOURCES / f"{name}.jsonl")
        assert cli_main(["evaluate", "--gold", gold, "--json"]) == 0
        figures = json.loads(capsys.readouterr().out)
        assert figures["modality_violations"] == 0, name
        assert figures["precision"] >= precision and figures["recall"] >= recall, (name, figures)


def test_evaluate_explains_each_miss_and_false_row(capsys):
    assert cli_main(["evaluate", "--gold", str(RESOURCES / "ewt_dev.jsonl")]) == 0
    out = capsys.readouterr().out
    assert "by PLOVER type" in out
    lines = out.splitlines()
    reasons = ("no trigger", "wrong slot", "unresolved actor", "wrong type", "wrong direction")
    assert any(line.startswith("MISS ") and any(f"[{r}" in line for r in reasons) for line in lines)
    assert any(line.startswith("FALSE ") and "[" in line for line in lines)


def test_evaluate_reads_predictions(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "a",
                "published": "2023-02-24",
                "text": "x",
                "events": [{"source": "SYR", "target": "QAT", "type": "CONSULT"}],
            }
        )
        + "\n"
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        json.dumps(
            {
                "article_id": "a",
                "source_country": "SYR",
                "target_country": "QAT",
                "plover_type": "CONSULT",
                "modality": "asserted",
                "event_date": "2023-02-24",
            }
        )
        + "\n"
    )
    assert cli_main(["evaluate", "--gold", str(gold), "--pred", str(pred)]) == 0
    assert "precision            1.000" in capsys.readouterr().out


def test_evaluate_refuses_a_missing_file(tmp_path, capsys):
    assert cli_main(["evaluate", "--gold", str(tmp_path / "none.jsonl")]) == 2
    assert "error" in capsys.readouterr().err
