"""Launching a run: its options parsed and checked before any work, its ``--state`` run begun,
kept alive and committed around the pipeline, and its output folder named as users look for it.
Shared by ``newsbeam run`` (``batch``) and ``newsbeam stream`` (``streaming``).
"""

import contextlib
import datetime
import logging
import pathlib
from collections.abc import Iterator

from pipelines.fetch_options import fetch_settings
from pipelines.option_checks import (
    check_local_outputs,
    check_number,
    check_remote_paths,
    check_schedule,
)
from pipelines.option_errors import OptionsError
from pipelines.options import NewsbeamOptions
from pipelines.runners import check_dask, choose_runner, unknown_arguments
from pipelines.source_options import check_remote_sources, operator_sources, publication_range
from state import Run, RunInProgress, StateStore, keep_alive
from state.files import canonical
from transforms.failures import utc_now


def display_path(output: str) -> str:
    """The output as users should look for it: absolute when it is a local folder."""
    return output if "://" in output else str(pathlib.Path(output).resolve())


def parse_options(argv: list[str], *, streaming: bool = False) -> NewsbeamOptions:
    """Options from the command line; OptionsError for unknown or impossible ones, or for
    ones the chosen runner cannot run (``streaming`` for ``newsbeam stream``)."""
    unknown = unknown_arguments(argv)
    if unknown:
        raise OptionsError(f"unrecognised arguments: {' '.join(unknown)}")
    options = NewsbeamOptions(argv)
    choose_runner(options)
    operator_sources(options)  # fail fast on missing files, before the pipeline starts
    fetch_settings(options)
    check_schedule(options)
    check_number("--progress-interval", options.progress_interval)
    check_remote_paths(options)
    check_dask(options, streaming=streaming)
    check_remote_sources(options)
    publication_range(options)
    check_local_outputs(options)  # last: it creates the output folder
    # Absolute and canonical from here on: workers, run records and recovery then name the same
    # folders whatever their working directory.
    options.output = canonical(options.output)
    if options.state:
        options.state = canonical(options.state)
    return options


def state_store(options: NewsbeamOptions) -> StateStore:
    """The ``--state`` store of a run."""
    return StateStore(options.state, lease_seconds=options.state_lease)


def begin_state(options: NewsbeamOptions, mode: str) -> tuple[StateStore, Run] | None:
    """Begin a run with ``--state`` (None without): refused (OptionsError) while another run's
    lease is live; killed runs are finished off and old commits compacted first."""
    if not options.state:
        return None
    store = state_store(options)
    forget_before = utc_now() - datetime.timedelta(seconds=options.dedup_ttl)
    try:
        deleted = store.recover()
        started = store.begin(options.output, mode, forget_before)
    except RunInProgress as exc:
        raise OptionsError(str(exc)) from exc
    if deleted:
        logging.warning("removed %d uncommitted files of a killed run", len(deleted))
    return store, started


@contextlib.contextmanager
def state_run(options: NewsbeamOptions, mode: str) -> Iterator[str | None]:
    """Around a run with ``--state``: begin it, keep its lease alive while the block runs, and
    commit it when the block ends without error. Yields the run id (None without state)."""
    begun = begin_state(options, mode)
    if begun is None:
        yield None
        return
    store, started = begun
    with keep_alive(store, started):
        yield started.run_id
    store.commit(started)
