"""Runners: which Beam runner a run uses, and what newsbeam refuses on the DaskRunner.

The local FnApiRunner is the default (never the DirectRunner's Prism download); Beam's
DaskRunner is accepted by its short name and its options are loaded only when asked for.
"""

import argparse
import importlib
import ipaddress

from apache_beam.options.pipeline_options import (
    PipelineOptions,
    StandardOptions,
    _BeamArgumentParser,
)

from pipelines.option_errors import OptionsError

# The local runner, chosen explicitly: Beam 2.77's DirectRunner first tries to download the
# Prism runner binary from the internet, which a default run must never do.
DEFAULT_RUNNER = "FnApiRunner"
# Beam's DaskRunner, which Beam 2.77 does not list among its known runners: ``--runner=DaskRunner``
# alone fails in Beam's runner lookup, and its options (``--dask_client_address``...) exist only
# once its module is imported, which needs the ``dask`` extra.
DASK_RUNNER = "apache_beam.runners.dask.dask_runner.DaskRunner"
DASK_RUNNER_NAMES = ("dask", "daskrunner", DASK_RUNNER.lower())
DASK_EXTRA = "pip install 'newsbeam[dask]'"


def named_runner(argv: list[str]) -> str | None:
    """The runner named on the command line (``--runner X`` or ``--runner=X``), if any."""
    parser = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--runner", type=str, default=None)
    known, _rest = parser.parse_known_args(argv)
    return known.runner


def is_dask_runner(runner: str | None) -> bool:
    """Whether a --runner value names Beam's DaskRunner (short or full name, any case)."""
    return bool(runner) and runner.lower() in DASK_RUNNER_NAMES


def register_runner_options(argv: list[str]) -> None:
    """Import the DaskRunner's module when the command line asks for it or its options, so that
    its options class (DaskOptions) is known; OptionsError if the dask extra is missing."""
    wants_dask = is_dask_runner(named_runner(argv)) or any(a.startswith("--dask_") for a in argv)
    if not wants_dask:
        return
    try:
        importlib.import_module(DASK_RUNNER.rsplit(".", 1)[0])
    except ImportError as exc:
        raise OptionsError(f"--runner=DaskRunner needs the dask extra: {DASK_EXTRA}") from exc


def unknown_arguments(argv: list[str]) -> list[str]:
    """The arguments that no PipelineOptions class (Beam's or newsbeam's) knows."""
    register_runner_options(argv)
    parser = _BeamArgumentParser(allow_abbrev=False)
    for options_class in {str(c): c for c in PipelineOptions.__subclasses__()}.values():
        options_class._add_argparse_args(parser)
    _known, unknown = parser.parse_known_args(argv)
    return unknown


def choose_runner(options: PipelineOptions) -> None:
    """Pick the local FnApiRunner unless the operator named a runner; name the DaskRunner in
    full, as Beam's runner lookup needs it."""
    standard = options.view_as(StandardOptions)
    if not standard.runner:
        standard.runner = DEFAULT_RUNNER
    elif is_dask_runner(standard.runner):
        standard.runner = DASK_RUNNER


def is_loopback_address(address: str) -> bool:
    """Whether a Dask scheduler address (``tcp://host:port``, ``host:port``) is on this
    machine's loopback."""
    host = address.split("://", 1)[-1].rsplit(":", 1)[0].strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_dask(options: PipelineOptions, *, streaming: bool = False) -> None:
    """On the DaskRunner: refuse what Beam 2.77's DaskRunner cannot run (unbounded sources,
    and the state and timers of --state's DeduplicateEntries), and local paths that workers on
    another machine would not see (a scheduler off loopback means a real cluster)."""
    if options.view_as(StandardOptions).runner != DASK_RUNNER:
        return
    if streaming:
        raise OptionsError(
            "the DaskRunner runs batch pipelines only: use newsbeam run, or a streaming runner "
            "(DataflowRunner, FlinkRunner) for newsbeam stream"
        )
    if options.state:
        raise OptionsError(
            "--state is not supported on the DaskRunner: Beam 2.77's DaskRunner does not run the "
            "state and timers that deduplication across runs uses"
        )
    address = options.get_all_options().get("address")
    if not address or is_loopback_address(address):
        return  # a LocalCluster of this machine's own: its workers see its disk
    if "://" not in options.output:
        raise OptionsError(
            "--output must be a URL of a filesystem the Dask workers share (s3://, gs://, ...) "
            f"when the scheduler {address} is not on this machine, not {options.output!r}"
        )
