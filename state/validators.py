"""Feed state kept between runs: each feed's validators, so the next run asks conditionally.

``--state DIR`` holds ``feed-validators.json`` (UTF-8 JSON, one object)::

    {
      "format": "newsbeam.feed-validators",
      "version": 1,
      "feeds": {
        "<feed URL as the operator named it>": {
          "etag": "\\"abc\\"" or null,
          "last_modified": "Sun, 01 Nov 2026 10:00:00 GMT" or null,
          "checked_at": "2026-11-29T07:00:00+00:00",
          "status": 200 or 304
        }
      }
    }

``etag`` and ``last_modified`` are the server's header values, verbatim; they go back as
If-None-Match and If-Modified-Since. ``checked_at`` is when the feed last answered, ``status``
how. A feed that failed keeps its previous entry. Other files in DIR belong to other parts of
newsbeam (the streaming pipeline keeps its own there) and are left alone.

A batch run writes what it learned to ``feed-validators.pending.json`` from inside the pipeline;
``commit_pending`` merges it into ``feed-validators.json`` once the whole run has succeeded,
so a run that fails half-way never makes the next one skip entries it did not process. Writes
go to a temporary name and are renamed into place. Any Beam filesystem path works. A streaming
pipeline, which has no end of run, folds updates in with ``merge_validators``.
"""

import datetime
import json

from schemas.entries import FeedValidators
from state import files
from state.names import PENDING_VALIDATORS_FILE as PENDING_FILE
from state.names import VALIDATORS_FILE as STATE_FILE

FORMAT = "newsbeam.feed-validators"
VERSION = 1


class StateError(ValueError):
    """A state file newsbeam cannot read; the message names it."""


def _read_json(path: str) -> dict | None:
    if not files.exists(path):
        return None
    try:
        document = json.loads(files.read_bytes(path).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StateError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise StateError(f"{path} is not a newsbeam feed-validators file")
    if document.get("version") != VERSION:
        raise StateError(f"{path} has version {document.get('version')}, expected {VERSION}")
    return document


def _to_records(document: dict | None) -> dict[str, FeedValidators]:
    feeds = (document or {}).get("feeds", {})
    return {
        url: FeedValidators(
            feed_url=url,
            etag=value.get("etag"),
            last_modified=value.get("last_modified"),
            checked_at=datetime.datetime.fromisoformat(value["checked_at"]),
            status=int(value.get("status", 200)),
        )
        for url, value in feeds.items()
    }


def _to_document(records: dict[str, FeedValidators]) -> dict:
    feeds = {
        url: {
            "etag": record.etag,
            "last_modified": record.last_modified,
            "checked_at": record.checked_at.isoformat(),
            "status": record.status,
        }
        for url, record in sorted(records.items())
    }
    return {"format": FORMAT, "version": VERSION, "feeds": feeds}


def load_validators(state_dir: str) -> dict[str, FeedValidators]:
    """The validators kept in ``state_dir`` by feed URL; empty when there are none yet."""
    return _to_records(_read_json(files.join(state_dir, STATE_FILE)))


def write_pending(state_dir: str, updates: list[FeedValidators]) -> str:
    """Write what this run learned, to be committed when the run succeeds; return the path."""
    path = files.join(state_dir, PENDING_FILE)
    files.write_json(path, _to_document({record.feed_url: record for record in updates}))
    return path


def merge_validators(state_dir: str, updates: list[FeedValidators]) -> None:
    """Fold updates into the state file at once (a 304 keeps the validators already kept);
    for a streaming pipeline, which has no end of run to wait for."""
    records = load_validators(state_dir)
    for update in updates:
        previous = records.get(update.feed_url)
        if update.status == 304 and previous is not None:
            update = FeedValidators(
                update.feed_url,
                update.etag or previous.etag,
                previous.last_modified,
                update.checked_at,
                304,
            )
        records[update.feed_url] = update
    files.write_json(files.join(state_dir, STATE_FILE), _to_document(records))


def commit_pending(state_dir: str) -> int:
    """Merge the pending validators into the state file; return how many feeds were updated."""
    pending_path = files.join(state_dir, PENDING_FILE)
    if not files.exists(pending_path):
        return 0
    pending = list(_to_records(_read_json(pending_path)).values())
    merge_validators(state_dir, pending)
    files.delete([pending_path])
    return len(pending)


def discard_pending(state_dir: str) -> None:
    """Drop a pending file left by a run that did not finish."""
    path = files.join(state_dir, PENDING_FILE)
    if files.exists(path):
        files.delete([path])
