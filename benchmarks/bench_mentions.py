"""Throughput of find_mentions against a bare digit scan, on one core.

Builds a corpus of at least ``--mb`` megabytes (UTF-8) by repeating the raw
articles, then times, in the same run and on the same text:

* ``re.finditer(r"\\d+")`` iterated to the end (the floor: finding the digits), and
* ``find_mentions`` (candidates, reading, the DataFrame).

The two are run in turns, ``--repeat`` times each, and each one's best run
counts; times are the process's CPU time, which other load on the machine
disturbs far less than wall-clock time (both are printed).  The regular
expressions are compiled by a warm-up call first.  Polars is held to one thread
and the process to one CPU, so the figures are single-core.  Aim: find_mentions
at least 1/5 of the bare scan's throughput.

    python benchmarks/bench_mentions.py [--mb 50] [--repeat 3] [--language de]
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("POLARS_MAX_THREADS", "1")  # before polars is imported

import re  # noqa: E402
import time  # noqa: E402

from analysis import paths  # noqa: E402
from analysis.extract.mentions import find_mentions  # noqa: E402

AIM = 1 / 5


def build_corpus(megabytes: float) -> str:
    """The raw articles, repeated until the text has at least ``megabytes`` MB of UTF-8."""
    articles = []
    for path in sorted(paths.articles_dir().glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as handle:
            articles.append(handle.read())
    unit = "\n\n".join(articles) + "\n\n"
    copies = int(megabytes * 1e6 // len(unit.encode("utf-8"))) + 1
    return unit * copies


class Timing:
    """Best CPU and wall-clock seconds over several runs of one function."""

    def __init__(self, run):
        self.run = run
        self.cpu = self.wall = float("inf")
        self.result = None

    def once(self) -> None:
        cpu, wall = time.process_time(), time.perf_counter()
        self.result = self.run()
        self.cpu = min(self.cpu, time.process_time() - cpu)
        self.wall = min(self.wall, time.perf_counter() - wall)


def bare_scan(text: str) -> int:
    return sum(1 for _ in re.finditer(r"\d+", text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB of UTF-8 (default 50)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts (default 3)")
    parser.add_argument("--language", default="de", choices=["de", "en"])
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    text = build_corpus(args.mb)
    megabytes = len(text.encode("utf-8")) / 1e6
    find_mentions("warm-up: bis zu 12.000 Soldaten im Juni 2025", args.language)

    bare = Timing(lambda: bare_scan(text))
    mentions = Timing(lambda: find_mentions(text, args.language))
    for _ in range(args.repeat):
        bare.once()
        mentions.once()
    ratio = bare.cpu / mentions.cpu

    print(f"corpus:        {megabytes:.1f} MB ({len(text):,} characters), language {args.language}, "
          f"best of {args.repeat}, one core")
    print(f"bare \\d+ scan: {megabytes / bare.cpu:8.1f} MB/s CPU ({megabytes / bare.wall:.1f} MB/s wall), "
          f"{bare.result:,} digit runs")
    print(f"find_mentions: {megabytes / mentions.cpu:8.1f} MB/s CPU ({megabytes / mentions.wall:.1f} MB/s wall), "
          f"{mentions.result.height:,} mentions")
    print(f"ratio:         {ratio:8.2f}  (CPU; wall {bare.wall / mentions.wall:.2f}; "
          f"aim >= {AIM:.2f}: {'met' if ratio >= AIM else 'NOT met'})")


if __name__ == "__main__":
    main()
