"""What geocoding adds to tagging: the gazetteer's load, and the per-article cost.

Tags the 181 ground-truth bodies of the article-extraction benchmark (MIT) with the geocoder
off, then times what the pipeline adds per article: the events' geocoding
(``locate_events``) and the dateline's (``dateline_values``, which ExtractArticles runs). Best
of ``--repeat`` turns, single process. Prints figures; asserts nothing.
Usage: python -m bench.bench_geocoding [--repeat N]
"""

import argparse
import time

from bench.bench_tagger import DEFAULT_CORPUS, load_corpus
from transforms.geocoding import load_gazetteer
from transforms.tagging import EventTagger
from transforms.tagging.geolocation import dateline_values, locate_events
from transforms.tagging.places import find_dateline


def main(argv: list[str] | None = None) -> int:
    """Print the load time, tagging time and geocoding time of the corpus."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="turns of each timing (default 3)")
    args = parser.parse_args(argv)
    documents, _ = load_corpus(DEFAULT_CORPUS)
    start = time.perf_counter()
    gazetteer = load_gazetteer()
    load_seconds = time.perf_counter() - start
    start = time.perf_counter()
    tagger = EventTagger(geocode=False)
    tagger_seconds = time.perf_counter() - start
    tagged = [(document, tagger.tag(document)) for document in documents]
    tagging = geocoding = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for document in documents:
            tagger.tag(document)
        tagging = min(tagging, time.perf_counter() - start)
        start = time.perf_counter()
        for document, events in tagged:
            dateline, _ = find_dateline(document.text, tagger.lexicon)
            locate_events(events, dateline, gazetteer)
            dateline_values(document.text, tagger.lexicon, gazetteer)
        geocoding = min(geocoding, time.perf_counter() - start)
    events = sum(len(found) for _, found in tagged)
    located = sum(1 for _, found in tagged for e in locate_events(found, None, gazetteer))
    print(f"documents            {len(documents)} ({events} events, {located} after geocoding)")
    print(f"gazetteer load       {load_seconds:.2f} s once per worker process")
    print(f"tagger load          {tagger_seconds:.2f} s once per worker process, for comparison")
    print(f"tagging              {tagging:.3f} s ({1000 * tagging / len(documents):.2f} ms/doc)")
    print(
        f"geocoding            {geocoding:.3f} s ({1000 * geocoding / len(documents):.3f} ms/doc)"
        f" = {100 * geocoding / tagging:.1f}% of tagging"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
