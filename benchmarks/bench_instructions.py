"""Instructions per extract_claims call and per synthetic article, counted by valgrind: before / after under any load.

Two other sessions share this machine's two cores, so CPU times of two runs move by 5-10 % and a change worth 1-2 %
cannot be told from the noise (``results.md``, eighth round: a reordering that looked like x0.82 in timed pairs was
x1.00 in instructions).  The instructions a workload executes do not depend on the load: this runs each workload
under ``valgrind --tool=callgrind`` and counts only what one pass executes (``--toggle-collect`` on the C function
``functools.reduce``, which the child calls around the timed pass and nowhere else), after a warm-up pass that loads
the vocabularies and fills the caches.  Instructions are not time (a cache miss or a mispredicted branch costs more
than an instruction), so read them beside the timed pairs of ``bench_peers.py``; a change that saves no instructions
seldom saves time.

Workloads: ``call``, the English paragraphs of ``benchmarks/data/dev_set.yaml`` through ``extract_claims`` (as
``bench_peers.py``); ``article``, ``--articles`` synthetic articles (seed articles varied, :mod:`analysis.synthetic`)
through ``process_text``; ``mentions`` (not run unless asked), ``find_mentions`` once on each seed article (one call per
article, as ``bench_mentions.py --per-article``).  With ``--baseline DIR`` the package in another checkout (e.g. an export of main) runs too,
each in its own process; the runs go two at a time.  About three minutes a run (valgrind slows Python about 50x; most
of it is loading the vocabularies).

    python benchmarks/bench_instructions.py [--workloads call article] [--articles 20] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent
TEXTS = HERE.parent / "data" / "dev_set.yaml"


def child(workload: str, articles: int) -> None:
    """Read the workload once (warm-up), then once inside ``functools.reduce``: the pass callgrind counts."""
    import yaml

    import analysis
    from analysis.corpus import load_corpus
    from analysis.extract.drafts import ArticleInfo
    from analysis.pipeline import parse_published_argument, process_text
    from analysis.synthetic import iter_variants

    if workload == "call":
        data = yaml.safe_load(TEXTS.read_text(encoding="utf-8"))
        texts = [(e["text"], str(e["published"])) for e in data["texts"] if e["language"] == "en"]

        def run() -> None:
            for text, published in texts:
                analysis.extract_claims(text, published=published, language="en")
    elif workload == "mentions":
        from analysis.extract.mentions import find_mentions

        texts = [(a.text, a.provenance.language) for a in load_corpus()]

        def run() -> None:
            for text, language in texts:
                find_mentions(text, language)
    else:
        texts = []
        for article_id, text, record in iter_variants(load_corpus(), -(-articles // 5)):
            published, precision = parse_published_argument(record["published"])
            texts.append((text, ArticleInfo(article_id, record["publisher"], published, precision, record["language"])))
        texts = texts[:articles]

        def run() -> None:
            for text, info in texts:
                process_text(text, info)
    run()
    functools.reduce(lambda _, __: run(), range(1), None)
    print(f"{len(texts)} {analysis.__file__}")


def count(python: str, workload: str, articles: int, pythonpath: Path) -> tuple[int, int, str]:
    """(instructions of the counted pass, texts read, the package's file) of one child under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(pythonpath), "PYTHONHASHSEED": "0", "POLARS_MAX_THREADS": "1"}
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=functools_reduce",
             f"--callgrind-out-file={tmp}/callgrind.out", python, str(HERE), "--child", workload, "--articles", str(articles)],
            capture_output=True, text=True, env=env, cwd=pythonpath, check=False)
    collected = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or collected is None:
        raise SystemExit(f"{workload} failed under valgrind in {pythonpath}:\n{done.stderr[-2000:]}")
    texts, package = done.stdout.strip().splitlines()[-1].split(" ", 1)
    if not package.startswith(str(pythonpath)):
        raise SystemExit(f"the child imported {package}, not the package in {pythonpath}")
    return int(collected.group(1)), int(texts), package


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workloads", nargs="+", choices=("call", "article", "mentions"), default=["call", "article"])
    parser.add_argument("--articles", type=int, default=20, help="synthetic articles read by the article workload")
    parser.add_argument("--baseline", type=Path, help="another checkout whose package runs too (before / after)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.articles)
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    roots = ([("baseline", args.baseline.resolve())] if args.baseline else []) + [("this checkout", ROOT)]
    jobs = [(workload, name, root) for workload in args.workloads for name, root in roots]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        counted = list(pool.map(lambda job: count(sys.executable, job[0], args.articles, job[2]), jobs))
    print("| workload | code | instructions per text | x baseline |\n|---|---|---:|---:|")
    first: dict[str, float] = {}
    for (workload, name, root), (instructions, texts, _) in zip(jobs, counted, strict=True):
        per_text = instructions / texts
        ratio = f"{per_text / first[workload]:.3f}" if workload in first else ""
        first.setdefault(workload, per_text)
        label = f"{name} ({root})" if name == "baseline" else name
        print(f"| {workload} ({texts} texts) | {label} | {per_text / 1e6:.3f} M | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
