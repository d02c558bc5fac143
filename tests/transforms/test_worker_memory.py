"""loading pauses the cyclic collector while a stage loads its data, then freezes it once."""

import gc

import pytest

from transforms import worker_memory


@pytest.fixture
def freezes(monkeypatch):
    """The gc.freeze calls made (none really made: the test process keeps its generations)."""
    calls = []
    monkeypatch.setattr(worker_memory.gc, "freeze", lambda: calls.append(gc.isenabled()))
    return calls


def test_the_collector_is_paused_while_loading_and_the_load_frozen_before_it_resumes(freezes):
    assert gc.isenabled()
    with worker_memory.loading("TestLoadingPauses"):
        assert not gc.isenabled()
    assert gc.isenabled()
    assert freezes == [False]
    with worker_memory.loading("TestLoadingPauses"):  # frozen once per owner and process
        assert not gc.isenabled()
    assert freezes == [False]


def test_a_failed_load_is_not_frozen_and_the_collector_resumes(freezes):
    with pytest.raises(RuntimeError), worker_memory.loading("TestLoadingFails"):
        raise RuntimeError("no data")
    assert gc.isenabled()
    assert freezes == []


def test_a_collector_paused_before_stays_paused(freezes):
    gc.disable()
    try:
        with worker_memory.loading("TestLoadingPausedBefore"):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert freezes == [False]
