"""`make bench`: extraction floor, pipeline (1 and 2 workers), tagger, and memory, in one run.

Prints a table with each target beside its figure and writes the same figures to
``bench/results/latest.json``. Every measurement runs in its own process (``bench.measure``).
The corpus is the article-extraction benchmark in ../shared (181 real news pages, MIT).
"""

import argparse
import datetime
import json
import os
import pathlib
import platform
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "latest.json"


def measure(kind: str, copies: int, workdir: pathlib.Path, workers: int = 1) -> dict:
    """Run one measurement in a fresh interpreter and return its figures."""
    command = [
        sys.executable,
        "-m",
        "bench.measure",
        kind,
        "--copies",
        str(copies),
        "--workers",
        str(workers),
        "--workdir",
        str(workdir),
    ]
    completed = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        sys.stderr.write(completed.stderr[-4000:])
        raise SystemExit(f"benchmark {kind} x{copies} ({workers} workers) failed")
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    others = result.get("other_load_cores")
    load = "" if others is None else f" (other processes kept {others:.2f} cores busy)"
    print(
        f"  measured {kind:8} x{copies:<3} workers={workers}: {result['seconds']:.2f} s{load}",
        flush=True,
    )
    return result


def verdict(value: float, limit: float) -> str:
    """'ok' when a figure meets its upper limit."""
    return "ok" if value <= limit else "MISSED"


def main(argv: list[str]) -> int:
    """Run every benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=10, help="corpus repetitions (default 10)")
    parser.add_argument("--repeats", type=int, default=2, help="turns of each timing (default 2)")
    args = parser.parse_args(argv)
    big = args.copies
    with tempfile.TemporaryDirectory(prefix="newsbeam-bench-") as tmp:
        workdir = pathlib.Path(tmp)
        print(f"newsbeam benchmarks: 181 pages x {big}, in {workdir}", flush=True)
        floor_small = measure("floor", 1, workdir)
        one_small = measure("pipeline", 1, workdir)
        # This machine's speed drifts by 10-30% over minutes (a shared VM): the floor and the
        # pipeline are measured in turns, and each keeps its fastest of the repeats.
        runs: dict[str, list[dict]] = {"floor": [], "one": [], "two": []}
        for _repeat in range(args.repeats):
            runs["floor"].append(measure("floor", big, workdir))
            runs["one"].append(measure("pipeline", big, workdir))
            runs["two"].append(measure("pipeline", big, workdir, workers=2))
        floor, one, two = (min(runs[name], key=lambda r: r["seconds"]) for name in runs)
        tagger = measure("tagger", min(big, 3), workdir)
    floor_per_page = floor["seconds"] / floor["pages"]
    tagger_ratio = (tagger["seconds"] / tagger["pages"]) / floor_per_page
    rows = [
        ("extraction floor (trafilatura loop)", floor["pages"] / floor["seconds"], 1.0, None),
        (
            "newsbeam run, 1 worker",
            one["pages"] / one["seconds"],
            one["seconds"] / floor["seconds"],
            1.35,
        ),
        (
            "newsbeam run, 2 workers",
            two["pages"] / two["seconds"],
            two["seconds"] / floor["seconds"],
            0.75,
        ),
        # the tagger's budget: 35% of extraction, parse included (issue 9)
        ("event tagger alone", tagger["pages"] / tagger["seconds"], tagger_ratio, 0.35),
    ]
    print()
    print(f"{'benchmark':38} {'pages/s':>9} {'x floor time':>13} {'target':>8} {'':>7}")
    for name, rate, ratio, target in rows:
        target_text = f"<= {target:.2f}" if target else ""
        mark = verdict(ratio, target) if target else ""
        print(f"{name:38} {rate:9.1f} {ratio:13.3f} {target_text:>8} {mark:>7}")
    loads = [run.get("other_load_cores") for run in (floor, one, two)]
    if None not in loads:
        print(
            "other processes' load during the runs kept (cores): floor {:.2f}, 1 worker {:.2f}, "
            "2 workers {:.2f}".format(*loads)
        )
    print()
    print(f"{'peak memory (MiB, main / largest worker)':44} {'1x':>14} {f'{big}x':>14}")
    for name, small, large in (
        ("extraction floor", floor_small, floor),
        ("newsbeam run, 1 worker", one_small, one),
    ):
        print(f"{name:44} {small['peak_rss_mib']:>14.0f} {large['peak_rss_mib']:>14.0f}")
    print(
        f"{'newsbeam run, 2 workers':44} {'':>14} "
        f"{two['peak_rss_mib']:>6.0f} / {two['peak_child_rss_mib']:<6.0f}"
    )
    growth = one["peak_rss_mib"] / one_small["peak_rss_mib"]
    print(
        f"memory growth 1x -> {big}x, 1 worker: {growth:.2f}x (target: flat, <= 1.25x) "
        f"{verdict(growth, 1.25)}"
    )
    print(
        f"quality: mean token F1 of the articles written = {one['mean_token_f1']:.4f} "
        f"(gate >= 0.95) {'ok' if one['mean_token_f1'] >= 0.95 else 'MISSED'}"
    )
    report = {
        "when": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "copies": big,
        "repeats": {name: [r["seconds"] for r in found] for name, found in runs.items()},
        "floor_small": floor_small,
        "floor": floor,
        "pipeline_1w_small": one_small,
        "pipeline_1w": one,
        "pipeline_2w": two,
        "tagger": tagger,
        "ratios": {
            "pipeline_1w": one["seconds"] / floor["seconds"],
            "pipeline_2w": two["seconds"] / floor["seconds"],
            "tagger": tagger_ratio,
            "memory_growth_1w": growth,
        },
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
