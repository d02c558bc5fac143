"""The article-extraction benchmark corpus (MIT): pages, ground truth, scoring.

181 real news pages as gzipped HTML with their ground-truth article bodies, copied with their
licence into ``tests/resources/article-extraction-benchmark``. Benchmarks unpack N copies under
distinct paths, so the pipeline sees N x 181 distinct URLs.
"""

import collections
import gzip
import json
import os
import pathlib

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO / "tests" / "resources" / "article-extraction-benchmark"


def corpus_dir() -> pathlib.Path:
    """Where the corpus is: $NEWSBEAM_EXTRACTION_CORPUS, else the copy in tests/resources."""
    return pathlib.Path(os.environ.get("NEWSBEAM_EXTRACTION_CORPUS", DEFAULT_CORPUS))


def ground_truth() -> dict[str, str]:
    """Page id -> ground-truth article body."""
    data = json.loads((corpus_dir() / "ground-truth.json").read_text(encoding="utf-8"))
    return {page_id: record["articleBody"] for page_id, record in data.items()}


def page_ids() -> list[str]:
    """The ids of the pages, sorted."""
    return sorted(path.name.removesuffix(".html.gz") for path in (corpus_dir() / "html").iterdir())


def unpack(workdir: pathlib.Path, copies: int) -> list[pathlib.Path]:
    """Write ``copies`` copies of every page as plain HTML under distinct paths; return them."""
    paths = []
    for copy in range(copies):
        folder = workdir / f"copy{copy:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        for page_id in page_ids():
            target = folder / f"{page_id}.html"
            if not target.exists():
                source = corpus_dir() / "html" / f"{page_id}.html.gz"
                target.write_bytes(gzip.decompress(source.read_bytes()))
            paths.append(target)
    return paths


def token_f1(predicted: str, truth: str) -> float:
    """The benchmark's score: F1 over bags of whitespace-separated tokens."""
    predicted_tokens = collections.Counter(predicted.split())
    truth_tokens = collections.Counter(truth.split())
    common = sum((predicted_tokens & truth_tokens).values())
    if common == 0:
        return 0.0
    precision = common / sum(predicted_tokens.values())
    recall = common / sum(truth_tokens.values())
    return 2 * precision * recall / (precision + recall)
