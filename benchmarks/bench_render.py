"""Wall time of ``python -m analysis render`` against its floor, measured in one run.

The floor is what papermill alone costs for the same work minus the notebooks' own
computation: papermill (the CLI, as one would call it per run) executing a notebook that
only does the same imports as the real one, times the number of runs, divided by the
cores the render uses.  One kernel start per run is unavoidable with papermill, so this is
the least a render can cost; the aim is a render within 1.5x of it.

    .venv/bin/python benchmarks/bench_render.py [--params notebooks/params.yaml] [--jobs N]

Prints both figures and the ratio, for a first render with a cold cache (the vega bundle
built by vl-convert, ~2 s of CPU, as on a fresh machine) and for later renders.  On a
shared machine the load changes from minute to minute, so it also runs those floor runs
for real, ``cores`` at a time, alternating with the renders (``--rounds``), and gives the
CPU seconds of each (the whole process tree, sampled with psutil): the ratio to the
measured floor and the CPU ratio are the steadier figures under load.  The floor with
papermill in-process (no CLI start-up per run) is printed for reference.  Exits 1 if
a render fails.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import paths  # noqa: E402
from analysis.render import default_jobs, load_runs  # noqa: E402

PYTHON = sys.executable
PAPERMILL = [PYTHON, "-m", "papermill", "--log-level", "ERROR", "--no-progress-bar"]


def imports_only(notebook: Path, target: Path) -> Path:
    """A copy of ``notebook`` whose only cell holds every import statement of its code cells."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    imports = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        try:
            tree = ast.parse(source)
        except SyntaxError:  # IPython magics
            continue
        imports += [ast.unparse(node) for node in tree.body if isinstance(node, (ast.Import, ast.ImportFrom))]
    nb["cells"] = [{"cell_type": "code", "metadata": {}, "source": "\n".join(dict.fromkeys(imports)),
                    "outputs": [], "execution_count": None, "id": "imports"}]
    target.write_text(json.dumps(nb), encoding="utf-8")
    return target


def tree_cpu(process: subprocess.Popen, interval: float = 0.1) -> float:
    """CPU seconds (user + system) of ``process`` and all its descendants, sampled until it exits.

    Workers started through multiprocessing's forkserver are not reaped by the render
    process itself, so ``RUSAGE_CHILDREN`` misses them; sampling the tree catches them,
    less the last fraction of an interval of each short-lived process.
    """
    import psutil  # the [bench] extra

    seen: dict[tuple[int, float], float] = {}
    root = psutil.Process(process.pid)
    while process.poll() is None:
        with contextlib.suppress(psutil.Error):
            for proc in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    times = proc.cpu_times()
                    seen[(proc.pid, proc.create_time())] = times.user + times.system
        time.sleep(interval)
    return sum(seen.values())


