"""Build throughput and peak memory from 1x to 10,000x the seed corpus; in-process versus Dask.

For every scale a synthetic corpus (:func:`analysis.synthetic.generate_corpus`,
scale x 5 articles) is generated into ``--dir`` once and reused by later runs.
Each build runs in a fresh child process, so its peak memory is its own:

* in-process (``build_derived``): the child's peak RSS (``getrusage``);
* Dask (``build_derived(engine="dask")``, a local cluster of ``--workers`` processes): the
  peak of the summed RSS of the driver and its worker processes, sampled every
  50 ms (the in-process runs are sampled the same way, as a cross-check).

Build time is measured inside the child around the build call (interpreter
start and imports excluded; the Dask figure includes starting and closing the
local cluster).  CPU time is counted too (in-process: the build process's own,
``getrusage``; Dask: every process of the tree, sampled, less the driver's CPU
before the build): it grows with the work alone, while wall time also grows
with whatever else the machine runs.  The Markdown table goes to stdout and ``--out``.

    python benchmarks/bench_build.py [--scales 1 100 1000 10000] [--dask-scale 1000]
                                     [--workers 2] [--repeat 1] [--dir /tmp/nk-bench] [--out benchmarks/results.md]
                                     [--baseline DIR]

``--baseline DIR`` also runs every in-process build with the package of another checkout (e.g. a
worktree of main), just before this checkout's, for before / after figures from the same run.

With ``--repeat N`` each build runs N times and the fastest run counts (other
load on the machine only ever slows a run down), and the lowest CPU time; the
peak memory reported is the highest of the N runs.

Takes about half an hour on two cores with the default scales (most of it the 10,000x build).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve()
SEED_ARTICLES = 5


@dataclass
class Corpus:
    scale: int
    root: Path
    n_articles: int
    text_mb: float
    generate_seconds: float | None  # None when an earlier run's corpus was reused


@dataclass
class Run:
    corpus: Corpus
    engine: str
    workers: int | None
    seconds: float
    cpu_seconds: float
    peak_rss_mb: float  # the figure reported: child's own peak (local) or sampled tree peak (dask)
    sampled_tree_mb: float
    baseline: Path | None = None  # the checkout whose package ran (None: this one)

    @property
    def articles_per_s(self) -> float:
        return self.corpus.n_articles / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.corpus.text_mb / self.seconds

    @property
    def s_per_1000(self) -> float:
        return self.seconds / self.corpus.n_articles * 1000

    @property
    def cpu_s_per_1000(self) -> float:
        return self.cpu_seconds / self.corpus.n_articles * 1000


# -- the corpus ---------------------------------------------------------------------------------


def text_megabytes(articles_dir: Path) -> float:
    return sum(p.stat().st_size for p in articles_dir.glob("*.txt")) / 1e6


def ensure_corpus(base: Path, scale: int, seed: int) -> Corpus:
    """The corpus of ``scale`` under ``base``, generated unless a complete one is there."""
    from analysis import paths
    from analysis.synthetic import generate_corpus

    root = base / f"scale-{scale}"
    marker = root / "generated.json"
    articles = paths.articles_dir(root)
    expected = {"scale": scale, "seed": seed, "articles": scale * SEED_ARTICLES}
    if marker.is_file() and json.loads(marker.read_text()) == expected:
        return Corpus(scale, root, expected["articles"], text_megabytes(articles), None)
    shutil.rmtree(root, ignore_errors=True)
    started = time.perf_counter()
    count = generate_corpus(articles, scale, seed=seed, seeds_dir=paths.articles_dir())
    seconds = time.perf_counter() - started
    assert count == expected["articles"], (count, expected)
    marker.write_text(json.dumps(expected))
    return Corpus(scale, root, count, text_megabytes(articles), seconds)


# -- one build in a child process -----------------------------------------------------------------


def child(engine: str, root: Path, batch_size: int, workers: int) -> None:
    """Run one build and print its time and peak memory as JSON (the last line of stdout)."""
    import logging

    logging.basicConfig(level=logging.WARNING)
    cpu_before = process_cpu()
    from analysis.build import build_derived

    started = time.perf_counter()
    if engine == "dask":
        build_derived(root, batch_size=batch_size, engine="dask", n_workers=workers)
    else:
        build_derived(root, batch_size=batch_size)
    seconds = time.perf_counter() - started
    print(json.dumps({
        "seconds": seconds,
        "cpu_before": cpu_before,
        "cpu_self": process_cpu() - cpu_before,
        "maxrss_self_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "maxrss_children_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }))


def process_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def tree_rss(process, cpu: dict[int, float]) -> int:
    """Summed RSS of ``process`` and its descendants; records each one's CPU seconds in ``cpu``."""
    import psutil

    total = 0
    for proc in [process, *process.children(recursive=True)]:
        try:
            total += proc.memory_info().rss
            times = proc.cpu_times()
            cpu[proc.pid] = times.user + times.system
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def best_of(runs: list[Run]) -> Run:
    fastest = min(runs, key=lambda r: r.seconds)
    fastest.cpu_seconds = min(r.cpu_seconds for r in runs)
    fastest.peak_rss_mb = max(r.peak_rss_mb for r in runs)
    fastest.sampled_tree_mb = max(r.sampled_tree_mb for r in runs)
    return fastest


