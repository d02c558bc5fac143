"""One benchmark measurement in a fresh process; prints one JSON object.

    python -m bench.measure floor|pipeline|tagger --copies N --workdir DIR [--workers K]

Run by ``bench/run.py``; each measurement gets its own process so that peak memory is its own.
"""

import argparse
import json
import os
import pathlib
import resource
import shutil
import sys
import time

from bench.corpus import ground_truth, token_f1, unpack


def peak_rss_mib() -> dict[str, float]:
    """Peak resident memory of this process and of its largest finished child, in MiB, and the
    CPU seconds all of them used."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    return {
        "peak_rss_mib": round(own.ru_maxrss / 1024, 1),
        "peak_child_rss_mib": round(children.ru_maxrss / 1024, 1),
        "cpu_seconds": round(cpu, 2),
    }


def busy_cpu_seconds() -> float | None:
    """CPU seconds this machine's processors have been busy since boot (Linux /proc/stat: all
    but idle and iowait), or None where there is no /proc/stat."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            ticks = [int(field) for field in stat.readline().split()[1:]]
    except OSError:
        return None
    idle, iowait = ticks[3], ticks[4]
    return (sum(ticks) - idle - iowait) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (the pipeline's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure_floor(paths: list[pathlib.Path]) -> dict:
    """A plain loop of trafilatura over the pages, with the pipeline's settings."""
    import trafilatura

    from transforms.page_text import TRAFILATURA_SETTINGS

    start = time.perf_counter()
    extracted = 0
    for path in paths:
        document = trafilatura.bare_extraction(
            path.read_bytes(), url=path.as_uri(), **TRAFILATURA_SETTINGS
        )
        extracted += bool(document is not None and document.text)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "pages": len(paths), "extracted": extracted}


def measure_pipeline(paths: list[pathlib.Path], workdir: pathlib.Path, workers: int) -> dict:
    """``newsbeam run --urls`` over the pages, end to end to Parquet; scores the text written."""
    import duckdb

    from pipelines.batch import run

    urls = workdir / "urls.txt"
    urls.write_text("\n".join(str(path) for path in paths) + "\n", encoding="utf-8")
    output = workdir / f"output-{workers}w-{len(paths)}"
    shutil.rmtree(output, ignore_errors=True)
    argv = ["--urls", str(urls), "--output", str(output)]
    if workers > 1:
        argv += ["--direct_running_mode=multi_processing", f"--direct_num_workers={workers}"]
    start = time.perf_counter()
    summary = run(argv)
    seconds = time.perf_counter() - start
    rows = duckdb.sql(
        f"select url, text from read_parquet('{output}/articles/**/*.parquet')"
    ).fetchall()
    truth = ground_truth()
    scores = [
        token_f1(text, truth[url.rsplit("/", 1)[1].removesuffix(".html")]) for url, text in rows
    ]
    shutil.rmtree(output, ignore_errors=True)
    return {
        "seconds": seconds,
        "pages": len(paths),
        "articles": summary.articles,
        "errors": summary.errors,
        "events": summary.events,
        "mean_token_f1": sum(scores) / len(scores) if scores else 0.0,
    }


def measure_tagger(paths: list[pathlib.Path]) -> dict:
    """The event tagger alone over the texts trafilatura extracts from the pages."""
    import datetime

    import trafilatura

    from transforms.page_text import TRAFILATURA_SETTINGS
    from transforms.tagging import Document, EventTagger

    documents = []
    for index, path in enumerate(paths):
        extracted = trafilatura.bare_extraction(
            path.read_bytes(), url=path.as_uri(), **TRAFILATURA_SETTINGS
        )
        text = extracted.text if extracted is not None and extracted.text else ""
        documents.append(Document(str(index), text, datetime.date(2023, 2, 24), path.as_uri()))
    start = time.perf_counter()
    tagger = EventTagger()
    setup_seconds = time.perf_counter() - start
    start = time.perf_counter()
    events = sum(len(tagger.tag(document)) for document in documents)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "setup_seconds": setup_seconds,
        "pages": len(paths),
        "events": events,
    }


def main(argv: list[str]) -> int:
    """Parse the arguments, run one measurement, print it as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=["floor", "pipeline", "tagger"])
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--workdir", type=pathlib.Path, required=True)
    args = parser.parse_args(argv)
    paths = unpack(args.workdir / "pages", args.copies)
    # The machine is shared: how many cores other processes kept busy while this measurement
    # ran, so that a slow figure can be told from a busy machine (two workers need two cores;
    # the floor needs one).
    busy_before, own_before, start = busy_cpu_seconds(), own_cpu_seconds(), time.perf_counter()
    if args.kind == "floor":
        result = measure_floor(paths)
    elif args.kind == "pipeline":
        result = measure_pipeline(paths, args.workdir, args.workers)
    else:
        result = measure_tagger(paths)
    busy_after, own_after, elapsed = busy_cpu_seconds(), own_cpu_seconds(), time.perf_counter()
    others = (
        None
        if busy_before is None or busy_after is None
        else max(0.0, (busy_after - busy_before) - (own_after - own_before))
    )
    result.update(
        kind=args.kind,
        copies=args.copies,
        workers=args.workers,
        other_load_cores=None if others is None else round(others / (elapsed - start), 2),
        **peak_rss_mib(),
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
