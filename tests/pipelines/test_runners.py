"""The same pipelines on other runners: the seed through Beam's portable job service with an SDK
worker pool in separate processes, and the Dataflow job translation, offline (``--dry_run``)."""

import contextlib
import os
import pathlib
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import apache_beam as beam
import pytest

from pipelines import batch, launch, streaming
from tests.pipelines.test_scheduled import rows

REPO = pathlib.Path(__file__).resolve().parents[2]
VENV_BIN = pathlib.Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, f"{process.args} exited with {process.returncode}"
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on port {port} after {seconds} s")


@contextlib.contextmanager
def local_service(module: str, *flags: str, port: int) -> Iterator[None]:
    """Run a Beam service module as its own process group; end the group whatever happens."""
    # The worker pool starts SDK workers as `python ...`: they must find this venv's python.
    env = dict(os.environ, PATH=f"{VENV_BIN}:{os.environ['PATH']}")
    process = subprocess.Popen(
        [sys.executable, "-m", module, *flags],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for_port(port, process)
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def test_seed_on_the_portable_runner_equals_the_local_run(tmp_path):
    job_port, worker_port = free_port(), free_port()
    with (
        local_service(
            "apache_beam.runners.portability.local_job_service_main",
            f"--port={job_port}",
            port=job_port,
        ),
        local_service(
            "apache_beam.runners.worker.worker_pool_main",
            f"--service_port={worker_port}",
            port=worker_port,
        ),
    ):
        portable = subprocess.run(
            [
                sys.executable,
                "-m",
                "pipelines.cli",
                "run",
                "--output",
                str(tmp_path / "portable"),
                "--runner=PortableRunner",
                f"--job_endpoint=localhost:{job_port}",
                "--environment_type=EXTERNAL",
                f"--environment_config=localhost:{worker_port}",
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert portable.returncode == 0, portable.stderr[-3000:]
    assert batch.main(["--output", str(tmp_path / "local")]) == 0
    assert rows(tmp_path / "portable") == rows(tmp_path / "local")
    assert rows(tmp_path / "local")["articles"]


DATAFLOW_FLAGS = [
    "--runner=DataflowRunner",
    "--dry_run=True",
    "--no_auth",
    "--project=newsbeam-example",
    "--region=europe-west1",
    "--temp_location=gs://newsbeam-example/tmp",
    f"--setup_file={REPO / 'setup.py'}",
    "--output=gs://newsbeam-example/dataset",
    "--state=gs://newsbeam-example/state",
    "--feeds",
    "https://news.example/feed.xml",
]


@pytest.mark.parametrize(
    "command, job_type", [("run", "JOB_TYPE_BATCH"), ("stream", "JOB_TYPE_STREAMING")]
)
def test_dataflow_job_translates_offline(command, job_type):
    dataflow = pytest.importorskip("google.cloud.dataflow", reason="needs the gcp extra")
    if command == "run":
        options = launch.parse_options(DATAFLOW_FLAGS)
        pipeline = beam.Pipeline(options=options)
        batch.build(pipeline, options)
    else:
        options = streaming.stream_options(DATAFLOW_FLAGS)
        pipeline = beam.Pipeline(options=options)
        streaming.build(pipeline, options)
    result = pipeline.run()  # the conftest guard fails any connection beyond loopback
    assert result.job.proto.type == getattr(dataflow.JobType, job_type)
    transforms = result.job.proto_pipeline.components.transforms.values()
    labels = {transform.unique_name for transform in transforms}
    assert "DeduplicateEntries/KeepFirstSighting" in labels and "WriteArticles" in labels