def run_build(corpus: Corpus, engine: str, batch_size: int, workers: int, log_dir: Path,
              baseline: Path | None = None) -> Run:
    """One build in a child process; with ``baseline``, of the package in that checkout."""
    import psutil

    command = [sys.executable, str(HERE), "--child", engine, str(corpus.root),
               "--batch-size", str(batch_size), "--workers", str(workers)]
    log_path = log_dir / f"build-{engine}-{corpus.scale}{'-baseline' if baseline else ''}.log"
    env = {**os.environ, "PYTHONPATH": str(baseline.resolve())} if baseline else None
    with open(log_path, "w") as log:
        process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True, env=env)
        peak = 0
        cpu: dict[int, float] = {}
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                try:
                    peak = max(peak, tree_rss(process, cpu))
                except psutil.NoSuchProcess:
                    return
                stop.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        stdout, _ = process.communicate()
        stop.set()
        sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{engine} build of {corpus.root} failed (exit {process.returncode}); see {log_path}")
    result = json.loads(stdout.strip().splitlines()[-1])
    own_peak_mb = result["maxrss_self_kb"] / 1024
    reported = own_peak_mb if engine == "local" else peak / 2**20
    cpu_seconds = result["cpu_self"] if engine == "local" else sum(cpu.values()) - result["cpu_before"]
    return Run(corpus, engine, workers if engine == "dask" else None, result["seconds"], cpu_seconds,
               reported, peak / 2**20, baseline)


# -- the report ------------------------------------------------------------------------------------


def machine() -> str:
    import polars

    try:
        import dask

        dask_version = dask.__version__
    except ImportError:
        dask_version = "not installed"

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (f"{os.cpu_count()} cores ({cpu}), {memory_gb:.0f} GB RAM, Python {platform.python_version()}, "
            f"polars {polars.__version__}, dask {dask_version}")


def linear_fit(points: list[tuple[float, float]]) -> tuple[float, float, float] | None:
    """Least-squares ``y = a + b x`` over ``points``: (a, b, R²); None for fewer than 3 points."""
    if len(points) < 3:
        return None
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in points)
    slope = sxy / sxx
    intercept = mean_y - slope * mean_x
    ss_res = sum((y - intercept - slope * x) ** 2 for x, y in points)
    ss_tot = sum((y - mean_y) ** 2 for _, y in points)
    return intercept, slope, 1 - ss_res / ss_tot if ss_tot else 1.0


