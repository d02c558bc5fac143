"""Tagging throughput on real article texts, and its cost relative to trafilatura's extraction.

Reads the article-extraction benchmark copied into the repository (tests/resources/
article-extraction-benchmark: html/*.html.gz and ground-truth.json, MIT): tags every
ground-truth article body, single process, and extracts every page with trafilatura's
``bare_extraction`` with the pipeline's settings. Prints figures; asserts
nothing. Usage: python bench/bench_tagger.py [--corpus DIR] [--repeat N]
"""

import argparse
import datetime
import gzip
import json
import time
from pathlib import Path

import trafilatura

from transforms.page_text import TRAFILATURA_SETTINGS
from transforms.tagging import Document, EventTagger

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "tests" / "resources"
DEFAULT_CORPUS = DEFAULT_CORPUS / "article-extraction-benchmark"


def load_corpus(corpus: Path) -> tuple[list[Document], list[str]]:
    """The ground-truth texts as documents, and the raw pages, in a stable order."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    published = datetime.date(2020, 1, 1)
    ids = sorted(truth)
    documents = [Document(key, truth[key]["articleBody"], published) for key in ids]
    pages = []
    for key in ids:
        path = corpus / "html" / f"{key}.html.gz"
        if path.exists():
            pages.append(gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"))
    return documents, pages


def time_tagging(tagger: EventTagger, documents: list[Document], repeat: int) -> tuple[float, int]:
    """Best-of-``repeat`` seconds to tag all documents once, and the number of events."""
    best, events = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        events = sum(len(tagger.tag(document)) for document in documents)
        best = min(best, time.perf_counter() - start)
    return best, events


def time_extraction(pages: list[str], repeat: int) -> float:
    """Best-of-``repeat`` seconds for trafilatura to extract all pages once."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for page in pages:
            trafilatura.bare_extraction(page, **TRAFILATURA_SETTINGS)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="benchmark folder")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; best is kept")
    args = parser.parse_args()
    documents, pages = load_corpus(args.corpus)
    started = time.perf_counter()
    tagger = EventTagger()
    setup = time.perf_counter() - started
    tagger.tag(documents[0])  # warm caches outside the measure, as a long-running worker would
    tagging, events = time_tagging(tagger, documents, args.repeat)
    extraction = time_extraction(pages, max(1, args.repeat - 1))
    per_article = tagging / len(documents) * 1000
    per_page = extraction / len(pages) * 1000
    print(f"articles               {len(documents)} ({events} event rows)")
    print(f"tagger setup           {setup * 1000:.0f} ms (once per worker)")
    rate = len(documents) / tagging
    print(f"tagging                {rate:.0f} articles/s, {per_article:.3f} ms/article")
    print(f"trafilatura extraction {len(pages) / extraction:.0f} pages/s, {per_page:.3f} ms/page")
    print(f"tagging cost           {per_article / per_page * 100:.1f}% of extraction")


if __name__ == "__main__":
    main()
