"""The Flex Template: its metadata declares exactly the pipeline's options, and its launcher
turns template parameters into a newsbeam command line."""

import json
import pathlib

import pytest

from pipelines.flex import launcher_argv, template_parameters
from pipelines.streaming import stream_options

METADATA = pathlib.Path(__file__).resolve().parents[2] / "flex" / "metadata.json"


def test_metadata_parameters_are_the_pipeline_options():
    metadata = json.loads(METADATA.read_text())
    names = [parameter["name"] for parameter in metadata["parameters"]]
    assert len(names) == len(set(names))
    assert set(names) == template_parameters()
    assert all(p["label"] and p["helpText"] for p in metadata["parameters"])


def test_launcher_arguments_become_a_newsbeam_command_line():
    argv = launcher_argv(
        [
            "--mode=stream",
            "--feeds=https://a.example/feed.xml, https://b.example/feed.xml",
            "--output=gs://bucket/dataset",
            "--poll_interval=120",
            "--dedup_ttl=86400",
            "--runner=DataflowRunner",
            "--project=example",
        ]
    )
    assert argv[0] == "stream"
    options = stream_options(argv[1:])
    assert options.feeds == ["https://a.example/feed.xml", "https://b.example/feed.xml"]
    assert (options.poll_interval, options.dedup_ttl) == (120.0, 86400.0)
    assert options.output == "gs://bucket/dataset" and "--project=example" in argv
    with pytest.raises(ValueError, match="mode must be one of"):
        launcher_argv(["--mode=sometimes"])