def markdown(runs: list[Run], corpora: list[Corpus], reference_scale: int, load: str, repeat: int = 1) -> str:
    lines = [
        "| corpus | articles | text MB | engine | build s | articles/s | MB/s | s per 1,000 articles "
        "| CPU s per 1,000 articles | peak RSS MB |",
        "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for run in runs:
        engine = "in-process" if run.engine == "local" else f"Dask, {run.workers} workers"
        engine += f" (baseline: {run.baseline})" if run.baseline else ""
        lines.append(
            f"| {run.corpus.scale:,}x | {run.corpus.n_articles:,} | {run.corpus.text_mb:,.1f} | {engine} "
            f"| {run.seconds:,.1f} | {run.articles_per_s:,.0f} | {run.mb_per_s:.2f} | {run.s_per_1000:.2f} "
            f"| {run.cpu_s_per_1000:.2f} | {run.peak_rss_mb:,.0f} |"
        )
    local = {r.corpus.scale: r for r in runs if r.engine == "local" and r.baseline is None}
    growth = [
        f"- {run.corpus.scale:,}x, baseline ({run.baseline}) -> this checkout: CPU time per article "
        f"{run.cpu_s_per_1000:.2f} -> {local[run.corpus.scale].cpu_s_per_1000:.2f} ms "
        f"(x{local[run.corpus.scale].cpu_s_per_1000 / run.cpu_s_per_1000:.2f}), peak RSS "
        f"{run.peak_rss_mb:,.0f} -> {local[run.corpus.scale].peak_rss_mb:,.0f} MB"
        for run in runs if run.baseline is not None and run.engine == "local" and run.corpus.scale in local
    ]
    if reference_scale in local:
        ref = local[reference_scale]
        for scale, run in sorted(local.items()):
            if scale <= reference_scale:
                continue
            growth.append(
                f"- {reference_scale:,}x -> {scale:,}x ({scale // reference_scale}x the articles): build time "
                f"x{run.seconds / ref.seconds:.2f}, time per article x{run.s_per_1000 / ref.s_per_1000:.2f}, "
                f"CPU time per article x{run.cpu_s_per_1000 / ref.cpu_s_per_1000:.2f}, "
                f"peak RSS x{run.peak_rss_mb / ref.peak_rss_mb:.2f} ({ref.peak_rss_mb:,.0f} -> {run.peak_rss_mb:,.0f} MB)"
            )
    fit = linear_fit([(r.corpus.n_articles, r.cpu_seconds) for r in local.values()])
    if fit is not None:
        fixed, per_article, r2 = fit
        growth.append(
            f"- In-process CPU time fitted as fixed + per-article cost (least squares over {len(local)} scales): "
            f"{fixed:.2f} s + {per_article * 1000:.2f} ms per article, R² = {r2:.4f}"
        )
    generated = [f"{c.scale:,}x in {c.generate_seconds:,.0f} s" for c in corpora if c.generate_seconds is not None]
    notes = [
        "",
        *growth,
        "",
        f"Machine: {machine()}; load average (1 min) {load}.",
        "Build time is the build call alone (no interpreter start); the Dask time includes starting and "
        "closing the local cluster. Peak RSS: in-process, the build process's own peak (getrusage); "
        "Dask, the summed RSS of driver and workers sampled every 50 ms."
        + (f" Fastest of {repeat} runs per build (CPU time: the lowest); peak RSS the highest of them."
           if repeat > 1 else ""),
    ]
    if generated:
        notes.append(f"Corpus generation: {', '.join(generated)}.")
    return "\n".join(lines + notes) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 100, 1000, 10000])
    parser.add_argument("--dask-scale", type=int, nargs="*", default=[1000], help="scales also built with Dask")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="Dask workers (default: cores)")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=1, help="runs per build; the fastest counts")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/nk-bench"))
    parser.add_argument("--out", type=Path, default=HERE.parent / "results.md")
    parser.add_argument("--baseline", type=Path,
                        help="another checkout (e.g. a worktree of main) whose in-process build runs too, just before")
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "ROOT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], Path(args.child[1]), args.batch_size, args.workers)
        return 0

    args.dir.mkdir(parents=True, exist_ok=True)
    corpora, runs = [], []
    load_before = os.getloadavg()[0]
    for scale in sorted(set(args.scales) | set(args.dask_scale)):
        corpus = ensure_corpus(args.dir, scale, args.seed)
        corpora.append(corpus)
        how = "reused" if corpus.generate_seconds is None else f"generated in {corpus.generate_seconds:.0f} s"
        print(f"{scale:,}x: {corpus.n_articles:,} articles, {corpus.text_mb:.1f} MB ({how})", flush=True)
        engines = (["local"] if scale in args.scales else []) + (["dask"] if scale in args.dask_scale else [])
        builds = [(engine, None) for engine in engines]
        if args.baseline is not None and "local" in engines:
            builds.insert(0, ("local", args.baseline))
        for engine, baseline in builds:
            run = best_of([run_build(corpus, engine, args.batch_size, args.workers, args.dir, baseline)
                           for _ in range(args.repeat)])
            runs.append(run)
            print(f"  {engine}{' (baseline)' if baseline else ''}: {run.seconds:.1f} s ({run.cpu_seconds:.1f} s CPU), "
                  f"{run.articles_per_s:.0f} articles/s, peak RSS {run.peak_rss_mb:.0f} MB "
                  f"(sampled tree {run.sampled_tree_mb:.0f} MB)", flush=True)
    load = f"{load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    table = markdown(runs, corpora, reference_scale=1000, load=load, repeat=args.repeat)
    print("\n" + table)
    write_section(args.out, "# Build benchmark\n\n`python benchmarks/bench_build.py`\n\n" + table)
    return 0


def write_section(out: Path, section: str) -> None:
    """Write the build table as the head of ``out``, keeping what is recorded after it (from the next heading of any
    level on: the accuracy benchmark's own "# " section and the rounds' "## "): the results file holds more than this
    benchmark's table."""
    kept = ""
    if out.exists():
        old = out.read_text(encoding="utf-8")
        after = re.search(r"\n#{1,6} ", old[1:])      # (past the file's own first heading)
        kept = old[after.start() + 2:] if after else ""
    out.write_text(section.rstrip("\n") + "\n\n" + kept if kept else section, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
