"""The Flex Template launcher: Dataflow's launcher passes each template parameter as
``--name=value`` (names as in ``flex/metadata.json``, i.e. the options' dests); this turns them
into a ``newsbeam run`` or ``newsbeam stream`` command line. Beam's own options pass as they are.
"""

import argparse
import re

from pipelines.options import NewsbeamOptions

MODES = ("stream", "run")
# Options that make no sense in a template: a file on the launcher's disk, gone when it exits.
# parse_slots: the template image does not install the parser extra. quiet, progress_interval:
# a local run's progress lines; a template's job reports its counts as Beam metrics. polls: a
# local stream's count of its one-job-per-poll rounds; a Dataflow stream is one job.
NOT_TEMPLATE_PARAMETERS = frozenset(
    {"summary_json", "parse_slots", "quiet", "progress_interval", "polls"}
)
# Parameters that may list several values, separated by commas or spaces.
LIST_PARAMETERS = frozenset({"feeds", "warc", "warc_paths", "sitemaps"})


def newsbeam_flags() -> dict[str, str]:
    """newsbeam's options: dest -> the flag the command line takes (``poll_interval`` ->
    ``--poll-interval``)."""
    parser = argparse.ArgumentParser(add_help=False)
    NewsbeamOptions._add_argparse_args(parser)
    return {action.dest: action.option_strings[0] for action in parser._actions}


def template_parameters() -> set[str]:
    """The names a Flex Template of newsbeam must declare: ``mode`` and newsbeam's options."""
    return {"mode"} | (set(newsbeam_flags()) - NOT_TEMPLATE_PARAMETERS)


def launcher_argv(argv: list[str]) -> list[str]:
    """The ``newsbeam`` arguments for the launcher's ``--name=value`` arguments. The
    ``LIST_PARAMETERS`` may list several values separated by commas or spaces; ``mode`` is
    ``stream`` by default."""
    flags = newsbeam_flags()
    mode, rest = "stream", []
    for argument in argv:
        name, _, value = argument.removeprefix("--").partition("=")
        if name == "mode":
            if value not in MODES:
                raise ValueError(f"mode must be one of {', '.join(MODES)}, not {value!r}")
            mode = value
        elif name in LIST_PARAMETERS:
            rest += [flags[name], *(item for item in re.split(r"[,\s]+", value) if item)]
        elif name in flags:
            rest.append(f"{flags[name]}={value}")
        else:
            rest.append(argument)
    return [mode, *rest]
