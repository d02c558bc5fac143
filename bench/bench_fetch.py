"""Benchmark of concurrent fetching against a slow local server; prints figures, asserts nothing.

A server in its own process answers every page after 100 ms on 20 loopback addresses
(127.0.0.1 to 127.0.0.20, one "host" each). The benchmark fetches N pages spread evenly over
the hosts three ways and reports pages per second:

- ``FetchPages``: the Beam stage, on the local FnApiRunner, from entries to RawPages;
- ``service``: the same fetching service without Beam (what the stage runs on);
- ``sequential``: one request after the other with the same client (a sample of pages).

The ideal rate is what the limits allow: min(global, hosts x per-host) requests in flight,
each taking the server's delay. Peak memory (max RSS) is measured in a fresh process per page
count, so that counts can be compared. Only loopback is ever contacted.

    python bench/bench_fetch.py                 # 2,000 pages, memory at 1,000 and 4,000
    python bench/bench_fetch.py --pages 500 --memory-pages 500 1000
"""

import argparse
import asyncio
import json
import multiprocessing
import os
import pathlib
import resource
import subprocess
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

HOSTS = [f"127.0.0.{n}" for n in range(1, 21)]
PAGE = (
    "<html><head><title>Page {n}</title></head><body><article>"
    + "<p>The delegation met on Tuesday to discuss trade and the border. </p>" * 60
    + "</article></body></html>"
)


async def _answer(reader, writer, delay: float, window) -> None:
    try:
        while True:
            request = await reader.readuntil(b"\r\n\r\n")
            path = request.split(b" ", 2)[1].decode()
            if window[0] == 0.0:
                window[0] = time.monotonic()  # CLOCK_MONOTONIC: comparable across processes
            if path == "/robots.txt":
                status, body = "404 Not Found", b""
            else:
                await asyncio.sleep(delay)
                status, body = "200 OK", PAGE.format(n=path).encode()
            head = (
                f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\n\r\n"
            )
            writer.write(head.encode() + body)
            await writer.drain()
            window[1] = time.monotonic()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def _serve(port: int, delay: float, ready, window) -> None:
    servers = [
        await asyncio.start_server(
            lambda r, w: _answer(r, w, delay, window), host, port, backlog=512
        )
        for host in HOSTS
    ]
    ready.set()
    await asyncio.gather(*(server.serve_forever() for server in servers))


def serve_slowly(port: int, delay: float, ready, window) -> None:
    """Run the slow server (in its own process, so it has its own interpreter lock); ``window``
    gets the times of the first request and of the last response since it was zeroed."""
    asyncio.run(_serve(port, delay, ready, window))


def page_urls(port: int, count: int) -> list[str]:
    """``count`` page URLs spread round-robin over the hosts."""
    return [f"http://{HOSTS[n % len(HOSTS)]}:{port}/page/{n}" for n in range(count)]


def settings_for(args):
    """The fetch settings the benchmark runs with."""
    from transforms.fetching import FetchSettings

    return FetchSettings(
        concurrency=args.concurrency,
        per_host_concurrency=args.per_host,
        per_host_delay_seconds=0.0,
        retries=0,
        allowed_networks=("127.0.0.0/8",),
    )


def run_service(urls: list[str], args) -> float:
    """Seconds to fetch every URL through the fetching service, without Beam."""
    from transforms.fetching.service import FetchService, host_key

    service = FetchService(settings_for(args))
    session = service.scheduler.session()
    started = time.monotonic()
    for url in urls:
        session.submit(host_key(url), service.page_work(url), url)
    failures = sum(1 for finished in session.finished(wait=True) if finished.failure)
    elapsed = time.monotonic() - started
    service.close()
    if failures:
        print(f"  ({failures} failures)")
    return elapsed


def run_sequential(urls: list[str], args) -> float:
    """Seconds to fetch the URLs one after the other with the same client."""
    from transforms.fetching import Fetcher

    fetcher = Fetcher(settings_for(args))
    started = time.monotonic()
    for url in urls:
        fetcher.fetch(url)
    return time.monotonic() - started


def run_stage(urls: list[str], args) -> float:
    """Seconds to run FetchPages over entries for the URLs, on the local FnApiRunner."""
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions

    from schemas.entries import ORIGIN_FEED, FeedEntry
    from transforms.fetch_pages import FetchPages

    entries = [FeedEntry(link=url, origin=ORIGIN_FEED, feed_url="bench") for url in urls]
    started = time.monotonic()
    with beam.Pipeline(options=PipelineOptions(flags=[], runner="FnApiRunner")) as pipeline:
        pages, _duplicates, failures = (
            pipeline | beam.Create(entries) | FetchPages(settings_for(args))
        )
        _ = (
            pages
            | "Sizes" >> beam.Map(lambda page: len(page.body))
            | beam.combiners.Count.Globally()
        )
        _ = failures | "Failures" >> beam.Map(print)
    return time.monotonic() - started


def measure_memory(port: int, count: int, args) -> int:
    """Max RSS, in MiB, of a fresh process that runs FetchPages over ``count`` pages."""
    command = [sys.executable, __file__, "--child-stage", str(count), "--port", str(port)]
    command += ["--concurrency", str(args.concurrency), "--per-host", str(args.per_host)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])["max_rss_mib"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--sequential-pages", type=int, default=100)
    parser.add_argument("--memory-pages", type=int, nargs="*", default=[1000, 4000])
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--per-host", type=int, default=4)
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--child-stage", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_stage:
        run_stage(page_urls(args.port, args.child_stage), args)
        max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(json.dumps({"max_rss_mib": max_rss}))
        return
    port = args.port or 18000 + os.getpid() % 1000
    ready = multiprocessing.Event()
    window = multiprocessing.Array("d", 2, lock=False)
    server = multiprocessing.Process(
        target=serve_slowly, args=(port, args.delay, ready, window), daemon=True
    )
    server.start()
    ready.wait(10)
    try:
        in_flight = min(args.concurrency, len(HOSTS) * args.per_host)
        ideal = in_flight / args.delay
        print(
            f"machine: {os.cpu_count()} cores; server delay {args.delay * 1000:.0f} ms; "
            f"{len(HOSTS)} hosts; limits {args.concurrency} global, {args.per_host} per host"
        )
        print(f"ideal: {in_flight} in flight / {args.delay} s = {ideal:.0f} pages/s")
        sequential = args.sequential_pages / run_sequential(
            page_urls(port, args.sequential_pages), args
        )
        print(f"sequential loop ({args.sequential_pages} pages): {sequential:.1f} pages/s")
        for name, runner in (("service", run_service), ("FetchPages", run_stage)):
            window[0] = window[1] = 0.0
            rate = args.pages / runner(page_urls(port, args.pages), args)
            print(
                f"{name} ({args.pages} pages), wall clock: {rate:.0f} pages/s = "
                f"{rate / ideal:.0%} of ideal, {rate / sequential:.1f}x sequential"
            )
            fetching = args.pages / (window[1] - window[0])
            print(
                f"{name} ({args.pages} pages), first request to last response: "
                f"{fetching:.0f} pages/s = {fetching / ideal:.0%} of ideal, "
                f"{fetching / sequential:.1f}x sequential"
            )
        for count in args.memory_pages:
            print(f"FetchPages max RSS at {count} pages: {measure_memory(port, count, args)} MiB")
    finally:
        server.terminate()
        server.join(5)


if __name__ == "__main__":
    main()
