"""Test-wide fixtures: a network guard that confines every test to loopback, and local runners.

The guard wraps socket connections and name lookups for the whole session: a connection to any
address outside 127.0.0.0/8 (or ::1), or a DNS lookup of any name but localhost, fails the test
at once, so no test can reach the internet by accident, whatever library opens the socket.
"""

import ipaddress
import os
import socket

import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_pipeline import TestPipeline
from hypothesis import settings

LOCAL_RUNNER = "FnApiRunner"

# In CI the property tests draw the same examples every run, so that a landing does not hang on
# luck; developers' runs keep exploring new ones (and a failure found there becomes an @example).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


class NetworkEscape(AssertionError):
    """A test tried to connect beyond loopback."""


def _is_loopback(address) -> bool:
    if isinstance(address, tuple):
        address = address[0]
    if isinstance(address, (bytes, str)) and str(address).startswith("/"):
        return True  # Unix domain sockets stay on this machine
    try:
        return ipaddress.ip_address(str(address).split("%")[0]).is_loopback
    except ValueError:
        return str(address) == "localhost"


_real_getaddrinfo = socket.getaddrinfo


def _is_address_literal(name: str) -> bool:
    try:
        ipaddress.ip_address(name.split("%")[0])
    except ValueError:
        return False
    return True


def _guarded_getaddrinfo(host, *args, **kwargs):
    name = host.decode() if isinstance(host, bytes) else host
    # An address literal resolves without a query (its connection is guarded); names must be
    # local ones.
    if name and not _is_address_literal(name) and name not in ("localhost", socket.gethostname()):
        raise NetworkEscape(f"test tried to resolve {name!r}, a name beyond loopback")
    return _real_getaddrinfo(host, *args, **kwargs)


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
        raise NetworkEscape(f"test tried to connect to {address!r}, outside loopback")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
        raise NetworkEscape(f"test tried to connect to {address!r}, outside loopback")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def loopback_only():
    """Refuse every socket connection outside loopback for the whole test session."""
    socket.socket.connect = _guarded_connect
    socket.socket.connect_ex = _guarded_connect_ex
    socket.getaddrinfo = _guarded_getaddrinfo
    yield
    socket.socket.connect = _real_connect
    socket.socket.connect_ex = _real_connect_ex
    socket.getaddrinfo = _real_getaddrinfo


def local_pipeline(*flags: str) -> TestPipeline:
    """A TestPipeline on the local FnApiRunner (never the DirectRunner's Prism download)."""
    return TestPipeline(runner=LOCAL_RUNNER, options=PipelineOptions(list(flags)))


def streaming_pipeline(*flags: str) -> TestPipeline:
    """A streaming TestPipeline for TestStream, on the BundleBasedDirectRunner (TestStream runs
    there; the DirectRunner would first try to download Prism)."""
    return TestPipeline(
        runner="BundleBasedDirectRunner", options=PipelineOptions(["--streaming", *flags])
    )


@pytest.fixture
def pipeline_factory():
    """Build TestPipelines on the local runner: ``with pipeline_factory() as p: ...``."""
    return local_pipeline
