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
