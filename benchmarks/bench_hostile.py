"""Growth of extract_claims on hostile text: the time for 3x the text must be at most about 4x.

The texts are the ones issue 19's probe found quadratic ("1 " repeated, "1/2/3/", "1.000."),
plus numbers with spaces or invisible characters inside and a sentence of number words.
Each is timed at ``--kb`` kilobytes and at three times that, in the same run, best of
``--repeat`` CPU times (other load on the machine disturbs CPU time far less than wall time).
Exit status 1 if any ratio is above 4. The suite asserts the same growth without a clock, by
counting the work (``tests/test_growth.py``).

    python benchmarks/bench_hostile.py [--kb 2] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("POLARS_MAX_THREADS", "1")  # before polars is imported

import time  # noqa: E402

from analysis import extract_claims  # noqa: E402

AIM = 4.0
PATTERNS = {
    "'1 '": "1 ",
    "'1/2/3/'": "1/2/3/",
    "'1.000.'": "1.000.",
    "'12 000 Soldaten '": "12 000 Soldaten ",
    "zero-width '1\\u200b000 '": "1\u200b000 ",
    "'laut CNN 3.000 Soldaten, '": "laut CNN 3.000 Soldaten, ",
    "'zwischen 3.000 und 5.000 '": "zwischen 3.000 und 5.000 ",
}


def cpu_seconds(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        extract_claims(text, published="2025-01-10", language="de")
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=float, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    extract_claims("Laut CNN sind 3.000 Soldaten angekommen.", published="2025-01-10")  # warm-up
    worst = 0.0
    print(f"{'pattern':34} {'1x s':>8} {'3x s':>8} {'ratio':>6}")
    for label, unit in PATTERNS.items():
        text = unit * max(1, int(args.kb * 1000 / len(unit.encode("utf-8"))))
        small, large = cpu_seconds(text, args.repeat), cpu_seconds(text * 3, args.repeat)
        ratio = large / small if small > 0 else float("inf")
        worst = max(worst, ratio)
        print(f"{label:34} {small:8.3f} {large:8.3f} {ratio:6.2f}")
    print(f"worst ratio {worst:.2f} (aim <= {AIM:.0f}: {'met' if worst <= AIM else 'NOT met'})")
    return 0 if worst <= AIM else 1


if __name__ == "__main__":
    sys.exit(main())
