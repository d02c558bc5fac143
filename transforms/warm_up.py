"""Build a worker's once-per-process data in a background thread, before its stages need it.

The extraction and tagging stages set up the lexicon, the gazetteer and the tagger when their
first bundle arrives (about 1.1 s of one core on this VM), and the first page without a
declared language loads py3langid's model (about 0.5 s): in a run of two worker processes each
worker spends that at the start of the main stage, while the other core has no more to do than
its own setup. Before the main stage, the workers start, run the small stages (reading the
sources, grouping entries by article) and wait for the runner between them: about a second in
which they are mostly idle. ``start_warm_up`` builds the same data then, in a daemon thread;
``take_tagger`` hands the tagger it built to the stage that asks first, or builds one if none is
waiting (or when the stage builds another class: a test's stand-in). The data is the same
either way, so the rows are; only when it is built moves.

Consumes nothing; produces nothing but the process's caches and one waiting tagger per
``use_parser`` value; drops nothing (a tagger nobody takes stays until the process ends).
"""

import threading
from concurrent.futures import Future

from transforms.extraction import detect_language
from transforms.geocoding import load_gazetteer
from transforms.tagging import EventTagger
from transforms.tagging.lexicon import load_lexicon
from transforms.worker_memory import loading

# A text long enough for py3langid to read, to make it load its model.
_LANGUAGE_SAMPLE = "The ministers met in the capital to discuss the new trade agreement."

_LOCK = threading.Lock()
_WAITING: dict[bool, Future] = {}


def build_worker_data(use_parser: bool) -> EventTagger:
    """Load the per-process caches the extraction stage reads and build a tagger, with the
    cyclic collector paused as the stages' own set-up does; return the tagger."""
    with loading("WarmUp"):
        load_lexicon()
        load_gazetteer()
        tagger = EventTagger(use_parser=use_parser)
    detect_language(_LANGUAGE_SAMPLE)
    return tagger


def _build_into(future: Future, use_parser: bool) -> None:
    try:
        future.set_result(build_worker_data(use_parser))
    except Exception as exc:  # take_tagger builds its own, which raises it in the stage
        future.set_exception(exc)


def start_warm_up(use_parser: bool) -> bool:
    """Start building a tagger (``use_parser`` as the tagging stage's) and the caches in a
    daemon thread, unless one is already waiting; return whether it started one."""
    with _LOCK:
        if use_parser in _WAITING:
            return False
        future: Future = Future()
        _WAITING[use_parser] = future
    threading.Thread(
        target=_build_into, args=(future, use_parser), name="newsbeam-warm-up", daemon=True
    ).start()
    return True


def take_tagger(use_parser: bool, build: type[EventTagger] = EventTagger) -> EventTagger:
    """The tagger ``start_warm_up`` built (waiting for it if it is still being built), once,
    if it is a ``build``; else, or when none was started or its build failed, a new
    ``build(use_parser=use_parser)``, which raises in the stage what the build raised."""
    with _LOCK:
        future = _WAITING.pop(use_parser, None)
    if future is not None and future.exception() is None and type(future.result()) is build:
        return future.result()
    return build(use_parser=use_parser)
