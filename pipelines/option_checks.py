"""Checks of option values that need no source or fetch settings: numbers, the schedule of a
stream, local outputs that must be writable before any work, paths a remote runner can reach.
Each refuses a bad value with an ``OptionsError`` of one line (exit status 2)."""

from __future__ import annotations

import math
import os
import pathlib
import uuid
from typing import TYPE_CHECKING

from apache_beam.options.pipeline_options import StandardOptions

from pipelines.option_errors import OptionsError

if TYPE_CHECKING:
    from pipelines.options import NewsbeamOptions


def check_number(flag: str, value: float, *, zero: bool = False) -> None:
    """Refuse nan, infinities, negatives, and zero unless ``zero`` allows it."""
    if not math.isfinite(value):
        raise OptionsError(f"{flag} must be a finite number, not {value}")
    if value < 0 or (value == 0 and not zero):
        raise OptionsError(f"{flag} must {'not be negative' if zero else 'be positive'}")


def check_schedule(options: NewsbeamOptions) -> None:
    """Refuse poll, window, duration and TTL values that cannot work."""
    for flag, value in (
        ("--poll-interval", options.poll_interval),
        ("--window", options.window),
        ("--dedup-ttl", options.dedup_ttl),
        ("--state-lease", options.state_lease),
    ):
        check_number(flag, value)
    if options.duration is not None:
        check_number("--duration", options.duration)
    if options.polls is not None:
        check_number("--polls", options.polls)


def check_writable(flag: str, folder: pathlib.Path) -> None:
    """Prove a local folder takes a new file, by writing and removing one (root ignores
    permission bits, a read-only mount does not: only trying tells)."""
    probe = folder / f".newsbeam-probe-{uuid.uuid4().hex}"
    try:
        probe.touch(exist_ok=False)
        probe.unlink()
    except OSError as exc:
        raise OptionsError(f"{flag}: cannot write in {folder}: {exc.strerror}") from exc


def check_local_outputs(options: NewsbeamOptions) -> None:
    """Refuse, before any fetching, a local --output that is a file or cannot be written, and
    a --summary-json that could not be written once the run is done."""
    if options.output and "://" not in options.output:
        output = pathlib.Path(options.output).expanduser()
        if output.exists() and not output.is_dir():
            raise OptionsError(f"--output: {options.output} is a file, not a folder")
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OptionsError(f"--output: cannot create {options.output}: {exc.strerror}") from exc
        check_writable("--output", output)
    if options.summary_json:
        summary = pathlib.Path(options.summary_json).expanduser()
        if summary.is_dir():
            raise OptionsError(f"--summary-json: {options.summary_json} is a folder")
        if not summary.parent.is_dir():
            raise OptionsError(f"--summary-json: no such folder: {summary.parent}")
        if summary.exists() and not os.access(summary, os.W_OK):
            raise OptionsError(f"--summary-json: {options.summary_json} is not writable")
        check_writable("--summary-json", summary.parent)


def check_remote_paths(options: NewsbeamOptions) -> None:
    """On Dataflow, workers cannot see the launching machine's disk: --output and --state must
    be URLs of a shared filesystem (gs://...)."""
    if options.view_as(StandardOptions).runner != "DataflowRunner":
        return
    for flag, value in (("--output", options.output), ("--state", options.state)):
        if value and "://" not in value:
            raise OptionsError(f"{flag} must be a gs:// URL on DataflowRunner, not {value!r}")
