"""Linear work on hostile text (issue 19): 3x the text costs at most about 4x the work.

The work is counted, not timed (tests never assert timings): characters the package's regular
expressions walk and Python calls, by ``tests/work_meter.py`` in its own process. The texts are
the probe's quadratic cases (``benchmarks/bench_hostile.py``, which times the same growth) and
units generated from number forms, separators, invisible characters and cue words, each repeated
to about 2 kB and to three times that. A per-mention scan over the whole sentence gives about 8x.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_hostile import PATTERNS  # noqa: E402

METER = Path(__file__).with_name("work_meter.py")
AIM = 4.0
SIZE = 2000   # characters of the 1x text
PIECES = ["1", "12", "3.000", "12 000", "4,700", "1\u200b000", "zwei", "Tausende", "thousands", " ", " ", ", ",
          ". ", "/", "-", "\u00a0", "\u00ad", "(", ")", "\n", "Soldaten", "soldiers", "getötet", "killed", "laut CNN",
          "according to the NIS", "bis zu", "up to", "zwischen", "und", "sagte", "said", "Nordkorea", "weitere"]


def generated_units(count: int, seed: int = 19) -> list[str]:
    draw = random.Random(seed)
    return ["".join(draw.choice(PIECES) for _ in range(draw.randint(4, 12))) for _ in range(count)]


def _work(language: str, texts: list[str]) -> list[tuple[int, int]]:
    request = json.dumps({"language": language, "texts": texts})
    done = subprocess.run([sys.executable, str(METER)], input=request, capture_output=True, text=True, check=True,
                          timeout=600)
    return [tuple(pair) for pair in json.loads(done.stdout)]


@pytest.mark.parametrize("language", ["de", "en"])
def test_work_grows_linearly_on_hostile_text(language):
    units = list(PATTERNS.values()) + generated_units(8)
    texts = []
    for unit in units:
        small = unit * max(1, SIZE // len(unit))
        texts += [small, small * 3]
    work = _work(language, texts)
    for unit, small, large in zip(units, work[0::2], work[1::2], strict=True):
        for what, before, after in zip(("characters scanned", "Python calls"), small, large, strict=True):
            assert after <= AIM * max(before, 1), f"{unit!r}: {what} grew {after / max(before, 1):.1f}x for 3x the text"


PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import work_meter
work_meter.install()
package = {"__name__": "analysis.probe"}   # the meter counts only the package's patterns
exec(sys.argv[2], package)
print(json.dumps([work_meter.work(lambda: package["per_number"]("1 " * n)) for n in (500, 1500)]))
"""


@pytest.mark.parametrize(("name", "scan_per_number", "grows"), [
    ("a cue searched over the whole text per number (the probe's finding)", "cue.search(text)", True),
    ("a cue searched near each number", "cue.search(text, m.start(), m.end() + 20)", False),
])
def test_the_meter_tells_a_quadratic_scan_from_a_linear_one(name, scan_per_number, grows):
    code = ("import re\ndigits, cue = re.compile(r'\\d+'), re.compile('laut CNN')\n"
            f"def per_number(text):\n    for m in digits.finditer(text):\n        {scan_per_number}\n")
    done = subprocess.run([sys.executable, "-c", PROBE, str(METER.parent), code], capture_output=True, text=True,
                          check=True, timeout=120)
    (small, _), (large, _) = json.loads(done.stdout)
    assert (large > AIM * small) is grows, f"{name}: {small} -> {large} characters for 3x the text"
