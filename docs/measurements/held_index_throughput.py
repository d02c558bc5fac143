"""How fast the one stateful step of GroupStoriesInStream places articles, and what it holds per
article: synthetic signatures (random, and copies of held ones with a few values changed), a
held index of N placed sketches, windows of new articles placed against it.

Times, per window: (1) ``place_sketches`` alone; (2) what the stateful step does on a runner
that keeps state encoded (Dataflow): decode the held bag with the row coder, drop the expired,
place, encode the new sketches. Prints figures; asserts nothing.
Usage (from the repo root): python docs/measurements/held_index_throughput.py [ARTICLES_PER_WINDOW]
"""

import datetime
import random
import sys
import time
import tracemalloc

import numpy as np

sys.path.insert(0, ".")

import apache_beam as beam  # noqa: E402

import schemas.beam_rows  # noqa: E402, F401 (registers the records as Beam rows)
from schemas.story_index import StorySketch  # noqa: E402
from transforms.stories.held_index import held_after, is_live, place_sketches  # noqa: E402
from transforms.stories.sketches import NUM_PERM  # noqa: E402

UTC = datetime.timezone.utc
NOW = datetime.datetime(2026, 12, 3, tzinfo=UTC)
TTL = datetime.timedelta(days=7)
WINDOW = int(sys.argv[1]) if len(sys.argv) > 1 else 100  # new articles per window
COPIES = 0.3  # share of a window's articles that copy a held one


def sketch(number: int, signature: np.ndarray, story_id: str | None) -> StorySketch:
    return StorySketch(
        article_id=f"{number:016x}",
        story_id=story_id,
        published_at=NOW - datetime.timedelta(minutes=number % 5000),
        publisher=f"site{number % 300}.example.com",
        title=f"A headline of about sixty characters for article {number}",
        signature=signature.astype("<u4").tobytes(),
        shingles=400 + number % 300,
        recorded_at=NOW - datetime.timedelta(hours=number % 100),
    )


def window_of(held: list[StorySketch], start: int, rng: np.random.Generator) -> list[StorySketch]:
    new = []
    for number in range(start, start + WINDOW):
        if held and rng.random() < COPIES:
            original = np.frombuffer(held[rng.integers(len(held))].signature, dtype="<u4").copy()
            changed = rng.choice(NUM_PERM, 10, replace=False)
            original[changed] = rng.integers(0, 2**32, 10, dtype=np.uint64)
            new.append(sketch(number, original, None))
        else:
            new.append(sketch(number, rng.integers(0, 2**32, NUM_PERM, dtype=np.uint64), None))
    return new


def main() -> None:
    coder = beam.coders.registry.get_coder(StorySketch)
    rng = np.random.default_rng(1)
    random.seed(1)
    for size in (1000, 3000, 10000, 30000):
        held = place_sketches([], window_of([], 0, rng)[:0])  # empty
        number = 0
        while len(held) < size:  # fill the index window by window, as a stream would
            new = window_of(held, number, rng)
            number += WINDOW
            held = held_after(held, place_sketches(held, new))
        held = held[:size]
        encoded = [coder.encode(s) for s in held]
        tracemalloc.start()
        decoded = [coder.decode(b) for b in encoded]
        in_memory = tracemalloc.get_traced_memory()[0] / size
        tracemalloc.stop()
        del decoded
        windows = [window_of(held, number + i * WINDOW, rng) for i in range(5)]
        started = time.perf_counter()
        for new in windows:
            place_sketches(held, new)
        placing = (time.perf_counter() - started) / len(windows)
        started = time.perf_counter()
        for new in windows:
            stored = [coder.decode(b) for b in encoded]
            live = [s for s in stored if is_live(s.recorded_at, NOW, TTL)]
            placed = place_sketches(live, new)
            _ = [coder.encode(s) for s in placed]
        whole = (time.perf_counter() - started) / len(windows)
        print(
            f"held {size:>6}: place {WINDOW} articles {placing * 1000:7.1f} ms "
            f"({WINDOW / placing:6.0f} articles/s); with state decode/encode "
            f"{whole * 1000:7.1f} ms ({WINDOW / whole:6.0f} articles/s); "
            f"{sum(map(len, encoded)) / size:.0f} bytes encoded, {in_memory:.0f} bytes "
            "decoded per held sketch"
        )


if __name__ == "__main__":
    main()
