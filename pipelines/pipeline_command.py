"""A ``newsbeam`` pipeline command (``run``, ``stream``): its help, the summary it prints and may
write to ``--summary-json``, and its exit status (0, or 2 with one line for bad options)."""

import argparse
import json
import logging
import pathlib
import sys
from collections.abc import Callable

from pipelines.option_errors import OptionsError
from pipelines.options import NewsbeamOptions
from pipelines.summary import RunSummary

HELP_EPILOG = """Any Beam pipeline option is accepted too. The default runner is the local
FnApiRunner; pick another with --runner (e.g. --runner=DataflowRunner or PortableRunner, or
--runner=DaskRunner --dask_client_address=tcp://HOST:8786 with the dask extra, batch only),
and use both cores with --direct_running_mode=multi_processing --direct_num_workers=2."""


DESCRIPTIONS = {
    "run": "Read feeds and pages, extract articles, tag diplomatic events, write Parquet.",
    "stream": "Poll feeds and pages every --poll-interval seconds and write what is new, in "
    "--window windows, until --duration has passed or the stream is stopped.",
}


def print_help(command: str = "run") -> None:
    """The options of ``newsbeam run`` or ``stream`` (newsbeam's own; Beam's are Beam's)."""
    parser = argparse.ArgumentParser(
        prog=f"newsbeam {command}",
        description=DESCRIPTIONS[command],
        epilog=HELP_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    NewsbeamOptions._add_argparse_args(parser)
    parser.print_help()


def report(summary: RunSummary, argv: list[str]) -> None:
    """Print the summary, and write it to --summary-json if asked (OptionsError if it cannot
    be written after all: the folder was checked at launch, but may have gone since)."""
    print(summary.render())
    options = NewsbeamOptions(argv)
    if options.summary_json:
        try:
            pathlib.Path(options.summary_json).write_text(
                json.dumps(summary.as_dict(), indent=2) + "\n", encoding="utf-8"
            )
        except OSError as exc:
            raise OptionsError(f"--summary-json: cannot write it: {exc.strerror}") from exc


def run_command(
    command: str, run_pipeline: Callable[[list[str]], RunSummary], argv: list[str]
) -> int:
    """A ``newsbeam`` pipeline command: run, print the summary, exit 0; exit 2 on bad
    arguments."""
    if "-h" in argv or "--help" in argv:
        print_help(command)
        return 0
    logging.getLogger().setLevel(logging.WARNING)
    try:
        summary = run_pipeline(argv)
        report(summary, argv)
    except OptionsError as exc:
        print(f"newsbeam {command}: error: {exc}", file=sys.stderr)
        return 2
    return 0
