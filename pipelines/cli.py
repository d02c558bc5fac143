"""The ``newsbeam`` command: ``run`` (batch), ``stream``, ``tag`` and ``evaluate`` (the event
tagger), ``report`` (an output folder as an HTML page)."""

import logging
import os
import sys

USAGE = """usage: newsbeam COMMAND [options]

commands:
  run        run the batch pipeline (default input: the seed feed; output: ./output)
  stream     poll the sources every few minutes and write what is new, until stopped
  tag        tag events in JSON Lines documents read from stdin
  evaluate   score the tagger against a gold file
  report     write an output folder's events as one offline HTML page

Run `newsbeam COMMAND --help` for a command's options."""


def quiet_import_noise() -> None:
    """Drop Beam's import-time warning about the optional GCP client (apitools) on a machine
    without the ``gcp`` extra: it is noise for every local run."""
    logging.getLogger().addFilter(lambda record: "apitools not found" not in record.getMessage())


def main(argv: list[str] | None = None) -> int:
    """Dispatch to a subcommand; exit status 2 for an unknown one."""
    quiet_import_noise()
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("-h", "--help"):
        print(USAGE, file=sys.stdout if args else sys.stderr)
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command == "run":
        from pipelines.batch import main as run_main

        return run_main(rest)
    if command == "stream":
        from pipelines.streaming import main as stream_main

        return stream_main(rest)
    if command == "tag":
        from pipelines.tag_command import main as tag_main

        return tag_main(rest)
    if command == "evaluate":
        from pipelines.evaluate_command import main as evaluate_main

        return evaluate_main(rest)
    if command == "report":
        from pipelines.report_command import main as report_main

        return report_main(rest)
    print(f"newsbeam: error: unknown command {command!r}\n\n{USAGE}", file=sys.stderr)
    return 2


def entry() -> None:
    """The process's entry point (the ``newsbeam`` script, ``python -m pipelines.cli``).

    A local stream runs one Beam job per poll in this process. With Beam 2.77 the process
    sometimes aborted after its last poll, in interpreter teardown, with "terminate called
    without an active exception" (SIGABRT, exit -6; 1 of 5 full test runs on the 2-core
    machine), after every table was written. A finished stream therefore flushes its streams
    and leaves without the teardown; every file it writes is closed before ``main`` returns.
    """
    code = main()
    if sys.argv[1:2] == ["stream"]:
        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    entry()
