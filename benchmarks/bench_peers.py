"""extract_claims against its peers on short English paragraphs, side by side in one run, on one core.

The texts are the English paragraphs of ``benchmarks/data/dev_set.yaml`` (about 130 characters each:
the size a user pastes or a feed item has).  Each tool runs in its own child process, pinned to one
CPU with polars held to one thread, over the same texts: a warm-up pass (vocabularies, compiled
patterns, models), then ``--repeat`` timed passes, of which the one with the least CPU time counts.

* ``analysis.extract_claims`` (this checkout; with ``--baseline DIR`` also the package in another
  checkout, e.g. a worktree of main, for before / after in the same run);
* quantulum3 ``parser.parse`` and dateparser ``search_dates`` (``languages=["en"]``), which are never
  dependencies of the package: they run in a separate virtual environment, ``--peers`` (default
  ``.peers/`` at the repository root), created once with

      python3 -m venv .peers && .peers/bin/pip install quantulum3 dateparser

  Without it only the package's own figures are printed, with that hint.

Aim: ``extract_claims`` at least 5x quantulum3's throughput.

    python benchmarks/bench_peers.py [--repeat 5] [--peers .peers] [--baseline DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent
TEXTS = HERE.parent / "data" / "dev_set.yaml"
AIM = 5.0
PEERS = {
    "quantulum3": "quantulum3 parser.parse",
    "dateparser": 'dateparser search_dates(languages=["en"])',
}


# -- in a child process: one tool over every text -------------------------------------------------


def _tool(name: str):
    """The function that reads one text, for a tool name (imported here, in the child)."""
    if name == "extract_claims":
        import analysis

        return lambda entry: analysis.extract_claims(entry["text"], published=entry["published"], language="en").height
    if name == "quantulum3":
        import warnings

        warnings.filterwarnings("ignore")        # "classifier dependencies not installed": its default install
        from quantulum3 import parser

        return lambda entry: len(parser.parse(entry["text"]))
    if name == "dateparser":
        from dateparser.search import search_dates

        return lambda entry: len(search_dates(entry["text"], languages=["en"]) or [])
    raise SystemExit(f"unknown tool {name!r}")


def child(name: str, repeat: int) -> None:
    """Time ``name`` over the texts on stdin (JSON); print the result as JSON."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    entries = json.load(sys.stdin)
    started = time.process_time()
    read = _tool(name)
    found = sum(read(entry) for entry in entries)   # the warm-up pass
    first_pass = time.process_time() - started
    best = float("inf")
    for _ in range(repeat):
        cpu = time.process_time()
        for entry in entries:
            read(entry)
        best = min(best, time.process_time() - cpu)
    print(json.dumps({"cpu": best, "found": found, "first_pass": first_pass}))


# -- the run ----------------------------------------------------------------------------------------


def load_texts() -> list[dict]:
    import yaml

    data = yaml.safe_load(TEXTS.read_text(encoding="utf-8"))
    return [{"text": e["text"], "published": str(e["published"])} for e in data["texts"] if e["language"] == "en"]


def run_child(python: str, name: str, entries: list[dict], repeat: int, pythonpath: Path | None = None) -> dict:
    env = {**os.environ, "POLARS_MAX_THREADS": "1"}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run([python, str(HERE), "--child", name, "--repeat", str(repeat)], input=json.dumps(entries),
                          capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{name} failed in {python}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def markdown(rows: list[tuple[str, dict]], entries: list[dict], repeat: int) -> str:
    megabytes = sum(len(e["text"].encode("utf-8")) for e in entries) / 1e6
    reference = next((r for name, r in rows if name.startswith("quantulum3")), None)
    lines = ["| tool | ms per call | MB/s | x quantulum3 | found | first pass (s, with loading) |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, r in rows:
        ratio = f"{reference['cpu'] / r['cpu']:.1f}" if reference else ""
        lines.append(f"| {name} | {r['cpu'] / len(entries) * 1000:.3f} | {megabytes / r['cpu']:.3f} | {ratio} | "
                     f"{r['found']} | {r['first_pass']:.2f} |")
    median = sorted(len(e["text"]) for e in entries)[len(entries) // 2]
    lines += ["", f"{len(entries)} English paragraphs of {TEXTS.relative_to(ROOT)} (median {median} characters, "
              f"{megabytes * 1e3:.1f} kB in all); CPU time of the best of {repeat} passes after a warm-up pass, "
              "one core, each tool in its own process. 'found': claims, quantities or dates returned over all texts."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--peers", type=Path, default=ROOT / ".peers", help="the peers' virtual environment")
    parser.add_argument("--baseline", type=Path, help="another checkout whose extract_claims runs too (before / after)")
    parser.add_argument("--out", type=Path, help="also write the table here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.repeat)
        return 0

    entries = load_texts()
    rows = []
    if args.baseline is not None:
        rows.append((f"extract_claims ({args.baseline})", run_child(sys.executable, "extract_claims", entries,
                                                                     args.repeat, args.baseline.resolve())))
    rows.append(("extract_claims (this checkout)", run_child(sys.executable, "extract_claims", entries, args.repeat,
                                                             ROOT)))
    peer_python = args.peers / "bin" / "python"
    if peer_python.exists():
        rows += [(label, run_child(str(peer_python), name, entries, args.repeat)) for name, label in PEERS.items()]
    else:
        print(f"no peers' environment at {args.peers}: create it with\n"
              f"    python3 -m venv {args.peers} && {args.peers}/bin/pip install quantulum3 dateparser", file=sys.stderr)
    table = markdown(rows, entries, args.repeat)
    print(table)
    if args.out:
        args.out.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
