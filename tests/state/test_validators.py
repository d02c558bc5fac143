"""Feed validators between runs: the file format, pending writes, commit on success."""

import datetime
import json

import pytest

from schemas.entries import FeedValidators
from state.validators import (
    PENDING_FILE,
    STATE_FILE,
    StateError,
    commit_pending,
    discard_pending,
    load_validators,
    write_pending,
)

AT = datetime.datetime(2026, 11, 29, 7, 0, tzinfo=datetime.timezone.utc)


def validators(url: str, etag: str | None, status: int = 200) -> FeedValidators:
    return FeedValidators(url, etag, "Sun, 29 Nov 2026 06:00:00 GMT" if etag else None, AT, status)


def test_nothing_kept_yet_is_an_empty_state(tmp_path):
    assert load_validators(str(tmp_path)) == {}
    assert commit_pending(str(tmp_path)) == 0


def test_pending_validators_count_only_once_committed(tmp_path):
    state = str(tmp_path)
    write_pending(state, [validators("https://a.example/feed", '"a1"')])
    assert load_validators(state) == {}  # not before the run succeeded
    assert commit_pending(state) == 1
    assert load_validators(state)["https://a.example/feed"].etag == '"a1"'
    assert not (tmp_path / PENDING_FILE).exists()
    document = json.loads((tmp_path / STATE_FILE).read_text())
    assert document["format"] == "newsbeam.feed-validators" and document["version"] == 1
    assert document["feeds"]["https://a.example/feed"]["checked_at"] == AT.isoformat()


def test_a_304_keeps_the_validators_and_feeds_not_seen_keep_theirs(tmp_path):
    state = str(tmp_path)
    write_pending(state, [validators("https://a.example/feed", '"a1"'), validators("b", '"b1"')])
    commit_pending(state)
    write_pending(state, [FeedValidators("https://a.example/feed", None, None, AT, 304)])
    commit_pending(state)
    kept = load_validators(state)
    assert (kept["https://a.example/feed"].etag, kept["https://a.example/feed"].status) == (
        '"a1"',
        304,
    )
    assert kept["https://a.example/feed"].last_modified is not None
    assert kept["b"].etag == '"b1"'


def test_a_pending_file_from_a_failed_run_is_discarded(tmp_path):
    write_pending(str(tmp_path), [validators("x", '"x"')])
    discard_pending(str(tmp_path))
    assert commit_pending(str(tmp_path)) == 0 and load_validators(str(tmp_path)) == {}


def test_a_foreign_file_is_refused_with_its_name(tmp_path):
    (tmp_path / STATE_FILE).write_text('{"feeds": {}}')
    with pytest.raises(StateError, match=STATE_FILE):
        load_validators(str(tmp_path))
