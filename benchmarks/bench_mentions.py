"""Throughput of find_mentions against a bare digit scan, on one core.

Builds a corpus of at least ``--mb`` megabytes (UTF-8) by repeating the raw
articles, then times, in the same run and on the same text:

* ``re.finditer(r"\\d+")`` iterated to the end (the floor: finding the digits), and
* ``find_mentions`` (candidates, reading, the DataFrame).

Two ways of calling it: one call on the whole corpus (default), or, with
``--per-article``, one call per article (the articles of the corpus one by one,
as the build and a user call it; the bare scan then also runs per article).

The two are run in turns, ``--repeat`` times each; the median and the best run
of each are reported, and the ratio of the medians is the figure.  Times are the
process's CPU time, which other load on the machine disturbs far less than
wall-clock time (the wall-clock median is printed too).  The regular
expressions are compiled by a warm-up call first.  Polars is held to one thread
and the process to one CPU, so the figures are single-core.  Aim: find_mentions
at least 1/4 of the bare scan's throughput (issue 20).

    python benchmarks/bench_mentions.py [--mb 50] [--repeat 5] [--language de] [--per-article]
"""

from __future__ import annotations

import argparse
import os

os.environ.setdefault("POLARS_MAX_THREADS", "1")  # before polars is imported

import re  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

from analysis import paths  # noqa: E402
from analysis.extract.mentions import find_mentions  # noqa: E402

AIM = 1 / 4


def read_articles() -> list[str]:
    articles = []
    for path in sorted(paths.articles_dir().glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as handle:
            articles.append(handle.read())
    return articles


def build_corpus(megabytes: float) -> list[str]:
    """The raw articles, repeated until they hold at least ``megabytes`` MB of UTF-8 (one str each)."""
    articles = read_articles()
    unit = sum(len(a.encode("utf-8")) + 2 for a in articles)
    copies = int(megabytes * 1e6 // unit) + 1
    return [article + "\n\n" for _ in range(copies) for article in articles]


class Timing:
    """CPU and wall-clock seconds of several runs of one function."""

    def __init__(self, run):
        self.run = run
        self.cpu: list[float] = []
        self.wall: list[float] = []
        self.result = None

    def once(self) -> None:
        cpu, wall = time.process_time(), time.perf_counter()
        self.result = self.run()
        self.cpu.append(time.process_time() - cpu)
        self.wall.append(time.perf_counter() - wall)

    def describe(self, megabytes: float) -> str:
        median, best = statistics.median(self.cpu), min(self.cpu)
        return (f"{megabytes / median:8.1f} MB/s CPU median ({megabytes / best:.1f} best, "
                f"{megabytes / statistics.median(self.wall):.1f} wall median)")


def bare_scan(text: str) -> int:
    return sum(1 for _ in re.finditer(r"\d+", text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="corpus size in MB of UTF-8 (default 50)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each; medians count (default 5)")
    parser.add_argument("--language", default="de", choices=["de", "en"])
    parser.add_argument("--per-article", action="store_true", help="one call per article, not one on the corpus")
    args = parser.parse_args()

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = build_corpus(args.mb)
    if not args.per_article:
        texts = ["".join(texts)]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    find_mentions("warm-up: bis zu 12.000 Soldaten im Juni 2025", args.language)

    bare = Timing(lambda: sum(bare_scan(t) for t in texts))
    mentions = Timing(lambda: sum(find_mentions(t, args.language).height for t in texts))
    for _ in range(args.repeat):
        bare.once()
        mentions.once()
    ratio = statistics.median(bare.cpu) / statistics.median(mentions.cpu)

    calls = f"{len(texts):,} calls (one per article)" if args.per_article else "one call"
    print(f"corpus:        {megabytes:.1f} MB ({sum(map(len, texts)):,} characters), language {args.language}, "
          f"{calls}, {args.repeat} runs each, one core")
    print(f"bare \\d+ scan: {bare.describe(megabytes)}, {bare.result:,} digit runs")
    print(f"find_mentions: {mentions.describe(megabytes)}, {mentions.result:,} mentions")
    print(f"ratio:         {ratio:8.2f}  (CPU medians; best runs {min(bare.cpu) / min(mentions.cpu):.2f}; "
          f"aim >= {AIM:.2f}: {'met' if ratio >= AIM else 'NOT met'})")


if __name__ == "__main__":
    main()
