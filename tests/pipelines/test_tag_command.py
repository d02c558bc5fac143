"""``newsbeam tag``: JSON Lines in, event rows out, bad lines named on stderr."""

import io
import json

from pipelines.cli import main as cli_main
from pipelines.tag_command import parse_document, tag_stream
from schemas.events import EVENTS_SCHEMA
from transforms.tagging import EventTagger

GOOD = {
    "id": "a1",
    "text": "Germany expelled 40 Russian diplomats on Monday.",
    "published": "2022-04-05",
}


def test_tag_stream_writes_rows_and_reports_bad_lines():
    lines = [
        json.dumps(GOOD),
        "not json",
        json.dumps({"id": "x", "text": "t"}),
        json.dumps({**GOOD, "published": "yesterday"}),
        "",
        json.dumps({**GOOD, "id": "a2"}),
    ]
    out, err = io.StringIO(), io.StringIO()
    failed = tag_stream(io.StringIO("\n".join(lines) + "\n"), out, err, EventTagger())
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert failed == 3
    assert [row["article_id"] for row in rows] == ["a1", "a2"]
    assert set(rows[0]) == set(EVENTS_SCHEMA.names)
    assert rows[0]["event_date"] == "2022-04-04" and rows[0]["cameo_code"] == "166"
    messages = err.getvalue().splitlines()
    assert [m.split(":")[1].strip() for m in messages] == ["line 2", "line 3", "line 4"]
    assert "missing field(s): published" in messages[1]


def test_cli_tag_exit_status(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(GOOD) + "\n"))
    assert cli_main(["tag"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["source_country"] == "DEU"
    monkeypatch.setattr("sys.stdin", io.StringIO("{bad\n" + json.dumps(GOOD) + "\n"))
    assert cli_main(["tag"]) == 1
    captured = capsys.readouterr()
    assert "line 1" in captured.err and captured.out.count("\n") == 1


def test_parse_document_keeps_title_and_url():
    document = parse_document(json.dumps({**GOOD, "title": "T", "url": "https://x.org"}))
    assert (document.title, document.url, document.published.isoformat()) == (
        "T",
        "https://x.org",
        "2022-04-05",
    )


def test_deep_json_and_dates_at_the_calendars_edge_do_not_stop_the_lines_after():
    # Issue 13, item 6: a deeply nested line (RecursionError) or a document dated 9999-12-31
    # that says "tomorrow" (OverflowError) ended `newsbeam tag`, and the lines after were lost.
    edge = "Germany expelled 40 Russian diplomats yesterday, tomorrow, next month and next year."
    lines = [
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "deep", "text": "t", "published": "2022-04-05", "x": [[[[]]]] * 3}),
        json.dumps({**GOOD, "id": "late", "text": edge, "published": "9999-12-31"}),
        json.dumps({**GOOD, "id": "early", "text": edge, "published": "0001-01-01"}),
        json.dumps({**GOOD, "id": "after"}),
    ]
    out, err = io.StringIO(), io.StringIO()
    failed = tag_stream(io.StringIO("\n".join(lines) + "\n"), out, err, EventTagger())
    ids = [json.loads(line)["article_id"] for line in out.getvalue().splitlines()]
    assert ids[-1] == "after"
    assert failed == 1 and "line 1: JSON nested too deeply" in err.getvalue()
    assert {"late", "early"} <= set(ids)
