"""Dependency parser cost: model load time, memory, and parse speed on real article sentences.

Reads the ground-truth bodies of tests/resources/article-extraction-benchmark (181 news texts,
MIT), splits and tokenises them as the tagger does, and parses every sentence with the shipped
model, pinned to one core. Prints figures; asserts nothing.
Usage: python bench/bench_parser.py [--corpus DIR] [--repeat N]
"""

import os

# One core: numpy and thinc may start a thread per core otherwise.
for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import argparse  # noqa: E402  (after the thread limits, which must precede numpy's import)
import json  # noqa: E402
import resource  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "tests" / "resources"
DEFAULT_CORPUS = DEFAULT_CORPUS / "article-extraction-benchmark"


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_sentences(corpus: Path) -> list[list[str]]:
    """Every sentence of the ground-truth texts, tokenised by the tagger's own tokeniser."""
    from transforms.tagging.text import split_sentences, tokenize

    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    sentences = []
    for key in sorted(truth):
        for sentence in split_sentences(truth[key]["articleBody"]):
            words = [token.text for token in tokenize(sentence.text)]
            if words:
                sentences.append(words)
    return sentences


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=2, help="Best of this many parses.")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    sentences = load_sentences(args.corpus)
    words = sum(len(sentence) for sentence in sentences)
    rss_before = peak_rss_mb()

    started = time.perf_counter()
    import spacy  # noqa: F401  (timed on its own: the first import is most of the cost)

    imported = time.perf_counter()
    from transforms.tagging.parsing.syntax import Parser

    parser_model = Parser()
    loaded = time.perf_counter()
    rss_loaded = peak_rss_mb()

    # CPU time as well as wall time: on a machine shared with other work, the wall clock also
    # counts the time other processes held the core.
    best, best_cpu = float("inf"), float("inf")
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        parser_model.parse(sentences)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    print(f"sentences: {len(sentences):,}  words: {words:,}")
    print(f"import spacy: {imported - started:.2f} s  load model: {loaded - imported:.2f} s")
    print(
        f"peak RSS: {rss_before:.0f} MB before, {rss_loaded:.0f} MB after loading, "
        f"{peak_rss_mb():.0f} MB after parsing"
    )
    print(
        f"parse (one core, best of {args.repeat}): {best:.2f} s, {words / best:,.0f} words/s, "
        f"{1000 * best / len(sentences):.2f} ms a sentence"
    )
    print(f"parse CPU time: {best_cpu:.2f} s, {words / best_cpu:,.0f} words per CPU second")
    print(f"load average: {' '.join(f'{load:.1f}' for load in os.getloadavg())}")


if __name__ == "__main__":
    main()
