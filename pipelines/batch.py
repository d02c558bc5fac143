"""The batch pipeline: sources -> ReadFeeds -> FetchPages -> ExtractArticles ->
TagDiplomaticEvents -> WriteDataset, every stage's failures flattened into the errors table."""

import argparse
import json
import logging
import pathlib
import sys
from typing import NamedTuple

import apache_beam as beam
from apache_beam.pvalue import PCollection

from pipelines.options import (
    NewsbeamOptions,
    OptionsError,
    choose_local_runner,
    fetch_settings,
    operator_sources,
    unknown_arguments,
)
from pipelines.summary import RunSummary, summarise
from schemas import ARTICLES, DUPLICATES, ERRORS, EVENTS, ErrorRecord, Source
from transforms.extract_articles import ExtractArticles
from transforms.feed_state import commit_pending, discard_pending
from transforms.fetch_pages import FetchPages
from transforms.read_feeds import ReadFeeds
from transforms.tag_events import TagDiplomaticEvents
from transforms.write_dataset import WriteDataset


class Outputs(NamedTuple):
    """The PCollections a built pipeline produces, for tests and for callers that add steps."""

    articles: PCollection
    events: PCollection
    duplicates: PCollection
    errors: PCollection
    files: PCollection


def build(
    pipeline: beam.Pipeline,
    options: NewsbeamOptions,
    *,
    sources: PCollection | None = None,
) -> Outputs:
    """Wire the stages. Tests pass ``sources`` (a PCollection of Source); otherwise the
    operator's sources are read from the options."""
    settings = fetch_settings(options)
    if sources is None:
        sources = pipeline | "CreateSources" >> beam.Create(operator_sources(options))
    entries, feed_failures = sources | "ReadFeeds" >> ReadFeeds(settings)
    pages, duplicates, fetch_failures = entries | "FetchPages" >> FetchPages(settings)
    articles, extract_failures = pages | "ExtractArticles" >> ExtractArticles()
    events, tag_failures = articles | "TagDiplomaticEvents" >> TagDiplomaticEvents()
    errors = (
        feed_failures,
        fetch_failures,
        extract_failures,
        tag_failures,
    ) | "FlattenErrors" >> beam.Flatten().with_output_types(ErrorRecord)
    output = options.output
    files = (
        articles | "WriteArticles" >> WriteDataset(output, ARTICLES),
        events | "WriteEvents" >> WriteDataset(output, EVENTS),
        duplicates | "WriteDuplicates" >> WriteDataset(output, DUPLICATES),
        errors | "WriteErrors" >> WriteDataset(output, ERRORS),
    ) | "FlattenFiles" >> beam.Flatten()
    return Outputs(articles, events, duplicates, errors, files)


def display_path(output: str) -> str:
    """The output as users should look for it: absolute when it is a local folder."""
    return output if "://" in output else str(pathlib.Path(output).resolve())


def parse_options(argv: list[str]) -> NewsbeamOptions:
    """Options from the command line; OptionsError for unknown or impossible ones."""
    unknown = unknown_arguments(argv)
    if unknown:
        raise OptionsError(f"unrecognised arguments: {' '.join(unknown)}")
    options = NewsbeamOptions(argv)
    choose_local_runner(options)
    operator_sources(options)  # fail fast on missing files, before the pipeline starts
    fetch_settings(options)
    return options


def run(argv: list[str], sources: list[Source] | None = None) -> RunSummary:
    """Run the batch pipeline to completion and return its summary."""
    options = parse_options(argv)
    if options.state:
        discard_pending(options.state)  # left by a run that did not finish
    pipeline = beam.Pipeline(options=options)
    build(
        pipeline,
        options,
        sources=(pipeline | "CreateSources" >> beam.Create(sources)) if sources else None,
    )
    result = pipeline.run()
    result.wait_until_finish()
    if options.state:
        commit_pending(options.state)  # only now: a failed run must not hide unread entries
    return summarise(result, display_path(options.output))


HELP_EPILOG = """Any Beam pipeline option is accepted too. The default runner is the local
FnApiRunner; pick another with --runner (e.g. --runner=DataflowRunner or PortableRunner),
and use both cores with --direct_running_mode=multi_processing --direct_num_workers=2."""


def print_help() -> None:
    """The options of ``newsbeam run`` (newsbeam's own; Beam's are documented by Beam)."""
    parser = argparse.ArgumentParser(
        prog="newsbeam run",
        description="Read feeds and pages, extract articles, tag diplomatic events, write Parquet.",
        epilog=HELP_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    NewsbeamOptions._add_argparse_args(parser)
    parser.print_help()


def main(argv: list[str]) -> int:
    """``newsbeam run``: run, print the summary, exit 0; exit 2 on bad arguments."""
    if "-h" in argv or "--help" in argv:
        print_help()
        return 0
    logging.getLogger().setLevel(logging.WARNING)
    try:
        summary = run(argv)
    except OptionsError as exc:
        print(f"newsbeam run: error: {exc}", file=sys.stderr)
        return 2
    print(summary.render())
    options = NewsbeamOptions(argv)
    if options.summary_json:
        pathlib.Path(options.summary_json).write_text(
            json.dumps(summary.as_dict(), indent=2) + "\n", encoding="utf-8"
        )
    return 0