def time_command(command: list[str], env: dict | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall and CPU seconds of ``command`` (CPU includes its workers and kernels)."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True, cwd=ROOT, env=env)
        cpu = tree_cpu(process)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(command, process.returncode, out.read(), err.read())
    return wall, cpu, done


def parallel_floor_command(floor_notebooks: list[tuple[Path, Path]], cores: int, tmp_path: Path) -> list[str]:
    """One command running the papermill CLI once per run, ``cores`` at a time (xargs -P)."""
    pairs = tmp_path / "floor-runs.txt"
    pairs.write_text("".join(f"{nb}\n{tmp_path / f'floor-{i}.ipynb'}\n{cwd}\n"
                             for i, (nb, cwd) in enumerate(floor_notebooks)), encoding="utf-8")
    papermill = " ".join(PAPERMILL)
    return ["xargs", "-a", str(pairs), "-d", "\n", "-n", "3", "-P", str(cores),
            "sh", "-c", f'{papermill} "$0" "$1" --cwd "$2"']


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--params", type=Path, default=paths.notebooks_dir() / "params.yaml")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3, help="floor runs per notebook (median taken)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="rounds of (all floor runs in parallel, render) after the cold render")
    args = parser.parse_args()

    runs = load_runs(args.params)
    per_notebook = Counter(run.notebook for run in runs)
    inputs = {run.notebook: run.input_path for run in runs}
    cores = min(args.jobs or default_jobs(), len(runs))
    print(f"{len(runs)} runs of {len(per_notebook)} notebooks, {cores} worker(s) on {os.cpu_count()} core(s), "
          f"load average {os.getloadavg()[0]:.1f}")

    with tempfile.TemporaryDirectory(prefix="bench-render-") as tmp:
        tmp_path = Path(tmp)
        # -- the floor: papermill CLI on an imports-only copy of each notebook --------------
        cli_floor = inproc_floor = cli_floor_cpu = 0.0
        import papermill  # noqa: PLC0415 - only for the in-process reference figure

        floor_nbs = {}
        for notebook, count in per_notebook.items():
            floor_nb = floor_nbs[notebook] = imports_only(inputs[notebook], tmp_path / f"{notebook}.imports.ipynb")
            cli_times, inproc_times, cpu_times = [], [], []
            for _ in range(args.repeat):
                seconds, cpu, done = time_command([*PAPERMILL, str(floor_nb), str(tmp_path / "out.ipynb"),
                                                   "--cwd", str(inputs[notebook].parent)])
                if done.returncode:
                    print(done.stderr[-2000:], file=sys.stderr)
                    return 1
                cli_times.append(seconds)
                cpu_times.append(cpu)
                started = time.perf_counter()
                papermill.execute_notebook(str(floor_nb), str(tmp_path / "out.ipynb"), progress_bar=False,
                                           cwd=str(inputs[notebook].parent))
                inproc_times.append(time.perf_counter() - started)
            cli, inproc = statistics.median(cli_times), statistics.median(inproc_times)
            print(f"  floor {notebook:<28} papermill CLI {cli:5.2f} s, in-process {inproc:5.2f} s  x {count} run(s)")
            cli_floor += cli * count
            inproc_floor += inproc * count
            cli_floor_cpu += statistics.median(cpu_times) * count
        cli_floor /= cores
        inproc_floor /= cores

        # -- the render step: cold cache, then rounds of (floor runs in parallel, render) ----
        env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
        command = [PYTHON, "-m", "analysis", "-q", "render", "--params", str(args.params),
                   "--out", str(tmp_path / "reports")]
        if args.jobs:
            command += ["--jobs", str(args.jobs)]
        floor_command = parallel_floor_command(
            [(floor_nbs[run.notebook], run.input_path.parent) for run in runs], cores, tmp_path)
        measured = []
        renders = []
        for label in ["cold"] + ["warm"] * args.rounds:
            if label == "warm":
                seconds, cpu, done = time_command(floor_command)
                if done.returncode:
                    print(f"the parallel floor failed:\n{done.stderr[-3000:]}", file=sys.stderr)
                    return 1
                measured.append((seconds, cpu))
            seconds, cpu, done = time_command(command, env=env)
            if done.returncode:
                print(f"render ({label}) failed ({seconds:.1f} s):\n{done.stderr[-3000:]}", file=sys.stderr)
                return 1
            renders.append((label, seconds, cpu))

    cold = next((s, c) for label, s, c in renders if label == "cold")
    warm = [(s, c) for label, s, c in renders if label == "warm"]
    warm_wall, warm_cpu = statistics.median(s for s, _ in warm), statistics.median(c for _, c in warm)
    measured_wall, measured_cpu = statistics.median(s for s, _ in measured), statistics.median(c for _, c in measured)
    def line(label: str, wall: float, cpu: float | None = None, note: str = "") -> None:
        cpu_text = f"({cpu:5.1f} s CPU)" if cpu is not None else " " * 14
        print(f"{label:<58} {wall:6.1f} s wall  {cpu_text}  {note}")

    print()
    line("floor: papermill CLI, imports only, 1 run x runs / cores", cli_floor, cli_floor_cpu)
    line(f"floor measured: those {len(runs)} CLI runs, {cores} at a time", measured_wall, measured_cpu)
    line("(floor with papermill in-process, for reference)", inproc_floor)
    line("render, first (cold vega-bundle cache)", cold[0], cold[1], f"{cold[0] / cli_floor:4.2f}x the floor")
    line(f"render, again (median of {len(warm)})", warm_wall, warm_cpu, f"{warm_wall / cli_floor:4.2f}x the floor")
    print(f"ratios of the render (again): wall {warm_wall / cli_floor:4.2f}x the floor, "
          f"{warm_wall / measured_wall:4.2f}x the measured floor; CPU {warm_cpu / cli_floor_cpu:4.2f}x; "
          f"{warm_wall / inproc_floor:4.2f}x the in-process floor")
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1) + 0.5:
        print(f"load average {load:.1f} on {os.cpu_count()} core(s): other work was running, so wall times are "
              "inflated; the ratio to the measured floor (same conditions) and the CPU ratio are steadier")
    return 0


if __name__ == "__main__":
    sys.exit(main())
