"""The core of newsbeam (fetching, feeds, extraction, tagging, the records) and ``newsbeam tag``
import without Apache Beam: Beam-only helpers live beside the transforms."""

import subprocess
import sys

import pytest

NO_BEAM = "import sys; assert not [m for m in sys.modules if m.startswith('apache_beam')], " + (
    "sorted(m for m in sys.modules if m.startswith('apache_beam'))[:5]"
)


@pytest.mark.parametrize(
    "modules",
    [
        "transforms.tagging, transforms.fetching, transforms.extraction, transforms.feeds",
        "schemas, transforms.failures, transforms.urls, transforms.sitemaps",
        "pipelines.cli, pipelines.tag_command",
    ],
)
def test_the_core_imports_without_beam(modules):
    completed = subprocess.run(
        [sys.executable, "-c", f"import {modules}; {NO_BEAM}"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
