"""Keep Python's cyclic garbage collector off the data a worker loads once.

The extraction and tagging stages load the tagger's dictionaries, the lexicon and the
gazetteer in their ``setup``: hundreds of thousands of objects that live as long as the
process. Every full collection walks them again, and so does the interpreter when a worker
process exits. Beam 2.77's FnApiRunner with ``--direct_num_workers=2`` closes its worker
processes one after the other and waits for each to exit: on the benchmark's 181 pages the
two exits took 1.9 s of the run's wall time, 0.45 s once the loaded data was frozen
(``gc.freeze``), and a worker's full collections cost it about 0.15 s each.

Frozen objects are never collected as cycles (reference counting still frees them), so each
caller freezes once per process: a process that builds many pipelines (the tests, a stream's
local rounds) keeps at most one freeze's worth of whatever was alive then.

The loading itself runs with the collector paused (``loading``): it makes more objects than
were alive before, all kept, so its allocations set off collections, two of them full, that walk
the growing heap and free nothing. Paused, a one-worker run on the benchmark's 181 pages spent
0.28-0.31 s collecting instead of 0.54-0.61 s (three runs each); every worker process of a
multi-process run loads, and saves, as much.
"""

import contextlib
import gc
import threading
from collections.abc import Iterator

_FROZEN_BY: set[str] = set()
_LOCK = threading.Lock()


def freeze_loaded(owner: str) -> bool:
    """Move every object alive now out of the collector's generations (``gc.freeze``), the
    first time ``owner`` (a stage's name) asks in this process; return whether it did."""
    with _LOCK:
        if owner in _FROZEN_BY:
            return False
        _FROZEN_BY.add(owner)
        gc.freeze()
        return True


@contextlib.contextmanager
def loading(owner: str) -> Iterator[None]:
    """Load a stage's once-per-process data with the cyclic collector paused, then freeze what
    is alive (``freeze_loaded``) before the collector runs again. Another thread of the process
    goes without cyclic collection meanwhile; reference counting still frees its objects."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        freeze_loaded(owner)
    finally:
        if enabled:
            gc.enable()
