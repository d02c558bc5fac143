"""``newsbeam report --input DIR --to FILE.html``: an output folder's events as one HTML page."""

import argparse
import pathlib
import sys
import time

from reports.page import render
from reports.queries import ReportInputError, report_data


def parser() -> argparse.ArgumentParser:
    """The command's arguments."""
    command = argparse.ArgumentParser(
        prog="newsbeam report",
        description="Write one self-contained HTML report (events per day, top dyads, a map of "
        "geocoded events, the most recent asserted events) from an output folder. The page "
        "opens offline: nothing in it is fetched from the network.",
    )
    command.add_argument(
        "--input",
        required=True,
        metavar="DIR",
        help="An output folder of `newsbeam run` or `stream` (events/ under it; "
        "event_clusters/ too if present), local or on any Beam filesystem (gs://...).",
    )
    command.add_argument(
        "--to", required=True, metavar="FILE", help="The HTML file to write (overwritten)."
    )
    command.add_argument(
        "--title", default="newsbeam report", help="The page's title (default: %(default)s)."
    )
    return command


def main(argv: list[str]) -> int:
    """Write the report; exit 2 on a bad input or output."""
    args = parser().parse_args(argv)
    started = time.perf_counter()
    try:
        page = render(report_data(args.input), args.title)
        pathlib.Path(args.to).write_text(page, encoding="utf-8")
    except ReportInputError as exc:
        print(f"newsbeam report: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"newsbeam report: error: cannot write {args.to}: {exc.strerror}", file=sys.stderr)
        return 2
    seconds = time.perf_counter() - started
    print(f"report          {args.to} ({len(page) // 1024} KB, {seconds:.1f} s)")
    return 0
