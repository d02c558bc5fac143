"""Every file name that newsbeam's state depends on, built and parsed here and nowhere else.

Data files (``WriteDataset``, under ``--output``): ``part-[<run>-][<window>-]<digest>.parquet``,
written as ``.part-...parquet.<random>.tmp`` first. ``<run>`` is the 12-hex-digit run id of a
run with ``--state`` (absent without state), ``<window>`` a streaming window and pane
(``20250101T120000Z-p0``, absent in batch), ``<digest>`` 16 hex digits of the rows' ids.

State files (under ``--state DIR``): ``articles/seen-<run>-<tag>-<digest>.parquet`` (a run's
commit of one window's sightings; ``<tag>`` is the window, ``all`` for a batch run, and
``<run>`` is ``compacted`` for merged commits), ``articles/runs/<run>.json`` (a run's record
and lease), ``feed-validators.json`` and ``feed-validators.pending.json``; the story index
(``state.story_index``): ``stories/<kind>-<run>.parquet`` (a committed run's rows of one kind:
``sketches``, ``stories`` or ``clusters``; ``<run>`` is ``compacted<8 hex digits>`` for merged
files) and ``stories/pending/<run>-<kind>.parquet`` (a run's rows until it commits).
"""

import dataclasses
import re
import uuid

ARTICLES_FOLDER = "articles"
RUNS_FOLDER = "runs"
VALIDATORS_FILE = "feed-validators.json"
PENDING_VALIDATORS_FILE = "feed-validators.pending.json"
GLOBAL_TAG = "all"  # the window tag of a batch run's single commit
COMPACTED_RUN = "compacted"  # the run id of merged commit files
STORY_INDEX_FOLDER = "stories"
STORY_INDEX_PENDING_FOLDER = "pending"
STORY_INDEX_KINDS = ("sketches", "stories", "clusters")

_RUN = r"[0-9a-f]{12}"
_DIGEST = r"[0-9a-f]{16}"
_WINDOW = r"\d{8}T\d{6}Z-p\d+"
_DATA_FILE = re.compile(
    rf"(?P<hidden>\.)?part-(?:(?P<run>{_RUN})-)?(?:(?P<window>{_WINDOW})-)?(?P<digest>{_DIGEST})"
    r"\.parquet(?P<temporary>\.[0-9a-f]+\.tmp)?"
)
_COMMIT = re.compile(
    rf"seen-(?P<run>{_RUN}|{COMPACTED_RUN})-(?P<tag>.+)-(?P<digest>{_DIGEST})\.parquet"
)
_RUN_RECORD = re.compile(rf"(?P<run>{_RUN})\.json")
_KIND = "|".join(STORY_INDEX_KINDS)
_INDEX_FILE = re.compile(
    rf"(?P<kind>{_KIND})-(?P<run>{_RUN}|{COMPACTED_RUN}[0-9a-f]{{8}})\.parquet"
)
_PENDING_INDEX_FILE = re.compile(rf"(?P<run>{_RUN})-(?P<kind>{_KIND})\.parquet")


@dataclasses.dataclass(frozen=True)
class DataFileName:
    """The parts of a data file's name."""

    run_id: str | None
    window: str  # "" in batch
    digest: str
    temporary: bool

    @property
    def tag(self) -> str:
        """The window the file belongs to, as its commit names it (GLOBAL_TAG in batch)."""
        return self.window or GLOBAL_TAG


@dataclasses.dataclass(frozen=True)
class CommitName:
    """The parts of a commit file's name."""

    run_id: str
    tag: str
    digest: str


def new_run_id() -> str:
    """A fresh run id: 12 hex digits (it prefixes every data file the run writes)."""
    return uuid.uuid4().hex[:12]


def data_file_name(run_id: str | None, window: str, digest: str) -> str:
    """A data file's name: ``part-[<run>-][<window>-]<digest>.parquet``."""
    prefix = "".join(f"{part}-" for part in (run_id, window) if part)
    return f"part-{prefix}{digest}.parquet"


def temporary_name(name: str) -> str:
    """The hidden name a file is written under before it is renamed to ``name``."""
    return f".{name}.{uuid.uuid4().hex}.tmp"


def parse_data_file(name: str) -> DataFileName | None:
    """The parts of a data file's (or its temporary file's) name; None for any other name."""
    match = _DATA_FILE.fullmatch(name)
    if not match or bool(match["hidden"]) != bool(match["temporary"]):
        return None
    return DataFileName(
        match["run"], match["window"] or "", match["digest"], bool(match["temporary"])
    )


def commit_name(run_id: str, tag: str, digest: str) -> str:
    """A commit file's name: ``seen-<run>-<tag>-<digest>.parquet``."""
    return f"seen-{run_id}-{tag}-{digest}.parquet"


def parse_commit(name: str) -> CommitName | None:
    """The parts of a commit file's name; None for any other name."""
    match = _COMMIT.fullmatch(name)
    return CommitName(match["run"], match["tag"], match["digest"]) if match else None


def run_record_name(run_id: str) -> str:
    """A run record's name: ``<run>.json``."""
    return f"{run_id}.json"


def parse_run_record(name: str) -> str | None:
    """The run id of a run record's name; None for any other name."""
    match = _RUN_RECORD.fullmatch(name)
    return match["run"] if match else None


def index_file_name(kind: str, run_id: str) -> str:
    """A committed story index file's name: ``<kind>-<run>.parquet``."""
    return f"{kind}-{run_id}.parquet"


def compacted_index_run() -> str:
    """The run id part of a merged story index file: ``compacted<8 hex digits>``."""
    return f"{COMPACTED_RUN}{new_run_id()[:8]}"


def pending_index_name(run_id: str, kind: str) -> str:
    """A run's pending story index file's name: ``<run>-<kind>.parquet``."""
    return f"{run_id}-{kind}.parquet"


def parse_index_file(name: str) -> tuple[str, str] | None:
    """(kind, run id) of a committed story index file's name; None for any other name."""
    match = _INDEX_FILE.fullmatch(name)
    return (match["kind"], match["run"]) if match else None


def parse_pending_index_file(name: str) -> tuple[str, str] | None:
    """(run id, kind) of a pending story index file's name; None for any other name."""
    match = _PENDING_INDEX_FILE.fullmatch(name)
    return (match["run"], match["kind"]) if match else None


def basename(path: str) -> str:
    """The last part of a path or URL."""
    return path.rstrip("/").rsplit("/", 1)[-1]
