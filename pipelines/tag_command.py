"""``newsbeam tag``: JSON Lines documents on stdin, one JSON event row per line on stdout.

Each input line is ``{"id", "text", "published": "YYYY-MM-DD", "title"?, "url"?}``. A bad line
(not a document, nested too deeply, or one the tagger raises on) is reported on stderr with its
line number and skipped; the others are still tagged; the exit status is 1 if any line failed.
"""

import argparse
import datetime
import json
import re
import sys
from typing import IO, Any

from schemas.events import event_to_row
from transforms.tagging import Document, EventTagger

SURROGATE = re.compile(r"[\ud800-\udfff]")  # valid JSON escapes, but no UTF-8 can carry them


class BadDocument(ValueError):
    """An input line that is not a valid document."""


def parse_document(line: str) -> Document:
    """A ``Document`` from one JSON line; raises ``BadDocument`` saying what is wrong."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadDocument(f"not valid JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError as exc:
        raise BadDocument("JSON nested too deeply") from exc
    except ValueError as exc:  # e.g. an integer over Python's digit limit
        raise BadDocument(f"not valid JSON ({exc})") from exc
    if not isinstance(record, dict):
        raise BadDocument("not a JSON object")
    missing = [key for key in ("id", "text", "published") if key not in record]
    if missing:
        raise BadDocument(f"missing field(s): {', '.join(missing)}")
    if not isinstance(record["text"], str):
        raise BadDocument("field 'text' is not a string")
    for field in ("id", "text", "title", "url"):
        if isinstance(record.get(field), str) and SURROGATE.search(record[field]):
            raise BadDocument(f"field {field!r} holds a lone surrogate (\\ud800-\\udfff)")
    if not isinstance(record["published"], str):
        raise BadDocument("field 'published' is not a YYYY-MM-DD string")
    try:
        published = datetime.date.fromisoformat(record["published"])
    except ValueError as exc:
        raise BadDocument(
            f"field 'published' is not a YYYY-MM-DD date: {record['published']!r}"
        ) from exc
    if isinstance(record["id"], (dict, list)):
        raise BadDocument("field 'id' is not a string or a number")
    title = record.get("title")
    url = record.get("url")
    return Document(
        article_id=str(record["id"]),
        text=record["text"],
        published=published,
        url=url if isinstance(url, str) else "",
        title=title if isinstance(title, str) else None,
    )


def row_json(row: dict[str, Any]) -> str:
    """One event row as a JSON line, dates in ISO form."""
    values = {
        key: value.isoformat() if isinstance(value, datetime.date) else value
        for key, value in row.items()
    }
    return json.dumps(values, ensure_ascii=False)


def tag_stream(source: IO[str], sink: IO[str], errors: IO[str], tagger: EventTagger) -> int:
    """Tag every document line of ``source``; return the number of lines that failed."""
    failed = 0
    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            document = parse_document(line)
        except BadDocument as exc:
            failed += 1
            print(f"newsbeam tag: line {number}: {exc}", file=errors)
            continue
        try:
            events = tagger.tag(document)
        except Exception as exc:  # one odd document must not stop the others; stderr says why
            failed += 1
            print(f"newsbeam tag: line {number}: tagger raised {type(exc).__name__}", file=errors)
            continue
        for event in events:
            sink.write(row_json(event_to_row(event)) + "\n")
    return failed


def main(argv: list[str]) -> int:
    """Run ``newsbeam tag``; exit status 1 if any input line failed."""
    parser = argparse.ArgumentParser(
        prog="newsbeam tag",
        description="Tag diplomatic events in JSON Lines documents read from stdin; write one "
        "JSON event row per line to stdout.",
    )
    parser.parse_args(argv)
    failed = tag_stream(sys.stdin, sys.stdout, sys.stderr, EventTagger())
    return 1 if failed else 0
